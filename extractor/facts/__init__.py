"""Facts: who holds which role where, and who concluded which agreement with whom."""
