"""Which slices the summaries call most under-represented, and in what order."""

from __future__ import annotations

import polars as pl

from datacensus.models import DimensionResult
from datacensus.report.context import flagged
from datacensus.schema import COVERAGE_SCHEMA


def _row(key: str, share: float, reference: float, status: str) -> dict[str, object]:
    ratio = share / reference
    return {
        "key": key, "label": key, "count": share * 1000, "share": share, "ci_low": share,
        "ci_high": share, "reference_share": reference, "expected": reference * 1000,
        "ratio": ratio, "ratio_low": ratio, "ratio_high": ratio, "status": status,
    }  # fmt: skip


def test_largest_shortfall_comes_first() -> None:
    """A 6% language at 0.05% outranks an absent 1% one; ok/over slices are never flagged."""
    slices = pl.DataFrame(
        [
            _row("absent", 0.0, 0.01, "missing"),
            _row("starved", 0.0005, 0.06, "under"),
            _row("mild", 0.01, 0.03, "under"),
            _row("fine", 0.5, 0.5, "ok"),
            _row("big", 0.4, 0.1, "over"),
        ],
        schema=COVERAGE_SCHEMA,
    )
    dim = DimensionResult("language", "documents", None, 1000.0, 1000, {}, slices)
    assert [r["key"] for r in flagged(dim)] == ["starved", "mild", "absent"]
    assert [r["key"] for r in flagged(dim, limit=1)] == ["starved"]
