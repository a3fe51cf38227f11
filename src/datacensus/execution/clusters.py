"""Cluster bookkeeping at count time: each row's cluster hashed into a bucket, counted per
(dimension, key, bucket) in ``_cluster:<dimension>`` so sums merge across batches and shards.
The variance that uses them is in datacensus.compare.clusters."""

from __future__ import annotations

import polars as pl

from datacensus.schema import CLUSTER_BUCKETS

PREFIX = "_cluster:"
SEPARATOR = "\x1f"


#: Second-level labels under which registrations happen (``bbc.co.uk``, ``abc.net.au``).
_SECOND_LEVEL = "ac|co|com|edu|gob|gov|govt|ltd|ne|net|nic|or|org|plc|sch"
_HOST = r"^(?:[A-Za-z][A-Za-z0-9+.\-]*://)?(?:[^@/?#\s]*@)?([^:/?#\s]*)"


def bucket_of(cluster: pl.Series, own: pl.Series | None = None) -> pl.Series:
    """Bucket number of each row's cluster. A row with no cluster is its own cluster: its
    bucket comes from ``own`` (a per-row hash of its content), else they share one."""
    hashed = cluster.cast(pl.String).hash(seed=13)
    if own is not None:
        hashed = pl.select(pl.when(cluster.is_null()).then(own).otherwise(hashed)).to_series()
    return (hashed.fill_null(0) % CLUSTER_BUCKETS).cast(pl.String)


def url_domain(urls: pl.Series) -> pl.Series:
    """Registrable domain of each URL, approximated without the Public Suffix List: the last
    two labels of the host, or three when the second-to-last is a common second-level label
    under a two-letter TLD (``news.bbc.co.uk`` -> ``bbc.co.uk``). Null without a host."""
    host = (
        urls.cast(pl.String)
        .str.strip_chars()
        .str.extract(_HOST, 1)
        .str.to_lowercase()
        .str.strip_chars_end(".")
    )
    three = host.str.extract(rf"([^.]+\.(?:{_SECOND_LEVEL})\.[a-z]{{2}})$", 1)
    two = host.str.extract(r"([^.]+\.[^.]+)$", 1)
    domain = pl.select(pl.coalesce(three, two, host)).to_series()
    return pl.select(pl.when(domain == "").then(None).otherwise(domain)).to_series()


def cluster_keys(
    keys: pl.DataFrame, cluster: pl.Series, own: pl.Series | None = None
) -> pl.DataFrame:
    """Bookkeeping key columns ``_cluster:<dim>`` = ``<key>\\x1f<bucket>`` for scalar dims."""
    bucket = bucket_of(cluster, own)
    columns = [
        (pl.col(d) + pl.lit(SEPARATOR) + bucket).alias(PREFIX + d)
        for d, dtype in keys.schema.items()
        if not d.startswith("_") and dtype == pl.String
    ]
    return keys.select(columns)
