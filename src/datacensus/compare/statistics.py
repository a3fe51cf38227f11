"""Shares, intervals, statuses and dimension metrics: pure functions over counts and references.

Nothing here reads or writes files. docs/methods.md (generated from methods.py) explains every
formula in plain words; keep the two in step.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from statistics import NormalDist

import numpy as np
import polars as pl

from datacensus.compare.clusters import DEFF_WARN, cluster_effective_sizes
from datacensus.compare.intervals import INTERVALS, family_alpha, proportion_interval
from datacensus.compare.noise import distance_noise
from datacensus.compare.power import add_power as _add_power
from datacensus.errors import ColumnNotFoundError, InputError
from datacensus.schema import COVERAGE_SCHEMA, UNKNOWN_PREFIX, Status, split_unknown_key

#: Units a share can be measured in, and the column holding each one's sum of squares.
WEIGHTS: dict[str, str] = {"documents": "documents", "chars": "chars_sq", "tokens": "tokens_sq"}
CORRECTIONS = ("bonferroni", "none")
#: Where "by more than τ" is judged for under/over/missing: "slice" (default: the difference is
#: family-wise significant and the slice's own interval clears τ) or "family" (the family-wise
#: interval itself clears τ: the stricter rule of earlier versions). See docs/methods.md.
MATERIALITY = ("slice", "family")
UNMAPPED_TOP = 20


@dataclass(frozen=True)
class StatsParams:
    """Thresholds of the comparison. Defaults are explained in docs/methods.md."""

    confidence: float = 0.95  # family-wise, per dimension
    tau: float = 0.5  # under below tau*r, over above r/tau
    min_expected_missing: float = 5.0  # 'missing' needs at least this many expected documents
    correction: str = "bonferroni"  # or "none"
    sample_fraction: float | None = None  # fraction of the corpus read, when sampled
    sample_design_effect: float = 1.0  # >1: documents are clustered; divides effective sizes
    interval: str = INTERVALS[0]  # exact, jeffreys or wilson (see docs/methods.md)
    materiality: str = MATERIALITY[0]  # slice or family (see docs/methods.md)

    def __post_init__(self) -> None:
        problems = []
        if not 0.0 < self.confidence < 1.0:
            problems.append(f"confidence must be in (0, 1), got {self.confidence!r}")
        if not 0.0 < self.tau <= 1.0:
            problems.append(f"tau must be in (0, 1], got {self.tau!r}")
        if not (self.min_expected_missing >= 0.0 and math.isfinite(self.min_expected_missing)):
            problems.append(
                f"min_expected_missing must be a finite number >= 0, "
                f"got {self.min_expected_missing!r}"
            )
        if self.correction not in CORRECTIONS:
            problems.append(
                f"correction must be one of {', '.join(CORRECTIONS)}, got {self.correction!r}"
            )
        if self.sample_fraction is not None and not 0.0 < self.sample_fraction <= 1.0:
            problems.append(f"sample_fraction must be in (0, 1], got {self.sample_fraction!r}")
        if not (self.sample_design_effect >= 1.0 and math.isfinite(self.sample_design_effect)):
            problems.append(
                f"sample_design_effect must be a finite number >= 1, "
                f"got {self.sample_design_effect!r}"
            )
        if self.interval not in INTERVALS:
            problems.append(
                f"interval must be one of {', '.join(INTERVALS)}, got {self.interval!r}"
            )
        if self.materiality not in MATERIALITY:
            problems.append(
                f"materiality must be one of {', '.join(MATERIALITY)}, got {self.materiality!r}"
            )
        if problems:
            raise InputError("invalid statistics parameters: " + "; ".join(problems))

    @property
    def sampled(self) -> bool:
        return self.sample_fraction is not None and self.sample_fraction < 1.0

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    def material_alpha(self, family_alpha: float) -> float:
        """Two-sided error of the interval that judges "by more than τ": the per-slice
        ``1 - confidence`` under slice materiality, else the family-wise ``family_alpha``."""
        if self.materiality == "family":
            return family_alpha
        return max(family_alpha, 1.0 - self.confidence)


@dataclass(frozen=True)
class Comparison:
    """One dimension's counts compared with its reference."""

    slices: pl.DataFrame  # COVERAGE_SCHEMA, sorted by count desc then key
    total: float  # known weight: the share denominator
    documents: int  # documents with a known key
    unknown: dict[str, float]  # weight per unknown reason, outside the denominator
    unmapped: dict[str, float]  # raw values that did not map, top UNMAPPED_TOP by weight
    metrics: dict[str, float | None] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------
