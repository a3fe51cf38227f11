"""Typer commands of the datawork audits; `datacensus.cli` mounts them with its error handling."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

Inputs = Annotated[
    list[str], typer.Argument(help="Files, directories or globs (parquet, jsonl[.gz|.zst], csv).")
]


def annotators(
    inputs: Inputs,
    item: Annotated[str, typer.Option(help="Column naming the item labelled.")],
    annotator: Annotated[str, typer.Option(help="Column naming who labelled it.")],
    label: Annotated[str, typer.Option(help="Column holding the label given.")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Directory for the report files.")
    ] = Path("datacensus-annotators"),
    attr: Annotated[
        list[str] | None,
        typer.Option(help="Annotator attribute column (country, language, gender...); repeatable."),
    ] = None,
    item_attr: Annotated[
        list[str] | None,
        typer.Option(help="Item attribute column to split agreement by; repeatable."),
    ] = None,
    ordinal: Annotated[bool, typer.Option(help="Also compute ordinal alpha.")] = False,
    label_order: Annotated[
        str | None, typer.Option(help="Comma-separated label order for ordinal alpha.")
    ] = None,
    ref: Annotated[
        list[str] | None,
        typer.Option(help="ATTR=NAME (shipped) or ATTR=path.csv target population; repeatable."),
    ] = None,
    bootstrap: Annotated[int, typer.Option(help="Bootstrap replicates over items.")] = 1000,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap.")] = 0,
    datasheet: Annotated[
        Path | None, typer.Option(help="Provenance file (datasheet.toml) to validate and show.")
    ] = None,
    strict: Annotated[bool, typer.Option(help="Fail on the first unreadable row.")] = False,
) -> None:
    """Audit annotators of long-format labels: pool composition, concentration, agreement."""
    from dataclasses import replace

    from datacensus.annotators.audit import audit_annotators
    from datacensus.cli.options import parse_refs
    from datacensus.report.annotators_page import headlines
    from datacensus.report.outputs import check_output_dir

    check_output_dir(output)
    result = audit_annotators(
        inputs,
        item=item,
        annotator=annotator,
        label=label,
        attrs=attr or (),
        item_attrs=item_attr or (),
        ordinal=ordinal,
        label_order=[v.strip() for v in label_order.split(",")] if label_order else None,
        references=parse_refs(ref),
        replicates=bootstrap,
        seed=seed,
        strict=strict,
    )
    if datasheet is not None:
        from datacensus.inputs.datasheet import load_datasheet

        result = replace(result, extras={**result.extras, "datasheet": load_datasheet(datasheet)})
    from datacensus.report.write import write_report

    paths = write_report(result, output)
    for line in headlines(result):
        typer.echo(line)
    typer.echo(f"report: {paths['html']}")


def card(
    results: Annotated[
        list[Path], typer.Argument(help="Stored result.json files (audit and/or annotators).")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Directory for the data-card files.")
    ] = Path("datacensus-card"),
    name: Annotated[str | None, typer.Option(help="Dataset name for the card.")] = None,
    croissant: Annotated[
        Path | None,
        typer.Option(
            help="An existing Croissant file: write a copy into --output with the measured RAI "
            "fields merged in, everything else unchanged."
        ),
    ] = None,
) -> None:
    """Write a Markdown data-card section and a Croissant RAI JSON-LD document from results."""
    from datacensus.report.card import write_card
    from datacensus.report.croissant import write_croissant
    from datacensus.report.outputs import check_output_dir

    check_output_dir(output)

    paths = write_card(results, output, name=name)
    typer.echo(f"data card: {paths['markdown']}")
    # a whole Croissant document (the reference validator loads it), then the optional merge
    typer.echo(f"croissant RAI: {write_croissant(results, output, name=name)}")
    if croissant is not None:
        merged = write_croissant(results, output, name=name, existing=croissant)
        typer.echo(f"croissant (merged): {merged}")
