"""Word sets the role finders and tie rules share: what may stand between a name and its title, portfolio
stops, institution and place words."""

from __future__ import annotations

from functools import lru_cache

import pycountry
from spacy.tokens import Doc

from extractor.lang.lexicons import lexicon, words
from extractor.lang.rules import rule
from extractor.lang.tokens import (
    GENERIC_INSTITUTIONS,
    POSSESSIVE,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    column,
    is_name_text,
    is_name_word,
)

# every word of the honorifics of ``patterns/`` ("His Excellency" and "Datuk Seri" are two words in the text;
# "Dato’" is "Dato" and "’": spaCy splits a closing apostrophe off a word)
HONORIFIC_WORDS = frozenset(
    part
    for phrase in words("honorifics")
    for w in phrase.split()
    for part in ((w[:-1], w[-1]) if w[-1] in "'’" and len(w) > 2 else (w,))
)

PERSON_GAP_BEFORE = (
    frozenset({",", "the", "of", "at", "-", "–", "—", ":", "his", "her", "excellency"})
    | POSSESSIVE
    | HONORIFIC_WORDS
)  # "Minister Datuk Seri X"


# the words between a title and its name: every honorific and degree of ``patterns/`` ("Assoc Prof. Dr")
HONORIFIC_GAP = words("honorifics") | words("degrees") | HONORIFIC_WORDS


PERSON_GAP_AFTER = frozenset(
    {
        ",",
        "the",
        "(",
        "-",
        "–",
        "—",
        "is",
        "was",
        "as",
        "who",
        "a",
        "an",
        "also",
        "university",
        "now",
        "currently",
        "been",
        "has",
        "had",
        "became",
        "appointed",
        "serves",
        "served",
        "elected",
        "named",
        "acting",
        "at",
        "of",
        "our",
        "and",
        "its",
    }
)


ORG_GAP = frozenset({"of", "at", "the", "in", "from", "(", "on", "part", "behalf"}) | POSSESSIVE


_PORTFOLIO_STOP = frozenset(
    {
        "and",
        "of",
        "the",
        "at",
        "in",
        "on",
        "with",
        "was",
        "is",
        "who",
        "from",
        "to",
        "our",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "a",
        "an",
        "said",
        "noted",
        "has",
    }
)


HOME_NOUNS = GENERIC_INSTITUTIONS | {"our"}  # "the rector of the university(,) Professor X"


PLACE_WORDS = words("place_nouns")  # "republic", "region", "oblast", "kray": patterns/place_nouns.jsonl


