"""Canned Cypher queries: one query a file, loaded by name."""
