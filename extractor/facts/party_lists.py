"""Organisations listed as the parties of an agreement: "between A and B", "with A, B and C", a subject before
the verb."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.facts.attached import attached_org
from extractor.facts.base import _ents, _keys
from extractor.facts.chain_steps import _country_owner, _left_out, aside_end
from extractor.facts.home import topic_orgs
from extractor.facts.party_filter import party_orgs
from extractor.facts.signatories import GOVERNMENT_TYPES, is_generic
from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.sentences import SENT_REACH, sent_of
from extractor.lang.tokens import BULLETS, column, doc_text

STATE_DOCUMENTS = frozenset({"treaty", "treaties"})


def with_line_start(sent: Span) -> Span:
    """The sentence widened to the start of its line (a headline the parser cut: "HIT | signs MoU with
    ...")."""
    doc = sent.doc
    start = sent.start
    if start > 0 and doc[start - 1].text in {".", "!", "?", ";"}:
        return sent  # a real sentence boundary, not a cut headline
    stop = max(0, sent.start - SENT_REACH)
    while start > stop and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    return doc[start : sent.end]


def _chain(doc: Doc, start: int, orgs: list[Span]) -> list[Span]:
    """Organisations coordinated from token ``start`` on: "A, B and the C"."""
    out, i = [], start
    by_start = {o.start: o for o in orgs}
    while i < len(doc):
        if i in by_start:
            out.append(by_start[i])
            i = by_start[i].end
        elif out and (nxt := aside_end(doc, i, by_start, out[-1].kb_id_)) is not None:
            i = nxt
        elif (nxt := _left_out(doc, i, by_start)) is not None:
            i = nxt  # "between S. Toraighyrov ...", "JSC NC KazMunayGas": words the span left out
        elif (
            doc[i].lower_ in _CHAIN_GLUE
            or doc[i].is_space
            or _country_owner(doc, i)  # "between Indonesia’s UPH and Russia’s Lomonosov MSU"
        ):
            i += 1
        else:
            break
    return out


_CHAIN_GLUE = frozenset({"and", ",", ";", ":", "the", "its", "also", "with"}) | BULLETS  # "KNUST: Kwame ..."


def verb_follows(org: Span) -> bool:
    """Rule ``agreement.parties.subject_before_verb``: "signed" (or "has signed", "concluded") right after the
    organisation (a bracketed short name between) makes it the subject whatever the parse ("VLADIVOSTOK,
    September 6 /TASS/ Liaoning University (LNU) signed an agreement with B")."""
    doc, i = org.doc, org.end
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(len(doc), i + 6)) if doc[k].text == ")"), None)
        i = close + 1 if close is not None else i
    if i < len(doc) and doc[i].lower_ in ("has", "have", "will"):
        i += 1
    return i < len(doc) and doc[i].lower_ in words("signing_verbs")


def on_behalf(org: Span) -> bool:
    """ "signed a few agreements on behalf of (the) SISU with X": a person signs for the organisation."""
    words_before = [t.lower_ for t in org.doc[max(0, org.start - 3) : org.start] if t.lower_ != "the"]
    return words_before[-2:] == ["behalf", "of"]


def _subject(orgs: list[Span], before: int, behalf_before: int | None = None) -> Span | None:
    """The organisation that signs: the one a person signs on behalf of (up to ``behalf_before``), a
    grammatical subject if there is one, else the last one before."""
    cands = [o for o in orgs if o.end <= before]
    cands = [o for o in cands if not _relative_clause(o, before)] or cands
    behalf = [o for o in orgs if o.end <= (behalf_before or before) and on_behalf(o)]
    subj = [o for o in cands if any(t.dep_ in ("nsubj", "nsubjpass") for t in o)]
    return (behalf[-1:] or subj or cands[-1:] or [None])[0]


@rule("agreement.parties.not_relative_clause")
def _relative_clause(org: Span, at: int) -> bool:
    """Rule ``agreement.parties.not_relative_clause``: an organisation inside a relative clause that does not
    hold the signing is not who signs ("MGIMO, which is run by the Ministry of Foreign Affairs, signed a
    memorandum with KCFR": MGIMO signs)."""
    clause = next((a for a in org.root.ancestors if a.dep_ == "relcl"), None)
    return clause is not None and not clause.left_edge.i <= at <= clause.right_edge.i


