"""What a role tie looks at (:class:`RoleContext`) and titles and names in lists: plural titles, coordinated
people."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from extractor.find.role_words import HONORIFIC_GAP
from extractor.lang.lexicons import plural, words
from extractor.lang.rules import rule
from extractor.lang.sentences import sentence_starts
from extractor.lang.tokens import column, doc_cache, text_of


def is_plural(role: Span) -> bool:
    """A title written in the plural ("rectors"), found through the plural patterns of the role lexicon."""
    phrase = role.id_.partition(":")[2]
    last = phrase.split()[-1] if phrase else ""
    if not last or (many := plural(last)) == last:
        return False
    return (
        many in column(role.doc, "lower")[role.start : role.end]
        or f"{many} " in text_of(role).lower().replace("–", "-") + " "  # "pro-rectors in charge of"
    )


def coordinated(person: Span, people: list[Span]) -> list[Span]:
    """The people written right after ``person`` joined by "and" or commas ("X, Y and Z", "Professor X, and
    Professor Y")."""
    doc = person.doc
    starts = {p.start: p for p in people}
    out, end = [], person.end
    honorifics = words("honorifics")
    while end + 1 < len(doc) and doc[end].lower_ in (",", "and"):
        nxt = end + 1 + (doc[end + 1].lower_ == "and")
        first = nxt
        while nxt < len(doc) and nxt < first + 3 and doc[nxt].lower_ in honorifics:
            nxt += 1  # "A, and Prof. Dr. B"
        if nxt not in starts:
            break
        out.append(starts[nxt])
        end = starts[nxt].end
    return out


def coordinated_before(person: Span, people: list[Span]) -> list[Span]:
    """The people written right before ``person`` joined by "and" or commas, honorifics read past ("A and B,
    Deputy Chairmen of X", "Mr. A and Mr. B, Directors of X": A for B), in text order."""
    doc, ends = person.doc, {p.end: p for p in people}
    out, start = [], past_honorifics(doc, person.start)
    while start >= 2 and doc[start - 1].lower_ in (",", "and"):
        k = start - 1 - (doc[start - 1].lower_ == "and" and doc[start - 2].text == ",")  # "A, and B"
        if (prev := ends.get(k)) is None:
            break
        out.insert(0, prev)
        start = past_honorifics(doc, prev.start)
    return out


def past_honorifics(doc: Doc, start: int) -> int:
    """Where the honorifics written right before the name at ``start`` begin ("Mr.", "Prof. Dr.")."""
    honorifics = words("honorifics")
    k = start
    while k > 0 and doc[k - 1].lower_ in honorifics:
        k -= 1
    return k


def titled_in_list(person: Span, ctx: RoleContext) -> bool:
    """A title stands before the name in the same list item ("Director of the Programmes at X's Ministry
    Y")."""
    doc = person.doc
    lo, hi = bisect_right(ctx.role_ends, person.start - 15), bisect_right(ctx.role_ends, person.start)
    return any(list_item(doc, r.end, person.start, ctx.org_tokens) for r in ctx.roles_by_end[lo:hi])


def list_item(doc: Doc, start: int, end: int, org_tokens: set[int] | frozenset[int] = frozenset()) -> bool:
    """Tokens between a title and the name after it read as one list item: no comma, verb or conjunction
    (an "and" or a comma inside an organisation's name or an "and" in a capitalised portfolio is none)."""
    return all(
        (t.text not in (",", ";") or t.i in org_tokens)
        and not t.tag_.startswith("VB")
        and (t.lower_ not in _ITEM_BREAKS or t.lower_ == "and" and (_inside_name(t) or t.i in org_tokens))
        and "\n" not in t.whitespace_
        for t in doc[start:end]
    )


def _inside_name(tok: Token) -> bool:
    """An "and" between two capitalised words: "for Regional Policy and Government Relations"; never before
    an honorific, which opens the next person ("Deputy Director and Ms. Fan Li")."""
    doc = tok.doc
    return (
        0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].is_title
        and doc[tok.i + 1].is_title
        and doc[tok.i + 1].lower_ not in words("honorifics")
    )


