"""Counting: per-row keys -> mergeable counts, in this process, in worker processes or on Ray."""
