"""Pydantic records mirroring ../shared/spec/format.md: mentions, facts, document records."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, field_validator, model_validator

Label = Literal["ORG", "PERSON", "ROLE", "DATE", "AGREEMENT"]
LABELS: tuple[str, ...] = ("ORG", "PERSON", "ROLE", "DATE", "AGREEMENT")
KEYED_LABELS: tuple[str, ...] = ("ORG", "PERSON")

ROLE_CATEGORIES: frozenset[str] = frozenset(
    {
        "rector",
        "vice-rector",
        "president",
        "vice-president",
        "director",
        "deputy director",
        "head",
        "deputy head",
        "dean",
        "vice-dean",
        "chair",
        "deputy chair",
        "minister",
        "deputy minister",
        "ambassador",
        "consul",
        "governor",
        "mayor",
        "secretary",
        "professor",
        "researcher",
        "other",
    }
)
AGREEMENT_KINDS: frozenset[str] = frozenset(
    {"agreement", "memorandum", "letter of intent", "contract", "roadmap", "protocol", "declaration"}
)
# TIMEX3-style value vocabulary of format.md (also used to validate dates).
DATE_VALUE_PATTERN = (
    r"^(?:\d{4}|XXXX)(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|SP|SU|FA|WI))?"
    r"(?:/(?:\d{4}|XXXX)(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|SP|SU|FA|WI))?)?$"
)


class Mention(BaseModel):
    """One flat span of the raw text with its label and normalised value."""

    model_config = ConfigDict(extra="ignore")

    start: StrictInt = Field(ge=0)  # strict: JSON true is no offset 1, "5" no offset 5
    end: StrictInt = Field(gt=0)
    label: Label
    text: str
    norm: str | None = None
    source: str | None = Field(default=None, description="model or rule id that produced it")

    @model_validator(mode="after")
    def _ordered(self) -> Mention:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be greater than start ({self.start})")
        return self


class Discard(BaseModel):
    """A candidate span that did not become a mention: who proposed it and which rule rejected it."""

    model_config = ConfigDict(extra="ignore")

    start: StrictInt = Field(ge=0)
    end: StrictInt = Field(gt=0)
    label: Label
    text: str
    source: str | None = Field(default=None, description="rule or model that proposed the span")
    rule: str = Field(description="id of the rule that rejected it")


class RoleFact(BaseModel):
    """A person holds (or held) a role, optionally at a named organisation."""

    model_config = ConfigDict(extra="ignore")

    type: Literal["role"] = "role"
    person: str
    role: str
    title: str | None = None
    org: str | None = None
    start: StrictInt | None = Field(default=None, description="evidence sentence start")
    end: StrictInt | None = Field(default=None, description="evidence sentence end")
    evidence: str | None = Field(default=None, description="the sentence that states the fact")
    rule: str | None = Field(default=None, description="id of the rule that chose the organisation")
    tie_rule: str | None = Field(default=None, description="id of the rule that tied the title to the person")

    @field_validator("role")
    @classmethod
    def _known_role(cls, v: str) -> str:
        if v not in ROLE_CATEGORIES:
            raise ValueError(f"unknown role category {v!r}")
        return v


class AgreementFact(BaseModel):
    """A concrete agreement between named parties."""

    model_config = ConfigDict(extra="ignore")

    type: Literal["agreement"] = "agreement"
    kind: str
    status: Literal["signed", "planned"] = "signed"
    parties: list[str] = Field(min_length=1)
    date: str | None = None
    signatories: list[str] = Field(default_factory=list)
    start: StrictInt | None = Field(default=None, description="evidence sentence start")
    end: StrictInt | None = Field(default=None, description="evidence sentence end")
    evidence: str | None = Field(default=None, description="the sentence that states the fact")
    rule: str | None = Field(default=None, description="id of the rule that made the fact")
    party_rule: str | None = Field(default=None, description="id of the rule that chose the parties")

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, v: str) -> str:
        if v not in AGREEMENT_KINDS:
            raise ValueError(f"unknown agreement kind {v!r}")
        return v


Fact = Annotated[RoleFact | AgreementFact, Field(discriminator="type")]
# Where a record's publication date came from: found in the text by the pipeline, given with the input,
# or (a web page whose text states none) read from the page's metadata.
PublishedSource = Literal["text", "input", "html-metadata"]
_INPUT_PROVENANCE = ("published_source", "source_format", "encoding")  # left out of JSON when unset


class DocumentRecord(BaseModel):
    """Everything extracted from (or annotated in) one document."""

    model_config = ConfigDict(extra="ignore")

    doc_id: str
    text_sha256: str | None = None
    published: str | None = None
    published_source: PublishedSource | None = Field(
        default=None,
        description="where `published` came from (set for web pages): text, input, html-metadata",
    )
    source_format: Literal["html"] | None = Field(
        default=None, description="`html` when the input was a web page (offsets index its extracted text)"
    )
    encoding: str | None = Field(default=None, description="the input's encoding, when it was not UTF-8")
    mentions: list[Mention] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    discarded: list[Discard] = Field(default_factory=list, description="rejected candidates, with the rule")

    def to_json_dict(self) -> dict:
        """Plain JSON-ready dict; optional provenance fields are left out when empty."""
        data = _drop_none(self.model_dump(mode="json"), _INPUT_PROVENANCE)
        for m in data["mentions"]:
            _drop_none(m, ("source",))
        if not data["discarded"]:
            data.pop("discarded")
        for d in data.get("discarded", []):
            _drop_none(d, ("source",))
        for f in data["facts"]:
            _drop_none(f, ("start", "end", "evidence", "rule", "party_rule", "tie_rule"))
        return data


def _drop_none(data: dict, keys: tuple[str, ...]) -> dict:
    """``data`` without those of ``keys`` whose value is None (changed in place and returned)."""
    for k in keys:
        if data.get(k) is None:
            data.pop(k, None)
    return data
