"""Validate a reference table: known keys for its dimension, numbers >= 0, shares summing to 1."""

from __future__ import annotations

import math
from typing import Any

import polars as pl

from datacensus.errors import InvalidReferenceError
from datacensus.schema import CROSS_SEPARATOR, REFERENCE_SCHEMA

#: Shares within this distance of 1 are rescaled without a note (float rounding).
_SUM_TOLERANCE = 1e-9


def _where(origin: str, index: int, first_line: int | None) -> str:
    if first_line is None:
        return f"{origin}, row {index + 1}"
    return f"{origin}, line {index + first_line}"


def _key_checker(dimension: str) -> Any:
    """A function ``raw key -> canonical key`` raising ValueError with what was expected."""
    if CROSS_SEPARATOR in dimension:
        parts = [_key_checker(d) for d in dimension.split(CROSS_SEPARATOR)]

        def check_cross(key: str) -> str:
            pieces = key.split(CROSS_SEPARATOR)
            if len(pieces) != len(parts):
                raise ValueError(
                    f"expected {len(parts)} keys joined by {CROSS_SEPARATOR!r} for dimension "
                    f"{dimension!r} (e.g. 'sw{CROSS_SEPARATOR}KE'), got {key!r}"
                )
            return CROSS_SEPARATOR.join(check(p) for check, p in zip(parts, pieces, strict=True))

        return check_cross
    if dimension == "language":
        from datacensus.codes.languages import canonical_language

        return canonical_language
    if dimension == "country":
        return _check_country
    if dimension in {"subregion", "region"}:
        return lambda key: _check_m49(key, dimension)
    return _check_any


def _check_any(key: str) -> str:
    if not key.strip():
        raise ValueError("expected a non-empty key")
    return key


def _check_country(key: str) -> str:
    from datacensus.codes.countries import is_country, normalise_country

    code = key.strip().upper()
    if is_country(code):
        return code
    hint = normalise_country(key)
    suggestion = f" (did you mean {hint!r}?)" if hint else ""
    raise ValueError(f"{key!r} is not an ISO 3166-1 alpha-2 country code{suggestion}")


def _check_m49(key: str, level: str) -> str:
    from datacensus.codes.countries import m49_codes

    code = key.strip()
    if code.isdigit():
        code = code.zfill(3)
    known = m49_codes(level)
    if code not in known:
        raise ValueError(
            f"{key!r} is not a UN M49 {level} code (expected one of {', '.join(sorted(known))})"
        )
    return code


def validate_reference_table(
    frame: pl.DataFrame,
    *,
    dimension: str,
    origin: str,
    value_column: str = "share",
    first_line: int | None = None,
    canonical_keys: bool = False,
) -> tuple[pl.DataFrame, list[str]]:
    """Check a ``key``/``share`` table and return it as REFERENCE_SCHEMA plus notes.

    ``value_column`` may hold shares or counts; either way the result sums to 1 (a note records
    any rescaling). Errors name ``origin``, the row (or file line, when ``first_line`` gives the
    line of the first data row) and what was expected. ``canonical_keys`` trusts the keys to be
    canonical already (shipped references, which the tests check): canonicalising hundreds of
    language tags costs a tenth of a second.
    """
    for column in ("key", value_column):
        if column not in frame.columns:
            raise InvalidReferenceError(
                f"{origin}: no {column!r} column (columns: {', '.join(frame.columns) or 'none'})"
            )
    if frame.height == 0:
        raise InvalidReferenceError(f"{origin}: the reference has no rows")
    raw_keys = frame["key"].cast(pl.String, strict=False).to_list()
    raw_values = frame[value_column].to_list()
    check = _check_any if canonical_keys else _key_checker(dimension)
    keys: list[str] = []
    values: list[float] = []
    first_row: dict[str, int] = {}
    changed: list[str] = []
    for i, (raw_key, raw_value) in enumerate(zip(raw_keys, raw_values, strict=True)):
        where = _where(origin, i, first_line)
        if raw_key is None or not str(raw_key).strip():
            raise InvalidReferenceError(f"{where}: empty key (expected a {dimension} key)")
        raw_key = str(raw_key).strip()
        try:
            key = check(raw_key)
        except ValueError as exc:
            raise InvalidReferenceError(f"{where}: {exc}") from None
        value = _number(raw_value, where, value_column)
        if key in first_row:
            other = _where(origin, first_row[key], first_line)
            raise InvalidReferenceError(
                f"{where}: key {raw_key!r} duplicates {raw_keys[first_row[key]]!r} at {other} "
                f"(both are {key!r} for dimension {dimension!r})"
            )
        if key != raw_key:
            changed.append(f"{raw_key!r}->{key!r}")
        first_row[key] = i
        keys.append(key)
        values.append(value)
    total = math.fsum(values)
    if total <= 0:
        raise InvalidReferenceError(
            f"{origin}: every {value_column} is 0; a reference needs at least one positive value"
        )
    notes: list[str] = []
    if changed:
        shown = ", ".join(changed[:5]) + (", ..." if len(changed) > 5 else "")
        noun = "key" if len(changed) == 1 else "keys"
        notes.append(f"{len(changed)} {noun} canonicalised: {shown}")
    if value_column != "share":
        notes.append(f"shares computed from column {value_column!r} (total {total:g})")
    elif abs(total - 1.0) > _SUM_TOLERANCE:
        notes.append(f"renormalised from sum {total:.6g}")
    table = pl.DataFrame(
        {"key": keys, "share": [v / total for v in values]}, schema=REFERENCE_SCHEMA
    ).sort(["share", "key"], descending=[True, False])
    return table, notes


def _number(raw: object, where: str, column: str) -> float:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        raise InvalidReferenceError(f"{where}: empty {column} (expected a number >= 0)")
    try:
        value = float(raw.strip() if isinstance(raw, str) else raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InvalidReferenceError(
            f"{where}: {column} {raw!r} is not a number (expected a number >= 0)"
        ) from None
    if math.isnan(value) or math.isinf(value):
        raise InvalidReferenceError(f"{where}: {column} is {raw!r} (expected a finite number >= 0)")
    if value < 0:
        raise InvalidReferenceError(f"{where}: {column} {raw!r} is negative (expected >= 0)")
    return value
