"""Reference distributions: the shipped ones (with provenance) and the user's own.

A reference is a CSV with a ``key`` column and either a ``share`` column or a count column
(``count``, ``population``, ``speakers``, ...), optionally with a TOML sidecar of the same stem
holding provenance. Validation turns it into a REFERENCE_SCHEMA table whose shares sum to 1.
See docs/references.md.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Iterable
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any

import polars as pl

from datacensus.codes.reference_table import validate_reference_table
from datacensus.datafiles import reference_dir
from datacensus.errors import InvalidReferenceError
from datacensus.models import Provenance, Reference
from datacensus.schema import UNKNOWN_PREFIX

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
        frame,
        dimension=dimension,
        origin=str(path),
        value_column=value_column,
        first_line=2,
        canonical_keys=not user_supplied,
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
