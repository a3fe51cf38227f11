"""Colours of the world map: a diverging scale of the ratio to the reference, plus two marks.

Orange for under, purple for over (ColorBrewer PuOr, readable with the common colour-vision
deficiencies; tests/test_report_visual.py checks it under a deuteranopia simulation). A country
the reference expects but with 0 documents is hatched; one with no reference share is grey.
"""

from __future__ import annotations

from typing import Any

from datacensus.report.labels import times

#: Upper ratio edges of the classes (symmetric on a log scale around 1) and their colours.
EDGES = (0.1, 1 / 3, 0.7, 1 / 0.7, 3.0, 10.0)
PALETTE = ("#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788")
#: Countries without a reference share (not in the reference, or no data at all).
NO_REFERENCE = "#bdbdbd"
#: Hatch of a country the reference expects but with 0 documents.
ZERO_STROKE = "#b35806"


def ratio_class(ratio: float | None) -> int | None:
    """Index of the ratio's class in PALETTE (None: no ratio)."""
    if ratio is None or ratio <= 0:
        return None
    for i, edge in enumerate(EDGES):
        if ratio < edge:
            return i
    return len(EDGES)


def fill(row: dict[str, Any] | None) -> str:
    """'c3' (a ratio class), 'zero' (expected, 0 documents) or 'none' (no reference share)."""
    if row is None or not row.get("reference_share"):
        return "none"
    if not row.get("count"):
        return "zero"
    index = ratio_class(row.get("ratio"))
    return "none" if index is None else f"c{index}"


def legend() -> list[dict[str, str]]:
    """The classes in order, then the two marks, as (class, colour, words)."""
    bounds = ("", *(times(e) for e in EDGES), "")
    items = []
    for i, colour in enumerate(PALETTE):
        low, high = bounds[i], bounds[i + 1]
        words = f"below {high}" if not low else f"{low} or more" if not high else f"{low}–{high}"
        items.append({"cls": f"c{i}", "colour": colour, "text": words})
    items.append({"cls": "zero", "colour": ZERO_STROKE, "text": "0 documents"})
    items.append({"cls": "none", "colour": NO_REFERENCE, "text": "not in the reference"})
    return items
