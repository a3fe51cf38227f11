"""--sample-shards: a seeded subset of shards, no other file opened, shard-clustered intervals
that cover the full corpus's shares."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl
import pytest

from datacensus.compare.clusters import cluster_rows
from datacensus.compare.statistics import StatsParams, compare_counts
from datacensus.errors import InputError
from datacensus.execution.count import count
from datacensus.execution.shard_sample import SHARD_COLUMN, choose_shards
from datacensus.spec import AuditSpec

LANGS = ["de", "en", "fr", "hi", "sw"]
R5 = np.array([0.4, 0.25, 0.15, 0.12, 0.08])


def test_choice_is_seeded_order_free_and_at_least_two() -> None:
    names = [f"part-{i:04d}.parquet" for i in range(300)]
    picked = choose_shards(names, names, 0.01, seed=3)
    assert len(picked) == 3
    assert sorted(choose_shards(names[::-1], names[::-1], 0.01, seed=3)) == sorted(picked)
    assert choose_shards(names, names, 0.01, seed=4) != picked
    assert len(choose_shards(names[:10], names[:10], 0.01, seed=0)) == 2
    with pytest.raises(InputError, match="sample-shards"):
        choose_shards(names, names, 0.0, seed=0)


def test_only_sampled_files_are_opened(tmp_path: Path) -> None:
    """Every file outside the sample is garbage; a strict audit of the sample still succeeds."""
    from datacensus.api import audit

    rng = np.random.default_rng(0)
    paths = []
    for i in range(40):
        path = tmp_path / f"part-{i:03d}.csv"
        lang = rng.choice(LANGS, size=30, p=rng.dirichlet(2 * R5))
        pl.DataFrame({"lang": lang}).write_csv(path)
        paths.append(path)
    chosen = choose_shards(paths, [str(p) for p in paths], 0.1, seed=7)
    for path in set(paths) - set(chosen):
        path.write_bytes(b"\x00\xff not a csv \x00" * 10)
    result = audit(
        sorted(tmp_path.glob("*.csv")), text=None, language="lang", sample_shards=0.1, seed=7,
        strict=True,
    )  # fmt: skip
    assert result.input["shards"] == 4 and result.input["shards_total"] == 40
    language = result.dimensions["language"]
    assert language.metrics["design_effect_clusters"] is not None
    assert any("sampled" in n for n in language.notes)


def corpus_shares(rng: np.random.Generator, shards: int, per_shard: int) -> list[np.ndarray]:
    mixes = rng.dirichlet(2.0 * R5, size=shards)
    return [rng.choice(5, size=per_shard, p=m) for m in mixes]


def shard_coverage(audits: int, seed: int, fraction: float = 0.02) -> np.ndarray:
    """Per-slice coverage of uncorrected 95% intervals vs the full corpus's shares: 1,000
    shards of 200 documents, shard-level mixes, ``fraction`` of the shards counted as the
    audit counts them (the shard name as the cluster)."""
    spec = AuditSpec(text=None, language="lang", cluster=SHARD_COLUMN)
    rng = np.random.default_rng(seed)
    hits = np.zeros(5)
    names = [f"part-{i:04d}" for i in range(1_000)]
    for a in range(audits):
        labels = corpus_shares(rng, 1_000, 200)
        truth = np.bincount(np.concatenate(labels), minlength=5) / 200_000
        picked = choose_shards(list(range(1_000)), names, fraction, seed=seed * 100_000 + a)
        frame = pl.concat(
            pl.DataFrame({"lang": [LANGS[k] for k in labels[i]], SHARD_COLUMN: names[i]})
            for i in picked
        )
        counts = count(frame, spec)
        result = compare_counts(
            counts.filter(pl.col("dimension") == "language"),
            pl.DataFrame({"key": LANGS, "share": R5}),
            params=StatsParams(correction="none"),
            clusters=cluster_rows(counts, "language"),
            detail=False,
        )
        by_key = result.slices.sort("key")
        hits += (by_key["ci_low"].to_numpy() <= truth) & (truth <= by_key["ci_high"].to_numpy())
    return hits / audits


@pytest.mark.slow
def test_two_percent_of_shards_covers_the_corpus() -> None:
    """2% of 1,000 shards (20), 200 audits: each slice's 95% interval covers the full corpus's
    share in at least 93% of audits (figures for 400 audits in docs/methods.md)."""
    assert shard_coverage(audits=200, seed=12).min() >= 0.93
