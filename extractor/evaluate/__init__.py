"""Evaluating: scoring against gold, gold validation, the HTML report, fact errors by rule."""
