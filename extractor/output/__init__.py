"""Output: the one record converter, corpus-wide keys, the tables and the output folder."""
