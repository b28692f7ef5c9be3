"""The Python entry point: ``Extractor().extract(text, doc_id=...)`` and batch ``pipe``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .models import DocumentRecord
from .pipeline import build_pipeline
from .records import doc_to_record
from .textnorm import clean_for_nlp
from .tokens import TEXT_KEY


class Extractor:
    """A loaded pipeline that turns press-release texts into document records."""

    def __init__(self, nlp: Language | None = None, *, model: str | None = None):
        self.nlp = nlp or build_pipeline(model)

    def extract(self, text: str, *, doc_id: str = "doc", published: str | None = None) -> DocumentRecord:
        """Process one text; ``published`` overrides the date found in the text."""
        return next(self.pipe([(text, doc_id, published)]))

    def pipe(self, items: Iterable[tuple[str, str, str | None]], *, batch_size: int = 32,
             n_process: int = 1) -> Iterator[DocumentRecord]:
        """Process (text, doc_id, published) triples as a stream with ``nlp.pipe``."""
        def with_context() -> Iterator[tuple[Doc, tuple[str, str | None, str]]]:
            for text, doc_id, published in items:
                yield self.make_doc(text, published), (doc_id, published, text)

        for doc, (doc_id, published, text) in self.nlp.pipe(with_context(), as_tuples=True,
                                                            batch_size=batch_size, n_process=n_process):
            yield doc_to_record(doc, doc_id, published=published, raw_text=text)

    def make_doc(self, text: str, published: str | None = None) -> Doc:
        """Tokenise a same-length cleaned copy of ``text``; a given publication date is set on the Doc."""
        clean = clean_for_nlp(text)
        doc = self.nlp.make_doc(clean)
        doc.user_data[TEXT_KEY] = clean  # the tokenizer keeps every character: doc.text == clean
        if published:
            doc._.published, doc._.published_cue = published, "input"
        return doc