# Scalar building blocks


def z_value(confidence: float, family_size: int, correction: str = "bonferroni") -> float:
    """Two-sided normal quantile, Bonferroni-corrected over ``family_size`` intervals."""
    alpha = 1.0 - confidence
    if correction == "bonferroni":
        alpha /= max(1, family_size)
    return NormalDist().inv_cdf(1.0 - alpha / 2.0)


def wilson_interval(share: float, n: float, z: float) -> tuple[float, float]:
    """Wilson score interval for a share observed over ``n`` (possibly effective) trials."""
    if n <= 0:
        return 0.0, 1.0
    z2n = z * z / n
    centre = (share + z2n / 2.0) / (1.0 + z2n)
    half = z / (1.0 + z2n) * math.sqrt(max(share * (1.0 - share), 0.0) / n + z2n / (4.0 * n))
    low = 0.0 if share <= 0.0 else max(0.0, min(centre - half, share))
    high = 1.0 if share >= 1.0 else min(1.0, max(centre + half, share))
    return low, high


def newcombe_interval(
    before: float, n_before: float, after: float, n_after: float, z: float
) -> tuple[float, float]:
    """Newcombe's hybrid score interval for ``after - before`` (his method 10, 1998)."""
    l1, u1 = wilson_interval(before, n_before, z)
    l2, u2 = wilson_interval(after, n_after, z)
    diff = after - before
    low = diff - math.sqrt((after - l2) ** 2 + (u1 - before) ** 2)
    high = diff + math.sqrt((u2 - after) ** 2 + (before - l1) ** 2)
    return max(-1.0, low), min(1.0, high)


def kish_effective_size(total: float, total_sq: float, documents: float) -> float:
    """Kish effective number of documents ``(sum w)^2 / sum w^2``, at most ``documents``."""
    if total <= 0 or total_sq <= 0:
        return 0.0
    return min(float(documents), total * total / total_sq)


#: Documents' worth of weight given to the dimension-wide spread of lengths when estimating a
#: slice's own spread: a few documents understate how skewed lengths are (see docs/methods.md).
PRIOR_DOCUMENTS = 20.0


def slice_effective_size(
    weight: float,
    weight_sq: float,
    slice_documents: float,
    total: float,
    total_sq: float,
    documents: float,
    pooled_spread: float = 0.0,
) -> float | None:
    """Effective size of a weighted share from its ratio-estimator (linearised) variance.

    The share ``p = W_s / N`` has variance ``(Q_s (1-p)^2 + (Q - Q_s) p^2) / N^2`` (times
    ``n/(n-1)``), where ``Q`` are sums of squared weights. ``Q_s`` enters through the slice's
    relative length variance ``k Q_s / W_s^2 - 1``, shrunk towards the dimension-wide one with
    the weight of PRIOR_DOCUMENTS, and at least ``pooled_spread`` (see pooled_spread). Returns
    ``p(1-p)/var``, or None when the variance is degenerate (share 0 or 1): callers fall back
    to Kish.
    """
    if total <= 0 or documents <= 1 or slice_documents <= 0:
        return None
    p = weight / total
    if p <= 0.0 or p >= 1.0:
        return None
    spread_slice = max(slice_documents * weight_sq / (weight * weight) - 1.0, 0.0)
    spread_all = max(documents * total_sq / (total * total) - 1.0, 0.0)
    spread = (slice_documents * spread_slice + PRIOR_DOCUMENTS * spread_all) / (
        slice_documents + PRIOR_DOCUMENTS
    )
    spread = max(spread, pooled_spread)
    slice_sq = weight * weight * (1.0 + spread) / slice_documents
    rest_sq = max(total_sq - weight_sq, 0.0)
    var = (slice_sq * (1 - p) ** 2 + rest_sq * p * p) / (total * total)
    var *= documents / (documents - 1)
    if var <= 0.0:
        return None
    return p * (1.0 - p) / var


