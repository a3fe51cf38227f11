"""Per-row keys -> mergeable counts. Counts are the currency: they sum across batches and shards."""

from __future__ import annotations

import polars as pl

from datacensus.execution.examples import prune_examples
from datacensus.schema import (
    COUNT_COLUMNS,
    COUNTS_SCHEMA,
    UNKNOWN_PREFIX,
    empty_counts,
)


def merge_counts(*tables: pl.DataFrame) -> pl.DataFrame:
    """Sum counts tables by (dimension, key); sorted so equal inputs give equal outputs.

    Example snippets (``_examples``) are then pruned to the N smallest-hash per slice, which keeps
    them bounded and independent of how the data was split (see `examples.prune_examples`).
    """
    parts = [t.select(COUNTS_SCHEMA.names()).cast(COUNTS_SCHEMA) for t in tables if t.height]
    if not parts:
        return empty_counts()
    return prune_examples(
        pl.concat(parts)
        .group_by("dimension", "key")
        .agg(pl.col(c).sum() for c in COUNT_COLUMNS)
        .cast(COUNTS_SCHEMA)
        .sort("dimension", "key")
    )


def count_keys(keys: pl.DataFrame, chars: pl.Series, tokens: pl.Series) -> pl.DataFrame:
    """Count one frame of per-row keys (one column per dimension) into COUNTS_SCHEMA.

    A list-valued key column counts the document once per distinct label in it; an empty list
    counts as unknown. ``chars``/``tokens`` are per-row weights aligned with ``keys``.
    """
    if keys.height == 0:
        return empty_counts()
    weights = pl.DataFrame({"_chars": chars.cast(pl.UInt64), "_tokens": tokens.cast(pl.UInt64)})
    base = pl.concat([keys, weights], how="horizontal")
    tables = []
    for dimension in keys.columns:
        column = base.select(pl.col(dimension).alias("key"), "_chars", "_tokens")
        if isinstance(column.schema["key"], pl.List):
            column = column.with_columns(
                pl.when(pl.col("key").list.len() > 0)
                .then(pl.col("key").list.unique())
                .otherwise(pl.lit([f"{UNKNOWN_PREFIX}empty"]))
            ).explode("key")
        tables.append(
            column.group_by("key")
            .agg(
                pl.len().alias("documents"),
                pl.col("_chars").sum().alias("chars"),
                pl.col("_tokens").sum().alias("tokens"),
                (pl.col("_chars").cast(pl.Float64) ** 2).sum().alias("chars_sq"),
                (pl.col("_tokens").cast(pl.Float64) ** 2).sum().alias("tokens_sq"),
            )
            .with_columns(pl.lit(dimension).alias("dimension"))
        )
    return merge_counts(*tables)
