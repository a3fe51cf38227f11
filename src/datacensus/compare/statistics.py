"""Shares, intervals, statuses and dimension metrics: pure functions over counts and references.

Nothing here reads or writes files. docs/methods.md (generated from methods.py) explains every
formula in plain words; keep the two in step.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from statistics import NormalDist

import polars as pl

from datacensus.errors import ColumnNotFoundError, InputError
from datacensus.schema import COVERAGE_SCHEMA, UNKNOWN_PREFIX, Status, split_unknown_key

#: Units a share can be measured in, and the column holding each one's sum of squares.
WEIGHTS: dict[str, str] = {"documents": "documents", "chars": "chars_sq", "tokens": "tokens_sq"}
CORRECTIONS = ("bonferroni", "none")
UNMAPPED_TOP = 20


@dataclass(frozen=True)
class StatsParams:
    """Thresholds of the comparison. Defaults are explained in docs/methods.md."""

    confidence: float = 0.95  # family-wise, per dimension
    tau: float = 0.5  # under below tau*r, over above r/tau
    min_expected_missing: float = 5.0  # 'missing' needs at least this many expected documents
    correction: str = "bonferroni"  # or "none"
    sample_fraction: float | None = None  # fraction of the corpus read, when sampled
    sample_design_effect: float = 1.0  # >1 when the sample was drawn in blocks (files, shards)

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
        if problems:
            raise InputError("invalid statistics parameters: " + "; ".join(problems))

    @property
    def sampled(self) -> bool:
        return self.sample_fraction is not None and self.sample_fraction < 1.0

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


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
) -> float | None:
    """Effective size of a weighted share from its ratio-estimator (linearised) variance.

    The share ``p = W_s / N`` has variance ``(Q_s (1-p)^2 + (Q - Q_s) p^2) / N^2`` (times
    ``n/(n-1)``), where ``Q`` are sums of squared weights. ``Q_s`` enters through the slice's
    relative length variance ``k Q_s / W_s^2 - 1``, shrunk towards the dimension-wide one with
    the weight of PRIOR_DOCUMENTS. Returns ``p(1-p)/var``, or None when the variance is
    degenerate (share 0 or 1): callers fall back to Kish.
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
    slice_sq = weight * weight * (1.0 + spread) / slice_documents
    rest_sq = max(total_sq - weight_sq, 0.0)
    var = (slice_sq * (1 - p) ** 2 + rest_sq * p * p) / (total * total)
    var *= documents / (documents - 1)
    if var <= 0.0:
        return None
    return p * (1.0 - p) / var


def slice_status(
    low: float,
    high: float,
    reference: float,
    tau: float,
    *,
    zero: bool,
    expected: float,
    min_expected_missing: float,
) -> Status:
    """Verdict for a referenced slice from its (corrected) interval; see docs/methods.md."""
    floor, ceiling = tau * reference, reference / tau
    if zero:
        enough = high < floor and expected >= min_expected_missing
        return Status.MISSING if enough else Status.UNCERTAIN
    if high < floor:
        return Status.UNDER
    if low > ceiling:
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
    """Validated ``{key: share}`` with shares summing to 1 (zero shares dropped)."""
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
    return {k: s / total for k, s in zip(keys, shares, strict=True) if s > 0}


def compare_counts(
    counts: pl.DataFrame,
    reference: pl.DataFrame | None,
    *,
    weight: str = "documents",
    params: StatsParams = StatsParams(),
    undetectable: frozenset[str] = frozenset(),
    label: Callable[[str], str] | None = None,
) -> Comparison:
    """Compare one dimension's counts (COUNTS_SCHEMA rows) with a reference (REFERENCE_SCHEMA).

    ``reference=None`` compares with a uniform distribution over the observed keys.
    ``undetectable`` names reference keys the measuring instrument can never output: unless
    observed anyway, they get status ``undetectable`` and the rest of the reference is
    renormalised without them.
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
    deff_sample = params.sample_design_effect if params.sampled else 1.0
    if weight == "documents":
        n_base = float(documents)
    else:
        if total > 0 and total_sq <= 0:
            raise InputError(f"counts table has {weight} but no {WEIGHTS[weight]} (sum of squares)")
        n_base = kish_effective_size(total, total_sq, documents)
    n_eff = n_base / deff_sample

    family = len(detectable) or len(data.weight) or 1
    z = z_value(params.confidence, family, params.correction)

    rows = []
    for key in sorted(set(data.weight) | set(ref)):
        w = data.weight.get(key, 0.0)
        share = w / total if total > 0 else None
        r = detectable.get(key)
        low = high = None
        if share is not None:
            n_slice = n_eff
            if weight != "documents" and 0 < share < 1:
                eff = slice_effective_size(
                    w, data.weight_sq[key], data.documents[key], total, total_sq, documents
                )
                n_slice = (eff if eff is not None else n_base) / deff_sample
            low, high = wilson_interval(share, n_slice, z)
        expected = total * r if r is not None else None
        if key in blind:
            status = Status.UNDETECTABLE
        elif r is None:
            status = Status.UNREFERENCED
        elif low is None or high is None:
            status = Status.UNCERTAIN
        else:
            status = slice_status(
                low,
                high,
                r,
                params.tau,
                zero=w <= 0,
                expected=n_eff * r,
                min_expected_missing=params.min_expected_missing,
            )
        rows.append(
            {
                "key": key,
                "label": label(key),
                "count": w,
                "share": share,
                "ci_low": low,
                "ci_high": high,
                "reference_share": ref[key] if key in blind else r,
                "expected": expected,
                "ratio": share / r if share is not None and r else None,
                "ratio_low": low / r if low is not None and r else None,
                "ratio_high": high / r if high is not None and r else None,
                "status": str(status),
            }
        )
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
        if deff_sample > 1:
            text += f", and widened by a further {math.sqrt(deff_sample):.2f}x for block sampling"
        notes.append(text)

    unknown_total = math.fsum(data.unknown.values())
    shares = {k: w / total for k, w in data.weight.items()} if total > 0 else {}
    metrics = _metrics(shares, detectable, data, total, unknown_total)
    metrics.update(
        {
            "reference_mass_undetectable": blind_mass if ref else None,
            "effective_documents": n_eff,
            "design_effect": (documents / n_eff) if n_eff > 0 else None,
            "z": z,
            "family_size": float(family),
        }
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
