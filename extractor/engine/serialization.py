"""Cheaper Doc serialisation between worker processes.

spaCy sends Docs to and from ``nlp.pipe(n_process=N)`` workers as msgpack. srsly's ``Packer`` and
``unpackb`` ask catalogue for the msgpack extension hooks on every call, and catalogue scans every
installed package's entry points each time (importlib.metadata): several milliseconds per Doc, in the
main process and in each worker. The hooks cannot change while the program runs, so they are read once:
the entry-point hooks found now are registered by name and the per-call scan is switched off. The set
of hooks, and so the bytes written, stay exactly what they were.
"""

from __future__ import annotations

from srsly.msgpack import msgpack_decoders, msgpack_encoders


def snapshot_msgpack_hooks() -> None:
    """Register the entry-point msgpack hooks once and stop re-scanning entry points on every (un)pack."""
    for hooks in (msgpack_encoders, msgpack_decoders):
        if not hooks.entry_points:
            continue
        for name, func in hooks.get_entry_points().items():
            hooks.register(name, func=func)
        hooks.entry_points = False


snapshot_msgpack_hooks()
