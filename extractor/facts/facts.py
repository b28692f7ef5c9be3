"""Facts from a normalised Doc: who holds which role where, and who concluded which agreement."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from extractor.facts.affiliation import delegation_before, visitors
from extractor.models import AgreementFact, RoleFact
from extractor.find.roles import (OUR_INSTITUTION, OWN_NOUNS, RoleContext, attached_org, coordinated, is_plural, role_org,
                         tied_person)
from extractor.lang.lexicons import lexicon, words
from extractor.normalise.orgs import parent_in_name
from extractor.lang.tokens import SENT_REACH, doc_cache, doc_lower, doc_text, forget_doc, line_of, sent_of, text_of

_PLANNED = re.compile(r"\b(?:to be signed|will sign|will be signed|to sign|plan(?:s|ned)? to|going to|draft|"
                      r"discuss(?:ed|es|ing)?|prepar(?:e|ed|ing)|intend(?:s|ed)? to|would sign|expected to|"
                      r"negotiat\w*|propos(?:ed|al)|upcoming|future|next step|agreed to sign|consider(?:ed|s|ing)?|possibility of signing|are to sign|is to be)\b", re.I)
_SIGN = re.compile(r"\b(?:sign(?:s|ed|ing)?|conclude[sd]?|concluding|ink(?:s|ed)?|entered into)\b", re.I)
_SIGN_LOWER = re.compile(_SIGN.pattern)  # for lower-cased text: twice as fast as re.I
_SPECIFIC = ("memorandum", "letter of intent", "contract")
_SIGN_FORMS = frozenset({"sign", "signs", "signed", "signing"})


def _signs(span: Span) -> bool:
    """The span holds a signing verb ("signed", "concluded", "inked", "entered into")."""
    low = doc_lower(span.doc)
    if low is None:
        return _SIGN.search(text_of(span)) is not None
    return _SIGN_LOWER.search(low[span.start_char:span.end_char]) is not None


def _ents(doc: Doc, label: str, within: Span | None = None) -> list[Span]:
    """Mentions of one label (optionally inside a span), from the Doc's cached mention index."""
    cache = doc_cache(doc)
    if "ents" not in cache:
        ents = list(doc.ents)
        cache["ents"] = (ents, [e.start for e in ents])
    ents, starts = cache["ents"]
    if within is None:  # the whole document's mentions of one label, listed once per Doc
        if ("ents", label) not in cache:
            cache[("ents", label)] = [e for e in ents if e.label_ == label]
        return list(cache[("ents", label)])
    # mentions starting inside, or crossing into it (a headline the parser cut)
    lo = bisect_left(starts, within.start)
    ents = [e for e in ents[max(0, lo - 1):lo] if e.end > within.start] + ents[lo:bisect_left(starts, within.end)]
    return [e for e in ents if e.label_ == label]




def role_facts(doc: Doc) -> list[RoleFact]:
    """One fact per (person, role, org) stated in the text."""
    people, orgs = _ents(doc, "PERSON"), _ents(doc, "ORG")
    roles = _ents(doc, "ROLE")
    org_tokens = {i for o in orgs for i in range(o.start, o.end)}
    ctx = RoleContext(people, roles, org_tokens)
    home = home_org(doc)
    found: list[tuple[int, RoleFact]] = []
    for r in roles:
        p = tied_person(r, ctx)
        if p is None or not p.kb_id_:
            continue
        group = [p, *coordinated(p, people)] if is_plural(r) else [p]
        respective = _respective_orgs(r, len(group), orgs) if len(group) > 1 else []
        for i, person in enumerate(group):
            org, strength, rule = (respective[i].kb_id_, 2, "role.org.respective") if respective else \
                role_org(r, person, orgs, home)
            if rule in _WEAK_RULES and found and found[-1][1].rule == "role.org.previous_item" and \
                    found[-1][1].start == sent_of(r).start_char and person.end <= r.start and \
                    (r.end == len(doc) or doc[r.end].text in (",", ".", ";")):  # a bare title ends its item
                org, strength, rule = found[-1][1].org, 2, "role.org.previous_item"  # the list goes on
            found.append((strength, RoleFact(person=person.kb_id_, role=r.kb_id_, title=r.text, org=org,
                                             start=sent_of(r).start_char, end=sent_of(r).end_char,
                                             evidence=text_of(sent_of(r)).strip(), rule=rule)))
    out: dict[tuple, tuple[int, RoleFact]] = {}
    for strength, fact in _state_presidents(_one_side(found, visitors(doc, people), home), home):
        out.setdefault((fact.person, fact.role, fact.org), (strength, fact))
    best: dict[tuple, int] = {}
    for (person, role, _), (strength, _) in out.items():
        best[(person, role)] = max(best.get((person, role), -1), strength)
    # A person's role stated twice keeps the organisation with the strongest evidence.
    return [fact for (person, role, _), (strength, fact) in out.items() if strength == best[(person, role)]]


_WEAK_RULES = frozenset({"role.org.sentence_intro", "role.org.sentence_only", "role.org.release_home",
                         "role.org.our_institution", "role.org.the_university_named_before"})


def _one_side(found: list[tuple[int, RoleFact]], visiting: set[str], home: str | None
              ) -> list[tuple[int, RoleFact]]:
    """A person keeps one side through the release. Rule ``role.org.person_affiliation``: a title whose
    organisation was only guessed (the sentence's topic, the release's own) takes the one organisation written
    next to another title of the same person ("Zheng Shi, rector of CSCOIET ... The head of CSCOIET, Zheng Shi").
    Rule ``role.org.visitor_home``: the person who led the delegation or visited is not the host's ("At X,
    President SONG ... signed"): guessed titles of a visitor go to the release's own organisation."""
    strong: dict[str, set[str | None]] = {}
    for strength, f in found:
        if f.rule == "role.org.attached" and f.role != "other":  # a member of a committee leads no organisation
            strong.setdefault(f.person, set()).add(f.org)
    out = []
    for strength, f in found:
        if f.rule in _WEAK_RULES:
            own = strong.get(f.person, set())
            if len(own) == 1 and f.org not in own:
                f = f.model_copy(update={"org": next(iter(own)), "rule": "role.org.person_affiliation"})
                strength = 2
            elif f.person in visiting and home is not None and f.org != home and not own:
                f = f.model_copy(update={"org": home, "rule": "role.org.visitor_home"})
                strength = 2
        out.append((strength, f))
    return out


_STATE_TITLES = frozenset({"president", "vice-president"})
_RECTOR_LED = frozenset({"rector", "vice-rector"})


def _state_presidents(found: list[tuple[int, RoleFact]], home: str | None) -> list[tuple[int, RoleFact]]:
    """Rule ``role.org.state_president``: a president with no organisation written near the title is not the
    president of the release's organisation when that organisation has no presidents: it is led by a rector
    in the same release ("Rector of St Petersburg University Nikolay Kropachev ... President Xi Jinping") or
    it is an official body ("Ministry of ...", "... Commission"); such a title is a state's (org null)."""
    if home is None:
        return found
    rector_led = any(f.rule == "role.org.attached" and f.org == home and f.role in _RECTOR_LED for _, f in found)
    official = bool({w.lower() for w in home.split()} & (_OFFICIAL_BODIES | {"commission", "committee"}))
    if not (rector_led or official):
        return found
    return [(strength, f.model_copy(update={"org": None, "rule": "role.org.state_president"}))
            if f.rule == "role.org.release_home" and f.role in _STATE_TITLES and f.org == home else (strength, f)
            for strength, f in found]


def _signatories(sent: Span) -> list[str]:
    """People said to sign: "signed by X and Y", "X and Y signed", "X and Y put their signatures"."""
    people = _ents(sent.doc, "PERSON", sent)
    text = text_of(sent).lower()
    by = _SIGNED_BY.search(text)
    if by:
        cut = sent.start_char + by.end()
        return [p.kb_id_ for p in people if p.start_char >= cut]
    if "signature" in text:
        return [p.kb_id_ for p in people]
    verbs = {t.i for t in sent if t.lower_ in _SIGN_FORMS and t.tag_.startswith("VB")}  # tags, no lemmatizer
    out = []
    for p in people:
        tok = p.root
        while tok.dep_ in ("conj", "appos") and tok.head != tok:
            tok = tok.head
        if tok.dep_ == "nsubj" and tok.head.i in verbs:
            out.append(p.kb_id_)
    return out or _names_before_verb(people, verbs)


