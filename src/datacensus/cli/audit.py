"""`datacensus audit`: audit files, print a summary, write the report, gate on a policy."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from datacensus.cli.options import (
    Cache,
    Category,
    CategoryDepth,
    CategorySep,
    ClusterCol,
    Confidence,
    Correction,
    CountryCol,
    Cross,
    FailOn,
    Inputs,
    Interval,
    LangCol,
    LidMaxChars,
    LidModel,
    MinConfidence,
    MinExpectedMissing,
    MinShare,
    NoCluster,
    OriginCol,
    PlotlyJs,
    PolicyFile,
    Quiet,
    Refs,
    Strict,
    Tau,
    Text,
    TokensCol,
    UrlCol,
    VanityTlds,
    Weights,
    Workers,
    dimension_options,
)
from datacensus.errors import InputError

AuditOutDir = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Folder for the report files (default: datacensus-report/<name of the first input>).",
    ),
]


def audit(
    inputs: Inputs,
    output: AuditOutDir = None,
    text: Text = "text",
    lang_col: LangCol = None,
    no_language: Annotated[
        bool, typer.Option(help="Do not measure language (audit the other dimensions).")
    ] = False,
    ref: Refs = None,
    min_share: MinShare = None,
    weight: Weights = None,
    lid_model: LidModel = None,
    min_confidence: MinConfidence = None,
    lid_max_chars: LidMaxChars = None,
    workers: Workers = None,
    lid_check: Annotated[
        str | None,
        typer.Option(help="Second LID backend (langdetect) to measure per-language agreement."),
    ] = None,
    lid_check_sample: Annotated[
        str | None,
        typer.Option(help="Documents checked by --lid-check: a count (default 2000) or fraction."),
    ] = None,
    lid_correct: Annotated[
        bool, typer.Option(help="Correct language shares for LID error (bundled/--lid-profile).")
    ] = False,
    lid_profile: Annotated[
        Path | None, typer.Option(help="LID error profile for --lid-correct (from lid-eval).")
    ] = None,
    strict: Strict = False,
    quiet: Quiet = False,
    plotlyjs: PlotlyJs = "inline",
    limit: Annotated[int | None, typer.Option(help="Audit only the first N rows.")] = None,
    sample: Annotated[
        str | None,
        typer.Option(help="Audit a seeded sample: a fraction (0.1) or a row count (5000)."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of --sample.")] = 0,
    cache: Cache = True,
    engine: Annotated[str, typer.Option(help="local, or ray for a Ray cluster.")] = "local",
    ray_address: Annotated[
        str | None, typer.Option(help="Ray cluster address (default: start or join local).")
    ] = None,
    country_col: CountryCol = None,
    url_col: UrlCol = None,
    category: Category = None,
    category_sep: CategorySep = None,
    category_depth: CategoryDepth = None,
    include_vanity_tlds: VanityTlds = False,
    cross: Cross = None,
    policy: PolicyFile = None,
    fail_on: FailOn = None,
    origin_col: OriginCol = None,
    datasheet: Annotated[
        Path | None, typer.Option(help="Provenance file (datasheet.toml) to validate and store.")
    ] = None,
    examples: Annotated[
        int,
        typer.Option(
            help="Show up to N text snippets per flagged slice (default 0: aggregates only).",
            min=0,
        ),
    ] = 0,
    tokens_col: TokensCol = None,
    tau: Tau = 0.5,
    confidence: Confidence = 0.95,
    correction: Correction = "bonferroni",
    min_expected_missing: MinExpectedMissing = 5.0,
    interval: Interval = "exact",
    cluster_col: ClusterCol = None,
    sample_shards: Annotated[
        float | None,
        typer.Option(
            help="Audit a seeded fraction of the shards (files) only, each shard a cluster."
        ),
    ] = None,
    no_cluster: NoCluster = False,
) -> None:
    """Audit INPUT files and write result.json, report.html and summary.md."""
    from datacensus.execution.parallel import started_early
    from datacensus.execution.warm import load_model

    # Workers start now, while this process imports and plans; the audit takes them over.
    processes = workers or os.cpu_count() or 1
    early = processes if lang_col is None and engine == "local" and not no_language else 1
    model = str(lid_model) if lid_model else None
    with process_memory(early), started_early(early, load_model, (model,)):
        from datacensus.api import audit as run_audit
        from datacensus.compare.compose import ref_options
        from datacensus.compare.statistics import StatsParams
        from datacensus.lid import LidSettings
        from datacensus.policy.parse import policy_from_options
        from datacensus.report.html import check_plotlyjs

        check_plotlyjs(plotlyjs)
        gate = policy_from_options(policy, fail_on)
        from datacensus.execution.scan import parse_sample
        from datacensus.report.outputs import check_output_dir

        output = check_output_dir(output or default_output(inputs))

        lid = _lid_settings(LidSettings(), lid_model, min_confidence, lid_max_chars, workers)
        lid = _lid_check(lid, lid_check, lid_check_sample)
        if lid_correct or lid_profile is not None:
            from dataclasses import replace

            lid = replace(lid, correct=True, profile=str(lid_profile) if lid_profile else None)
        result = run_audit(
            inputs,
            text=text,
            language=lang_col,
            references=ref_options(ref, min_share),
            weight=weight or ["documents"],
            lid=lid,
            strict=strict,
            limit=limit,
            sample=parse_sample(sample),
            seed=seed,
            cache=cache,
            engine=engine,
            ray_address=ray_address,
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
            policy=gate,
            datasheet=datasheet,
            examples=examples,
            no_language=no_language,
            exclude=[output],
            stats=StatsParams(
                confidence=confidence,
                tau=tau,
                min_expected_missing=min_expected_missing,
                correction=correction,
                interval=interval,
            ),
            sample_shards=sample_shards,
        )
        from datacensus.report.write import write_report

        paths = write_report(result, output, plotlyjs=plotlyjs)
        if not quiet:
            print_summary(result)
        for warning in result.input.get("warnings", []):
            typer.echo(f"warning: {warning}", err=True)
        typer.echo(f"report: {paths['html']}")
        exit_on_verdict(result)


#: Polars' allocator returns freed memory after 0.2 s instead of 10: measured 10-15 MB less per
#: process on the benchmark corpus, no slower (0 s saves more but costs 8% in time).
ALLOCATOR = "dirty_decay_ms:200,muzzy_decay_ms:0"


@contextlib.contextmanager
def process_memory(processes: int) -> Iterator[None]:
    """Settings Polars reads when it loads (not yet, in the command line), for this process and
    the workers it starts: the allocator's decay and, with several counting processes, one
    Polars thread each (each process counts on one core). The user's own settings win."""
    wanted = {"_RJEM_MALLOC_CONF": ALLOCATOR}
    if processes > 1:
        wanted["POLARS_MAX_THREADS"] = "1"
    added = [name for name in wanted if name not in os.environ]
    os.environ.update({name: wanted[name] for name in added})
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


