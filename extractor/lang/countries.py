"""Countries by every name a release gives them: short, official and common names (``pycountry``),
demonyms and capitals (``countryinfo``), abbreviations and the demonyms those miss
(``patterns/country_aliases.jsonl``), each mapped to its ISO 3166 code; and the formal name a key writes.

    >>> country_code("Chinese"), country_code("the Kyrgyz Republic"), country_code("Cairo")
    ('CN', 'KG', 'EG')
    >>> formal_name("CN"), formal_name("ET"), formal_name("TR")
    ("the People's Republic of China", 'Ethiopia', 'the Republic of Turkey')
"""

from __future__ import annotations

import re
from functools import cache

import countryinfo
import pycountry

from extractor.lang.lexicons import lexicon

# a state's formal name: one word at most before its form ("People's Republic of", "Kyrgyz Republic", "Kingdom
# of"); longer forms ("Federal Democratic Republic of Ethiopia") are written by the short name, as releases do
_FORM = re.compile(
    r"(?:(?!United )\S+ )?(?:Republic|Kingdom|Federation|Sultanate|Emirate|Principality)(?: of (.+))?"
)


def country_code(name: str) -> str | None:
    """The ISO code of a country named, described or located by ``name`` ("Russia", "the Russian Federation",
    "Russian", "Russia's", "Moscow", "RF"), or None."""
    return _codes().get(_key(name).removesuffix("'s"))


def formal_name(code: str) -> str:
    """The name a key gives a country: its formal name with "the" where the state's form is written ("the
    Russian Federation", "the Kingdom of Thailand"), else its short name ("Hungary", "Sri Lanka")."""
    short = _short_names().get(code, code)
    c = pycountry.countries.get(alpha_2=code)
    for attr in ("official_name", "name") if c else ():
        name = _unflipped(getattr(c, attr, ""))
        m = _FORM.fullmatch(name)
        if m:
            return "the " + (name[: m.start(1)] + _spelling(m.group(1), short) if m.group(1) else name)
    return ("the " if short.startswith("United ") else "") + short


def _spelling(iso: str, short: str) -> str:
    """The everyday spelling of ISO's name for a country where they spell one name ("Viet Nam" -> "Vietnam",
    "Türkiye" -> "Turkey"); ISO's name where the everyday one says more ("Korea", not "South Korea")."""
    return (
        short if not iso.isascii() or iso.replace(" ", "").lower() == short.replace(" ", "").lower() else iso
    )


def _unflipped(name: str) -> str:
    """ISO's inverted names read in order: "Korea, Republic of" -> "Republic of Korea"."""
    head, sep, form = name.partition(", ")
    return f"{form} {head}" if sep and form.endswith(" of") else name


@cache
def _short_names() -> dict[str, str]:
    """The everyday name of each country ("Russia", "Turkey", "Vietnam", "South Korea"); where the data set
    has several entries for one code (the United Kingdom and Wales), the most populous."""
    return {c.iso(2): c.info()["name"] for c in _by_size()}


@cache
def _by_size() -> list[countryinfo.CountryInfo]:
    """The data set's countries with an ISO code, least populous first."""
    return sorted(filter(_iso, countryinfo.all_countries()), key=lambda c: c.info().get("population") or 0)


@cache
def _codes() -> dict[str, str]:
    """Every lower-case name of :func:`country_code`: the names of :func:`_peoples` and the capitals."""
    capitals = {}
    for c in _by_size():
        capital = c.info().get("capital") or []
        capitals.update(
            {n.lower(): c.iso(2) for n in ([capital] if isinstance(capital, str) else capital) if n}
        )
    return capitals | _peoples()


@cache
def _peoples() -> dict[str, str]:
    """Names of countries, ISO's and the everyday ones, then :func:`_demonyms`."""
    codes: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if hasattr(c, attr):
                codes[_unflipped(getattr(c, attr)).lower()] = c.alpha_2
    codes.update({c.info()["name"].lower(): c.iso(2) for c in _by_size()})
    return codes | _demonyms()


@cache
def _demonyms() -> dict[str, str]:
    """The names of countries' peoples (the most populous country where several share one: "Chinese" =
    China, not Macao) and ``patterns/country_aliases.jsonl`` (abbreviations and the demonyms countryinfo
    lacks)."""
    codes = {
        d.strip().lower(): c.iso(2)
        for c in _by_size()
        for d in (c.info().get("demonym") or "").split(",")
        if d.strip()
    }
    return codes | {phrase: code.upper() for phrase, code in lexicon("country_aliases").items()}


def names_a_country(name: str) -> bool:
    """``name`` is a country's own name, ISO's or the everyday one ("Pakistan", "the Kyrgyz Republic"), not
    its people or its capital."""
    key = _key(name)
    return key in _peoples() and key not in _demonyms()


def names_a_people(name: str) -> bool:
    """``name`` names a country's people or abbreviates a country ("Sri Lankan", "Chinese", "P.R. China"),
    never a country, a capital or a place a name may hold ("Sofia", "Jordan", "Hong Kong")."""
    return _key(name) in _demonyms()


def _key(name: str) -> str:
    """A name as the tables hold it: lower-case, one space between words, no leading "the", straight
    apostrophes."""
    return " ".join(re.sub(r"^the\s+", "", name.strip().replace("’", "'"), flags=re.I).lower().split())


def _iso(c: countryinfo.CountryInfo) -> bool:
    """The country has an ISO code (a few territories of the data set have none)."""
    try:
        return bool(c.iso(2))
    except (KeyError, TypeError, ValueError):
        return False
