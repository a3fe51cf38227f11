"""Markdown summary for pull requests and dataset cards (reads the same context as the HTML)."""

from __future__ import annotations

from typing import Any

from datacensus.models import AuditResult
from datacensus.report.context import build_context
from datacensus.report.correction_context import correction_markdown
from datacensus.report.filters import md_cell as _cell
from datacensus.report.filters import metric, metric_name, num, pct, ratio, under_phrase
from datacensus.report.labels import dimension_label
from datacensus.report.overview import alert_lines

#: Rows of each dimension's table in summary.md (flagged slices first); the rest is in the HTML.
TABLE_ROWS = 25
SUMMARY_METRICS = ("tvd", "jsd", "reference_mass_covered", "hill_observed_q1", "hill_reference_q1")


def _dimension(dim: dict[str, Any]) -> list[str]:
    ref = dim["reference"]
    ref_name = _cell(dim["reference_name"]) if ref else "uniform over observed slices (balance)"
    lines = [
        f"## {_cell(dim['title'])}",
        "",
        f"Compared with {ref_name}, weighted by {dim['unit']}. "
        + ", ".join(f"{n} {s}" for s, n in dim["status_counts"].items())
        + ".",
    ]
    if dim["unknown"]["total"]:
        reasons = "; ".join(
            f"{_cell(r['meaning'])}: {pct(r['share'])}" for r in dim["unknown_reasons"]
        )
        lines.append(
            f"{pct(dim['unknown_share'])} of {dim['unit']} could not be assigned ({reasons})."
        )
    metrics = [
        f"{metric_name(k)} {metric(dim['metrics'][k], k)}"
        for k in SUMMARY_METRICS
        if dim["metrics"].get(k) is not None
    ]
    if metrics:
        lines.append("Metrics: " + ", ".join(metrics) + ".")
    lines += _power_lines(dim)
    if dim["flagged"]:
        lines += ["", "Most under-represented:"]
        short = dim["reference_short"]
        lines += [f"- {_cell(under_phrase(r, dim['weight'], short))}" for r in dim["flagged"]]
    flagged_keys = {r["key"] for r in dim["flagged"]}
    rows = dim["flagged"] + [r for r in dim["table_rows"] if r["key"] not in flagged_keys]
    origins = dim["origin"]["by_key"] if dim["origin"] else None
    lines += [
        "",
        f"| slice | {dim['unit']} | share | reference | ratio | status |"
        + (" origin |" if origins is not None else ""),
        "|---|---:|---:|---:|---:|---|" + ("---|" if origins is not None else ""),
    ]
    for row in rows[:TABLE_ROWS]:
        line = (
            f"| {_cell(row['label'] or row['key'])} | {num(row['count'])} | "
            f"{pct(row['share'])} | {pct(row['reference_share'])} | "
            f"{ratio(row['ratio'])} | {row['status']} |"
        )
        if origins is not None:
            line += f" {_cell(_origin_text(origins.get(row['key'])))} |"
        lines.append(line)
    if len(rows) > TABLE_ROWS:
        lines.append(f"\n{len(rows) - TABLE_ROWS} more slices in report.html and result.json.")
    folded = dim["folded"]
    if folded["rows"]:
        statuses = ", ".join(f"{n} {s}" for s, n in folded["by_status"].items())
        lines.append(
            f"\n{len(folded['rows'])} slices with no {dim['unit']} and no finding ({statuses}) "
            "are listed in report.html and result.json."
        )
    return [*lines, ""]


def _power_lines(dim: dict[str, Any]) -> list[str]:
    """What the audit could see: uncertain slices and the documents that would settle them."""
    settle = sorted(
        r["documents_to_settle"]
        for r in dim["slices"]
        if r.get("status") == "uncertain" and r.get("documents_to_settle")
    )
    lines = []
    if settle:
        lines.append(
            f"Power: {len(settle)} uncertain slices; about {num(settle[len(settle) // 2])} "
            f"documents in all would settle half of them, {num(settle[0])} the first."
        )
    deff = dim["metrics"].get("design_effect_clusters")
    if deff is not None and deff >= 1.5:
        lines.append(
            f"Documents are clustered (design effect {deff:.1f}): intervals account for it."
        )
    return lines


