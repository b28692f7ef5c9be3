"""Shared text helpers and word data: pattern files, lexicons, the organisation registry, token predicates.

Imports none of the stages."""