def _names_before_verb(people: list[Span], verbs: set[int]) -> list[str]:
    """Rule ``agreement.signatories.names_before_verb``: "... the online meeting Oleg Polukhin and Zhao Shengcun
    signed an Agreement": two or more names joined by "and" or commas right before the verb, whatever the parse."""
    by_end = {p.end: p for p in people}
    for v in sorted(verbs):
        found, i = [], v
        while i in by_end:
            p = by_end[i]
            found.append(p.kb_id_)
            i = p.start - 1 if p.start >= 1 and p.doc[p.start - 1].text in (",", "and") else -1
        if len(found) >= 2:
            return found[::-1]
    return []


_SIGNED_BY = re.compile(r"\bsign(?:ed|ing)\b(?:(?!\b(?:attended|hosted|held|organi[sz]ed|chaired|witnessed|"
                        r"received|welcomed|visited)\b)[^.;]){0,160}?\bby\b")


def _is_generic(mention: Span) -> bool:
    """Plural or quantified references ("sign cooperation agreements") name no single agreement."""
    last = mention[-1]
    return last.tag_ in ("NNS", "NNPS") or any(t.lower_.endswith(_PLURAL_KINDS) for t in mention)


# plural document words anywhere in the mention: "agreements on cooperation", "letters of intent"
_PLURAL_KINDS = ("agreements", "memorandums", "memoranda", "mous", "contracts", "protocols", "declarations",
                 "roadmaps", "letters")


_STATE_DOCUMENTS = frozenset({"treaty", "treaties"})
_NOT_PARTY_BEFORE = frozenset({"at", "in", "by", "of", "from", "via", "to"})


def _with_line_start(sent: Span) -> Span:
    """The sentence widened to the start of its line (a headline the parser cut: "HIT | signs MoU with ...")."""
    doc = sent.doc
    start = sent.start
    if start > 0 and doc[start - 1].text in {".", "!", "?", ";"}:
        return sent  # a real sentence boundary, not a cut headline
    stop = max(0, sent.start - SENT_REACH)
    while start > stop and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    return doc[start:sent.end]


def _party_orgs(sent: Span) -> list[Span]:
    """Organisations of a sentence that can conclude an agreement: not news outlets, not bracketed
    sources ("(UzDaily.com)"), not places of an event ("held at X")."""
    doc = sent.doc
    types = doc._.org_types or {}
    out = []
    for o in _ents(doc, "ORG", sent):
        if is_media(doc, o.kb_id_):
            continue  # rule agreement.party.not_media: "Iran Press", a registered news outlet
        prev = doc[o.start - 1] if o.start > 0 else None
        nxt = doc[o.end] if o.end < len(doc) else None
        if prev is not None and nxt is not None and prev.text in "(/" and nxt.text in ")/":
            continue
        if prev is not None and prev.lower_ == "the" and o.start > 1:
            prev = doc[o.start - 2]
        k = o.end + 3 if o.end + 2 < len(doc) and doc[o.end].text == "(" and doc[o.end + 2].text == ")" else o.end
        if k < len(doc) and doc[k].lower_ in _VENUE_NOUNS:
            continue  # rule agreement.party.not_venue: "on the Far Eastern Federal University (FEFU) campus"
        if prev is not None and prev.i > 0 and (prev.lower_, doc[prev.i - 1].lower_) in _SOURCE_CUES:
            continue  # rule agreement.party.not_source: "..., as stated by the Embassy of Mongolia in Russia"
        if prev is not None and prev.lower_ == "of" and prev.i > 0 and doc[prev.i - 1].lower_ in ("member", "members"):
            continue  # rule agreement.party.not_membership: "X, Member of the Standing Committee of ..., signed"
        if prev is not None and prev.lower_ in {"at", "in"} and not (prev.i == sent.start or prev.is_sent_start):
            continue  # "held at X" is a place; "At X, the rectors signed ..." opens with the host
        if _METADATA_LINE.match(line_of(doc, o.start_char)):
            continue
        out.append(o)
    return out


_VENUE_NOUNS = frozenset({"campus", "premises", "building", "headquarters", "venue", "site", "hall"})
_SOURCE_CUES = frozenset({("by", "stated"), ("by", "reported"), ("by", "announced"), ("to", "according"),
                          ("by", "reports"), ("by", "informed")})
_METADATA_LINE = re.compile(r"^\s*(?:source|author|photo|photos|text|by|editor|published|release time|date)\s*:",
                            re.I)


def _chain(doc: Doc, start: int, orgs: list[Span]) -> list[Span]:
    """Organisations coordinated from token ``start`` on: "A, B and the C"."""
    out, i = [], start
    by_start = {o.start: o for o in orgs}
    while i < len(doc):
        if i in by_start:
            out.append(by_start[i])
            i = by_start[i].end
        elif doc[i].lower_ in _CHAIN_GLUE or doc[i].is_space or _INITIAL.match(doc[i].text) and i + 1 in by_start:
            i += 1  # "between S. Toraighyrov Pavlodar State University and ...": an initial the ORG span left out
        else:
            break
    return out


_CHAIN_GLUE = frozenset({"and", ",", ";", "the", "its", "also", "with"})
_INITIAL = re.compile(r"^[A-Z]\.$")


def _keys(spans: list[Span]) -> list[str]:
    return list(dict.fromkeys(o.kb_id_ for o in spans))


def _verb_follows(org: Span) -> bool:
    """Rule ``agreement.parties.subject_before_verb``: "signed" (or "has signed", "concluded") right after the
    organisation (a bracketed short name between) makes it the subject whatever the parse ("VLADIVOSTOK,
    September 6 /TASS/ Liaoning University (LNU) signed an agreement with B")."""
    doc, i = org.doc, org.end
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(len(doc), i + 6)) if doc[k].text == ")"), None)
        i = close + 1 if close is not None else i
    if i < len(doc) and doc[i].lower_ in ("has", "have", "will"):
        i += 1
    return i < len(doc) and doc[i].lower_ in _SIGN_FORMS | {"concluded", "concludes", "inked", "inks"}


def _subject(orgs: list[Span], before: int) -> Span | None:
    """The organisation that signs: a grammatical subject if there is one, else the last one before."""
    cands = [o for o in orgs if o.end <= before]
    subj = [o for o in cands if any(t.dep_ in ("nsubj", "nsubjpass") for t in o)]
    return (subj or cands[-1:] or [None])[0]


def _with_partners(m: Span, orgs: list[Span]) -> tuple[Span | None, list[Span]]:
    """"A signed an X with B (and C)": the subject and the partners after "with"."""
    sent, doc = sent_of(m), m.doc
    after = [t for t in doc[m.end:sent.end] if t.lower_ == "with"]
    before = [t for t in doc[max(sent.start, m.start - 60):m.start] if t.lower_ == "with"]
    for tok in after[:1] + before[-1:]:
        partners = _chain(doc, tok.i + 1, orgs) or _named_after_count(doc, tok.i + 1, sent.end, orgs)
        if partners:
            return _subject([o for o in orgs if o not in partners], min(tok.i, m.start)), partners
    return None, []


_LIST_OPENERS = frozenset({"namely", ":", "including", "—", "–"})


def _named_after_count(doc: Doc, start: int, end: int, orgs: list[Span]) -> list[Span]:
    """"with four foreign universities at the ceremony, namely the A, the B, the C and D": the partners
    listed after "namely" / a colon / "including", within a few words of "with"."""
    for i in range(start, min(end, start + 12)):
        if doc[i].lower_ in _LIST_OPENERS or doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
            if i + 1 < len(doc) and all(t.is_space for t in doc[i + 1:end]):
                orgs = orgs + _party_orgs(sent_of(doc[i + 1]))  # the list is parsed as the next sentence
            return _chain(doc, i + 1, orgs)
    return []


