"""AnnotatorResult -> plain context dict -> HTML (autoescaped Jinja) and Markdown. No statistics."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from datacensus.inputs.datasheet import datasheet_lines
from datacensus.report.annotators_charts import (
    attribute_label,
    forest,
    label_bars,
    label_colours,
    ranked_effects,
)
from datacensus.report.filters import pct
from datacensus.report.html import asset
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
    scopes += [
        (f"annotators by {attribute_label(a)}", a, s)
        for a, s in agreement.get("by_group", {}).items()
    ]
    scopes += [
        (f"items by {attribute_label(a)}", "", s) for a, s in agreement.get("by_item", {}).items()
    ]
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
            f"(Gini {conc['gini']:.3f})."
        )
    overall = result.agreement.get("overall", {})
    for level, est in overall.items():
        lines.append(
            f"Krippendorff's alpha ({level}): {alpha_text(est)} over "
            f"{est.get('items', 0):,} items with 2+ labels."
        )
    for attr, parts in result.composition.items():
        dim = parts["annotators"]
        under = [r for r in dim.slices.to_dicts() if r["status"] in ("under", "missing")]
        under.sort(key=lambda r: (-((r["reference_share"] or 0.0) - (r["share"] or 0.0)), r["key"]))
        if dim.reference is not None and under:
            listed = ", ".join(r["label"] or r["key"] for r in under[:5])
            lines.append(
                f"Annotator {attribute_label(attr)}: {len(under)} slices under-represented "
                f"against {dim.reference.title or dim.reference.name} ({listed})."
            )
    effects, _ = ranked_effects(result.disagreement, slice_names(result))
    lines += [effect_text(e) for e in effects[:HEADLINE_EFFECTS]]
    return lines


#: Group differences named in the headlines (largest first).
HEADLINE_EFFECTS = 5


def effect_text(effect: dict[str, Any]) -> str:
    """'Annotators with country = Philippines (5) gave "toxic" 59.57% of the time vs 22.08%.'"""
    return (
        f"Annotators with {effect['attr']} = {effect['name']} ({effect['group_annotators']:,}) "
        f"gave label {effect['label']!r} {pct(effect['share'])} of the time vs "
        f"{pct(effect['rest_share'])} for the others ({points(effect['effect'])})."
    )


def points(value: float) -> str:
    """A difference of shares in percentage points: 0.375 -> '+37.5 pp'."""
    return f"{'+' if value > 0 else '−' if value < 0 else '±'}{abs(value) * 100:.1f} pp"


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
                    "attr": attribute_label(attr),
                    "unit": unit,
                    "reference": dim.reference.to_dict() if dim.reference else None,
                    "total": dim.total,
                    "unknown": dim.unknown_total,
                    "slices": dim.slices.to_dicts(),
                    "notes": list(dim.notes),
                }
            )
    names = slice_names(result)
    distribution = result.pool.get("label_distribution") or {}
    colours = label_colours(distribution)
    effects, small = ranked_effects(result.disagreement, names)
    overall = result.agreement.get("overall", {})
    return {
        "result": result,
        "headlines": headlines(result),
        "effects": effects,
        "small_groups": small,
        "label_colours": colours,
        "label_bars": [
            {
                "attr": attribute_label(attr),
                "bars": label_bars(rows, distribution, colours, names.get(attr, {})),
            }
            for attr, rows in result.disagreement.items()
        ],
        "forests": [
            {
                "scope": f"annotators by {attribute_label(attr)}",
                "plot": forest(slices, overall, names.get(attr, {})),
            }
            for attr, slices in result.agreement.get("by_group", {}).items()
        ]
        + [
            {"scope": f"items by {attribute_label(attr)}", "plot": forest(slices, overall, {})}
            for attr, slices in result.agreement.get("by_item", {}).items()
        ],
        "attr_label": {attr: attribute_label(attr) for attr in result.disagreement},
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
    page = environment().get_template("annotators.html.j2")
    return page.render(ctx=build_context(result), css=asset("report.css"), js=asset("sort.js"))


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
