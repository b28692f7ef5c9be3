"""Evaluating and showing: scoring against gold, gold validation, the HTML reports, fact errors by rule."""
