"""Binomial proportion intervals, vectorised: Jeffreys, exact (Clopper–Pearson), Wilson.

Every function takes arrays (or scalars) of shares and (effective) numbers of trials and a
two-sided error ``alpha`` per interval, and returns arrays. Counts need not be whole: a weighted
or clustered share enters as ``x = p * n_eff`` successes out of ``n_eff``. See docs/methods.md
for why the default is exact.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from datacensus.compare.lazy_special import special

#: Interval methods a user can choose (``--interval``); the first is the default.
INTERVALS: tuple[str, ...] = ("exact", "jeffreys", "wilson")

Floats = NDArray[np.float64]


def _prepare(share: ArrayLike, n: ArrayLike) -> tuple[Floats, Floats, Floats]:
    p = np.clip(np.asarray(share, dtype=np.float64), 0.0, 1.0)
    size = np.asarray(n, dtype=np.float64)
    p, size = np.broadcast_arrays(p, size)
    return p, size, p * size


def _finish(p: Floats, n: Floats, low: Floats, high: Floats) -> tuple[Floats, Floats]:
    """Clamp to [0, 1], make the interval contain ``p``; no information gives [0, 1]."""
    low = np.where(p <= 0.0, 0.0, np.minimum(np.clip(low, 0.0, 1.0), p))
    high = np.where(p >= 1.0, 1.0, np.maximum(np.clip(high, 0.0, 1.0), p))
    empty = ~(n > 0)
    return np.where(empty, 0.0, low), np.where(empty, 1.0, high)


def _beta_low(x: Floats, n: Floats, alpha: float, shift: float) -> Floats:
    """``alpha/2`` quantile of Beta(x + shift, n − x + 1 − shift); 0 at x = 0."""
    with np.errstate(invalid="ignore", divide="ignore"):
        safe_n = np.where(n > 0, n, 1.0)
        xs = np.clip(x, 0.0, safe_n)
        a = np.where(xs > 0, xs + shift, 1.0)
        b = np.maximum(safe_n - xs + 1.0 - shift, 1e-12)
        return np.where(xs > 0, special.betaincinv(a, b, alpha / 2.0), 0.0)


def _beta_high(x: Floats, n: Floats, alpha: float, shift: float) -> Floats:
    """``1 − alpha/2`` quantile of Beta(x + shift, n − x + 1 − shift); 1 at x = n."""
    with np.errstate(invalid="ignore", divide="ignore"):
        safe_n = np.where(n > 0, n, 1.0)
        xs = np.clip(x, 0.0, safe_n)
        a = np.maximum(xs + shift, 1e-12)
        b = np.where(xs < safe_n, safe_n - xs + 1.0 - shift, 1.0)
        return np.where(xs < safe_n, special.betaincinv(a, b, 1.0 - alpha / 2.0), 1.0)


def _beta_bounds(
    x: Floats, n: Floats, alpha: float, low_shift: float, high_shift: float
) -> tuple[Floats, Floats]:
    return _beta_low(x, n, alpha, low_shift), _beta_high(x, n, alpha, high_shift)


def jeffreys(share: ArrayLike, n: ArrayLike, alpha: float) -> tuple[Floats, Floats]:
    """Jeffreys interval: Beta(x + ½, n − x + ½) quantiles; lower 0 at x = 0, upper 1 at x = n."""
    p, size, x = _prepare(share, n)
    low, high = _beta_bounds(x, size, alpha, 0.5, 0.5)
    return _finish(p, size, low, high)


def exact(share: ArrayLike, n: ArrayLike, alpha: float) -> tuple[Floats, Floats]:
    """Clopper–Pearson: Beta(x, n − x + 1) and Beta(x + 1, n − x) quantiles."""
    p, size, x = _prepare(share, n)
    low, high = _beta_bounds(x, size, alpha, 0.0, 1.0)
    return _finish(p, size, low, high)


def wilson(share: ArrayLike, n: ArrayLike, alpha: float) -> tuple[Floats, Floats]:
    """Wilson score interval with Brown, Cai and DasGupta's fix for small counts.

    For ``x`` of 1 up to ``x*`` (2 when n ≤ 50, else 3) the lower bound is the exact Poisson
    lower bound ``Γ⁻¹(x; α/2) / n``, and likewise the upper bound for ``n − x``.
    """
    p, size, x = _prepare(share, n)
    z = float(special.ndtri(1.0 - alpha / 2.0))
    with np.errstate(invalid="ignore", divide="ignore"):
        safe_n = np.where(size > 0, size, 1.0)
        z2n = z * z / safe_n
        centre = (p + z2n / 2.0) / (1.0 + z2n)
        half = z / (1.0 + z2n) * np.sqrt(np.maximum(p * (1 - p), 0.0) / safe_n + z2n / (4 * safe_n))
        low, high = centre - half, centre + half
        small = np.where(safe_n <= 50, 2.0, 3.0)
        poisson_low = special.gammaincinv(np.maximum(x, 1e-12), alpha / 2.0) / safe_n
        low = np.where((x >= 1) & (x <= small), poisson_low, low)
        rest = safe_n - x
        poisson_high = 1.0 - special.gammaincinv(np.maximum(rest, 1e-12), alpha / 2.0) / safe_n
        high = np.where((rest >= 1) & (rest <= small), poisson_high, high)
    return _finish(p, size, low, high)


_METHODS = {"jeffreys": jeffreys, "exact": exact, "wilson": wilson}


def proportion_interval(
    share: ArrayLike, n: ArrayLike, alpha: float, method: str = INTERVALS[0]
) -> tuple[Floats, Floats]:
    """Two-sided ``1 - alpha`` interval(s) for share(s) observed over ``n`` (effective) trials."""
    try:
        function = _METHODS[method]
    except KeyError:
        raise ValueError(
            f"interval must be one of {', '.join(INTERVALS)}, got {method!r}"
        ) from None
    return function(share, n, alpha)


_SHIFTS = {"exact": (0.0, 1.0), "jeffreys": (0.5, 0.5)}


def upper_below(
    share: ArrayLike, n: ArrayLike, alpha: float, method: str, t: ArrayLike
) -> NDArray[np.bool_]:
    """Whether the interval's upper bound lies below ``t``, from the Beta CDF (no inversion)."""
    p, size, x = _prepare(share, n)
    t = np.broadcast_to(np.asarray(t, dtype=np.float64), p.shape)
    if method not in _SHIFTS:
        return np.asarray(proportion_interval(p, size, alpha, method)[1] < t)
    shift = _SHIFTS[method][1]
    with np.errstate(invalid="ignore", divide="ignore"):
        safe_n = np.where(size > 0, size, 1.0)
        xs = np.clip(x, 0.0, safe_n)
        inside = (size > 0) & (xs < safe_n) & (p < t)
        a = np.maximum(xs + shift, 1e-12)
        b = np.maximum(safe_n - xs + 1.0 - shift, 1e-12)
        cdf = special.betainc(a, b, np.clip(t, 0.0, 1.0))
    return np.asarray(inside & (cdf > 1.0 - alpha / 2.0))


