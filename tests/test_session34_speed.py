"""The caches of the thirty-fourth session's speed-ups return what spaCy's own attributes return, on real
releases of corpus/."""

from __future__ import annotations

import spacy

from extractor.facts.base import doc_ents, ents_in
from extractor.lang import tokens
from extractor.lang.sentences import sent_of, sentences
from extractor.lang.tokens import column, columns, forget_doc

from .test_perf_columns import _ATTRS

_FLAGS = {name: attr for name, attr in _ATTRS.items() if attr.startswith("is_")} | {"like_num": "like_num"}


def test_flags_read_in_one_pass_are_the_token_flags(extractor, corpus_texts):
    """All flag columns come from one ``to_array`` call; each is the Token attribute of every token."""
    for text in list(corpus_texts.values())[:4]:
        doc = extractor.nlp.make_doc(text)
        forget_doc(doc)
        lower, ws = columns(doc, "lower", "ws")  # read on first use, then from the Doc's cache
        assert (lower, ws) == ([t.lower_ for t in doc], [t.whitespace_ for t in doc])
        assert columns(doc, "lower", "ws")[0] is lower
        column(doc, "like_num")  # the first flag read fills the others
        for name, attr in _FLAGS.items():
            assert column(doc, name) == [getattr(t, attr) for t in doc], name
    empty = extractor.nlp.make_doc("")
    forget_doc(empty)
    assert column(empty, "title") == [] and column(empty, "punct") == []


def test_strings_table_returns_the_store_strings_and_stays_bounded(extractor, corpus_texts, monkeypatch):
    """Token strings read through the hash table are the string store's; past its limit it starts afresh."""
    monkeypatch.setattr(tokens, "_KNOWN_LIMIT", 50)
    tokens._KNOWN_STRINGS.clear()
    for text in list(corpus_texts.values())[:3]:
        doc = extractor.nlp.make_doc(text)
        forget_doc(doc)
        assert column(doc, "text") == [t.text for t in doc]
        assert column(doc, "lower") == [t.lower_ for t in doc]
        assert len(tokens._KNOWN_STRINGS) <= 50 + 2 * len(doc)
    tokens._KNOWN_STRINGS.clear()


def test_cached_mentions_are_doc_ents_and_span_ents(extractor, corpus_texts):
    """``doc_ents`` is ``doc.ents`` and ``ents_in(sentence)`` is spaCy's ``span.ents`` for every sentence."""
    for text in list(corpus_texts.values())[:6]:
        doc = extractor.nlp(text)
        forget_doc(doc)
        assert [(e.start, e.end, e.label_, e.kb_id_) for e in doc_ents(doc)] == [
            (e.start, e.end, e.label_, e.kb_id_) for e in doc.ents
        ]
        for sent in sentences(doc):
            assert [(e.start, e.end, e.label_) for e in ents_in(sent)] == [
                (e.start, e.end, e.label_) for e in sent.ents
            ]
        forget_doc(doc)


def test_sent_of_gives_one_span_per_stretch():
    """The same stretch of a sentence is the same Span object while the Doc is read; a new Doc reads anew."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Rector Ivan Petrov signed it. The partners met in Beijing. Fine.")
    forget_doc(doc)
    first = sent_of(doc[1])
    assert first is sent_of(doc[2]) and (first.start, first.end) == (0, 6)
    assert sent_of(doc[1], reach=1) is not first and (
        sent_of(doc[1], reach=1).start,
        sent_of(doc[1], reach=1).end,
    ) == (0, 3)
    other = nlp("Rector Ivan Petrov signed it. The partners met in Beijing. Fine.")
    assert sent_of(other[1]) is not first and sent_of(other[1]).doc is other
