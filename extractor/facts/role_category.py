"""A role fact's category when its organisation changes it: the head of a college inside a university."""

from __future__ import annotations

from extractor.facts.signatories import field_unit
from extractor.lang.lexicons import unit_categories
from extractor.lang.rules import rule
from extractor.models import RoleFact
from extractor.normalise.org_parents import parent_in_name
from extractor.normalise.org_text import head_noun

_ID = "role.category.of_unit"


@rule(_ID)
def of_unit(fact: RoleFact) -> RoleFact:
    """Rule ``role.category.of_unit``: a title whose entry in ``patterns/roles.jsonl`` names a category for a
    unit (``of_unit``) takes it when the fact's organisation is a unit of a larger one ("Prof. Nelson
    Sewankambo, Principal, College of Health Sciences" of Makerere University: head; "Vice Principal of the
    School of International Education" of a university: deputy head); "Principal of Khwopa College of
    Engineering" stays a rector. The rule's id is added to the fact's ``rule``."""
    entry = _entry(fact.title or "")
    if entry is None or entry[0] != fact.role or fact.org is None or not _unit_of_another(fact.org):
        return fact
    return fact.model_copy(update={"role": entry[1], "rule": f"{fact.rule}+{_ID}"})


def _entry(title: str) -> tuple[str, str] | None:
    """The (category, unit category) of the longest ``of_unit`` phrase the title holds as whole words."""
    words_ = f" {' '.join(title.lower().replace('–', '-').split())} "
    found = [p for p in unit_categories("roles") if f" {p} " in words_]
    return unit_categories("roles")[max(found, key=len)] if found else None


def _unit_of_another(key: str) -> bool:
    """The organisation is a unit: named by its field ("College of Health Sciences"), or its name ends in a
    parent with a head noun of another kind ("School of International Education of Beijing Foreign Studies
    University"), not a name of one kind ("University of Law, Hue University")."""
    parent = parent_in_name(key)
    return field_unit(key) or parent is not None and head_noun(parent) != head_noun(key)
