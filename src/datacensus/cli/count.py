"""`datacensus count`: count INPUT files into one mergeable counts file (no comparison yet)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from datacensus.cli.options import (
    Cache,
    Category,
    CategoryDepth,
    CategorySep,
    ClusterCol,
    CountryCol,
    Cross,
    Inputs,
    LangCol,
    LidMaxChars,
    LidModel,
    MinConfidence,
    NoCluster,
    OriginCol,
    Quiet,
    Strict,
    Text,
    TokensCol,
    UrlCol,
    VanityTlds,
    Workers,
    dimension_options,
)


def count(
    inputs: Inputs,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The counts file to write (.parquet).")
    ],
    text: Text = "text",
    read_text: Annotated[
        bool,
        typer.Option(
            "--read-text/--no-read-text",
            help="Read the text column (LID, chars and tokens weights); --no-read-text needs "
            "--lang-col.",
        ),
    ] = True,
    lang_col: LangCol = None,
    lid_model: LidModel = None,
    min_confidence: MinConfidence = None,
    lid_max_chars: LidMaxChars = None,
    workers: Workers = None,
    strict: Strict = False,
    cache: Cache = True,
    country_col: CountryCol = None,
    url_col: UrlCol = None,
    category: Category = None,
    category_sep: CategorySep = None,
    category_depth: CategoryDepth = None,
    include_vanity_tlds: VanityTlds = False,
    cross: Cross = None,
    origin_col: OriginCol = None,
    tokens_col: TokensCol = None,
    cluster_col: ClusterCol = None,
    no_cluster: NoCluster = False,
    quiet: Quiet = False,
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
        **dimension_options(
            country_col=country_col,
            url_col=url_col,
            category=category,
            category_sep=category_sep,
            category_depth=category_depth,
            include_vanity_tlds=include_vanity_tlds,
            cross=cross,
            origin_col=origin_col,
            tokens_col=tokens_col,
            cluster_col=cluster_col,
            no_cluster=no_cluster,
        ),
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
