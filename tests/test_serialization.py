"""Docs leaving the pipeline: what they carry, and msgpack hooks read once."""

from __future__ import annotations

import srsly
from srsly.msgpack import msgpack_decoders, msgpack_encoders

from extractor.engine.pipeline import build_pipeline
from extractor.engine.serialization import snapshot_msgpack_hooks

TEXT = "Tomsk Polytechnic University and Tsinghua University signed a memorandum on 5 May 2021."


def test_msgpack_hooks_are_read_once_and_still_apply():
    import numpy

    snapshot_msgpack_hooks()
    assert not msgpack_encoders.entry_points and not msgpack_decoders.entry_points
    assert "numpy" in msgpack_encoders.get_all() and "numpy" in msgpack_decoders.get_all()
    arr = numpy.arange(6, dtype="float32").reshape(2, 3)
    assert (srsly.msgpack_loads(srsly.msgpack_dumps({"a": arr}))["a"] == arr).all()


def test_working_span_groups_are_dropped_unless_kept(extractor):
    doc = extractor.nlp(extractor.make_doc(TEXT).text)
    assert list(doc.spans) == ["discarded"]  # the record names every rejected candidate
    assert [e.label_ for e in doc.ents].count("ORG") == 2 and doc._.facts
    kept = build_pipeline(keep_spans=("model_ents",))(TEXT)
    assert set(kept.spans) == {"discarded", "model_ents"}
    assert [(e.text, e.kb_id_) for e in kept.ents] == [(e.text, e.kb_id_) for e in doc.ents]


def test_docs_round_trip_through_bytes_like_worker_processes_send_them(extractor):
    from spacy.tokens import Doc

    doc = extractor.nlp(TEXT)
    back = Doc(extractor.nlp.vocab).from_bytes(doc.to_bytes())
    assert [(e.text, e.label_, e.kb_id_) for e in back.ents] == [
        (e.text, e.label_, e.kb_id_) for e in doc.ents
    ]
    assert back._.facts == doc._.facts
