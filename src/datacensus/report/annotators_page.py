"""AnnotatorResult -> plain context dict -> HTML (autoescaped Jinja) and Markdown. No statistics."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from datacensus.inputs.datasheet import datasheet_lines
from datacensus.report.filters import pct
from datacensus.report.templating import template_environment, write_files

if TYPE_CHECKING:
    from datacensus.annotators.audit import AnnotatorResult


def alpha_text(estimate: dict[str, Any] | None) -> str:
    """``0.743 [0.458, 1.000]`` or ``—``."""
    if not estimate or estimate.get("alpha") is None:
        return "—"
    text = f"{estimate['alpha']:.3f}"
    if estimate.get("ci_low") is not None:
        text += f" [{estimate['ci_low']:.3f}, {estimate['ci_high']:.3f}]"
    return text


def agreement_rows(
    agreement: dict[str, Any], names: dict[str, dict[str, str]] | None = None
) -> list[dict[str, Any]]:
    """Flat rows: scope (overall / attribute), slice, level, alpha text, items.

    ``names`` maps an annotator attribute's slice keys to labels (``KE`` -> ``Kenya``).
    """
    names = names or {}
    rows = []
    scopes = [("overall", "", {"all": agreement.get("overall", {})})]
    scopes += [(f"annotator {a}", a, s) for a, s in agreement.get("by_group", {}).items()]
    scopes += [(f"item {a}", "", s) for a, s in agreement.get("by_item", {}).items()]
    for scope, attr, slices in scopes:
        for key, levels in slices.items():
            name = names.get(attr, {}).get(key, key)
            if levels.get("too_few_items"):
                rows.append(
                    {
                        "scope": scope,
                        "slice": name,
                        "level": "—",
                        "alpha": "too few items with 2+ labels",
                        "n_items": None,
                    }
                )
                continue
            for level, est in levels.items():
                rows.append(
                    {
                        "scope": scope,
                        "slice": name,
                        "level": level,
                        "alpha": alpha_text(est),
                        "n_items": est.get("items"),
                    }
                )
    return rows


def headlines(result: AnnotatorResult) -> list[str]:
    """The few sentences a reader should see first, all from measured numbers."""
    pool, conc = result.pool, result.concentration
    lines = [
        f"{pool['labels']:,} labels on {pool['items']:,} items from {pool['annotators']:,} "
        f"annotators; {pool['labels_per_item']['mean'] or 0:.2f} labels per item on average."
    ]
    left_out = {**result.input.get("rows_unreadable", {}), **result.input.get("rows_skipped", {})}
    if left_out:
        reasons = ", ".join(f"{k} {v:,}" for k, v in sorted(left_out.items()))
        lines.append(f"{sum(left_out.values()):,} rows left out ({reasons}).")
    if conc.get("top_10pct_share") is not None:
        lines.append(
            f"The most active 10% of annotators gave {pct(conc['top_10pct_share'])} of labels "
            f"(Gini {conc['gini']:.2f})."
        )
    overall = result.agreement.get("overall", {})
    for level, est in overall.items():
        lines.append(
            f"Krippendorff's alpha ({level}): {alpha_text(est)} over "
            f"{est.get('items', 0):,} items with 2+ labels."
        )
    for attr, parts in result.composition.items():
        dim = parts["annotators"]
        under = dim.slices.filter(dim.slices["status"].is_in(["under", "missing"]))
        if dim.reference is not None and under.height:
            listed = ", ".join(under["label"].head(5).to_list())
            lines.append(
                f"Annotator {attr}: {under.height} slices under-represented against "
                f"{dim.reference.title or dim.reference.name} ({listed})."
            )
    names = slice_names(result)
    for attr, rows in result.disagreement.items():
        for row in [r for r in rows if r["flagged"]][:5]:
            group = names.get(attr, {}).get(row["group"], row["group"])
            lines.append(
                f"Annotators with {attr} = {group} gave label {row['label']!r} "
                f"{pct(row['share'])} of the time vs {pct(row['rest_share'])} for the others."
            )
    return lines


def slice_names(result: AnnotatorResult) -> dict[str, dict[str, str]]:
    """Attribute -> slice key -> label, from the composition tables."""
    return {
        attr: dict(
            zip(parts["annotators"].slices["key"], parts["annotators"].slices["label"], strict=True)
        )
        for attr, parts in result.composition.items()
    }


def md_cell(value: object) -> str:
    """A value safe inside a Markdown table cell."""
    return str(value).replace("|", "\\|").replace("\n", " ")


def build_context(result: AnnotatorResult) -> dict[str, Any]:
    """Plain dict the templates read."""
    composition = []
    for attr, parts in result.composition.items():
        for unit, dim in parts.items():
            composition.append(
                {
                    "attr": attr,
                    "unit": unit,
                    "reference": dim.reference.to_dict() if dim.reference else None,
                    "total": dim.total,
                    "unknown": dim.unknown_total,
                    "slices": dim.slices.to_dicts(),
                    "notes": list(dim.notes),
                }
            )
    return {
        "result": result,
        "headlines": headlines(result),
        "agreement": agreement_rows(result.agreement, slice_names(result)),
        "composition": composition,
        "disagreement": result.disagreement,
        "datasheet": datasheet_lines(result.extras.get("datasheet") or {}),
        "histogram": result.pool["labels_per_item"]["histogram"],
    }


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return template_environment({"md": md_cell})


def render_html(result: AnnotatorResult) -> str:
    """The annotator report; same result -> identical HTML."""
    return environment().get_template("annotators.html.j2").render(ctx=build_context(result))


def render_markdown(result: AnnotatorResult) -> str:
    """A short Markdown summary."""
    return environment().get_template("annotators.md.j2").render(ctx=build_context(result))


def write_outputs(result: AnnotatorResult, directory: Path) -> dict[str, Path]:
    """Write result.json, report.html and summary.md; return their paths."""
    return write_files(
        directory,
        {
            "json": ("result.json", result.to_json() + "\n"),
            "html": ("report.html", render_html(result)),
            "markdown": ("summary.md", render_markdown(result)),
        },
    )
