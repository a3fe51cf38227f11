"""Markdown summary for pull requests and dataset cards."""

from __future__ import annotations

from ..models import AuditResult
from .context import build_context
from .filters import num, pct, ratio, under_phrase


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(result: AuditResult) -> str:
    """A short summary: verdict, corpus size, flagged slices and a table per dimension."""
    ctx = build_context(result)
    lines = ["# datacensus audit", ""]
    verdict = ctx["verdict"]
    if verdict.get("passed") is not None:
        lines.append(f"**Policy: {'passed' if verdict['passed'] else 'FAILED'}**")
        lines.extend(f"- {_cell(f['message'])}" for f in verdict.get("findings", []))
        lines.append("")
    inp = ctx["input"]
    lines.append(f"Rows read: {num(inp.get('rows_read'))}; skipped: "
                 f"{num(sum(inp.get('rows_skipped', {}).values()))}.")
    lines.append("")
    for dim in ctx["dimensions"]:
        ref = dim["reference"]
        ref_name = ref["title"] or ref["name"] if ref else "uniform (balance)"
        lines.append(f"## {_cell(dim['name'])} (vs {_cell(ref_name)}, weighted by {dim['weight']})")
        lines.append("")
        unknown = dim["unknown"]["total"]
        total = dim["total"] + unknown
        lines.append(f"Known: {num(dim['total'])}; unknown: {num(unknown)} "
                     f"({pct(unknown / total if total else None)}).")
        if dim["flagged"]:
            lines.append("")
            lines.append("Most under-represented:")
            lines.extend(f"- {_cell(under_phrase(r, dim['weight']))}" for r in dim["flagged"])
        lines.append("")
        lines.append("| slice | share | reference | ratio | status |")
        lines.append("|---|---:|---:|---:|---|")
        for row in dim["slices"][:25]:
            lines.append(f"| {_cell(row['label'])} | {pct(row['share'])} | "
                         f"{pct(row['reference_share'])} | {ratio(row['ratio'])} | {row['status']} |")
        if len(dim["slices"]) > 25:
            lines.append(f"\n{len(dim['slices']) - 25} more slices in report.html / result.json.")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