def pooled_spread(
    weight: Mapping[str, float], weight_sq: Mapping[str, float], documents: Mapping[str, int]
) -> float:
    """Relative variance of document weights around their own slice's mean, pooled over every
    document: ``Σ_s k_s (k_s Q_s / W_s² − 1) / n``.

    A slice's few documents usually miss its rare very long ones and so understate its spread,
    even after shrinking; the pooled figure comes from all ``n`` documents. Used as a floor of
    each slice's spread (docs/methods.md has the simulation that chose it)."""
    n = sum(documents.values())
    if n <= 0:
        return 0.0
    parts = [
        k * max(k * weight_sq[key] / (weight[key] ** 2) - 1.0, 0.0)
        for key, k in documents.items()
        if k > 0 and weight.get(key, 0.0) > 0
    ]
    return math.fsum(parts) / n


def slice_status(
    low: float,
    high: float,
    reference: float,
    tau: float,
    *,
    zero: bool,
    expected: float,
    min_expected_missing: float,
    material: tuple[float, float] | None = None,
) -> Status:
    """Verdict for a referenced slice from its family-wise interval ``low, high``; see
    docs/methods.md. ``material`` is the slice's own (less corrected) interval: under/over/missing
    need the family-wise interval to exclude the reference share and ``material`` to clear
    ``τ·r`` (or ``r/τ``). Without it the family-wise interval must clear the threshold."""
    floor, ceiling = tau * reference, reference / tau
    m_low, m_high = material if material is not None else (low, high)
    if reference <= 0:  # the reference expects none: any row is too many
        return Status.OK if zero else (Status.OVER if low > 0 else Status.UNCERTAIN)
    below = high < reference and m_high < floor
    if zero:
        enough = below and expected >= min_expected_missing
        return Status.MISSING if enough else Status.UNCERTAIN
    if below:
        return Status.UNDER
    if low > reference and m_low > ceiling:
        return Status.OVER
    if low >= floor and high <= ceiling:
        return Status.OK
    return Status.UNCERTAIN


def total_variation(p: Mapping[str, float], r: Mapping[str, float]) -> float:
    """Total variation distance ``½ Σ |p_k - r_k|`` over the union of keys; in [0, 1]."""
    keys = set(p) | set(r)
    return min(1.0, 0.5 * math.fsum(abs(p.get(k, 0.0) - r.get(k, 0.0)) for k in keys))


def jensen_shannon(p: Mapping[str, float], r: Mapping[str, float]) -> float:
    """Jensen–Shannon divergence in bits (log base 2); in [0, 1]."""
    total = []
    for k in set(p) | set(r):
        a, b = p.get(k, 0.0), r.get(k, 0.0)
        m = (a + b) / 2.0
        if a > 0:
            total.append(0.5 * a * math.log2(a / m))
        if b > 0:
            total.append(0.5 * b * math.log2(b / m))
    return min(1.0, max(0.0, math.fsum(total)))


def hill_number(shares: Iterable[float], q: float) -> float | None:
    """Effective number of slices of order ``q``: 0 richness, 1 exp(Shannon), 2 inverse Simpson."""
    ps = [s for s in shares if s > 0]
    if not ps:
        return None
    if q == 0:
        return float(len(ps))
    if q == 1:
        return math.exp(-math.fsum(s * math.log(s) for s in ps))
    return math.fsum(s**q for s in ps) ** (1.0 / (1.0 - q))


# ---------------------------------------------------------------------------------------------
# Table-level comparison


@dataclass(frozen=True)
class _Known:
    weight: dict[str, float]
    weight_sq: dict[str, float]
    documents: dict[str, int]
    unknown: dict[str, float]
    unmapped: dict[str, float]


