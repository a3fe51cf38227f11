"""Jinja filters: number and share formatting shared by the HTML and Markdown renderers."""

from __future__ import annotations


def pct(value: float | None, digits: int = 2) -> str:
    """0.01234 -> '1.23%'; small shares keep significant digits; None -> '—'."""
    if value is None:
        return "—"
    share = value * 100
    if share != 0 and abs(share) < 0.01:
        return f"{share:.2g}%"
    return f"{share:.{digits}f}%"


def ratio(value: float | None) -> str:
    """0.0123 -> '0.012×'; None -> '—'."""
    if value is None:
        return "—"
    if value >= 10:
        return f"{value:,.0f}×"
    return f"{value:.2g}×" if value < 1 else f"{value:.2f}×"


def num(value: float | int | None) -> str:
    """Thousands separators; None -> '—'."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3g}"


def under_phrase(row: dict[str, object], weight: str) -> str:
    """'Swahili: 0.01% of documents vs 1.0% of the reference, 100× under'."""
    unit = {"documents": "documents", "chars": "characters", "tokens": "tokens"}.get(weight, weight)
    share = row.get("share")
    ref = row.get("reference_share")
    label = row.get("label") or row.get("key")
    if row.get("status") == "missing":
        return f"{label}: absent, vs {pct(ref)} of the reference"  # type: ignore[arg-type]
    r = row.get("ratio")
    times = f"{1 / r:,.0f}× under" if isinstance(r, float) and r > 0 else "under"
    return f"{label}: {pct(share)} of {unit} vs {pct(ref)} of the reference, {times}"  # type: ignore[arg-type]


FILTERS = {"pct": pct, "ratio": ratio, "num": num, "under_phrase": under_phrase}
