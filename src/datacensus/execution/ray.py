"""Count shards on a Ray cluster: one plain Ray task per shard, merged on the driver.

Each task runs exactly the local per-shard code (`scan.count_shard`), so counts are identical
to the local engine. Plain tasks were chosen over Ray Data's class-based UDFs after measuring
them here (see docs/scale.md).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import polars as pl

from datacensus.errors import DatacensusError, MissingDependencyError
from datacensus.execution.counting import merge_counts
from datacensus.execution.scan import ScanOptions, count_shard, sample_fraction, shard_rows
from datacensus.inputs.sources import ReadStats, Shard

if TYPE_CHECKING:
    from datacensus.spec import AuditSpec


def import_ray() -> Any:
    """Ray, or a MissingDependencyError that says how to get it."""
    try:
        import ray
    except ImportError:
        raise MissingDependencyError(
            "engine 'ray' needs Ray: pip install 'datacensus[ray]'"
        ) from None
    return ray


def _count_one(
    shard: Shard, spec: AuditSpec, options: ScanOptions, fraction: float | None
) -> tuple[pl.DataFrame, ReadStats]:
    from datacensus.execution.count import count

    def count_batch(batch: pl.DataFrame) -> pl.DataFrame:
        return count(batch, spec)

    return count_shard(shard, spec.columns(), count_batch, options, fraction)


def count_shards_ray(
    shards: Sequence[Shard],
    spec: AuditSpec,
    options: ScanOptions,
    *,
    address: str | None = None,
) -> tuple[pl.DataFrame, ReadStats, dict[str, Any]]:
    """Counts of every shard, one Ray task each, merged on the driver."""
    ray = import_ray()
    started = not ray.is_initialized()
    if started:
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    try:
        return _count_on_ray(ray, shards, spec, options)
    finally:
        if started:  # Ray started here (a local instance or a connection) stops here
            ray.shutdown()


def _count_on_ray(
    ray: Any, shards: Sequence[Shard], spec: AuditSpec, options: ScanOptions
) -> tuple[pl.DataFrame, ReadStats, dict[str, Any]]:
    # Inside a task Ray already parallelises across shards: one LID process per task.
    task_spec = dataclasses.replace(spec, lid=dataclasses.replace(spec.lid, workers=1))
    fraction = sample_fraction(options.sample, shard_rows(shards))
    remote = ray.remote(num_cpus=1)(_count_one)
    refs = [remote.remote(shard, task_spec, options, fraction) for shard in shards]
    stats = ReadStats()
    partials = []
    try:
        results = ray.get(refs)
    except ray.exceptions.RayTaskError as exc:  # e.g. --strict: re-raise the package error
        cause = getattr(exc, "cause", None)
        if isinstance(cause, DatacensusError):
            raise cause from None
        raise
    for counts, shard_stats in results:
        partials.append(counts)
        stats.merge(shard_stats)
    info: dict[str, Any] = {"engine": "ray", "sample_fraction": fraction, "limit": options.limit}
    return merge_counts(*partials), stats, info
