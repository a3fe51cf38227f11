"""Cluster bookkeeping at count time: each row's cluster hashed into a bucket, counted per
(dimension, key, bucket) in ``_cluster:<dimension>`` so sums merge across batches and shards.
The variance that uses them is in datacensus.compare.clusters."""

from __future__ import annotations

import polars as pl

BUCKETS = 2048
PREFIX = "_cluster:"
SEPARATOR = "\x1f"


def bucket_of(cluster: pl.Series) -> pl.Series:
    """Bucket number of each row's cluster (missing clusters share one bucket)."""
    return (cluster.cast(pl.String).fill_null("").hash(seed=13) % BUCKETS).cast(pl.String)


def cluster_keys(keys: pl.DataFrame, cluster: pl.Series) -> pl.DataFrame:
    """Bookkeeping key columns ``_cluster:<dim>`` = ``<key>\\x1f<bucket>`` for scalar dims."""
    bucket = bucket_of(cluster)
    columns = [
        (pl.col(d) + pl.lit(SEPARATOR) + bucket).alias(PREFIX + d)
        for d, dtype in keys.schema.items()
        if not d.startswith("_") and dtype == pl.String
    ]
    return keys.select(columns)
