"""Compare merged counts with references and package an `AuditResult` (no I/O, no counting)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl

from datacensus.analysers import LanguageFromText
from datacensus.compare.clusters import cluster_rows
from datacensus.compare.compose import resolve
from datacensus.compare.crossref import cross_reference, prune_sparse, redimensioned
from datacensus.compare.lenses import add_lenses, observed_keys, split_lenses
from datacensus.compare.references import default_reference
from datacensus.compare.statistics import Comparison, StatsParams, compare_counts
from datacensus.errors import InputError
from datacensus.inputs.sources import ReadStats
from datacensus.models import AuditResult, DimensionResult, Reference
from datacensus.schema import (
    CROSS_SEPARATOR,
    EXAMPLES_DIMENSION,
    LID_AGREEMENT_DIMENSION,
    LID_CONFIDENCE_DIMENSION,
    ROWS_DIMENSION,
)
from datacensus.spec import AuditSpec
from datacensus.version import __version__

#: A reference: shipped name, CSV path, expression (datacensus.compare.compose), or a list (lenses).
ReferenceSpec = str | Path | Reference | Sequence[Any]

#: Dimensions described, not judged, without a reference of the user's: equal shares would be a
#: meaningless target (no corpus should be balanced over scripts), so no statuses.
DESCRIPTIVE_DIMENSIONS = frozenset({"script"})

#: Said of a judged dimension whose interval is not the exact one under slice materiality.
#: Only the exact interval keeps family-wise coverage on long-tailed references; with the
#: slice-level materiality a family-wise miss is enough for a flag (docs/methods.md, "Long-tailed
#: references": up to 42% of such audits for wilson, 8.5% for jeffreys).
APPROXIMATE_INTERVAL_NOTE = (
    "the {interval} interval under-covers rare slices, and under the default materiality a "
    "slice it misses is flagged: false under/over flags are likely on long-tailed references "
    "(use --interval exact, or --materiality family)"
)

#: Said of every dimension counted without a cluster column.
UNCLUSTERED_NOTE = (
    "design effect unknown: no cluster column, so documents are treated as independent; if they "
    "come in sites, books or speakers, intervals are too narrow (give --cluster-col)"
)


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
            out[dim] = resolve(spec, dimension=dim, observed=observed_keys(counts, dim))
        elif dim == "url_country":
            out[dim] = redimensioned(default_reference("country"), dim)
        elif CROSS_SEPARATOR in dim:
            first, second = dim.split(CROSS_SEPARATOR, 1)
            out[dim] = cross_reference(first, second, out, counts)  # counts: uniform marginals
        else:
            out[dim] = default_reference(dim)
    return out


def compare_dimensions(
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
        buckets = cluster_rows(counts, dim)
        comparison = compare_counts(
            dim_counts,
            reference.table if reference is not None else None,
            weight=weight,
            params=params,
            undetectable=(undetectable or {}).get(dim, frozenset()),
            label=labeller(dim),
            clusters=buckets,
        )
        slices, notes, metrics = comparison.slices, tuple(comparison.notes), comparison.metrics
        if buckets is None and comparison.documents:
            notes += (UNCLUSTERED_NOTE,)
        if reference is not None and params.interval != "exact" and params.materiality == "slice":
            notes += (APPROXIMATE_INTERVAL_NOTE.format(interval=params.interval),)
        if reference is None and dim in DESCRIPTIVE_DIMENSIONS:
            slices, notes, metrics = _descriptive(dim, slices, notes, metrics)
        if CROSS_SEPARATOR in dim:
            slices, sparse_note = prune_sparse(slices)
            notes += (sparse_note,) if sparse_note else ()
        results[dim] = dataclasses.replace(
            dimension_result(dim, weight, reference, comparison),
            slices=slices,
            metrics=metrics,
            notes=notes,
            axes=tuple(dim.split(CROSS_SEPARATOR)) if CROSS_SEPARATOR in dim else (),
        )
    return results


def dimension_result(
    name: str, weight: str, reference: Reference | None, comparison: Comparison
) -> DimensionResult:
    """A comparison packaged as dimension ``name``'s result, with the reference provenance."""
    return DimensionResult(
        name=name,
        weight=weight,
        reference=reference.provenance if reference is not None else None,
        total=comparison.total,
        documents=comparison.documents,
        unknown=comparison.unknown,
        slices=comparison.slices,
        metrics=comparison.metrics,
        notes=tuple(comparison.notes),
        unmapped=comparison.unmapped,
    )


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
        from datacensus.codes.languages import language_name

        return language_name
    if dimension in ("country", "url_country", "subregion", "region"):
        from datacensus.codes.countries import country_name

        return country_name  # also names M49 codes
    return str