_LEADERS = frozenset({"president", "rector"})


def _previous_sentence_orgs(sent: Span) -> list[Span]:
    """Organisations of the sentence before, in the same paragraph ("... The parties signed ...")."""
    doc = sent.doc
    text = doc_text(doc)
    for _ in range(2):  # up to two sentences back, within the paragraph
        if sent.start == 0 or "\n\n" in text[doc[sent.start - 1].idx:sent.start_char]:
            return []
        sent = sent_of(doc[sent.start - 1])
        orgs = _party_orgs(sent)
        topics = {i for a in _ents(doc, "AGREEMENT", sent) for i in _topic_orgs(a, orgs)}
        # the units named in a list of people's titles ("Members of the delegation: Head of the International
        # Department X, Director of the Language Institute Y") are their affiliations, not parties
        by_title = [(r, o) for r in _ents(doc, "ROLE", sent) for o in [attached_org(r, None, orgs)] if o is not None]
        titled = {o.start for _, o in by_title}
        if len(titled) < 2:
            titled = set()  # one person's title ("the rector of VSU took part ..."): the organisation may sign
        titled -= {o.start for r, o in by_title if r.kb_id_ in _LEADERS}  # the leader's university may sign
        orgs = [o for o in orgs if o.start not in topics and o.start not in titled]
        if orgs:
            return orgs
    return []


def _respective_orgs(role: Span, n: int, orgs: list[Span]) -> list[Span]:
    """For "rectors X and Y": the ``n`` organisations listed together ("A and B") earlier in the sentence or in
    the sentence before, taken in the same order; nothing when no such list is written."""
    doc = role.doc
    sent = sent_of(role)
    before = sent.start - 1
    scopes = [(sent.start, role.start)] + ([(sent_of(doc[before]).start, sent.start)] if before >= 0 else [])
    for lo, hi in scopes:
        inside = [o for o in orgs if lo <= o.start and o.end <= hi]
        runs: list[list[Span]] = []
        for o in inside:
            if runs and all(t.lower_ in ("and", ",", "the") for t in doc[runs[-1][-1].end:o.start]):
                runs[-1].append(o)
            else:
                runs.append([o])
        found = [run for run in runs if len(run) == n]
        if found:
            return found[-1]
    return []


def top_orgs(doc: Doc, n: int) -> list[str]:
    """The organisations the release is about: the most often mentioned keys (first ones on ties),
    leaving out news outlets and header lines ("Source: International Office")."""
    keys = [o.kb_id_ for o in _ents(doc, "ORG") if (doc._.org_types or {}).get(o.kb_id_) != "media"
            and not _METADATA_LINE.match(line_of(doc, o.start_char)) and not _tag(o)]
    return sorted(dict.fromkeys(keys), key=lambda k: -keys.count(k))[:n]


def _tag(org: Span) -> bool:
    """Rule ``home.reject.tag``: a name that opens a line followed by a colon is the page's topic tag ("SCO:
    MEMORANDUM WITH ILI PEDAGOGICAL UNIVERSITY"), not the organisation that speaks."""
    doc = org.doc
    return org.end < len(doc) and doc[org.end].text == ":" and (org.start == 0 or "\n" in doc[org.start - 1].text
                                                                  or "\n" in doc[org.start - 1].whitespace_)


def _acts(org: Span, strict: bool) -> bool:
    """The organisation is a subject; unless strict, also the "of" part of one ("The delegation of X is ...",
    "Y, Vice President of X, led a delegation")."""
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in org):
        return True
    root = org.root
    if strict or root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    for _ in range(2):  # up a chain of "of"/"for" parts: "The Vice-Rector for Research of X A.B. Name took part"
        if owner.dep_ != "pobj" or owner.head.dep_ != "prep" or owner.lower_ in _EVENT_NOUNS:
            break
        owner = owner.head.head
    if owner.dep_ == "compound" and owner.tag_ == "NNP":  # "The Vice-Rector of X A.A. Erofeev": the title's name
        owner = owner.head
    if owner.lower_ in _EVENT_NOUNS:
        return False  # rule home.reject.event_of: "a meeting of the Working Commission was held": an event's body
    return owner.dep_ in ("nsubj", "nsubjpass") or owner.dep_ == "appos" and owner.head.dep_ in ("nsubj", "nsubjpass")


_EVENT_NOUNS = frozenset({"meeting", "meetings", "session", "sessions", "conference", "forum", "congress", "summit",
                          "ceremony", "assembly", "plenary"})


def home_org(doc: Doc) -> str | None:
    """The release's own organisation (computed once per Doc; see :func:`_home_org`)."""
    cache = doc_cache(doc)
    if "home" not in cache:
        cache["home"] = _home_org(doc)
    return cache["home"]  # type: ignore[return-value]


def _home_org(doc: Doc) -> str | None:
    """The organisation the release is about: the first one that is a grammatical subject, else the most
    often mentioned; unknown when the headline speaks of "our university" without naming it."""
    text = doc_text(doc).lstrip()
    headline = text[:text.find("\n")] if "\n" in text else text
    if OUR_INSTITUTION.search(headline):
        return None
    orgs = _ents(doc, "ORG")
    lead = _headline_start(doc_text(doc))
    opening = next((o for o in orgs if o.start_char == lead), None)
    if opening is not None and _tag(opening):
        opening = None
    if opening is not None and (doc._.org_types or {}).get(opening.kb_id_) != "media":
        return opening.kb_id_  # a headline that opens with its organisation: "CHD Signs ... with TPU"
    own = _headline_subject(doc, orgs, lead)
    if own is not None:
        return own
    actors = [o for o in orgs if (doc._.org_types or {}).get(o.kb_id_) != "media" and
              not _METADATA_LINE.match(line_of(doc, o.start_char)) and
              (o.kb_id_ in (doc._.org_types or {}) or not _part_of_something(o.kb_id_))]
    partners = {o.kb_id_ for o in orgs if _beside_our(o)}
    for strict in (True, False):  # the first organisation that does something: "X held a meeting with Y"
        for o in actors:
            if _acts(o, strict):
                return o.kb_id_ if o.kb_id_ not in partners else None
    top = top_orgs(doc, 1)
    return top[0] if top and top[0] not in partners else None


_PARTNER_BEFORE = frozenset({"with", "from", "to", "visit", "visits", "visited", "visiting", "by", "and", "at", "in",
                             "between", "for"})


def _headline_subject(doc: Doc, orgs: list[Span], lead: int) -> str | None:
    """Rule ``home.headline_owner``: the first organisation of the headline when it is the subject or the "of"
    part of it, not a partner, a visitor's origin or a place ("Executive of Chiang Mai University together with
    ... SCUT's delegates" -> Chiang Mai University; never the X of "Delegation from X visits Y" or of "VSU
    became a member of X")."""
    text = doc_text(doc)
    end = text.find("\n", lead)
    end = len(text) if end < 0 else end
    for o in orgs:
        if o.start_char < lead or o.start_char >= end:
            continue
        before = {t.lower_ for t in doc[max(0, o.start - 2):o.start]}
        if (doc._.org_types or {}).get(o.kb_id_) == "media" or before & _PARTNER_BEFORE or not _acts(o, False):
            return None  # the headline names a partner or an object first: no owner to read from it
        return o.kb_id_
    return None


def _part_of_something(key: str) -> bool:
    """A school, faculty, office or department by its head noun (and not in the registry): part of an
    institution, not the one whose release this is ("Ingilab Ahmadov, the dean of the Graduate School of
    Economics, provided ...")."""
    head = _head_noun(key)
    return head in ("school", "faculty") or lexicon("unit_heads").get(head) == "office_head"


