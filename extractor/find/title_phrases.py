"""A title whose office is spelt out before the name: "the Ambassador of China in Cairo Song Aiguo", "Director
of the Russian Center for Science & Culture in Dhaka Maxim Dobrokhotov", "Vice-Rector for Science, Innovation
and International Relations Umarjonov AA". The last tie rule: it reads only titles no other rule tied."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extractor.find.role_lists import RoleContext, same_sentence
from extractor.find.tie_cues import Tie, TieChoice
from extractor.find.tie_gaps import dotted_abbreviations
from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import POSSESSIVE

_OPENERS = frozenset({"of", "at", "in", "to", "for", "on", "from"})
_LINKS = _OPENERS | {"the", "&", "-", "–", "(", ")"} | POSSESSIVE
_REACH = 24  # tokens: the longest office phrase read ("of the Egyptian Association of the Arab Union of ...")
_LOWER_WORDS = 2  # lower-case words an office phrase may hold ("the University's public relations")


@rule("role.tie.title_phrase_name")
def title_phrase_name(t: Tie) -> TieChoice | None:
    """Rule ``role.tie.title_phrase_name``: "the Ambassador of China in Cairo Song Aiguo", "Rector of Turin
    Polytechnic University in Tashkent, DSc. Jamshid Inoyatkhodjaev": a title, the phrase that names its
    office (prepositions, organisations, places and capitalised words, at most two lower-case words, a comma
    only before a capitalised word or the name, no verb, title or line end), honorifics, then the name."""
    doc, role, ctx = t.doc, t.role, t.ctx
    if t.before and t.gap_before() in ([","], [",", "the"]):  # "A, Director of X, B": the title is A's
        return None
    after = [p for p in ctx.after(role.end + 1, _REACH) if same_sentence(doc, role.start, p.start)][:1]
    if not after:
        return None
    end = _before_honorifics(doc, role.end, after[0].start)
    gap = doc[role.end : end]
    if len(gap) < 2 or gap[0].lower_ not in _OPENERS and gap[0].i not in ctx.org_tokens:
        return None
    lower = [tok for tok in gap if tok.is_lower and tok.lower_ not in _LINKS and tok.i not in ctx.org_tokens]
    if len(lower) > _LOWER_WORDS or not all(_office_word(tok, end, ctx) for tok in gap):
        return None
    return after[0], "role.tie.title_phrase_name"


def _before_honorifics(doc: Doc, start: int, end: int) -> int:
    """Where the honorifics and degrees right before a name begin ("..., DSc. Jamshid", "Mr. Gen X")."""
    before_name = words("honorifics") | words("degrees")
    dotted = dotted_abbreviations(doc, start, end)
    while end > start:
        tok = doc[end - 1]
        stop = tok.text == "." and end - 2 >= start and doc[end - 2].lower_ in before_name  # "DSc. Name"
        if not (stop or tok.lower_ in before_name or end - 1 in dotted):
            break
        end -= 2 if stop else 1
    return end


def _office_word(tok: Token, end: int, ctx: RoleContext) -> bool:
    """A word that can stand in a title's office phrase ending at token ``end``."""
    doc, i = tok.doc, tok.i
    if i in ctx.org_tokens:
        return "\n" not in tok.whitespace_ or i + 1 in ctx.org_tokens  # a line end only inside a name
    if "\n" in tok.whitespace_ or i in ctx.context or tok.tag_.startswith("VB"):
        return False
    if tok.text == ",":
        return i + 1 == end or doc[i + 1].is_title or doc[i + 1].is_upper
    if tok.lower_ == "and":  # inside a name: "for Science, Innovation and International Relations"
        return i + 1 < end and doc[i + 1].is_title and (doc[i - 1].is_title or doc[i - 1].is_upper)
    return tok.lower_ in _LINKS or tok.is_title or tok.is_upper or tok.is_lower and tok.tag_ in _NOUNISH


_NOUNISH = frozenset({"NN", "NNS", "JJ", "HYPH"})
