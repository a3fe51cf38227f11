"""Per-row origin keys (human, synthetic, machine-translated, ...) and ``<dim>|origin`` crosses."""

from __future__ import annotations

import polars as pl

from datacensus.analysers.cross import cross_column
from datacensus.schema import CROSS_SEPARATOR, unknown_key

ORIGIN_DIMENSION = "origin"


def origin_keys(frame: pl.DataFrame, column: str) -> pl.Series:
    """Normalised per-row origin (lower case, trimmed); blanks and nulls -> ``?missing``."""
    values = frame.get_column(column).cast(pl.String).str.strip_chars().str.to_lowercase()
    cleaned = values.str.replace_all(CROSS_SEPARATOR, "/", literal=True)
    return (
        pl.select(
            pl.when(cleaned.is_null() | (cleaned == ""))
            .then(pl.lit(unknown_key("missing")))
            .otherwise(cleaned)
        )
        .to_series()
        .alias(ORIGIN_DIMENSION)
    )


def with_origin(keys: pl.DataFrame, frame: pl.DataFrame, column: str) -> pl.DataFrame:
    """Add the ``origin`` key column and a ``<dim>|origin`` column per slice dimension."""
    dims = [c for c in keys.columns if not c.startswith("_") and c != ORIGIN_DIMENSION]
    keys = keys.with_columns(origin_keys(frame, column))
    return keys.with_columns(cross_column(keys, dim, ORIGIN_DIMENSION) for dim in dims)
