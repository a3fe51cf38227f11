"""The first screen: one tile per dimension and one ranked list of alerts across dimensions.

Selection and wording only; every number is read from the result (no statistics here).
Alerts rank by the share points they concern: a slice's shortfall (reference share minus
observed share), the reference mass a language identifier cannot see, the share of rows
without a slice. The HTML, summary.md and the console show the same list in the same order.
"""

from __future__ import annotations

from typing import Any

from datacensus.models import AuditResult, DimensionResult
from datacensus.report.filters import EVEN_SPLIT, pct, under_phrase
from datacensus.report.labels import dim_id, dimension_label, reason_label, unit

#: Alerts shown before "more"; shortfalls drawn in the first chart.
ALERTS_SHOWN = 8
SHORTFALLS_CHARTED = 10
#: Undetectable slices named in their alert.
UNDETECTABLE_NAMED = 4
#: An unknown share from which the rows without a slice are an alert.
UNKNOWN_ALERT = 0.05
#: Metric names of a distance's interval and its value expected from sampling alone.
DISTANCE_BOUNDS = {"low": ("_low", "_ci_low"), "high": ("_high", "_ci_high")}
DISTANCE_NOISE = ("_sampling", "_noise", "_expected")


def row_id(dim_id: str, index: int) -> str:
    """HTML id of a slice's row in its dimension's table."""
    return f"{dim_id}-r{index}"


def _metric(metrics: dict[str, Any], name: str, suffixes: tuple[str, ...]) -> float | None:
    for suffix in suffixes:
        value = metrics.get(name + suffix)
        if isinstance(value, int | float):
            return float(value)
    return None


def distance(metrics: dict[str, Any], name: str = "tvd") -> dict[str, Any] | None:
    """A distance with its interval and the value expected from noise, where the result has them."""
    value = metrics.get(name)
    if not isinstance(value, int | float):
        return None
    return {
        "name": name,
        "value": float(value),
        "low": _metric(metrics, name, DISTANCE_BOUNDS["low"]),
        "high": _metric(metrics, name, DISTANCE_BOUNDS["high"]),
        "noise": _metric(metrics, name, DISTANCE_NOISE),
    }


def tile(dim: dict[str, Any]) -> dict[str, Any]:
    """One dimension at a glance: coverage of the reference, distance, flagged and absent."""
    counts = dim["status_counts"]
    metrics = dim["metrics"]
    return {
        "id": dim["id"],
        "title": dim["title"],
        "reference": dim["reference_short"],
        "covered": metrics.get("reference_mass_covered") if dim["reference"] else None,
        "distance": distance(metrics),
        "slices": len(dim["slices"]),
        "absent": counts.get("missing", 0),
        "under": counts.get("under", 0),
        "over": counts.get("over", 0),
        "undetectable": counts.get("undetectable", 0),
        "unknown_share": dim["unknown_share"],
    }


def _shortfalls(name: str, dim: DimensionResult) -> list[dict[str, Any]]:
    reference = dim.reference.name if dim.reference else None
    out = []
    for index, row in enumerate(dim.slices.to_dicts()):
        if row["status"] not in ("missing", "under"):
            continue
        points = (row["reference_share"] or 0.0) - (row["share"] or 0.0)
        out.append(
            {
                "kind": "absent" if row["status"] == "missing" else "under",
                "points": points,
                "dimension": name,
                "dimension_title": dimension_label(name),
                "href": "#" + row_id(dim_id(name), index),
                "key": row["key"],
                "label": row["label"] or row["key"],
                "status": row["status"],
                "share": row["share"],
                "ci_low": row["ci_low"],
                "ci_high": row["ci_high"],
                "reference_share": row["reference_share"],
                "expected": row["expected"],
                "text": under_phrase(row, dim.weight, reference),
            }
        )
    return out


