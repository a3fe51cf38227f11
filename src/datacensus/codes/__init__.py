"""Language and country codes, names and lookups, and reference-table validation."""
