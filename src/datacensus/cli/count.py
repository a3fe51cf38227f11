"""`datacensus count`: count INPUT files into one mergeable counts file (no comparison yet)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from datacensus.cli.options import Inputs, parse_cross


def count(
    inputs: Inputs,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The counts file to write (.parquet).")
    ],
    text: Annotated[str, typer.Option(help="Column holding the document text.")] = "text",
    read_text: Annotated[
        bool,
        typer.Option(
            "--read-text/--no-read-text",
            help="Read the text column (LID, chars and tokens weights); --no-read-text needs "
            "--lang-col.",
        ),
    ] = True,
    lang_col: Annotated[
        str | None, typer.Option(help="Use existing language labels from this column.")
    ] = None,
    lid_model: Annotated[
        Path | None, typer.Option(help="A fastText LID model (default: bundled lid.176.ftz).")
    ] = None,
    min_confidence: Annotated[
        float | None, typer.Option(help="Below this LID probability a row is unknown.")
    ] = None,
    lid_max_chars: Annotated[
        int | None, typer.Option(help="Predict on at most this many characters per document.")
    ] = None,
    workers: Annotated[int | None, typer.Option(help="LID processes (default: all cores).")] = None,
    strict: Annotated[bool, typer.Option(help="Fail on the first unreadable row.")] = False,
    cache: Annotated[
        bool, typer.Option(help="Reuse per-shard counts from earlier runs (keyed by content).")
    ] = True,
    country_col: Annotated[str | None, typer.Option(help="Country column.")] = None,
    url_col: Annotated[
        str | None, typer.Option(help="URL column (country from the ccTLD).")
    ] = None,
    category: Annotated[
        list[str] | None, typer.Option(help="A label column to count as a dimension; repeatable.")
    ] = None,
    category_sep: Annotated[
        str | None, typer.Option(help="Split category values on this separator.")
    ] = None,
    category_depth: Annotated[
        int | None, typer.Option(help="Roll hierarchical categories a/b/c up to this depth.")
    ] = None,
    include_vanity_tlds: Annotated[
        bool, typer.Option(help="Count vanity ccTLDs (.io, .tv, ...) as their countries.")
    ] = False,
    cross: Annotated[
        list[str] | None, typer.Option(help="A,B: a 2-D coverage table; repeatable.")
    ] = None,
    origin_col: Annotated[str | None, typer.Option(help="Row origin column.")] = None,
    tokens_col: Annotated[
        str | None, typer.Option(help="Column with a token count per row.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the path.")] = False,
) -> None:
    """Count INPUT files into a counts file; `datacensus merge` turns pieces into one report."""
    from datacensus.api import audit as run_audit
    from datacensus.cli.audit import _lid_settings
    from datacensus.execution.counts_file import provenance, spec_from_dict, write_counts
    from datacensus.lid import LidSettings

    lid = _lid_settings(LidSettings(), lid_model, min_confidence, lid_max_chars, workers)
    result = run_audit(
        inputs,
        text=text if read_text else None,
        language=lang_col,
        weight=["documents", "chars", "tokens"] if read_text else ["documents"],
        lid=lid,
        strict=strict,
        cache=cache,
        progress=not quiet,
        country=country_col,
        url=url_col,
        categories=category or (),
        category_sep=category_sep,
        category_depth=category_depth,
        vanity=include_vanity_tlds,
        cross=parse_cross(cross),
        origin=origin_col,
        tokens=tokens_col,
    )
    info = result.input
    lid_info = result.lid
    path = write_counts(
        output,
        result.counts,
        spec_from_dict(result.parameters["spec"]),
        model=(
            {k: lid_info.get(k) for k in ("backend", "model_sha256", "package")}
            if lid_info
            else None
        ),
        provenance=provenance(
            shards=info.get("shard_fingerprints", ()),
            source=" ".join(inputs),
            rows_read=info.get("rows_read"),
            rows_skipped=info.get("rows_skipped"),
            first_errors=info.get("first_errors", ()),
        ),
    )
    if not quiet:
        skipped = sum(info.get("rows_skipped", {}).values())
        typer.echo(f"rows read: {info.get('rows_read')}, skipped: {skipped}")
    typer.echo(f"counts: {path}")
