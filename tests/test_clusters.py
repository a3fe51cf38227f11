"""Cluster-robust variances: statsmodels' OLS cluster standard errors as the oracle, and counts
that merge to the same result however a cluster is split across batches."""

from __future__ import annotations

import itertools

import numpy as np
import polars as pl
import pytest
import statsmodels.api as sm
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from datacensus.compare.clusters import cluster_rows
from datacensus.compare.statistics import StatsParams, compare_counts
from datacensus.execution.clusters import bucket_of
from datacensus.execution.count import count
from datacensus.execution.counting import merge_counts
from datacensus.spec import AuditSpec

LANGS = ["de", "en", "fr"]
SPEC = AuditSpec(text=None, language="language", cluster="site")


def frame(seed: int, sites: int = 40) -> pl.DataFrame:
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, 30, size=sites)
    mixes = rng.dirichlet([1.0, 1.0, 1.0], size=sites)
    labels = np.concatenate([rng.choice(3, size=s, p=m) for s, m in zip(sizes, mixes, strict=True)])
    site = np.repeat([f"site{i}.org" for i in range(sites)], sizes)
    return pl.DataFrame({"language": [LANGS[i] for i in labels], "site": site})


def test_variance_matches_statsmodels_ols_cluster_se() -> None:
    """A share is the mean of an indicator: its cluster-robust variance is the squared OLS
    cluster standard error of a regression on a constant, clustered by bucket (statsmodels)."""
    data = frame(1)
    counts = count(data, SPEC)
    alpha = 0.05 / 3
    result = compare_counts(
        counts.filter(pl.col("dimension") == "language"),
        None,
        clusters=cluster_rows(counts, "language"),
        params=StatsParams(),
        detail=False,
    )
    groups = bucket_of(data["site"]).cast(pl.Int64).to_numpy()
    g = len(np.unique(groups))
    inflate = (stats.t.ppf(1 - alpha / 2, g - 1) / stats.norm.ppf(1 - alpha / 2)) ** 2
    robust, independent, ours = {}, {}, {}
    for key in LANGS:
        y = (data["language"] == key).cast(pl.Float64).to_numpy()
        fit = sm.OLS(y, np.ones_like(y)).fit(cov_type="cluster", cov_kwds={"groups": groups})
        row = result.slices.filter(pl.col("key") == key).row(0, named=True)
        p = row["share"]
        robust[key] = fit.bse[0] ** 2 * inflate
        independent[key] = p * (1 - p) / len(y)
        ours[key] = p * (1 - p) / row["effective_documents"]
    deff = sum(robust.values()) / sum(independent.values())
    assert result.metrics["design_effect_clusters"] == pytest.approx(deff, rel=1e-9)
    for key in LANGS:  # each slice's design effect is at least the dimension's
        expected = max(robust[key], deff * independent[key], independent[key])
        assert ours[key] == pytest.approx(expected, rel=1e-9)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.lists(st.integers(1, 400), min_size=1, max_size=5))
def test_split_clusters_merge_to_the_same_counts(seed: int, cuts: list[int]) -> None:
    """Rows of one site split across batches (any cut points) give the same merged counts."""
    data = frame(seed, sites=12).sample(fraction=1.0, shuffle=True, seed=seed)
    whole = count(data, SPEC)
    edges = sorted({0, data.height, *(c % (data.height + 1) for c in cuts)})
    parts = [count(data[a:b], SPEC) for a, b in itertools.pairwise(edges) if b > a]
    assert merge_counts(*parts).equals(merge_counts(whole))


def test_one_site_per_cluster_design_effect_is_one_ish() -> None:
    """Independent documents, each its own cluster: the design effect stays near 1."""
    rng = np.random.default_rng(3)
    labels = rng.choice(3, size=3000, p=[0.5, 0.3, 0.2])
    data = pl.DataFrame({"language": [LANGS[i] for i in labels], "site": np.arange(3000)})
    counts = count(data.with_columns(pl.col("site").cast(pl.String)), SPEC)
    result = compare_counts(
        counts.filter(pl.col("dimension") == "language"),
        None,
        clusters=cluster_rows(counts, "language"),
        detail=False,
    )
    assert result.metrics["design_effect_clusters"] < 1.3


def test_url_domain_is_the_registrable_domain() -> None:
    """news.bbc.co.uk and www.bbc.co.uk share bbc.co.uk; a.b.example.com is example.com."""
    from datacensus.execution.clusters import url_domain

    urls = pl.Series(
        [
            "https://news.bbc.co.uk/x",
            "http://www.bbc.co.uk",
            "a.b.example.com/path?q=1",
            "https://user@Shop.Example.COM:8080/",
            "https://abc.net.au/news",
            None,
            "",
        ]
    )
    assert url_domain(urls).to_list() == [
        "bbc.co.uk",
        "bbc.co.uk",
        "example.com",
        "example.com",
        "abc.net.au",
        None,
        None,
    ]


def test_url_column_clusters_by_domain_unless_told_not_to() -> None:
    """With --url-col the domain is the default cluster (design effect measured, no 'unknown'
    note); domain_clusters=False opts out."""
    from datacensus.api import audit

    rng = np.random.default_rng(4)
    rows = []
    for site in range(60):
        lang = LANGS[site % 3]
        rows += [(f"https://p{k}.site{site}.fr/a", lang) for k in range(20)]
    rng.shuffle(rows)
    data = pl.DataFrame(rows, schema=["url", "language"], orient="row")
    clustered = audit(data, text=None, language="language", url="url")
    dim = clustered.dimensions["language"]
    assert dim.metrics["design_effect_clusters"] > 5
    assert not any("no cluster column" in n for n in dim.notes)
    plain = audit(data, text=None, language="language", url="url", domain_clusters=False)
    assert any("no cluster column" in n for n in plain.dimensions["language"].notes)