_ITEM_BREAKS = frozenset(
    {"and", "who", "together", "along", "accompanied", "alongside"}
)  # "X, Title together with Y"


def _title_comma_org(role: Span, ctx: RoleContext) -> Span | None:
    """Rule ``role.tie.title_comma_org``: "The Director, Institute of African Studies at Zhejiang Normal
    University, Liu Hongwu expressed ...", "The Vice Chancellor, University of Abuja, Prof. X": a title, its
    organisation after a comma, then the name."""
    doc = role.doc
    i = role.end
    if i + 1 >= len(doc) or doc[i].text != "," or i + 1 not in ctx.org_tokens:
        return None
    j = i + 1
    while j < len(doc) and (j in ctx.org_tokens or doc[j].lower_ in ("at", "of", "the")) and j < i + 25:
        j += 1
    j += j < len(doc) and doc[j].text == ","
    while j < len(doc) and doc[j].lower_ in HONORIFIC_GAP | {"prof"}:
        j += 1
    person = next((p for p in ctx.after(j, 0) if p.start == j), None)
    return person if person is not None and same_sentence(doc, role.start, j) else None


def title_first(person: Span, ctx: RoleContext) -> bool:
    """A title stands before this person's name, with only a comma and honorifics between ("Rector, Professor
    A"): the list puts titles first ("Mr. A, CEO, Mr. B, Programme Manager" puts names first)."""
    doc = person.doc
    lo, hi = bisect_right(ctx.role_ends, person.start - 6), bisect_right(ctx.role_ends, person.start)
    return any(
        all(
            t.text == "," or t.lower_ in HONORIFIC_GAP or t.lower_ == "prof"
            for t in doc[r.end : person.start]
        )
        for r in ctx.roles_by_end[lo:hi]
        if r.text.lower() not in HONORIFIC_GAP  # "included Professor A, CityU President, ...": no title first
    )


def _honorific_next(doc: Doc, start: int, end: int) -> bool:
    """ "Vice-Rector for Research, Professor Bauyrzhan Yessengeldin": a comma, then only honorifics up to the
    name (the title names the person after it, not the one before), or an honour with its body ("OIYaI
    Director, Academician of the Russian Academy of Sciences Grigory Trubnikov")."""
    if end - start < 2 or doc[start].text != ",":
        return False
    k = start + 1
    while k < end and (doc[k].lower_ in HONORIFIC_GAP or honorific_or_degree(doc[k])):
        k += 1
    return k == end or k > start + 1 and honour_body_end(doc, k, end) == end


_BODY_WORDS = frozenset({"of", "the", "and", "(", ")", "-", "."})


@rule("role.tie.honour_body")
def honour_body_end(doc: Doc, k: int, end: int) -> int:
    """Rule ``role.tie.honour_body``: past "of <body or field>" after an honour or a degree ("Academician of
    the Russian Academy of Sciences", "candidate of technical sciences,") up to ``end``, where a name
    starts: capitalised words, lower-case field words and joiners, no verb, a comma only last."""
    if k >= end or doc[k].lower_ != "of":
        return k
    j = k + 1
    while j < end and (
        doc[j].is_title
        or doc[j].is_upper
        or doc[j].lower_ in _BODY_WORDS
        or doc[j].is_lower
        and doc[j].is_alpha
        and not doc[j].tag_.startswith("VB")
    ):
        j += 1
    j += j < end and j == end - 1 and doc[j].text == ","
    return j if j > k + 1 else k


