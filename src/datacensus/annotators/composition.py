"""Who the annotators are: one attribute's composition per annotator and per label given.

Each attribute becomes two counts tables in COUNTS_SCHEMA form (one row per attribute value:
annotators, or labels contributed) compared with a reference by `statistics.compare_counts`.
Country and language attributes are normalised to the reference keys and, unless the user
names another, compared with the shipped default (world population, world speakers).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import polars as pl

from datacensus.compare.results import dimension_result
from datacensus.compare.statistics import StatsParams, compare_counts
from datacensus.errors import InputError
from datacensus.models import DimensionResult, Reference
from datacensus.schema import COUNTS_SCHEMA, unknown_key

ReferenceSpec = str | Path | Reference
KINDS = ("country", "language")


def attribute_kind(attr: str) -> str | None:
    """``"country"`` for ``country`` / ``annotator_country`` / ``worker-country``, etc."""
    name = attr.lower().replace("-", "_")
    return next((k for k in KINDS if name == k or name.endswith(f"_{k}")), None)


def normaliser(kind: str | None) -> Callable[[str], str]:
    """Raw attribute value -> slice key (unmappable values become ``?unmapped=raw``)."""
    if kind == "country":
        from datacensus.codes.countries import normalise_country

        def country(raw: str) -> str:
            return normalise_country(raw) or unknown_key("unmapped", raw)

        return country
    if kind == "language":
        from datacensus.codes.languages import canonical_language

        def language(raw: str) -> str:
            try:
                return canonical_language(raw)
            except ValueError:
                return unknown_key("unmapped", raw)

        return language
    return str


def labeller(kind: str | None) -> Callable[[str], str]:
    """Human label of a slice key."""
    if kind == "country":
        from datacensus.codes.countries import country_name

        return country_name
    if kind == "language":
        from datacensus.codes.languages import language_name

        return language_name
    return str


def slice_keys(frame: pl.DataFrame, attr: str) -> pl.Series:
    """Per-row slice key of ``attr`` (nulls and blanks -> ``?missing``)."""
    normalise = normaliser(attribute_kind(attr))
    cache: dict[str, str] = {}

    def key(raw: str | None) -> str:
        if raw is None or not raw.strip():
            return unknown_key("missing")
        if raw not in cache:
            cache[raw] = normalise(raw.strip())
        return cache[raw]

    values = frame.get_column(attr).cast(pl.String).to_list()
    return pl.Series(attr, [key(v) for v in values], dtype=pl.String)


def constant_per(frame: pl.DataFrame, owner: str, attr: str, what: str) -> None:
    """Raise naming the first ``owner`` whose ``attr`` takes more than one value."""
    varying = (
        frame.group_by(owner)
        .agg(pl.col(attr).unique().sort())
        .filter(pl.col(attr).list.len() > 1)
        .sort(owner)
    )
    if varying.height:
        first, values = varying.row(0)
        raise InputError(
            f"column {attr!r}: {what} {first!r} has {len(values)} different values "
            f"({', '.join(repr(v) for v in values[:5])}); expected one value per {what} "
            f"({varying.height} {what}s disagree)"
        )


def counts_table(keys: pl.Series, dimension: str) -> pl.DataFrame:
    """COUNTS_SCHEMA rows: how many entries fall under each key."""
    if keys.len() == 0:
        return pl.DataFrame(schema=COUNTS_SCHEMA)
    return (
        keys.alias("key")
        .value_counts(name="documents")
        .with_columns(
            pl.lit(dimension).alias("dimension"),
            pl.lit(0).alias("chars"),
            pl.lit(0).alias("tokens"),
            pl.lit(0.0).alias("chars_sq"),
            pl.lit(0.0).alias("tokens_sq"),
        )
        .select(COUNTS_SCHEMA.names())
        .cast(COUNTS_SCHEMA)
        .sort("key")
    )


def resolve_reference(attr: str, given: Mapping[str, ReferenceSpec]) -> Reference | None:
    """The user's reference for ``attr``, else the shipped default of its kind, else none."""
    from datacensus.compare.references import default_reference, load_reference

    kind = attribute_kind(attr)
    if attr in given:
        return load_reference(given[attr], dimension=kind or attr)
    return default_reference(kind) if kind else None


def composition(
    rows: pl.DataFrame,
    *,
    annotator: str,
    attr: str,
    reference: Reference | None,
    params: StatsParams,
) -> dict[str, DimensionResult]:
    """Composition of ``attr`` per annotator and per label, compared with ``reference``."""
    keyed = rows.select(annotator, slice_keys(rows, attr).alias("_key"))
    per_annotator = keyed.unique(annotator).get_column("_key")
    out: dict[str, DimensionResult] = {}
    label = labeller(attribute_kind(attr))
    for unit, keys in (("annotators", per_annotator), ("labels", keyed.get_column("_key"))):
        name = f"{attr} ({unit})"
        comparison = compare_counts(
            counts_table(keys, name),
            reference.table if reference is not None else None,
            params=params,
            label=label,
        )
        out[unit] = dimension_result(name, unit, reference, comparison)
    return out
