"""Inputs: resolve paths and in-memory tables, read them in batches, account for every row."""
