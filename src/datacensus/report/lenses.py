"""Report context for several references on one dimension ("lenses") and for composed ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from datacensus.models import AuditResult, Provenance

#: Disagreeing slices shown per dimension; the rest are in result.json (``extras.lenses``).
MAX_ROWS = 50


def lenses_context(result: AuditResult, dim_id: Callable[[str], str]) -> list[dict[str, Any]]:
    """Per dimension with several lenses: the lenses and the slices whose status differs.

    ``dim_id`` gives the HTML id of a dimension's section (the links of the table).
    """
    out = []
    for dim, info in (result.extras.get("lenses") or {}).items():
        lenses = []
        for lens in info["lenses"]:
            found = result.dimensions.get(lens["name"])
            ref = found.reference if found is not None else None
            lenses.append(
                {
                    "name": lens["name"],
                    "id": dim_id(lens["name"]),
                    "reference": lens["reference"],
                    "title": (ref.title or ref.name) if ref else "uniform",
                }
            )
        rows = [
            {
                "key": row["key"],
                "label": row["label"],
                "cells": [row["statuses"].get(lens["name"]) for lens in lenses],
            }
            for row in info["disagreements"]
        ]
        out.append(
            {
                "dimension": dim,
                "lenses": lenses,
                "rows": rows[:MAX_ROWS],
                "left_out": max(0, len(rows) - MAX_ROWS),
            }
        )
    return out


def composition_lines(reference: Provenance | dict[str, Any] | None) -> list[str]:
    """One line per component of a composed reference, plus its floor (empty otherwise)."""
    if reference is None:
        return []
    comp = (
        reference.composition if isinstance(reference, Provenance) else reference.get("composition")
    )
    if not comp:
        return []
    lines = []
    for part in comp.get("components", []):
        where = f", restricted to {part['region']}" if part.get("region") else ""
        licence = str(part.get("licence") or "no licence recorded").split(" (")[0]
        year = f", {part['year']}" if part.get("year") else ""
        lines.append(f"{part['weight']:.4g} × {part['reference']}{where} ({licence}{year})")
    if comp.get("min_share") is not None:
        lines.append(
            f"floor: every key at least {comp['min_share']:g} "
            f"({comp.get('raised_keys', 0)} keys raised, the others scaled down)"
        )
    return lines