def _headline_start(text: str) -> int:
    """Where the headline begins: the first line of four words or more within the first ten lines, past the
    page's menu lines ("Latest News", "Home > Updates"); else the first character."""
    pos = 0
    for line in text[:2000].split("\n")[:10]:
        if len(line.split()) >= 4 and not _METADATA_LINE.match(line) and ">" not in line:
            return pos + len(line) - len(line.lstrip())
        pos += len(line) + 1
    return len(text) - len(text.lstrip())


_OUR_SIDE = re.compile(OUR_INSTITUTION.pattern + r"\s*(?:and|,)\s*(?:the\s+)?$", re.I)


def _beside_our(org: Span) -> bool:
    """The organisation is named next to the release's own unnamed one ("our university and X", "X and our
    university"): it is the partner, not the publisher."""
    doc = org.doc
    before = text_of(doc[max(0, org.start - 5):org.start]) if org.start else ""
    after = [t.lower_ for t in doc[org.end:org.end + 3]]
    return bool(_OUR_SIDE.search(before)) or after[:2] == ["and", "our"] and len(after) > 2 and \
        after[2] in OWN_NOUNS


_BOTH_SIDES = re.compile(r"(?:(?:\bthe two|\A\s*two) (?:\w+ )?(?:universities|schools|sides|parties|institutions|"
                         r"organi[sz]ations)|\bboth (?:universities|sides|parties)|\bthe parties|\bthe sides|"
                         r"\bthe universities|\bour universities|"
                         r"\b(?:we|they)\s+(?:have\s+|had\s+|also\s+)?(?:signed|concluded|agreed))\b", re.I)


def _topic_orgs(m: Span, orgs: list[Span]) -> set[int]:
    """Organisations in the agreement's topic ("a memorandum on the BRICS Network University", "an agreement
    on setting up ..."): written after the mention behind "on"/"for"/"to establish" and before any "with"."""
    doc = m.doc
    i = m.end
    if i >= len(doc) or doc[i].lower_ not in {"on", "for", "to", "regarding", "concerning"}:
        return set()
    out = set()
    for o in orgs:
        if o.start > m.end and not any(t.lower_ in {"with", "between", "by"} or t.text in {",", ";"}
                                       for t in doc[m.end:o.start]):  # a comma ends the topic's clause
            out.add(o.start)
    return out


_GUESSES = ("both_sides", "release_home", "previous_sentence")


def _guessed(party_rule: str | None) -> bool:
    """The parties were guessed (the most named organisations, the release's own, the sentence before's)."""
    return any(g in (party_rule or "") for g in _GUESSES)


def _replaces_guess(earlier_rule: str | None, rule: str, parties: list[str]) -> bool:
    """Two or more parties named for a document whose parties were guessed before."""
    return _guessed(earlier_rule) and not _guessed(rule) and len(parties) >= 2


_STATE_PREFIX = re.compile(r"^(?:the )?(?:(?:republic|federation|kingdom|state) of )?")


def _between_states(doc: Doc, i: int) -> bool:
    """Rule ``agreement.reject.between_states``: "the Agreement between the Republic of Kazakhstan and the Republic
    of Belarus on ...": a document of two states (two places joined by "and") has no organisation party, unless
    organisations sign it before the mention."""
    places = words("places")
    first, sep, rest = doc[i:min(len(doc), i + 16)].text.lower().partition(" and ")
    first, rest = _STATE_PREFIX.sub("", first), _STATE_PREFIX.sub("", rest)
    return bool(sep) and first in places and any(rest == p or rest.startswith(p + " ") for p in places)


def _says_our_institution(doc: Doc) -> bool:
    """The release speaks of "our university" somewhere (searched once per Doc, not once per mention)."""
    cache = doc_cache(doc)
    if "our_institution" not in cache:
        cache["our_institution"] = bool(OUR_INSTITUTION.search(doc_text(doc)))
    return cache["our_institution"]


def _parties(m: Span, title: Span | None, home: str | None) -> tuple[list[list[str]], str]:
    """Party key lists for an agreement mention (one list, or one per partner for plural mentions) and the id
    of the rule that chose them."""
    sent, doc = sent_of(m), m.doc
    orgs = _party_orgs(sent)
    if not any(o.end <= m.start for o in orgs):
        orgs = _party_orgs(_with_line_start(sent))
    topic = _topic_orgs(m, orgs)
    orgs = [o for o in orgs if o.start not in topic]
    if topic and not orgs and _status(m) == "planned":
        return [], "agreement.parties.topic_only"  # "a draft memorandum on the BRICS Network University"
    between = next((t for t in sent if t.lower_ == "between"), None)
    if between is not None and between.i == m.end and _between_states(doc, between.i + 1) and \
            not any(o.end <= m.start for o in orgs):  # "A and B signed an agreement between China and Russia": A, B
        return [], "agreement.reject.between_states"
    if between is not None:
        chain = _keys(_chain(doc, between.i + 1, orgs))
        if len(chain) >= 3 and _is_generic(m) and between.i > m.start:
            # "memorandums between A and B, C and D were signed": one document per partner of the first
            return [[chain[0], k] for k in chain[1:]], "agreement.parties.between_distributive"
        if len(chain) >= 2:
            return [chain], "agreement.parties.between"
    subject, partners = _with_partners(m, orgs)
    listed = [] if partners else _listed_next(m, orgs)
    if listed:  # "X signed a memorandum with several universities. Among them are A and B."
        subject = _subject(orgs, m.start)
        if subject is not None or home is not None:
            own = subject.kb_id_ if subject is not None else home
            return [[own, k] for k in _keys(listed) if k != own], "agreement.parties.listed_next"
    partner_keys = _keys(partners)
    subject_key = subject.kb_id_ if subject is not None else None
    # the subject's head may stand just after the name: "Curtin University Malaysia (Curtin Malaysia) has signed"
    acts = subject is not None and any(t.dep_ in ("nsubj", "nsubjpass") and not t.is_punct for t in
                                       doc[subject.start:min(subject.end + 5, sent.end)] if t.i < subject.end or
                                       not any(x.tag_.startswith("VB") for x in doc[subject.end:t.i + 1]))
    acts = acts or subject is not None and _verb_follows(subject)
    if not acts and home is not None and home not in partner_keys:
        subject_key = home  # "agreements with A, memorandums with B": the release's organisation signs them
    if subject_key is not None and partners:
        if _is_generic(m) and len(partner_keys) > 1:
            return [list(dict.fromkeys([subject_key, p])) for p in partner_keys], "agreement.parties.distributive"
        return [list(dict.fromkeys([subject_key, *partner_keys]))], "agreement.parties.with_partners"
    if _is_generic(m):
        return _listed_signers(m, orgs, home), "agreement.parties.listed_signers"
    before = [o for o in orgs if o.end <= m.start]
    same_clause = before + [o for o in orgs if o.start >= m.end and not any(t.text in {",", ";"} for t in
                                                                              doc[m.end:o.start])]
    found = _keys(before if len(set(_keys(before))) >= 2 else same_clause)  # "sign X, and call on the Embassy"
    rule = "agreement.parties.sentence"
    if m.kb_id_ == "declaration":
        return ([found] if len(found) >= 2 and _signs(sent) else []), "agreement.parties.declaration"
    if not found:
        found, rule = _keys(_previous_sentence_orgs(sent)), "agreement.parties.previous_sentence"
    unnamed_self = home is None and _says_our_institution(doc)
    if not found and _BOTH_SIDES.search(text_of(sent)):
        found = _recent_pair(sent) or top_orgs(doc, 1 if unnamed_self else 2)  # "our university" has no key
        rule = "agreement.parties.both_sides"
    if len(found) < 2 and title is not None and title.end <= sent.start and _signs(title):
        found, rule = list(dict.fromkeys(found + _keys(_party_orgs(title)))), rule + "+headline"
    if len(found) == 1:
        host = _hosting_institution(sent, found) or (None if rule == "agreement.parties.sentence" else
                                                     _hosting_institution(_previous_sentence(sent), found))
        if host is not None:
            found, rule = found + [host], rule + "+host"
    if len(found) == 1 and found[0] == home:  # the host is named: the guests are the other side
        guest = delegation_before(m, _ents(doc, "ORG"))
        if guest is not None and guest.kb_id_ not in found:
            found, rule = found + [guest.kb_id_], rule + "+visiting_delegation"
    if len(found) == 1 and home is not None and home not in found and _implicit_party(doc, home):
        found, rule = found + [home], rule + "+release_home"
    elif len(found) == 1 and _BOTH_SIDES.search(text_of(sent)) and not unnamed_self:
        other = next((k for k in top_orgs(doc, 3) if k not in found), None)
        if other is not None:
            found, rule = found + [other], rule + "+both_sides"
    return ([found] if found else []), rule