def lower_above(
    share: ArrayLike, n: ArrayLike, alpha: float, method: str, t: ArrayLike
) -> NDArray[np.bool_]:
    """Whether the interval's lower bound lies above ``t``, from the Beta CDF."""
    p, size, x = _prepare(share, n)
    t = np.broadcast_to(np.asarray(t, dtype=np.float64), p.shape)
    if method not in _SHIFTS:
        return np.asarray(proportion_interval(p, size, alpha, method)[0] > t)
    shift = _SHIFTS[method][0]
    with np.errstate(invalid="ignore", divide="ignore"):
        safe_n = np.where(size > 0, size, 1.0)
        xs = np.clip(x, 0.0, safe_n)
        inside = (size > 0) & (xs > 0) & (p > t)
        a = np.maximum(xs + shift, 1e-12)
        b = np.maximum(safe_n - xs + 1.0 - shift, 1e-12)
        cdf = special.betainc(a, b, np.clip(t, 0.0, 1.0))
    return np.asarray(inside & (cdf < alpha / 2.0))


def family_alpha(confidence: float, family_size: int, correction: str = "bonferroni") -> float:
    """Two-sided error per interval: ``1 - confidence``, divided by ``m`` under Bonferroni."""
    alpha = 1.0 - confidence
    return alpha / max(1, family_size) if correction == "bonferroni" else alpha
