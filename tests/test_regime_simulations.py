"""Seeded simulations in the regime users are in: long-tailed references, clustered documents,
heavy-tailed lengths. The figures are recorded in docs/methods.md; sizes are given in each test.
"""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from datacensus.compare.clusters import cluster_rows
from datacensus.compare.statistics import StatsParams, compare_counts
from datacensus.execution.count import count
from datacensus.schema import COUNTS_SCHEMA
from datacensus.spec import AuditSpec

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


def zipf_power(rank: int, audits: int, seed: int) -> tuple[float, float]:
    """Share of audits flagging the slice of ``rank`` (drawn at 0.3x its share) as under, and
    the share whose verdict agreed with its detect_under_ratio column."""
    r = 1.0 / np.arange(1, ZIPF_K + 1)
    r /= r.sum()
    keys = [f"k{i:03d}" for i in range(ZIPF_K)]
    ref = pl.DataFrame({"key": keys, "share": r})
    q = r.copy()
    q[rank] *= 0.3
    q /= q.sum()
    rng = np.random.default_rng(seed)
    flagged = agreed = 0
    for _ in range(audits):
        result = compare_counts(doc_counts(keys, rng.multinomial(10_000, q)), ref)
        row = result.slices.filter(pl.col("key") == keys[rank]).row(0, named=True)
        under = row["status"] == "under"
        flagged += under
        agreed += under == (row["ratio"] < row["detect_under_ratio"])
    return flagged / audits, agreed / audits


@pytest.mark.slow
def test_power_zipf_reference() -> None:
    """Zipf (s = 1) reference over 100 slices, 10,000 documents, one slice at 0.3x its share,
    100 audits per slice: power 1.0 at r = 19%, ≥ 0.95 at r = 3.9%; at r = 1.9% it is about
    0.73 and at r = 0.96% about 0.22 (400 audits, docs/methods.md): the issue's target of 80%
    at r ≥ 1% is not reached. The power column predicts every verdict.
    """
    for rank, least in ((0, 0.99), (4, 0.95), (9, 0.55)):
        power, agreed = zipf_power(rank, audits=100, seed=rank)
        assert power >= least
        assert agreed == 1.0


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
@pytest.mark.parametrize("n", [300, 3_000])
def test_chars_weighted_heavy_tailed_lengths(n: int) -> None:
    """Lognormal lengths with σ = 1.5 (longer in rarer slices), 400 audits: mean per-slice
    coverage ≥ 94% and no slice below 92% (the binomial standard error at 400 audits is 1.1%)."""
    per_slice = lognormal_coverage(n, audits=400, seed=n)
    assert per_slice.mean() >= 0.94
    assert per_slice.min() >= 0.92
