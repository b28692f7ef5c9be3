"""Reading: input documents (texts, web pages) as exact text, long texts in pieces, record files."""