_COUNTED_PARTNERS = re.compile(r"^with (?:\w+ ){0,3}?(?:several|a number of|a few|many|\d+|two|three|four|five|six|"
                               r"seven|eight|nine|ten)\b", re.I)


def _listed_next(m: Span, orgs: list[Span]) -> list[Span]:
    """Rule ``agreement.parties.listed_next``: "X signed a memorandum of cooperation with several international
    universities. Among them are A and B.": partners counted but not named in the sentence are the organisations
    the next sentence lists after "Among them" / "These include" (one document per partner)."""
    doc, sent = m.doc, sent_of(m)
    with_tok = next((t for t in doc[m.end:sent.end] if t.lower_ == "with"), None)
    if with_tok is None or not _COUNTED_PARTNERS.match(doc[with_tok.i:sent.end].text) or sent.end >= len(doc):
        return []
    nxt = sent_of(doc[sent.end])
    while nxt.end < len(doc) and not nxt.text.strip():
        nxt = sent_of(doc[nxt.end])
    if not _MEMBERS.match(nxt.text.strip()) or _ents(doc, "AGREEMENT", nxt):
        return []
    candidates = _party_orgs(nxt)
    return _chain(doc, candidates[0].start, candidates) if candidates else []


def _previous_sentence(sent: Span) -> Span | None:
    return sent_of(sent.doc[sent.start - 1]) if sent.start > 0 else None


def _hosting_institution(sent: Span | None, found: list[str]) -> str | None:
    """Rule ``agreement.parties.host``: a one-party agreement whose sentence (or the sentence it draws its party
    from) names one institution "at" which it happens is signed with that institution ("DSTU intends to open
    an office at Bukhara State University. The agreement was signed by ...", "attend a meeting at the
    Belarusian State Polytechnic University and sign an agreement"); a venue that is no institution is not."""
    if sent is None:
        return None
    doc = sent.doc
    hosts = [o for o in _ents(doc, "ORG", sent) if o.kb_id_ not in found and o.start > sent.start + 1 and
             doc[o.start - 1 - (doc[o.start - 1].lower_ == "the")].lower_ == "at" and
             any(w.lower() in OWN_NOUNS for w in o.kb_id_.split())]
    return hosts[0].kb_id_ if len(hosts) == 1 else None


def _listed_signers(m: Span, orgs: list[Span], home: str | None) -> list[list[str]]:
    """Rule ``agreement.parties.listed_signers``: "Turbat University Vice Chancellor X and heads of A, B, C and D
    signed the memorandums" ("A, B and C will sign agreements"): a plural document that the sentence says were signed, by three or more named
    organisations, is one document per partner of the first (or the release's own) organisation."""
    if not _signs(sent_of(m)) or m.start == 0:
        return []
    before = m.doc[m.start - 1]
    if before.lower_ not in ("the", "these", "those") and not (before.lower_ in _SIGN_FORMS and
                                                              before.lower_ != "signed"):
        return []  # "A, B and C will sign cooperation agreements" is the verb's object too
    keys = _keys([o for o in orgs if o.end <= m.start])
    if len(keys) < 3:
        return []
    common = home if home in keys else keys[0]
    return [[common, k] for k in keys if k != common]


def _recent_pair(sent: Span) -> list[str]:
    """"The two universities signed ...": the two organisations named last before it, in its paragraph or the
    one before ("Teachers of Beihang and Bauman have cooperated ... Since the two universities signed ...")."""
    doc, text = sent.doc, doc_text(sent.doc)
    keys: list[str] = []
    cur, breaks = sent, 0
    for _ in range(3):
        if cur.start == 0:
            break
        breaks += "\n\n" in text[doc[cur.start - 1].idx:cur.start_char]
        if breaks > 1:
            break  # the paragraph before is still the story's; two back is another one
        cur = sent_of(doc[cur.start - 1])
        for o in reversed(_party_orgs(cur)):
            key = _institution_of(o.kb_id_)  # "Head of the Monitoring Center of X": one of X's units, so X
            if key is not None and key not in keys:
                keys.append(key)
        if len(keys) >= 2:
            return keys[:2]
    return []


def _sign_date(m: Span) -> str | None:
    """The first resolved DATE on the mention's line in its sentence, other than the publication date."""
    doc, sent = m.doc, sent_of(m)
    pub = tuple(doc._.published_span or ())
    line_start = doc_text(doc).rfind("\n", 0, m.start_char) + 1
    line_end = doc_text(doc).find("\n", m.end_char)
    line_end = len(doc_text(doc)) if line_end < 0 else line_end
    others = [a for a in _ents(doc, "AGREEMENT", sent) if a.start != m.start]
    for d in _ents(doc, "DATE", sent):
        if not d.kb_id_ or not line_start <= d.start_char < line_end or (d.start_char, d.end_char) == pub:
            continue
        if any(abs(a.start - d.start) < abs(m.start - d.start) for a in others):
            continue  # "the agreements signed in 2017": the date of another agreement in the sentence
        return d.kb_id_
    return _ceremony_date(m, pub) or _event_date(m, pub) or _member_date(m, pub) or _story_date(m, pub)


_MEMBERS = re.compile(r"^\W*(?:among (?:them|these|those|the documents)|these include|they include|they are|"
                      r"in addition|also|besides)\b", re.I)


def _member_date(m: Span, pub: tuple) -> str | None:
    """"In May 2023 a number of documents were signed ... Among them are the agreements with X": the agreements
    listed as members of a signing take its date."""
    doc, sent = m.doc, sent_of(m)
    if sent.start == 0 or not _MEMBERS.search(text_of(sent)):
        return None
    prev = sent
    for _ in range(2):  # "... documents were signed in May 2023. Among them are ... In addition, a memorandum ..."
        if prev.start == 0 or "\n" in doc[prev.start - 1].whitespace_:
            return None
        prev = sent_of(doc[prev.start - 1])
        dates = {d.kb_id_ for d in _ents(doc, "DATE", prev) if d.kb_id_ and (d.start_char, d.end_char) != pub}
        if dates:
            return dates.pop() if len(dates) == 1 and _PAST_SIGNING.search(text_of(prev)) else None
        if not _MEMBERS.search(text_of(prev)):
            return None
    return None


_DAY = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}$")


def _story_date(m: Span, pub: tuple) -> str | None:
    """A signing told without a date in a story about one day ("28 October, 2015, NUST MISIS hosted ... A
    Memorandum was concluded"): the only day-precise date written before it in its paragraph or in the lead
    paragraph (for a headline: in the lead), other than the publication date."""
    doc = m.doc
    if not _PAST_SIGNING.search(text_of(sent_of(m))) or _status(m) != "signed":
        return None
    text = doc_text(doc)
    lead = re.search(r"^[^\n]{150,}$", text, re.M)  # the first real paragraph of the story
    own = text.rfind("\n\n", 0, m.start_char) + 1
    in_lead = (lambda d: lead is not None and lead.start() <= d.start_char < lead.end())  # noqa: E731
    if "\n" not in text[:m.start_char].strip():  # the headline: the lead paragraph tells when
        days = {d.kb_id_ for d in _ents(doc, "DATE") if in_lead(d)}
    else:
        days = {d.kb_id_ for d in _ents(doc, "DATE") if d.end <= m.start and (in_lead(d) or d.start_char >= own)}
    days = {d.kb_id_ for d in _ents(doc, "DATE") if d.kb_id_ in days and _DAY.match(d.kb_id_) and
            (d.start_char, d.end_char) != pub and d.id_ != "archive_line"}
    return days.pop() if len(days) == 1 else None


