"""The public surface is explicit and importable."""

from __future__ import annotations

import datacensus


def test_all_names_resolve() -> None:
    """Every name in __all__ is an attribute of the package."""
    missing = [name for name in datacensus.__all__ if not hasattr(datacensus, name)]
    assert missing == []


def test_all_is_sorted_and_unique() -> None:
    """__all__ has no duplicates and is kept sorted so changes show in review."""
    assert len(set(datacensus.__all__)) == len(datacensus.__all__)
    assert list(datacensus.__all__) == sorted(datacensus.__all__)


def test_core_entry_points_are_public() -> None:
    """The API promised in the README is exported."""
    for name in ("audit", "count", "merge_counts", "compare", "AuditResult", "Reference"):
        assert name in datacensus.__all__
