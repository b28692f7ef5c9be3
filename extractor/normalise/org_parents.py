"""Units and their parents: "Faculty of X of Y University" belongs to Y; a unit named in front of its parent;
units of a parent named before."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.lang.countries import names_a_country, names_a_people
from extractor.lang.lexicons import words, words_of
from extractor.lang.registry import OrgRegistry
from extractor.lang.tokens import text_of
from extractor.normalise.org_text import acronym, display_key, head_noun, name_heads, reordered_acronym


def _head_end(name: tuple[str, ...]) -> int:
    """Length of a name without its legal suffixes."""
    end = len(name)
    while end > 1 and name[end - 1] in _LEGAL:
        end -= 1
    return end


def _head_word(name: tuple[str, ...]) -> str:
    """The last word of a name before any legal suffix ("Lawrence Group Inc." -> "group")."""
    end = _head_end(name)
    return name[end - 1] if end else ""


NAMED_AFTER = re.compile(r"(?<!\s)\s+(?:named\s+after|n\.\s*a\.)\s+", re.I)
# where a body's own name ends: its honoree or the office it is attached to ("... Center under the Cabinet")
OWN_NAME_END = re.compile(r"(?<!\s)\s+(?:named\s+after|n\.\s*a\.|under)\s+", re.I)


_LEGAL = frozenset(
    {
        "inc",
        "inc.",
        "co",
        "co.",
        "corp",
        "corp.",
        "ltd",
        "ltd.",
        "llc",
        "jsc",
        "pjsc",
        "plc",
        "ag",
        "gmbh",
        "sa",
        "s.a.",
    }
)


def parent_in_name(key: str) -> str | None:
    """The parent organisation a unit's name ends with: "Research Center of Tashkent State University of
    Economics" -> "Tashkent State University of Economics" (the first "of" after which a name with its own
    head noun begins), or None."""
    heads = words("org_heads")
    parts = re.split(r"(?<!\s)\s+(?:of|at)\s+(?:the\s+)?", key)
    for i in range(1, len(parts)):
        if any(w.lower() in heads for w in parts[i].split()) and parts[i][:1].isupper():
            return " of ".join(parts[i:]) if i < len(parts) - 1 else parts[i]
    return None


def _unit_of(name: str, parent: str) -> bool:
    """``name`` is a unit of ``parent`` ("Research Center of Tashkent State University of Economics"): the
    parent's own mentions never take the unit's key."""
    return name.lower().endswith(
        (
            f" of {parent.lower()}",
            f" of the {parent.lower()}",
            f" at {parent.lower()}",
            f" at the {parent.lower()}",
        )
    )


def _abbreviates(short: str, name: str) -> bool:
    """``short`` is the acronym of ``name``, also with its letters in another order, as acronyms made from
    the name in the original language often are (TSEU for "Tashkent State University of Economics"), or
    without the honoree's name in front (TSUULL for "Alisher Navo'i Tashkent State University of the Uzbek
    Language and Literature")."""
    if not short.isupper() or len(short) < 2:
        return False
    acr = acronym(name)
    return (
        acr == short
        or acronym(name, whole_caps=True) == short
        or acr[:1] == short[:1]
        and reordered_acronym(short, name)
        or len(short) >= 4
        and acr.endswith(short)
        and len(acr) - len(short) <= 2
    )


def _parent_in_front(name: str) -> tuple[str, str] | None:
    """("RUC", "School of International Studies") for "RUC’s School of International Studies": a first word
    spelt like an acronym (two capitals at least), then a capitalised rest."""
    first, _, rest = name.removeprefix("the ").partition(" ")
    if first.endswith(("'s", "’s")):
        first = first[:-2]
    if first.isalpha() and first[0].isupper() and sum(c.isupper() for c in first) >= 2 and rest[:1].isupper():
        return first, rest
    return None


