"""Ties across line breaks: a name on a line of its own and its title on the next line, as speech salutations,
contact and signature blocks and lists of guests print them."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.find.role_lists import RoleContext
from extractor.find.role_words import HONORIFIC_GAP
from extractor.find.tie_cues import Tie, TieChoice
from extractor.lang.rules import rule


@rule("role.tie.name_line")
def name_line(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.name_line``: "Mr. Shiraz Abdullaev\\nFirst Secretary of the Embassy of ...": a name
    alone on its line (honorifics before it) owns the title that opens the next line (a few capitalised words
    may open it: "Public Relations Director"), in a block that opens with a name; never a title whose own line
    names a person, nor in a block of titles each printed above its name ("Rector\\nIvan Petrov\\nVice-Rector
    \\nAnna Smirnova": the vice-rector is Anna Smirnova, not Ivan Petrov)."""
    doc, role = t.doc, t.role
    start = _opens_line(doc, role.start)
    if start is None or start == 0 or not _modifiers(doc[start : role.start]) or _names_own(doc, role, t.ctx):
        return None
    person = _name_line(doc, _line_start(doc, _prev_end(doc, start)), _prev_end(doc, start), t.ctx)
    if person is None or _title_first_block(doc, person.start, t.ctx):
        return None
    return person, "role.tie.name_line"


def _opens_line(doc: Doc, i: int) -> int | None:
    """The start of the line when token i is among its first four words (a title line), else None; read
    back four tokens at most, so a title inside a paragraph costs no walk over its line."""
    k = i
    while k > 0 and i - k < 4 and not _breaks(doc[k - 1]):
        k -= 1
    return _line_start(doc, k) if k == 0 or _breaks(doc[k - 1]) else None


def _modifiers(lead: Span) -> bool:
    """What may open a title line before the title: a few capitalised words ("Public Relations Director")."""
    return len(lead) <= 3 and all(x.is_alpha and x.is_title or x.text == "&" for x in lead)


def _names_own(doc: Doc, role: Span, ctx: RoleContext) -> bool:
    """The title's line names a person of its own ("Vice President of X, Zi-Jiang Chen, led ...")."""
    end = role.end
    while end < len(doc) and not _breaks(doc[end - 1]):
        end += 1
    return bool(ctx.after(role.end, end - role.end))


def _prev_end(doc: Doc, start: int) -> int:
    """The end of the last word before token ``start`` (line-break tokens skipped)."""
    i = start
    while i > 0 and doc[i - 1].is_space:
        i -= 1
    return i


def _line_start(doc: Doc, i: int) -> int:
    """The first token of the line holding token i."""
    while i > 0 and not _breaks(doc[i - 1]):
        i -= 1
    while i < len(doc) - 1 and doc[i].is_space:
        i += 1
    return i


def _breaks(token: Token) -> bool:
    """A line break in the token or right after it."""
    return "\n" in token.text or "\n" in token.whitespace_


def _name_line(doc: Doc, start: int, end: int, ctx: RoleContext) -> Span | None:
    """The person that fills the line of tokens start..end, honorifics before it, or None."""
    people = ctx.before(end, 2)
    if not people or start >= end:
        return None
    p = people[-1]
    lead = doc[start : p.start]
    tail = doc[p.end : end]
    honorifics = all(x.lower_ in HONORIFIC_GAP or x.text == "." for x in lead)
    return p if p.start >= start and honorifics and all(x.text in ",." for x in tail) else None


def _title_first_block(doc: Doc, name_start: int, ctx: RoleContext) -> bool:
    """The name line is the second line of a run of title and name lines that opens with a title."""
    line = _line_start(doc, name_start)
    while line > 0:
        title_line = _line_start(doc, _prev_end(doc, line))
        if title_line == line or title_line not in ctx.role_at_start:
            return False
        if title_line == 0:
            return True
        above = _line_start(doc, _prev_end(doc, title_line))
        if _name_line(doc, above, _prev_end(doc, title_line), ctx) is None:
            return True
        line = above
    return False
