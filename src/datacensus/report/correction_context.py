"""Report pieces for LID-corrected language shares: raw and corrected side by side."""

from __future__ import annotations

from typing import Any

from datacensus.report.filters import md_cell, pct

#: Rows in the "moved most" tables.
MOVED_ROWS = 15


def correction_context(info: dict[str, Any] | None) -> dict[str, Any] | None:
    """Method, profile and the languages whose share moved most (largest change first)."""
    if not info:
        return None
    from datacensus.codes.languages import language_name

    rows = [{**r, "label": language_name(r["key"])} for r in info.get("languages", [])]
    return {
        "method": info.get("method"),
        "method_name": info.get("method_name"),
        "profile": info.get("profile"),
        "profile_texts": info.get("profile_texts"),
        "profile_languages": info.get("profile_languages"),
        "replicates": info.get("replicates"),
        "undetectable_share": info.get("undetectable_share"),
        "uncorrectable": info.get("uncorrectable") or {},
        "raw_tvd": info.get("raw_tvd"),
        "rows": rows[:MOVED_ROWS],
        "left_out": max(0, len(rows) - MOVED_ROWS),
    }


def correction_markdown(ctx: dict[str, Any] | None) -> list[str]:
    """summary.md lines: method named, raw vs corrected for the languages that moved most."""
    if not ctx:
        return []
    lines = [
        "## Language shares corrected for language-ID error",
        "",
        f"Method: {md_cell(ctx['method_name'])}; profile {md_cell(ctx['profile'])} "
        f"({ctx['profile_texts']} labelled texts, {ctx['profile_languages']} languages); "
        f"intervals from {ctx['replicates']} bootstrap replicates over the profile and the counts. "
        "Statuses in the language table use the corrected shares.",
        "",
        "| language | raw share | corrected share | interval | moved |",
        "|---|---:|---:|---|---:|",
    ]
    for r in ctx["rows"]:
        interval = f"{pct(r['ci_low'])} – {pct(r['ci_high'])}" if r["ci_low"] is not None else ""
        mark = "" if r["correctable"] else " (uncorrectable)"
        lines.append(
            f"| {md_cell(r['label'])}{mark} | {pct(r['raw_share'])} | {pct(r['share'])} | "
            f"{interval} | {r['moved'] * 100:+.2f} pp |"
        )
    if ctx["uncorrectable"]:
        keys = ", ".join(md_cell(k) for k in sorted(ctx["uncorrectable"]))
        lines += ["", f"Not corrected, kept at their raw counts (reasons in report.html): {keys}."]
    return [*lines, ""]
