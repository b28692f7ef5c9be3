"""The organisation a person acts for, named by a marker around them: "on behalf of X", "X as represented by
the rector Y", "on the side of X" (read by the role-organisation rules)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.lang.sentences import sent_of
from extractor.lang.tokens import POSSESSIVE


def behalf_org(role: Span, person: Span | None, orgs: list[Span]) -> tuple[Span, str] | None:
    """The organisation a person acts for, named by the nearest marker before them in the sentence, and the id
    of the rule that read it:

    - ``role.org.on_behalf_of``: "signed on behalf of the OIC by Amb. Askar Musinov, Assistant
      Secretary-General", "on the part of China by Zhao, Director";
    - ``role.org.represented_by``: "A as represented by the rector X and B as represented by the rector Y";
    - ``role.org.side_of``: "on the MICA's side – Director Anvar Nasirov", "on the side of A, Rector X"."""
    doc, sent = role.doc, sent_of(role)
    first = min(role.start, person.start) if person is not None else role.start
    by_start = {o.start: o for o in orgs}
    by_end = {o.end: o for o in orgs}
    found = None
    for t in doc[max(sent.start, first - 20) : first]:
        hit = _marked_org(t, by_start, by_end)
        if hit is not None:
            found = hit
    return found or _behalf_after(doc, max(role.end, person.end if person is not None else 0), by_start)


def _behalf_after(doc: Doc, i: int, by_start: dict[int, Span]) -> tuple[Span, str] | None:
    """ "signed by Vice Chancellor Prof. Dr. Attaullah Shah on behalf of KIU": the marker right after the
    titled name (a comma between); or later in the sentence after the person's own "signed", no other person
    on the way ("President Zheng Wentang attended the ceremony ... and signed the letter of intent on behalf
    of NCUT")."""
    i += i < len(doc) and doc[i].text == ","
    if [t.lower_ for t in doc[i : i + 3]] != ["on", "behalf", "of"]:
        i = _signed_on_behalf(doc, i)
        if i < 0:
            return None
    j = i + 3 + (i + 3 < len(doc) and doc[i + 3].lower_ == "the")
    return (by_start[j], "role.org.on_behalf_of") if j in by_start else None


def _signed_on_behalf(doc: Doc, i: int) -> int:
    """Where "on behalf of" stands after "signed" later in the sentence of token ``i``, with no other person
    between; -1 when it does not."""
    sent, signed = sent_of(doc[min(i, len(doc) - 1)]), False
    for t in doc[i : sent.end]:
        if t.ent_type_ == "PERSON":
            return -1
        signed = signed or t.lower_ == "signed"
        if signed and [x.lower_ for x in doc[t.i : t.i + 3]] == ["on", "behalf", "of"]:
            return t.i
    return -1


def _marked_org(t: Token, by_start: dict[int, Span], by_end: dict[int, Span]) -> tuple[Span, str] | None:
    """The organisation a marker token names (see ``behalf_org``)."""
    doc, low = t.doc, t.lower_
    nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
    if (
        low in ("behalf", "part", "side")
        and t.i >= 1
        and doc[t.i - 1].lower_ in ("on", "the")
        and nxt == "of"
    ):
        j = t.i + 2 + (t.i + 2 < len(doc) and doc[t.i + 2].lower_ == "the")
        rule = "role.org.side_of" if low == "side" else "role.org.on_behalf_of"
        return (by_start[j], rule) if j in by_start else None
    if low == "side":  # "on the MICA's side", "from the Chinese Academy of Sciences side"
        j = t.i - (t.i >= 1 and doc[t.i - 1].text in POSSESSIVE)
        return (by_end[j], "role.org.side_of") if j in by_end else None
    if low == "represented" and nxt == "by":  # "A (as) represented by the rector X", "A was represented by"
        j = t.i - (t.i >= 1 and doc[t.i - 1].lower_ in ("as", "was", "were", "is", "are"))
        j -= j >= 1 and doc[j - 1].text == ","
        j -= 3 if j >= 3 and doc[j - 1].is_quote and doc[j - 3].is_quote else 0  # 'NTU "KhPI" was ...'
        return (by_end[j], "role.org.represented_by") if j in by_end else None
    return None
