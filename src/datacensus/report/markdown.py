"""Markdown summary for pull requests and dataset cards (reads the same context as the HTML)."""

from __future__ import annotations

from typing import Any

from ..models import AuditResult
from .context import build_context
from .filters import metric, metric_name, num, pct, ratio, under_phrase

#: Rows of each dimension's table in summary.md (flagged slices first); the rest is in the HTML.
TABLE_ROWS = 25
SUMMARY_METRICS = ("tvd", "jsd", "reference_mass_covered", "hill_observed_q1", "hill_reference_q1")


def _cell(text: object) -> str:
    """Text safe inside a Markdown table cell or list item (no pipes, newlines or raw HTML)."""
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("\n", " ")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


def _dimension(dim: dict[str, Any]) -> list[str]:
    ref = dim["reference"]
    ref_name = _cell(dim["reference_name"]) if ref else "uniform over observed slices (balance)"
    lines = [
        f"## {_cell(dim['name'])}",
        "",
        f"Compared with {ref_name}, weighted by {dim['weight']}. "
        + ", ".join(f"{n} {s}" for s, n in dim["status_counts"].items())
        + ".",
    ]
    if dim["unknown"]["total"]:
        reasons = "; ".join(
            f"{_cell(r['meaning'])}: {pct(r['share'])}" for r in dim["unknown_reasons"]
        )
        lines.append(
            f"{pct(dim['unknown_share'])} of {dim['weight']} could not be assigned ({reasons})."
        )
    metrics = [
        f"{metric_name(k)} {metric(dim['metrics'][k], k)}"
        for k in SUMMARY_METRICS
        if dim["metrics"].get(k) is not None
    ]
    if metrics:
        lines.append("Metrics: " + ", ".join(metrics) + ".")
    if dim["flagged"]:
        lines += ["", "Most under-represented:"]
        name = ref["name"] if ref else "the reference"
        lines += [f"- {_cell(under_phrase(r, dim['weight'], name))}" for r in dim["flagged"]]
    flagged_keys = {r["key"] for r in dim["flagged"]}
    rows = dim["flagged"] + [r for r in dim["slices"] if r["key"] not in flagged_keys]
    lines += [
        "",
        f"| slice | {dim['weight']} | share | reference | ratio | status |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for row in rows[:TABLE_ROWS]:
        lines.append(
            f"| {_cell(row['label'] or row['key'])} | {num(row['count'])} | "
            f"{pct(row['share'])} | {pct(row['reference_share'])} | "
            f"{ratio(row['ratio'])} | {row['status']} |"
        )
    if len(rows) > TABLE_ROWS:
        lines.append(f"\n{len(rows) - TABLE_ROWS} more slices in report.html and result.json.")
    return [*lines, ""]


def _agreement(ag: dict[str, Any]) -> list[str]:
    """The LID check table: languages whose detected share is unreliable first."""
    order = {"unreliable": 0, "ok": 1, "too few checked": 2, "not comparable": 3}
    rows = sorted(ag["rows"], key=lambda r: order.get(r["verdict"], 4))
    lines = [
        f"## Language ID second opinion ({_cell(ag['backend'])})",
        "",
        f"{num(ag['checked'])} documents re-labelled; overall agreement {pct(ag['overall'])}.",
        "",
        "| language | checked | judged | agreement | verdict |",
        "|---|---:|---:|---:|---|",
    ]
    for row in rows[:TABLE_ROWS]:
        lines.append(
            f"| {_cell(row['label'])} | {num(row['checked'])} | {num(row['judged'])} | "
            f"{pct(row['agreement'])} | {row['verdict']} |"
        )
    return [*lines, ""]


def render_markdown(result: AuditResult) -> str:
    """Verdict, corpus size, flagged slices, unknown shares and a short table per dimension."""
    ctx = build_context(result)
    lines = ["# datacensus audit", ""]
    verdict = ctx["verdict"]
    if verdict.get("passed") is not None:
        lines.append(f"**Policy: {'passed' if verdict['passed'] else 'FAILED'}**")
        lines.extend(f"- {_cell(f['message'])}" for f in verdict.get("findings", []))
        lines.append("")
    skipped = ctx["input"].get("rows_skipped") or {}
    reasons = ", ".join(f"{_cell(k)}: {num(v)}" for k, v in skipped.items())
    lines.append(
        f"Rows read: {num(ctx['rows_read'])}; skipped: {num(ctx['rows_skipped_total'])}"
        + (f" ({reasons})" if reasons else "")
        + "."
    )
    lines.append("")
    for dim in ctx["dimensions"]:
        lines += _dimension(dim)
    agreement = (ctx["lid"] or {}).get("agreement")
    if agreement:
        lines += _agreement(agreement)
    lines.append(
        f"_datacensus {_cell(ctx['version'])}, audited {_cell(ctx['created_at'])}; "
        "methods and provenance in report.html._"
    )
    return "\n".join(lines).rstrip() + "\n"
