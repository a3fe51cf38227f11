"""What a needed column may hold, checked row by row wherever the row is in the file.

A column is read as one of four kinds: ``text`` (a string), ``label`` (a string, number or
boolean, read as a string), ``labels`` (a category column: a label, or a list of labels for a
multi-label row) or ``number`` (a whole number, or a string holding one). A value of another type
(a list or an object in the text column, an object or a nested list among labels...) makes the
row a counted ``not_text`` / ``not_label`` / ``not_number`` row; null is always allowed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import polars as pl

TEXT, LABEL, LABELS, NUMBER = "text", "label", "labels", "number"
REASON = {TEXT: "not_text", LABEL: "not_label", LABELS: "not_label", NUMBER: "not_number"}
DTYPE: dict[str, pl.DataType] = {
    TEXT: pl.String(),
    LABEL: pl.String(),
    LABELS: pl.String(),
    NUMBER: pl.Int64(),
}


def kind_of(column: str, kinds: Mapping[str, str]) -> str:
    """The kind of a column (label unless said otherwise)."""
    return kinds.get(column, LABEL)


def check_value(value: Any, kind: str) -> tuple[bool, Any]:
    """``(ok, value as stored)`` for one value of a column of ``kind``."""
    if value is None:
        return True, None
    if kind == TEXT:
        return (True, value) if isinstance(value, str) else (False, None)
    if kind == NUMBER:
        if isinstance(value, bool):
            return False, None
        if isinstance(value, int):
            return True, value
        if isinstance(value, float) and value.is_integer():
            return True, int(value)
        if isinstance(value, str):
            try:
                return True, int(value.strip()) if value.strip() else None
            except ValueError:
                return False, None
        return False, None
    if kind == LABELS and isinstance(value, list):
        labels = [check_value(v, LABEL) for v in value if v is not None]
        if all(ok for ok, _ in labels):
            return True, [v for _, v in labels]
        return False, None
    if isinstance(value, str):
        return True, value
    if isinstance(value, bool):
        return True, "true" if value else "false"
    if isinstance(value, int | float):
        return True, str(value)
    return False, None


def describe(value: Any) -> str:
    """A short name of a value's type for messages: 'a list', 'an object', 'a number'."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return type(value).__name__


def empty_frame(columns: Sequence[str], kinds: Mapping[str, str]) -> pl.DataFrame:
    """A frame with no rows and the columns' kinds as dtypes."""
    return pl.DataFrame(schema={c: DTYPE[kind_of(c, kinds)] for c in columns})


def frame_of(
    rows: list[list[Any]], columns: Sequence[str], kinds: Mapping[str, str]
) -> pl.DataFrame:
    """Checked rows (one list of values per row) as a frame with the kinds' dtypes."""
    data = {c: [row[i] for row in rows] for i, c in enumerate(columns)}
    schema = {c: DTYPE[kind_of(c, kinds)] for c in columns}
    for column in columns:
        values = data[column]
        if kind_of(column, kinds) == LABELS and any(isinstance(v, list) for v in values):
            # a multi-label column: every row a list (a single label becomes a list of one)
            data[column] = [v if v is None or isinstance(v, list) else [v] for v in values]
            schema[column] = pl.List(pl.String)
    return pl.DataFrame(data, schema=schema)
