"""Seeded simulations in the regime users are in: long-tailed references, clustered documents,
heavy-tailed lengths. The figures are recorded in docs/methods.md; sizes are given in each test.
"""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest
from scipy import special

from datacensus.compare.clusters import cluster_rows
from datacensus.compare.statistics import StatsParams, compare_counts
from datacensus.execution.count import count
from datacensus.schema import COUNTS_SCHEMA
from datacensus.spec import AuditSpec

DEFAULT = StatsParams()

JUDGED = ("under", "over", "missing")


def doc_counts(keys: list[str], docs: np.ndarray) -> pl.DataFrame:
    d = np.asarray(docs)
    return pl.DataFrame(
        {
            "dimension": "d",
            "key": keys,
            "documents": d.astype(np.uint64),
            "chars": d.astype(np.uint64),
            "tokens": d.astype(np.uint64),
            "chars_sq": d.astype(np.float64),
            "tokens_sq": d.astype(np.float64),
        },
        schema=COUNTS_SCHEMA,
    )


def shipped(name: str) -> tuple[list[str], np.ndarray]:
    ref = pl.read_csv(f"reference_distributions/{name}.csv").select("key", "share").sort("key")
    shares = ref["share"].to_numpy()
    return ref["key"].to_list(), shares / shares.sum()


def long_tail(name: str, n: int, audits: int, seed: int) -> tuple[float, float]:
    """Share of audits with any false flag, and with every interval covering its share."""
    keys, r = shipped(name)
    ref = pl.DataFrame({"key": keys, "share": r})
    rng = np.random.default_rng(seed)
    false = covered = 0
    for _ in range(audits):
        result = compare_counts(doc_counts(keys, rng.multinomial(n, r)), ref, detail=False)
        by_key = result.slices.sort("key")
        false += bool(by_key["status"].is_in(JUDGED).any())
        low, high = by_key["ci_low"].to_numpy(), by_key["ci_high"].to_numpy()
        covered += bool(np.all((low <= r) & (r <= high)))
    return false / audits, covered / audits


@pytest.mark.slow
@pytest.mark.parametrize("name", ["world-speakers", "language-territory"])
@pytest.mark.parametrize("n", [1_000, 10_000, 100_000])
def test_long_tail_references_family_wise(name: str, n: int) -> None:
    """200 audits of data drawn exactly ∝ a shipped reference (677 / 1,448 slices): with the
    default exact intervals at most 5% of audits raise any false flag, and every interval of
    the dimension covers its share in at least 93% of audits."""
    false, covered = long_tail(name, n, audits=200, seed=n + len(name))
    assert false <= 0.05
    assert covered >= 0.93


ZIPF_K = 100


def zipf_draws(
    rank: int,
    factor: float,
    audits: int,
    seed: int,
    n: int = 10_000,
    params: StatsParams = DEFAULT,
) -> tuple[float, float, float]:
    """Zipf reference over ZIPF_K slices, the slice of ``rank`` drawn at ``factor`` x its share:
    the share of audits flagging it ``under``, flagging it ``over``, and the share whose verdict
    agreed with its power columns (under exactly when ratio < detect_under_ratio, over exactly
    when ratio > detect_over_ratio)."""
    r = 1.0 / np.arange(1, ZIPF_K + 1)
    r /= r.sum()
    keys = [f"k{i:03d}" for i in range(ZIPF_K)]
    ref = pl.DataFrame({"key": keys, "share": r})
    q = r * (1.0 - factor * r[rank]) / (1.0 - r[rank])  # the others keep their proportions
    q[rank] = factor * r[rank]  # true ratio exactly ``factor``
    rng = np.random.default_rng(seed)
    under = over = agreed = 0
    for _ in range(audits):
        result = compare_counts(doc_counts(keys, rng.multinomial(n, q)), ref, params=params)
        row = result.slices.filter(pl.col("key") == keys[rank]).row(0, named=True)
        is_under, is_over = row["status"] == "under", row["status"] == "over"
        under += is_under
        over += is_over
        below = row["detect_under_ratio"] is not None and row["ratio"] < row["detect_under_ratio"]
        above = row["detect_over_ratio"] is not None and row["ratio"] > row["detect_over_ratio"]
        agreed += is_under == below and is_over == above
    return under / audits, over / audits, agreed / audits


