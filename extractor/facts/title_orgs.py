"""Organisations a title points to: written next to it, in the list item before, named before by an anaphor
("the university"), led by the titled person, or the sentence's own."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractor.facts.affiliation import is_partner
from extractor.facts.attached import attached_org
from extractor.facts.base import doc_ents, ents_in
from extractor.find.role_lists import past_honorifics, same_sentence
from extractor.find.role_words import served_title_end
from extractor.lang.lexicons import lexicon, words
from extractor.lang.sentences import sent_of
from extractor.lang.tokens import GENERIC_INSTITUTIONS, POSSESSIVE
from extractor.normalise.org_parents import parent_in_name


def possessive_ref(role: Span) -> tuple[str, ...]:
    """ "the academy's president" read as "president of the academy", "the Russian university's rector" as
    "rector of the university" named with Russia, "the University Rector" and "alongside Academy President X"
    as "rector of the university", "president of the academy" (for :func:`anaphor_org`)."""
    doc, i = role.doc, role.start
    bare = i >= 2 and (doc[i - 2].lower_ == "the" or not doc[i - 2].is_title and not doc[i - 2].is_upper)
    head = doc[i - 1] if bare or i == 1 else None
    if head is not None and head.is_title and head.lower_ in words("org_heads"):
        return ("of", "the", head.lower_)  # "the University Rector X": the rector of the university
    if i < 3 or doc[i - 1].text not in POSSESSIVE:
        return ()
    if doc[i - 3].lower_ == "the":
        return ("of", "the", doc[i - 2].lower_)
    if i >= 4 and doc[i - 4].lower_ == "the" and doc[i - 3].lower_ in words("places"):
        return ("of", "the", doc[i - 2].lower_, doc[i - 3].lower_)
    return ()


def anaphor_org(role: Span, after: tuple[str, ...], orgs: list[Span]) -> Span | None:
    """Rule ``role.org.the_university_named_before``: "Hamlet Isakhanli, the founder of Khazar University,
    ..., Irada Khalilova, the rector of the university": "the university" is the last one named before it in
    the same paragraph line (its key has the same head noun); so is any organisation's head noun ("the
    Nigeria Atomic Energy Commission ... Professor X, Chairman of the commission")."""
    if len(after) < 3 or after[:2] != ("of", "the") or after[2] not in words("org_heads"):
        return None
    doc = role.doc
    country = after[3][:4] if len(after) > 3 else ""  # "the Russian university": one named with Russia
    named = [
        o
        for o in orgs
        if role.start - 200 <= o.start
        and o.end <= role.start
        and after[2] in o.kb_id_.lower().split()
        and (not country or any(w.startswith(country) for w in o.kb_id_.lower().split()))
    ]
    same_line = [
        o
        for o in named
        if role.start - 60 <= o.start
        and not any("\n" in t.whitespace_ or t.is_space and "\n" in t.text for t in doc[o.end : role.start])
    ]
    # the one named in the same paragraph, else the last one named in the paragraphs before
    return same_line[-1] if same_line else _subject_first(named) if named else None


def _subject_first(named: list[Span]) -> Span:
    """The last sentence's subject among the organisations named last ("Synergy University announced a
    partnership with Shantou University. ... X, the university's rector": Synergy), else its last one."""
    last = sent_of(named[-1])
    in_last = [o for o in named if o.start >= last.start]
    return next((o for o in in_last if o.root.dep_ in ("nsubj", "nsubjpass")), named[-1])


def delegation_leader_org(role: Span, orgs: list[Span]) -> Span | None:
    """ "A delegation of X headed by Vice-Rector Y", "X, led by Rector Y", "X, headed by the chancellor Y":
    the organisation Y leads."""
    doc = role.doc
    by = role.start - 1 - (role.start > 1 and doc[role.start - 1].lower_ == "the")
    if by < 2 or doc[by].lower_ != "by" or doc[by - 1].lower_ not in ("headed", "led"):
        return None
    verb = by - 1
    earlier = [o for o in orgs if o.end <= verb and same_sentence(doc, o.start, role.start)]
    if not earlier:
        return None
    org = earlier[-1]
    right_before = org.end == verb or org.end == verb - 1 and doc[verb - 1].text in (",", ")")
    of_delegation = (
        org.start >= 2
        and doc[org.start - 1].lower_ in ("of", "from")
        and doc[org.start - 2].lower_ in ("delegation", "delegations")
    )
    return org if right_before and (of_delegation or doc[org.start - 1].lower_ != "with") else None