def _undetectable(name: str, dim: DimensionResult) -> dict[str, Any] | None:
    rows = [r for r in dim.slices.to_dicts() if r["status"] == "undetectable"]
    if not rows:
        return None
    rows.sort(key=lambda r: (-(r["reference_share"] or 0.0), r["key"]))
    mass = dim.metrics.get("reference_mass_undetectable")
    of = dim.reference.name if dim.reference else EVEN_SPLIT
    named = ", ".join(
        f"{r['label'] or r['key']} ({pct(r['reference_share'])})" for r in rows[:UNDETECTABLE_NAMED]
    )
    share = f", {pct(mass)} of {of}" if isinstance(mass, int | float) else ""
    return {
        "kind": "undetectable",
        "points": float(mass) if isinstance(mass, int | float) else 0.0,
        "dimension": name,
        "dimension_title": dimension_label(name),
        "href": f"#{dim_id(name)}-zero",
        "label": f"{len(rows)} undetectable",
        "text": (
            f"The language identifier cannot detect {len(rows):,} referenced "
            f"{dimension_label(name)} slices{share}; the largest: {named}"
        ),
    }


def _unknown(name: str, dim: DimensionResult) -> dict[str, Any] | None:
    everything = dim.total + dim.unknown_total
    share = dim.unknown_total / everything if everything else 0.0
    if share < UNKNOWN_ALERT:
        return None
    reasons = sorted(dim.unknown.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    why = "; ".join(f"{reason_label(r)} ({pct(n / everything)})" for r, n in reasons)
    return {
        "kind": "unknown",
        "points": share,
        "dimension": name,
        "dimension_title": dimension_label(name),
        "href": f"#{dim_id(name)}-unknown",
        "label": "no slice",
        "text": (
            f"{pct(share)} of {unit(dim.weight)} have no {dimension_label(name)}"
            + (f": {why}" if why else "")
        ),
    }


def alerts(result: AuditResult) -> list[dict[str, Any]]:
    """Every alert across dimensions, largest first (ties by dimension order, then slice key)."""
    out: list[tuple[float, int, str, dict[str, Any]]] = []
    for order, (name, dim) in enumerate(result.dimensions.items()):
        found = _shortfalls(name, dim)
        found += [a for a in (_undetectable(name, dim), _unknown(name, dim)) if a is not None]
        out += [(-a["points"], order, str(a.get("key", "")), a) for a in found]
    out.sort(key=lambda t: t[:3])
    return merge_repeats([a for *_, a in out])


def merge_repeats(ranked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A slice flagged in several dimensions (China by country and by URL) is one alert.

    The first (largest) keeps its place; the later ones are listed under it as ``also``.
    """
    first: dict[tuple[str, str], dict[str, Any]] = {}
    out = []
    for alert in ranked:
        if alert["kind"] not in ("absent", "under"):
            out.append(alert)
            continue
        same = first.get((alert["kind"], alert["label"]))
        if same is not None:
            same["also"].append(alert)
            continue
        alert = {**alert, "also": []}
        first[(alert["kind"], alert["label"])] = alert
        out.append(alert)
    return out


def overview(result: AuditResult, dimensions: list[dict[str, Any]]) -> dict[str, Any]:
    """Tiles, the ranked alerts (shown and more) and the shortfalls the first chart draws."""
    ranked = alerts(result)
    shortfalls = [a for a in ranked if a["kind"] in ("absent", "under")][:SHORTFALLS_CHARTED]
    return {
        "tiles": [tile(d) for d in dimensions],
        "alerts": ranked[:ALERTS_SHOWN],
        "more_alerts": ranked[ALERTS_SHOWN:],
        "shortfalls": [
            {
                k: a[k]
                for k in (
                    "label",
                    "dimension_title",
                    "status",
                    "share",
                    "ci_low",
                    "ci_high",
                    "reference_share",
                    "expected",
                    "href",
                )
            }
            for a in shortfalls
        ],
    }


def alert_lines(ranked: list[dict[str, Any]], limit: int = ALERTS_SHOWN) -> list[str]:
    """The ranked alerts as plain lines (console and summary.md): '1. text [dimension]'."""
    lines = []
    for n, alert in enumerate(ranked[:limit], start=1):
        also = "".join(
            f"; also {o['dimension_title']}: {pct(o['share'])} vs {pct(o['reference_share'])}"
            for o in alert.get("also") or []
        )
        lines.append(f"{n}. {alert['text']} [{alert['dimension_title']}]{also}")
    if len(ranked) > limit:
        lines.append(f"… {len(ranked) - limit} more in report.html")
    return lines