def _split_counts(counts: pl.DataFrame, weight: str) -> _Known:
    """Sum counts per key, separating known keys from unknown reasons."""
    if weight not in WEIGHTS:
        raise InputError(f"weight must be one of {', '.join(WEIGHTS)}, got {weight!r}")
    sq_column = WEIGHTS[weight]
    needed = ["key", "documents", weight, sq_column]
    missing = [c for c in needed if c not in counts.columns]
    if missing:
        raise ColumnNotFoundError(
            f"counts table lacks column(s) {', '.join(missing)} (has: {', '.join(counts.columns)})"
        )
    if "dimension" in counts.columns and counts["dimension"].n_unique() > 1:
        dims = ", ".join(sorted(counts["dimension"].unique().to_list()))
        raise InputError(f"compare_counts takes one dimension at a time, got: {dims}")
    if counts["key"].null_count():
        raise InputError("counts table has null keys; unknown rows must use a '?reason' key")
    summed = (
        counts.group_by("key")
        .agg(
            pl.col("documents").cast(pl.Float64).sum().alias("_d"),
            pl.col(weight).cast(pl.Float64).sum().alias("_w"),
            pl.col(sq_column).cast(pl.Float64).sum().alias("_q"),
        )
        .sort("key")
    )
    known = _Known({}, {}, {}, {}, {})
    for key, docs, w, q in summed.iter_rows():
        if key.startswith(UNKNOWN_PREFIX):
            reason, raw = split_unknown_key(key)
            known.unknown[reason] = known.unknown.get(reason, 0.0) + (w or 0.0)
            if raw is not None:
                known.unmapped[raw] = known.unmapped.get(raw, 0.0) + (w or 0.0)
        elif docs:
            known.weight[key] = w or 0.0
            known.weight_sq[key] = q or 0.0
            known.documents[key] = int(docs)
    return known


def _reference_shares(reference: pl.DataFrame) -> dict[str, float]:
    """Validated ``{key: share}`` with shares summing to 1; an explicit 0 is kept and judged."""
    missing = [c for c in ("key", "share") if c not in reference.columns]
    if missing:
        raise ColumnNotFoundError(f"reference table lacks column(s) {', '.join(missing)}")
    keys, shares = reference["key"].to_list(), reference["share"].cast(pl.Float64).to_list()
    if any(k is None for k in keys) or any(s is None for s in shares):
        raise InputError("reference table has null keys or shares")
    if len(set(keys)) != len(keys):
        raise InputError("reference table has duplicate keys")
    bad = [k for k, s in zip(keys, shares, strict=True) if not (math.isfinite(s) and s >= 0)]
    if bad:
        raise InputError(f"reference shares must be finite and >= 0 (bad: {', '.join(bad[:5])})")
    total = math.fsum(shares)
    if total <= 0:
        raise InputError("reference shares sum to 0")
    return {k: s / total for k, s in zip(keys, shares, strict=True)}


