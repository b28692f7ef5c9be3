"""Document mentions of one sentence that name separate documents: joined by "and", or items of a list."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.lang.rules import rule

_COORDINATION = frozenset({"and", "a", "an", ",", "as", "well", "also"})
_TOPIC_WORDS = frozenset({"on", "of", "for", "about", "in"})


@rule("agreement.split.coordinated")
def coordinated_documents(first: Span, second: Span) -> bool:
    """Rule ``agreement.split.coordinated``: two document mentions joined by "and" in one sentence are two
    documents ("A Memorandum of cooperation and an Agreement on academic exchange were signed", "a framework
    agreement and a letter of intent", "an MoU and a faculty and student exchange agreement"), never merged
    into one fact; so are the items of a list of documents, each with its topic or not ("a contract, a plan
    of measures and an agreement", "general agreement, memorandum on student exchange, and memorandum on
    faculty exchange programs")."""
    doc = first.doc
    tokens = doc[_topic_end(doc, first.end, second.start) : second.start]
    gap = [t.lower_ for t in tokens]
    if "and" in gap and len(gap) <= 3 and all(w in _COORDINATION for w in gap):
        return True
    after = _topic_end(doc, second.end, len(doc))
    if gap[:1] == [","] and gap[1:] in ([], ["a"], ["an"]) and _and_next(doc, after):
        return True  # "a contract, a plan of measures and an agreement": a list of three documents
    if _topic_then_article(doc, first.end, second.start):
        return True  # "the agreement for international exchange and the memorandum of collaboration"
    return (  # "and a <modifiers of the second>": "and a faculty and"
        len(gap) <= 6
        and gap[:1] == ["and"]
        and gap[1:2] in (["a"], ["an"])
        and all(map(_modifier_word, tokens[2:]))
    )


def either_order(a: Span, b: Span) -> bool:
    """:func:`coordinated_documents` of two mentions in whichever order they are given."""
    return coordinated_documents(a, b) if a.start < b.start else coordinated_documents(b, a)


def _topic_end(doc: Doc, i: int, stop: int) -> int:
    """Where a document's topic phrase starting at token ``i`` ends ("on student exchange"): lower-case words
    after "on/of/for/about/in", up to the comma that ends a list item; ``i`` when none starts there or no
    comma ends it ("an MoU on faculty and student exchange agreement" is one document)."""
    if i >= stop or doc[i].lower_ not in _TOPIC_WORDS:
        return i
    j = i + 1
    while j < stop and _topic_word(doc[j]):
        j += 1
    return j if j > i + 1 and j < stop and doc[j].text == "," else i


def _topic_then_article(doc: Doc, i: int, stop: int) -> bool:
    """The first document's topic phrase, then "and" with an article before the second document ("the
    agreement for international exchange and the memorandum of collaboration"); without the article the
    words may be one topic of one document ("an MoU on faculty and student exchange agreement")."""
    if i >= stop or doc[i].lower_ not in _TOPIC_WORDS:
        return False
    j = i + 1
    while j < stop and _topic_word(doc[j]):
        j += 1
    rest = doc[j:stop]
    return (
        j > i + 1
        and [t.lower_ for t in rest[:2]] in (["and", "the"], ["and", "a"], ["and", "an"])
        and all(map(_modifier_word, rest[2:]))
    )


def _modifier_word(tok: Token) -> bool:
    """A lower-case word that modifies a document or names its topic: no verb."""
    return tok.is_lower and tok.is_alpha and not tok.tag_.startswith("VB")


def _topic_word(tok: Token) -> bool:
    """A word of a topic phrase: a modifier word, never "and" (which may join the next document)."""
    return _modifier_word(tok) and tok.lower_ != "and"


def _and_next(doc: Doc, i: int) -> bool:
    """ "and" (or ", and") at token ``i``: the list goes on."""
    words = [t.lower_ for t in doc[i : i + 2]]
    return words[:1] == ["and"] or words == [",", "and"]
