"""How concentrated the labelling work is: share of the most active annotators, Gini."""

from __future__ import annotations

import math
from collections.abc import Sequence

from datacensus.errors import InputError


def _checked(counts: Sequence[float]) -> list[float]:
    values = [float(c) for c in counts]
    if any(not math.isfinite(v) or v < 0 for v in values):
        raise InputError("labels per annotator must be finite numbers >= 0")
    return values


def top_share(counts: Sequence[float], fraction: float = 0.1) -> float | None:
    """Share of all labels given by the most active ``fraction`` of annotators (at least one).

    With 25 annotators and ``fraction=0.1`` that is the top 3 (ceil(2.5)); None without labels.
    """
    if not 0.0 < fraction <= 1.0:
        raise InputError(f"fraction {fraction!r}: expected a number in (0, 1]")
    values = sorted(_checked(counts), reverse=True)
    total = math.fsum(values)
    if total <= 0:
        return None
    top = max(1, math.ceil(len(values) * fraction - 1e-9))
    return math.fsum(values[:top]) / total


def gini(counts: Sequence[float]) -> float | None:
    """Gini coefficient of labels per annotator: 0 when all give as many, ->1 when one gives all.

    ``G = sum_i (2i - n - 1) x_(i) / (n * sum x)`` over ascending ``x_(1..n)``; None without labels.
    """
    values = sorted(_checked(counts))
    total = math.fsum(values)
    n = len(values)
    if n == 0 or total <= 0:
        return None
    return math.fsum((2 * i - n - 1) * x for i, x in enumerate(values, start=1)) / (n * total)


def concentration(counts: Sequence[float]) -> dict[str, float | None]:
    """Summary of the labels-per-annotator distribution."""
    values = sorted(_checked(counts))
    n = len(values)
    median = None
    if n:
        mid = n // 2
        median = values[mid] if n % 2 else (values[mid - 1] + values[mid]) / 2
    return {
        "annotators": float(n),
        "labels": math.fsum(values),
        "top_10pct_share": top_share(values, 0.1),
        "top_annotator_share": top_share(values, 1 / n) if n else None,
        "gini": gini(values),
        "max_labels": values[-1] if n else None,
        "median_labels": median,
    }
