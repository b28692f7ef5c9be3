"""Cached access to the phrase lexicons under ``patterns/`` (roles, agreement kinds, org heads, ...)."""

from __future__ import annotations

from functools import cache

from extractor.lang.patterns import LexiconEntry, load_named


@cache
def lexicon(name: str) -> dict[str, str]:
    """Map each phrase (lower-cased) of ``patterns/<name>.jsonl`` to its category."""
    return {e.phrase.lower(): e.category for e in load_named(f"{name}.jsonl", LexiconEntry)}


@cache
def words(name: str) -> frozenset[str]:
    """The phrases of a lexicon, as a set (built once)."""
    return frozenset(lexicon(name))


@cache
def words_of(name: str, category: str) -> frozenset[str]:
    """The phrases of a lexicon in one category (``words_of("legal_forms", "legal_suffix")``), built once."""
    return frozenset(p for p, c in lexicon(name).items() if c == category)


@cache
def unit_categories(name: str) -> dict[str, tuple[str, str]]:
    """Each phrase of a lexicon with an ``of_unit`` category: phrase -> (its category, the unit's)."""
    return {
        e.phrase.lower(): (e.category, e.of_unit)
        for e in load_named(f"{name}.jsonl", LexiconEntry)
        if e.of_unit
    }


@cache
def staff_titles(name: str) -> frozenset[str]:
    """The phrases of a lexicon marked ``staff``: posts on an institution's own staff ("lecturer")."""
    return frozenset(e.phrase.lower() for e in load_named(f"{name}.jsonl", LexiconEntry) if e.staff)


def ruler_patterns(
    name: str, *, label: str | None = None, plurals: bool = False, of_head: bool = False
) -> list[dict]:
    """SpanRuler phrase patterns for a lexicon: label = category (or ``label``), id = lexicon:phrase;
    with ``plurals`` also the plural of each phrase ("rectors", "deputy directors") whose entry allows it
    ("leaders" is no title), with ``of_head`` made at the word before "of" ("letters of intent"); a phrase
    with an apostrophe also with the typographic one ("chargé d’affaires")."""
    forms = lambda p: (p, *_plural_forms(name, of_head).get(p, ())) if plurals else (p,)  # noqa: E731
    return [
        {"label": label or cat, "pattern": written, "id": f"{name}:{phrase}"}
        for phrase, cat in lexicon(name).items()
        for form in forms(phrase)
        for written in dict.fromkeys((form, form.replace("'", "\u2019")))
    ]


@cache
def _plural_forms(name: str, of_head: bool) -> dict[str, tuple[str, ...]]:
    """Each phrase of a lexicon whose entry allows a plural, with its plural."""
    singular_only = {e.phrase.lower() for e in load_named(f"{name}.jsonl", LexiconEntry) if not e.plural}
    made = head_plural if of_head else plural
    return {p: (made(p),) for p in lexicon(name) if p not in singular_only}


def head_plural(phrase: str) -> str:
    """A document's name made plural at its head noun: "letter of intent" -> "letters of intent", "joint
    declaration" -> "joint declarations", "MoU" -> "MoUs"."""
    head, of, rest = phrase.partition(" of ")
    return plural(head) + of + rest


@cache
def document_kinds() -> dict[str, str]:
    """The kinds of ``patterns/agreements.jsonl`` by phrase, plurals included ("memorandums of understanding"
    -> memorandum, "letters of intent" -> letter of intent): the one place the find and normalise stages read
    document words from."""
    kinds = dict(lexicon("agreements"))
    for phrase, forms in _plural_forms("agreements", True).items():
        for form in forms:
            kinds.setdefault(form, kinds[phrase])
    return kinds


@cache
def document_words() -> frozenset[str]:
    """The phrases of :func:`document_kinds`, as a set."""
    return frozenset(document_kinds())


def plural(phrase: str) -> str:
    """English plural of a title's last word: rector -> rectors, secretary -> secretaries, head -> heads,
    chairman -> chairmen."""
    if phrase.endswith("man"):
        return phrase[:-3] + "men"
    if phrase.endswith(("s", "x", "ch", "sh")):
        return phrase + "es"
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    return phrase + "s"


def singular(phrase: str) -> str:
    """The inverse of :func:`plural` for a title's last word."""
    if phrase.endswith("men"):
        return phrase[:-3] + "man"  # "chairmen" (never a title's own ending)
    if phrase.endswith("ies"):
        return phrase[:-3] + "y"
    if phrase.endswith(("sses", "xes", "ches", "shes")):
        return phrase[:-2]
    return phrase[:-1] if phrase.endswith("s") and not phrase.endswith("ss") else phrase


# parts of hyphened titles that are no titles alone: joining words ("editor-in-chief") and prefixes
# ("co-chair", "pro-rector", "under-secretary", "president-elect"); "general" stays ("Consul General")
_TITLE_JOINERS = frozenset({"in", "of", "at", "on", "to", "and", "the", "for", "co", "pro", "under", "elect"})


@cache
def title_words() -> frozenset[str]:
    """Words that are role titles by themselves ("rector", "vice-rector", "director") plus "deputy"/"vice":
    they never belong to a name or an organisation's name."""
    single = {p for p in lexicon("roles") if " " not in p}
    parts = {w for p in single for w in p.split("-") if w not in _TITLE_JOINERS}
    return frozenset(single | parts | {"deputy", "vice", "acting"}) - {
        "partner",
        "member",
        "assistant",
        "editor",
        "teacher",
        "founder",
    }
