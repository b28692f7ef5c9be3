"""Find agreement type phrases with their modifiers ("memorandum of strategic cooperation", "10-year MoU")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extractor.lang.lexicons import document_kinds, words
from extractor.lang.rules import rule
from extractor.lang.tokens import column, hashes, is_name_word, lower_in

# words that end a document's name after "of" ("memorandum of understanding"), and those that may sit inside
_TAIL_HEADS = frozenset(
    {"cooperation", "understanding", "partnership", "collaboration", "intent", "intention", "interest"}
    | {"friendship"}
)
_OF_TAILS = _TAIL_HEADS | frozenset(
    {
        "strategic",
        "comprehensive",
        "scientific",
        "academic",
        "technical",
        "mutual",
        "and",
        "scientific-technical",
        "educational",
        "research",
        "bilateral",
    }
)
_DURATION = re.compile(r"^\d+-(?:year|years)$")
_CONSENSUS = frozenset({"in", "reached", "reach", "mutual", "obtained", "obtain"})
# "... and come to an agreement"; "by written agreement" ("signed a written agreement" names a document)
_CONSENSUS_PAIRS = frozenset({("come", "to"), ("came", "to"), ("comes", "to"), ("by", "written")})
_NOT_MODIFIER = frozenset(
    {
        "sign",
        "signs",
        "signed",
        "signing",
        "conclude",
        "concludes",
        "to",
        "will",
        "new",
        "first",
        "second",
        "other",
        "such",
        "same",
        "this",
        "that",
        "these",
        "those",
        "two",
        "several",
        "many",
        "more",
        "one",
        "its",
        "their",
        "our",
        "the",
        "a",
        "an",
    }
)


def _modifier(t) -> bool:
    """A word that belongs to the agreement's type phrase: a known modifier, an adjective, a noun compound."""
    return (
        t.lower_ in words("agreement_modifiers")
        or bool(_DURATION.match(t.lower_))
        or t.tag_ in ("JJ", "JJR", "JJS")
        and t.is_lower
        or t.dep_ == "compound"
        and t.tag_ in ("NN", "NNS")
        and t.is_alpha
        and (t.is_lower or t.is_title)
    )


def _left(doc: Doc, start: int) -> int:
    while start > 0:
        t = doc[start - 1]
        if "\n" in t.whitespace_ or t.lower_ in _NOT_MODIFIER:
            break
        if _modifier(t):
            start -= 1
            continue
        if t.lower_ == "and" and start >= 2 and _modifier(doc[start - 2]) and start < len(doc):
            start -= 2
            continue
        if (
            t.text in {"-", "–"}
            and not t.whitespace_
            and start >= 2
            and not doc[start - 2].whitespace_
            and doc[start - 2].is_alpha
        ):
            start -= 2
            continue
        if (
            t.text in {"-", "–"}
            and start >= 3
            and doc[start - 2].lower_ in {"year", "years"}
            and doc[start - 3].like_num
        ):
            start -= 3
            continue
        break
    return start


def _right(doc: Doc, end: int) -> int:
    if (
        end < len(doc)
        and doc[end].lower_ == "and"
        and doc[end - 1].lower_ in _TAIL_HEADS
        and end + 1 < len(doc)
        and doc[end + 1].lower_ in _TAIL_HEADS
    ):
        return end + 2
    if end >= len(doc) or doc[end].lower_ not in {"of", "on"}:
        return end
    j, best = end + 1, end
    while j < len(doc) and doc[j].lower_ in _OF_TAILS and "\n" not in doc[j - 1].whitespace_:
        if doc[j].lower_ in _TAIL_HEADS:
            best = j + 1
        j += 1
    return best


def _reached(doc: Doc, end: int) -> bool:
    """ "The agreement was reached / has been reached": a consensus, not a document."""
    after = [t.lower_ for t in doc[end : end + 3]]
    return bool(after) and after[0] in ("was", "is", "has", "had", "were") and "reached" in after[1:]


def _reached_before(doc: Doc, start: int) -> bool:
    """ "reached an agreement", "reached a cooperation agreement", "came to a preliminary agreement",
    "obtained his agreement", "by written agreement": a consensus verb before the word, over an article, a
    possessive and up to two modifiers; "mutual" right before a bare
    "agreement" ("by mutual agreement"), never in a document's name ("a mutual cooperation agreement")."""
    for k in range(start - 1, max(-1, start - 4), -1):
        if doc[k].lower_ == "mutual":
            # "by mutual agreement" is a consensus; "a mutual cooperation agreement was signed" a document
            return k == start - 1 and (k == 0 or doc[k - 1].tag_ != "DT")
        if k > 0 and (doc[k - 1].lower_, doc[k].lower_) in _CONSENSUS_PAIRS:
            return True
        if doc[k].lower_ in _CONSENSUS:
            # "in (full) agreement with" is a consensus; "in the framework agreement" names a document
            return doc[k].lower_ != "in" or all(t.tag_ != "DT" for t in doc[k + 1 : start])
        if not (doc[k].tag_ in ("DT", "JJ", "NN", "PRP$") and doc[k].is_lower):
            return False
    return False