_CEREMONY = re.compile(r"\b(?:ceremony|signing)\b[^.]*\b(?:took place|was held|held)\b|"
                       r"\b(?:took place|was held)\b[^.]*\bceremony\b", re.I)


def _event_date(m: Span, pub: tuple) -> str | None:
    """"On February 7, the delegation met ... The negotiations ended with the signing of an Agreement": a
    signing told without a date takes the date that opens the paragraph's narrative (one or two sentences
    before, starting with the date)."""
    doc, sent = m.doc, sent_of(m)
    if not re.search(r"\b(?:signed|concluded|the signing of)\b", text_of(sent), re.I):
        return None  # only a signing that happened, not one to come ("arrived to sign")
    text = doc_text(doc)
    for _ in range(2):
        if sent.start == 0 or "\n\n" in text[doc[sent.start - 1].idx:sent.start_char]:
            return None
        sent = sent_of(doc[sent.start - 1])
        opening = [d for d in _ents(doc, "DATE", sent) if d.kb_id_ and d.start - sent.start <= 2]
        if opening and (opening[0].start_char, opening[0].end_char) != pub:
            after = doc[opening[0].end:opening[0].end + 2]
            if any(t.lower_ in ("to", "until", "till", "-", "–") for t in after[:1]):
                return None  # "From April 18th to April 22nd ...": a visit of several days, no one signing day
            return opening[0].kb_id_
    return None


def _ceremony_date(m: Span, pub: tuple) -> str | None:
    """"... signed strategic agreements. The ceremony took place in Moscow on May 8, 2025": the date of the
    signing ceremony told in the next or the previous sentence of the paragraph."""
    doc, sent = m.doc, sent_of(m)
    text = doc_text(doc)
    neighbours = []
    if sent.end < len(doc) and "\n\n" not in text[sent.end_char:doc[sent.end].idx + 1]:
        neighbours.append(sent_of(doc[sent.end]))
    elif sent.end < len(doc):  # rule agreement.date.document_signed: "... signed.\n\nThe document was signed on July 7"
        nxt = _next_sentence(doc, sent)
        if nxt is not None and _DOCUMENT_SIGNED.match(text_of(nxt)):
            neighbours.append(nxt)
    if sent.start > 0 and "\n\n" not in text[doc[sent.start - 1].idx:sent.start_char]:
        neighbours.append(sent_of(doc[sent.start - 1]))
    for other in neighbours:
        if (_CEREMONY.search(text_of(other)) or _DOCUMENT_SIGNED.match(text_of(other))) and \
                not _ents(doc, "AGREEMENT", other):
            dates = [d for d in _ents(doc, "DATE", other) if d.kb_id_ and (d.start_char, d.end_char) != pub]
            if dates:
                return dates[0].kb_id_
    return None


_DOCUMENT_SIGNED = re.compile(r"^\W*(?:the|this) documents? (?:was|were|has been|have been) signed\b", re.I)


def _next_sentence(doc: Doc, sent: Span) -> Span | None:
    """The next sentence with words in it (past blank lines), or None."""
    while sent.end < len(doc):
        sent = sent_of(doc[sent.end])
        if sent.text.strip():
            return sent
    return None


_SIGNED_NEAR = re.compile(r"\b(?:signed|concluded|inked)\b", re.I)
_PLANNED_NEAR = re.compile(r"\b(?:to be signed|will be signed|to sign|will sign|draft|expected|planned|plans?)\b", re.I)


def _status(m: Span) -> str:
    """Signed unless the text says the agreement is still to come: the mention itself said to be signed
    ("the roadmap signed last year") is signed; a future or draft cue in the sentence ("to be signed",
    "will sign", "draft") is planned; a signing in the past tense in the sentence is signed; talks about it
    ("discussed", "negotiations", "prepare") are planned."""
    doc, sent = m.doc, sent_of(m)
    near = doc[max(sent.start, m.start - 4):min(sent.end, m.end + 4)].text
    start = max(sent.start, m.start - 5)
    start = max([t.i + 1 for t in doc[start:m.start] if t.text in {",", ";", ":"}], default=start)
    before = doc[start:m.start].text  # the mention's own clause: "After the negotiations, a memorandum was ..."
    if m.end < sent.end and doc[m.end].lower_ in {"signed", "concluded", "inked"}:
        return "signed"  # "the cooperation agreement signed in 2019"
    if any(t.lower_ == "signing" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("ceremony", "of")
           for t in doc[max(sent.start, m.start - 4):m.start]) and not _PLANNED_BEFORE.search(text_of(sent)):
        return "signed"  # rule agreement.status.signing_ceremony: "at the signing ceremony of the Memorandum"
    if _PLANNED_BEFORE.search(before):
        return "planned"  # "agreed to prepare a roadmap", "discussed a memorandum"
    if _SIGNED_NEAR.search(near) and not _PLANNED_NEAR.search(near):
        return "signed"
    if _FUTURE.search(text_of(sent)):
        return "planned"
    if _PAST_SIGNING.search(text_of(sent)):
        return "signed"
    root = sent.root
    past = root.tag_ == "VBD" or root.tag_ == "VBN" and any(c.lower_ in ("was", "were") for c in root.children)
    if _SIGNING_EVENT.search(text_of(sent)) and past:
        return "signed"  # rule agreement.status.past_signing_event: "the negotiations were crowned by signing ..."
    return "planned" if _PLANNED.search(text_of(sent)) else "signed"


_SIGNING_EVENT = re.compile(r"\b(?:by|with|in|after) (?:the )?signing\b", re.I)


_PLANNED_BEFORE = re.compile(r"\b(?:prepar\w*|draft\w*|discuss\w*|negotiat\w*|consider\w*|develop(?:ing)?|"
                             r"(?:will|would|to) complete|in the near future|"
                             r"(?:importance|need|necessity|possibility|prospects?) of signing|"
                             r"work(?:ing)? (?:out|on)|to sign|will sign|plan(?:s|ned)? to sign)\b", re.I)
_FUTURE = re.compile(r"\b(?:to be signed|will sign|will be signed|would sign|are to sign|is to be signed|"
                     r"plan(?:s|ned)? to|going to|intend(?:s|ed)? to|expected to|scheduled to|draft|upcoming)\b",
                     re.I)
_PAST_SIGNING = re.compile(r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:signed|concluded)\b|"
                           r"\b(?:signed|concluded|inked)\b(?!\s+by\b)", re.I)


def _compatible(a: str, b: str) -> bool:
    """Two kinds that can name one document (the same kind, or agreement and a more specific one)."""
    return a == b or "agreement" in {a, b} and bool({a, b} & set(_SPECIFIC))


def _merge_target(facts: list[AgreementFact], kind: str, parties: list[str], status: str,
                  date: str | None = None) -> AgreementFact | None:
    """An earlier fact this mention refers to: same parties (or a subset), same or compatible kind, same
    status (a planned agreement beside a signed one is another agreement), no other signing date (the
    agreement "signed in 2016" is not the one signed today)."""
    for f in facts:
        if _compatible(f.kind, kind) and f.status == status and set(parties) <= set(f.parties) and \
                not _other_year(f.date, date):
            return f
    return None


def _other_year(a: str | None, b: str | None) -> bool:
    """Two signing dates in different years, or on different days: two agreements ("the Agreement of Intent
    signed April 16 implements the Memorandum signed October 19, 2018")."""
    if not (a and b):
        return False
    if a[:4].isdigit() and b[:4].isdigit() and a[:4] != b[:4]:
        return True
    return len(a) == len(b) == 10 and a[5:] != b[5:]


