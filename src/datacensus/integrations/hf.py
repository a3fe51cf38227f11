"""Hugging Face ``datasets`` streaming: an `IterableDataset` counted batch by batch.

    ds = load_dataset("parquet", data_files="data/*.parquet", streaming=True, split="train")
    result = datacensus.audit(ds, language="language")

Only the columns the audit needs are selected, batches arrive as Arrow tables and are counted
one at a time (`integrations.streams`), so the dataset is never materialised.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import polars as pl

from datacensus.errors import InputError
from datacensus.integrations.streams import DEFAULT_BATCH_ROWS, count_batches
from datacensus.spec import AuditSpec


def is_iterable_dataset(obj: object) -> bool:
    """A `datasets.IterableDataset` (streaming), told apart without importing ``datasets``."""
    kind = type(obj)
    return kind.__module__.split(".")[0] == "datasets" and kind.__name__ == "IterableDataset"


def arrow_batches(
    dataset: Any, columns: list[str], batch_rows: int = DEFAULT_BATCH_ROWS, limit: int | None = None
) -> Iterator[Any]:
    """The needed columns of a streaming dataset as Arrow tables of ``batch_rows`` rows."""
    names = list(dataset.column_names or [])
    if names:
        from datacensus.inputs.sources import require_columns

        require_columns(names, columns, "streaming dataset")
        dataset = dataset.select_columns(columns)
    left = limit
    for table in dataset.with_format("arrow").iter(batch_size=batch_rows):
        if left is not None:
            if left <= 0:
                return
            table = table.slice(0, left)
            left -= table.num_rows
        yield table


def count_iterable(
    dataset: Any,
    spec: AuditSpec,
    *,
    limit: int | None = None,
    sample: float | int | None = None,
    batch_rows: int = DEFAULT_BATCH_ROWS,
) -> pl.DataFrame:
    """Counts of a streaming dataset (``limit`` rows at most; sampling is for files/frames)."""
    if sample is not None:
        raise InputError(
            "sample: not available for a streaming dataset; use limit=, or "
            "dataset.shuffle(seed=...).take(n) before the audit"
        )
    return count_batches(arrow_batches(dataset, spec.columns(), batch_rows, limit), spec)