def _units_of_named_parent(spans: list[Span], keys: list[str], registry: OrgRegistry) -> list[str]:
    """Rule ``org.key.parent_in_front``: a unit written after its parent's acronym is keyed as the unit of the
    parent ("RUC’s School of International Studies", "SPbPU International Relations Office" -> "International
    Relations Office of Peter the Great St. Petersburg Polytechnic University"), when the acronym is a
    registered institution (not an international body: "ASEAN Institute of ...") or names an organisation of
    the document, and the rest has a head noun. Short forms keyed to the written name follow."""
    named = {display_key(text_of(sp)): k for sp, k in zip(spans, keys)}
    heads = words("org_heads") | words("unit_heads")
    renamed: dict[str, str] = {}
    for sp, k in zip(spans, keys):
        key = display_key(text_of(sp))
        parts = _parent_in_front(key)
        if parts is None or k != key or not any(w.lower() in heads for w in parts[1].split()):
            continue
        acronym_, unit = parts
        entry = registry.lookup(acronym_)
        parent = (entry.id if entry.type != "international" else None) if entry else named.get(acronym_)
        if parent and parent not in (acronym_, k) and not parent.endswith(unit):
            renamed[k] = f"{unit} of {parent}"
    return [renamed.get(k, k) for k in keys]


_PARENT_HEADS = frozenset({"academy", "university"})
_SIGNING_UNITS = frozenset({"institute", "branch", "centre", "center", "laboratory", "faculty", "department"})


def parents_after_comma(spans: list[Span], keys: list[str], registry: OrgRegistry) -> list[str]:
    """Rule ``org.key.parent_after_comma``: "the Institute of Archaeology, Chinese Academy of Social Sciences
    (IA CASS)": a unit with no parent in its name, followed by a comma and an academy or university that no
    further organisation follows in a list ("X, Y and Z"), is that parent's unit: keyed "Institute of
    Archaeology of the Chinese Academy of Social Sciences" (the parent stays a mention of its own). A
    registered organisation or one written as an acronym is an institution of its own ("MAI, Beihang
    University"). A college, school or office, or a unit of a university named head first ("Dean of the
    College of Tourism, Universiti Kebangsaan Malaysia"), is keyed so only where it is written with the
    parent: two universities' colleges of one name often meet in one release."""
    renamed: dict[str, str] = {}
    here: dict[int, str] = {}
    for i in range(len(spans) - 1):
        unit, parent = keys[i], keys[i + 1]
        if _unit_then_parent(spans, i, unit, parent, registry):
            key = f"{unit} of {_the(parent)}{parent}"
            if head_noun(unit) in _SIGNING_UNITS and head_noun(parent) in _PARENT_HEADS:
                renamed[unit] = key
            else:
                here[i] = key
    return [here.get(i, renamed.get(k, k)) for i, k in enumerate(keys)]


def _unit_then_parent(spans: list[Span], i: int, unit: str, parent: str, registry: OrgRegistry) -> bool:
    """Span ``i`` is a unit set off by a comma before its parent, span ``i + 1`` (not the next of a list)."""
    a, b, doc = spans[i], spans[i + 1], spans[i].doc
    if b.start != a.end + 1 or doc[a.end].text != "," or parent_in_name(unit) or unit == parent:
        return False
    if registry.get(unit) is not None or text_of(a).isupper():
        return False
    if not _unit_head(head_noun(unit)) or not _institution(parent):
        return False
    nxt = spans[i + 2] if i + 2 < len(spans) else None
    listed = b.end < len(doc) and doc[b.end].lower_ in (",", "and")
    return not (nxt is not None and listed and nxt.start <= b.end + 2)  # "X, Tsinghua University and Y"


_AT_PARENT_HEADS = _PARENT_HEADS | {"institute", "college"}


def _institution(parent: str) -> bool:
    """An academy or a university, its head noun written last or first ("Universiti Kebangsaan Malaysia")."""
    first = parent.split()[0].lower() if parent.split() else ""
    return head_noun(parent) in _PARENT_HEADS or first in words_of("org_heads", "org_head_first")