def _with_partners(m: Span, orgs: list[Span]) -> tuple[Span | None, list[Span]]:
    """ "A signed an X with B (and C)": the subject and the partners after "with" (also on the bullet lines
    after it)."""
    sent, doc = sent_of(m), m.doc
    lower = column(doc, "lower")
    after = [i for i in range(m.end, sent.end) if lower[i] == "with"]
    before = [i for i in range(max(sent.start, m.start - 60), m.start) if lower[i] == "with"]
    for at in after[:1] + before[-1:]:
        tok = doc[at]
        partners = _chain(doc, tok.i + 1, orgs + bulleted_below(doc, tok.i + 1, sent))
        if partners and partners[-1].end < len(doc) and doc[partners[-1].end].lower_ == "and":
            # "with TSUOS and several universities of Russia, in particular, A, B, C"
            more = named_after_count(doc, partners[-1].end, sent.end, orgs)
            partners += [o for o in more if o not in partners]
        partners = partners or named_after_count(doc, tok.i + 1, sent.end, orgs)
        if partners:
            return _subject([o for o in orgs if o not in partners], min(tok.i, m.start), tok.i), partners
    return None, []


@rule("agreement.parties.bulleted_list")
def bulleted_below(doc: Doc, start: int, sent: Span) -> list[Span]:
    """Rule ``agreement.parties.bulleted_list``: "Memoranda were signed with the\n • A,\n • B and the\n • C.":
    a sentence that ends on "with (the)" goes on in the bullet lines below; their organisations."""
    if any(not (t.is_space or t.lower_ in ("the", ":")) for t in doc[start : sent.end]):
        return []
    out: list[Span] = []
    marked = False  # the sentence before ended on a bullet: this one is its item
    for _ in range(24):
        if sent.end >= len(doc):
            break
        sent = sent_of(doc[sent.end])
        words = [t for t in sent if not t.is_space]
        if not words or words[0].text not in BULLETS and not marked:
            break
        marked = words[-1].text in BULLETS
        out += party_orgs(sent)
    return out


def coordinated_run(doc: Doc, orgs: list[Span], member: Span) -> list[Span]:
    """The organisations listed together with ``member`` ("A, B and C signed ..."): the longest run of names
    joined by commas and "and" that holds it; the member alone when it stands by itself."""
    for o in orgs:
        if o.start > member.start:
            break
        run = _chain(doc, o.start, orgs)
        if member in run:
            return run
    return [member]


def without_witnessing_ministries(parties: list[str], sent: Span, mention: Span) -> list[str]:
    """Rule ``agreement.party.ministry_witness``: a ministry named with two or more institutions that sign
    ("A and B signed a memorandum; the Ministry of Higher Education ...") attends or arranges the
    signing: the institutions are the parties. A ministry with one partner stays a party, and so does one
    listed with the signers ("A, B and the Ministry of Agriculture of Madagascar also signed an agreement")
    or the subject of the verb the agreement is the object of ("The Kazakh Ministry of Industry secured an
    agreement ... with A and B").
    """
    types = sent.doc._.org_types or {}
    subjects = _subjects_of(mention, sent)
    government = [
        k
        for k in parties
        if (types.get(k) in GOVERNMENT_TYPES or k.startswith("Ministry ")) and k not in subjects
    ]
    if not government or len(parties) - len(government) < 2 or _one_list(parties, sent):
        return parties
    return [k for k in parties if k not in government]


def _subjects_of(mention: Span, sent: Span) -> set[str]:
    """The keys of the sentence's organisations that are the subject of the verb whose object the agreement
    is."""
    root = mention.root
    if root.dep_ not in ("dobj", "obj"):
        return set()
    subjects = {t.i for t in root.head.children if t.dep_ == "nsubj"}
    return {e.kb_id_ for e in _ents(sent.doc, "ORG", sent) if subjects.intersection(range(e.start, e.end))}


def _one_list(parties: list[str], sent: Span) -> bool:
    """Every party is named in one run of the sentence (:func:`coordinated_run`: "A, the B and the C"), the
    first not a preposition's object ("In the presence of the Ministry, A and B signed": no run) other than
    the one that opens the signers ("signed between the Ministry of Education, A, B and C")."""
    named = [e for e in _ents(sent.doc, "ORG", sent) if e.kb_id_ in parties]
    if not named or not set(parties) <= {e.kb_id_ for e in named}:
        return False
    doc, first = sent.doc, named[0]
    k = first.start - (first.start > 0 and doc[first.start - 1].lower_ == "the")
    if k > 0 and doc[k - 1].tag_ == "IN" and doc[k - 1].lower_ not in ("between", "among"):
        return False
    return set(parties) <= set(_keys(coordinated_run(doc, named, first)))


