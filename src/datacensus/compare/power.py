"""Power of an audit: the ratios it could detect, and the documents that would settle a slice.

For each referenced slice, with its effective size ``n``, the family-wise error ``alpha`` and the
materiality error ``alpha_m`` (statistics.StatsParams.material_alpha), by bisection on the very
rule that gives verdicts (statistics.slice_status):

- ``detect_under_ratio``: the largest ratio ``p/r`` that is ``under`` (family-wise interval below
  ``r`` and the ``alpha_m`` interval below ``τ·r``); null when even zero rows would not be;
- ``detect_over_ratio``: the smallest ratio that is ``over``;
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
    def material_alpha(self, family_alpha: float) -> float: ...


#: Bisection steps: 2^-30 of the search range is far below any printed digit.
STEPS = 30
#: Largest corpus size searched for ``documents_to_settle``.
MAX_DOCUMENTS = 1e12


def is_under(
    share: Floats, n: Floats, alpha: float, alpha_m: float, method: str, r: Floats, tau: float
) -> NDArray[np.bool_]:
    """The under/missing test of statistics.slice_status, vectorised."""
    family = upper_below(share, n, alpha, method, r)
    return np.asarray(family & upper_below(share, n, alpha_m, method, tau * r))


def is_over(
    share: Floats, n: Floats, alpha: float, alpha_m: float, method: str, r: Floats, tau: float
) -> NDArray[np.bool_]:
    """The over test of statistics.slice_status, vectorised."""
    family = lower_above(share, n, alpha, method, r)
    return np.asarray(family & lower_above(share, n, alpha_m, method, r / tau))


def decided(
    share: Floats,
    n: Floats,
    alpha: float,
    method: str,
    r: Floats,
    tau: float,
    min_expected: float,
    alpha_m: float | None = None,
) -> NDArray[np.bool_]:
    """Vectorised: True where the status rules of statistics.slice_status give a verdict."""
    floor, ceiling = tau * r, r / tau
    alpha_m = alpha if alpha_m is None else alpha_m
    zero = share <= 0
    below = is_under(share, n, alpha, alpha_m, method, r, tau)
    above = is_over(share, n, alpha, alpha_m, method, r, tau)
    inside = lower_above(share, n, alpha, method, np.nextafter(floor, 0)) & upper_below(
        share, n, alpha, method, np.nextafter(ceiling, 2)
    )
    missing = zero & below & (n * r >= min_expected)
    return np.asarray(missing | (~zero & (below | above | inside)))


def _detect_under(
    n: Floats, r: Floats, alpha: float, alpha_m: float, tau: float, method: str
) -> Floats:
    """Largest share (as a ratio) that is still ``under`` (bisection: the test is monotone)."""
    possible = is_under(np.zeros_like(r), n, alpha, alpha_m, method, r, tau) & (r > 0)
    lo, hi = np.zeros_like(r), tau * r
    for _ in range(STEPS):
        mid = (lo + hi) / 2
        below = is_under(mid, n, alpha, alpha_m, method, r, tau)
        lo, hi = np.where(below, mid, lo), np.where(below, hi, mid)
    return np.where(possible, lo / np.where(r > 0, r, 1.0), np.nan)


def _detect_over(
    n: Floats, r: Floats, alpha: float, alpha_m: float, tau: float, method: str
) -> Floats:
    """Smallest share (as a ratio) that is ``over`` (bisection)."""
    target = r / tau
    one = np.ones_like(r)
    possible = (target < 1.0) & (r > 0) & is_over(one, n, alpha, alpha_m, method, r, tau)
    lo, hi = np.minimum(target, 1.0), one
    for _ in range(STEPS):
        mid = (lo + hi) / 2
        above = is_over(mid, n, alpha, alpha_m, method, r, tau)
        lo, hi = np.where(above, lo, mid), np.where(above, mid, hi)
    return np.where(possible, hi / np.where(r > 0, r, 1.0), np.nan)


def _to_settle(
    share: Floats, scale: Floats, r: Floats, alpha: float, params: StatsParams, start: Floats
) -> Floats:
    """Smallest number of documents (log-bisection) at which the verdict is decided."""

    def settles(docs: Floats) -> NDArray[np.bool_]:
        return decided(
            share,
            docs * scale,
            alpha,
            params.interval,
            r,
            params.tau,
            params.min_expected_missing,
            params.material_alpha(alpha),
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
    alpha_m = params.material_alpha(alpha)
    under = _detect_under(n_slice, ref, alpha, alpha_m, params.tau, params.interval)
    over = _detect_over(n_slice, ref, alpha, alpha_m, params.tau, params.interval)
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
