"""What the role-organisation rules of ``facts/role_org.py`` read (:class:`TitleContext`) and return
(:data:`OrgChoice`)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

OrgChoice = tuple[str | None, int, str]  # organisation key (None: no organisation), strength, rule id


@dataclass(frozen=True)
class TitleContext:
    """What the role-organisation rules read: the title, its person, the document's organisations, home."""

    role: Span
    person: Span | None
    orgs: list[Span]
    home: str | None

    @property
    def doc(self) -> Doc:
        return self.role.doc

    def word_before(self) -> str:
        return self.doc[self.role.start - 1].lower_ if self.role.start > 0 else ""
