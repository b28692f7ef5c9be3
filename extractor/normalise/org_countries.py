"""One key for an organisation a document names with its country in front and with its country after "of"; a
ministry's key names its country by the formal name."""

from __future__ import annotations

from collections import defaultdict

from extractor.lang.countries import country_code, formal_name, names_a_country, names_a_people
from extractor.lang.lexicons import words
from extractor.lang.registry import OrgRegistry
from extractor.lang.rules import rule
from extractor.lang.textnorm import latin_fold


def country_form(key: str) -> tuple[str, str] | None:
    """(the name without its country, the country's code) of a key that writes its country first ("Belarusian
    National Academy of Sciences", "Uzbek Ministry of Agriculture") or last after "of" ("National Academy of
    Sciences of Belarus", "Ministry of Culture of the Kyrgyz Republic"); None when it names no country so, or
    when what is left holds no institution's head noun.

    >>> country_form("Academy of Sciences of the Republic of Uzbekistan"), country_form("Tashkent University")
    (('academy of sciences', 'UZ'), None)"""
    split = _country_split(latin_fold(key))  # "Việt Nam Academy of ..." as "Viet Nam Academy of ..."
    return (split[0].lower(), split[1]) if split else None


def _country_split(key: str) -> tuple[str, str] | None:
    """(the name without its country, as written; the country's code), for :func:`country_form`."""
    parts = key.split(" of ")
    for i in range(1, len(parts)):
        place = " of ".join(parts[i:])
        if names_a_country(place):
            return _rest(" of ".join(parts[:i]), place)
    words_ = key.split()
    for n in (2, 1):  # "Sri Lanka", "South Korea" before "Uzbek", "Belarusian"
        first = " ".join(words_[:n])
        if len(words_) > n and (names_a_country(first) or names_a_people(first)):
            return _rest(" ".join(words_[n:]), first)
    return None


def _rest(rest: str, place: str) -> tuple[str, str] | None:
    code = country_code(place)
    heads = words("org_heads")
    named = any(w in heads or w.endswith("s") and w[:-1] in heads for w in rest.lower().split())  # "Centres"
    return (rest, code) if code and named else None


@rule("org.key.state_ministry")
def ministry_key(key: str) -> str:
    """Rule ``org.key.state_ministry``: a ministry named with its country, before the name or after "of", is
    keyed by its portfolio and the country's formal name, as a mission is (``org.key.mission``): "Uzbek
    Ministry of Tourism and Sports" and "Ministry of Tourism and Sports of Uzbekistan" -> "Ministry of
    Tourism and Sports of the Republic of Uzbekistan"; a body under a ministry keeps its key.

    >>> ministry_key("Nepalese Ministry of Health and Population"), ministry_key("Ministry of Energy")
    ('Ministry of Health and Population of Nepal', 'Ministry of Energy')"""
    split = _country_split(key)
    if split is None or not split[0].startswith("Ministry of ") or " of the Ministry" in split[0]:
        return key
    return f"{split[0]} of {formal_name(split[1])}"


@rule("org.key.country_form")
def country_forms(keys: list[str], registry: OrgRegistry) -> list[str]:
    """Rule ``org.key.country_form``: the keys of one document that name one organisation with its country
    written first and after "of" ("Belarusian National Academy of Sciences" / "National Academy of Sciences of
    Belarus", "Russian Government" / "Government of the Russian Federation") become one: the registered key,
    else the longest."""
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for k in set(keys):
        if (form := country_form(k)) is not None:
            groups[form].add(k)
    chosen = {}
    for ks in (ks for ks in groups.values() if len(ks) > 1):
        best = max(ks, key=lambda k: (registry.get(k) is not None, len(k), k))
        chosen.update({k: best for k in ks})
    return [k if registry.get(k) else ministry_key(k) for k in (chosen.get(k, k) for k in keys)]