def _parent_keys(parties: list[str], known: dict[str, str]) -> list[str]:
    """Rule ``agreement.party.unit_to_parent``: a unit of a party ("Education Export Department of NSU",
    "College of International Cultural Exchange of Hebei Normal University") stands for its parent when the
    document names the parent; an office, department, school or faculty with no parent named is no party
    beside an institution (the office arranged the signing, the institution concluded it). ``known`` maps each ORG
    mention's text and key, lower-cased, to its key."""
    out = []
    for p in parties:
        parent = next((known[tail.lower()] for tail in _tails(p) if tail.lower() in known), None)
        out.append(parent if parent and parent != p else p)
    out = list(dict.fromkeys(out))
    whole = [p for p in out if not _is_unit(p) and not _UNIT_FIRST.match(p)]
    return whole if whole and len(whole) < len(out) else out


# "College of International Cultural Exchange", "Graduate School of Economics": a unit named by its field
_UNIT_FIRST = re.compile(r"^(?:College|School|Faculty|Department|Office|Division|Directorate)\s+(?:of|for)\s")


def _tails(key: str) -> list[str]:
    """What follows each " of " / " at " of a name, longest first ("A of the B of C" -> "B of C", "C")."""
    return [key[m.end():] for m in re.finditer(r"\s(?:of|at)\s+(?:the\s+)?", key)]


def _institution_of(key: str) -> str | None:
    """The institution a key stands for among "the two universities": a unit named with its parent is the
    parent ("Monitoring and Forecasting Center of X" -> X); a unit with no parent named is none."""
    if lexicon("unit_heads").get(_head_noun(key)) is None:
        return key
    return parent_in_name(key) or (None if _is_unit(key) else key)


def _is_unit(key: str) -> bool:
    """An office, department or division by its head noun (``patterns/unit_heads.jsonl``, category
    ``office_head``), with no parent in its name."""
    return lexicon("unit_heads").get(_head_noun(key)) == "office_head" and not _tails(key)


def _head_noun(key: str) -> str:
    """The last word before a name's first "of/at/for/on" part, lower-cased ("International Relations
    Department of X" -> "department")."""
    words_ = re.split(r"(?<!\s)\s+(?:of|at|for|on)\s+", key)[0].lower().split()
    return words_[-1] if words_ else ""


def _affiliations(roles: list[RoleFact]) -> dict[str, list[str]]:
    """Each person's organisations from the role facts, in text order."""
    where: dict[str, list[str]] = {}
    for r in roles:
        if r.org is not None:
            where.setdefault(r.person, []).append(r.org)
    return where


def _signatory_parties(facts: list[AgreementFact], roles: list[RoleFact], known: dict[str, str]) -> None:
    """Rule ``agreement.parties.signatory_affiliation``: a document with fewer than two parties named (or with the
    release's organisation as a guessed second) takes the organisations its signatories hold their titles at
    ("The agreement was signed by Rector of A X and Y, Dean of B")."""
    where = _affiliations(roles)
    for f in facts:
        guessed = (f.party_rule or "").endswith("+release_home")  # the last party is the release's, a guess
        if len(f.parties) >= 2 and not guessed or not f.signatories:
            continue
        orgs = _parent_keys([o for p in f.signatories for o in where.get(p, [])[:1]], known)
        named = f.parties[:-1] if guessed else f.parties
        extra = [o for o in orgs if o not in named]
        if extra and (not guessed or len(named) + len(extra) >= 2):
            f.parties = list(dict.fromkeys(named + extra))
            f.party_rule = (f.party_rule or "").removesuffix("+release_home") + "+signatory_affiliation"


_GOVERNMENT_TYPES = frozenset({"ministry", "government"})
_OFFICIAL_BODIES = frozenset({"embassy", "consulate", "ministry", "government", "administration"})


def _implicit_party(doc: Doc, key: str) -> bool:
    """Rule ``agreement.party.implicit_home``: the release's organisation completes a one-party agreement only
    when it is an institution that signs for itself, not a news outlet ("Iran Press") or an official body that
    published a visit ("Embassy of Mongolia", "Ministry of Education"): those are parties only where named."""
    words_of = {w.lower() for w in re.findall(r"[^\W\d_]+", key)}
    return not is_media(doc, key) and (doc._.org_types or {}).get(key) not in _GOVERNMENT_TYPES and \
        not words_of & _OFFICIAL_BODIES


def is_media(doc: Doc, key: str) -> bool:
    """Rule ``agreement.party.not_media``: a news outlet, registered as one or named with a media word last
    ("Iran Press", "PressIran" glued by a scraper, "Kabar News")."""
    last = key.split()[-1] if key.split() else ""
    return (doc._.org_types or {}).get(key) == "media" or \
        any(last.lower() == h or last.lower().startswith(h) and last[len(h):][:1].isupper() for h in words("media_heads"))


def _without_witnessing_ministries(parties: list[str], doc: Doc) -> list[str]:
    """Rule ``agreement.party.ministry_witness``: a ministry named with two or more institutions that sign
    ("A and B signed a memorandum; the Ministry of Higher Education ...") attends or arranges the
    signing: the institutions are the parties. A ministry with one partner stays a party."""
    types = doc._.org_types or {}
    government = [k for k in parties if types.get(k) in _GOVERNMENT_TYPES or k.startswith("Ministry ")]
    return [k for k in parties if k not in government] if government and len(parties) - len(government) >= 2 \
        else parties