def zipf_share(rank: int) -> float:
    r = 1.0 / np.arange(1, ZIPF_K + 1)
    return float(r[rank] / r.sum())


def _zipf_status(rank: int, x: int, n: int, params: StatsParams = DEFAULT) -> dict[str, object]:
    """The Zipf slice of ``rank`` observed ``x`` times among ``n`` documents (the other slices'
    counts do not enter its verdict)."""
    r = 1.0 / np.arange(1, ZIPF_K + 1)
    keys = [f"k{i:03d}" for i in range(ZIPF_K)]
    rest = np.delete(r, rank)
    others = np.floor(rest / rest.sum() * (n - x)).astype(np.int64)
    others[0] += n - x - others.sum()
    docs = np.insert(others, rank, x)
    ref = pl.DataFrame({"key": keys, "share": r / r.sum()})
    result = compare_counts(doc_counts(keys, docs), ref, params=params)
    return result.slices.filter(pl.col("key") == keys[rank]).row(0, named=True)


def flag_probability(rank: int, factor: float, n: int, params: StatsParams = DEFAULT) -> float:
    """Exact probability that the Zipf slice of ``rank``, truly at ``factor`` x its share, is
    flagged (``under`` when factor < 1, else ``over``) among ``n`` documents: the binomial
    probability beyond the boundary its power column names, the verdicts on both sides of that
    boundary checked with compare_counts."""
    r = zipf_share(rank)
    row = _zipf_status(rank, round(factor * r * n), n, params)
    if factor < 1:
        last = int(np.floor(row["detect_under_ratio"] * r * n))  # type: ignore[operator]
        assert _zipf_status(rank, last, n, params)["status"] == "under"
        assert _zipf_status(rank, last + 1, n, params)["status"] != "under"
        return float(special.bdtr(last, n, factor * r))
    first = int(np.ceil(row["detect_over_ratio"] * r * n))  # type: ignore[operator]
    assert _zipf_status(rank, first, n, params)["status"] == "over"
    assert _zipf_status(rank, first - 1, n, params)["status"] != "over"
    return float(1.0 - special.bdtr(first - 1, n, factor * r))


def zipf_power(rank: int, audits: int, seed: int) -> tuple[float, float]:
    """Share of audits flagging the slice of ``rank`` (drawn at 0.3x its share) as under, and
    the share whose verdict agreed with its power columns."""
    under, _, agreed = zipf_draws(rank, 0.3, audits, seed)
    return under, agreed


def test_power_zipf_reference_exact() -> None:
    """Zipf (s = 1) reference over 100 slices, 10,000 documents, one slice truly at 0.3x its
    share: the issue asks that a slice with r ≥ 1% be flagged under in ≥ 80% of audits. The
    exact binomial probability of the verdict is 86.3% at r = 1.01% (rank 19), 85.1% at 0.96%
    (rank 20) and rises with r; with the earlier strict rule (materiality "family") it is
    30.4% at rank 19."""
    assert flag_probability(18, 0.3, 10_000) >= 0.86
    assert flag_probability(19, 0.3, 10_000) >= 0.85
    assert flag_probability(9, 0.3, 10_000) >= 0.99
    assert flag_probability(18, 0.3, 10_000, StatsParams(materiality="family")) < 0.5


@pytest.mark.slow
def test_power_zipf_reference() -> None:
    """The same by simulation, 150 audits at rank 19 (1,000 audits in docs/methods.md): at
    least 76% (80% less two standard errors of 150 runs), and the power columns predict every
    verdict."""
    power, agreed = zipf_power(18, audits=150, seed=18)
    assert power >= 0.76
    assert agreed == 1.0


@pytest.mark.parametrize("n", [10_000, 100_000, 1_000_000])
@pytest.mark.parametrize("rank", [0, 9, 19])
def test_ratio_exactly_tau_rarely_flagged(n: int, rank: int) -> None:
    """A slice whose true ratio is exactly τ = 0.5 (not material) is flagged under, and one at
    exactly 1/τ flagged over, with exact probability at most 2.5% (its own one-sided interval's
    error): the materiality half of the rule is a test at 2.5% per slice."""
    assert flag_probability(rank, 0.5, n) <= 0.025
    assert flag_probability(rank, 2.0, n) <= 0.025