_LIST_OPENERS = frozenset({"namely", ":", "including", "—", "–"})


def named_after_count(doc: Doc, start: int, end: int, orgs: list[Span]) -> list[Span]:
    """ "with four foreign universities at the ceremony, namely the A, the B, the C and D": the partners
    listed after "namely" / a colon / "including" / "in particular", within a few words of "with", or after
    the comma that closes a plural naming no organisation ("with two Russian universities, A and B", "with
    its German counterparts, the Institute of Farm Animal Genetics and the Department ...")."""
    named = {i for o in orgs for i in range(o.start, o.end)}
    for i in range(start, min(end, start + 12)):
        counted = doc[i].text == "," and doc[i - 1].tag_ == "NNS" and not named.intersection(range(start, i))
        run = _chain(doc, i + 1, orgs) if counted else []
        if len(run) >= 2 and run[0].start <= i + 1 + (doc[i + 1].lower_ == "the"):
            return run
        if doc[i].lower_ in _LIST_OPENERS or (doc[i - 1].lower_, doc[i].lower_) in (
            ("such", "as"),
            ("in", "particular"),
        ):
            if i + 1 < len(doc) and all(t.is_space for t in doc[i + 1 : end]):
                orgs = orgs + party_orgs(sent_of(doc[i + 1]))  # the list is parsed as the next sentence
            return _chain(doc, i + 1, orgs)
    return []


_LEADERS = frozenset({"president", "rector"})


def previous_sentence_orgs(sent: Span) -> list[Span]:
    """Organisations of the sentence before, in the same paragraph ("... The parties signed ...")."""
    doc = sent.doc
    text = doc_text(doc)
    for _ in range(2):  # up to two sentences back, within the paragraph
        if sent.start == 0 or "\n\n" in text[doc[sent.start - 1].idx : sent.start_char]:
            return []
        sent = sent_of(doc[sent.start - 1])
        orgs = party_orgs(sent)
        topics = {i for a in _ents(doc, "AGREEMENT", sent) for i in topic_orgs(a, orgs)}
        # the units named in a list of people's titles ("Members of the delegation: Head of the International
        # Department X, Director of the Language Institute Y") are their affiliations, not parties
        by_title = [
            (r, o) for r in _ents(doc, "ROLE", sent) for o in [attached_org(r, None, orgs)] if o is not None
        ]
        titled = {o.start for _, o in by_title}
        if len(titled) < 2:
            titled = (
                set()
            )  # one person's title ("the rector of VSU took part ..."): the organisation may sign
        titled -= {o.start for r, o in by_title if r.kb_id_ in _LEADERS}  # the leader's university may sign
        orgs = [o for o in orgs if o.start not in topics and o.start not in titled]
        if orgs:
            return orgs
    return []


@rule("agreement.parties.signed_by_group")
def signed_by_lists(m: Span, start: int, orgs: list[Span]) -> list[list[str]]:
    """The party lists of the organisations listed from token ``start`` (after a signing "by"): one list of
    them all, or one each when a counted group names them first and the mention is plural (rule
    ``agreement.parties.signed_by_group``: "Intention agreements were signed by representatives of 14
    companies, namely: A, B, ...": lower-case words, a number and marks, ten tokens at most, with a number or
    a list's opening among them; never "the rectors of A and B"); none for fewer than two organisations."""
    doc, starts = m.doc, {o.start for o in orgs}
    first = next(
        (i for i in range(start, min(len(doc), start + 10)) if i in starts or not _group_word(doc[i])), start
    )
    counted = first in starts and any(t.like_num or t.lower_ in _LIST_OPENERS for t in doc[start:first])
    keys = _keys(_closed_list(doc, _chain(doc, first if counted else start, orgs)))
    if len(set(keys)) < 2:
        return []
    return [[k] for k in keys] if counted and is_generic(m) else [keys]


def _closed_list(doc: Doc, chain: list[Span]) -> list[Span]:
    """A list ends with its "and": "signed by A and B, C and D signed ...": A and B (C, D open a clause)."""
    gaps = [doc[a.end : b.start].text.split() for a, b in zip(chain, chain[1:])]
    for k in range(1, len(gaps)):
        if "and" in gaps[k - 1] and "and" not in gaps[k] and "," in "".join(gaps[k]):
            return chain[: k + 1]
    return chain


def _group_word(tok: Token) -> bool:
    """A word of the group that names the signers before their list: lower-case, a number or a mark."""
    return tok.is_lower or tok.like_num or tok.is_punct
