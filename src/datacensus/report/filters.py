"""Jinja filters: number and share formatting shared by the HTML and Markdown renderers."""

from __future__ import annotations

import json
from typing import Any

from datacensus.report.labels import dimension_label, fold, reason_label, times, unit


def pct(value: float | None, digits: int = 2) -> str:
    """0.01234 -> '1.23%'; small shares keep significant digits; None -> '—'."""
    if value is None:
        return "—"
    share = value * 100
    if share != 0 and abs(share) < 0.01:
        return f"{share:.2g}%"
    return f"{share:.{digits}f}%"


def ratio(value: float | None) -> str:
    """0.0123 -> '×0.012', 8.62 -> '×8.6'; None -> '—' (the rounding of `labels.times`)."""
    return times(value)


def num(value: float | int | None) -> str:
    """Thousands separators; None -> '—'."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3g}"


#: Compared with no reference, a dimension is compared with an even split of its slices.
EVEN_SPLIT = "an even split"


def dimension_title(name: str) -> str:
    """'language@chars' -> 'language — weighted by characters'; 'url_country' -> words."""
    return dimension_label(name)


def under_phrase(row: dict[str, object], weight: str, reference: str | None = None) -> str:
    """'Swahili: 0.01% of documents vs 1.00% of world-speakers, 100× under'.

    The one phrase for flagged slices in the terminal, the HTML and the Markdown; ``reference``
    is the reference's name (None: the dimension was compared with an even split).
    """
    of = reference or EVEN_SPLIT
    share = row.get("share")
    ref = row.get("reference_share")
    label = row.get("label") or row.get("key")
    if row.get("status") == "missing":
        return f"{label}: absent, vs {pct(ref)} of {of}"  # type: ignore[arg-type]
    r = row.get("ratio")
    how = fold(r) if isinstance(r, float) and r > 0 else str(row.get("status") or "under")
    return f"{label}: {pct(share)} of {unit(weight)} vs {pct(ref)} of {of}, {how}"  # type: ignore[arg-type]


METRIC_NAMES = {
    "tvd": "total variation distance",
    "jsd": "Jensen–Shannon divergence",
    "reference_mass_covered": "reference mass covered",
    "reference_mass_undetectable": "reference mass undetectable",
    "unreferenced_share": "share outside the reference",
    "unknown_share": "unknown share",
    "hill_observed_q0": "slices observed (Hill q=0)",
    "hill_observed_q1": "effective slices observed (Hill q=1)",
    "hill_observed_q2": "effective slices observed (Hill q=2)",
    "hill_reference_q0": "slices in reference (Hill q=0)",
    "hill_reference_q1": "effective slices in reference (Hill q=1)",
    "hill_reference_q2": "effective slices in reference (Hill q=2)",
    "effective_documents": "effective sample size",
    "design_effect": "design effect",
    "z": "interval z (after correction)",
    "family_size": "slices in the correction family",
}
SHARE_METRICS = {
    "reference_mass_covered",
    "reference_mass_undetectable",
    "unreferenced_share",
    "unknown_share",
}


def metric_name(name: str) -> str:
    """Plain name of a dimension metric (the raw name where none is known)."""
    return METRIC_NAMES.get(name, name.replace("_", " "))


def metric(value: float | None, name: str) -> str:
    """A metric value: shares as percentages, counts with separators, others to 3 digits."""
    if value is None:
        return "—"
    if name in SHARE_METRICS:
        return pct(value)
    if float(value).is_integer():
        return num(value)
    return f"{value:.3g}" if abs(value) < 1000 else num(round(value))


def plain(value: Any) -> str:
    """Lists joined with commas, mappings as k=v, None as '—'."""
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(plain(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={plain(v)}" for k, v in value.items())
    return str(value)


def md_cell(text: object) -> str:
    """Text safe inside a Markdown table cell or list item (no pipes, newlines or raw HTML)."""
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("\n", " ")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


def pretty_json(value: Any) -> str:
    """Indented, key-sorted JSON (escaped by the template like any other text)."""
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, default=str)


def points(value: float | None) -> str:
    """A change in share as signed percentage points: -0.0123 -> '−1.23 pp'."""
    if value is None:
        return "—"
    text = f"{abs(value) * 100:.2f} pp"
    return _sign(value, text) + text


def relative(value: float | None) -> str:
    """-0.5 -> '−50%'; None -> '—'."""
    if value is None:
        return "—"
    text = f"{abs(value):.0%}"
    return _sign(value, text) + text


def _sign(value: float, shown: str) -> str:
    """'+' or '−', or '±' where the shown digits are all zero (no '−0.00 pp')."""
    if not any(ch in "123456789" for ch in shown):
        return "±"
    return "+" if value > 0 else "−"


FILTERS = {
    "pct": pct,
    "share": pct,
    "points": points,
    "relative": relative,
    "ratio": ratio,
    "num": num,
    "under_phrase": under_phrase,
    "unit": unit,
    "dimension_title": dimension_title,
    "reason_label": reason_label,
    "fold": fold,
    "times": times,
    "metric_name": metric_name,
    "metric": metric,
    "plain": plain,
    "pretty_json": pretty_json,
}
