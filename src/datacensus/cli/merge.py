"""`datacensus merge`: counts files (or stored results) -> one comparison and report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from datacensus.cli.options import (
    Confidence,
    Correction,
    FailOn,
    Interval,
    Materiality,
    MinExpectedMissing,
    MinShare,
    OutDir,
    PlotlyJs,
    PolicyFile,
    Quiet,
    Refs,
    Tau,
    Weights,
)


def merge(
    counts: Annotated[
        list[Path],
        typer.Argument(help="Counts files from `datacensus count` (or result.json files)."),
    ],
    output: OutDir = Path("datacensus-report"),
    ref: Refs = None,
    min_share: MinShare = None,
    weight: Weights = None,
    policy: PolicyFile = None,
    fail_on: FailOn = None,
    tau: Tau = 0.5,
    confidence: Confidence = 0.95,
    correction: Correction = "bonferroni",
    min_expected_missing: MinExpectedMissing = 5.0,
    interval: Interval = "exact",
    materiality: Materiality = "slice",
    quiet: Quiet = False,
    plotlyjs: PlotlyJs = "inline",
) -> None:
    """Merge COUNTS made with one spec and model, compare and write the report."""
    from datacensus.cli.audit import exit_on_verdict, print_summary
    from datacensus.compare.compose import ref_options
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
        references=ref_options(ref, min_share),
        weight=weight or ["documents"],
        stats=StatsParams(
            confidence=confidence,
            tau=tau,
            min_expected_missing=min_expected_missing,
            correction=correction,
            interval=interval,
            materiality=materiality,
        ),
        policy=policy_from_options(policy, fail_on),
    )
    paths = write_report(result, output, plotlyjs=plotlyjs)
    if not quiet:
        print_summary(result)
    typer.echo(f"report: {paths['html']}")
    exit_on_verdict(result)