R5 = np.array([0.4, 0.25, 0.15, 0.12, 0.08])
LANGS = ["de", "en", "fr", "hi", "sw"]


def sites(rng: np.random.Generator, documents: int, per_site: int) -> pl.DataFrame:
    """Sites with their own language mix (Dirichlet(2·r)), ``per_site`` documents each."""
    n_sites = documents // per_site
    mix = rng.dirichlet(2.0 * R5, size=n_sites)
    labels = np.concatenate([rng.choice(5, size=per_site, p=m) for m in mix])
    site = np.repeat(np.arange(n_sites), per_site)
    return pl.DataFrame({"language": [LANGS[i] for i in labels], "site": site.astype(str)})


def cluster_coverage(
    per_site: int, audits: int, seed: int, clustered: bool
) -> tuple[np.ndarray, float]:
    """Per-slice coverage of uncorrected 95% intervals over ``audits`` of 2,000 documents."""
    spec = AuditSpec(text=None, language="language", cluster="site" if clustered else None)
    ref = pl.DataFrame({"key": LANGS, "share": R5})
    rng = np.random.default_rng(seed)
    hits = np.zeros(5)
    deff = []
    for _ in range(audits):
        counts = count(sites(rng, 2_000, per_site), spec)
        result = compare_counts(
            counts.filter(pl.col("dimension") == "language"),
            ref,
            params=StatsParams(correction="none"),
            clusters=cluster_rows(counts, "language"),
            detail=False,
        )
        by_key = result.slices.sort("key")
        hits += (by_key["ci_low"].to_numpy() <= R5) & (by_key["ci_high"].to_numpy() >= R5)
        deff.append(result.metrics["design_effect"])
    return hits / audits, float(np.mean(deff))


@pytest.mark.slow
@pytest.mark.parametrize("per_site", [10, 40])
def test_clustered_sites_coverage(per_site: int) -> None:
    """2,000 documents in sites of 10 or 40 with site-level language mixes, 300 audits: with
    the cluster column every slice's 95% interval covers ≥ 93%; without it coverage collapses
    (below 80%) and the result carries the design-effect warning."""
    with_col, deff = cluster_coverage(per_site, audits=300, seed=per_site, clustered=True)
    assert with_col.min() >= 0.93
    assert deff > 2.0
    without, _ = cluster_coverage(per_site, audits=100, seed=per_site + 1, clustered=False)
    assert without.max() < 0.8


def test_unclustered_result_warns() -> None:
    """Without a cluster column each judged dimension says its design effect is unknown."""
    from datacensus.api import audit

    frame = pl.DataFrame({"language": ["en"] * 30 + ["fr"] * 20, "site": ["a"] * 50})
    plain = audit(frame, text=None, language="language")
    assert any("no cluster column" in n for n in plain.dimensions["language"].notes)
    clustered = audit(frame, text=None, language="language", cluster="site")
    notes = clustered.dimensions["language"].notes
    assert not any("no cluster column" in n for n in notes)
    assert any("one cluster" in n for n in notes)


def lognormal_coverage(n: int, audits: int, seed: int) -> np.ndarray:
    """Per-slice coverage of uncorrected 95% chars-weighted intervals, lognormal σ = 1.5."""
    shares = np.array([0.3, 0.2, 0.15, 0.1, 0.08, 0.06, 0.05, 0.03, 0.02, 0.01])
    keys = [f"k{i}" for i in range(len(shares))]
    mu = np.log(np.linspace(200, 2000, len(shares)))
    sigma = 1.5
    mean_length = np.exp(mu + sigma**2 / 2)
    truth = shares * mean_length / (shares * mean_length).sum()
    ref = pl.DataFrame({"key": keys, "share": shares})
    rng = np.random.default_rng(seed)
    hits = np.zeros(len(shares))
    for _ in range(audits):
        label = rng.choice(len(shares), size=n, p=shares)
        length = np.maximum(1.0, np.round(rng.lognormal(mu[label], sigma)))
        k = len(shares)
        table = pl.DataFrame(
            {
                "dimension": "d",
                "key": keys,
                "documents": np.bincount(label, minlength=k).astype(np.uint64),
                "chars": np.bincount(label, weights=length, minlength=k).astype(np.uint64),
                "tokens": np.bincount(label, minlength=k).astype(np.uint64),
                "chars_sq": np.bincount(label, weights=length**2, minlength=k),
                "tokens_sq": np.bincount(label, minlength=k).astype(np.float64),
            },
            schema=COUNTS_SCHEMA,
        )
        result = compare_counts(
            table, ref, weight="chars", params=StatsParams(correction="none"), detail=False
        )
        by_key = result.slices.sort("key")
        hits += (by_key["ci_low"].to_numpy() <= truth) & (truth <= by_key["ci_high"].to_numpy())
    return hits / audits


