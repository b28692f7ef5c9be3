"""The batch engine shared by the local runner and Spark: documents in, records or error lines out.

Documents go through ``nlp.pipe`` in batches (optionally in worker processes), inside one
``nlp.memory_zone()`` per ``zone_size`` documents so the string store does not grow with the corpus
(after a pipeline's first zone: see :func:`_zone_scope`).
Output keeps input order. A document that fails in the stream is retried alone in this process;
if it fails again it becomes an :class:`InputError` naming the component, so every input ends as a
record or an error, whatever ``n_process`` is.
"""

from __future__ import annotations

import logging
import weakref
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from itertools import chain, count, islice

from spacy.language import Language
from spacy.tokens import Doc

from extractor.engine.extract import Extractor
from extractor.find.published import find_published
from extractor.lang.textnorm import clean_for_nlp
from extractor.models import DocumentRecord
from extractor.output.records import doc_to_record
from extractor.read.chunking import CHUNK_CHARS, merge, split_text
from extractor.read.inputs import InputDoc, InputError
from extractor.read.provenance import with_provenance

log = logging.getLogger(__name__)
Outcome = DocumentRecord | InputError
ZONE_SIZE = 1000
_MAX_REASON = 300


@dataclass(frozen=True)
class Piece:
    """One piece of a document sent through the pipeline (the whole text unless it was split)."""

    seq: int
    doc: InputDoc
    start: int
    end: int
    index: int
    count: int
    published: str | None  # preset on the Doc; "" = none, do not look for one in this piece

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]


class _DropFailed:
    """spaCy error handler: drop failing docs (they are retried alone), or raise while retrying."""

    def __init__(self) -> None:
        self.raising = False

    def __call__(self, name: str, proc: object, docs: list[Doc], err: Exception) -> None:
        if self.raising:
            raise err
        log.debug("%s failed on a batch of %d docs: %s", name, len(docs or ()), err)


@contextmanager
def _tolerant(nlp: Language) -> Iterator[_DropFailed]:
    """Install a dropping error handler on every component; restore the previous ones afterwards."""
    handler = _DropFailed()
    default, saved = nlp.default_error_handler, []
    nlp.default_error_handler = handler
    for _, proc in nlp.pipeline:
        if hasattr(proc, "set_error_handler"):
            previous = proc.get_error_handler()  # type: ignore[attr-defined]
            try:
                proc.set_error_handler(handler)
            except AttributeError:  # spaCy's Cython parser and NER cannot store one; _zone recovers
                continue
            saved.append((proc, previous))
    try:
        yield handler
    finally:
        nlp.default_error_handler = default
        for proc, previous in saved:
            proc.set_error_handler(previous)


def pieces(doc: InputDoc, seq: Iterator[int], chunk_chars: int = CHUNK_CHARS) -> list[Piece]:
    """The document as one piece, or as several when it is longer than ``chunk_chars``.

    Every piece of a split document is anchored on the same publication date: the given one, or
    the one the whole text states (found exactly as the pipeline's own detector would on it)."""
    spans = split_text(doc.text, chunk_chars)
    if len(spans) == 1:
        return [Piece(next(seq), doc, 0, len(doc.text), 0, 1, doc.published)]
    published = doc.published
    if not published:
        found = find_published(clean_for_nlp(doc.text))
        published = (found.value if found else None) or ""
    return [Piece(next(seq), doc, s, e, i, len(spans), published) for i, (s, e) in enumerate(spans)]


def _make_doc(extractor: Extractor, piece: Piece) -> Doc:
    doc = extractor.make_doc(piece.text, piece.published or None)
    if piece.published == "":
        doc._.published = ""  # no date in the first piece: later pieces must not find their own
    return doc


def _alone(extractor: Extractor, piece: Piece, handler: _DropFailed) -> Doc | str:
    """Process one piece by itself, component by component; the Doc, or why it failed."""
    name = "tokenizer"
    handler.raising = True
    try:
        doc = _make_doc(extractor, piece)
        for name, proc in extractor.nlp.pipeline:
            doc = proc(doc)
            if not isinstance(doc, Doc):
                return f"{name}: returned {type(doc).__name__}, not a Doc"
        return doc
    except Exception as err:
        return _reason(f"{name}: {type(err).__name__}: {err}")
    finally:
        handler.raising = False


