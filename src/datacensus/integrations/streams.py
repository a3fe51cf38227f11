"""Count a stream piece by piece: rows or batches in, one mergeable counts table out.

The rows are buffered into batches of ``batch_rows`` and each batch is counted by
`execution.count.count` (the one counting mechanism), so memory holds one batch and the counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import polars as pl

from datacensus.execution.count import count
from datacensus.execution.counting import merge_counts
from datacensus.schema import empty_counts
from datacensus.spec import AuditSpec

DEFAULT_BATCH_ROWS = 10_000


class BatchCounter:
    """Accumulates counts of rows (``add_row``) or whole batches (``add_batch``) for one spec."""

    def __init__(self, spec: AuditSpec, batch_rows: int = DEFAULT_BATCH_ROWS) -> None:
        self.spec = spec
        self.batch_rows = batch_rows
        self.columns = spec.columns()
        self._buffer: dict[str, list[Any]] = {c: [] for c in self.columns}
        self._counts = empty_counts()
        self.batches = 0

    def add_row(self, row: Mapping[str, Any]) -> None:
        """Buffer one row (missing columns are null); count when the buffer is full."""
        for column in self.columns:
            self._buffer[column].append(row.get(column))
        if len(self._buffer[self.columns[0]]) >= self.batch_rows:
            self.flush()

    def add_batch(self, batch: object) -> None:
        """Count one batch (any table `count` takes: polars, pyarrow, pandas, dict of lists)."""
        self.flush()
        if isinstance(batch, Mapping):
            batch = pl.DataFrame(dict(batch))
        self._counts = merge_counts(self._counts, count(batch, self.spec))
        self.batches += 1

    def flush(self) -> None:
        """Count the buffered rows."""
        if not self.columns or not self._buffer[self.columns[0]]:
            return
        frame = pl.DataFrame(
            {c: self._buffer[c] for c in self.columns},
            schema={c: self._dtype(c) for c in self.columns},
            strict=False,
        )
        self._buffer = {c: [] for c in self.columns}
        self._counts = merge_counts(self._counts, count(frame, self.spec))
        self.batches += 1

    def counts(self) -> pl.DataFrame:
        """All counts so far (the buffer included)."""
        self.flush()
        return self._counts

    def _dtype(self, column: str) -> type[pl.DataType]:
        return pl.Int64 if column == self.spec.tokens else pl.String


def count_batches(batches: Iterable[object], spec: AuditSpec) -> pl.DataFrame:
    """Counts of an iterable of batches, one batch in memory at a time."""
    counter = BatchCounter(spec)
    for batch in batches:
        counter.add_batch(batch)
    return counter.counts()
