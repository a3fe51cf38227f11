"""Several references for one dimension ("lenses"): the same counts compared with each.

``references={"language": ["world-speakers", "common-crawl.csv"]}`` keeps the first lens as the
dimension's result (``dimensions["language"]``) and adds one result per further lens under
``"language~<reference>"``; ``extras["lenses"]`` lists them and the slices whose status differs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

import polars as pl

from datacensus.compare.compose import ref_label, resolve
from datacensus.models import DimensionResult, Reference
from datacensus.schema import UNKNOWN_PREFIX

LENS_SEPARATOR = "~"


def split_lenses(given: Mapping[str, Any] | None) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """``{dim: spec or [spec, ...]}`` -> (first spec per dimension, the further specs)."""
    primary: dict[str, Any] = {}
    extra: dict[str, list[Any]] = {}
    for dim, spec in (given or {}).items():
        if isinstance(spec, list | tuple):
            if not spec:
                continue
            primary[dim] = spec[0]
            if len(spec) > 1:
                extra[dim] = list(spec[1:])
        else:
            primary[dim] = spec
    return primary, extra


def observed_keys(counts: pl.DataFrame | None, dimension: str) -> list[str]:
    """The keys counted for ``dimension`` (unknown reasons left out): what ``uniform`` spans."""
    if counts is None:
        return []
    keys = counts.filter(pl.col("dimension") == dimension)["key"].to_list()
    return sorted({k for k in keys if not k.startswith(UNKNOWN_PREFIX)})


def add_lenses(
    dimensions: dict[str, DimensionResult],
    extra: Mapping[str, list[Any]],
    counts: pl.DataFrame,
    compare_one: Callable[[str, Reference], DimensionResult],
) -> tuple[dict[str, DimensionResult], dict[str, Any]]:
    """One result per further lens (same counts), plus per dimension where verdicts disagree."""
    info: dict[str, Any] = {}
    for dim, specs in extra.items():
        names = [dim]
        for spec in specs:
            ref = resolve(spec, dimension=dim, observed=observed_keys(counts, dim))
            assert ref is not None  # resolve() raises rather than return no reference
            name = f"{dim}{LENS_SEPARATOR}{ref_label(ref)}"
            while name in dimensions:
                name += "'"
            dimensions[name] = dataclasses.replace(compare_one(dim, ref), name=name)
            names.append(name)
        info[dim] = {
            "lenses": [
                {
                    "name": n,
                    "reference": r.name if (r := dimensions[n].reference) else None,
                }
                for n in names
            ],
            "disagreements": disagreements([dimensions[n] for n in names]),
        }
    return dimensions, info


#: Statuses that are a verdict on a slice (``uncertain``/``unreferenced``/no row are not).
VERDICTS = ("missing", "under", "over", "ok")


def disagreements(results: list[DimensionResult]) -> list[dict[str, Any]]:
    """Slices whose status differs between lenses while at least one lens reaches a verdict.

    A slice that one lens calls ``uncertain`` and another does not list at all (not referenced,
    not observed) is left out: neither says anything about it. Flagged slices come first.
    """
    statuses: dict[str, dict[str, str | None]] = {}
    labels: dict[str, str] = {}
    for result in results:
        for row in result.slices.select("key", "label", "status").iter_rows(named=True):
            statuses.setdefault(row["key"], {})[result.name] = row["status"]
            labels[row["key"]] = row["label"] or row["key"]
    rank = {s: i for i, s in enumerate(VERDICTS)}
    found: list[tuple[int, str, dict[str, str | None]]] = []
    for key in sorted(statuses):
        per_lens = {r.name: statuses[key].get(r.name) for r in results}
        seen = set(per_lens.values())
        if len(seen) > 1 and seen & set(VERDICTS):
            worst = min(rank.get(s or "", len(rank)) for s in seen)
            found.append((worst, key, per_lens))
    found.sort(key=lambda item: item[0])  # stable: keys stay sorted within a rank
    return [{"key": k, "label": labels[k], "statuses": per} for _, k, per in found]