def next_title_org(role: Span, orgs: list[Span]) -> tuple[str | None, int, str] | None:
    """A bare title followed by a second title of the same person takes that title's organisation, or the
    parent it names: "Mukhitdin Kalonov, Vice-Rector, Director of the Research Center of TSEU" -> TSEU."""
    doc = role.doc
    i = role.end + 1
    if (
        i >= len(doc)
        or doc[role.end].text != ","
        or doc[i].ent_type_ != "ROLE"
        or doc[i].ent_iob_ != "B"
        or role.text.lower().replace("–", "-") not in lexicon("roles")
    ):
        return None
    j = i + 1
    while j < len(doc) and doc[j].ent_type_ == "ROLE" and doc[j].ent_iob_ == "I":
        j += 1
    found = attached_org(Span(doc, i, j, label="ROLE"), None, orgs)
    if found is None:
        return None
    keys = {o.kb_id_ for o in orgs}
    parent = next(
        (
            k
            for k in keys
            if k != found.kb_id_
            and found.kb_id_.lower().endswith((f" of {k.lower()}", f" of the {k.lower()}"))
        ),
        None,
    )
    return parent or parent_in_name(found.kb_id_) or found.kb_id_, 2, "role.org.next_title"


def previous_item_org(
    role: Span, person: Span | None, orgs: list[Span], home: str | None
) -> tuple[str | None, int, str] | None:
    """In a list of "Name, Title" items a bare title belongs where the item before it does: "A, President of
    X, B, Vice President" -> X; "..., President of our university, and B, Vice President" -> the release's
    own."""
    doc = role.doc
    title = role.text.lower().replace("–", "-").split(" to the ")[0]  # "Assistant to the President"
    end = served_title_end(doc, role.end, words("roles"))
    bare = (title in lexicon("roles") or _portfolio_only(role)) and (
        end == len(doc) or doc[end].text in (",", ".", ";") or doc[end].lower_ == "and"
    )
    if person is None or person.end > role.start or not bare:
        return None
    first = person.start
    while first > 0 and doc[first - 1].lower_ in words("honorifics") and person.start - first < 2:
        first -= 1  # "..., Professor Rita Filipova, Vice Rector"
    if first >= 2 and (doc[first - 2].lower_, doc[first - 1].lower_) in _LIST_JOINERS:
        first -= 2  # "President of X, along with B, Vice President"
    i = first
    while i > 0 and doc[i - 1].lower_ in (",", ";", "and") and first - i < 2:
        i -= 1
    if i == first or i == 0 or doc[i].text not in (",", ";"):
        return None
    ends = [o for o in orgs if o.end == _place_start(doc, i)]
    if ends:
        return _item_org(doc, ends[0], i, orgs).kb_id_, 2, "role.org.previous_item"
    if doc[max(0, i - 2)].lower_ == "our" and doc[i - 1].lower_ in GENERIC_INSTITUTIONS:
        return home, 2, "role.org.previous_item"
    return None


def _place_start(doc: Doc, i: int) -> int:
    """Where an item ending at token ``i`` ends once a place after its organisation is left out ("Director of
    the Gazprom School in Bishkek;" -> before "in"): up to three capitalised words after "in"."""
    k = i
    while k > 0 and i - k < 3 and doc[k - 1].is_title and doc[k - 1].ent_type_ != "ORG":
        k -= 1
    return k - 1 if k < i and k > 0 and doc[k - 1].lower_ == "in" else i


def _item_org(doc: Doc, last: Span, i: int, orgs: list[Span]) -> Span:
    """The organisation of a list item ending at token ``i``: the first one after the item's last title
    ("Dean of the School at X;" -> the School; "Secretary of the Party Committee and President of X, along
    with B, Vice President" -> X)."""
    item = [
        o
        for o in orgs
        if last.start - 12 <= o.start
        and o.end <= i
        and all(t.text not in (",", ";") or t.i in range(o.start, o.end) for t in doc[o.end : i])
    ]
    titles = [r.end for r in doc_ents(doc) if r.label_ == "ROLE" and item and item[0].start <= r.end <= i]
    after_title = [o for o in item if o.start >= max(titles, default=0)]
    return (after_title or item or [last])[0]


_LIST_JOINERS = frozenset({("along", "with"), ("together", "with"), ("as", "well")})


def _portfolio_only(role: Span) -> bool:
    """A title with a portfolio and no organisation: "Vice Dean for Ideology and Education"."""
    head, sep, _ = role.text.lower().replace("–", "-").partition(" for ")
    return bool(sep) and head in lexicon("roles")


