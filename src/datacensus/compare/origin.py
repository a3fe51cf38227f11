"""Origin split: where each slice's rows came from (human, synthetic, machine-translated, ...).

With an origin column, every slice dimension ``d`` is also counted crossed with it as
``d|origin`` (plain mergeable counts), and the audit result gets ``extras["origin"]``: per
dimension and slice, the weight and share of each origin, plus the slices that are mostly of
one non-human origin. Those also become notes on the dimension, so every report shows them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import polars as pl

from datacensus.analysers.origin import ORIGIN_DIMENSION
from datacensus.models import AuditResult
from datacensus.schema import CROSS_SEPARATOR, UNKNOWN_PREFIX

#: Origins that are not flagged when a slice is mostly made of them.
HUMAN_ORIGINS = frozenset({"human", "original", "natural", "organic", "human-written"})
#: A slice is "mostly" of an origin when at least this share of its known-origin weight is.
MOSTLY = 0.5


def origin_summary(
    counts: pl.DataFrame, dimensions: list[str], weight: str = "documents"
) -> dict[str, Any]:
    """Per dimension and slice: weight by origin, shares, and the slices mostly of one origin."""
    overall = counts.filter(pl.col("dimension") == ORIGIN_DIMENSION)
    out: dict[str, Any] = {
        "weight": weight,
        "overall": {k: float(w) for k, w in overall.select("key", weight).sort("key").iter_rows()},
        "dimensions": {},
        "mostly": [],
    }
    for dim in dimensions:
        rows = counts.filter(pl.col("dimension") == f"{dim}{CROSS_SEPARATOR}{ORIGIN_DIMENSION}")
        slices: dict[str, dict[str, Any]] = {}
        for key, value in rows.select("key", weight).sort("key").iter_rows():
            if key.startswith(UNKNOWN_PREFIX):
                continue
            slice_key, _, origin = key.rpartition(CROSS_SEPARATOR)
            entry = slices.setdefault(slice_key, {"by_origin": {}})
            entry["by_origin"][origin] = float(value)
        for slice_key, entry in slices.items():
            total = sum(entry["by_origin"].values())
            entry["total"] = total
            entry["shares"] = {o: w / total for o, w in entry["by_origin"].items()} if total else {}
            for origin, share in sorted(entry["shares"].items()):
                if origin not in HUMAN_ORIGINS and share >= MOSTLY:
                    out["mostly"].append(
                        {"dimension": dim, "key": slice_key, "origin": origin, "share": share}
                    )
        out["dimensions"][dim] = slices
    return out


def mostly_note(name: str, item: dict[str, Any], weight: str) -> str:
    """``"Swahili: 80% of its documents are synthetic"``."""
    return f"{name}: {item['share']:.0%} of its {weight} are {item['origin']}"


def annotate(result: AuditResult, summary: dict[str, Any]) -> AuditResult:
    """Store the summary in ``extras["origin"]`` and note mostly-non-human slices per dimension."""
    dimensions = dict(result.dimensions)
    for item in summary["mostly"]:
        dim = dimensions.get(item["dimension"])
        if dim is None:
            continue
        labels = dict(zip(dim.slices["key"].to_list(), dim.slices["label"].to_list(), strict=True))
        name = labels.get(item["key"], item["key"])
        note = mostly_note(name, item, summary["weight"])
        dimensions[dim.name] = replace(dim, notes=(*dim.notes, note))
    return replace(
        result, dimensions=dimensions, extras={**result.extras, ORIGIN_DIMENSION: summary}
    )
