"""Orchestration: inputs -> keys -> counts -> merge -> compare -> AuditResult (no statistics)."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import polars as pl

from . import __version__
from .analysers import (
    Analyser,
    CategoryFromColumn,
    CountryFromColumn,
    CountryFromUrl,
    LanguageFromColumn,
    LanguageFromText,
)
from .counting import CROSS_SEPARATOR, count_keys, merge_counts
from .crossref import cross_column, cross_reference, prune_sparse, redimensioned
from .errors import InputError
from .lid import LidSettings
from .models import AuditResult, DimensionResult, Reference
from .references import default_reference, load_reference
from .scan import ScanOptions, count_shards, default_cache_dir, keep_mask
from .schema import (
    COUNTS_SCHEMA,
    EXAMPLES_DIMENSION,
    LID_AGREEMENT_DIMENSION,
    LID_CONFIDENCE_DIMENSION,
    ROWS_DIMENSION,
)
from .sources import ReadStats, count_rows, fingerprint, frame_from_object, require_columns
from .sources import resolve_inputs as resolve_shards
from .statistics import StatsParams, compare_counts

ReferenceSpec = str | Path | Reference
WEIGHTS = ("documents", "chars", "tokens")
#: Dimensions described, not judged, without a reference of the user's: equal shares would be a
#: meaningless target (no corpus should be balanced over scripts), so no statuses.
DESCRIPTIVE_DIMENSIONS = frozenset({"script"})


@dataclass(frozen=True)
class AuditSpec:
    """What to measure: which columns feed which analysers, and how."""

    text: str | None = "text"
    language: str | None = None  # column of existing language labels (skips LID)
    categories: tuple[str, ...] = ()
    cross: tuple[tuple[str, str], ...] = ()
    tokens: str | None = None  # column holding a token count per row
    lid: LidSettings = field(default_factory=LidSettings)
    country: str | None = None  # column of country codes/names -> dimension "country"
    url: str | None = None  # column of URLs -> "country" (or "url_country" when both are given)
    category_sep: str | None = None  # split string category values on this separator
    category_depth: int | None = None  # truncate hierarchical "a/b/c" categories to this depth
    vanity: bool = False  # count vanity ccTLDs (.io, .tv, ...) as their countries
    origin: str | None = None  # column of row origin (human / synthetic / ...): split every dim
    examples: int = 0  # keep up to N text snippets per slice (shown for flagged slices)

    def __post_init__(self) -> None:
        if isinstance(self.examples, bool) or not isinstance(self.examples, int):
            raise InputError(f"examples {self.examples!r}: expected a whole number >= 0")
        if self.examples < 0:
            raise InputError(f"examples {self.examples}: expected a whole number >= 0")
        if self.examples and not self.text:
            raise InputError("examples need a text column to take snippets from (text=None)")

    def analysers(self) -> list[Analyser]:
        found: list[Analyser] = []
        if self.language:
            found.append(LanguageFromColumn(self.language))
        elif self.text:
            found.append(LanguageFromText(self.text, self.lid))
        found.extend(self._region_and_category())
        return found

    def _region_and_category(self) -> list[Analyser]:
        """Column wins: with both --country-col and --url-col, URLs give ``url_country``."""
        found: list[Analyser] = []
        if self.country:
            found.append(CountryFromColumn(self.country))
        if self.url:
            both = self.country is not None
            dimension = "url_country" if both else "country"
            found.append(CountryFromUrl(self.url, dimension, self.vanity, rollups=not both))
        for column in self.categories:
            if column in ("language", "country", "url_country", "subregion", "region"):
                raise InputError(
                    f"category column {column!r} is named like a built-in dimension; rename "
                    "the column (or use --lang-col / --country-col for it)"
                )
            found.append(CategoryFromColumn(column, self.category_sep, self.category_depth))
        return found

    def columns(self) -> list[str]:
        needed: list[str] = []
        for analyser in self.analysers():
            needed.extend(analyser.columns)
        for extra in (self.text, self.tokens, self.origin):
            if extra:
                needed.append(extra)
        return list(dict.fromkeys(needed))

    def dimensions(self) -> list[str]:
        dims = [d for a in self.analysers() for d in a.dimensions]
        return dims + [f"{a}{CROSS_SEPARATOR}{b}" for a, b in self.cross]

    def cache_key(self) -> dict[str, Any]:
        """What per-shard counts depend on besides the shard: spec, model identity, version."""
        key: dict[str, Any] = {"spec": self.to_dict(), "version": __version__}
        if any(isinstance(a, LanguageFromText) for a in self.analysers()):
            from .lid import bundled_model_path

            model = Path(self.lid.model_path or bundled_model_path())
            if model.is_file():
                stat = model.stat()
                key["model"] = [str(model.resolve()), stat.st_size, stat.st_mtime_ns]
            key["spec"]["lid"] = {**self.lid.to_dict(), "workers": None}
        return key

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "language": self.language,
            "categories": list(self.categories),
            "cross": [list(pair) for pair in self.cross],
            "tokens": self.tokens,
            "lid": self.lid.to_dict() if self.text and not self.language else None,
            "country": self.country,
            "url": self.url,
            "category_sep": self.category_sep,
            "category_depth": self.category_depth,
            "vanity": self.vanity,
            "origin": self.origin,
            "examples": self.examples,
        }


def count(data: object, spec: AuditSpec) -> pl.DataFrame:
    """Count one in-memory batch into a mergeable COUNTS_SCHEMA table."""
    frame = frame_from_object(data)
    require_columns(frame.columns, spec.columns(), "input frame")
    if frame.height == 0:
        return pl.DataFrame(schema=COUNTS_SCHEMA)
    parts = [analyser.keys(frame) for analyser in spec.analysers()]
    keys = pl.concat(parts, how="horizontal") if parts else pl.DataFrame()
    for first, second in spec.cross:
        for name in (first, second):
            if name not in keys.columns:
                raise InputError(
                    f"cannot cross {first!r} with {second!r}: no {name!r} dimension in this "
                    f"audit (dimensions: {', '.join(c for c in keys.columns if c[0] != '_')})"
                )
        keys = keys.with_columns(cross_column(keys, first, second))
    if spec.origin:
        from .origin import with_origin

        keys = with_origin(keys, frame, spec.origin)
    keys = keys.with_columns(pl.lit("read").alias(ROWS_DIMENSION))
    chars, tokens = _weights(frame, spec)
    counts = count_keys(keys, chars, tokens)
    if spec.examples and spec.text:
        from .examples import example_counts

        text = frame.get_column(spec.text)
        snippets = example_counts(keys, text, spec.dimensions(), spec.examples)
        counts = merge_counts(counts, snippets)
    return counts


def _weights(frame: pl.DataFrame, spec: AuditSpec) -> tuple[pl.Series, pl.Series]:
    if spec.text and spec.text in frame.columns:
        text = frame.get_column(spec.text).cast(pl.String).fill_null("")
        chars = text.str.len_chars()
        whitespace_tokens = text.str.count_matches(r"\S+")
    else:
        chars = whitespace_tokens = pl.Series([0] * frame.height)
    if spec.tokens:
        column = frame.get_column(spec.tokens)
        try:
            tokens = column.cast(pl.Int64, strict=True)
        except pl.exceptions.InvalidOperationError:
            raise InputError(
                f"token column {spec.tokens!r}: expected whole numbers, found {column.dtype}"
            ) from None
        if (tokens < 0).any():
            raise InputError(f"token column {spec.tokens!r}: expected counts >= 0")
        return chars, tokens.fill_null(0)
    return chars, whitespace_tokens


def resolve_references(
    dimensions: Sequence[str],
    given: Mapping[str, ReferenceSpec] | None,
    counts: pl.DataFrame | None = None,
) -> dict[str, Reference | None]:
    """A reference per dimension: the user's where given, else the shipped default (or none)."""
    given = dict(given or {})
    unknown = sorted(set(given) - set(dimensions))
    if unknown:
        raise InputError(
            f"reference given for {', '.join(unknown)}, which this audit does not measure "
            f"(dimensions: {', '.join(dimensions)})"
        )
    out: dict[str, Reference | None] = {}
    for dim in dimensions:
        spec = given.get(dim)
        if spec is not None:
            out[dim] = load_reference(spec, dimension=dim)
        elif dim == "url_country":
            out[dim] = redimensioned(default_reference("country"), dim)
        elif CROSS_SEPARATOR in dim:
            first, second = dim.split(CROSS_SEPARATOR, 1)
            out[dim] = cross_reference(first, second, out, counts)  # counts: uniform marginals
        else:
            out[dim] = default_reference(dim)
    return out