def compare_counts(
    counts: pl.DataFrame,
    reference: pl.DataFrame | None,
    *,
    weight: str = "documents",
    params: StatsParams = StatsParams(),
    undetectable: frozenset[str] = frozenset(),
    label: Callable[[str], str] | None = None,
    clusters: pl.DataFrame | None = None,
    detail: bool = True,
) -> Comparison:
    """Compare one dimension's counts (COUNTS_SCHEMA rows) with a reference (REFERENCE_SCHEMA).

    ``reference=None`` compares with a uniform distribution over the observed keys.
    ``undetectable`` names reference keys the measuring instrument can never output: unless
    observed anyway, they get status ``undetectable`` and the rest of the reference is
    renormalised without them. ``clusters`` holds per-(key, bucket) sums (see
    datacensus.clusters) for cluster-robust variances. ``detail=False`` skips the power columns
    and the distances' noise (simulations of interval coverage do not need them).
    """
    label = label or str
    data = _split_counts(counts, weight)
    notes: list[str] = []

    if reference is None:
        ref = {k: 1.0 / len(data.weight) for k in data.weight} if data.weight else {}
        notes.append(
            f"no reference given: compared with equal shares over the {len(ref)} observed slices"
        )
    else:
        ref = _reference_shares(reference)
    blind = {k for k in undetectable if k in ref and not data.weight.get(k)}
    blind_mass = math.fsum(ref[k] for k in blind)
    seen_mass = 1.0 - blind_mass
    detectable = (
        {k: s / seen_mass for k, s in ref.items() if k not in blind} if seen_mass > 0 else {}
    )
    if blind:
        notes.append(
            f"{len(blind)} referenced slices ({blind_mass:.1%} of the reference) cannot be "
            "detected by the measuring instrument; the rest of the reference was renormalised "
            "to sum to 1"
        )

    total = math.fsum(data.weight.values())
    total_sq = math.fsum(data.weight_sq.values())
    documents = sum(data.documents.values())
    deff_given = params.sample_design_effect
    if weight == "documents":
        n_base = float(documents)
    else:
        if total > 0 and total_sq <= 0:
            raise InputError(f"counts table has {weight} but no {WEIGHTS[weight]} (sum of squares)")
        n_base = kish_effective_size(total, total_sq, documents)

    keys = sorted(set(data.weight) | set(ref))
    judged = [k for k in keys if k not in blind]
    family = len(judged) or 1
    alpha = family_alpha(params.confidence, family, params.correction)
    z = z_value(params.confidence, family, params.correction)

    w = np.array([data.weight.get(k, 0.0) for k in keys], dtype=np.float64)
    share = w / total if total > 0 else np.full(len(keys), np.nan)
    floor = (
        pooled_spread(data.weight, data.weight_sq, data.documents) if weight != "documents" else 0.0
    )
    srs = np.array(
        [_srs_size(k, data, weight, total, total_sq, documents, n_base, floor) for k in keys],
        dtype=np.float64,
    )
    cluster_size, deff_clusters = (None, None)
    if clusters is not None and total > 0:
        cluster_size, deff_clusters = cluster_effective_sizes(
            clusters, keys, share, total, weight, srs, alpha
        )
    n_slice = (cluster_size if cluster_size is not None else srs) / deff_given
    n_dim = n_base / deff_given / (deff_clusters or 1.0)
    n_slice = np.where(w > 0, n_slice, n_dim)
    alpha_material = params.material_alpha(alpha)
    if total > 0:
        low, high = proportion_interval(share, n_slice, alpha, params.interval)
        m_low, m_high = proportion_interval(share, n_slice, alpha_material, params.interval)
    else:
        low = high = m_low = m_high = np.full(len(keys), np.nan)
    r_arr = np.array([detectable.get(k, np.nan) for k in keys], dtype=np.float64)

    rows = []
    for i, key in enumerate(keys):
        has_share = total > 0
        r = detectable.get(key)
        lo = float(low[i]) if has_share else None
        hi = float(high[i]) if has_share else None
        expected = total * r if r is not None else None
        if key in blind:
            status = Status.UNDETECTABLE
        elif r is None:
            status = Status.UNREFERENCED
        elif lo is None or hi is None:
            status = Status.UNCERTAIN
        else:
            status = slice_status(
                lo,
                hi,
                r,
                params.tau,
                zero=w[i] <= 0,
                expected=n_dim * r,
                min_expected_missing=params.min_expected_missing,
                material=(float(m_low[i]), float(m_high[i])),
            )
        s_i = float(share[i]) if has_share else None
        rows.append(
            {
                "key": key,
                "label": label(key),
                "count": float(w[i]),
                "share": s_i,
                "ci_low": lo,
                "ci_high": hi,
                "reference_share": ref[key] if key in blind else r,
                "expected": expected,
                "ratio": s_i / r if s_i is not None and r else None,
                "ratio_low": lo / r if lo is not None and r else None,
                "ratio_high": hi / r if hi is not None and r else None,
                "status": str(status),
                "effective_documents": float(n_slice[i]) if has_share else None,
            }
        )
    if detail and total > 0:
        _add_power(rows, share, n_slice, r_arr, alpha, params, documents)
    slices = pl.DataFrame(rows, schema=COVERAGE_SCHEMA, orient="row") if rows else None
    if slices is None:
        slices = pl.DataFrame(schema=COVERAGE_SCHEMA)
    slices = slices.sort(["count", "key"], descending=[True, False])

    if total <= 0:
        notes.append("no rows with a known key: shares and intervals are undefined")
    if params.sampled:
        fraction = params.sample_fraction or 1.0
        widen = 1.0 / math.sqrt(fraction)
        text = (
            f"sampled: about {fraction:.1%} of the corpus was read "
            f"({documents} documents with a known key); intervals come from the documents read, "
            f"so they are about {widen:.1f}x wider than a full read would give"
        )
        if deff_given > 1:
            text += f", and widened by a further {math.sqrt(deff_given):.2f}x for block sampling"
        notes.append(text)
    elif deff_given > 1:
        notes.append(
            f"intervals widened {math.sqrt(deff_given):.2f}x for a given design effect of "
            f"{deff_given:g} (clustered documents)"
        )

    unknown_total = math.fsum(data.unknown.values())
    shares = {k: w / total for k, w in data.weight.items()} if total > 0 else {}
    metrics = _metrics(shares, detectable, data, total, unknown_total)
    if detail and total > 0 and detectable:
        metrics.update(distance_noise(shares, detectable, n_dim))
    design_effect = (documents / n_dim) if n_dim > 0 else None
    metrics.update(
        {
            "reference_mass_undetectable": blind_mass if ref else None,
            "effective_documents": n_dim,
            "design_effect": design_effect,
            "design_effect_clusters": deff_clusters,
            "z": z,
            "alpha_per_slice": alpha,
            "alpha_materiality": alpha_material,
            "family_size": float(family),
        }
    )
    if clusters is not None and total > 0 and deff_clusters is None:
        notes.append(
            "all documents fall in one cluster: no cluster-robust variance is possible, "
            "intervals treat documents as independent"
        )
    if clusters is not None and deff_clusters is not None and deff_clusters >= DEFF_WARN:
        notes.append(
            f"documents are clustered: design effect {deff_clusters:.1f} "
            f"(the data carry about as much information as {n_dim:,.0f} independent "
            "documents); intervals account for it"
        )
    unmapped = dict(sorted(data.unmapped.items(), key=lambda kv: (-kv[1], kv[0]))[:UNMAPPED_TOP])
    return Comparison(
        slices=slices,
        total=total,
        documents=documents,
        unknown=dict(sorted(data.unknown.items())),
        unmapped=unmapped,
        metrics=metrics,
        notes=tuple(notes),
    )


