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

from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from datacensus.compare.intervals import Floats, lower_above, upper_below


class StatsParams(Protocol):
    """The parameters power needs (datacensus.compare.statistics.StatsParams has them)."""

    @property
    def tau(self) -> float: ...
    @property
    def interval(self) -> str: ...
    @property
    def min_expected_missing(self) -> float: ...


#: Bisection steps: 2^-30 of the search range is far below any printed digit.
STEPS = 30
#: Largest corpus size searched for ``documents_to_settle``.
MAX_DOCUMENTS = 1e12


def decided(
    share: Floats,
    n: Floats,
    alpha: float,
    method: str,
    r: Floats,
    tau: float,
    min_expected: float,
) -> NDArray[np.bool_]:
    """Vectorised: True where the status rules of statistics.slice_status give a verdict."""
    floor, ceiling = tau * r, r / tau
    zero = share <= 0
    below = upper_below(share, n, alpha, method, floor)
    above = lower_above(share, n, alpha, method, ceiling)
    inside = lower_above(share, n, alpha, method, np.nextafter(floor, 0)) & upper_below(
        share, n, alpha, method, np.nextafter(ceiling, 2)
    )
    missing = zero & below & (n * r >= min_expected)
    return np.asarray(missing | (~zero & (below | above | inside)))


def _detect_under(n: Floats, r: Floats, alpha: float, tau: float, method: str) -> Floats:
    """Largest share (as a ratio) whose upper bound is still below τ·r (bisection)."""
    target = tau * r
    possible = upper_below(np.zeros_like(r), n, alpha, method, target) & (r > 0)
    lo, hi = np.zeros_like(r), target.copy()
    for _ in range(STEPS):
        mid = (lo + hi) / 2
        below = upper_below(mid, n, alpha, method, target)
        lo, hi = np.where(below, mid, lo), np.where(below, hi, mid)
    return np.where(possible, lo / np.where(r > 0, r, 1.0), np.nan)


def _detect_over(n: Floats, r: Floats, alpha: float, tau: float, method: str) -> Floats:
    """Smallest share (as a ratio) whose lower bound is above r/τ (bisection)."""
    target = r / tau
    possible = (target < 1.0) & (r > 0) & lower_above(np.ones_like(r), n, alpha, method, target)
    lo, hi = np.minimum(target, 1.0), np.ones_like(r)
    for _ in range(STEPS):
        mid = (lo + hi) / 2
        above = lower_above(mid, n, alpha, method, target)
        lo, hi = np.where(above, lo, mid), np.where(above, mid, hi)
    return np.where(possible, hi / np.where(r > 0, r, 1.0), np.nan)


def _to_settle(
    share: Floats, scale: Floats, r: Floats, alpha: float, params: StatsParams, start: Floats
) -> Floats:
    """Smallest number of documents (log-bisection) at which the verdict is decided."""

    def settles(docs: Floats) -> NDArray[np.bool_]:
        return decided(
            share, docs * scale, alpha, params.interval, r, params.tau, params.min_expected_missing
        )

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
