"""Charts drawn in plain HTML/CSS: markers placed in percent of a track, so they reflow at any
width, print, and need no script. Layout only: the values come from the result.
"""

from __future__ import annotations

import math
from typing import Any


def nice_step(span: float, ticks: int = 4) -> float:
    """A 1-2-5 step giving about ``ticks`` intervals over ``span``."""
    raw = span / ticks if span > 0 else 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def axis(low: float, high: float, fmt: str = "pct", ticks: int = 5) -> dict[str, Any]:
    """A linear axis over [low, high] widened to whole steps, with tick positions and labels."""
    if not high > low:
        high = low + 1.0
    step = nice_step(high - low, ticks)
    lo = math.floor(low / step + 1e-9) * step
    hi = math.ceil(high / step - 1e-9) * step
    count = round((hi - lo) / step)
    values = [lo + i * step for i in range(count + 1)]
    return {
        "lo": lo,
        "hi": hi,
        "ticks": [{"pos": _pos(v, lo, hi), "text": _tick_text(v, step, fmt)} for v in values],
    }


def _tick_text(value: float, step: float, fmt: str) -> str:
    if fmt == "pct":
        digits = max(0, -math.floor(math.log10(step * 100) + 1e-9)) if step * 100 < 1 else 0
        return f"{value * 100:.{digits}f}%"
    digits = max(0, -math.floor(math.log10(step) + 1e-9))
    return f"{value:.{digits}f}".replace("-", "−")


def _pos(value: float, lo: float, hi: float) -> float:
    return round(100 * (value - lo) / (hi - lo), 2)


def position(value: float | None, ax: dict[str, Any]) -> float | None:
    """Where a value sits on the axis, in percent of its width (None stays None; clipped)."""
    if value is None:
        return None
    return min(100.0, max(0.0, _pos(value, ax["lo"], ax["hi"])))
