"""Engines: the spaCy pipeline, the one driver loop (``Extractor.pipe``, the batch runner, Spark),
progress."""
