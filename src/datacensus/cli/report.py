"""`datacensus report`: re-render a stored result.json without the data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from datacensus.cli.options import OutDir, PlotlyJs


def report(
    result_json: Annotated[Path, typer.Argument(help="A stored result.json.")],
    output: OutDir = Path("datacensus-report"),
    plotlyjs: PlotlyJs = "inline",
) -> None:
    """Re-render report.html and summary.md from a stored result.json."""
    from datacensus.models import AuditResult
    from datacensus.report.html import check_plotlyjs
    from datacensus.report.outputs import check_output_dir

    check_plotlyjs(plotlyjs)
    check_output_dir(output)
    result = AuditResult.read(result_json)
    from datacensus.report.write import write_report

    paths = write_report(result, output, plotlyjs=plotlyjs)
    typer.echo(f"report: {paths['html']}")