@pytest.mark.slow
@pytest.mark.parametrize("n", [300, 10_000])
def test_chars_weighted_heavy_tailed_lengths(n: int) -> None:
    """Lognormal lengths with σ = 1.5 (longer in rarer slices), 500 audits: every slice's 95%
    interval covers at least 93% (4,000 audits in docs/methods.md: lowest slice 94.8% to 96.0%
    from 300 to 30,000 documents; before the pooled-spread floor it fell to 93.3% at 10,000)."""
    per_slice = lognormal_coverage(n, audits=500, seed=n)
    assert per_slice.mean() >= 0.95
    assert per_slice.min() >= 0.93


def clustered_chars_coverage(per_site: int, audits: int, seed: int) -> np.ndarray:
    """Per-slice coverage of uncorrected 95% chars-weighted intervals with the site as the
    cluster: 2,000 documents in sites of ``per_site`` with Dirichlet(2·r) language mixes and
    lognormal lengths (σ = 1.5, longer in rarer languages). The truth is the process's share of
    characters, ``r_k E[L_k] / Σ r E[L]``."""
    mu = np.log(np.linspace(300, 1500, len(R5)))[::-1]
    mean_length = np.exp(mu + 1.5**2 / 2)
    truth = R5 * mean_length / (R5 * mean_length).sum()
    ref = pl.DataFrame({"key": LANGS, "share": R5})
    rng = np.random.default_rng(seed)
    hits = np.zeros(len(R5))
    n_sites = 2_000 // per_site
    for _ in range(audits):
        mix = rng.dirichlet(2.0 * R5, size=n_sites)
        label = np.concatenate([rng.choice(len(R5), size=per_site, p=m) for m in mix])
        site = np.repeat(np.arange(n_sites), per_site)
        length = np.maximum(1.0, np.round(rng.lognormal(mu[label], 1.5)))
        frame = pl.DataFrame({"key": [LANGS[i] for i in label], "bucket": site, "c": length})
        by_site = (
            frame.group_by("key", "bucket")
            .agg(
                pl.len().cast(pl.UInt64).alias("documents"),
                pl.col("c").sum().cast(pl.UInt64).alias("chars"),
                pl.len().cast(pl.UInt64).alias("tokens"),
                (pl.col("c") ** 2).sum().alias("chars_sq"),
                pl.len().cast(pl.Float64).alias("tokens_sq"),
            )
            .with_columns(pl.col("bucket").cast(pl.String))
        )
        table = (
            by_site.group_by("key")
            .agg(pl.exclude("bucket").sum())
            .with_columns(pl.lit("d").alias("dimension"))
        )
        result = compare_counts(
            table.select(COUNTS_SCHEMA.names()).cast(dict(COUNTS_SCHEMA)),  # type: ignore[arg-type]
            ref,
            weight="chars",
            params=StatsParams(correction="none"),
            clusters=by_site,
            detail=False,
        )
        by_key = result.slices.sort("key")
        hits += (by_key["ci_low"].to_numpy() <= truth) & (truth <= by_key["ci_high"].to_numpy())
    return hits / audits


@pytest.mark.slow
def test_clustered_chars_coverage() -> None:
    """Character shares of documents in sites of 10 (site-level language mixes, lognormal
    lengths σ = 1.5) with the site as cluster: every slice covers at least 93% (300 audits;
    2,000 in docs/methods.md)."""
    assert clustered_chars_coverage(10, audits=300, seed=3).min() >= 0.93