def build_result(
    counts: pl.DataFrame,
    spec: AuditSpec,
    *,
    references: Mapping[str, ReferenceSpec] | None = None,
    weight: str = "documents",
    stats: StatsParams | None = None,
    input_info: dict[str, Any] | None = None,
    read: ReadStats | None = None,
    also_weights: Sequence[str] = (),
) -> AuditResult:
    """Compare merged counts (from `count`/`merge_counts`) with references: an AuditResult.

    Each weight in ``also_weights`` adds a dimension ``"<dim>@<weight>"`` per dimension, and
    ``extras["weight_changes"]`` lists the slices whose status depends on the weighting.
    """
    params = stats or StatsParams()
    dims = spec.dimensions()
    primary, lenses = split_lenses(references)
    refs = resolve_references(dims, primary, counts)
    undetectable: dict[str, frozenset[str]] = {}
    lid_outputs: frozenset[str] | None = None
    lid_info: dict[str, Any] | None = None
    if any(isinstance(a, LanguageFromText) for a in spec.analysers()):
        from datacensus.lid import load_identifier

        identifier = load_identifier(spec.lid)
        lid_info = dict(identifier.describe())
        lid_info["confidence_histogram"] = _histogram(counts, LID_CONFIDENCE_DIMENSION)
        if spec.lid.check is not None:
            from datacensus.lid import agreement_report

            detected = _histogram(counts, "language")
            pairs = _histogram(counts, LID_AGREEMENT_DIMENSION)
            lid_info["agreement"] = agreement_report(pairs, detected, spec.lid)
        lid_outputs = frozenset(identifier.output_keys())
        undetectable["language"] = _undetectable(refs.get("language"), lid_outputs)
    rows = _histogram(counts, ROWS_DIMENSION)
    input_info = dict(input_info or {})
    input_info["rows_read"] = int(rows.get("read", 0))
    input_info["rows_skipped"] = {k[1:]: int(v) for k, v in rows.items() if k != "read"}
    if read is not None and read.first_errors:
        input_info["first_errors"] = read.first_errors
    dimensions = compare_dimensions(
        counts, refs, weight=weight, params=params, undetectable=undetectable
    )
    extras: dict[str, Any] = {}
    if lenses:

        def compare_one(dim: str, ref: Reference) -> DimensionResult:
            lost = {dim: _undetectable(ref, lid_outputs)} if dim == "language" else {}
            one = compare_dimensions(
                counts, {dim: ref}, weight=weight, params=params, undetectable=lost
            )
            return one[dim]

        unknown = sorted(set(lenses) - set(dims))
        if unknown:
            raise InputError(f"reference given for {', '.join(unknown)}, not measured here")
        dimensions, extras["lenses"] = add_lenses(dimensions, lenses, counts, compare_one)
    for other in also_weights:
        alt = compare_dimensions(
            counts, refs, weight=other, params=params, undetectable=undetectable
        )
        dimensions.update(
            {
                f"{dim}@{other}": dataclasses.replace(r, name=f"{dim}@{other}")
                for dim, r in alt.items()
            }
        )
    if also_weights:
        extras["weight_changes"] = weight_changes(dimensions, refs, (weight, *also_weights))
    if lid_info is not None and spec.lid.correct and "language" in dimensions:
        from datacensus.compare.lid_correct import correct_language

        dimensions["language"], lid_info["correction"] = correct_language(
            dimensions["language"],
            counts,
            settings=spec.lid,
            describe=lid_info,
            outputs=identifier.output_keys(),
            params=params,
        )
        for name in [n for n in dimensions if n.startswith("language@")]:
            note = "shares not corrected for LID error (the correction is for document shares)"
            dimensions[name] = dataclasses.replace(
                dimensions[name], notes=(*dimensions[name].notes, note)
            )
    elif spec.lid.correct and "language" in dimensions:
        raise InputError("LID correction needs languages detected from text (not --lang-col)")
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
    from datacensus.execution.examples import examples_by_slice, flagged_examples

    source = {dim: dim for dim in refs} | {f"{d}@{w}": d for w in also_weights for d in refs}
    slices = {name: dim.slices for name, dim in dimensions.items()}
    return flagged_examples(slices, source, examples_by_slice(counts, limit))


def _with_agreement_notes(
    dimensions: dict[str, DimensionResult], agreement: Mapping[str, Any]
) -> dict[str, DimensionResult]:
    """The LID check's flagged languages as plain-words notes on every language dimension."""
    from datacensus.lid import agreement_notes

    notes = tuple(agreement_notes(agreement, labeller("language")))
    if not notes:
        return dimensions
    return {
        name: dataclasses.replace(dim, notes=dim.notes + notes)
        if name.partition("@")[0] == "language"
        else dim
        for name, dim in dimensions.items()
    }


def _undetectable(reference: Reference | None, outputs: frozenset[str] | None) -> frozenset[str]:
    """Keys of a language reference that the LID model cannot output."""
    if reference is None or outputs is None:
        return frozenset()
    return frozenset(k for k in reference.table["key"].to_list() if k not in outputs)


def _histogram(counts: pl.DataFrame, dimension: str) -> dict[str, int]:
    rows = counts.filter(pl.col("dimension") == dimension).sort("key")
    return dict(zip(rows["key"].to_list(), rows["documents"].to_list(), strict=True))
