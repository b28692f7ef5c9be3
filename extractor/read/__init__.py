"""Reading: input documents as exact text, long texts in pieces, record files (JSONL, folders)."""
