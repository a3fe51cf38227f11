"""Power of an audit: the ratios it could detect, and the documents that would settle a slice.

For each referenced slice, with its effective size ``n`` and the per-slice error ``alpha``:

- ``detect_under_ratio``: the largest ratio ``p/r`` whose interval still lies wholly below
  ``τ·r`` (a slice observed below it is ``under``); null when even zero rows would not be;
- ``detect_over_ratio``: the smallest ratio whose interval lies wholly above ``r/τ``;
- ``documents_to_settle`` (``uncertain`` slices): about how many documents, at the same observed
  share and design effect, would make the interval decide (``under``, ``ok``, ``over`` or
  ``missing``); null when more data of the same make-up never would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from datacensus.compare.intervals import Floats, proportion_interval

if TYPE_CHECKING:
    from datacensus.compare.statistics import StatsParams

#: Bisection steps: 2^-40 of the search range is far below any printed digit.
STEPS = 40
#: Largest corpus size searched for ``documents_to_settle``.
MAX_DOCUMENTS = 1e12


def decided(
    low: Floats,
    high: Floats,
    r: Floats,
    tau: float,
    zero: NDArray[np.bool_],
    expected: Floats,
    min_expected: float,
) -> NDArray[np.bool_]:
    """Vectorised: True where the status rules of statistics.slice_status give a verdict."""
    floor, ceiling = tau * r, r / tau
    missing = zero & (high < floor) & (expected >= min_expected)
    nonzero = ~zero & ((high < floor) | (low > ceiling) | ((low >= floor) & (high <= ceiling)))
    return np.asarray(missing | nonzero)


def _detect_under(share_n: Floats, r: Floats, alpha: float, tau: float, method: str) -> Floats:
    target = tau * r
    _, high0 = proportion_interval(np.zeros_like(r), share_n, alpha, method)
    lo, hi = np.zeros_like(r), target.copy()
    for _ in range(STEPS):
        mid = (lo + hi) / 2
        _, high = proportion_interval(mid, share_n, alpha, method)
        below = high < target
        lo, hi = np.where(below, mid, lo), np.where(below, hi, mid)
    return np.where((high0 < target) & (r > 0), lo / np.where(r > 0, r, 1.0), np.nan)


def _detect_over(share_n: Floats, r: Floats, alpha: float, tau: float, method: str) -> Floats:
    target = r / tau
    possible = target < 1.0
    low1, _ = proportion_interval(np.ones_like(r), share_n, alpha, method)
    lo, hi = np.minimum(target, 1.0), np.ones_like(r)
    for _ in range(STEPS):
        mid = (lo + hi) / 2
        low, _ = proportion_interval(mid, share_n, alpha, method)
        above = low > target
        lo, hi = np.where(above, lo, mid), np.where(above, mid, hi)
    ok = possible & (low1 > target) & (r > 0)
    return np.where(ok, hi / np.where(r > 0, r, 1.0), np.nan)


def _to_settle(
    share: Floats, scale: Floats, r: Floats, alpha: float, params: StatsParams, start: Floats
) -> Floats:
    """Smallest number of documents (log-bisection) at which the verdict is decided."""
    zero = share <= 0

    def settles(docs: Floats) -> NDArray[np.bool_]:
        n = docs * scale
        low, high = proportion_interval(share, n, alpha, params.interval)
        return decided(low, high, r, params.tau, zero, n * r, params.min_expected_missing)

    lo, hi = np.log(np.maximum(start, 1.0)), np.full_like(share, np.log(MAX_DOCUMENTS))
    reachable = settles(np.exp(hi))
    for _ in range(STEPS):
        mid = (lo + hi) / 2
        yes = settles(np.exp(mid))
        lo, hi = np.where(yes, lo, mid), np.where(yes, mid, hi)
    return np.where(reachable, np.ceil(np.exp(hi)), np.nan)


def _value(x: float) -> float | None:
    return None if not np.isfinite(x) else float(x)


def add_power(
    rows: list[dict[str, Any]],
    share: Floats,
    n_slice: Floats,
    r: Floats,
    alpha: float,
    params: StatsParams,
    documents: int,
) -> None:
    """Fill the power columns of coverage ``rows`` (aligned with the arrays) in place."""
    referenced = np.isfinite(r)
    ref = np.where(referenced, r, 0.0)
    under = _detect_under(n_slice, ref, alpha, params.tau, params.interval)
    over = _detect_over(n_slice, ref, alpha, params.tau, params.interval)
    uncertain = np.array([row["status"] == "uncertain" for row in rows]) & referenced & (ref > 0)
    settle = np.full(len(rows), np.nan)
    if uncertain.any() and documents > 0:
        idx = np.flatnonzero(uncertain)
        scale = n_slice[idx] / documents  # effective documents per document, this slice
        start = np.full(len(idx), float(documents))
        settle[idx] = _to_settle(share[idx], scale, ref[idx], alpha, params, start)
    for i, row in enumerate(rows):
        row["detect_under_ratio"] = _value(under[i])
        row["detect_over_ratio"] = _value(over[i])
        row["documents_to_settle"] = _value(settle[i])
