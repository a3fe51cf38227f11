"""Reference distributions: the shipped ones (with provenance) and the user's own.

A reference is a CSV with a ``key`` column and either a ``share`` column or a count column
(``count``, ``population``, ``speakers``, ...), optionally with a TOML sidecar of the same stem
holding provenance. Validation turns it into a REFERENCE_SCHEMA table whose shares sum to 1.
See docs/references.md.
"""

from __future__ import annotations

import hashlib
import math
import tomllib
from collections.abc import Iterable
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any

import polars as pl

from .errors import InvalidReferenceError
from .models import Provenance, Reference
from .schema import REFERENCE_SCHEMA, UNKNOWN_PREFIX

#: Columns read as counts when a CSV has no ``share`` column, in order of preference.
COUNT_COLUMNS = ("count", "population", "speakers", "writers", "documents", "weight", "n")

#: The shipped reference used for a dimension when the user gives none.
DEFAULTS = {
    "language": "world-speakers",
    "country": "world-population",
    "subregion": "m49-subregion",
    "region": "m49-region",
    "language|country": "language-territory",
}

#: Shares within this distance of 1 are rescaled without a note (float rounding).
_SUM_TOLERANCE = 1e-9
_CROSS = "|"


def reference_dir() -> Path:
    """The folder of shipped references: package data in a wheel, the repo folder in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (
        here / "reference_distributions",
        here.parent.parent / "reference_distributions",
    ):
        if (candidate / "README.md").is_file() or any(candidate.glob("*.toml")):
            return candidate
    raise InvalidReferenceError(
        f"no reference_distributions folder found next to {here} or in the source tree; "
        "the installation is incomplete"
    )


# ----------------------------------------------------------------------------- validation


def _where(origin: str, index: int, first_line: int | None) -> str:
    if first_line is None:
        return f"{origin}, row {index + 1}"
    return f"{origin}, line {index + first_line}"


def _key_checker(dimension: str) -> Any:
    """A function ``raw key -> canonical key`` raising ValueError with what was expected."""
    if _CROSS in dimension:
        parts = [_key_checker(d) for d in dimension.split(_CROSS)]

        def check_cross(key: str) -> str:
            pieces = key.split(_CROSS)
            if len(pieces) != len(parts):
                raise ValueError(
                    f"expected {len(parts)} keys joined by {_CROSS!r} for dimension "
                    f"{dimension!r} (e.g. 'sw{_CROSS}KE'), got {key!r}"
                )
            return _CROSS.join(check(p) for check, p in zip(parts, pieces, strict=True))

        return check_cross
    if dimension == "language":
        from .languages import canonical_language

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
    from .countries import is_country, normalise_country

    code = key.strip().upper()
    if is_country(code):
        return code
    hint = normalise_country(key)
    suggestion = f" (did you mean {hint!r}?)" if hint else ""
    raise ValueError(f"{key!r} is not an ISO 3166-1 alpha-2 country code{suggestion}")


def _check_m49(key: str, level: str) -> str:
    from .countries import m49_codes

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
) -> tuple[pl.DataFrame, list[str]]:
    """Check a ``key``/``share`` table and return it as REFERENCE_SCHEMA plus notes.

    ``value_column`` may hold shares or counts; either way the result sums to 1 (a note records
    any rescaling). Errors name ``origin``, the row (or file line, when ``first_line`` gives the
    line of the first data row) and what was expected.
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
    check = _key_checker(dimension)
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


# ----------------------------------------------------------------------------- loading


def shipped_names() -> list[str]:
    """Names of the shipped reference distributions, sorted."""
    return sorted(p.stem for p in reference_dir().glob("*.toml") if p.with_suffix(".csv").is_file())


def shipped_reference(name: str) -> Reference:
    """One shipped reference by name, whatever its dimension."""
    if name not in shipped_names():
        raise InvalidReferenceError(
            f"no shipped reference {name!r} (shipped: {', '.join(shipped_names())})"
        )
    return _load_shipped(name)


def shipped_references() -> list[Reference]:
    """Every shipped reference distribution, sorted by name."""
    return [_load_shipped(name) for name in shipped_names()]


def default_reference(dimension: str) -> Reference | None:
    """The shipped reference for a dimension; None means "uniform over the observed keys"."""
    name = DEFAULTS.get(dimension)
    return _load_shipped(name) if name else None


