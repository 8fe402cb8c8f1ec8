"""Corpus readers and the spaCy extraction pipeline."""
