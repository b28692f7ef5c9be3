"""Categories of titles and kinds of agreements: the normalised values of ROLE and AGREEMENT mentions."""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.lang.countries import names_a_people
from extractor.lang.lexicons import document_kinds, lexicon, singular


def category(title: str) -> str | None:
    """The role category of a title as written (its longest lexicon phrase), or None (cached per title:
    the same titles recur, and the lexicon scan is the costly part)."""
    lex = lexicon("roles")
    if _CATEGORIES.get(_LEXICON) is not lex:  # a reloaded lexicon starts a new cache
        _CATEGORIES.clear()
        _CATEGORIES[_LEXICON] = lex
    found = _CATEGORIES.get(title, _UNKNOWN)
    if found is _UNKNOWN:
        if len(_CATEGORIES) > _CACHE_SIZE:
            _CATEGORIES.clear()
            _CATEGORIES[_LEXICON] = lex
        found = _CATEGORIES[title] = _category(title, lex)
    return found  # type: ignore[return-value]


_LEXICON, _UNKNOWN, _CACHE_SIZE = object(), object(), 65536
_PORTFOLIO_AFTER = re.compile(r" (?:in charge of|for) ")
_CATEGORIES: dict[object, object] = {}


def _category(title: str, lex: dict[str, str]) -> str | None:
    """:func:`category`, uncached."""
    t = " ".join(title.lower().replace("–", "-").split())
    if t in lex or (t := t.removeprefix("co-")) in lex:  # rule role.category.co_prefix: "Co-Director"
        return lex[t]
    if (found := _plural(t, lex)) is not None:
        return found
    head = _PORTFOLIO_AFTER.split(t, maxsplit=1)[0]
    if head != t and head.replace("-", " ") == "vice chancellor":
        # rule role.category.vice_chancellor_portfolio: "Vice Chancellor in charge of international affairs",
        # "Vice-Chancellor for Research": a vice-chancellor with a portfolio is a deputy, not the head
        return "vice-rector"
    if head != t and (found := _category(head, lex)) is not None:
        return found  # "pro-rectors in charge of scientific work", "Acting Deputy Vice Chancellor for X"
    if "-" in t and t.replace("-", " ") in lex:
        return lex[t.replace("-", " ")]  # "Deputy-director-general"
    parts = t.split()
    if (
        len(parts) == 2
        and lex.get(parts[1]) == "other"
        and parts[0].removesuffix("'s").removesuffix("’s") in lex
    ):
        return "other"  # "minister assistant", "rector's assistant": a helper of the first title
    best = _opening(t, lex)
    if (found := _before_prefix(t, parts, best, lex)) is not None:
        return found
    if best is None:  # a portfolio written first: "Education and Science Minister"
        found = _deputy_of_portfolio(parts, lex) or _portfolio_first(t, lex)
        if found is None and len(parts) > 2 and (parts[0] in _RANK_WORDS or names_a_people(parts[0])):
            # "First Vice-Minister of Agriculture"; rule role.category.nationality_first: "Kuwaiti Minister of
            # Commerce and Industry" is a minister
            return _category(" ".join(parts[1:]), lex)
        return found
    return lex[best]


def _plural(t: str, lex: dict[str, str]) -> str | None:
    """A plural title: "rectors X and Y"; rule ``role.category.plural_head``: the plural before "of" ("Heads
    of State", "Presidents of X and Y") is the singular title's category."""
    if singular(t) in lex:
        return lex[singular(t)]
    own, of, rest = t.partition(" of ")
    return _category(f"{singular(own)} of {rest}", lex) if of and singular(own) != own else None