def compare(
    counts: pl.DataFrame,
    references: Mapping[str, Reference | None],
    *,
    weight: str = "documents",
    params: StatsParams | None = None,
    undetectable: Mapping[str, frozenset[str]] | None = None,
) -> dict[str, DimensionResult]:
    """Compare merged counts with references, one DimensionResult per dimension."""
    params = params or StatsParams()
    results: dict[str, DimensionResult] = {}
    for dim, reference in references.items():
        dim_counts = counts.filter(pl.col("dimension") == dim)
        comparison = compare_counts(
            dim_counts,
            reference.table if reference is not None else None,
            weight=weight,
            params=params,
            undetectable=(undetectable or {}).get(dim, frozenset()),
            label=labeller(dim),
        )
        slices, notes, metrics = comparison.slices, tuple(comparison.notes), comparison.metrics
        if reference is None and dim in DESCRIPTIVE_DIMENSIONS:
            slices, notes, metrics = _descriptive(dim, slices, notes, metrics)
        if CROSS_SEPARATOR in dim:
            slices, sparse_note = prune_sparse(slices)
            notes += (sparse_note,) if sparse_note else ()
        results[dim] = DimensionResult(
            name=dim,
            weight=weight,
            reference=reference.provenance if reference is not None else None,
            total=comparison.total,
            documents=comparison.documents,
            unknown=comparison.unknown,
            slices=slices,
            metrics=metrics,
            notes=notes,
            unmapped=comparison.unmapped,
            axes=tuple(dim.split(CROSS_SEPARATOR)) if CROSS_SEPARATOR in dim else (),
        )
    return results


