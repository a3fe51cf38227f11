"""Intersections of two dimensions: the reference a cross key ``a|b`` is compared with.

The reference of ``a|b`` is, in order of preference: a shipped joint distribution (``b|a`` with
its keys swapped; ``language|subregion``/``language|region`` rolled up from
``language-territory``), else the product of the two marginal references, which assumes
independence and says so in a note.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import polars as pl

from datacensus.codes.reference_table import validate_reference_table
from datacensus.compare.references import default_reference
from datacensus.models import Provenance, Reference
from datacensus.schema import CROSS_SEPARATOR, REFERENCE_SCHEMA, UNKNOWN_PREFIX, Status

#: Joint references that can be derived from a shipped one by rolling the country axis up.
_ROLLUPS = {"subregion": 0, "region": 2}


def joint_reference(first: str, second: str) -> Reference | None:
    """A shipped (or derived) joint reference for ``first|second``, or None."""
    dimension = f"{first}{CROSS_SEPARATOR}{second}"
    if "url_country" in (first, second):  # same keys as country: use country's joint reference
        base = [("country" if d == "url_country" else d) for d in (first, second)]
        return redimensioned(joint_reference(base[0], base[1]), dimension)
    direct = default_reference(dimension)
    if direct is not None:
        return direct
    swapped = default_reference(f"{second}{CROSS_SEPARATOR}{first}")
    if swapped is not None:
        return _swap(swapped, dimension)
    if first == "language" and second in _ROLLUPS:
        return _rolled_up(second, dimension)
    if second == "language" and first in _ROLLUPS:
        rolled = _rolled_up(first, f"language{CROSS_SEPARATOR}{first}")
        return _swap(rolled, dimension) if rolled is not None else None
    return None


def cross_reference(
    first: str,
    second: str,
    marginals: Mapping[str, Reference | None],
    counts: pl.DataFrame | None = None,
) -> Reference | None:
    """Joint reference if one exists, else the product of the marginals.

    A marginal that is None (uniform) is taken as equal shares over the keys observed in
    ``counts``; without counts it cannot be built and the result is None (uniform over cells).
    """
    joint = joint_reference(first, second)
    if joint is not None:
        return joint
    shares = [_marginal(d, marginals.get(d), counts) for d in (first, second)]
    if shares[0] is None or shares[1] is None:
        return None
    return product_reference(first, second, shares[0], shares[1], marginals)


def product_reference(
    first: str,
    second: str,
    a: Mapping[str, float],
    b: Mapping[str, float],
    marginals: Mapping[str, Reference | None] | None = None,
) -> Reference:
    """The independence reference: share(a|b) = share(a) x share(b)."""
    dimension = f"{first}{CROSS_SEPARATOR}{second}"
    frame = pl.DataFrame(
        {
            "key": [f"{ka}{CROSS_SEPARATOR}{kb}" for ka in a for kb in b],
            "share": [sa * sb for sa in a.values() for sb in b.values()],
        },
        schema=REFERENCE_SCHEMA,
    ).filter(pl.col("share") > 0)
    table, notes = validate_reference_table(frame, dimension=dimension, origin=dimension)
    names = [_ref_name(d, (marginals or {}).get(d)) for d in (first, second)]
    provenance = Provenance(
        name=f"{names[0]} x {names[1]}",
        dimension=dimension,
        title=f"Product of the {first} and {second} references",
        method=(
            f"share({first}{CROSS_SEPARATOR}{second}) = share({first}) x share({second}), from "
            f"{names[0]} and {names[1]}"
        ),
        notes=(
            f"no joint reference for {first} x {second}: the product of the marginals assumes "
            "the two are independent, so a cell's verdict says how far the data is from "
            "independence as much as from the world",
            *notes,
        ),
    )
    return Reference(provenance=provenance, table=table)


def prune_sparse(slices: pl.DataFrame) -> tuple[pl.DataFrame, str | None]:
    """Drop cells with no documents and no verdict (too few expected documents); say how many."""
    empty = (pl.col("count") == 0) & (pl.col("status") != str(Status.MISSING))
    dropped = slices.filter(empty).height
    if not dropped:
        return slices, None
    note = (
        f"{dropped} reference cells with no documents are not listed: too few documents were "
        "expected in them for absence to be evidence"
    )
    return slices.filter(~empty), note


def _marginal(
    dimension: str, reference: Reference | None, counts: pl.DataFrame | None
) -> dict[str, float] | None:
    if reference is not None:
        return reference.shares()
    if counts is None:
        return None
    keys = (
        counts.filter(
            (pl.col("dimension") == dimension) & ~pl.col("key").str.starts_with(UNKNOWN_PREFIX)
        )["key"]
        .unique()
        .sort()
        .to_list()
    )
    return {k: 1.0 / len(keys) for k in keys} if keys else None


def _ref_name(dimension: str, reference: Reference | None) -> str:
    return reference.name if reference is not None else f"uniform {dimension}"


def _swap(reference: Reference, dimension: str) -> Reference:
    table = reference.table.with_columns(
        pl.col("key").str.split(CROSS_SEPARATOR).list.reverse().list.join(CROSS_SEPARATOR)
    )
    provenance = replace(
        reference.provenance,
        dimension=dimension,
        notes=(*reference.provenance.notes, f"keys of {reference.name} swapped to {dimension}"),
    )
    return Reference(provenance=provenance, table=table)


def _rolled_up(level: str, dimension: str) -> Reference | None:
    from datacensus.codes.countries import m49_of

    base = default_reference(f"language{CROSS_SEPARATOR}country")
    if base is None:
        return None
    parts = base.table.with_columns(
        pl.col("key").str.split_exact(CROSS_SEPARATOR, 1).struct.rename_fields(["lang", "cc"])
    ).unnest("key")
    codes = parts["cc"].unique().to_list()
    mapping = {c: (found[_ROLLUPS[level]] if (found := m49_of(c)) else None) for c in codes}
    rolled = (
        parts.with_columns(pl.col("cc").replace_strict(mapping, return_dtype=pl.String))
        .drop_nulls("cc")
        .group_by("lang", "cc")
        .agg(pl.col("share").sum())
        .select(pl.concat_str("lang", "cc", separator=CROSS_SEPARATOR).alias("key"), "share")
        .sort("key")
    )
    table, notes = validate_reference_table(rolled, dimension=dimension, origin=base.name)
    provenance = replace(
        base.provenance,
        name=f"{base.name} by {level}",
        dimension=dimension,
        title=f"{base.provenance.title}, rolled up to UN M49 {level}s",
        notes=(
            *base.provenance.notes,
            f"countries summed into their UN M49 {level} (countries with no M49 region dropped)",
            *notes,
        ),
    )
    return Reference(provenance=provenance, table=table)


def redimensioned(reference: Reference | None, dimension: str) -> Reference | None:
    """The same reference under another dimension name (``country`` -> ``url_country``)."""
    if reference is None:
        return None
    return replace(reference, provenance=replace(reference.provenance, dimension=dimension))