def _origin_text(origin: dict[str, Any] | None) -> str:
    """'86% synthetic, 4% translated'; 'human only'; '—' where the slice has no rows."""
    if not origin:
        return "—"
    parts = [f"{pct(p['share'], 0)} {p['origin']}" for p in origin["parts"] if not p["human"]]
    return ", ".join(parts) or "human only"


def _lenses(lenses: list[dict[str, Any]]) -> list[str]:
    """The slices whose status depends on the reference (one column per reference)."""
    lines = ["## Where the references disagree", ""]
    for lz in lenses:
        heads = " | ".join(_cell(lens["reference"] or lens["title"]) for lens in lz["lenses"])
        lines += [f"{_cell(lz['dimension'])}:", "", f"| slice | {heads} |"]
        lines.append("|---|" + "---|" * len(lz["lenses"]))
        for r in lz["rows"]:
            cells = " | ".join(c or "—" for c in r["cells"])
            lines.append(f"| {_cell(r['label'])} | {cells} |")
        if not lz["rows"]:
            lines.append("| (every slice has the same status) |" + " |" * len(lz["lenses"]))
        if lz["left_out"]:
            lines.append(f"\n{lz['left_out']} more in result.json (`lenses`).")
        lines.append("")
    return lines


def _weight_changes(changes: list[dict[str, Any]]) -> list[str]:
    """The slices whose status depends on what the shares count."""
    lines = ["## Weighting changes the picture", ""]
    for wc in changes:
        heads = " | ".join(f"by {w['unit']}" for w in wc["weights"])
        lines += [
            f"{_cell(dimension_label(wc['dimension']))}:",
            "",
            f"| slice | {heads} |",
            "|---|" + "---|" * len(wc["weights"]),
        ]
        for r in wc["rows"]:
            cells = " | ".join(f"{c['status'] or '—'} ({pct(c['share'])})" for c in r["cells"])
            lines.append(f"| {_cell(r['label'])} | {cells} |")
        if wc["left_out"]:
            lines.append(f"\n{wc['left_out']} more in result.json (`weight_changes`).")
        lines.append("")
    return lines


def _provenance(ctx: dict[str, Any]) -> list[str]:
    """Origin of the rows (measured) and the datasheet (stated)."""
    lines = ["## Provenance", ""]
    origin = ctx["origin"]
    if origin:
        shares = ", ".join(f"{_cell(r['origin'])} {pct(r['share'])}" for r in origin["rows"])
        lines.append(
            f"Origin of the rows (column `{_cell(origin['column'] or 'origin')}`, by "
            f"{origin['unit']}): {shares}."
        )
        lines += [
            f"- {_cell(dimension_label(m['dimension']))}: {_cell(m['label'])} is "
            f"{pct(m['share'], 0)} {_cell(m['origin'])}"
            for m in origin["mostly"]
        ]
        lines.append("")
    sheet = ctx["datasheet"]
    if sheet:
        source = _cell(sheet["source"].get("path") or "the datasheet")
        lines += [f"Stated in the datasheet `{source}` (not measured):", ""]
        for section in sheet["sections"]:
            for r in section["rows"]:
                value = pct(r["share"], 0) if r["share"] is not None else r["text"]
                lines.append(
                    f"- **{_cell(section['title'])}, {_cell(r['label'])}:** {_cell(value)}"
                )
        lines.append("")
    return lines


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
    if ctx["warnings"]:
        lines += ["", "Warnings:"] + [f"- {_cell(w)}" for w in ctx["warnings"]]
    lines.append("")
    ranked = ctx["overview"]["alerts"] + ctx["overview"]["more_alerts"]
    if ranked:
        lines += ["## What is missing, largest first", ""]
        lines += [_cell(line) for line in alert_lines(ranked)]
        lines.append("")
    if ctx["weight_changes"]:
        lines += _weight_changes(ctx["weight_changes"])
    if ctx["lenses"]:
        lines += _lenses(ctx["lenses"])
    if ctx["datasheet"] or ctx["origin"]:
        lines += _provenance(ctx)
    for dim in ctx["dimensions"]:
        lines += _dimension(dim)
    agreement = (ctx["lid"] or {}).get("agreement")
    if agreement:
        lines += _agreement(agreement)
    lines += correction_markdown((ctx["lid"] or {}).get("correction"))
    lines.append(
        f"_datacensus {_cell(ctx['version'])}, audited {_cell(ctx['created_at'])}; "
        "methods and provenance in report.html._"
    )
    return "\n".join(lines).rstrip() + "\n"
