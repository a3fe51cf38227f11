"""Count remote objects (see `inputs.remote`), one at a time, with a per-object count cache.

The cache key is the object's URL, size and version (ETag / version id / generation) plus the
audit's spec and model: a new version of an object is counted again, an unchanged one is not.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl

from datacensus.errors import InputError
from datacensus.execution.count import count
from datacensus.execution.counting import merge_counts
from datacensus.execution.scan import ScanOptions, skipped_counts
from datacensus.inputs.remote import RemoteObject, remote_batches
from datacensus.inputs.sources import ReadStats
from datacensus.schema import COUNTS_SCHEMA, ROWS_DIMENSION
from datacensus.spec import AuditSpec


def count_remote(
    objects: Sequence[RemoteObject], spec: AuditSpec, options: ScanOptions
) -> tuple[pl.DataFrame, ReadStats, dict[str, Any]]:
    """Counts of every object, merged, with read stats and cache use."""
    if options.sample is not None:
        raise InputError("sample: not available for remote inputs yet; use limit=")
    use_cache = options.cache_dir is not None and options.limit is None
    stats = ReadStats()
    partials: list[pl.DataFrame] = []
    info: dict[str, Any] = {"cache_hits": 0, "limit": options.limit, "remote": True}
    left = options.limit
    for obj in objects:
        cached = _cache_path(options.cache_dir, obj, spec) if use_cache else None
        if cached is not None and cached.is_file():
            counts = pl.read_parquet(cached)
            info["cache_hits"] += 1
            stats.rows_read += _rows(counts)
            partials.append(counts)
            continue
        object_stats = ReadStats()
        parts = []
        for batch in remote_batches(
            obj, spec.columns(), object_stats, strict=options.strict, batch_rows=options.batch_rows
        ):
            if left is not None:
                batch = batch.head(left)
                left -= batch.height
            if batch.height:
                parts.append(count(batch, spec))
            if left is not None and left <= 0:
                break
        counts = merge_counts(*parts, skipped_counts(object_stats))
        stats.merge(object_stats)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(".tmp")
            counts.write_parquet(tmp)
            tmp.replace(cached)
        partials.append(counts)
        if left is not None and left <= 0:
            break
    merged = merge_counts(*partials) if partials else pl.DataFrame(schema=COUNTS_SCHEMA)
    return merged, stats, info


def _rows(counts: pl.DataFrame) -> int:
    rows = counts.filter((pl.col("dimension") == ROWS_DIMENSION) & (pl.col("key") == "read"))
    return int(rows["documents"].sum()) if rows.height else 0


def _cache_path(cache_dir: Path | None, obj: RemoteObject, spec: AuditSpec) -> Path | None:
    if cache_dir is None:
        return None
    material = {
        "url": obj.url,
        "size": obj.size,
        "version": obj.version,
        "audit": spec.cache_key(),
        "polars": pl.__version__,
    }
    digest = hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode())
    return cache_dir / "remote" / f"{digest.hexdigest()[:32]}.parquet"
