"""Orchestration: inputs -> keys -> counts -> merge -> compare -> AuditResult (no statistics)."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

import polars as pl

from datacensus.analysers import (
    LanguageFromText,
)
from datacensus.analysers.text_shape import text_shape_warnings
from datacensus.compare.results import ReferenceSpec, build_result
from datacensus.compare.statistics import StatsParams
from datacensus.errors import DatacensusError, InputError, InternalError
from datacensus.execution.count import count
from datacensus.execution.parallel import ProcessPool
from datacensus.execution.scan import (
    MemoryShard,
    ScanOptions,
    Workers,
    count_shards,
    default_cache_dir,
)
from datacensus.execution.shard_sample import SHARD_COLUMN, choose_shards
from datacensus.inputs.sources import (
    ReadStats,
    Shard,
    count_rows,
    fingerprint,
    frame_from_object,
    require_columns,
)
from datacensus.inputs.sources import resolve as resolve_shards
from datacensus.lid import LidSettings, preload_model
from datacensus.models import AuditResult
from datacensus.schema import ROWS_DIMENSION
from datacensus.spec import AuditSpec, split_weights


def audit(
    data: object,
    *,
    text: str | None = "text",
    language: str | None = None,
    categories: Sequence[str] = (),
    cross: Sequence[tuple[str, str]] = (),
    tokens: str | None = None,
    country: str | None = None,
    url: str | None = None,
    category_sep: str | None = None,
    category_depth: int | None = None,
    vanity: bool = False,
    references: Mapping[str, ReferenceSpec] | None = None,
    weight: str | Sequence[str] = "documents",
    lid: LidSettings | None = None,
    stats: StatsParams | None = None,
    strict: bool = False,
    limit: int | None = None,
    sample: float | int | None = None,
    seed: int = 0,
    cache: bool | Path = False,
    engine: str = "local",
    ray_address: str | None = None,
    progress: bool = False,
    policy: Any = None,
    origin: str | None = None,
    datasheet: str | Path | None = None,
    examples: int = 0,
    cluster: str | None = None,
    domain_clusters: bool = True,
    sample_shards: float | None = None,
    no_language: bool = False,
    exclude: Sequence[str | Path] = (),
) -> AuditResult:
    """Audit a dataset (path, paths, glob, directory or in-memory frame) and return the result.

    ``policy`` (a TOML path, dict or `policy.Policy`) sets ``result.verdict``; a failed policy
    is recorded, not raised (``datacensus.check(result, policy)`` raises `PolicyViolation`).

    ``country``/``url`` name a country column / URL column (both: the column gives ``country``,
    URLs ``url_country``); ``categories`` are label columns (``category_sep`` splits them,
    ``category_depth`` truncates "a/b/c" paths); ``vanity`` counts .io/.tv/... as countries.
    ``sample`` is a fraction in (0, 1] or a number of rows, chosen by a seeded hash of each row's
    position (the same rows for any batching); intervals are widened for it. ``cache`` reuses
    per-shard counts (True: the default cache directory). ``engine="ray"`` counts one shard per
    Ray task (``pip install 'datacensus[ray]'``). ``origin`` names a column (human /
    synthetic / ...) that splits every dimension (``extras["origin"]``); ``datasheet`` is a
    provenance TOML file, validated and stored in ``extras["datasheet"]``. ``examples=N`` keeps
    up to N text snippets per slice and shows them for flagged slices (``extras["examples"]``).
    ``cluster`` names a column of clusters (site, book, speaker): intervals become
    cluster-robust and each dimension reports its design effect. With ``url`` and no
    ``cluster``, the URL's registrable domain is the cluster unless ``domain_clusters=False``.
    ``sample_shards=F`` reads a seeded fraction F of the shards (no other file is opened) and
    treats each shard as a cluster, so intervals are about the whole corpus.

    ``no_language=True`` audits the other dimensions without language; so does a default
    ``text="text"`` the input has no column for (the result says language was not measured).
    ``exclude`` lists paths never read (the CLI passes its output folder). Errors are
    `DatacensusError` subclasses: bad input is `InputError`, anything unexpected `InternalError`.
    """
    try:
        return _audit(**{k: v for k, v in locals().items()})
    except DatacensusError:
        raise
    except (pl.exceptions.PolarsError, _arrow_error()) as exc:
        raise InternalError(f"unexpected {type(exc).__name__}: {exc}") from exc


def _arrow_error() -> type[Exception]:
    import pyarrow as pa

    return pa.lib.ArrowException


def _audit(
    data: object,
    *,
    text: str | None,
    language: str | None,
    categories: Sequence[str],
    cross: Sequence[tuple[str, str]],
    tokens: str | None,
    country: str | None,
    url: str | None,
    category_sep: str | None,
    category_depth: int | None,
    vanity: bool,
    references: Mapping[str, ReferenceSpec] | None,
    weight: str | Sequence[str],
    lid: LidSettings | None,
    stats: StatsParams | None,
    strict: bool,
    limit: int | None,
    sample: float | int | None,
    seed: int,
    cache: bool | Path,
    engine: str,
    ray_address: str | None,
    progress: bool,
    policy: Any,
    origin: str | None,
    datasheet: str | Path | None,
    examples: int,
    cluster: str | None,
    domain_clusters: bool,
    sample_shards: float | None,
    no_language: bool,
    exclude: Sequence[str | Path],
) -> AuditResult:
    if policy is not None:  # validate before reading any data
        from datacensus.policy.parse import load_policy

        policy = load_policy(policy)
    sheet = None
    if datasheet is not None:
        from datacensus.inputs.datasheet import load_datasheet

        sheet = load_datasheet(datasheet)
    warnings: list[str] = []
    resolved = None
    remote = is_path_input(data) and _any_remote(data)
    if is_path_input(data) and not remote:
        paths = [data] if isinstance(data, str | Path) else list(cast(Sequence[str | Path], data))
        resolved = resolve_shards(paths, exclude)
        warnings += resolved.notes()
    weight, also_weights = split_weights(weight)
    weights = [weight, *also_weights]
    if no_language or (
        language is None
        and text == "text"
        and not remote
        and not is_stream(data)
        and not _has_text_column(resolved.shards[0] if resolved else data, text)
    ):
        if language is not None:
            raise InputError("--no-language and --lang-col ask for opposite things; give one")
        if examples:
            raise InputError("examples need a text column; this audit measures no language")
        if no_language:
            warnings.append("language not measured (--no-language)")
        else:
            warnings.append(
                "language not measured: the input has no 'text' column (name it with --text, "
                "or give --lang-col; --no-language says so explicitly)"
            )
        text = None
        if "chars" in weights:
            raise InputError("weight 'chars' needs a text column; this audit reads none")
    spec = AuditSpec(
        text=text if text and (examples or _needs_text(language, weights, tokens)) else None,
        language=language,
        categories=tuple(categories),
        cross=tuple(tuple(pair) for pair in cross),  # type: ignore[misc]
        tokens=tokens,
        lid=lid or LidSettings(),
        country=country,
        url=url,
        category_sep=category_sep,
        category_depth=category_depth,
        vanity=vanity,
        origin=origin,
        examples=examples,
        cluster=cluster,
        domain_clusters=domain_clusters,
    )
    if spec.lid.correct and spec.language is None and spec.text:  # before reading any data
        from datacensus.compare.lid_correct import check_profile

        check_profile(spec.lid)
    _check_dimensions(spec)
    options = ScanOptions(
        strict=strict,
        limit=limit,
        sample=sample,
        seed=seed,
        cache_dir=None if cache is False else (default_cache_dir() if cache is True else cache),
        progress=progress,
        kinds=spec.column_kinds(),
    )
    if remote:
        from datacensus.execution.remote_scan import count_remote
        from datacensus.inputs.remote import resolve_remote

        items = [data] if isinstance(data, str | Path) else list(cast(Sequence[object], data))
        urls = [str(item) for item in items]
        objects = resolve_remote(urls)
        if sample_shards is not None:
            raise InputError("sample_shards: remote inputs are not sampled by shard yet")
        counts, read, scan_info = count_remote(objects, spec, options)
        input_info: dict[str, Any] = {
            "paths": [o.url for o in objects],
            "shards": len(objects),
            "shard_fingerprints": [
                {"name": o.url, "fingerprint": o.fingerprint()} for o in objects
            ],
        }
    elif resolved is not None:
        shards = resolved.shards
        all_shards = len(shards)
        if sample_shards is not None:
            if engine != "local":
                raise InputError("sample_shards: only the local engine samples shards for now")
            shards, spec, options = _sampled_shards(shards, spec, options, sample_shards, seed)
        spec = _with_check_rows(spec, options, lambda: sum(count_rows(s) for s in shards))
        input_info = {
            "paths": [s.name for s in shards],
            "shards": len(shards),
            "fingerprint": fingerprint(shards),
            **resolved.info(),
            # per shard, so that merging pieces can refuse a shard counted twice
            "shard_fingerprints": [
                {"name": s.name, "fingerprint": fingerprint([s])} for s in shards
            ],
        }
        if engine == "ray":
            from datacensus.execution.ray import count_shards_ray

            counts, read, scan_info = count_shards_ray(shards, spec, options, address=ray_address)
        elif engine == "local":
            batch_spec, workers = batch_workers(spec)
            counts, read, scan_info = count_shards(
                shards,
                [c for c in spec.columns() if c != SHARD_COLUMN],
                functools.partial(count, spec=batch_spec),
                options,
                cache_key=spec.cache_key(),
                workers=workers,
            )
        else:
            raise InputError(f"engine {engine!r}: expected 'local' or 'ray'")
    elif is_stream(data):
        from datacensus.integrations.counting import count_stream

        counts, read, scan_info = count_stream(data, spec, options)
        input_info = {"paths": [], "shards": 0, "object": type(data).__name__}
    else:
        if sample_shards is not None:
            raise InputError("sample_shards needs files (shards), not an in-memory frame")
        frame = frame_from_object(data)
        require_columns(frame.columns, spec.columns(), "input frame")
        spec = _with_check_rows(spec, options, lambda: frame.height)
        input_info = {"paths": [], "shards": 0, "object": type(data).__name__}
        counts, read, scan_info = count_frame(frame, spec, options)
    input_info.update({k: v for k, v in scan_info.items() if v})
    warnings += read.notes
    if resolved is not None and read.rows_read == 0 and not _any_rows(counts):
        reasons = ", ".join(f"{r} {n}" for r, n in sorted(read.skipped.items())) or "no rows"
        first = f"; first: {read.first_errors[0]}" if read.first_errors else ""
        raise InputError(
            f"no readable row in {len(resolved.shards)} input file(s) ({reasons}){first}"
        )
    warnings += text_shape_warnings(counts)
    if warnings:
        input_info["warnings"] = warnings
    if sample_shards is not None:
        input_info["shards_total"] = all_shards
        rows_kept = scan_info.get("sample_fraction") or 1.0
        scan_info["sample_fraction"] = rows_kept * len(shards) / all_shards
    params = stats or StatsParams()
    if scan_info.get("sample_fraction") is not None:
        params = dataclasses.replace(params, sample_fraction=scan_info["sample_fraction"])
    result = build_result(
        counts,
        spec,
        references=references,
        weight=weight,
        stats=params,
        input_info=input_info,
        read=read,
        also_weights=also_weights,
    )
    if origin:
        from datacensus.compare.origin import annotate, origin_summary

        result = annotate(result, origin_summary(counts, spec.dimensions(), weight))
    if sheet is not None:
        result = dataclasses.replace(result, extras={**result.extras, "datasheet": sheet})
    if policy is not None:
        from datacensus.policy.evaluate import check

        result = check(result, policy, raise_on_failure=False)
    return result


def _check_dimensions(spec: AuditSpec) -> None:
    """Before any data is read: something to measure, and crosses of measured dimensions."""
    dims = [d for d in spec.dimensions() if "|" not in d]
    if not dims:
        raise InputError(
            "nothing to audit: no text column for language and no --lang-col, --country-col, "
            "--url-col or --category"
        )
    for first, second in spec.cross:
        for name in (first, second):
            if name not in dims:
                raise InputError(
                    f"--cross {first},{second}: no {name!r} dimension in this audit "
                    f"(dimensions: {', '.join(dims)}); add the option that measures it"
                    + (" (--country-col or --url-col)" if "country" in name else "")
                )


def _any_rows(counts: pl.DataFrame) -> bool:
    read = counts.filter((pl.col("dimension") == ROWS_DIMENSION) & (pl.col("key") == "read"))
    return bool(read.height and read["documents"].sum())


def _has_text_column(source: object, column: str) -> bool:
    """Whether the first input has ``column`` (a JSON file: in its first 1,000 rows)."""
    from datacensus.inputs.shard import Shard, has_key
    from datacensus.inputs.sources import columns_of

    if isinstance(source, Shard):
        found = columns_of(source)
        if found is None or column in found:
            return True
        return source.format == "jsonl" and has_key(source, column)
    try:
        return column in frame_from_object(source).columns
    except InputError:
        return True  # reported later, with the usual message


def _sampled_shards(
    shards: Sequence[Shard], spec: AuditSpec, options: ScanOptions, fraction: float, seed: int
) -> tuple[list[Shard], AuditSpec, ScanOptions]:
    """A seeded subset of the shards, each shard the cluster of its rows."""
    chosen = choose_shards(shards, [s.name for s in shards], fraction, seed)
    spec = dataclasses.replace(spec, cluster=SHARD_COLUMN)
    return chosen, spec, dataclasses.replace(options, tag_shards=True)


def _with_check_rows(spec: AuditSpec, options: ScanOptions, rows: Callable[[], int]) -> AuditSpec:
    """A LID check sample given as a number of documents, as a fraction of the rows audited."""
    if spec.lid.check is None or isinstance(spec.lid.check_sample, float):
        return spec
    if not any(isinstance(a, LanguageFromText) for a in spec.analysers()):
        return spec
    total = rows()
    if isinstance(options.sample, float):
        total = round(total * options.sample)
    elif isinstance(options.sample, int):
        total = min(total, options.sample)
    if options.limit is not None:
        total = min(total, options.limit)
    return dataclasses.replace(spec, lid=spec.lid.with_check_rows(total))


def _needs_text(language: str | None, weights: Sequence[str], tokens: str | None) -> bool:
    """The text column is read for LID, or for a chars/tokens weight that needs it."""
    if not language:
        return True
    return "chars" in weights or ("tokens" in weights and tokens is None)


def is_path_input(data: object) -> bool:
    """A path, a glob, or a list of them (as opposed to an in-memory table)."""
    if isinstance(data, str | Path):
        return True
    return isinstance(data, list | tuple) and all(isinstance(d, str | Path) for d in data)


def _any_remote(data: object) -> bool:
    from datacensus.inputs.remote import is_remote

    items = [data] if isinstance(data, str | Path) else list(cast(Sequence[object], data))
    return any(is_remote(item) for item in items)


def is_stream(data: object) -> bool:
    """A streaming HF `IterableDataset` or a Ray Data `Dataset` (counted batch by batch)."""
    from datacensus.integrations.counting import is_stream as stream

    return stream(data)


def batch_workers(spec: AuditSpec) -> tuple[AuditSpec, Workers]:
    """Where batches are counted: with LID, whole batches go to LID worker processes.

    Each worker counts whole batches with one model loaded (so the spec it gets asks for one
    LID process), while this process reads the next batch.
    """
    if not any(isinstance(a, LanguageFromText) for a in spec.analysers()):
        return spec, Workers()
    processes = spec.lid.resolved_workers()
    if processes == 1:
        return spec, Workers()
    single = dataclasses.replace(spec.lid, workers=1)
    return dataclasses.replace(spec, lid=single), Workers(processes, preload_model, (single,))


def count_frame(
    frame: pl.DataFrame,
    spec: AuditSpec,
    options: ScanOptions,
    *,
    pool: ProcessPool | None = None,
) -> tuple[pl.DataFrame, ReadStats, dict[str, Any]]:
    """Count an in-memory table in batches, honouring sample and limit.

    The same mechanism as files: batches of ``options.batch_rows`` rows go to LID worker
    processes (or are counted here without LID or with one worker); counts come back and merge.
    """
    batch_spec, workers = batch_workers(spec)
    return count_shards(
        [MemoryShard(frame)],
        spec.columns(),
        functools.partial(count, spec=batch_spec),
        options,
        workers=workers,
        pool=pool,
    )


def load_side(item: str | Path | AuditResult, **audit_options: Any) -> AuditResult:
    """A stored result (``result.json`` or a directory holding one), or data to audit."""
    if isinstance(item, AuditResult):
        return item
    path = Path(item)
    if path.is_dir() and (path / "result.json").is_file():
        return AuditResult.read(path / "result.json")
    if path.suffix == ".json" and path.is_file() and _looks_like_result(path):
        return AuditResult.read(path)
    return audit(str(item), **audit_options)


def _looks_like_result(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(4096)
    return b'"datacensus_version"' in head or b'"result_format"' in head
