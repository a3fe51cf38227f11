"""Krippendorff's alpha from its definition (coincidence matrix), with a seeded item bootstrap.

For each item ``u`` with ``m_u >= 2`` labels, every ordered pair of its labels adds
``1 / (m_u - 1)`` to the coincidence matrix ``o[c, k]``. With ``n_c`` the row sums and ``n`` the
number of pairable labels, ``alpha = 1 - (n - 1) * sum(o * d2) / sum(n_c * n_k * d2)``, where the
squared distance ``d2`` is 0/1 for nominal data and, for ordinal data,
``(sum_{g between c and k} n_g - (n_c + n_k) / 2) ** 2`` over the ordered label domain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np

from datacensus.errors import InputError

LEVELS = ("nominal", "ordinal")


@dataclass(frozen=True)
class AlphaEstimate:
    """Alpha with its bootstrap interval and the amount of data it rests on."""

    level: str
    alpha: float | None  # None when undefined (fewer than 2 pairable labels, or no variation)
    ci_low: float | None
    ci_high: float | None
    items: int  # items with at least two labels
    pairable: int  # labels on those items
    replicates: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def unit_matrix(item_codes: np.ndarray, value_codes: np.ndarray, n_values: int) -> np.ndarray:
    """Items x values label counts from parallel code arrays; only items with >= 2 labels."""
    if item_codes.size == 0:
        return np.zeros((0, n_values))
    n_items = int(item_codes.max()) + 1
    flat = item_codes.astype(np.int64) * n_values + value_codes.astype(np.int64)
    counts = np.bincount(flat, minlength=n_items * n_values).reshape(n_items, n_values)
    return counts[counts.sum(axis=1) >= 2].astype(np.float64)


def _distance(level: str, totals: np.ndarray) -> np.ndarray:
    """Squared distances between label values (ordinal ones depend on the marginal totals)."""
    size = totals.size
    if level == "nominal":
        return 1.0 - np.eye(size)
    cumulative = np.concatenate([[0.0], np.cumsum(totals)])
    low, high = (
        np.minimum.outer(np.arange(size), np.arange(size)),
        np.maximum.outer(np.arange(size), np.arange(size)),
    )
    between = cumulative[high + 1] - cumulative[low]  # sum of n_g for g from low to high
    return (between - (totals[:, None] + totals[None, :]) / 2.0) ** 2


def _alpha(units: np.ndarray, level: str, weights: np.ndarray | None = None) -> float | None:
    """Alpha of a units matrix, each unit optionally repeated ``weights`` times."""
    if units.shape[0] == 0:
        return None
    m = units.sum(axis=1)
    scale = 1.0 / (m - 1.0)
    if weights is not None:
        scale = scale * weights
    scaled = units * scale[:, None]
    coincidence = scaled.T @ units - np.diag(scaled.sum(axis=0))
    totals = coincidence.sum(axis=1)
    n = totals.sum()
    if n <= 1:
        return None
    d2 = _distance(level, totals)
    expected = float(totals @ d2 @ totals)
    if expected <= 0:
        return None
    observed = float((coincidence * d2).sum())
    return float(1.0 - (n - 1.0) * observed / expected)


def alpha_from_units(
    units: np.ndarray,
    level: str = "nominal",
    *,
    replicates: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
) -> AlphaEstimate:
    """Alpha of an items x values count matrix (values in their ordinal order), bootstrapped.

    The interval is the percentile interval of alpha over ``replicates`` resamples of items with
    replacement (seeded, so reruns are identical); replicates where alpha is undefined are skipped.
    """
    if level not in LEVELS:
        raise InputError(f"agreement level {level!r}: expected one of {', '.join(LEVELS)}")
    if replicates < 0:
        raise InputError(f"bootstrap replicates {replicates}: expected 0 or more")
    units = units[units.sum(axis=1) >= 2] if units.size else units.reshape(0, units.shape[-1])
    # Items with the same label counts contribute identically: keep each pattern once with its
    # frequency. Resampling items is then a multinomial draw over patterns (same distribution).
    patterns, freq = np.unique(units, axis=0, return_counts=True)
    n_units = int(units.shape[0])
    point = _alpha(patterns, level, freq.astype(np.float64))
    low = high = None
    done = 0
    if point is not None and replicates > 0 and n_units > 1:
        rng = np.random.default_rng(seed)
        probabilities = freq / n_units
        draws = []
        for _ in range(replicates):
            weights = rng.multinomial(n_units, probabilities).astype(np.float64)
            value = _alpha(patterns, level, weights)
            if value is not None:
                draws.append(value)
        done = len(draws)
        if draws:
            tail = (1.0 - confidence) / 2.0
            low, high = (float(q) for q in np.quantile(draws, [tail, 1.0 - tail]))
    return AlphaEstimate(
        level=level,
        alpha=point,
        ci_low=low,
        ci_high=high,
        items=n_units,
        pairable=int(units.sum()),
        replicates=done,
    )


def krippendorff_alpha(
    items: Sequence[object],
    labels: Sequence[object],
    level: str = "nominal",
    *,
    order: Sequence[object] | None = None,
    replicates: int = 0,
    seed: int = 0,
) -> AlphaEstimate:
    """Alpha from parallel sequences of item ids and labels (one entry per label given).

    Ordinal labels are ordered by ``order`` when given, else sorted (numbers numerically).
    """
    if len(items) != len(labels):
        raise InputError(f"items and labels differ in length ({len(items)} vs {len(labels)})")
    domain = list(order) if order is not None else sorted(set(labels), key=_sort_key)
    position = {v: i for i, v in enumerate(domain)}
    outside = [v for v in labels if v not in position]
    if outside:
        raise InputError(f"label {outside[0]!r} is not in the given label order {domain!r}")
    item_index: dict[object, int] = {}
    item_codes = np.fromiter(
        (item_index.setdefault(i, len(item_index)) for i in items), np.int64, count=len(items)
    )
    value_codes = np.fromiter((position[v] for v in labels), np.int64, count=len(labels))
    units = unit_matrix(item_codes, value_codes, len(domain))
    return alpha_from_units(units, level, replicates=replicates, seed=seed)


def _sort_key(value: object) -> tuple[int, float, str]:
    try:
        return (0, float(value), "")  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return (1, 0.0, str(value))