def place_word(text: str, lower: str) -> bool:
    """A word of a country's name ("of the Russian Federation", "of Kazakhstan"): a capitalised word of a
    place name or demonym, or a place noun ("republic")."""
    return text[:1].isupper() and lower in _place_words() or lower in PLACE_WORDS


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Every word of the place names and demonyms of ``patterns/places.jsonl``, and the ISO 3166 country
    names (``pycountry``) of one word ("Rwanda", "Czechia") or of one word before place nouns ("Czech
    Republic", "Slovak Republic")."""
    iso = set()
    for c in pycountry.countries:
        for name in (c.name.split(",")[0], getattr(c, "official_name", c.name)):
            first, *rest = name.lower().split()
            if all(w in PLACE_WORDS for w in rest) and first.isalpha():
                iso.add(first)
    return frozenset(w for phrase in words("places") for w in phrase.split()) | iso


def place_name(text: str) -> bool:
    """A whole place name: ``patterns/places.jsonl``, or an ISO 3166 country or subdivision name
    (``pycountry``: "Sierra Leone", "Uttar Pradesh")."""
    return _whole_place(text, _iso_names())


def country_name(text: str) -> bool:
    """A country's whole name or a place of ``patterns/places.jsonl`` ("Lebanon", "P.R. China"), never a
    subdivision's (ISO 3166-2 names many places as people are named: "Paul", "Victoria")."""
    return _whole_place(text, _iso_countries())


IN_CHARGE_OF = ["in", "charge", "of"]  # a portfolio's opening after a title: "Vice-Rector in charge of X"


def named_place(text: str) -> bool:
    """A whole place's name a person is never called: a country, a place of ``patterns/places.jsonl`` or a
    subdivision of two words or more ("Buenos Aires", "Mato Grosso"; a one-word ISO 3166-2 name may be a
    given name: "Paul")."""
    return country_name(text) or len(text.split()) > 1 and place_name(text)


def _whole_place(text: str, iso: frozenset[str]) -> bool:
    low = " ".join(text.lower().split())
    acronym = text.isupper() and len(text) <= 4  # "BA", "ISA": an acronym, not the place of that name
    return low in words("places") or not acronym and low in iso


@lru_cache(maxsize=1)
def _iso_countries() -> frozenset[str]:
    """The ISO 3166 names of countries (short, official, common), lower-cased."""
    attrs = ("name", "official_name", "common_name")
    return frozenset(getattr(c, a).lower() for c in pycountry.countries for a in attrs if hasattr(c, a))


@lru_cache(maxsize=1)
def _iso_names() -> frozenset[str]:
    """The ISO 3166 names of countries and of their subdivisions, lower-cased."""
    return _iso_countries() | {d.name.lower() for d in pycountry.subdivisions}


COUNTING = frozenset(
    {"more", "less", "than", "over", "several", "many", "all", "both", "first", "second", "third"}
)


@rule("role.span.name_after_field")
def name_after_field(doc: Doc, k: int, stop: frozenset[str]) -> bool:
    """Rule ``role.span.name_after_field``: "Minister of Higher Education, Innovation and Technology
    Development Amon Murwira announced": two capitalised words that are no field, head or title, right
    after a portfolio's field word (``patterns/portfolio_words``), are the holder's name, not more of the
    portfolio (not after any other word: "for International and Project Activities Olesya Labadze")."""
    fields, lower = words("portfolio_words"), column(doc, "lower")
    if k == 0 or k + 1 >= len(lower) or lower[k - 1] not in fields or not column(doc, "title")[k - 1]:
        return False
    if "\n" in column(doc, "ws")[k - 1] or "\n" in column(doc, "ws")[k]:
        return False
    pair = (doc[k], doc[k + 1])
    verbs = words("headline_verbs")  # "Minister of Education and Science Visits BIT": a headline's verb
    family = lexicon("person_names").get(pair[0].lower_) == "surname_cn" and pair[1].is_title
    return all(
        is_name_word(t)
        and t.is_alpha
        and not (t.is_upper and len(t) > 1 and not family)  # an acronym ("BIT"), not "HUAI Jinping"
        and t.lower_ not in fields
        and t.lower_ not in stop
        and t.lower_ not in verbs
        for t in pair
    )


def served_title_end(doc: Doc, i: int, titles: frozenset[str]) -> int:
    """Past "to the <Title>" at ``i`` ("Advisor to the President", "Assistant to the Rector"): the token after
    the served title's capitalised words (``titles``, at most three), or ``i`` when there is none."""
    if i + 2 >= len(doc) or doc[i].lower_ != "to" or doc[i + 1].lower_ != "the":
        return i
    j = i + 2
    while j < len(doc) and j < i + 5 and doc[j].lower_ in titles and doc[j].is_title:
        j += 1
    return j if j > i + 2 else i


def hyphen_inside_word(doc: Doc, k: int, limit: int) -> bool:
    """A hyphen written without spaces between two words of a portfolio ("Academic Co-operation"), not
    between two abbreviations ("CSIR-IMMT")."""
    if not 0 < k < limit - 1 or doc[k].text != "-" or doc[k - 1].whitespace_ or doc[k].whitespace_:
        return False
    return all(w.is_alpha and not w.is_upper for w in (doc[k - 1], doc[k + 1]))


def bracketed_portfolio(doc: Doc, end: int, stops: set[int]) -> int:
    """Rule ``role.span.bracketed_portfolio``: "Deputy Vice-Chancellor (Academics & Research)",
    "Vice-Chancellor (VC)": a short bracket right after the title, no name or organisation inside, is part
    of it."""
    if end >= len(doc) or doc[end].text != "(":
        return end
    close = next((k for k in range(end + 1, min(len(doc), end + 8)) if doc[k].text == ")"), None)
    if close is None or close == end + 1:
        return end
    inside = doc[end + 1 : close]
    heads = words("org_heads")
    if any(t.i in stops or t.lower_ in heads or "\n" in t.text_with_ws for t in inside):
        return end
    return close + 1


NAME_QUOTES = QUOTES_OPEN | QUOTES_CLOSE


def org_name_part(text: list[str], lower: list[str], k: int, end: int, headed: bool) -> bool:
    """Token ``k`` can belong to the organisation after a title's "of" (``end``): a name word, a joiner, a
    quote after its first word, "for" after a head noun, "the People’s ...", a place after "to"/"in"."""
    return (
        is_name_text(text[k])
        or lower[k] in ("of", "and")
        or lower[k] == "for"
        and headed  # "Director of the Agency for Hydrometeorology X"
        or text[k] in NAME_QUOTES
        and k > end + 1  # 'Director General of RSE "Kazhydromet" Danara Alimbayeva'
        or lower[k] in POSSESSIVE  # "the People’s Republic of China"
        or lower[k] == "the"
        and lower[k - 1] == "of"
        or lower[k] in {"to", "in"}
        and k + 1 < len(lower)
        and place_word(text[k + 1], lower[k + 1])
    )


@lru_cache(maxsize=1)
def title_modifiers() -> frozenset[str]:
    """First words of the lexicon's titles that are a title after that word ("executive", "acting")."""
    lex = lexicon("roles")
    return frozenset(
        first
        for phrase in lex
        for first, _, rest in [phrase.partition(" ")]
        if rest in lex and first not in lex
    )


@rule("role.span.chief_officer")
def chief_officer(doc: Doc, end: int, stops: set[int]) -> int:
    """Rule ``role.span.chief_officer``: "Chief Technology Officer", "Chief Academic Officer": a title ending
    in "Chief" goes on over one or two capitalised words and "Officer" (its category then ``other``:
    ``role.category.chief_officer``; the lexicon's "chief executive officer" a director's); the title's new
    end, or ``end``."""
    text, lower = column(doc, "text"), column(doc, "lower")
    if end == 0 or lower[end - 1] != "chief":
        return end
    for k in (end + 1, end + 2):
        capitalised = all(text[i].istitle() and i not in stops for i in range(end, k))
        if k < len(doc) and text[k] == "Officer" and capitalised:
            return k + 1
    return end