def parents_after_at(spans: list[Span], keys: list[str]) -> list[str]:
    """Rule ``org.key.parent_after_at``: "the School of Law at Xiamen University": a unit (an institute,
    centre, faculty, school, office ... with no parent in its name) written "at" an academy, university,
    institute or college is keyed as that parent's unit, as a unit named with its parent is: "School of Law
    of Xiamen University" (the parent stays a mention of its own), so that units of one name in different
    releases keep apart; a centre another state or body runs there keeps "at" ("Confucius Institute at the
    University of Brasília", "Kazakhstan Center at Ca' Foscari University of Venice"). A unit written at
    two parents in one release keeps its own key."""
    doc = spans[0].doc if spans else None
    parents: dict[str, set[str]] = {}
    for i, (a, b) in enumerate(zip(spans, spans[1:])):
        unit, parent = keys[i], keys[i + 1]
        between = [t.lower_ for t in doc[a.end : b.start]] if doc is not None else []
        if between not in (["at"], ["at", "the"]) or parent_in_name(unit) or parent in unit:
            continue
        if _unit_head(head_noun(unit)) and head_noun(parent) in _AT_PARENT_HEADS:
            parents.setdefault(unit, set()).add(parent)
    renamed = {u: f"{u} {_joint(u)} {_the(p)}{p}" for u, (p, *more) in parents.items() if not more}
    return [renamed.get(k, k) for k in keys]


def _joint(unit: str) -> str:
    """ "at" for a centre another state or body runs at a university, a Confucius Institute or a centre or
    house named by a country or a people ("Russian Center", "Azerbaijan Innovation Center"); "of" for any
    other unit ("Georgian Language Department of Peking University")."""
    first = unit.split()[0]
    named = names_a_country(first) or names_a_people(first)
    hosted = first == "Confucius" or named and head_noun(unit) in ("center", "centre", "house", "institute")
    return "at" if hosted else "of"


def _unit_head(head: str) -> bool:
    """A unit's head noun: one of ``patterns/unit_heads.jsonl`` or a school, college or institute."""
    return head in words("unit_heads") or head in _SIGNING_UNITS or head in ("school", "college")


def _the(parent: str) -> str:
    """ "the " before a parent named by a nationality or its head noun ("of the Chinese Academy of Sciences",
    "of the University of Ruhuna"), none before a proper name ("of Tsinghua University")."""
    first = parent.split()[0] if parent.split() else ""
    return "the " if first in ("University", "Academy") or first.endswith(("ian", "ese", "ish", "an")) else ""


_QUALIFIER = re.compile(r" (?:of|at) (?:the )?")


def qualified_short_forms(keys: list[str]) -> list[str]:
    """Rule ``org.key.qualified_short_form``: a name the document also writes with its country or its parent
    after "of/at" is that organisation ("Ajou University" = "Ajou University of South Korea", "Heydar
    Aliyev Center" = "Heydar Aliyev Center of Anadolu University", "Confucius Institute" = "Confucius
    Institute at Piura University"), when exactly one such longer name is written and the short one has a
    capitalised word of its own beyond head nouns and generic words ("National University", "Party
    Committee" and acronyms stay apart); never over a field of study ("Tomsk State University" is not
    "Tomsk State University of Control Systems and Radioelectronics")."""
    distinct = set(keys)
    generic = name_heads()
    renamed: dict[str, str] = {}
    for short in distinct:
        if short.isupper() or not any(w[:1].isupper() and w.lower() not in generic for w in short.split()):
            continue  # "CASTTC of the Science and Technology Department": an acronym before its parent
        longer = [k for k in distinct if k.startswith((short + " ", short + ","))]
        if len(longer) == 1 and _qualifier(longer[0][len(short) :]):
            renamed[short] = longer[0]
    return [renamed.get(k, k) for k in keys]


def _qualifier(rest: str) -> bool:
    """ " of South Korea", " of Anadolu University": a place or an organisation with its head noun after
    "of/at"; not a field of study (" of Technology"), not a bare acronym (" of CPPCC": the "Standing
    Committee" of another body may be meant), never "in" a city ("Inha University in Tashkent" is a university
    of its own)."""
    found = _QUALIFIER.match(rest)
    tail = rest[found.end() :] if found else ""
    if not tail:
        return False
    head = head_noun(tail)
    named = head in words("org_heads") or _unit_head(head)
    return named or tail.lower() in words("places")