def agreement_candidates(doc: Doc, key: str = "agreement_cues") -> list[Span]:
    """Agreement cues widened by modifiers; 'agreement' meaning consensus is left out."""
    out = []
    lex = document_kinds()
    for cue in doc.spans.get(key, []):
        if cue[-1].lower_ in ("agreement", "agreements") and (
            _reached_before(doc, cue.start) or _reached(doc, cue.end)
        ):
            continue  # rule agreement.reject.consensus: "reached an agreement", "The agreement was reached"
        if cue.text.lower() == "deal" and (
            cue.start == 0
            or doc[cue.start - 1].lower_ not in {"the", "this", "a"}
            or cue.start > 1
            and doc[cue.start - 2].lower_ in {"great", "good"}
        ):
            continue  # "a great deal of", "deal with": only "the/this/a deal" names an agreement
        if cue.text.lower() not in lex:
            continue
        if cue.end < len(doc) and doc[cue.end].lower_ == "basis":
            continue  # rule agreement.reject.basis: "enrolled on a contract basis" names no document
        if _title_case_name(doc, cue) or _programme(doc, cue):
            continue
        s, e = _left(doc, cue.start), _right(doc, cue.end)
        out.append(Span(doc, s, e, label="AGREEMENT", span_id=f"agreement:{lex[cue.text.lower()]}"))
    out = _coordinated_documents(doc, out)
    return out + _short_forms(doc, out)


@rule("agreement.span.coordinated_documents")
def _coordinated_documents(doc: Doc, found: list[Span]) -> list[Span]:
    """Rule ``agreement.span.coordinated_documents``: "memorandum of understanding on cooperation and
    university-level student exchange agreement" names two documents: a name whose modifiers reach back over
    "and" into the "on/of ..." of the document before it starts after that "and"."""
    out = sorted(found, key=lambda sp: sp.start)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if prev.start < cur.start < prev.end < cur.end and doc[prev.end].lower_ == "and":
            out[k] = Span(doc, prev.end + 1, cur.end, label=cur.label_, span_id=cur.id_)
    return out


_CLAUSE_MARKS = frozenset({",", ".", ";", ":", "(", ")"})


def _programme(doc: Doc, cue: Span) -> bool:
    """Rule ``agreement.reject.programme``: a plan named in quotes or numbered ("under the “20+20 Cooperation
    Plan for ...”", 'the "Belt and Road" Science and Technology Innovation Action Plan', "cooperation plan
    ten") is a programme, not a document two organisations conclude ("signed a joint Action Plan" is)."""
    if cue[-1].lower_ != "plan":
        return False
    k = cue.start - 1
    while k >= max(0, cue.start - 8) and doc[k].text not in _CLAUSE_MARKS and not _verb(doc[k]):
        if doc[k].is_quote and (doc[k].is_sent_start or k == 0 or doc[k - 1].text == ":"):
            return False  # a quotation opens: “The agreement and cooperation plan that we signed today ...”
        if doc[k].is_quote or _count(doc[k]):
            return True
        k -= 1
    return cue.end < len(doc) and _count(doc[cue.end])


def _count(tok: Token) -> bool:
    """A number that numbers a programme ("20+20", "100", "ten"), not a year of its period ("2018-2021")."""
    return tok.like_num and not (tok.text.isdigit() and len(tok.text) == 4)


def _verb(tok: Token) -> bool:
    """A verb or a modal: where the clause before a plan's name ends."""
    return tok.tag_.startswith("VB") or tok.tag_ == "MD"


def _title_case_name(doc: Doc, cue: Span) -> bool:
    """Rule ``agreement.reject.surname``: a short form written like a name ("Mou Zhenjiang", "the University
    in Moa") is a person or a place; "MoU", "MOU", "mou" and "the Mou" are documents."""
    if len(cue) != 1 or len(cue.text) > 4 or not cue.text.istitle():
        return False
    before = doc[cue.start - 1] if cue.start else None
    named = (
        cue[0].is_sent_start
        or before is not None
        and (before.tag_ in ("DT", "CD", "PRP$") or before.like_num)
    )
    return not named or cue.end < len(doc) and is_name_word(doc[cue.end])


def _short_forms(doc: Doc, found: list[Span]) -> list[Span]:
    """Rule ``agreement.short_form``: "a Memorandum of Interest (MOI)": the bracketed short form after a
    document's name, and its later uses ("signed the MOI"), name the same kind of document."""
    kinds: dict[str, str] = {}
    for a in found:
        e = a.end
        if (
            e + 2 < len(doc)
            and doc[e].text == "("
            and doc[e + 2].text == ")"
            and _short_form(doc[e + 1].text)
        ):
            kinds.setdefault(doc[e + 1].text, "agreement.short_form:" + a.id_.rpartition(":")[2])
    if not kinds:
        return []
    taken = {i for a in found for i in range(a.start, a.end)}
    text = column(doc, "text")
    return [
        Span(doc, i, i + 1, label="AGREEMENT", span_id=kinds[text[i]])
        for i in lower_in(doc, hashes(kinds), exact=True)
        if i not in taken
    ]


def _short_form(text: str) -> bool:
    """Two to six letters, capitals first and most ("MOI", "MoC", "FA")."""
    return (
        2 <= len(text) <= 6 and text.isalpha() and text[0].isupper() and sum(c.isupper() for c in text) >= 2
    )
