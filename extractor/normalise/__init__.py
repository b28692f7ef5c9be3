"""Normalising: organisation and person keys, role categories, agreement kinds, date values (plain
functions), and the one spaCy component that applies them."""
