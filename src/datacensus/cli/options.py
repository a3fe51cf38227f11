"""Shared CLI pieces: error handling, option parsers and option types."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn, ParamSpec, TypeVar

import click
import typer

from datacensus.errors import DatacensusError, InputError

P = ParamSpec("P")
R = TypeVar("R")


#: Set by `datacensus --debug`: print tracebacks of internal errors on stderr.
DEBUG = {"on": False}


def handles_errors(func: Callable[P, R]) -> Callable[P, R]:
    """A DatacensusError becomes `error: ...` on stderr and its exit code (2 or 1); Ctrl-C exits
    130; anything else is an internal error: one line, the traceback saved to a file, exit 3."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except DatacensusError as exc:
            if exc.exit_code == 3:
                internal_error(exc)
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except (typer.Exit, typer.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:  # not 1: that exit code means "a policy failed"
            typer.echo("interrupted", err=True)
            raise typer.Exit(130) from None
        except Exception as exc:  # the CLI's last line of defence
            internal_error(exc)

    return wrapper


def internal_error(exc: BaseException) -> NoReturn:
    """One line naming the saved traceback (with --debug, the traceback too); exit 3."""
    import tempfile
    import traceback

    text = "".join(traceback.format_exception(exc))
    if DEBUG["on"]:
        typer.echo(text, err=True, nl=False)
    where = "not saved"
    try:
        fd, name = tempfile.mkstemp(prefix="datacensus-traceback-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        where = name
    except OSError:
        pass
    summary = (str(exc).strip().splitlines() or [""])[0][:300]
    typer.echo(
        f"internal error: {type(exc).__name__}: {summary} (a bug in datacensus; traceback: "
        f"{where}; --debug prints it)",
        err=True,
    )
    raise typer.Exit(3)


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