def default_output(inputs: list[str]) -> Path:
    """``datacensus-report/<first input's name without extensions>``: runs on different inputs
    do not overwrite each other; a re-run on the same input replaces its own report."""
    first = Path(inputs[0]) if inputs else Path("input")
    stem = first.name or first.resolve().name
    for char in "*?[]":
        stem = stem.replace(char, "_")
    stem = stem.split(".")[0] or "input"
    return Path("datacensus-report") / stem


def exit_on_verdict(result: Any) -> None:
    """Print the findings of a failed policy on stderr and exit 1; do nothing otherwise."""
    if result.passed is False:
        from datacensus.policy.evaluate import summarise

        typer.echo(summarise(result.findings, limit=20), err=True)
        raise typer.Exit(1)
    if result.passed:
        typer.echo("policy passed")


def _lid_check(settings: Any, check: str | None, sample: str | None) -> Any:
    """``--lid-check BACKEND [--lid-check-sample N|FRACTION]`` applied to LID settings."""
    from dataclasses import replace

    from datacensus.execution.scan import parse_sample

    if check is None:
        if sample is not None:
            raise InputError("--lid-check-sample needs --lid-check (e.g. --lid-check langdetect)")
        return settings
    changes: dict[str, Any] = {"check": check}
    if sample is not None:
        try:
            changes["check_sample"] = parse_sample(sample)
        except InputError:
            raise InputError(
                f"--lid-check-sample {sample!r}: expected a document count like 2000 or a "
                "fraction like 0.01"
            ) from None
    return replace(settings, **changes)


def _lid_settings(
    base: Any, model: Path | None, conf: float | None, max_chars: int | None, workers: int | None
) -> Any:
    from dataclasses import replace

    changes: dict[str, Any] = {}
    if model is not None:
        changes["model_path"] = str(model)
    if conf is not None:
        changes["min_confidence"] = conf
    if max_chars is not None:
        changes["max_chars"] = max_chars if max_chars > 0 else None
    if workers is not None:
        if workers < 1:
            raise InputError(f"--workers {workers}: expected 1 or more")
        changes["workers"] = workers
    return replace(base, **changes)


def print_summary(result: Any) -> None:
    """A few lines for the terminal: size, and the most under-represented slices."""
    from datacensus.report.context import flagged
    from datacensus.report.filters import num, pct, under_phrase
    from datacensus.report.labels import dimension_label
    from datacensus.report.overview import alert_lines, alerts

    skipped = sum(result.input.get("rows_skipped", {}).values())
    typer.echo(f"rows read: {num(result.input.get('rows_read'))}, skipped: {num(skipped)}")
    for name, dim in result.dimensions.items():
        unknown = dim.unknown_total
        denominator = dim.total + unknown
        share = pct(unknown / denominator) if denominator else "—"
        statuses = dim.slices["status"].value_counts().sort("status")
        status_text = ", ".join(f"{s} {n}" for s, n in statuses.iter_rows())
        title = dimension_label(name)
        typer.echo(f"{title}: {len(dim.slices)} slices ({status_text}); unknown {share}")
        reference = dim.reference.name if dim.reference else None
        for row in flagged(dim, limit=5):
            typer.echo(f"  {under_phrase(row, dim.weight, reference)}")
    ranked = alerts(result)
    if ranked:
        typer.echo("What is missing, largest first:")
        for line in alert_lines(ranked):
            typer.echo(f"  {line}")
