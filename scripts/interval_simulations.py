"""Reproduce the simulation tables of docs/methods.md ("How these methods were checked").

    python scripts/interval_simulations.py [long-tail|power|clusters|chars|groups ...]

Seeded; uses the same helpers as tests/test_regime_simulations.py and
tests/test_group_simulations.py with the larger sizes quoted in the document. Takes a few
minutes on two cores.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import test_group_simulations as groups  # noqa: E402
import test_regime_simulations as regime  # noqa: E402
import test_shard_sampling as shard_sampling  # noqa: E402
from datacensus.compare.statistics import StatsParams, compare_counts  # noqa: E402


def long_tail() -> None:
    for name in ("world-speakers", "language-territory"):
        keys, r = regime.shipped(name)
        ref = pl.DataFrame({"key": keys, "share": r})
        for n in (1_000, 10_000, 100_000):
            cells = []
            for method in ("exact", "jeffreys", "wilson"):
                rng = np.random.default_rng(1)
                false = covered = 0
                for _ in range(200):
                    docs = regime.doc_counts(keys, rng.multinomial(n, r))
                    res = compare_counts(
                        docs, ref, params=StatsParams(interval=method), detail=False
                    )
                    by_key = res.slices.sort("key")
                    false += bool(by_key["status"].is_in(regime.JUDGED).any())
                    low, high = by_key["ci_low"].to_numpy(), by_key["ci_high"].to_numpy()
                    covered += bool(np.all((low <= r) & (r <= high)))
                cells.append(f"{method} {false / 200:.1%} / {covered / 200:.1%}")
            print(name, n, " | ".join(cells), flush=True)


def power() -> None:
    for rank in (0, 4, 9, 14, 19):
        flagged, agreed = regime.zipf_power(rank, audits=400, seed=100 + rank)
        print(f"rank {rank + 1}: under in {flagged:.1%}, power column agreed {agreed:.1%}")


def clusters() -> None:
    for per_site in (10, 40):
        with_col, deff = regime.cluster_coverage(per_site, 400, seed=1, clustered=True)
        without, _ = regime.cluster_coverage(per_site, 400, seed=2, clustered=False)
        print(f"{per_site}/site: with {with_col.min():.1%}, without {without.min():.1%}, "
              f"design effect {deff:.1f}")  # fmt: skip


def chars() -> None:
    for n in (300, 1_000, 3_000):
        per_slice = regime.lognormal_coverage(n, audits=400, seed=n)
        print(f"n={n}: mean {per_slice.mean():.1%}, lowest {per_slice.min():.1%}")


def annotator_groups() -> None:
    shift = groups.shift_for(0.10)
    for sd in (0.5, 1.0):
        false = groups.flag_rate(sd, 0.0, runs=1000, seed=int(sd * 10) + 1)
        found = groups.flag_rate(sd, shift, runs=400, seed=int(sd * 10) + 2)
        print(f"bias SD {sd}: false group flags {false:.1%}, power {found:.1%}")


def shards() -> None:
    per_slice = shard_sampling.shard_coverage(audits=400, seed=1)
    print("2% of 1,000 shards:", ", ".join(f"{c:.1%}" for c in per_slice))


TABLES = {
    "shards": shards,
    "long-tail": long_tail,
    "power": power,
    "clusters": clusters,
    "chars": chars,
    "groups": annotator_groups,
}

if __name__ == "__main__":
    for name in sys.argv[1:] or list(TABLES):
        print(f"== {name}")
        TABLES[name]()
