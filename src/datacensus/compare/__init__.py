"""Counts vs references: shares, intervals, statuses, distances; before/after comparisons."""