def uniform_reference(keys: Iterable[str], dimension: str) -> Reference:
    """Equal shares over ``keys`` (unknown keys skipped): the reference of a balance audit."""
    wanted = sorted({k for k in keys if not k.startswith(UNKNOWN_PREFIX)})
    if not wanted:
        raise InvalidReferenceError(f"uniform reference for {dimension!r}: no keys given")
    frame = pl.DataFrame({"key": wanted, "share": [1.0] * len(wanted)})
    table, _ = validate_reference_table(
        frame, dimension=dimension, origin=f"uniform:{dimension}", value_column="share"
    )
    provenance = Provenance(
        name="uniform",
        dimension=dimension,
        title=f"Uniform over the {len(wanted)} observed {dimension} keys",
        method="every observed key gets the same share (a balance audit)",
        notes=(f"uniform over {len(wanted)} keys",),
    )
    return Reference(provenance=provenance, table=table)


def load_reference(spec: str | Path | Reference, *, dimension: str) -> Reference:
    """A reference from a shipped name, a CSV path (with optional sidecar TOML) or a Reference."""
    if isinstance(spec, Reference):
        if spec.dimension != dimension:
            raise InvalidReferenceError(
                f"reference {spec.name!r} is for dimension {spec.dimension!r}, not {dimension!r}"
            )
        return spec
    text = str(spec)
    if isinstance(spec, str) and text in shipped_names():
        ref = _load_shipped(text)
        if ref.dimension != dimension:
            fits = ", ".join(r.name for r in shipped_references() if r.dimension == dimension)
            raise InvalidReferenceError(
                f"shipped reference {text!r} is for dimension {ref.dimension!r}, not "
                f"{dimension!r} (shipped for {dimension!r}: {fits or 'none'})"
            )
        return ref
    path = Path(spec)
    if path.suffix.lower() != ".csv" or not path.is_file():
        problem = "no such file" if path.suffix.lower() == ".csv" else "not a shipped reference"
        raise InvalidReferenceError(
            f"{text!r}: {problem}; give a shipped name ({', '.join(shipped_names())}) or the "
            "path of a CSV file with columns key and share (or a count column)"
        )
    return _read_csv_reference(path, dimension=dimension, user_supplied=True)


@cache
def _load_shipped(name: str) -> Reference:
    path = reference_dir() / f"{name}.csv"
    meta = _read_sidecar(path.with_suffix(".toml"))
    dimension = str(meta.get("dimension", ""))
    return _read_csv_reference(path, dimension=dimension, user_supplied=False)


def _read_sidecar(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise InvalidReferenceError(f"{path}: not valid TOML ({exc})") from None


def _read_csv_reference(path: Path, *, dimension: str, user_supplied: bool) -> Reference:
    data = path.read_bytes()
    try:
        frame = pl.read_csv(data, infer_schema=False)
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError) as exc:
        raise InvalidReferenceError(f"{path}: not a readable CSV file ({exc})") from None
    columns = {c.strip().lower(): c for c in frame.columns}
    frame = frame.rename({orig: low for low, orig in columns.items()})
    if "key" not in frame.columns:
        raise InvalidReferenceError(
            f"{path}: no 'key' column (columns: {', '.join(columns.values()) or 'none'})"
        )
    value_column = next((c for c in ("share", *COUNT_COLUMNS) if c in frame.columns), None)
    if value_column is None:
        raise InvalidReferenceError(
            f"{path}: no value column; expected 'share' or a count column "
            f"({', '.join(COUNT_COLUMNS)}), found {', '.join(columns.values())}"
        )
    meta = _read_sidecar(path.with_suffix(".toml"))
    declared = meta.get("dimension")
    if declared and declared != dimension:
        raise InvalidReferenceError(
            f"{path.with_suffix('.toml')}: declares dimension {declared!r}, but it was given "
            f"for {dimension!r}"
        )
    table, notes = validate_reference_table(
        frame, dimension=dimension, origin=str(path), value_column=value_column, first_line=2
    )
    known = {f.name for f in fields(Provenance)} - {"sha256", "user_supplied", "dimension"}
    info = {k: v for k, v in meta.items() if k in known}
    info["caveats"] = tuple(str(c) for c in info.get("caveats", ()))
    info["notes"] = tuple(str(n) for n in info.get("notes", ())) + tuple(notes)
    info.setdefault("name", path.stem)
    for key in ("version", "derived", "year"):
        if key in info:
            info[key] = str(info[key])
    if user_supplied:
        info["notes"] = ("user-supplied", *info["notes"])
    provenance = Provenance(
        dimension=dimension,
        sha256=hashlib.sha256(data).hexdigest(),
        user_supplied=user_supplied,
        **info,
    )
    return Reference(provenance=provenance, table=table)
