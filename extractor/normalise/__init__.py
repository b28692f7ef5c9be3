"""Normalising: organisation and person keys, date values (plain functions, no spaCy pipeline)."""
