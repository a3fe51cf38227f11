"""Which streaming inputs `audit()` counts batch by batch, and how (HF streaming, Ray Data)."""

from __future__ import annotations

from typing import Any

import polars as pl

from datacensus.execution.scan import ScanOptions
from datacensus.inputs.sources import ReadStats
from datacensus.schema import ROWS_DIMENSION
from datacensus.spec import AuditSpec


def is_stream(data: object) -> bool:
    """A streaming HF `IterableDataset` or a Ray Data `Dataset`."""
    from datacensus.integrations.hf import is_iterable_dataset
    from datacensus.integrations.ray_data import is_ray_dataset

    return is_iterable_dataset(data) or is_ray_dataset(data)


def count_stream(
    data: Any, spec: AuditSpec, options: ScanOptions
) -> tuple[pl.DataFrame, ReadStats, dict[str, Any]]:
    """Counts of a stream, with the rows read and the scan info `audit()` records."""
    from datacensus.integrations.hf import count_iterable, is_iterable_dataset

    if is_iterable_dataset(data):
        counts = count_iterable(data, spec, limit=options.limit, sample=options.sample)
    else:
        from datacensus.integrations.ray_data import count_ray_dataset

        counts = count_ray_dataset(data, spec, limit=options.limit, sample=options.sample)
    rows = counts.filter((pl.col("dimension") == ROWS_DIMENSION) & (pl.col("key") == "read"))
    read = ReadStats(rows_read=int(rows["documents"].sum()) if rows.height else 0)
    return counts, read, {"limit": options.limit, "streamed": True}
