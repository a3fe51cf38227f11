"""Streaming audits: count batch by batch (or shard by shard), merge, compare once at the end.

    census = datacensus.Census(text="text")
    for batch in loader:            # polars/pandas/pyarrow/HF batches, dicts of lists, paths
        census.update(batch)
    result = census.result()

Only the counts table is kept between batches, so memory does not grow with the data, and the
result does not depend on how the data was split (counts merge by addition). Batches are counted
by the same mechanism as `audit` (`api.count_frame`): with LID, a large batch is split into
batches for worker processes, which live until `result()`/`close()` (or the ``with`` block) ends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields
from pathlib import Path
from types import TracebackType
from typing import Any

import polars as pl

from datacensus.api import batch_workers, count_frame
from datacensus.compare.results import ReferenceSpec, build_result
from datacensus.compare.statistics import StatsParams
from datacensus.errors import InputError
from datacensus.execution.counting import merge_counts
from datacensus.execution.parallel import ProcessPool
from datacensus.execution.scan import ScanOptions
from datacensus.inputs.sources import frame_from_object, require_columns
from datacensus.models import AuditResult
from datacensus.schema import COUNTS_SCHEMA, ROWS_DIMENSION, empty_counts
from datacensus.spec import AuditSpec, split_weights


class Census:
    """A mergeable accumulator of counts with the settings needed to compare them."""

    def __init__(
        self,
        spec: AuditSpec | None = None,
        *,
        references: Mapping[str, ReferenceSpec] | None = None,
        weight: str = "documents",
        stats: StatsParams | None = None,
        **spec_options: Any,
    ) -> None:
        """Take an `AuditSpec`, or its fields as keywords (``text=``, ``language=``, ...)."""
        if spec is not None and spec_options:
            raise InputError(
                f"give either spec= or spec options ({', '.join(spec_options)}), not both"
            )
        self.spec = spec if spec is not None else _spec(spec_options)
        if not isinstance(weight, str):
            raise InputError(f"weight {weight!r}: a Census compares under one weight")
        split_weights(weight)  # a known weight
        self.references = dict(references or {})
        self.weight = weight
        self.stats = stats
        self.batches = 0
        self.paths: list[str] = []
        self._counts = empty_counts()
        self._pool: ProcessPool | None = None

    def __enter__(self) -> Census:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker processes (started by large LID batches); `update` restarts them."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    @property
    def counts(self) -> pl.DataFrame:
        """The merged COUNTS_SCHEMA table so far."""
        return self._counts

    @property
    def rows(self) -> int:
        """Rows counted so far."""
        read = self._counts.filter(
            (pl.col("dimension") == ROWS_DIMENSION) & (pl.col("key") == "read")
        )
        return int(read["documents"].sum()) if read.height else 0

    def update(self, batch: object) -> Census:
        """Count one batch and add it; returns self so calls can chain."""
        paths = _is_paths(batch)
        part = self._count_paths(batch) if paths else self._count_frame(_as_frame(batch))
        self._counts = merge_counts(self._counts, part)
        self.batches += 1
        return self

    def add_counts(self, counts: pl.DataFrame) -> Census:
        """Add a counts table made elsewhere (a worker, a shard) with the same spec."""
        missing = [c for c in COUNTS_SCHEMA.names() if c not in counts.columns]
        if missing:
            raise InputError(
                f"counts table lacks column(s) {', '.join(missing)}; expected COUNTS_SCHEMA "
                f"({', '.join(COUNTS_SCHEMA.names())})"
            )
        self._counts = merge_counts(self._counts, counts)
        self.batches += 1
        return self

    def merge(self, other: Census) -> Census:
        """A new Census holding the counts of both; their settings must match."""
        if self.spec != other.spec or self.weight != other.weight:
            raise InputError(
                "cannot merge censuses with different settings: "
                f"{self.spec.to_dict()} ({self.weight}) vs {other.spec.to_dict()} ({other.weight})"
            )
        merged = Census(self.spec, references=self.references, weight=self.weight, stats=self.stats)
        merged._counts = merge_counts(self._counts, other._counts)
        merged.batches = self.batches + other.batches
        merged.paths = self.paths + other.paths
        return merged

    def result(self, *, policy: Any = None) -> AuditResult:
        """Compare the counts so far; a ``policy`` is applied and recorded, never raised.

        Stops the worker processes, if any (a later `update` starts them again).
        """
        self.close()
        info: dict[str, Any] = {
            "paths": list(self.paths),
            "shards": len(self.paths),
            "object": "Census",
            "batches": self.batches,
        }
        result = build_result(
            self._counts,
            self.spec,
            references=self.references,
            weight=self.weight,
            stats=self.stats,
            input_info=info,
        )
        if policy is not None:
            from datacensus.policy.evaluate import check

            result = check(result, policy, raise_on_failure=False)
        return result

    def _count_frame(self, batch: object) -> pl.DataFrame:
        frame = frame_from_object(batch)
        require_columns(frame.columns, self.spec.columns(), "batch")
        if self._pool is None:
            workers = batch_workers(self.spec)[1]
            self._pool = ProcessPool(workers.count, workers.initializer, workers.initargs)
        try:
            counts, _, _ = count_frame(frame, self.spec, ScanOptions(), pool=self._pool)
        except BaseException:
            self._pool = None  # count_shards terminated its processes
            raise
        return counts

    def _count_paths(self, batch: object) -> pl.DataFrame:
        from datacensus.api import audit

        paths = [batch] if isinstance(batch, str | Path) else list(batch)  # type: ignore[call-overload]
        options = {f.name: getattr(self.spec, f.name) for f in fields(self.spec)}
        part = audit(paths, references=self.references, **options)
        self.paths.extend(part.input.get("paths", []))
        return part.counts

    def __repr__(self) -> str:
        dims = ", ".join(self.spec.dimensions()) or "none"
        return f"<Census rows={self.rows} batches={self.batches} dimensions=[{dims}]>"


def _spec(options: Mapping[str, Any]) -> AuditSpec:
    known = {f.name for f in fields(AuditSpec)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise InputError(
            f"unknown Census option(s) {', '.join(unknown)}; expected: {', '.join(sorted(known))}"
        )
    kwargs = dict(options)
    for key in ("categories", "cross"):
        if key in kwargs and kwargs[key] is not None:
            value = kwargs[key]
            kwargs[key] = tuple(tuple(v) if isinstance(v, list) else v for v in value)
    if kwargs.get("lid") is None:
        kwargs.pop("lid", None)
    return AuditSpec(**kwargs)


def _is_paths(batch: object) -> bool:
    if isinstance(batch, str | Path):
        return True
    return (
        isinstance(batch, list | tuple)
        and bool(batch)
        and all(isinstance(b, str | Path) for b in batch)
    )


def _as_frame(batch: object) -> object:
    """Batches that `count` does not take directly: dicts of columns and lists of records."""
    if isinstance(batch, Mapping):
        try:
            return pl.DataFrame(dict(batch))
        except (TypeError, ValueError, pl.exceptions.PolarsError) as exc:
            raise InputError(
                f"a dict batch must map column names to equal-length lists ({exc})"
            ) from None
    if isinstance(batch, Sequence) and not isinstance(batch, str | bytes):
        if batch and all(isinstance(r, Mapping) for r in batch):
            return pl.DataFrame(list(batch))
        if not batch:
            raise InputError("empty list batch: expected records (dicts), paths or a frame")
    return batch


__all__ = ["Census"]
