"""Render a `BeforeAfter` comparison: plain context -> Jinja HTML (autoescaped) and Markdown."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

import jinja2

from datacensus.report.filters import md_cell, num, pct, points, relative
from datacensus.report.templating import template_environment

if TYPE_CHECKING:
    from datacensus.compare.before_after import BeforeAfter

#: Slices listed per dimension in the summaries.
TOP = 15
LOSSES = ("disappeared", "dropped")


def context(comparison: BeforeAfter) -> dict[str, Any]:
    """Everything the templates show, as plain data."""
    data = comparison.to_dict()
    dims = []
    for name, dim in comparison.dimensions.items():
        rows = dim.slices.to_dicts()
        dims.append(
            {
                **data["dimensions"][name],
                "id": "dim-" + "".join(ch if ch.isalnum() else "-" for ch in name),
                "status_counts": {s: n for s, n in dim.status_counts().items() if n},
                "losses": [r for r in rows if r["status"] in LOSSES][:TOP],
                "appeared": [r for r in rows if r["status"] == "appeared"][:TOP],
                "rows": rows,
            }
        )
    return {**data, "dimensions": dims}


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return template_environment()


def render_compare_html(comparison: BeforeAfter) -> str:
    """One self-contained HTML page; the same comparison gives the same bytes."""
    return _environment().get_template("compare.html.j2").render(ctx=context(comparison))


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
        lines += ["", f"## {_cell(dim['name'])}", "", f"Slices: {counts}.", ""]
        shown = dim["losses"] + dim["appeared"]
        if not shown:
            lines.append("No slice lost a significant part of its share.")
            continue
        lines.append("| slice | before | after | change | interval | relative | status |")
        lines.append("|---|---:|---:|---:|---|---:|---|")
        for r in shown:
            interval = f"{points(r['change_low'])} … {points(r['change_high'])}"
            lines.append(
                f"| {_cell(r['label'])} ({_cell(r['key'])}) | {pct(r['before_share'])} | "
                f"{pct(r['after_share'])} | {points(r['change'])} | {interval} | "
                f"{relative(r['relative_change'])} | {r['status']} |"
            )
    return "\n".join(lines) + "\n"


_cell = md_cell
