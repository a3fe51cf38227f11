"""Is this dict a result.json written by datacensus? Checked before anything renders it.

Every field a renderer reads is checked for its type (and the format version for a match), so a
foreign or hand-edited file is answered with one line naming the first bad field, never a crash
deep inside a template.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import polars as pl

from datacensus.errors import InputError
from datacensus.schema import COUNTS_SCHEMA, COVERAGE_SCHEMA, Status

Check = Callable[[Any], bool]


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def _count(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def _str(v: Any) -> bool:
    return isinstance(v, str)


def _opt(check: Check) -> Check:
    return lambda v: v is None or check(v)


NAMES: dict[Check, str] = {_number: "a number", _count: "a whole number >= 0", _str: "a string"}


def _need(value: Any, check: Check, where: str, what: str | None = None) -> None:
    if not check(value):
        found = "nothing" if value is None else f"{type(value).__name__} {str(value)[:40]!r}"
        raise InputError(f"{where}: expected {what or NAMES.get(check, 'a value')}, found {found}")


def _mapping(value: Any, where: str) -> dict[str, Any]:
    _need(value, lambda v: isinstance(v, dict), where, "an object")
    return value


def _list(value: Any, where: str) -> list[Any]:
    _need(value, lambda v: isinstance(v, list), where, "a list")
    return value


def _columns(row: Any, schema: pl.Schema, where: str, required: tuple[str, ...]) -> None:
    row = _mapping(row, where)
    for name, dtype in schema.items():
        if name not in row:
            if name in required:
                raise InputError(f"{where}.{name}: missing")
            continue
        if dtype == pl.String:
            _need(row[name], _opt(_str) if name not in required else _str, f"{where}.{name}")
        elif dtype.is_numeric():
            _need(row[name], _opt(_number), f"{where}.{name}", "a number or null")


def check_audit_result(data: Any, expected_format: int) -> None:
    """Raise InputError naming the first field of ``data`` that a datacensus result cannot
    have."""
    top = _mapping(data, "the file")
    fmt = top.get("result_format")
    if fmt != expected_format:
        raise InputError(
            f"result_format {fmt!r}: this datacensus reads result format {expected_format} "
            "(written by another tool or version?)"
        )
    _need(top.get("datacensus_version"), _str, "datacensus_version")
    _need(top.get("created_at"), _str, "created_at")
    inp = _mapping(top.get("input", {}), "input")
    if "rows_read" in inp:
        _need(inp["rows_read"], _count, "input.rows_read")
    for reason, n in _mapping(inp.get("rows_skipped", {}), "input.rows_skipped").items():
        _need(n, _count, f"input.rows_skipped.{reason}")
    for i, line in enumerate(_list(inp.get("warnings", []), "input.warnings")):
        _need(line, _str, f"input.warnings[{i}]")
    _mapping(top.get("parameters", {}), "parameters")
    statuses = {s.value for s in Status}
    for name, dim in _mapping(top.get("dimensions", {}), "dimensions").items():
        where = f"dimensions.{name}"
        dim = _mapping(dim, where)
        _need(dim.get("name"), _str, f"{where}.name")
        _need(dim.get("weight", "documents"), _str, f"{where}.weight")
        _need(dim.get("total"), _number, f"{where}.total")
        _need(dim.get("documents", 0), _count, f"{where}.documents")
        unknown = _mapping(dim.get("unknown", {}), f"{where}.unknown")
        for reason, n in _mapping(unknown.get("by_reason", {}), f"{where}.unknown").items():
            _need(n, _number, f"{where}.unknown.by_reason.{reason}")
        for reason, n in _mapping(dim.get("unmapped", {}), f"{where}.unmapped").items():
            _need(n, _number, f"{where}.unmapped.{reason}")
        if dim.get("reference") is not None:
            ref = _mapping(dim["reference"], f"{where}.reference")
            _need(ref.get("name"), _str, f"{where}.reference.name")
        for key, value in _mapping(dim.get("metrics", {}), f"{where}.metrics").items():
            _need(value, _opt(_number), f"{where}.metrics.{key}", "a number or null")
        for i, note in enumerate(_list(dim.get("notes", []), f"{where}.notes")):
            _need(note, _str, f"{where}.notes[{i}]")
        for i, row in enumerate(_list(dim.get("slices", []), f"{where}.slices")):
            _columns(row, COVERAGE_SCHEMA, f"{where}.slices[{i}]", ("key", "status"))
            if row["status"] not in statuses:
                raise InputError(
                    f"{where}.slices[{i}].status: {row['status']!r} is not one of "
                    + ", ".join(sorted(statuses))
                )
    verdict = _mapping(top.get("verdict", {"passed": None}), "verdict")
    _need(
        verdict.get("passed"),
        lambda v: v is None or isinstance(v, bool),
        "verdict.passed",
        "true, false or null",
    )
    for i, finding in enumerate(_list(verdict.get("findings", []), "verdict.findings")):
        _mapping(finding, f"verdict.findings[{i}]")
    for i, row in enumerate(_list(top.get("counts", []), "counts")):
        _columns(row, COUNTS_SCHEMA, f"counts[{i}]", ("dimension", "key"))
    if top.get("lid") is not None:
        _mapping(top["lid"], "lid")
    _mapping(top.get("extras", {}), "extras")
