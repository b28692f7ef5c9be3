"""extractor: organisations, people, roles, dates and agreements from cooperation press releases."""

__version__ = "0.1.0"
