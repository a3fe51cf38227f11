"""Shared CLI pieces: error handling, option parsers and option types."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, ParamSpec, TypeVar

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
        except (typer.Exit, typer.Abort, typer.TyperException):  # typer's own usage errors
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


# Options shared by several commands (audit, count, merge, lid-eval): declared once here.
Text = Annotated[str, typer.Option(help="Column holding the document text.")]
LangCol = Annotated[str | None, typer.Option(help="Use existing language labels from this column.")]
LidModel = Annotated[
    Path | None, typer.Option(help="A fastText LID model (default: bundled lid.176.ftz).")
]
MinConfidence = Annotated[
    float | None, typer.Option(help="Below this LID probability a row is unknown.")
]
LidMaxChars = Annotated[
    int | None, typer.Option(help="Predict on at most this many characters per document.")
]
Workers = Annotated[int | None, typer.Option(help="LID processes (default: all cores).")]
Strict = Annotated[bool, typer.Option(help="Fail on the first unreadable row.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print only the paths.")]
Cache = Annotated[
    bool,
    typer.Option(
        help="Reuse per-shard counts from earlier runs (keyed by a hash of each file's bytes "
        "and the audit settings; see docs/scale.md)."
    ),
]
CountryCol = Annotated[
    str | None, typer.Option(help="Country column (ISO codes or English names).")
]
UrlCol = Annotated[
    str | None,
    typer.Option(help="URL column: country from the ccTLD (url_country if --country-col)."),
]
Category = Annotated[
    list[str] | None, typer.Option(help="A label column to audit as a dimension; repeatable.")
]
CategorySep = Annotated[
    str | None, typer.Option(help="Split category values on this separator (multi-label).")
]
CategoryDepth = Annotated[
    int | None, typer.Option(help="Roll hierarchical categories a/b/c up to this depth.")
]
VanityTlds = Annotated[
    bool, typer.Option(help="Count vanity ccTLDs (.io, .tv, .co, ...) as their countries.")
]
Cross = Annotated[
    list[str] | None,
    typer.Option(help="A,B: a 2-D coverage table (e.g. language,country); repeatable."),
]
OriginCol = Annotated[
    str | None,
    typer.Option(help="Row origin column (human / synthetic / ...): split every dimension."),
]
TokensCol = Annotated[
    str | None, typer.Option(help="Column with a token count per row (for --weight tokens).")
]
ClusterCol = Annotated[
    str | None,
    typer.Option(help="Column naming each row's cluster (site, book, speaker, file)."),
]
NoCluster = Annotated[
    bool,
    typer.Option("--no-cluster", help="With --url-col: do not treat each domain as a cluster."),
]
Refs = Annotated[
    list[str] | None,
    typer.Option(
        help="DIMENSION=NAME, path.csv, uniform, 0.5*A+0.5*B or A@region=Africa; "
        "repeat a dimension to compare with several references (lenses)."
    ),
]
MinShare = Annotated[
    list[str] | None,
    typer.Option(help="DIMENSION=SHARE: every key of the reference gets at least SHARE."),
]
Weights = Annotated[
    list[str] | None,
    typer.Option(
        help="documents (default), chars or tokens; repeat to also compare under another "
        "weighting (e.g. --weight documents --weight chars)."
    ),
]
PolicyFile = Annotated[Path | None, typer.Option(help="A TOML policy file; exit 1 when it fails.")]
FailOn = Annotated[
    str | None,
    typer.Option(help="Exit 1 when any slice has one of these statuses, e.g. under,missing."),
]
Tau = Annotated[
    float, typer.Option(help="under below tau x reference share, over above share / tau.")
]
Confidence = Annotated[
    float, typer.Option(help="Family-wise confidence of each dimension's intervals.")
]
Correction = Annotated[
    str, typer.Option(help="Multiplicity correction across slices: bonferroni or none.")
]
MinExpectedMissing = Annotated[
    float, typer.Option(help="'missing' only when at least this many rows were expected.")
]
Interval = Annotated[
    str, typer.Option(help="Interval of each share: exact (default), jeffreys or wilson.")
]
Materiality = Annotated[
    str,
    typer.Option(
        help="Where 'by more than tau' is judged for under/over: slice (default; the difference "
        "is family-wise significant) or family (the family-wise interval clears tau)."
    ),
]


def dimension_options(
    *,
    country_col: str | None,
    url_col: str | None,
    category: list[str] | None,
    category_sep: str | None,
    category_depth: int | None,
    include_vanity_tlds: bool,
    cross: list[str] | None,
    origin_col: str | None,
    tokens_col: str | None,
    cluster_col: str | None,
    no_cluster: bool,
) -> dict[str, Any]:
    """The `audit()` keywords of the dimension options that audit and count share."""
    return {
        "country": country_col,
        "url": url_col,
        "categories": category or (),
        "category_sep": category_sep,
        "category_depth": category_depth,
        "vanity": include_vanity_tlds,
        "cross": parse_cross(cross),
        "origin": origin_col,
        "tokens": tokens_col,
        "cluster": cluster_col,
        "domain_clusters": not no_cluster,
    }