def _before_prefix(t: str, parts: list[str], best: str | None, lex: dict[str, str]) -> str | None:
    """What decides before the longest lexicon title ``best`` the text starts with: a longer one once hyphens
    are spaces ("Deputy Secretary-General": "deputy secretary", other, not "secretary-general"), else a deputy
    word before a title the lexicon has no deputy entry for ("Vice Chairperson"); a rank title before another
    title ("Principal Manager") gives way to it."""
    if best in RANK_TITLES and len(parts) > 2 and parts[-1] == "officer":
        return "other"  # rule role.category.chief_officer: "Chief Technology Officer" (not the lexicon's CEO)
    if best in RANK_TITLES and len(parts) > 1 and (after := _opening(" ".join(parts[1:]), lex, whole=True)):
        # rule role.category.rank_adjective: "Principal Manager of Global Partnerships", "Chief Expert on
        # Cooperation", "Chief Academic Secretary": a title word used as a rank before another title is that
        # title's
        return lex[after]
    spaced = _spaced_prefix(t, lex)
    if spaced is not None and (best is None or len(spaced) > len(best)):
        return lex[spaced]
    return _deputy_word(parts, lex) if best is None or not best.startswith(parts[0]) else None


def _opening(t: str, lex: dict[str, str], whole: bool = False) -> str | None:
    """The longest lexicon title ``t`` opens with, before more words ("academic secretary of X" -> "academic
    secretary"); with ``whole``, ``t`` itself may be that title."""
    return max((p for p in lex if t.startswith(p + " ") or whole and t == p), key=len, default=None)


DEPUTY_OF = {
    "chair": "deputy chair",
    "director": "deputy director",
    "head": "deputy head",
    "minister": "deputy minister",
    "dean": "vice-dean",
    "rector": "vice-rector",
    "president": "vice-president",
}  # annotation.md's deputy categories


def _deputy_word(parts: list[str], lex: dict[str, str]) -> str | None:
    """Rule ``role.category.deputy_word``: "deputy" or "vice" before a title the lexicon does not hold whole
    ("Vice Chairperson", "Vice Chair of the University Council") is the deputy category of the title after
    it; None when that title has no deputy category (a deputy secretary is ``other``)."""
    if len(parts) < 2 or parts[0] not in ("deputy", "vice"):
        return None
    return DEPUTY_OF.get(_category(" ".join(parts[1:]), lex) or "")


def _spaced_prefix(t: str, lex: dict[str, str]) -> str | None:
    """Rule ``role.category.hyphen_prefix``: the longest lexicon title a hyphenated title starts with once its
    hyphens are spaces ("deputy secretary-general" starts with "deputy secretary"), or None."""
    if "-" not in t:
        return None
    return _opening(t.replace("-", " "), lex)


_RANK_WORDS = frozenset({"first", "acting", "executive", "senior"})  # before a title with its portfolio
RANK_TITLES = frozenset({"principal", "chief"})  # titles that are also rank adjectives
_ORDINALS = frozenset({"first", "second", "third"})  # "Second Vice Industry Minister"


def _portfolio_first(t: str, lex: dict[str, str]) -> str | None:
    """The category of the longest lexicon title that ends the text: "Education and Science Minister"."""
    best = max((p for p in lex if t.endswith(" " + p)), key=len, default=None)
    return lex[best] if best else None


def _deputy_of_portfolio(parts: list[str], lex: dict[str, str]) -> str | None:
    """Rule ``role.category.deputy_portfolio``: "Deputy Foreign Minister", "Vice Education Minister": a
    deputy word, then a portfolio title, is the deputy's category ("deputy minister"), not the minister's;
    also after an ordinal ("Second Vice Industry Minister")."""
    if len(parts) > 3 and parts[0] in _ORDINALS and parts[1] in ("deputy", "vice"):
        parts = parts[1:]
    if len(parts) < 3 or parts[0] not in ("deputy", "vice", "first"):
        return None
    rest = _portfolio_first(" ".join(parts[1:]), lex)
    if rest is None:
        return None
    head = "deputy" if parts[0] == "first" and parts[1] == "deputy" else parts[0]
    return lex.get(f"{head} {rest}")


@lru_cache(maxsize=4096)
def kind_of(span_text: str) -> str | None:
    """The agreement kind read from the head phrase of a span ("memorandum of intent" -> memorandum)."""
    lex = document_kinds()
    low = " ".join(span_text.lower().split())
    hits = [p for p in lex if re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", low)]
    if not hits:
        return None
    return lex[max(hits, key=len)]