def _descriptive(
    dim: str, slices: pl.DataFrame, notes: tuple[str, ...], metrics: dict[str, Any]
) -> tuple[pl.DataFrame, tuple[str, ...], dict[str, Any]]:
    """Shares and intervals only: no reference columns, every slice ``unreferenced``."""
    nulls = ("reference_share", "expected", "ratio", "ratio_low", "ratio_high")
    slices = slices.with_columns(
        *(pl.lit(None, dtype=pl.Float64).alias(c) for c in nulls),
        pl.lit("unreferenced").alias("status"),
    )
    kept = tuple(n for n in notes if not n.startswith("no reference given"))
    note = (
        f"no reference for {dim}: shares and intervals only, no statuses "
        f"(give one with --ref {dim}=path.csv to compare)"
    )
    judged = {"tvd", "jsd", "reference_mass_covered"} | {f"hill_reference_q{q}" for q in range(3)}
    metrics = {k: (None if k in judged else v) for k, v in metrics.items()}
    return slices, (note, *kept), metrics


def labeller(dimension: str) -> Callable[[str], str]:
    """Human label for the keys of a dimension (``language@chars`` labels like ``language``)."""
    dimension = dimension.partition("@")[0]
    if CROSS_SEPARATOR in dimension:
        first, second = (labeller(d) for d in dimension.split(CROSS_SEPARATOR, 1))

        def cross_label(key: str) -> str:
            a, _, b = key.partition(CROSS_SEPARATOR)
            return f"{first(a)} × {second(b)}"

        return cross_label
    if dimension == "language":
        from .languages import language_name

        return language_name
    if dimension in ("country", "url_country", "subregion", "region"):
        from .countries import country_name

        return country_name  # also names M49 codes
    return str


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
    """
    weights = [weight] if isinstance(weight, str) else list(dict.fromkeys(weight))
    for w in weights:
        if w not in WEIGHTS:
            raise InputError(f"weight {w!r}: expected 'documents', 'chars' or 'tokens'")
    if not weights:
        raise InputError("weight: expected at least one of 'documents', 'chars', 'tokens'")
    weight, also_weights = weights[0], tuple(weights[1:])
    spec = AuditSpec(
        text=text if examples or _needs_text(language, weights, tokens) else None,
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
    )
    if policy is not None:  # validate before reading any data
        from .policy import load_policy

        policy = load_policy(policy)
    sheet = None
    if datasheet is not None:
        from .datasheet import load_datasheet

        sheet = load_datasheet(datasheet)
    options = ScanOptions(
        strict=strict,
        limit=limit,
        sample=sample,
        seed=seed,
        cache_dir=None if cache is False else (default_cache_dir() if cache is True else cache),
        progress=progress,
    )
    if is_path_input(data):
        paths = [data] if isinstance(data, str | Path) else list(cast(Sequence[str | Path], data))
        shards = resolve_shards(paths)
        spec = _with_check_rows(spec, options, lambda: sum(count_rows(s) for s in shards))
        input_info: dict[str, Any] = {
            "paths": [s.name for s in shards],
            "shards": len(shards),
            "fingerprint": fingerprint(shards),
        }
        if engine == "ray":
            from .engines.ray import count_shards_ray

            counts, read, scan_info = count_shards_ray(shards, spec, options, address=ray_address)
        elif engine == "local":
            counts, read, scan_info = count_shards(
                shards,
                spec.columns(),
                functools.partial(count, spec=spec),
                options,
                cache_key=spec.cache_key(),
            )
        else:
            raise InputError(f"engine {engine!r}: expected 'local' or 'ray'")
    else:
        frame = frame_from_object(data)
        require_columns(frame.columns, spec.columns(), "input frame")
        spec = _with_check_rows(spec, options, lambda: frame.height)
        input_info = {"paths": [], "shards": 0, "object": type(data).__name__}
        counts, read, scan_info = count_frame(frame, spec, options)
    input_info.update({k: v for k, v in scan_info.items() if v})
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
        from .origin import annotate, origin_summary

        result = annotate(result, origin_summary(counts, spec.dimensions(), weight))
    if sheet is not None:
        result = dataclasses.replace(result, extras={**result.extras, "datasheet": sheet})
    if policy is not None:
        from .policy import check

        result = check(result, policy, raise_on_failure=False)
    return result


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


def count_frame(
    frame: pl.DataFrame, spec: AuditSpec, options: ScanOptions
) -> tuple[pl.DataFrame, ReadStats, dict[str, Any]]:
    """Count an in-memory table in batches, honouring sample and limit."""
    fraction = options.sample if isinstance(options.sample, float) else None
    if isinstance(options.sample, int):
        fraction = min(1.0, options.sample / frame.height) if frame.height else 1.0
    if fraction is not None and fraction < 1:
        mask = keep_mask("<memory>", 0, frame.height, fraction, options.seed)
        frame = frame.filter(pl.Series(mask))
    if options.limit is not None:
        frame = frame.head(options.limit)
    parts = [count(batch, spec) for batch in frame.iter_slices(options.batch_rows)]
    read = ReadStats(rows_read=frame.height)
    return merge_counts(*parts), read, {"sample_fraction": fraction, "limit": options.limit}


def build_result(
    counts: pl.DataFrame,
    spec: AuditSpec,
    *,
    references: Mapping[str, ReferenceSpec] | None,
    weight: str,
    stats: StatsParams | None,
    input_info: dict[str, Any],
    read: ReadStats | None = None,
    also_weights: Sequence[str] = (),
) -> AuditResult:
    """Compare merged counts and package everything into an AuditResult.

    Each weight in ``also_weights`` adds a dimension ``"<dim>@<weight>"`` per dimension, and
    ``extras["weight_changes"]`` lists the slices whose status depends on the weighting.
    """
    params = stats or StatsParams()
    dims = spec.dimensions()
    refs = resolve_references(dims, references, counts)
    undetectable: dict[str, frozenset[str]] = {}
    lid_info: dict[str, Any] | None = None
    if any(isinstance(a, LanguageFromText) for a in spec.analysers()):
        from .lid import load_identifier

        identifier = load_identifier(spec.lid)
        lid_info = dict(identifier.describe())
        lid_info["confidence_histogram"] = _histogram(counts, LID_CONFIDENCE_DIMENSION)
        if spec.lid.check is not None:
            from .lid import agreement_report

            detected = _histogram(counts, "language")
            pairs = _histogram(counts, LID_AGREEMENT_DIMENSION)
            lid_info["agreement"] = agreement_report(pairs, detected, spec.lid)
        reference = refs.get("language")
        if reference is not None:
            outputs = identifier.output_keys()
            undetectable["language"] = frozenset(
                k for k in reference.table["key"].to_list() if k not in outputs
            )
    rows = _histogram(counts, ROWS_DIMENSION)
    input_info = dict(input_info)
    input_info["rows_read"] = int(rows.get("read", 0))
    input_info["rows_skipped"] = {k[1:]: int(v) for k, v in rows.items() if k != "read"}
    if read is not None and read.first_errors:
        input_info["first_errors"] = read.first_errors
    dimensions = compare(counts, refs, weight=weight, params=params, undetectable=undetectable)
    extras: dict[str, Any] = {}
    for other in also_weights:
        alt = compare(counts, refs, weight=other, params=params, undetectable=undetectable)
        dimensions.update(
            {
                f"{dim}@{other}": dataclasses.replace(r, name=f"{dim}@{other}")
                for dim, r in alt.items()
            }
        )
    if also_weights:
        extras["weight_changes"] = weight_changes(dimensions, refs, (weight, *also_weights))
    if lid_info and lid_info.get("agreement"):
        dimensions = _with_agreement_notes(dimensions, lid_info["agreement"])
    if spec.examples:
        extras["examples"] = _examples(counts, dimensions, refs, also_weights, spec.examples)
    else:  # no document text unless asked for, even in counts merged from elsewhere
        counts = counts.filter(pl.col("dimension") != EXAMPLES_DIMENSION)
    return AuditResult(
        datacensus_version=__version__,
        created_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        input=input_info,
        parameters={
            "spec": spec.to_dict(),
            "weight": weight,
            "also_weights": list(also_weights),
            "statistics": params.to_dict(),
        },
        dimensions=dimensions,
        counts=counts,
        lid=lid_info,
        extras=extras,
    )


def weight_changes(
    dimensions: Mapping[str, DimensionResult],
    references: Mapping[str, Reference | None],
    weights: Sequence[str],
) -> dict[str, list[dict[str, Any]]]:
    """Per dimension, the slices whose status differs between weights (status per weight)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for dim in references:
        tables = []
        for i, w in enumerate(weights):
            slices = dimensions[dim if i == 0 else f"{dim}@{w}"].slices
            tables.append(
                slices.select("key", pl.col("status").alias(w), pl.col("share").alias(f"share_{w}"))
            )
        joined = tables[0]
        for table in tables[1:]:
            joined = joined.join(table, on="key", how="full", coalesce=True)
        changed = joined.filter(pl.concat_list(list(weights)).list.n_unique() > 1).sort("key")
        if changed.height:
            out[dim] = changed.to_dicts()
    return out


