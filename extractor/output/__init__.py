"""Output: the record converter, corpus-wide keys, the tables, agreement events, SQLite, Parquet, GraphML."""
