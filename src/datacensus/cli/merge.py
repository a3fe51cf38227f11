"""`datacensus merge`: counts files (or stored results) -> one comparison and report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from datacensus.cli.options import OutDir, PlotlyJs, parse_refs


def merge(
    counts: Annotated[
        list[Path],
        typer.Argument(help="Counts files from `datacensus count` (or result.json files)."),
    ],
    output: OutDir = Path("datacensus-report"),
    ref: Annotated[
        list[str] | None,
        typer.Option(help="DIMENSION=NAME (shipped) or DIMENSION=path.csv; repeatable."),
    ] = None,
    weight: Annotated[
        list[str] | None,
        typer.Option(help="documents (default), chars or tokens; repeat for more weightings."),
    ] = None,
    policy: Annotated[
        Path | None, typer.Option(help="A TOML policy file; exit 1 when it fails.")
    ] = None,
    fail_on: Annotated[
        str | None,
        typer.Option(help="Exit 1 when any slice has one of these statuses, e.g. under,missing."),
    ] = None,
    tau: Annotated[
        float, typer.Option(help="under below tau x reference share, over above share / tau.")
    ] = 0.5,
    confidence: Annotated[
        float, typer.Option(help="Family-wise confidence of each dimension's intervals.")
    ] = 0.95,
    correction: Annotated[
        str, typer.Option(help="Multiplicity correction across slices: bonferroni or none.")
    ] = "bonferroni",
    min_expected_missing: Annotated[
        float, typer.Option(help="'missing' only when at least this many rows were expected.")
    ] = 5.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the paths.")] = False,
    plotlyjs: PlotlyJs = "inline",
) -> None:
    """Merge COUNTS made with one spec and model, compare and write the report."""
    from datacensus.cli.audit import exit_on_verdict, print_summary
    from datacensus.compare.statistics import StatsParams
    from datacensus.integrations.pieces import result_from_counts
    from datacensus.policy.parse import policy_from_options
    from datacensus.report.html import check_plotlyjs
    from datacensus.report.outputs import check_output_dir
    from datacensus.report.write import write_report

    check_plotlyjs(plotlyjs)
    check_output_dir(output)  # before any counts are read
    result = result_from_counts(
        counts,
        references=parse_refs(ref),
        weight=weight or ["documents"],
        stats=StatsParams(
            confidence=confidence,
            tau=tau,
            min_expected_missing=min_expected_missing,
            correction=correction,
        ),
        policy=policy_from_options(policy, fail_on),
    )
    paths = write_report(result, output, plotlyjs=plotlyjs)
    if not quiet:
        print_summary(result)
    typer.echo(f"report: {paths['html']}")
    exit_on_verdict(result)
