"""Ray Data: a `ray.data.Dataset` counted with ``map_batches``, merged on the driver.

    ds = ray.data.read_parquet("s3://bucket/corpus/")
    result = datacensus.audit(ds, language="language")

Each block of the dataset becomes a small counts table in a Ray worker (`execution.count.count`,
the same counting as every engine); the driver only sums those tables. This sits beside the
shard-per-task engine (``engine="ray"``), which reads files itself.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from datacensus.errors import InputError
from datacensus.execution.count import count
from datacensus.execution.counting import merge_counts
from datacensus.integrations.streams import DEFAULT_BATCH_ROWS
from datacensus.schema import empty_counts
from datacensus.spec import AuditSpec


def is_ray_dataset(obj: object) -> bool:
    """A `ray.data.Dataset`, told apart without importing ray."""
    kind = type(obj)
    return kind.__module__.startswith("ray.data") and kind.__name__ in (
        "Dataset",
        "MaterializedDataset",
    )


def count_block(batch: Any, spec: AuditSpec) -> Any:
    """One Arrow batch -> its counts as an Arrow table (runs in a Ray worker)."""
    return count(pl.from_arrow(batch), spec).to_arrow()


def count_ray_dataset(
    dataset: Any,
    spec: AuditSpec,
    *,
    limit: int | None = None,
    sample: float | int | None = None,
    batch_rows: int = DEFAULT_BATCH_ROWS,
) -> pl.DataFrame:
    """Counts of a Ray Dataset: ``map_batches`` counts blocks, the driver merges."""
    if sample is not None:
        raise InputError(
            "sample: not available for a Ray Dataset; use limit=, or dataset.random_sample()"
        )
    columns = spec.columns()
    from datacensus.inputs.sources import require_columns

    require_columns(dataset.columns(), columns, "Ray dataset")
    dataset = dataset.select_columns(columns)
    if limit is not None:
        dataset = dataset.limit(limit)
    counted = dataset.map_batches(
        count_block, fn_kwargs={"spec": spec}, batch_format="pyarrow", batch_size=batch_rows
    )
    total = empty_counts()
    for table in counted.iter_batches(batch_format="pyarrow", batch_size=None):
        part = pl.from_arrow(table)
        if isinstance(part, pl.DataFrame) and part.height:
            total = merge_counts(total, part)
    return total