def agreement_facts(doc: Doc, roles: list[RoleFact] | None = None) -> list[AgreementFact]:
    """One fact per concrete agreement; later references and "signed by" sentences enrich it."""
    sents = list(doc.sents)
    title = sents[0] if sents else None
    home = home_org(doc)
    known = {t.lower(): o.kb_id_ for o in _ents(doc, "ORG") for t in (o.text, o.kb_id_)}
    where = _affiliations(roles or [])
    facts: list[AgreementFact] = []
    pending: tuple[str, str, str | None] | None = None  # a signed document whose parties are not yet named
    waited = 0
    for sent in sents:
        mentions = _ents(doc, "AGREEMENT", sent)
        signers = _signatories(sent) if _signs(sent) else []
        if not mentions:
            signing_orgs = _parent_keys(list(dict.fromkeys(_keys(_party_orgs(sent)))), known) if signers else []
            waited += 1
            if pending is not None and len(signing_orgs) >= 2:
                # "Belarus and China have signed a joint declaration ... The document was signed by X, Rector of
                # A, and Y, Secretary of B": the signatories' organisations conclude it
                facts.append(AgreementFact(kind=pending[0], status=pending[1], parties=signing_orgs,
                                           date=pending[2], signatories=signers, start=sent.start_char,
                                           end=sent.end_char, evidence=text_of(sent).strip(),
                                           rule="agreement.fact.signed_by_later",
                                           party_rule="agreement.parties.signers_sentence"))
            elif facts and signers:
                facts[-1].signatories = list(dict.fromkeys(facts[-1].signatories + signers))
            if signers or waited > 2:
                pending = None
            continue
        pending, waited = None, 0
        made_here: list[AgreementFact] = []  # the facts this sentence created
        for k, m in enumerate(mentions):
            if any(t.lower_ in _STATE_DOCUMENTS for t in m):
                continue  # "the China-Russia Treaty of Good-Neighbourliness": concluded by states, not organisations
            apart = k > 0 and coordinated_documents(mentions[k - 1], m)
            status = _status(m)
            kind = m.kb_id_ or "agreement"
            date = _sign_date(m)
            if facts and _predicate_reference(m):
                continue  # "This is a strategic contract": the document just reported, by another name
            if _cut_off(sent):
                continue  # rule agreement.reject.cut_off: the page's excerpt ends inside this sentence
            party_lists, party_rule = _parties(m, title, home)
            by_signers = _parent_keys([o for p in signers for o in where.get(p, [])[:1]], known)
            if not party_lists and by_signers and status == "signed" and not _is_generic(m) or \
                    party_rule.startswith("agreement.parties.previous_sentence") and len(by_signers) >= 2:
                # no party in the sentence: its signatories' organisations beat the sentence before's names
                party_lists, party_rule = [by_signers], "agreement.parties.signatory_affiliation"
            elif len(party_lists) == 1 and party_rule.endswith(("+release_home", "+both_sides")):
                # the signatories tell who the other side is better than a guess (the release's own, the most named)
                named = party_lists[0][:-1]
                extra = [o for o in by_signers if o not in named]
                if extra:
                    party_lists = [named + extra]
                    party_rule = party_rule.rsplit("+", 1)[0] + "+signatory_affiliation"
            if not party_lists and not _is_generic(m) and status == "signed":
                pending = (kind, status, date)
            if not party_lists and facts and not _is_generic(m):
                prev = facts[-1]
                definite = m.start > 0 and doc[m.start - 1].lower_ in {"the", "this", "that", "said"}
                plural = doc[m.end - 1].lower_.endswith("s") and doc[m.end - 1].lower_ != (m.kb_id_ or "")
                if definite and not plural and prev.status == status and \
                        (prev.kind == kind or "agreement" in {prev.kind, kind}):
                    prev.signatories = list(dict.fromkeys(prev.signatories + signers))
                    prev.date = prev.date or date
                elif _BOTH_SIDES.search(text_of(sent)) and _other_year(prev.date, date):
                    # "the two schools signed a cooperation agreement in 2016": the same parties, an earlier deal
                    facts.append(AgreementFact(kind=kind, status=status, parties=list(prev.parties), date=date,
                                               signatories=signers, start=sent.start_char, end=sent.end_char,
                                               evidence=text_of(sent).strip(), rule="agreement.fact.earlier_deal",
                                               party_rule="agreement.parties.previous_fact"))
                continue
            definite = m.start > 0 and doc[m.start - 1].lower_ in {"the", "this", "that", "said"}
            for parties in party_lists:
                named = len(parties)
                parties = _parent_keys(parties, known)
                if len(kept := _without_witnessing_ministries(parties, doc)) < len(parties):
                    parties, party_rule = kept, party_rule + "+ministry_witness"
                if len(parties) == 1 < named and home is not None and home not in parties and \
                        _implicit_party(doc, home):
                    parties, party_rule = parties + [home], party_rule + "+release_home"
                same = _merge_target([f for f in facts if not apart or f not in made_here], kind, parties, status,
                                     date)
                fresh = any(t.lower_ in ("new", "another", "additional", "updated")
                            for t in doc[max(sent.start, m.start - 4):m.start])  # "a new version of the ..."
                if same is None and definite and not fresh and (not _signs(sent) or status == "planned"):
                    # "Under the Memorandum the parties have agreed to ...", "the preparations for signing the
                    # memorandum": the agreement already reported
                    same = next((f for f in reversed(facts) if _compatible(f.kind, kind) and
                                 set(parties) <= set(f.parties) and not _other_year(f.date, date)), None)
                    if same is None and len(m) == 1 and not _signs(sent):
                        # "The agreement provides training of students of A at B": the one just reported
                        same = next((f for f in reversed(facts) if _compatible(f.kind, kind) and
                                     len(f.parties) >= 2 and not _other_year(f.date, date)), None)
                    if same is not None:
                        same.date = same.date or date
                        continue
                named_partner = party_rule.startswith(("agreement.parties.with_partners", "agreement.parties.between"))
                if same is None and definite and len(party_lists) == 1 and facts and facts[-1].status == status and \
                        not _other_year(facts[-1].date, date) and \
                        (set(facts[-1].parties) & set(parties) and not (named_partner and
                                                                      not set(parties) <= set(facts[-1].parties))
                         or len(parties) < 2 or _replaces_guess(facts[-1].party_rule, party_rule, parties)) and \
                        _compatible(facts[-1].kind, kind):
                    same = facts[-1]  # "The contract was signed by ...": the agreement just reported
                    if len(same.parties) < 2:
                        same.parties = list(dict.fromkeys(same.parties + parties))
                    elif _replaces_guess(same.party_rule, party_rule, parties):
                        # rule agreement.parties.named_later: "the agreement was formalised ... between the two
                        # universities. A and his counterpart at B signed the MoU": the names beat the guess
                        same.parties, same.party_rule = parties, party_rule + "+named_later"
                if same is None:
                    facts.append(AgreementFact(kind=kind, status=status, parties=parties, date=date,
                                               signatories=signers, start=sent.start_char, end=sent.end_char,
                                               evidence=text_of(sent).strip(), rule="agreement.fact.mention",
                                               party_rule=party_rule))
                    made_here.append(facts[-1])
                    continue
                if same.kind == "agreement" and kind in _SPECIFIC:
                    same.kind = kind
                same.signatories = list(dict.fromkeys(same.signatories + signers))
                same.date = same.date or date
    _signatory_parties(facts, roles or [], known)
    return _split_counted(_absorb_subsets(facts), doc)


_COORDINATION = frozenset({"and", "a", "an", ",", "as", "well", "also"})


def _cut_off(sent: Span) -> bool:
    """The text ends inside this sentence, before its verb: "Then a cooperation agreement" (an excerpt cut off
    mid-sentence states nothing)."""
    doc = sent.doc
    more = next((i for i in range(sent.end, len(doc)) if not doc[i].is_space), None)  # stops at the first word
    if more is not None or any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sent):
        return False
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text not in (".", "!", "?", '"', "”", "»", ")")


def _predicate_reference(m: Span) -> bool:
    """Rule ``agreement.merge.predicate_reference``: "This is a strategic contract": a document named as what
    "this" / "it" is, refers to the one just reported (a definite reference, not a new document)."""
    root = m.root
    if root.dep_ != "attr":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("this", "it", "that", "which") for c in root.head.children)


def coordinated_documents(first: Span, second: Span) -> bool:
    """Rule ``agreement.split.coordinated``: two document mentions joined by "and" in one sentence are two
    documents ("A Memorandum of cooperation and an Agreement on academic exchange were signed", "a framework
    agreement and a letter of intent"), never merged into one fact."""
    doc = first.doc
    gap = [t.lower_ for t in doc[first.end:second.start]]
    return "and" in gap and len(gap) <= 3 and all(w in _COORDINATION for w in gap)


_COUNTED = re.compile(r"\bwith (?:two|three|four|five|several|\d+) (?:\w+ )?(?:universities|institutions|"
                      r"organi[sz]ations|partners|companies|centers|centres)\b", re.I)
# The same for lower-cased text, opening with a literal (the regex engine then skips ahead to each "with").
_COUNTED_LOWER = re.compile(r"with(?<!\wwith)" + _COUNTED.pattern[len(r"\bwith"):])


def _split_counted(facts: list[AgreementFact], doc: Doc) -> list[AgreementFact]:
    """"KazNU signed memorandums with two universities ... KazNU together with A and B": one agreement per
    partner when the text counts the partners, the first party being the one that signs with each."""
    low = doc_lower(doc)
    if not (_COUNTED.search(doc_text(doc)) if low is None else _COUNTED_LOWER.search(low)):
        return facts
    out: list[AgreementFact] = []
    for f in facts:
        if len(f.parties) < 3:
            out.append(f)
            continue
        for partner in f.parties[1:]:
            out.append(f.model_copy(update={"parties": [f.parties[0], partner]}))
    return out


def _absorb_subsets(facts: list[AgreementFact]) -> list[AgreementFact]:
    """A fact whose parties are a strict subset of another compatible fact's is the same agreement."""
    out: list[AgreementFact] = []
    for f in facts:
        bigger = next((g for g in facts if g is not f and set(f.parties) < set(g.parties) and
                       not _other_year(f.date, g.date) and
                       (g.kind == f.kind or "agreement" in {g.kind, f.kind} and {g.kind, f.kind} & set(_SPECIFIC))),
                      None)
        if bigger is None:
            out.append(f)
            continue
        bigger.signatories = list(dict.fromkeys(bigger.signatories + f.signatories))
        bigger.date = bigger.date or f.date
        if bigger.kind == "agreement" and f.kind in _SPECIFIC:
            bigger.kind = f.kind
    return out


def extract_facts(doc: Doc) -> list[RoleFact | AgreementFact]:
    """All facts of a document."""
    try:
        roles = role_facts(doc)
        return [*roles, *agreement_facts(doc, roles)]
    finally:
        forget_doc(doc)
