"""AuditResult -> a plain dict the templates read. Selection and layout only: no statistics.

The context is JSON-safe plain data (tested by snapshot). Number formatting lives in filters.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from datacensus.compare.origin import HUMAN_ORIGINS
from datacensus.models import AuditResult, DimensionResult
from datacensus.report import mapcolour
from datacensus.report.correction_context import correction_context
from datacensus.report.filters import dimension_title, unit
from datacensus.report.labels import dim_id, reason_label
from datacensus.report.lenses import composition_lines, lenses_context
from datacensus.report.overview import overview, row_id
from datacensus.schema import UNKNOWN_PREFIX

#: How many slices the summary names per dimension.
TOP_FLAGGED = 10
#: Ratio chart: all referenced slices up to this many; beyond it, the lowest and highest ones.
RATIO_CHART_MAX = 60
#: Heatmap of an intersection: the most frequent keys of each axis.
HEATMAP_AXIS_MAX = 20
#: Statuses whose rows with 0 documents fold into one line under the table (no finding there).
FOLDED_STATUSES = ("uncertain", "undetectable", "unreferenced")
#: Statuses that get example snippets.
EXAMPLE_STATUSES = ("under", "over")
#: Order in which statuses are listed, worst first.
STATUS_ORDER = ("missing", "under", "uncertain", "ok", "over", "unreferenced", "undetectable")
#: Okabe–Ito colours (distinguishable with the common colour-vision deficiencies).
STATUS_COLOURS = {
    "missing": "#D55E00",
    "under": "#E69F00",
    "uncertain": "#999999",
    "ok": "#009E73",
    "over": "#0072B2",
    "unreferenced": "#CC79A7",
    "undetectable": "#56B4E9",
}
STATUS_MEANING = {
    "missing": "no rows, although the reference expects enough that absence is evidence",
    "under": "surely below the reference share, and below τ × it on the slice's own interval",
    "uncertain": "the interval is too wide to decide",
    "ok": "the interval lies within [τ × reference, reference / τ]",
    "over": "surely above the reference share, and above it / τ on the slice's own interval",
    "unreferenced": "the reference does not list this slice",
    "undetectable": "the language identifier cannot output this language",
}
#: Origins by weight: human-written grey, unknown pale, the others Okabe–Ito in order of weight.
HUMAN_COLOUR = "#BBBBBB"
UNKNOWN_ORIGIN_COLOUR = "#EEEEEE"
ORIGIN_COLOURS = ("#E69F00", "#0072B2", "#CC79A7", "#009E73", "#D55E00", "#56B4E9", "#F0E442")
#: Datasheet sections in plain words (the keys are in datasheet.SECTIONS).
DATASHEET_TITLES = {
    "dataset": "Dataset",
    "collection": "Collection",
    "generation": "Generation (synthetic data)",
    "translation": "Translation",
    "annotation": "Annotation",
}
#: Rows of the "Weighting changes the picture" table per dimension (worst statuses first).
WEIGHT_CHANGES_MAX = 30
COLUMNS = (
    "key",
    "label",
    "count",
    "share",
    "ci_low",
    "ci_high",
    "reference_share",
    "expected",
    "ratio",
    "ratio_low",
    "ratio_high",
    "status",
)


def build_context(result: AuditResult) -> dict[str, Any]:
    """Everything a template shows, as JSON-safe plain data."""
    data = result.to_dict()
    examples = result.extras.get("examples")
    origin = origin_context(result)
    dimensions = [
        dimension_context(
            replace(dim, name=name),  # "language@chars" holds a result named "language"
            {**data["dimensions"][name], "name": name},
            examples.get(name) or {} if examples is not None else None,
            slice_origins(result.extras.get("origin"), name, origin),
        )
        for name, dim in result.dimensions.items()
    ]
    inp = data["input"]
    skipped = inp.get("rows_skipped") or {}
    return {
        "version": result.datacensus_version,
        "created_at": result.created_at,
        "input": inp,
        "rows_read": inp.get("rows_read"),
        "rows_skipped_total": sum(skipped.values()),
        "warnings": list(inp.get("warnings") or []),
        "parameters": data["parameters"],
        "lid": lid_context(data["lid"]),
        "verdict": data["verdict"],
        "dimensions": dimensions,
        "statuses": [
            {"name": s, "colour": STATUS_COLOURS[s], "meaning": STATUS_MEANING[s]}
            for s in STATUS_ORDER
        ],
        "methods": methods_context(),
        "has_examples": any(e["snippets"] for d in dimensions for e in d["examples"]),
        "datasheet": datasheet_context(result.extras.get("datasheet")),
        "origin": origin,
        "weight_changes": weight_changes_context(result),
        "overview": overview(result, dimensions),
        "references": references_context(dimensions),
        "examples_asked": bool(result.extras.get("examples")),
        "lenses": lenses_context(result, dim_id),
    }


def dimension_context(
    dim: DimensionResult,
    plain: dict[str, Any],
    examples: dict[str, list[str]] | None,
    origins: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One dimension: the result's plain data plus what the page shows about it."""
    everything = dim.total + dim.unknown_total
    reasons = [
        {
            "reason": reason,
            "meaning": reason_label(reason),
            "count": count,
            "share": count / everything if everything else None,
        }
        for reason, count in sorted(dim.unknown.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    rows = plain["slices"]
    base = (dim.name.rpartition("@")[0] or dim.name).partition("~")[0]
    ident = dim_id(dim.name)
    shown, folded = table_rows(rows, ident)
    return {
        **plain,
        "id": ident,
        "table_rows": shown,
        "folded": folded,
        "title": dimension_title(dim.name),
        "base": base,
        "unit": unit(dim.weight),
        "kind": "intersection" if dim.axes else ("country" if base == "country" else "plain"),
        "reference_name": (dim.reference.title or dim.reference.name) if dim.reference else None,
        "reference_short": dim.reference.name if dim.reference else None,
        "composition": composition_lines(dim.reference),
        "flagged": flagged(dim),
        "status_counts": status_counts(dim),
        "unknown_share": dim.unknown_total / everything if everything else None,
        "unknown_reasons": reasons,
        "map": world_map(rows) if base == "country" else None,
        "heatmap": heatmap(rows) if dim.axes else None,
        "ratio_chart": ratio_chart_keys(rows),
        "examples": examples_context(rows, examples, ident),
        "origin": origins,
    }


def references_context(dimensions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each reference once (several dimensions can share one), with the dimensions using it."""
    out: dict[str, dict[str, Any]] = {}
    for dim in dimensions:
        ref = dim["reference"]
        key = (ref.get("name") or "") + "\x1f" + (ref.get("sha256") or "") if ref else ""
        entry = out.setdefault(
            key,
            {
                "title": dim["reference_name"] if ref else "an even split (no reference)",
                "reference": ref,
                "composition": dim.get("composition"),
                "dimensions": [],
            },
        )
        entry["dimensions"].append(dim["title"])
    return list(out.values())


def table_rows(
    rows: list[dict[str, Any]], ident: str
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The rows the slice table shows, and the 0-document rows folded into one line below it.

    A slice with no documents and no finding (uncertain, undetectable, unreferenced) says nothing
    per row; the line counts them by status and an expandable table lists them.
    """
    shown: list[dict[str, Any]] = []
    folded: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        entry = {**row, "i": index, "row_id": row_id(ident, index)}
        zero = not row["count"] and row["status"] in FOLDED_STATUSES
        (folded if zero else shown).append(entry)
    by_status: dict[str, int] = {}
    for row in folded:
        by_status[row["status"]] = by_status.get(row["status"], 0) + 1
    folded.sort(key=lambda r: (-(r["reference_share"] or 0.0), r["key"]))
    return shown, {"rows": folded, "by_status": by_status, "id": f"{ident}-zero"}


def examples_context(
    rows: list[dict[str, Any]], examples: dict[str, list[str]] | None, ident: str
) -> list[dict[str, Any]]:
    """Snippets per flagged slice (under and over), each linked to and from its table row.

    A flagged slice with none (absent slices have no rows) gets an entry without snippets.
    None: no examples were asked for.
    """
    if examples is None:
        return []
    out = []
    for index, row in enumerate(rows):
        if row["status"] not in EXAMPLE_STATUSES and row["key"] not in examples:
            continue
        out.append(
            {
                "key": row["key"],
                "label": row["label"] or row["key"],
                "status": row["status"],
                "id": f"{ident}-ex{index}",
                "row_id": row_id(ident, index),
                "snippets": list(examples.get(row["key"]) or []),
            }
        )
    return out


def flagged(dim: DimensionResult, limit: int = TOP_FLAGGED) -> list[dict[str, Any]]:
    """The most under-represented slices: missing or under, largest shortfall first.

    The shortfall is the reference share minus the observed share, in share points: a language
    of 6% of speakers at 0.05% of documents outranks one of 1% that is absent.
    """
    rows = [r for r in dim.slices.to_dicts() if r["status"] in ("missing", "under")]
    rows.sort(key=lambda r: (-((r["reference_share"] or 0.0) - (r["share"] or 0.0)), r["key"]))
    return rows[:limit]


def status_counts(dim: DimensionResult) -> dict[str, int]:
    """Slices per status, in STATUS_ORDER (statuses with no slices left out)."""
    found = dict(dim.slices["status"].value_counts().iter_rows())
    return {s: int(found[s]) for s in (*STATUS_ORDER, *sorted(found)) if s in found}


def ratio_chart_keys(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Which slices the ratio chart shows, lowest ratio first, and how many it leaves out."""
    with_ratio = [r for r in rows if r["ratio"] is not None and r["ratio"] > 0]
    with_ratio.sort(key=lambda r: (r["ratio"], r["key"]))
    if len(with_ratio) > RATIO_CHART_MAX:
        low = RATIO_CHART_MAX * 2 // 3
        with_ratio = with_ratio[:low] + with_ratio[-(RATIO_CHART_MAX - low) :]
    total = sum(1 for r in rows if r["ratio"] is not None and r["ratio"] > 0)
    return {"keys": [r["key"] for r in with_ratio], "left_out": total - len(with_ratio)}


def heatmap(rows: list[dict[str, Any]], limit: int = HEATMAP_AXIS_MAX) -> dict[str, Any] | None:
    """A matrix over the largest keys of each axis (observed plus reference share, so absent
    cells show): log10 ratio where referenced, absent cells listed for their own marks."""
    totals: tuple[dict[str, float], dict[str, float]] = ({}, {})
    labels: tuple[dict[str, str], dict[str, str]] = ({}, {})
    cells: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        first, sep, second = r["key"].partition("|")
        if not sep:
            continue
        label_a, _, label_b = (r["label"] or r["key"]).partition(" × ")
        for axis, key, label in ((0, first, label_a), (1, second, label_b or second)):
            weight = (r["share"] or 0.0) + (r["reference_share"] or 0.0)  # absent ones too
            totals[axis][key] = totals[axis].get(key, 0.0) + weight
            labels[axis][key] = label or key
        cells[(first, second)] = r
    if not cells:
        return None
    top = [sorted(t, key=lambda k: (-t[k], k))[:limit] for t in totals]
    use_ratio = sum(1 for c in cells.values() if c["ratio"]) * 2 >= len(cells)
    z: list[list[float | None]] = []
    text: list[list[str]] = []
    absent: list[dict[str, Any]] = []
    for a in top[0]:
        z_row: list[float | None] = []
        text_row: list[str] = []
        for b in top[1]:
            cell = cells.get((a, b))
            value = None
            if cell is not None:
                raw = cell["ratio"] if use_ratio else cell["share"]
                value = round(math.log10(raw), 3) if raw else None
            z_row.append(value)
            text_row.append(cell["status"] if cell else "")
            if cell is not None and cell["status"] == "missing":
                absent.append(
                    {"row": labels[0][a], "col": labels[1][b], "expected": cell["expected"]}
                )
        z.append(z_row)
        text.append(text_row)
    return {
        "rows": [labels[0][k] for k in top[0]],
        "cols": [labels[1][k] for k in top[1]],
        "z": z,
        "status": text,
        "measure": "ratio" if use_ratio else "share",
        "absent": absent,
        "left_out": [len(totals[0]) - len(top[0]), len(totals[1]) - len(top[1])],
    }


@cache
def world_geometry() -> dict[str, Any]:
    """Country outlines shipped with the report (see build_world.py for source and licence)."""
    path = Path(__file__).parent / "assets" / "world.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def world_map(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """SVG paths per country with the status of its slice (grey where the data has none)."""
    geo = world_geometry()
    by_key = {r["key"]: r for r in rows}
    shapes = []
    for code, d in geo["countries"].items():
        row = by_key.get(code)
        shapes.append(
            {
                "code": code,
                "d": d,
                "label": (row["label"] or code) if row else code,
                "status": row["status"] if row else None,
                "fill": mapcolour.fill(row),
                "count": row["count"] if row else None,
                "share": row["share"] if row else None,
                "reference_share": row["reference_share"] if row else None,
                "ratio": row["ratio"] if row else None,
            }
        )
    off_map = sorted(k for k in by_key if k not in geo["countries"])
    return {
        "width": geo["width"],
        "height": geo["height"],
        "shapes": shapes,
        "off_map": off_map,
        "legend": mapcolour.legend(),
        "source": {k: geo[k] for k in ("title", "licence", "url", "notes")},
    }


def datasheet_context(sheet: dict[str, Any] | None) -> dict[str, Any] | None:
    """The provenance file's sections as titled key/value rows (stated facts, not measured)."""
    if not sheet:
        return None
    from datacensus.inputs.datasheet import datasheet_lines

    stated = sheet.get("sections") or {}
    sections: dict[str, dict[str, Any]] = {}
    for section, key, text in datasheet_lines(sheet):
        value = stated.get(section, {}).get(key)
        entry = sections.setdefault(
            section,
            {"name": section, "title": DATASHEET_TITLES.get(section, section), "rows": []},
        )
        entry["rows"].append(
            {
                "key": key,
                "label": key.replace("_", " "),
                "text": ("yes" if value else "no") if isinstance(value, bool) else text,
                "share": value if key == "share_synthetic" else None,
            }
        )
    return {"source": dict(sheet.get("source") or {}), "sections": list(sections.values())}


def _origin_order(overall: dict[str, float]) -> list[str]:
    """Human-written origins first, then the others by weight, unknown ('?...') last."""
    return sorted(
        overall,
        key=lambda o: (
            0 if o in HUMAN_ORIGINS else 2 if o.startswith(UNKNOWN_PREFIX) else 1,
            -overall[o],
            o,
        ),
    )


def origin_context(result: AuditResult) -> dict[str, Any] | None:
    """The whole data set's origins (weight, share, colour) and the mostly non-human slices."""
    summary = result.extras.get("origin")
    if not summary:
        return None
    overall = {str(k): float(v) for k, v in (summary.get("overall") or {}).items()}
    total = sum(overall.values())
    colours: dict[str, str] = {}
    for origin in _origin_order(overall):
        if origin in HUMAN_ORIGINS:
            colours[origin] = HUMAN_COLOUR
        elif origin.startswith(UNKNOWN_PREFIX):
            colours[origin] = UNKNOWN_ORIGIN_COLOUR
        else:
            others = sum(
                1 for c in colours.values() if c not in (HUMAN_COLOUR, UNKNOWN_ORIGIN_COLOUR)
            )
            colours[origin] = ORIGIN_COLOURS[others % len(ORIGIN_COLOURS)]
    weight = str(summary.get("weight") or "documents")
    known = sum(w for o, w in overall.items() if not o.startswith(UNKNOWN_PREFIX))
    nonhuman = sum(
        w for o, w in overall.items() if o not in HUMAN_ORIGINS and not o.startswith(UNKNOWN_PREFIX)
    )
    mostly = []
    for item in summary.get("mostly") or []:
        dim = result.dimensions.get(item["dimension"])
        label = item["key"]
        if dim is not None:
            found = dim.slices.filter(dim.slices["key"] == item["key"])["label"].to_list()
            label = (found[0] if found else None) or label
        mostly.append({**item, "label": label, "id": dim_id(item["dimension"])})
    return {
        "column": (result.parameters.get("spec") or {}).get("origin"),
        "nonhuman_share": nonhuman / known if known else None,
        "weight": weight,
        "unit": unit(weight),
        "colours": colours,
        "rows": [
            {
                "origin": o,
                "count": overall[o],
                "share": overall[o] / total if total else None,
                "colour": colours[o],
                "human": o in HUMAN_ORIGINS,
            }
            for o in colours
        ],
        "mostly": mostly,
    }


def slice_origins(
    summary: dict[str, Any] | None, name: str, origin: dict[str, Any] | None
) -> dict[str, Any] | None:
    """Per slice of one dimension: its origins as bar segments and its non-human share."""
    slices = ((summary or {}).get("dimensions") or {}).get(name)
    if not slices or origin is None:
        return None
    colours: dict[str, str] = origin["colours"]
    by_key = {}
    for key, entry in slices.items():
        shares = entry.get("shares") or {}
        order = [o for o in colours if o in shares]
        order += sorted(o for o in shares if o not in colours)
        parts = [
            {
                "origin": o,
                "share": shares[o],
                "colour": colours.get(o, UNKNOWN_ORIGIN_COLOUR),
                "human": o in HUMAN_ORIGINS,
            }
            for o in order
            if shares[o]
        ]
        by_key[key] = {
            "parts": parts,
            "nonhuman": sum(p["share"] for p in parts if not p["human"]),
            "total": entry.get("total"),
        }
    return {"weight": origin["weight"], "unit": origin["unit"], "by_key": by_key}


def weight_changes_context(result: AuditResult) -> list[dict[str, Any]]:
    """Per dimension, the slices whose status depends on the weight (worst status first)."""
    rank = {s: i for i, s in enumerate(STATUS_ORDER)}
    out = []
    for name, rows in (result.extras.get("weight_changes") or {}).items():
        if not rows:
            continue
        weights = [k for k in rows[0] if k != "key" and not k.startswith("share_")]
        dim = result.dimensions.get(name)
        labels = (
            dict(zip(dim.slices["key"].to_list(), dim.slices["label"].to_list(), strict=True))
            if dim is not None
            else {}
        )
        shown = [
            {
                "key": row["key"],
                "label": labels.get(row["key"]) or row["key"],
                "cells": [{"status": row.get(w), "share": row.get(f"share_{w}")} for w in weights],
            }
            for row in rows
        ]
        shown.sort(
            key=lambda r: (
                min(rank.get(c["status"], len(rank)) for c in r["cells"]),
                r["key"],
            )
        )
        out.append(
            {
                "dimension": name,
                "title": dimension_title(name),
                "weights": [
                    {
                        "name": w,
                        "unit": unit(w),
                        "id": dim_id(name if i == 0 else f"{name}@{w}"),
                    }
                    for i, w in enumerate(weights)
                ],
                "rows": shown[:WEIGHT_CHANGES_MAX],
                "left_out": max(0, len(shown) - WEIGHT_CHANGES_MAX),
            }
        )
    return out


def lid_context(lid: dict[str, Any] | None) -> dict[str, Any] | None:
    """LID model description plus its confidence histogram as ordered bins."""
    if not lid:
        return None
    hist = lid.get("confidence_histogram") or {}
    described = {
        k: v for k, v in lid.items() if k not in ("confidence_histogram", "agreement", "correction")
    }
    bins = sorted(hist, key=_bin_order)
    return {
        "described": described,
        "bins": bins,
        "counts": [hist[b] for b in bins],
        "total": sum(hist.values()),
        "agreement": agreement_context(lid.get("agreement")),
        "correction": correction_context(lid.get("correction")),
    }


def agreement_context(report: dict[str, Any] | None) -> dict[str, Any] | None:
    """The LID check (``--lid-check``): per language, most documents first."""
    if not report:
        return None
    from datacensus.codes.languages import language_name

    rows = []
    for key, row in report.get("languages", {}).items():
        if not row.get("comparable", True):
            verdict = "not comparable"
        elif row.get("flagged"):
            verdict = "unreliable"
        elif row.get("judged", 0) < report.get("min_judged", 0):
            verdict = "too few checked"
        else:
            verdict = "ok"
        rows.append({"key": key, "label": language_name(key), "verdict": verdict, **row})
    rows.sort(key=lambda r: (-float(r.get("detected") or 0), r["key"]))
    return {
        "backend": report.get("backend"),
        "checked": report.get("checked"),
        "fraction": report.get("fraction"),
        "threshold": report.get("threshold"),
        "min_judged": report.get("min_judged"),
        "overall": report.get("overall_agreement"),
        "rows": rows,
    }


def _bin_order(label: str) -> tuple[float, str]:
    try:
        return (float(label), label)
    except ValueError:
        return (math.inf, label)


def methods_context() -> list[dict[str, str]]:
    """The statistics definitions, from ``datacensus.methods`` (the source of docs/methods.md)."""
    from datacensus.compare.methods import ALL_SECTIONS

    return [{"title": title, "text": text} for title, text in ALL_SECTIONS]


def chart_data(ctx: dict[str, Any]) -> dict[str, Any]:
    """The compact data the page's script draws charts and sorts tables from."""
    dims = []
    for dim in ctx["dimensions"]:
        rows = dim["slices"]
        columns = {c: [_compact(r.get(c)) for r in rows] for c in COLUMNS}
        if dim["origin"]:
            by_key = dim["origin"]["by_key"]
            columns["nonhuman_share"] = [
                _compact(by_key[r["key"]]["nonhuman"]) if r["key"] in by_key else None for r in rows
            ]
        dims.append(
            {
                "id": dim["id"],
                "name": dim["name"],
                "weight": dim["weight"],
                "unit": dim["unit"],
                "title": dim["title"],
                "columns": columns,
                "ratio_keys": dim["ratio_chart"]["keys"],
                "absent_keys": [r["key"] for r in rows if r["status"] == "missing"],
                "heatmap": dim["heatmap"],
            }
        )
    lid = ctx["lid"]
    return {
        "dimensions": dims,
        "shortfalls": ctx["overview"]["shortfalls"],
        "lid": {"bins": lid["bins"], "counts": lid["counts"]} if lid else None,
        "colours": STATUS_COLOURS,
        "tau": (ctx["parameters"].get("statistics") or {}).get("tau", 0.5),
    }


def _compact(value: Any) -> Any:
    """Floats to 4 significant digits (the page shows fewer); everything else unchanged."""
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        return float(f"{value:.4g}")
    return value
