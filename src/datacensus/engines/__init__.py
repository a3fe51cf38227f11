"""Execution engines. The local one lives in `datacensus.scan`; others count shards elsewhere."""
