"""Composed references: blends, ``uniform``, one region's slice, and floors per key.

An expression is a sum of weighted terms, each a reference optionally restricted to a region::

    world-speakers                         a shipped name (or a CSV path)
    0.5*world-speakers+0.5*common.csv      a blend: sum of weight x share, weights rescaled to 1
    uniform                                equal shares over the keys observed in the data
    world-speakers@region=Africa           one M49 region's (or subregion's) part, renormalised

A floor (``min_share``) then gives every key of the reference at least that share and rescales
the others. The composition is recorded in ``Provenance.composition``. See docs/references.md.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from datacensus.compare.references import (
    default_reference,
    load_reference,
    shipped_names,
    shipped_reference,
    uniform_reference,
)
from datacensus.errors import InvalidReferenceError
from datacensus.models import Provenance, Reference
from datacensus.schema import REFERENCE_SCHEMA

UNIFORM = "uniform"
_NUMBER = r"[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?"
_TERM = re.compile(rf"^\s*(?:(?P<weight>{_NUMBER})\s*\*\s*)?(?P<rest>.+?)\s*$")


@dataclass(frozen=True)
class RefChoice:
    """A reference expression for one dimension, with an optional floor per key."""

    expr: str
    min_share: float | None = None


@dataclass(frozen=True)
class Term:
    """One weighted part of an expression: ``weight * base@region=NAME``."""

    weight: float
    base: str
    region: str | None = None


def parse_expression(text: str) -> list[Term]:
    """``"0.5*a+0.5*b@region=Africa"`` -> terms; a file path or shipped name is one term."""
    text = text.strip()
    if not text:
        raise InvalidReferenceError("empty reference expression")
    if text in shipped_names() or Path(text).is_file():
        return [Term(1.0, text)]
    terms: list[Term] = []
    for part in text.split("+"):
        match = _TERM.match(part)
        if not match or not match["rest"]:
            raise InvalidReferenceError(
                f"reference {text!r}: cannot read the term {part!r} (expected "
                "[WEIGHT*]NAME[@region=REGION], terms joined by '+')"
            )
        base, at, region = match["rest"].partition("@")
        if at:
            key, eq, value = region.partition("=")
            if key.strip() != "region" or not eq or not value.strip():
                raise InvalidReferenceError(
                    f"reference {text!r}: {'@' + region!r} should be '@region=NAME' (an M49 "
                    "region or subregion name or code, e.g. @region=Africa)"
                )
        weight = float(match["weight"]) if match["weight"] else 1.0
        if not weight > 0 or math.isinf(weight):
            raise InvalidReferenceError(f"reference {text!r}: weight {weight} must be > 0")
        terms.append(Term(weight, base.strip(), value.strip() if at else None))
    return terms


def is_plain(spec: object) -> bool:
    """True when ``spec`` needs no composition (a single reference, no region, no floor)."""
    if isinstance(spec, Reference | Path):
        return True
    if isinstance(spec, RefChoice):
        return spec.min_share is None and is_plain(spec.expr)
    terms = parse_expression(str(spec))
    return len(terms) == 1 and terms[0].region is None and terms[0].base != UNIFORM


def resolve(spec: object, *, dimension: str, observed: Iterable[str] = ()) -> Reference | None:
    """The Reference for one spec: a plain one as before, else the composed one."""
    min_share = spec.min_share if isinstance(spec, RefChoice) else None
    expr: object = spec.expr if isinstance(spec, RefChoice) else spec
    if expr is None or expr == "":
        base = default_reference(dimension)
        if base is None:
            raise InvalidReferenceError(
                f"--min-share {dimension}: no default reference for {dimension!r}; give one "
                f"with --ref {dimension}=NAME"
            )
        expr = base
    if isinstance(expr, Reference | Path) or is_plain(expr):
        ref = load_reference(expr, dimension=dimension)  # type: ignore[arg-type]
        terms = None
    else:
        terms = parse_expression(str(expr))
        ref = blend(terms, dimension=dimension, observed=list(observed), text=str(expr))
    if min_share is None:
        return ref
    return with_floor(ref, min_share, composed=terms is not None)


def blend(terms: list[Term], *, dimension: str, observed: list[str], text: str) -> Reference:
    """Sum of weight x share over the terms (weights rescaled to sum to 1)."""
    total_weight = math.fsum(t.weight for t in terms)
    shares: dict[str, float] = {}
    components: list[dict[str, Any]] = []
    parts: list[Reference] = []
    for term in terms:
        if term.base == UNIFORM:
            part = uniform_reference(observed, dimension)
        else:
            part = load_reference(_spec(term.base), dimension=dimension)
        if term.region is not None:
            part = restrict_to_region(part, term.region)
        parts.append(part)
        w = term.weight / total_weight
        for key, share in part.shares().items():
            shares[key] = shares.get(key, 0.0) + w * share
        prov = part.provenance
        components.append(
            {
                "reference": term.base,
                "weight": w,
                "region": term.region,
                "licence": prov.licence,
                "year": prov.year,
                "sha256": prov.sha256,
                "keys": part.table.height,
            }
        )
    notes = []
    if not math.isclose(total_weight, 1.0, rel_tol=1e-9):
        notes.append(f"weights rescaled from sum {total_weight:g} to 1")
    table = _table(shares)
    caveats = tuple(dict.fromkeys(f"{p.name}: {c}" for p in parts for c in p.provenance.caveats))
    licences = "; ".join(dict.fromkeys(p.provenance.licence for p in parts if p.provenance.licence))
    provenance = Provenance(
        name=text,
        dimension=dimension,
        title=f"Composed reference {text}",
        source="; ".join(dict.fromkeys(p.provenance.source for p in parts if p.provenance.source)),
        licence=licences,
        method=describe(terms, total_weight),
        caveats=caveats,
        year="; ".join(dict.fromkeys(p.provenance.year for p in parts if p.provenance.year)),
        notes=tuple(notes),
        user_supplied=any(p.provenance.user_supplied for p in parts),
        composition={"expression": text, "components": components, "min_share": None},
    )
    return Reference(provenance=provenance, table=table)


def describe(terms: list[Term], total_weight: float) -> str:
    """The composition in words, for the report and ``refs show``."""
    words = []
    for t in terms:
        what = "equal shares over the observed keys" if t.base == UNIFORM else t.base
        where = f" restricted to {t.region} and renormalised" if t.region else ""
        words.append(f"{t.weight / total_weight:.4g} x {what}{where}")
    return "share = " + " + ".join(words)


def _spec(base: str) -> str | Path:
    return base if base in shipped_names() else Path(base)


def _table(shares: Mapping[str, float]) -> pl.DataFrame:
    kept = {k: v for k, v in shares.items() if v > 0}
    if not kept:
        raise InvalidReferenceError("the composed reference has no key with a positive share")
    total = math.fsum(kept.values())
    return pl.DataFrame(
        {"key": list(kept), "share": [v / total for v in kept.values()]}, schema=REFERENCE_SCHEMA
    ).sort(["share", "key"], descending=[True, False])


# ----------------------------------------------------------------------------- regions


def region_countries(region: str) -> tuple[str, frozenset[str]]:
    """``(M49 name, countries)`` of a region or subregion given by English name or code."""
    from datacensus.codes.countries import country_codes, m49_of

    wanted = region.strip().casefold()
    members: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for code in sorted(country_codes()):
        m49 = m49_of(code)
        if m49 is None:
            continue
        sub_code, sub_name, reg_code, reg_name = m49
        for c, n in ((sub_code, sub_name), (reg_code, reg_name)):
            members.setdefault(c, set()).add(code)
            names[c] = n
    for c, n in names.items():
        if wanted in (c.casefold(), n.casefold(), c.lstrip("0")):
            return n, frozenset(members[c])
    known = sorted(set(names.values()))
    raise InvalidReferenceError(
        f"region {region!r}: not a UN M49 region or subregion (known: {', '.join(known)})"
    )


def restrict_to_region(ref: Reference, region: str) -> Reference:
    """The part of ``ref`` that lies in ``region``, renormalised.

    country: the region's countries. subregion/region: the M49 codes inside it. language: each
    language's share times the fraction of its CLDR speakers living in the region (exact for
    world-speakers: its restriction is the region's own speakers; for other references it
    assumes the reference's mass of a language is spread like its speakers).
    """
    name, countries = region_countries(region)
    dim = ref.dimension
    shares = ref.shares()
    if dim in ("country", "url_country"):
        kept = {k: v for k, v in shares.items() if k in countries}
    elif dim in ("subregion", "region"):
        from datacensus.codes.countries import m49_of

        codes = {m49_of(c)[0 if dim == "subregion" else 2] for c in countries}  # type: ignore[index]
        kept = {k: v for k, v in shares.items() if k in codes}
    elif dim == "language":
        inside = language_fraction_in(countries)
        kept = {k: v * inside.get(k, 0.0) for k, v in shares.items()}
    else:
        raise InvalidReferenceError(
            f"@region=: dimension {dim!r} has no regions (only language, country, subregion)"
        )
    if not any(v > 0 for v in kept.values()):
        raise InvalidReferenceError(
            f"{ref.name}@region={region}: no key of the reference lies in {name}"
        )
    prov = ref.provenance
    restricted = Provenance(
        **{
            **{k: v for k, v in prov.to_dict().items() if k not in ("caveats", "notes")},
            "name": f"{prov.name}@region={region}",
            "caveats": prov.caveats,
            "notes": (*prov.notes, f"restricted to {name} ({len(countries)} countries)"),
        }
    )
    return Reference(provenance=restricted, table=_table(kept))


def language_fraction_in(countries: frozenset[str]) -> dict[str, float]:
    """Per language, the fraction of its CLDR speakers (language-territory) in ``countries``."""
    pairs = shipped_reference("language-territory").shares()
    world: dict[str, float] = {}
    inside: dict[str, float] = {}
    for key, share in pairs.items():
        lang, _, country = key.partition("|")
        world[lang] = world.get(lang, 0.0) + share
        if country in countries:
            inside[lang] = inside.get(lang, 0.0) + share
    return {lang: inside[lang] / world[lang] for lang in inside}


# ----------------------------------------------------------------------------- floors


def floor_shares(shares: Mapping[str, float], floor: float) -> dict[str, float]:
    """Every key at least ``floor``; the keys above it scaled down to keep the sum at 1.

    Scaling can push another key below the floor, so keys are raised until none is below.
    """
    if not floor > 0:
        raise InvalidReferenceError(f"--min-share {floor}: expected a share > 0")
    n = len(shares)
    if floor * n > 1 + 1e-12:
        raise InvalidReferenceError(
            f"--min-share {floor}: {n} keys x {floor} = {floor * n:.4g} > 1; the largest "
            f"possible floor for this reference is {1 / n:.4g}"
        )
    raised: set[str] = set()
    while True:
        rest = {k: v for k, v in shares.items() if k not in raised}
        room = 1.0 - floor * len(raised)
        total = math.fsum(rest.values())
        scale = room / total if total > 0 else 0.0
        low = {k for k, v in rest.items() if v * scale < floor}
        if not low:
            return {k: (floor if k in raised else v * scale) for k, v in shares.items()}
        raised |= low


def with_floor(ref: Reference, floor: float, *, composed: bool) -> Reference:
    """``ref`` with every key at ``floor`` or above, its composition recording the floor."""
    shares = ref.shares()
    floored = floor_shares(shares, floor)
    raised = sum(1 for k, v in shares.items() if v < floor)
    prov = ref.provenance
    composition = dict(prov.composition or {"expression": prov.name, "components": []})
    if not composition.get("components"):
        composition["components"] = [
            {
                "reference": prov.name,
                "weight": 1.0,
                "region": None,
                "licence": prov.licence,
                "year": prov.year,
                "sha256": prov.sha256,
                "keys": ref.table.height,
            }
        ]
    composition["min_share"] = floor
    composition["raised_keys"] = raised
    name = f"{prov.name} (min-share {floor:g})"
    method = (prov.method + "; " if composed else f"{prov.name}; ") + (
        f"then every key raised to at least {floor:g} and the others scaled down "
        f"({raised} of {len(shares)} keys raised)"
    )
    data = {k: v for k, v in prov.to_dict().items() if k not in ("caveats", "notes")}
    data.update(
        name=name,
        method=method,
        composition=composition,
        caveats=prov.caveats,
        notes=prov.notes,
    )
    return Reference(provenance=Provenance(**data), table=_table(floored))


def ref_label(ref: Reference) -> str:
    """A short name for a lens: the reference's name without characters the report splits on."""
    return ref.name.replace("@", " at ")


