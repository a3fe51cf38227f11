"""Shared CLI pieces: error handling, option parsers and option types."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from datacensus.errors import DatacensusError, InputError

P = ParamSpec("P")
R = TypeVar("R")


def handles_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn a DatacensusError into `error: ...` on stderr and the error's exit code."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except DatacensusError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def parse_refs(values: list[str] | None) -> dict[str, str]:
    """`--ref language=world-writers --ref country=my.csv` -> {dimension: spec}."""
    out: dict[str, str] = {}
    for value in values or []:
        dimension, sep, spec = value.partition("=")
        if not sep or not dimension.strip() or not spec.strip():
            raise InputError(f"--ref {value!r}: expected DIMENSION=NAME or DIMENSION=path.csv")
        out[dimension.strip()] = spec.strip()
    return out


def parse_cross(values: list[str] | None) -> list[tuple[str, str]]:
    """`--cross language,country` -> [("language", "country")]."""
    out: list[tuple[str, str]] = []
    for value in values or []:
        parts = [p.strip() for p in value.split(",")]
        if len(parts) != 2 or not all(parts) or parts[0] == parts[1]:
            raise InputError(
                f"--cross {value!r}: expected two different dimensions joined by a comma, "
                "e.g. language,country"
            )
        out.append((parts[0], parts[1]))
    return out


Inputs = Annotated[
    list[str], typer.Argument(help="Files, directories or globs (parquet, jsonl[.gz|.zst], csv).")
]
OutDir = Annotated[Path, typer.Option("--output", "-o", help="Directory for the report files.")]
PlotlyJs = Annotated[
    str,
    typer.Option(help="inline (self-contained, no network), cdn (small file) or none (no charts)."),
]
