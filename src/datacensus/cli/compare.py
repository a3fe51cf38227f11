"""`datacensus compare BEFORE AFTER`: what did a filter or a sampling step do to representation?"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer


def compare(
    before: Annotated[str, typer.Argument(help="A result.json (or its directory), or data.")],
    after: Annotated[str, typer.Argument(help="A result.json (or its directory), or data.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write comparison.{html,json,md} here.")
    ] = None,
    max_drop: Annotated[
        float | None,
        typer.Option(
            help="Exit 1 when a slice significantly lost more than this fraction of "
            "its share (0.5 = half)."
        ),
    ] = None,
    min_change: Annotated[
        float, typer.Option(help="Relative change below which a slice counts as unchanged.")
    ] = 0.1,
    confidence: Annotated[float, typer.Option(help="Family-wise confidence per dimension.")] = 0.95,
    text: Annotated[str, typer.Option(help="Text column, when auditing data.")] = "text",
    lang_col: Annotated[
        str | None, typer.Option(help="Language label column, when auditing data.")
    ] = None,
    ref: Annotated[
        list[str] | None, typer.Option(help="DIMENSION=NAME or DIMENSION=path.csv, for data.")
    ] = None,
    country_col: Annotated[str | None, typer.Option(help="Country column, for data.")] = None,
    url_col: Annotated[str | None, typer.Option(help="URL column, for data.")] = None,
    category: Annotated[
        list[str] | None, typer.Option(help="Label column to compare; repeatable, for data.")
    ] = None,
) -> None:
    """Compare two audits: per slice the change in share with an interval; what dropped or
    disappeared."""
    from datacensus.api import load_side
    from datacensus.cli.options import parse_refs
    from datacensus.compare.before_after import compare_audits
    from datacensus.report.outputs import check_output_dir

    if output is not None:
        check_output_dir(output)

    options: dict[str, Any] = {
        "text": text,
        "language": lang_col,
        "references": parse_refs(ref),
        "country": country_col,
        "url": url_col,
        "categories": category or (),
    }
    result = compare_audits(
        load_side(before, **options),
        load_side(after, **options),
        confidence=confidence,
        min_relative_change=min_change,
        max_drop=max_drop,
    )
    print_comparison(result)
    if output is not None:
        from datacensus.report.write import write_report

        paths = write_report(result, output)
        typer.echo(f"report: {paths['html']}")
    if result.passed is False:
        for finding in result.findings:
            typer.echo(f"  - {finding['message']}", err=True)
        typer.echo(f"gate failed: {len(result.findings)} slice(s) lost too much share", err=True)
        raise typer.Exit(1)


def print_comparison(result: Any) -> None:
    """A few lines per dimension: status counts, then the slices that lost share."""
    from datacensus.report.filters import pct, points, relative

    rows_b, rows_a = result.before.get("rows_read"), result.after.get("rows_read")
    typer.echo(f"rows: {rows_b} before, {rows_a} after")
    for note in result.notes:
        typer.echo(f"note: {note}")
    for name, dim in result.dimensions.items():
        counts = ", ".join(f"{s} {n}" for s, n in dim.status_counts().items())
        typer.echo(f"{name}: {counts}")
        for r in dim.slices.to_dicts():
            if r["status"] in ("dropped", "disappeared"):
                typer.echo(
                    f"  {r['label']} ({r['key']}): {pct(r['before_share'])} -> "
                    f"{pct(r['after_share'])} ({points(r['change'])}, "
                    f"{relative(r['relative_change'])}), {r['status']}"
                )