def _reason(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_REASON else text[: _MAX_REASON - 3] + "..."


class _Assembly:
    """Collects the piece records of the current document and yields its record or error."""

    def __init__(self) -> None:
        self.parts: list[tuple[int, DocumentRecord]] = []
        self.failure: str | None = None

    def add(self, piece: Piece, result: DocumentRecord | str) -> Outcome | None:
        if isinstance(result, str):
            self.failure = self.failure or (
                result if piece.count == 1 else f"piece {piece.index + 1}: {result}"
            )
        else:
            self.parts.append((piece.start, result))
        if piece.index < piece.count - 1:
            return None
        failure, parts = self.failure, self.parts
        self.parts, self.failure = [], None
        if failure is not None:
            return InputError(doc_id=piece.doc.doc_id, path=piece.doc.path, reason=failure)
        return parts[0][1] if len(parts) == 1 else merge(parts)


def text_states_date(text: str) -> bool:
    """Whether the text states its publication date, as the pipeline would find it (a web page's metadata
    date is used only when it does not)."""
    return find_published(clean_for_nlp(text)) is not None


def _record(piece: Piece, doc: Doc) -> DocumentRecord | str:
    try:
        record = doc_to_record(
            doc,
            piece.doc.doc_id,
            sha256=piece.doc.sha256,
            published=piece.published or None,
            raw_text=piece.text,
        )
        record = record if record.published != "" else record.model_copy(update={"published": None})
        return with_provenance(record, piece.doc)
    except Exception as err:
        return _reason(f"record: {type(err).__name__}: {err}")


def process_stream(
    extractor: Extractor,
    items: Iterable[InputDoc | InputError],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    zone_size: int = ZONE_SIZE,
    chunk_chars: int = CHUNK_CHARS,
) -> Iterator[Outcome]:
    """One record or error per input item, in input order (errors in the input pass straight through)."""
    it = iter(items)
    seq = count()
    with _tolerant(extractor.nlp) as handler:
        for head in it:
            zone = chain([head], islice(it, zone_size - 1))
            with _zone_scope(extractor.nlp):
                yield from _zone(extractor, zone, seq, handler, batch_size, n_process, chunk_chars)


_WARMED: weakref.WeakSet[Language] = weakref.WeakSet()


def _zone_scope(nlp: Language) -> AbstractContextManager[object]:
    """A memory zone, except for the first zone a pipeline ever runs.

    spaCy 3.8 does not cache tokenisations inside a memory zone and forgets the zone's words when it
    ends, so zoned text is tokenised ~4x slower than plain text. The first ``zone_size`` documents of a
    pipeline's life run outside a zone: their words (the corpus's common words) keep their lexemes and
    cached tokenisation for the rest of the process, a fixed cost of one zone's vocabulary; every later
    zone frees everything it made.
    """
    if nlp in _WARMED:
        return nlp.memory_zone()
    _WARMED.add(nlp)
    return nullcontext()


class _ZoneRun:
    """One memory zone's worth of items through ``nlp.pipe``; when a component raises, the documents still
    pending are retried one by one, so one bad document becomes one error line."""

    def __init__(
        self,
        extractor: Extractor,
        items: Iterator[InputDoc | InputError],
        seq: Iterator[int],
        handler: _DropFailed,
        chunk_chars: int,
    ):
        self.extractor, self.items, self.seq, self.handler = extractor, items, seq, handler
        self.chunk_chars = chunk_chars
        self.pending: deque[InputError | Piece] = deque()
        self.assembly = _Assembly()
        self.taken = 0  # items read from the zone, to tell a document's failure from a broken pipeline

    def feed(self) -> Iterator[tuple[Doc, int]]:
        for item in self.items:
            self.taken += 1
            if isinstance(item, InputError):
                self.pending.append(item)
                continue
            for piece in pieces(item, self.seq, self.chunk_chars):
                self.pending.append(piece)
                try:
                    doc = _make_doc(self.extractor, piece)
                except Exception as err:
                    log.debug("cannot tokenise %s: %s", piece.doc.doc_id, err)
                    continue
                yield doc, piece.seq

    def settle(self, entry: InputError | Piece, doc: Doc | None) -> Iterator[Outcome]:
        if isinstance(entry, InputError):
            yield entry
            return
        result = doc if doc is not None else _alone(self.extractor, entry, self.handler)
        outcome = self.assembly.add(entry, _record(entry, result) if isinstance(result, Doc) else result)
        if outcome is not None:
            yield outcome

    def drain(self) -> Iterator[Outcome]:
        """Settle every pending entry without a Doc: each is retried alone."""
        while self.pending:
            yield from self.settle(self.pending.popleft(), None)

    def pipe(self, batch_size: int, n_process: int) -> Iterator[Outcome]:
        for doc, done in self.extractor.nlp.pipe(
            self.feed(), as_tuples=True, batch_size=batch_size, n_process=n_process
        ):
            while not (isinstance(self.pending[0], Piece) and self.pending[0].seq == done):
                yield from self.settle(
                    self.pending.popleft(), None
                )  # failed in the stream, or an input error
            yield from self.settle(self.pending.popleft(), doc)

    def run(self, batch_size: int, n_process: int) -> Iterator[Outcome]:
        while True:
            before = self.taken
            try:
                yield from self.pipe(batch_size, n_process)
                break
            except Exception as err:  # a component without an error handler raised
                if self.taken == before and not self.pending:
                    raise  # not caused by a document: a broken pipeline
                log.debug("nlp.pipe stopped (%s); retrying its pending documents one by one", err)
                yield from self.drain()
        yield from self.drain()


def _zone(
    extractor: Extractor,
    items: Iterator[InputDoc | InputError],
    seq: Iterator[int],
    handler: _DropFailed,
    batch_size: int,
    n_process: int,
    chunk_chars: int,
) -> Iterator[Outcome]:
    """Process one memory zone's worth of items; nothing made here may be used after the zone."""
    yield from _ZoneRun(extractor, items, seq, handler, chunk_chars).run(batch_size, n_process)
