"""What the annotators page draws: label shares per group (stacked bars), agreement per group
(a forest plot), and the group differences ranked by effect size. Selection and layout only.
"""

from __future__ import annotations

from typing import Any

from datacensus.annotators.groups import MIN_ANNOTATORS
from datacensus.report.dots import axis, position

#: Okabe–Ito colours for labels, in order of how often each label was given.
LABEL_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
OTHER_LABELS = "#BBBBBB"


def attribute_label(attr: str) -> str:
    """'annotator_gender' -> 'gender'; 'native_language' -> 'native language'."""
    return attr.removeprefix("annotator_").removeprefix("annotator ").replace("_", " ")


def label_colours(distribution: dict[str, Any]) -> dict[str, str]:
    """Label -> colour, the most frequent label first; grey beyond the palette."""
    order = sorted(distribution, key=lambda k: (-float(distribution[k]["count"] or 0), k))
    return {
        label: LABEL_COLOURS[i] if i < len(LABEL_COLOURS) else OTHER_LABELS
        for i, label in enumerate(order)
    }


def label_bars(
    rows: list[dict[str, Any]],
    distribution: dict[str, Any],
    colours: dict[str, str],
    names: dict[str, str],
) -> list[dict[str, Any]]:
    """One stacked bar per group (most labels first) after one for every annotator."""
    groups: dict[str, dict[str, Any]] = {}
    for row in rows:
        group = groups.setdefault(
            row["group"],
            {
                "group": names.get(row["group"], row["group"]),
                "labels": row["group_labels"],
                "annotators": row["group_annotators"],
                "shares": {},
            },
        )
        group["shares"][row["label"]] = row["share"]
    bars = [
        {
            "group": "all annotators",
            "labels": sum(float(v["count"] or 0) for v in distribution.values()),
            "annotators": None,
            "shares": {k: v["share"] for k, v in distribution.items()},
        },
        *sorted(groups.values(), key=lambda g: (-float(g["labels"] or 0), g["group"])),
    ]
    for bar in bars:
        bar["parts"] = [
            {"label": label, "share": bar["shares"].get(label) or 0.0, "colour": colour}
            for label, colour in colours.items()
            if bar["shares"].get(label)
        ]
    return bars


def forest(
    slices: dict[str, Any], overall: dict[str, Any], names: dict[str, str]
) -> dict[str, Any] | None:
    """Agreement per group with its interval, on one axis, with the overall value marked."""
    level = next(iter(overall), None)
    if level is None:
        return None
    rows, too_few = [], []
    for key, levels in slices.items():
        name = names.get(key, key)
        est = levels.get(level)
        if levels.get("too_few_items") or not est or est.get("alpha") is None:
            too_few.append(name)
            continue
        rows.append(
            {
                "group": name,
                **{k: est.get(k) for k in ("alpha", "ci_low", "ci_high")},
                "items": est.get("items"),
            }
        )
    if not rows:
        return {"level": level, "rows": [], "too_few": too_few, "axis": None}
    values = [v for r in rows for v in (r["ci_low"], r["ci_high"], r["alpha"]) if v is not None]
    whole = overall[level].get("alpha")
    ax = axis(min([*values, 0.0]), max([*values, 1.0]), fmt="num", ticks=4)
    for r in rows:
        r["pos"] = position(r["alpha"], ax)
        r["low_pos"] = position(r["ci_low"], ax)
        r["high_pos"] = position(r["ci_high"], ax)
    rows.sort(key=lambda r: (r["alpha"], r["group"]))
    return {
        "level": level,
        "rows": rows,
        "too_few": too_few,
        "axis": ax,
        "overall": whole,
        "overall_pos": position(whole, ax),
    }


def ranked_effects(
    disagreement: dict[str, list[dict[str, Any]]], names: dict[str, dict[str, str]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Flagged group differences by size (share minus the others' share, in points).

    Returns (headline, small): groups marked ``too_few_annotators`` (fewer than
    `groups.MIN_ANNOTATORS`, so never tested) go in ``small``, shown with a "too few annotators"
    chip and never headlined.
    """
    effects = []
    for attr, rows in disagreement.items():
        for row in rows:
            if not row.get("flagged"):
                continue
            effects.append(
                {
                    **row,
                    "attr": attribute_label(attr),
                    "name": names.get(attr, {}).get(row["group"], row["group"]),
                    "effect": row["share"] - row["rest_share"],
                }
            )
    effects.sort(key=lambda e: (-abs(e["effect"]), e["attr"], e["group"], e["label"]))
    headline = [e for e in effects if not _too_few(e)]
    small = [e for e in effects if _too_few(e)]
    return headline, small


def _too_few(row: dict[str, Any]) -> bool:
    """Too few annotators to test (results before that field: by the group's size)."""
    if "too_few_annotators" in row:
        return bool(row["too_few_annotators"])
    return (row["group_annotators"] or 0) < MIN_ANNOTATORS
