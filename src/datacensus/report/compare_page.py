"""Render a `BeforeAfter` comparison: plain context -> Jinja HTML (autoescaped) and Markdown."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

import jinja2

from datacensus.report.dots import axis, position
from datacensus.report.filters import md_cell, num, pct, points, relative
from datacensus.report.html import asset
from datacensus.report.labels import dim_id, dimension_label
from datacensus.report.templating import template_environment

if TYPE_CHECKING:
    from datacensus.compare.before_after import BeforeAfter

#: Slices listed per dimension in the summaries.
TOP = 15
LOSSES = ("disappeared", "dropped")
GAINS = ("gained", "appeared")
#: Slices in the before -> after chart (every loss and gain first, then the largest).
CHART_ROWS = 20


def reference_distance(metrics: dict[str, Any], side: str) -> dict[str, Any] | None:
    """Distance to the reference on one side, with its interval and sampling-alone value."""
    name = f"tvd_to_reference_{side}"
    if metrics.get(name) is None:
        return None
    return {
        "value": metrics[name],
        "low": metrics.get(f"{name}_low"),
        "high": metrics.get(f"{name}_high"),
        "noise": metrics.get(f"{name}_sampling"),
    }


def dot_chart(rows: list[dict[str, Any]], limit: int = CHART_ROWS) -> dict[str, Any] | None:
    """Before -> after per slice with the reference marked: every loss and gain, then the largest.

    Rows are ordered by their before share; positions are percent of the track's width.
    """
    moved = [r for r in rows if r["status"] != "unchanged"]
    rest = sorted(
        (r for r in rows if r["status"] == "unchanged"),
        key=lambda r: -max(r["before_share"], r["after_share"], r["reference_share"] or 0.0),
    )
    chosen = (moved + rest)[:limit]
    if not chosen:
        return None
    chosen.sort(key=lambda r: (-r["before_share"], -r["after_share"], r["key"]))
    top = max(max(r["before_share"], r["after_share"], r["reference_share"] or 0.0) for r in chosen)
    ax = axis(0.0, top)
    return {
        "axis": ax,
        "left_out": len(rows) - len(chosen),
        "rows": [
            {
                "label": r["label"],
                "key": r["key"],
                "status": r["status"],
                "before": r["before_share"],
                "after": r["after_share"],
                "reference": r["reference_share"],
                "before_pos": position(r["before_share"], ax),
                "after_pos": position(r["after_share"], ax),
                "ref_pos": position(r["reference_share"], ax),
            }
            for r in chosen
        ],
    }


def context(comparison: BeforeAfter) -> dict[str, Any]:
    """Everything the templates show, as plain data."""
    data = comparison.to_dict()
    dims = []
    for name, dim in comparison.dimensions.items():
        rows = dim.slices.to_dicts()
        metrics = data["dimensions"][name]["metrics"]
        dims.append(
            {
                **data["dimensions"][name],
                "id": dim_id(name),
                "title": dimension_label(name),
                "status_counts": {s: n for s, n in dim.status_counts().items() if n},
                "losses": [r for r in rows if r["status"] in LOSSES][:TOP],
                "appeared": [r for r in rows if r["status"] == "appeared"][:TOP],
                "gains": sorted(
                    (r for r in rows if r["status"] in GAINS),
                    key=lambda r: (-r["change"], r["key"]),
                )[:TOP],
                "distance": {
                    "before": reference_distance(metrics, "before"),
                    "after": reference_distance(metrics, "after"),
                },
                "has_reference": any(r["reference_share"] is not None for r in rows),
                "chart": dot_chart(rows),
                "rows": rows,
            }
        )
    return {**data, "dimensions": dims}


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return template_environment()


def render_compare_html(comparison: BeforeAfter) -> str:
    """One self-contained HTML page; the same comparison gives the same bytes."""
    page = _environment().get_template("compare.html.j2")
    return page.render(ctx=context(comparison), css=asset("report.css"))


def render_compare_markdown(comparison: BeforeAfter) -> str:
    """A short Markdown summary for pull requests."""
    ctx = context(comparison)
    lines = ["# datacensus: before / after", ""]
    if ctx["verdict"]["passed"] is not None:
        lines.append(f"**Gate: {'passed' if ctx['verdict']['passed'] else 'FAILED'}**")
        lines.extend(f"- {_cell(f['message'])}" for f in ctx["verdict"]["findings"])
        lines.append("")
    before, after = ctx["before"], ctx["after"]
    lines.append(f"Rows: {num(before['rows_read'])} before, {num(after['rows_read'])} after.")
    lines.extend(f"- {_cell(note)}" for note in ctx["notes"])
    for dim in ctx["dimensions"]:
        counts = ", ".join(f"{n} {s}" for s, n in dim["status_counts"].items())
        lines += ["", f"## {_cell(dim['title'])}", "", f"Slices: {counts}."]
        before, after = dim["distance"]["before"], dim["distance"]["after"]
        if dim["has_reference"] and before and after:
            lines.append(
                f"Distance to the reference (total variation): {_distance(before)} before, "
                f"{_distance(after)} after."
            )
        lines.append("")
        shown = dim["losses"] + dim["gains"]
        if not shown:
            lines.append("No slice lost a significant part of its share.")
            continue
        lines.append(
            "| slice | before | after | change | interval | relative | status | reference |"
        )
        lines.append("|---|---:|---:|---:|---|---:|---|---:|")
        for r in shown:
            interval = f"{points(r['change_low'])} … {points(r['change_high'])}"
            lines.append(
                f"| {_cell(r['label'])} ({_cell(r['key'])}) | {pct(r['before_share'])} | "
                f"{pct(r['after_share'])} | {points(r['change'])} | {interval} | "
                f"{relative(r['relative_change'])} | {r['status']} | {pct(r['reference_share'])} |"
            )
    return "\n".join(lines) + "\n"


_cell = md_cell


def _distance(d: dict[str, Any]) -> str:
    """'0.511 [0.49, 0.53]' (the interval where the audit has one)."""
    text = f"{d['value']:.3f}"
    if d["low"] is not None and d["high"] is not None:
        text += f" [{d['low']:.2f}, {d['high']:.2f}]"
    return text