def honorifics_only(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start``..``end`` are none, or a few honorifics and degrees ("Vice Presidents Prof. Dr. A")."""
    return end - start <= 4 and all(honorific_or_degree(t) for t in doc[start:end])


def plural_gap(doc: Doc, start: int, end: int) -> bool:
    """Only honorifics and degrees, after an optional comma or colon, between a plural title and the first
    name it lists ("deputy directors, A and B", "the two Presidents: Dr. A and Dr. B"), or the pair it is of
    ("the rectors of two universities A and B")."""
    comma = start < end and doc[start].text in (",", ":")
    if [t.lower_ for t in doc[start : start + 2]] in (["of", "two"], ["of", "both"]) and start + 3 <= end:
        comma = 3  # "the rectors of two universities Sergey Repkin and Makhmudzhan Baltabaev"
    return honorifics_only(doc, start + comma, end)


def honorific_or_degree(tok: Token) -> bool:
    """An honorific or a degree before a name, with or without its dot ("Prof", "PhD.", "Dr"), or the dot."""
    low = tok.lower_.rstrip(".")
    return (
        tok.text == "." or bool(low) and (low in titles_before_names() or f"{low}." in titles_before_names())
    )


@lru_cache(maxsize=1)
def titles_before_names() -> frozenset[str]:
    return words("honorifics") | words("degrees")


@dataclass
class RoleContext:
    """What role ties need from a document, built once per Doc so each role costs constant work."""

    people: list[Span]
    roles: list[Span]
    org_tokens: set[int]
    context: set[int] = field(init=False)
    starts: list[int] = field(init=False)
    roles_by_end: list[Span] = field(init=False)
    role_ends: list[int] = field(init=False)
    role_at_end: dict[int, Span] = field(init=False)
    role_at_start: dict[int, Span] = field(init=False)

    def __post_init__(self) -> None:
        self.people = sorted(self.people, key=lambda p: p.start)
        self.context = self.org_tokens | {i for r in self.roles for i in range(r.start, r.end)}
        self.starts = [p.start for p in self.people]
        self.roles_by_end = sorted(self.roles, key=lambda r: r.end)
        self.role_ends = [r.end for r in self.roles_by_end]
        self.role_at_end = {r.end: r for r in self.roles}
        self.role_at_start = {r.start: r for r in self.roles}

    def first_role_in(self, lo: int, hi: int) -> Span | None:
        """The role that starts first in tokens lo..hi."""
        if not hasattr(self, "_role_starts"):
            self._roles_by_start = sorted(self.roles, key=lambda r: r.start)
            self._role_starts = [r.start for r in self._roles_by_start]
        k = bisect_left(self._role_starts, lo)
        return (
            self._roles_by_start[k] if k < len(self._roles_by_start) and self._role_starts[k] < hi else None
        )

    def after(self, i: int, reach: int = 13) -> list[Span]:
        """People starting at token i or up to ``reach`` tokens later."""
        lo, hi = bisect_left(self.starts, i), bisect_right(self.starts, i + reach)
        return self.people[lo:hi]

    def before(self, i: int, reach: int = 13) -> list[Span]:
        """People ending at token i or up to ``reach`` tokens earlier."""
        return [
            p
            for p in self.people[max(0, bisect_left(self.starts, i - 40)) : bisect_right(self.starts, i)]
            if i - reach <= p.end <= i
        ]


def same_sentence(doc: Doc, a: int, b: int) -> bool:
    """No sentence starts after token a up to token b. A break the parser puts where no sentence can end
    (after a comma, "said Rector of X," / "Ms. Liu Jun.", or after a word, "Russian Deputy PM" / "Tatyana
    Golikova") does not count; line breaks and final punctuation do."""
    breaks = _real_breaks(doc)
    k = bisect_right(breaks, a)
    return k >= len(breaks) or breaks[k] > min(b, len(doc) - 1)


_FINAL = frozenset('.!?…:;"»”)')


def _real_breaks(doc: Doc) -> list[int]:
    """The sentence starts that end a sentence for :func:`same_sentence`, read once per Doc."""
    cache = doc_cache(doc)
    found = cache.get("real_breaks")
    if found is None:
        text, ws = column(doc, "text"), column(doc, "ws")
        found = cache["real_breaks"] = [
            s
            for s in sentence_starts(doc)
            if s > 0 and (text[s - 1][-1:] in _FINAL or "\n" in ws[s - 1] or "\n" in text[s - 1])
        ]
    return found
