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
    parts = [t.lazy() for t in tables if t.height]
    if not parts:
        return empty_counts()
    return prune_examples(_summed(parts).collect())


def _summed(parts: list[pl.LazyFrame]) -> pl.LazyFrame:
    """Counts summed by (dimension, key), as COUNTS_SCHEMA, sorted (one query: one collect)."""
    return (
        pl.concat([part.select(COUNTS_SCHEMA.names()).cast(COUNTS_SCHEMA) for part in parts])
        .group_by("dimension", "key")
        .agg(pl.col(c).sum() for c in COUNT_COLUMNS)
        .cast(COUNTS_SCHEMA)
        .sort("dimension", "key")
    )


def count_keys(keys: pl.DataFrame, chars: pl.Series, tokens: pl.Series) -> pl.DataFrame:
    """Count one frame of per-row keys (one column per dimension) into COUNTS_SCHEMA.

    A list-valued key column counts the document once per distinct label in it; an empty list
    counts as unknown. ``chars``/``tokens`` are per-row weights aligned with ``keys``. Every
    dimension is counted in one query: a batch costs one plan, not one per dimension.
    """
    if keys.height == 0:
        return empty_counts()
    weights = pl.DataFrame(
        {
            "_chars": chars.cast(pl.UInt64),
            "_tokens": tokens.cast(pl.UInt64),
            "_chars_sq": chars.cast(pl.Float64) ** 2,
            "_tokens_sq": tokens.cast(pl.Float64) ** 2,
        }
    )
    base = pl.concat([keys, weights], how="horizontal").lazy()
    sums = [
        pl.col("_chars").sum().alias("chars"),
        pl.col("_tokens").sum().alias("tokens"),
        pl.col("_chars_sq").sum().alias("chars_sq"),
        pl.col("_tokens_sq").sum().alias("tokens_sq"),
    ]
    scalar = [c for c in keys.columns if not isinstance(keys.schema[c], pl.List)]
    tables = []
    if scalar:
        # One pass over the rows for every scalar dimension together; each dimension is then
        # summed over the (few) combinations, all dimensions at once as (dimension, key) rows.
        # Sums of squares add up, so nothing is lost.
        joint = base.group_by(scalar).agg(pl.len().alias("documents"), *sums)
        tables.append(
            joint.with_columns(pl.col(scalar).cast(pl.String))
            .unpivot(
                index=list(COUNT_COLUMNS), on=scalar, variable_name="dimension", value_name="key"
            )
            .group_by("dimension", "key")
            .agg(pl.col(c).sum() for c in COUNT_COLUMNS)
        )
    for dimension in keys.columns:
        if dimension in scalar:
            continue
        column = base.select(pl.col(dimension).alias("key"), *weights.columns).with_columns(
            pl.when(pl.col("key").list.len() > 0)
            .then(pl.col("key").list.unique())
            .otherwise(pl.lit([f"{UNKNOWN_PREFIX}empty"]))
        )
        tables.append(
            column.explode("key")
            .group_by("key")
            .agg(pl.len().alias("documents"), *sums)
            .with_columns(pl.lit(dimension).alias("dimension"))
        )
    # Each dimension's keys are distinct already; the sum only orders and types them.
    return _summed(tables).collect()
