"""Reproduce the simulation tables of docs/methods.md ("How these methods were checked").

    python scripts/interval_simulations.py [SECTION ...]

Sections: long-tail, power, materiality, clusters, chars, groups, shards (default: all).

Seeded; uses the same helpers as tests/test_regime_simulations.py and
tests/test_group_simulations.py with the larger sizes quoted in the document. Takes a few
minutes on two cores.
"""

from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import test_group_simulations as groups  # noqa: E402
import test_regime_simulations as regime  # noqa: E402
import test_shard_sampling as shard_sampling  # noqa: E402
from datacensus.compare import statistics  # noqa: E402
from datacensus.compare.statistics import StatsParams, compare_counts  # noqa: E402


def long_tail() -> None:
    audits = 400
    for name in ("world-speakers", "language-territory"):
        keys, r = regime.shipped(name)
        ref = pl.DataFrame({"key": keys, "share": r})
        for n in (1_000, 10_000, 100_000):
            cells = []
            for method in ("exact", "jeffreys", "wilson"):
                rng = np.random.default_rng(1)
                false = covered = 0
                for _ in range(audits):
                    docs = regime.doc_counts(keys, rng.multinomial(n, r))
                    res = compare_counts(
                        docs, ref, params=StatsParams(interval=method), detail=False
                    )
                    by_key = res.slices.sort("key")
                    false += bool(by_key["status"].is_in(regime.JUDGED).any())
                    low, high = by_key["ci_low"].to_numpy(), by_key["ci_high"].to_numpy()
                    covered += bool(np.all((low <= r) & (r <= high)))
                cells.append(f"{method} {false / audits:.1%} / {covered / audits:.1%}")
            print(name, n, " | ".join(cells), flush=True)


def power() -> None:
    family = StatsParams(materiality="family")
    for rank in (0, 4, 9, 14, 18, 19):
        under, _, agreed = regime.zipf_draws(rank, 0.3, audits=1_000, seed=100 + rank)
        strict, _, _ = regime.zipf_draws(rank, 0.3, 1_000, seed=100 + rank, params=family)
        exact = regime.flag_probability(rank, 0.3, 10_000)
        print(
            f"rank {rank + 1} (r = {regime.zipf_share(rank):.2%}): under in {under:.1%} "
            f"(exact {exact:.1%}; family materiality {strict:.1%}, exact "
            f"{regime.flag_probability(rank, 0.3, 10_000, family):.1%}), "
            f"power columns agreed {agreed:.1%}",
            flush=True,
        )


def materiality() -> None:
    """A slice whose true ratio is exactly τ (or 1/τ): how often it is flagged anyway."""
    for n in (10_000, 100_000, 1_000_000):
        for rank in (0, 9, 19):
            line = f"n={n} rank {rank + 1} (r = {regime.zipf_share(rank):.2%}): "
            exact_under = regime.flag_probability(rank, 0.5, n)
            exact_over = regime.flag_probability(rank, 2.0, n)
            line += f"exact: under at ratio 0.5 {exact_under:.2%}, over at 2 {exact_over:.2%}"
            if n <= 100_000:
                under, _, a1 = regime.zipf_draws(rank, 0.5, 1_000, seed=rank + n)
                _, over, a2 = regime.zipf_draws(rank, 2.0, 1_000, seed=rank + n + 1)
                line += (
                    f"; 1,000 audits: {under:.1%}, {over:.1%} (columns agreed {min(a1, a2):.0%})"
                )
            print(line, flush=True)


def clusters() -> None:
    for per_site in (10, 40):
        with_col, deff = regime.cluster_coverage(per_site, 400, seed=1, clustered=True)
        without, _ = regime.cluster_coverage(per_site, 400, seed=2, clustered=False)
        print(f"{per_site}/site: with {with_col.min():.1%}, without {without.min():.1%}, "
              f"design effect {deff:.1f}")  # fmt: skip


def chars() -> None:
    audits = 4_000
    for n in (300, 1_000, 3_000, 10_000, 30_000):
        per_slice = regime.lognormal_coverage(n, audits=audits, seed=n + 11)
        with mock.patch.object(statistics, "pooled_spread", lambda *_: 0.0):
            before = regime.lognormal_coverage(n, audits=audits, seed=n + 11)
        print(
            f"n={n} ({audits:,} audits): mean {per_slice.mean():.1%}, lowest "
            f"{per_slice.min():.1%}; " + " ".join(f"{c:.3f}" for c in per_slice),
            f"| without the pooled floor: mean {before.mean():.1%}, lowest {before.min():.1%}",
            flush=True,
        )
    for per_site in (10, 40):
        per_slice = regime.clustered_chars_coverage(per_site, audits=2_000, seed=per_site)
        print(f"clustered chars, {per_site}/site (2,000 audits): lowest {per_slice.min():.1%}; "
              + " ".join(f"{c:.3f}" for c in per_slice), flush=True)  # fmt: skip


def annotator_groups() -> None:
    shift = groups.shift_for(0.10)
    runs = 10_000
    for sd in (0.5, 1.0):
        p = groups.smallest_p_values(sd, 0.0, runs=runs, seed=int(sd * 10) + 1)
        false = float(np.mean(p < 0.05))
        se = (false * (1 - false) / runs) ** 0.5
        spread = ", ".join(f"P(p ≤ {u:g}) = {np.mean(p <= u + 1e-9):.2%}" for u in (0.01, 0.1, 0.5))
        found = groups.flag_rate(sd, shift, runs=1_000, seed=int(sd * 10) + 2)
        print(f"bias SD {sd}: false group flags {false:.2%} ± {se:.2%} ({runs:,} runs; {spread}), "
              f"power {found:.1%} (1,000 runs)", flush=True)  # fmt: skip


def shards() -> None:
    per_slice = shard_sampling.shard_coverage(audits=400, seed=1)
    print("2% of 1,000 shards:", ", ".join(f"{c:.1%}" for c in per_slice))


TABLES = {
    "shards": shards,
    "long-tail": long_tail,
    "power": power,
    "materiality": materiality,
    "clusters": clusters,
    "chars": chars,
    "groups": annotator_groups,
}

if __name__ == "__main__":
    for name in sys.argv[1:] or list(TABLES):
        print(f"== {name}")
        TABLES[name]()