def _srs_size(
    key: str,
    data: _Known,
    weight: str,
    total: float,
    total_sq: float,
    documents: int,
    n_base: float,
    floor: float,
) -> float:
    """Effective size of a slice's share when documents are independent."""
    w = data.weight.get(key, 0.0)
    if weight == "documents" or total <= 0 or not 0 < w < total:
        return n_base
    eff = slice_effective_size(
        w, data.weight_sq[key], data.documents[key], total, total_sq, documents, floor
    )
    return eff if eff is not None else n_base


def _metrics(
    shares: dict[str, float],
    reference: dict[str, float],
    data: _Known,
    total: float,
    unknown_total: float,
) -> dict[str, float | None]:
    """Dimension-level distances and diversity (observed vs the detectable reference)."""
    have = bool(shares)
    both = have and bool(reference)
    covered = math.fsum(s for k, s in reference.items() if data.weight.get(k, 0.0) > 0)
    everything = total + unknown_total
    return {
        "tvd": total_variation(shares, reference) if both else None,
        "jsd": jensen_shannon(shares, reference) if both else None,
        "reference_mass_covered": min(1.0, covered) if reference else None,
        "unreferenced_share": (
            min(1.0, math.fsum(s for k, s in shares.items() if k not in reference))
            if both
            else None
        ),
        "unknown_share": unknown_total / everything if everything > 0 else None,
        "hill_observed_q0": hill_number(shares.values(), 0),
        "hill_observed_q1": hill_number(shares.values(), 1),
        "hill_observed_q2": hill_number(shares.values(), 2),
        "hill_reference_q0": hill_number(reference.values(), 0),
        "hill_reference_q1": hill_number(reference.values(), 1),
        "hill_reference_q2": hill_number(reference.values(), 2),
    }
