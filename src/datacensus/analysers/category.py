"""Any label column as a dimension: plain, list-valued or separated labels, hierarchical paths."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from datacensus.errors import InputError
from datacensus.schema import UNKNOWN_PREFIX, unknown_key

#: Separator of the levels of a hierarchical label ("science/physics/optics").
HIERARCHY_SEPARATOR = "/"


@dataclass(frozen=True)
class CategoryFromColumn:
    """Labels of one column; the dimension is named after the column.

    A list-valued column, or a string column split on ``sep``, counts a document once per
    distinct label. ``depth`` truncates hierarchical labels (``a/b/c`` at depth 2 -> ``a/b``).
    Null, empty and all-blank values are ``?empty``; labels starting with ``?`` (reserved for
    unknown keys) are ``?unmapped=<label>``.
    """

    column: str
    sep: str | None = None
    depth: int | None = None

    def __post_init__(self) -> None:
        if self.depth is not None and self.depth < 1:
            raise InputError(f"category depth {self.depth}: expected 1 or more")
        if self.sep == "":
            raise InputError(f"category separator for {self.column!r}: expected a non-empty string")
        if not self.column or self.column.startswith("_") or "|" in self.column:
            raise InputError(
                f"category column {self.column!r}: dimension names must be non-empty, must not "
                "start with '_' and must not contain '|'"
            )

    @property
    def dimensions(self) -> tuple[str, ...]:
        return (self.column,)

    @property
    def columns(self) -> tuple[str, ...]:
        return (self.column,)

    def keys(self, frame: pl.DataFrame) -> pl.DataFrame:
        series = frame.get_column(self.column)
        dtype = series.dtype
        if isinstance(dtype, pl.List | pl.Array):
            if isinstance(dtype.inner, pl.List | pl.Struct | pl.Array):
                raise InputError(
                    f"category column {self.column!r}: expected labels or lists of labels, "
                    f"found {dtype}"
                )
            labels = series.cast(pl.List(pl.String))
        elif isinstance(dtype, pl.Struct | pl.Object):
            raise InputError(
                f"category column {self.column!r}: expected labels or lists of labels, "
                f"found {dtype}"
            )
        elif self.sep is not None:
            labels = series.cast(pl.String).str.split(self.sep)
        else:
            return _scalar_keys(series.cast(pl.String), self.depth).alias(self.column).to_frame()
        return _list_keys(labels, self.depth).alias(self.column).to_frame()


def _clean(label: pl.Expr, depth: int | None) -> pl.Expr:
    """Strip a label (and its levels), truncate to ``depth`` levels; blank -> null."""
    levels = label.str.strip_chars().str.split(HIERARCHY_SEPARATOR)
    levels = levels.list.eval(pl.element().str.strip_chars()).list.eval(
        pl.element().filter(pl.element() != "")
    )
    if depth is not None:
        levels = levels.list.head(depth)
    joined = levels.list.join(HIERARCHY_SEPARATOR)
    # "?" starts unknown keys, so such a label is reported as unmapped rather than as a slice.
    reserved = pl.lit(unknown_key("unmapped", "")) + joined.str.slice(0, 40)
    joined = pl.when(joined.str.starts_with(UNKNOWN_PREFIX)).then(reserved).otherwise(joined)
    return pl.when(joined == "").then(None).otherwise(joined)


def _mapping(labels: pl.Series, depth: int | None) -> dict[str, str | None]:
    """Clean each distinct label once (label columns have few distinct values)."""
    uniques = labels.drop_nulls().unique()
    clean = uniques.to_frame("v").select(_clean(pl.col("v"), depth)).to_series()
    return dict(zip(uniques.to_list(), clean.to_list(), strict=True))


def _scalar_keys(series: pl.Series, depth: int | None) -> pl.Series:
    mapping = _mapping(series, depth)
    cleaned = series.replace_strict(mapping, default=None, return_dtype=pl.String)
    return cleaned.fill_null(unknown_key("empty"))


def _list_keys(series: pl.Series, depth: int | None) -> pl.Series:
    """Lists of labels; nulls and blanks dropped. count_keys makes an empty list ``?empty``."""
    mapping = _mapping(series.explode(), depth)
    each = pl.element().replace_strict(mapping, default=None, return_dtype=pl.String)
    cleaned = pl.col("v").list.eval(each).list.drop_nulls().list.unique(maintain_order=True)
    return series.alias("v").to_frame().select(cleaned.fill_null([])).to_series()
