"""Intersections of two dimensions: per-row keys ``"a|b"`` (unknown when either side is)."""

from __future__ import annotations

import polars as pl

from datacensus.schema import CROSS_SEPARATOR, UNKNOWN_PREFIX, unknown_key


def cross_keys(keys: pl.DataFrame, first: str, second: str) -> pl.Series:
    """Per-row intersection key ``"a|b"``; unknown when either side is unknown."""
    a, b = pl.col(first), pl.col(second)
    either_unknown = a.str.starts_with(UNKNOWN_PREFIX) | b.str.starts_with(UNKNOWN_PREFIX)
    return keys.select(
        pl.when(either_unknown)
        .then(pl.lit(f"{UNKNOWN_PREFIX}unknown_part"))
        .otherwise(pl.concat_str(a, b, separator=CROSS_SEPARATOR))
        .alias(f"{first}{CROSS_SEPARATOR}{second}")
    ).to_series()


def cross_column(keys: pl.DataFrame, first: str, second: str) -> pl.Series:
    """Per-row key ``"a|b"`` (unknown if either side is); list-valued sides give lists."""
    if not any(isinstance(keys.schema[c], pl.List) for c in (first, second)):
        return cross_keys(keys, first, second)
    frame = keys.select(first, second).with_row_index("_row")
    for col in (first, second):
        if isinstance(frame.schema[col], pl.List):
            some = pl.col(col).list.len() > 0  # empty and null lists: one unknown label
            filled = pl.when(some).then(pl.col(col)).otherwise(pl.lit([unknown_key("empty")]))
            frame = frame.with_columns(filled).explode(col)
    crossed = frame.with_columns(cross_keys(frame, first, second).alias("_key"))
    lists = crossed.group_by("_row", maintain_order=True).agg(
        pl.col("_key").unique(maintain_order=True)
    )
    return lists.sort("_row")["_key"].alias(f"{first}{CROSS_SEPARATOR}{second}")