# ----------------------------------------------------------------------------- command line


def ref_options(refs: list[str] | None, min_shares: list[str] | None = None) -> dict[str, Any]:
    """``--ref`` and ``--min-share`` values -> the ``references`` argument of `audit`.

    A dimension given once maps to its spec; given several times, to a list (lenses). A floor
    wraps every spec of its dimension in a `RefChoice` (the default reference when none given).
    """
    from datacensus.errors import InputError

    specs: dict[str, list[str]] = {}
    for value in refs or []:
        dim, sep, spec = value.partition("=")
        if not sep or not dim.strip() or not spec.strip():
            raise InputError(
                f"--ref {value!r}: expected DIMENSION=NAME (a shipped name), DIMENSION=path.csv, "
                "DIMENSION=uniform, DIMENSION=0.5*A+0.5*B or DIMENSION=A@region=NAME"
            )
        specs.setdefault(dim.strip(), []).append(spec.strip())
    floors: dict[str, float] = {}
    for value in min_shares or []:
        dim, sep, number = value.partition("=")
        try:
            floors[dim.strip()] = float(number)
        except ValueError:
            raise InputError(
                f"--min-share {value!r}: expected DIMENSION=SHARE, e.g. language=0.001"
            ) from None
        if not sep or not dim.strip() or not 0 < floors[dim.strip()] < 1:
            raise InputError(f"--min-share {value!r}: expected DIMENSION=SHARE with 0 < SHARE < 1")
    out: dict[str, Any] = {}
    for dim in [*specs, *(d for d in floors if d not in specs)]:
        given: list[Any] = specs.get(dim, [""])
        if dim in floors:
            given = [RefChoice(s, floors[dim]) for s in given]
        out[dim] = given[0] if len(given) == 1 else given
    return out
