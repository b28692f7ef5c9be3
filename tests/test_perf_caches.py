"""The per-Doc and per-string caches of the speed-ups return what the uncached code returns."""

from __future__ import annotations

import spacy
from spacy.attrs import LOWER, ORTH

from extractor.lang.lexicons import lexicon
from extractor.lang.sentences import sent_of
from extractor.lang.tokens import hashes, is_name_word, lower_in, token_array
from extractor.normalise.categories import _category, category
from extractor.normalise.org_text import acronym

TEXT = "Rector Ivan Petrov of Tomsk State University signed it.\nThe RECTOR met José Zoltán in Beijing. Fine."


def _doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(TEXT)


def test_token_array_is_the_doc_array_read_once():
    doc = _doc()
    for attr in (LOWER, ORTH):
        assert token_array(doc, attr).tolist() == doc.to_array(attr).tolist()
        assert token_array(doc, attr) is token_array(doc, attr)


def test_lower_in_reads_the_cached_arrays():
    doc = _doc()
    wanted = hashes(["rector", "beijing"])
    assert lower_in(doc, wanted) == [t.i for t in doc if t.lower_ in ("rector", "beijing")]
    assert lower_in(doc, hashes(["RECTOR"]), exact=True) == [t.i for t in doc if t.text == "RECTOR"]
    other = _doc()  # a new Doc is read afresh
    assert lower_in(other, wanted) == lower_in(doc, wanted)


def test_sent_of_is_the_sentence_slice():
    doc = _doc()
    for tok in doc:
        got = sent_of(tok, reach=3)
        sent = tok.sent
        want = doc[max(sent.start, tok.i - 3) : min(sent.end, tok.i + 4)]
        assert (got.start, got.end, got.text) == (want.start, want.end, want.text)


def test_cached_predicates_agree_with_the_uncached_ones():
    lex = lexicon("roles")
    for title in ("Rector", "rectors", "Deputy Foreign Minister", "minister assistant", "xyz", "Rector"):
        assert category(title) == _category(title, lex)
    assert acronym("Huazhong University of Science and Technology") == "HUST"
    assert acronym("China-SCO Institute of Economics and Trade", whole_caps=True) == "CSCOIET"
    doc = _doc()
    assert [t.text for t in doc if is_name_word(t)] == [
        "Rector",
        "Ivan",
        "Petrov",
        "Tomsk",
        "State",
        "University",
        "The",
        "RECTOR",
        "José",
        "Zoltán",
        "Beijing",
        "Fine",
    ]
