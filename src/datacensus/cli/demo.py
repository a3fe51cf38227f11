"""`datacensus demo`: write the bundled demo corpus and audit it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from datacensus.cli.audit import print_summary
from datacensus.cli.options import OutDir, PlotlyJs


def demo(
    output: OutDir = Path("reports/demo"),
    documents: Annotated[int, typer.Option(help="Size of the demo corpus.")] = 6000,
    seed: Annotated[int, typer.Option(help="Seed of the corpus generator.")] = 7,
    plotlyjs: PlotlyJs = "inline",
) -> None:
    """Write the bundled demo corpus, audit it and write the report."""
    from datacensus.api import audit as run_audit
    from datacensus.demo import write_demo_corpus
    from datacensus.report.html import check_plotlyjs
    from datacensus.report.outputs import check_output_dir

    check_plotlyjs(plotlyjs)
    check_output_dir(output)
    corpus = write_demo_corpus(output / "corpus" / "demo.jsonl", documents=documents, seed=seed)
    typer.echo(f"demo corpus: {corpus}")
    result = run_audit(
        [corpus],
        country="country",
        url="url",
        categories=["topic"],
        cross=[("language", "country")],
        cache=True,
    )
    from datacensus.report.write import write_report

    paths = write_report(result, output, plotlyjs=plotlyjs)
    print_summary(result)
    typer.echo(f"report: {paths['html']}")