def previous_titled_org(role: Span, person: Span | None, orgs: list[Span]) -> tuple[str, int, str] | None:
    """Rule ``role.org.previous_titled``: in "BISR Director Oleg Makarov and Deputy Director Vitaly
    Stakhovsky" a bare title before a name, right after another titled name, belongs where that title does."""
    doc = role.doc
    i = role.start - (role.start > 0 and doc[role.start - 1].lower_ == "the")
    if person is None or person.start < role.end or i < 3 or doc[i - 1].lower_ not in ("and", ","):
        return None
    end = i - 1  # the previous item ends here: "... Oleg Makarov" then "and"
    if doc[end - 1].ent_type_ != "PERSON":
        return None
    start = end - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    k = _before_honorifics(doc, start)
    if doc[k - 1].ent_type_ != "ROLE":
        return None
    r = k - 1
    while r > 0 and doc[r].ent_iob_ == "I":
        r -= 1
    found = attached_org(Span(doc, r, k, label="ROLE"), Span(doc, start, end, label="PERSON"), orgs)
    return (found.kb_id_, 3, "role.org.previous_titled") if found is not None else None


def _before_honorifics(doc: Doc, start: int) -> int:
    """Back over the honorifics before a name and the "of X," that ends the title before them ("the President
    of ADA University, Prof. Dr. Hafiz Pashayev"): where that title's words end."""
    k = past_honorifics(doc, start)
    if k == start or k < 2 or doc[k - 1].text != "," or doc[k - 2].ent_type_ != "ORG":
        return k
    o = k - 2
    while o > 0 and doc[o].ent_iob_ == "I":
        o -= 1
    o -= o >= 1 and doc[o - 1].lower_ == "the"
    return o - 1 if o >= 2 and doc[o - 1].lower_ == "of" and doc[o - 2].ent_type_ == "ROLE" else k


_INTRO = frozenset({"at", "from", "for", "by", "on", "in", "representing"})


def sentence_org(role: Span, orgs: list[Span]) -> tuple[Span | None, int, str]:
    """The organisation the sentence is about, with its strength: an opening "At/From/Representing ORG"
    or the subject ("NUST MISIS was represented by ...") -> 2; the only organisation named -> 1."""
    sent = sent_of(role)
    inside = [
        o for o in orgs if sent.start <= o.start < sent.end and not is_partner(role, o) and not _honour_of(o)
    ]
    intro = [
        o for o in inside if o.start - sent.start <= 5 and o.start < role.start and sent[0].lower_ in _INTRO
    ]
    if intro:
        return (
            intro[0],
            2,
            "role.org.sentence_intro",
        )  # "At the Polytechnic University the guests were met by X"
    subjects = [
        o for o in inside if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" for t in o)
    ]
    if subjects:
        return subjects[0], 2, "role.org.sentence_subject"  # the main clause's subject, not "said that X is"
    # the sentence's only organisation, unless another title owns it ("First prorector X, Vice-Rector Y, head
    # of the International Cooperation Department Z": the department is Z's, not X's)
    owned = {
        o.start
        for r in ents_in(sent)
        if r.label_ == "ROLE" and r.start != role.start
        for o in [attached_org(r, None, inside)]
        if o is not None and _unit(o)
    }
    keys = {o.kb_id_ or o.text for o in inside}
    if len(keys) == 1 and inside[0].start not in owned:
        return inside[0], 1, "role.org.sentence_only"
    return None, 0, ""


_HONOURS = frozenset({"academician", "academicians"})
_HONOUR_MEMBERS = frozenset({"corresponding", "full", "honorary"})


def _honour_of(org: Span) -> bool:
    """The body of an honour, not of a post: "academician of the National Academy of Sciences", "corresponding
    member of the RAS" (a "Member of the State Council" holds a post there)."""
    doc, i = org.doc, org.start - 1
    i -= i >= 0 and doc[i].lower_ == "the"
    if i < 1 or doc[i].lower_ != "of":
        return False
    honour = doc[i - 1].lower_
    return honour in _HONOURS or honour == "member" and i >= 2 and doc[i - 2].lower_ in _HONOUR_MEMBERS


def _unit(org: Span) -> bool:
    """A unit of an organisation by its head noun (``patterns/unit_heads.jsonl``): "International
    Cooperation Department"."""
    return any(t.lower_ in words("unit_heads") for t in org)


def bracket_org(role: Span, orgs: list[Span]) -> Span | None:
    """The organisation right before the bracket that opens with the title: "Lev Gumilev Gymnasium № 38
    (Director: Galina A. Parubova)", "School № 24 (Director – L. Mautkhanova)"."""
    doc = role.doc
    if role.start < 2 or doc[role.start - 1].text != "(":
        return None
    return next((o for o in orgs if o.end == role.start - 1), None)