def _examples(
    counts: pl.DataFrame,
    dimensions: Mapping[str, DimensionResult],
    refs: Mapping[str, Reference | None],
    also_weights: Sequence[str],
    limit: int,
) -> dict[str, dict[str, list[str]]]:
    """Snippets of the flagged slices per result dimension (``d@w`` uses those of ``d``)."""
    from .examples import examples_by_slice, flagged_examples

    source = {dim: dim for dim in refs} | {f"{d}@{w}": d for w in also_weights for d in refs}
    slices = {name: dim.slices for name, dim in dimensions.items()}
    return flagged_examples(slices, source, examples_by_slice(counts, limit))


def _with_agreement_notes(
    dimensions: dict[str, DimensionResult], agreement: Mapping[str, Any]
) -> dict[str, DimensionResult]:
    """The LID check's flagged languages as plain-words notes on every language dimension."""
    from .lid import agreement_notes

    notes = tuple(agreement_notes(agreement, labeller("language")))
    if not notes:
        return dimensions
    return {
        name: dataclasses.replace(dim, notes=dim.notes + notes)
        if name.partition("@")[0] == "language"
        else dim
        for name, dim in dimensions.items()
    }


def _histogram(counts: pl.DataFrame, dimension: str) -> dict[str, int]:
    rows = counts.filter(pl.col("dimension") == dimension).sort("key")
    return dict(zip(rows["key"].to_list(), rows["documents"].to_list(), strict=True))
