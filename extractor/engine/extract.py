"""The Python entry point: ``Extractor().extract(text, doc_id=...)`` and batch ``pipe``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extractor.engine.pipeline import build_pipeline
from extractor.lang.textnorm import clean_for_nlp
from extractor.lang.tokens import TEXT_KEY
from extractor.models import DocumentRecord
from extractor.output.records import doc_to_record


class Extractor:
    """A loaded pipeline that turns press-release texts into document records."""

    def __init__(
        self, nlp: Language | None = None, *, model: str | None = None, time_limit: float | None = None
    ):
        self.nlp = nlp or build_pipeline(model)
        if time_limit is not None:
            self.set_time_limit(time_limit)

    def set_time_limit(self, seconds_per_10k: float) -> None:
        """Each of the extractor's own components may spend at most this many seconds per 10,000
        characters (at least one unit) on a document; past it the document becomes an error line
        naming the component. 0 turns the budget off."""
        for _, proc in self.nlp.pipeline:
            if hasattr(proc, "time_limit"):
                proc.time_limit = seconds_per_10k

    def extract(self, text: str, *, doc_id: str = "doc", published: str | None = None) -> DocumentRecord:
        """Process one text; ``published`` overrides the date found in the text."""
        return next(self.pipe([(text, doc_id, published)]))

    def pipe(
        self, items: Iterable[tuple[str, str, str | None]], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[DocumentRecord]:
        """Process (text, doc_id, published) triples as a stream with ``nlp.pipe``."""

        def with_context() -> Iterator[tuple[Doc, tuple[str, str | None, str]]]:
            for text, doc_id, published in items:
                yield self.make_doc(text, published), (doc_id, published, text)

        for doc, (doc_id, published, text) in self.nlp.pipe(
            with_context(), as_tuples=True, batch_size=batch_size, n_process=n_process
        ):
            yield doc_to_record(doc, doc_id, published=published, raw_text=text)

    def make_doc(self, text: str, published: str | None = None) -> Doc:
        """Tokenise a same-length cleaned copy of ``text``; a given publication date is set on the Doc."""
        clean = clean_for_nlp(text)
        doc = self.nlp.make_doc(clean)
        doc.user_data[TEXT_KEY] = clean  # the tokenizer keeps every character: doc.text == clean
        if published:
            doc._.published, doc._.published_cue = published, "input"
        return doc
