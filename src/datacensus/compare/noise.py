"""Distances and diversity read against sampling noise (parametric bootstrap, seeded).

For a dimension with ``n`` effective documents, observed shares ``p`` and reference ``r``:

- ``<metric>_low`` / ``<metric>_high``: a basic (bias-reflecting) bootstrap interval
  ``[2m − q97.5, 2m − q2.5]`` from ``DRAWS`` samples of ``n`` documents drawn from ``p``: plug-in
  distances are biased upwards at small ``n``, and reflecting the bootstrap quantiles about the
  observed value ``m`` removes that bias to first order (clipped to the metric's range);
- ``<metric>_sampling``: the mean of the metric over samples of ``n`` documents drawn from the
  reference itself, i.e. its value from sampling alone; ``<metric>_sampling_high`` the 95% point.

Metrics: ``tvd``, ``jsd`` and the observed Hill numbers ``hill_observed_q0..2`` (whose sampling
value is the diversity a sample of this size from the reference would show).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from datacensus.compare.intervals import Floats

DRAWS = 200
SEED = 20_260_101
#: Samples larger than this are drawn at this size and the metrics' noise scaled by sqrt.
MAX_DRAW = 10**9


def _tvd(p: Floats, r: Floats) -> Floats:
    return np.minimum(1.0, 0.5 * np.abs(p - r).sum(axis=-1))


def _jsd(p: Floats, r: Floats) -> Floats:
    m = (p + r) / 2.0
    with np.errstate(divide="ignore", invalid="ignore"):
        a = np.where(p > 0, p * np.log2(np.where(p > 0, p, 1.0) / np.where(m > 0, m, 1.0)), 0.0)
        b = np.where(r > 0, r * np.log2(np.where(r > 0, r, 1.0) / np.where(m > 0, m, 1.0)), 0.0)
    return np.clip(0.5 * (a + b).sum(axis=-1), 0.0, 1.0)


def _hill(p: Floats, q: int) -> Floats:
    positive = p > 0
    if q == 0:
        return positive.sum(axis=-1).astype(np.float64)
    safe = np.where(positive, p, 1.0)
    if q == 1:
        return np.exp(-(np.where(positive, p * np.log(safe), 0.0)).sum(axis=-1))
    return 1.0 / (p * p).sum(axis=-1)


def _all(p: Floats, r: Floats) -> dict[str, Floats]:
    out = {"tvd": _tvd(p, r), "jsd": _jsd(p, r)}
    for q in (0, 1, 2):
        out[f"hill_observed_q{q}"] = _hill(p, q)
    return out


def distance_noise(
    shares: Mapping[str, float], reference: Mapping[str, float], n: float
) -> dict[str, float | None]:
    """Bootstrap intervals and sampling-alone values of the dimension metrics (see module doc)."""
    keys = sorted(set(shares) | set(reference))
    p = np.array([shares.get(k, 0.0) for k in keys])
    r = np.array([reference.get(k, 0.0) for k in keys])
    size = round(n)
    if size < 1 or p.sum() <= 0 or r.sum() <= 0:
        return {}
    size = min(size, MAX_DRAW)
    rng = np.random.default_rng(SEED)
    p, r = p / p.sum(), r / r.sum()
    boot = rng.multinomial(size, p, size=DRAWS) / size
    null = rng.multinomial(size, r, size=DRAWS) / size
    out: dict[str, float | None] = {}
    observed, sampled = _all(boot, r), _all(null, r)
    plug_in = _all(p[None, :], r)
    for name, values in observed.items():
        m = float(plug_in[name][0])
        floor, ceiling = (0.0, 1.0) if name in ("tvd", "jsd") else (1.0, float(len(keys)))
        low = 2 * m - float(np.quantile(values, 0.975))
        high = 2 * m - float(np.quantile(values, 0.025))
        out[f"{name}_low"] = min(max(low, floor), ceiling)
        out[f"{name}_high"] = min(max(high, floor), ceiling)
        out[f"{name}_sampling"] = float(sampled[name].mean())
        out[f"{name}_sampling_high"] = float(np.quantile(sampled[name], 0.95))
    return out
