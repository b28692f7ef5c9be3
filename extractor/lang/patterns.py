"""Schemas and loaders for the JSONL rule files under ``patterns/``; errors name file and line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extractor.lang.resources import extra_pattern_files, pattern_file


class PatternError(ValueError):
    """A rule file line that does not parse or does not fit its schema."""


class RulePattern(BaseModel):
    """One spaCy SpanRuler line: a phrase (str) or token pattern (list of dicts)."""

    model_config = ConfigDict(extra="forbid")

    label: str
    pattern: str | list[dict[str, Any]]
    id: str = Field(min_length=1)


class LexiconEntry(BaseModel):
    """A phrase with the category it maps to (role titles, agreement kinds, org heads)."""

    model_config = ConfigDict(extra="forbid")

    phrase: str = Field(min_length=1)
    category: str = Field(min_length=1)
    plural: bool = Field(default=True, description="a title whose plural is also one ('leaders' is not)")
    of_unit: str | None = Field(
        default=None,
        description="the category a title takes when its organisation is a unit of a larger one ('Principal, "
        "College of Health Sciences' of a university: head)",
    )
    staff: bool = Field(
        default=False,
        description="a post on an institution's own staff ('lecturer', 'registrar'): the release's own "
        "organisation's when the text names none",
    )
    note: str | None = None


class RegexCue(BaseModel):
    """A regular expression with a name and a priority (publication-date cues)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    regex: str
    priority: int = 0
    max_offset: int | None = Field(default=None, description="only matches starting before this offset")
    note: str | None = None


class FoldRule(BaseModel):
    """One transliteration choice undone in a name word (``patterns/transliteration.jsonl``)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    regex: str
    replace: str
    example: str = Field(min_length=1, description="what the rule does, e.g. 'victor -> viktor'")


M = TypeVar("M", bound=BaseModel)


def load_jsonl(path: Path, model: type[M]) -> list[M]:
    """Parse every non-blank line of ``path`` into ``model``; raise PatternError naming file:line."""
    items: list[M] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                items.append(model.model_validate(json.loads(line)))
            except json.JSONDecodeError as err:
                raise PatternError(f"{path}:{lineno}: invalid JSON: {err.msg}") from None
            except ValidationError as err:
                first = err.errors()[0]
                loc = ".".join(str(p) for p in first["loc"]) or "(line)"
                raise PatternError(f"{path}:{lineno}: {loc}: {first['msg']}") from None
    return items


def load_named(name: str, model: type[M]) -> list[M]:
    """Load ``patterns/<name>`` with the given schema, then the analyst's own file of that name
    (``--patterns DIR``), whose lines add to the built-in ones."""
    return [
        item for path in (pattern_file(name), *extra_pattern_files(name)) for item in load_jsonl(path, model)
    ]
