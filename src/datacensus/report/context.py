"""AuditResult -> a plain dict the templates read. Formatting lives in filters, not here."""

from __future__ import annotations

from typing import Any

from ..models import AuditResult, DimensionResult

#: How many slices the summary names per dimension.
TOP_FLAGGED = 10


def build_context(result: AuditResult) -> dict[str, Any]:
    """Everything a template shows, as JSON-safe plain data."""
    data = result.to_dict()
    dimensions = []
    for name, dim in result.dimensions.items():
        dimensions.append(
            {
                **data["dimensions"][name],
                "id": "dim-" + "".join(ch if ch.isalnum() else "-" for ch in name),
                "flagged": flagged(dim),
                "status_counts": status_counts(dim),
            }
        )
    return {
        "version": result.datacensus_version,
        "created_at": result.created_at,
        "input": data["input"],
        "parameters": data["parameters"],
        "lid": data["lid"],
        "verdict": data["verdict"],
        "dimensions": dimensions,
    }


def flagged(dim: DimensionResult, limit: int = TOP_FLAGGED) -> list[dict[str, Any]]:
    """The most under-represented slices (missing first, then lowest ratio bound)."""
    rows = [r for r in dim.slices.to_dicts() if r["status"] in ("missing", "under")]
    rows.sort(
        key=lambda r: (0, -(r["reference_share"] or 0.0))
        if r["status"] == "missing"
        else (1, r["ratio"] or 0.0)
    )
    return rows[:limit]


def status_counts(dim: DimensionResult) -> dict[str, int]:
    counts = dim.slices.group_by("status").len().sort("status")
    return dict(zip(counts["status"].to_list(), counts["len"].to_list(), strict=True))
