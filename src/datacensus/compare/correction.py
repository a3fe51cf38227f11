"""Language shares corrected for language-ID error: quantification from a confusion matrix.

Observed label counts ``q`` (over predicted labels, unknown reasons included) come from true
shares ``p`` through the model's confusion ``C[k, j] = P(predicted j | true k)``:
``E[q / N] = C^T p``. Two estimators of ``p`` on the simplex:

* ``em``: maximum likelihood of the multinomial ``q ~ Mult(N, C^T p)`` by EM (the prior
  re-estimation of Saerens, Latinne & Decaestecker 2002 with confusion rates in place of
  per-document posteriors);
* ``acc``: adjusted classify-and-count, least squares ``min ||C^T p - q/N||`` on the simplex
  (black-box shift estimation, Lipton, Wang & Smola 2018, with the inversion constrained).

Uncertainty combines both sources by a parametric bootstrap: each replicate draws every
confusion row from its Dirichlet posterior (profile counts + a small prior) and the observed
counts from a multinomial, then re-estimates. Pure numpy; nothing here reads files.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from statistics import NormalDist

import numpy as np

from datacensus.errors import InputError

METHODS = ("em", "acc")
#: A true language needs at least this many labelled texts in the profile to be corrected.
DEFAULT_MIN_TEXTS = 20
#: A profile language whose recall is at least this and whose label the model never output in
#: the audited counts is taken as absent (not a class): otherwise small samples leak share into
#: every language that is sometimes read as a frequent one. Languages read correctly less often
#: (recall below this) stay classes, as their absence from the labels is no evidence.
PRUNE_RECALL = 0.5
#: A profile language the model names for fewer than this share of its texts cannot be told
#: apart from what it is read as (Maithili read as Hindi): it is not corrected, not guessed.
MIN_RECALL = 0.1
#: Dirichlet prior mass per confusion row, spread evenly over the labels (Jeffreys-like).
PRIOR_MASS = 0.5
DEFAULT_REPLICATES = 200
#: Class that pools the profile's languages the model cannot output.
UNDETECTABLE = "?undetectable"
#: Convergence tolerance of bootstrap replicates (shares); far below their spread.
BOOTSTRAP_TOL = 1e-6
#: Iteration cap of bootstrap replicates (warm-started from the estimate).
BOOTSTRAP_ITER = 300
#: Interval bounds below this are reported as 0.
TINY = 1e-9
#: A replicate share at or below this counts as zero.
ZERO = 1e-9


@dataclass(frozen=True)
class Design:
    """The classes and labels of one correction problem."""

    classes: list[str]  # true classes: profile languages, identity rows, maybe UNDETECTABLE
    labels: list[str]  # predicted labels (columns)
    counts: np.ndarray  # (K, J) profile counts; identity rows hold a single huge count
    fixed: np.ndarray  # (K,) bool: identity rows, not resampled
    uncorrectable: dict[str, str]  # key -> why it keeps its raw count


@dataclass(frozen=True)
class Correction:
    """Corrected shares over languages with their uncertainty."""

    method: str
    shares: dict[str, float]  # over languages (UNDETECTABLE excluded), sum 1
    raw: dict[str, float]  # raw shares over known labels
    se: dict[str, float]  # bootstrap standard error of each corrected share
    low: dict[str, float]  # bootstrap percentile interval
    high: dict[str, float]
    bias: dict[str, float]  # bootstrap mean minus point estimate
    zero: dict[str, float]  # fraction of replicates estimating the share as 0
    undetectable_share: float | None  # estimated share of all corrected rows; None if unmodelled
    documents: float  # rows entering the correction (known + modelled unknown reasons)
    uncorrectable: dict[str, str] = field(default_factory=dict)
    replicates: int = 0
    raw_documents: float = 0.0  # rows with a known raw label
    samples: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def interval(self, key: str, z: float) -> tuple[float, float]:
        """Interval at normal quantile ``z``: the union of a Wilson interval at the effective
        size (`effective_size`) and the bootstrap percentile and basic intervals of that level.

        The estimate cannot go below 0, so it is biased upwards for small shares, and the
        replicates are centred on it rather than on the truth: the Wilson and percentile
        intervals each under-cover small shares, the basic one (the percentiles reflected about
        the estimate) corrects for that centring. Coverage per language, measured by
        ``scripts/lid_correction_simulations.py``, is in docs/language-id.md.
        """
        from datacensus.compare.statistics import wilson_interval

        share = self.shares.get(key, 0.0)
        low, high = wilson_interval(share, self.effective_size(key), z)
        boot = self.samples.get(key)
        if boot is not None and len(boot):
            tail = 1.0 - NormalDist().cdf(z)
            b_low, b_high = (float(x) for x in np.quantile(boot, [tail, 1.0 - tail]))
            low = min(low, b_low, 2.0 * share - b_high)
            high = max(high, b_high, 2.0 * share - b_low)
        low = 0.0 if low < TINY else low  # 1e-27 is 0 for anyone reading a report
        return max(0.0, low), min(1.0, high)

    def effective_size(self, key: str) -> float:
        """``p(1-p)/se^2`` capped at the rows used: the size a plain count would need."""
        floor = 1.0 / max(self.documents, 1.0)
        p = min(max(self.shares.get(key, 0.0), floor), 1.0 - floor)
        se = self.se.get(key, 0.0)
        if se <= 0.0:
            return self.documents
        return min(self.documents, p * (1.0 - p) / (se * se))


def design(
    confusion: Mapping[str, Mapping[str, float]],
    observed: Mapping[str, float],
    *,
    outputs: frozenset[str] | None = None,
    min_texts: int = DEFAULT_MIN_TEXTS,
    prune_recall: float = PRUNE_RECALL,
    min_recall: float = MIN_RECALL,
) -> Design:
    """Classes and labels for ``observed`` counts given a profile's ``confusion`` (true -> pred).

    Profile languages with at least ``min_texts`` texts that the model can output (``outputs``;
    all when None) are classes; those it cannot output are pooled into `UNDETECTABLE`. An
    observed language without such a row keeps its count (an identity row) and is listed in
    ``uncorrectable``.
    """
    if min_texts < 1:
        raise InputError(f"min_texts must be >= 1, got {min_texts!r}")
    labels = sorted(
        {j for row in confusion.values() for j in row} | {j for j, n in observed.items() if n > 0}
    )
    index = {j: i for i, j in enumerate(labels)}
    rows: list[np.ndarray] = []
    classes: list[str] = []
    fixed: list[bool] = []
    uncorrectable: dict[str, str] = {}
    pooled = np.zeros(len(labels))
    for key in sorted(confusion):
        vector = np.zeros(len(labels))
        for j, n in confusion[key].items():
            vector[index[j]] += float(n)
        total = vector.sum()
        if outputs is not None and key not in outputs:
            pooled += vector
        elif (
            total >= min_texts
            and observed.get(key, 0) <= 0
            and _recall(vector, key, index) >= (prune_recall)
        ):
            continue  # a language its model usually names, yet never named here: absent
        elif total >= min_texts and _recall(vector, key, index) < min_recall:
            why = f"the model names it for {_recall(vector, key, index):.0%} of its profile texts"
            uncorrectable[key] = why + f" (below {min_recall:.0%}): not separable"
        elif total >= min_texts:
            classes.append(key)
            rows.append(vector)
            fixed.append(False)
        else:
            uncorrectable[key] = f"{int(total)} profile texts (fewer than {min_texts})"
    if pooled.sum() >= min_texts:
        classes.append(UNDETECTABLE)
        rows.append(pooled)
        fixed.append(False)
    for j in labels:
        if j.startswith("?") or j in classes or observed.get(j, 0) <= 0:
            continue
        uncorrectable.setdefault(j, "not in the profile")
        vector = np.zeros(len(labels))
        vector[index[j]] = 1.0
        classes.append(j)
        rows.append(vector)
        fixed.append(True)
    return Design(
        classes=classes,
        labels=labels,
        counts=np.array(rows).reshape(len(rows), len(labels)),
        fixed=np.array(fixed, dtype=bool),
        uncorrectable={
            k: v for k, v in uncorrectable.items() if _relevant(k, confusion.get(k, {}), observed)
        },
    )


def _relevant(key: str, row: Mapping[str, float], observed: Mapping[str, float]) -> bool:
    """Whether an uncorrected language matters here: its label was seen, or a label it is
    often (10%+) read as was."""
    if observed.get(key, 0) > 0:
        return True
    total = sum(row.values())
    return any(n >= 0.1 * total and observed.get(j, 0) > 0 for j, n in row.items())


def _recall(vector: np.ndarray, key: str, index: Mapping[str, int]) -> float:
    total = float(vector.sum())
    return float(vector[index[key]]) / total if key in index and total > 0 else 0.0


def rates(counts: np.ndarray, fixed: np.ndarray, prior: float = PRIOR_MASS) -> np.ndarray:
    """Row-normalised confusion with ``prior`` mass per (non-fixed) row spread over labels."""
    counts = np.asarray(counts, dtype=float)
    smoothed = counts + np.where(fixed, 0.0, prior / counts.shape[-1])[..., None]
    return smoothed / smoothed.sum(axis=-1, keepdims=True)


def solve_em(
    confusion: np.ndarray,
    q: np.ndarray,
    *,
    tol: float = 1e-9,
    max_iter: int = 3000,
    start: np.ndarray | None = None,
) -> np.ndarray:
    """Multinomial maximum-likelihood shares by EM, accelerated (SQUAREM, Varadhan & Roland
    2008); batched over leading axes.

    ``confusion``: (..., K, J) rows summing to 1 (over all labels; only observed ones given);
    ``q``: (..., J) observed counts.
    """
    q = np.asarray(q, dtype=float)
    total = q.sum(axis=-1, keepdims=True)
    weights = np.divide(q, total, out=np.zeros_like(q), where=total > 0)

    def step(p: np.ndarray) -> np.ndarray:
        mixed = (p[..., None, :] @ confusion)[..., 0, :]  # batched matmul: BLAS, not einsum
        ratio = np.divide(weights, mixed, out=np.zeros_like(weights), where=mixed > 0)
        new = p * (confusion @ ratio[..., None])[..., 0]
        return new / np.maximum(new.sum(axis=-1, keepdims=True), 1e-300)

    k = confusion.shape[-2]
    p = np.full((*q.shape[:-1], k), 1.0 / k)
    if start is not None:  # a warm start; keep every share positive so EM can still move it
        p = np.broadcast_to(np.maximum(start, 1e-6 / k), p.shape).copy()
        p /= p.sum(axis=-1, keepdims=True)
    for _ in range(max_iter // 3):
        p1 = step(p)
        p2 = step(p1)
        r = p1 - p
        v = p2 - p1 - r
        r_norm = np.sqrt((r * r).sum(axis=-1, keepdims=True))
        v_norm = np.sqrt((v * v).sum(axis=-1, keepdims=True))
        alpha = -np.divide(r_norm, v_norm, out=np.ones_like(r_norm), where=v_norm > 0)
        alpha = np.minimum(alpha, -1.0)
        jump = p - 2.0 * alpha * r + alpha * alpha * v
        # A step leaving the simplex falls back to plain EM (EM never revives a zero share).
        outside = (jump < 0.0).any(axis=-1, keepdims=True)
        jump = np.where(outside, p2, jump)
        jump /= np.maximum(jump.sum(axis=-1, keepdims=True), 1e-300)
        new = step(jump)
        done = np.max(np.abs(new - p2)) < tol and np.max(np.abs(new - p)) < tol * 10
        p = new
        if done:
            break
    return p


def _project_simplex(v: np.ndarray) -> np.ndarray:
    """Euclidean projection of each row (last axis) onto the probability simplex."""
    k = v.shape[-1]
    u = -np.sort(-v, axis=-1)
    css = np.cumsum(u, axis=-1) - 1.0
    ind = np.arange(1, k + 1)
    cond = u - css / ind > 0
    rho = k - 1 - np.argmax(cond[..., ::-1], axis=-1)
    theta = np.take_along_axis(css, rho[..., None], axis=-1) / (rho[..., None] + 1.0)
    return np.maximum(v - theta, 0.0)


def solve_acc(
    confusion: np.ndarray,
    q: np.ndarray,
    *,
    tol: float = 1e-12,
    max_iter: int = 5000,
    start: np.ndarray | None = None,
) -> np.ndarray:
    """Simplex-constrained least squares ``min ||C^T p - q/N||^2`` (accelerated projected
    gradient); batched over leading axes like `solve_em`."""
    q = np.asarray(q, dtype=float)
    total = q.sum(axis=-1, keepdims=True)
    target = np.divide(q, total, out=np.zeros_like(q), where=total > 0)
    gram = np.einsum("...kj,...lj->...kl", confusion, confusion)
    lipschitz = np.linalg.eigvalsh(gram)[..., -1]
    step = 1.0 / np.maximum(lipschitz, 1e-12)
    linear = np.einsum("...kj,...j->...k", confusion, target)
    k = confusion.shape[-2]
    p = np.full((*q.shape[:-1], k), 1.0 / k)
    if start is not None:
        p = np.broadcast_to(start, p.shape).copy()
    y, t = p.copy(), 1.0
    for _ in range(max_iter):
        grad = np.einsum("...kl,...l->...k", gram, y) - linear
        new = _project_simplex(y - step[..., None] * grad)
        t_next = (1.0 + math.sqrt(1.0 + 4.0 * t * t)) / 2.0
        y = new + (t - 1.0) / t_next * (new - p)
        done = np.max(np.abs(new - p)) < tol
        p, t = new, t_next
        if done:
            break
    return p


SOLVERS = {"em": solve_em, "acc": solve_acc}


def correct_shares(
    confusion: Mapping[str, Mapping[str, float]],
    observed: Mapping[str, float],
    *,
    method: str = "em",
    outputs: frozenset[str] | None = None,
    min_texts: int = DEFAULT_MIN_TEXTS,
    replicates: int = DEFAULT_REPLICATES,
    seed: int = 0,
    level: float = 0.95,
    prune_recall: float = PRUNE_RECALL,
    min_recall: float = MIN_RECALL,
) -> Correction:
    """Corrected language shares from ``observed`` label counts and a profile's ``confusion``.

    ``observed`` holds documents per predicted label over the rows to correct: known languages
    plus the unknown reasons the profile also records (``?too_short``, ``?low_confidence``).
    """
    if method not in SOLVERS:
        raise InputError(f"correction method must be one of {', '.join(METHODS)}, got {method!r}")
    bad = [k for k, n in observed.items() if not (math.isfinite(n) and n >= 0)]
    if bad:
        raise InputError(f"observed counts must be finite and >= 0 (bad: {', '.join(bad[:5])})")
    d = design(
        confusion,
        observed,
        outputs=outputs,
        min_texts=min_texts,
        prune_recall=prune_recall,
        min_recall=min_recall,
    )
    q = np.array([float(observed.get(j, 0.0)) for j in d.labels])
    n = float(q.sum())
    raw_total = math.fsum(v for k, v in observed.items() if not k.startswith("?"))
    raw = {k: v / raw_total for k, v in observed.items() if not k.startswith("?") and v > 0}
    if n <= 0 or not d.classes:
        return Correction(
            method, {}, raw, {}, {}, {}, {}, {}, None, n, d.uncorrectable, 0, raw_total
        )
    solve = SOLVERS[method]
    used = q > 0 if method == "em" else np.ones_like(q, dtype=bool)
    point = solve(rates(d.counts, d.fixed)[:, used], q[used])
    samples = _bootstrap(d, q, used, solve, replicates, seed, point) if replicates > 0 else None
    languages = [i for i, key in enumerate(d.classes) if key != UNDETECTABLE]
    shares = _renormalise(point[languages])
    keys = [d.classes[i] for i in languages]
    alpha = (1.0 - level) / 2.0
    se: dict[str, float] = {}
    low: dict[str, float] = {}
    high: dict[str, float] = {}
    bias: dict[str, float] = {}
    zero: dict[str, float] = {}
    draws: dict[str, np.ndarray] = {}
    if samples is not None:
        boot = _renormalise(samples[:, languages])
        spread = boot.std(axis=0, ddof=1) if len(boot) > 1 else np.zeros(len(keys))
        lows, highs = np.quantile(boot, [alpha, 1.0 - alpha], axis=0)
        se = dict(zip(keys, spread.tolist(), strict=True))
        low = dict(zip(keys, np.minimum(lows, shares).tolist(), strict=True))
        high = dict(zip(keys, np.maximum(highs, shares).tolist(), strict=True))
        bias = dict(zip(keys, (boot.mean(axis=0) - shares).tolist(), strict=True))
        zero = dict(zip(keys, (boot <= ZERO).mean(axis=0).tolist(), strict=True))
        draws = {key: boot[:, i] for i, key in enumerate(keys)}
    undetectable = None
    if UNDETECTABLE in d.classes:
        undetectable = float(point[d.classes.index(UNDETECTABLE)])
    return Correction(
        method=method,
        shares=dict(zip(keys, shares.tolist(), strict=True)),
        raw=raw,
        se=se,
        low=low,
        high=high,
        bias=bias,
        zero=zero,
        undetectable_share=undetectable,
        documents=n,
        uncorrectable=d.uncorrectable,
        replicates=0 if samples is None else len(samples),
        raw_documents=raw_total,
        samples=draws,
    )


def _renormalise(p: np.ndarray) -> np.ndarray:
    total = p.sum(axis=-1, keepdims=True)
    return np.divide(p, total, out=np.zeros_like(p), where=total > 0)


def _bootstrap(
    d: Design,
    q: np.ndarray,
    used: np.ndarray,
    solve: object,
    replicates: int,
    seed: int,
    start: np.ndarray,
) -> np.ndarray:
    """Replicate estimates with profile rows and observed counts redrawn; (B, K)."""
    rng = np.random.default_rng(seed)
    n = int(np.rint(q.sum()))
    prior = PRIOR_MASS / d.counts.shape[1]
    out = []
    chunk = max(1, min(replicates, 4_000_000 // max(1, d.counts.size)))
    for first in range(0, replicates, chunk):
        size = min(chunk, replicates - first)
        draws = rng.gamma(np.broadcast_to(d.counts + prior, (size, *d.counts.shape)))
        draws = np.where(d.fixed[None, :, None], d.counts[None], draws)
        confusion = draws / np.maximum(draws.sum(axis=-1, keepdims=True), 1e-300)
        counts = rng.multinomial(n, q / q.sum(), size=size).astype(float)
        # Replicates start from the estimate; their precision need only match their spread.
        found = solve(  # type: ignore[operator]
            confusion[..., used],
            counts[:, used],
            start=start,
            tol=BOOTSTRAP_TOL,
            max_iter=BOOTSTRAP_ITER,
        )
        out.append(found)
    return np.concatenate(out, axis=0)


def total_variation(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """``½ Σ |a_k - b_k|`` over the union of keys."""
    return 0.5 * math.fsum(abs(a.get(k, 0.0) - b.get(k, 0.0)) for k in set(a) | set(b))


def observed_for_correction(counts: Mapping[str, float], labels: Sequence[str]) -> dict[str, float]:
    """The label counts that enter the correction: known keys plus the unknown reasons the
    profile records (``labels``); other unknown rows (``?empty``, ...) stay outside."""
    kept = set(labels)
    return {
        k: float(v) for k, v in counts.items() if v > 0 and (not k.startswith("?") or k in kept)
    }


def combine(parts: Mapping[str, Correction]) -> Correction:
    """One correction from independent ones over disjoint strata (e.g. text-length buckets).

    Corrected documents add up: each stratum contributes its language-known documents
    times its shares; bootstrap replicates are combined replicate by replicate (the strata
    are drawn independently).
    """
    if not parts:
        raise InputError("combine needs at least one stratum")
    items = list(parts.items())
    keys = sorted({k for _, c in items for k in c.shares})
    weights = {name: c.documents * (1.0 - (c.undetectable_share or 0.0)) for name, c in items}
    total = math.fsum(weights.values())
    shares = {
        k: math.fsum(weights[n] * c.shares.get(k, 0.0) for n, c in items) / total
        if total > 0
        else 0.0
        for k in keys
    }
    raw_counts: dict[str, float] = {}
    for _, c in items:
        known = math.fsum(c.raw.values())
        scale = _raw_known(c)
        for k, v in c.raw.items():
            raw_counts[k] = raw_counts.get(k, 0.0) + v / known * scale if known else 0.0
    raw_total = math.fsum(raw_counts.values())
    raw = {k: v / raw_total for k, v in raw_counts.items()} if raw_total else {}
    replicates = min((c.replicates for _, c in items), default=0)
    samples: dict[str, np.ndarray] = {}
    if replicates > 0 and total > 0:
        for k in keys:
            draws = np.zeros(replicates)
            for n, c in items:
                part = c.samples.get(k)
                if part is not None:
                    draws += weights[n] * part[:replicates]
                else:
                    draws += weights[n] * c.shares.get(k, 0.0)
            samples[k] = draws / total
    se = {k: float(v.std(ddof=1)) for k, v in samples.items()} if replicates > 1 else {}
    undetectable = [c.undetectable_share for _, c in items if c.undetectable_share is not None]
    documents = math.fsum(c.documents for _, c in items)
    lost = math.fsum(c.documents * (c.undetectable_share or 0.0) for _, c in items)
    uncorrectable: dict[str, str] = {}
    for name, c in items:
        for k, why in c.uncorrectable.items():
            uncorrectable.setdefault(k, f"{why} ({name} texts)")
    return Correction(
        method=items[0][1].method,
        shares=shares,
        raw=raw,
        se=se,
        low={k: float(np.quantile(v, 0.025)) for k, v in samples.items()},
        high={k: float(np.quantile(v, 0.975)) for k, v in samples.items()},
        bias={k: float(v.mean()) - shares[k] for k, v in samples.items()},
        zero={k: float((v <= ZERO).mean()) for k, v in samples.items()},
        undetectable_share=lost / documents if undetectable and documents else None,
        documents=documents,
        uncorrectable=uncorrectable,
        replicates=replicates,
        raw_documents=math.fsum(c.raw_documents for _, c in items),
        samples=samples,
    )


def _raw_known(c: Correction) -> float:
    """Documents of a stratum that had a known label (the raw share denominator)."""
    return c.raw_documents if c.raw_documents else 0.0
