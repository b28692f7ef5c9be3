"""Properties over random text: offsets always index the raw text; splitting and cleaning keep lengths."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.chunking import split_text
from extractor.inputs import InputDoc
from extractor.stream import process_stream
from extractor.textnorm import clean_for_nlp

from .conftest import CORPUS

CORPUS_TEXTS = [p.read_bytes().decode("utf-8") for p in sorted(CORPUS.glob("*.txt"))]
# Any code point except lone surrogates (which no decoder or JSON reader lets through).
CHARS = st.characters(blacklist_categories=("Cs",))
SLOW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])


def _check(extractor, text: str) -> None:
    rec = extractor.extract(text)
    for m in rec.mentions:
        assert text[m.start:m.end] == m.text
        assert 0 <= m.start < m.end <= len(text)
    for f in rec.facts:
        if f.start is not None:
            assert 0 <= f.start < f.end <= len(text)


@SLOW
@given(st.text(CHARS, max_size=400))
def test_offsets_hold_on_random_unicode(extractor, text):
    _check(extractor, text)


@st.composite
def edited_corpus_text(draw):
    """A corpus text with a few random insertions, deletions and replacements of random unicode."""
    text = draw(st.sampled_from(CORPUS_TEXTS))
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(text)))
        j = min(len(text), i + draw(st.integers(0, 40)))
        text = text[:i] + draw(st.text(CHARS, max_size=20)) + text[j:]
    return text


@SLOW
@given(edited_corpus_text())
def test_offsets_hold_on_edited_corpus_texts(extractor, text):
    _check(extractor, text)


@SLOW
@given(edited_corpus_text(), st.integers(200, 1500))
def test_offsets_hold_when_texts_are_processed_in_pieces(extractor, text, chunk):
    [rec] = list(process_stream(extractor, [InputDoc(doc_id="x", text=text, path="x", sha256="0")],
                                chunk_chars=chunk))
    assert all(text[m.start:m.end] == m.text for m in rec.mentions)


@settings(max_examples=200, deadline=None)
@given(st.text(CHARS, max_size=300), st.integers(2, 80))
def test_split_text_covers_the_text_in_bounded_pieces(text, size):
    spans = split_text(text, size)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(e - s <= size for s, e in spans)
    assert all(e > s for s, e in spans) or text == ""


@settings(max_examples=200, deadline=None)
@given(st.text(st.one_of(CHARS, st.sampled_from("ab \u00a0\u3000")), max_size=600))
def test_clean_for_nlp_keeps_the_length_and_cuts_long_runs(text):
    out = clean_for_nlp(text)
    assert len(out) == len(text)
    assert all(len(run) < 200 for run in out.split())
