"""Reproduce the simulation tables of docs/language-id.md ("Simulation").

    python scripts/lid_correction_simulations.py [--runs 1000] [--replicates 200] [--seed 7]
    python scripts/lid_correction_simulations.py --intervals [--bootstrap-prior 2] [...]

A known 30-language confusion with close pairs (tests/test_correction.py's `sim_setup`), in two
regimes: the confusion known (the profile is the true matrix) and the confusion estimated from
300 or 1,000 labelled texts per language, redrawn every run. Prints Markdown. Seeded; about
seven minutes on two cores at the default sizes. ``--intervals`` compares interval
constructions (and, with ``--bootstrap-prior``, another prior for the bootstrap draws only)
on the known confusion at 200,000 documents and 300-text profiles at 20,000.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import test_correction as sim  # noqa: E402
from datacensus.compare import correction  # noqa: E402
from datacensus.compare.correction import (  # noqa: E402
    Correction,
    correct_shares,
    design,
    rates,
    solve_em,
)
from datacensus.compare.statistics import wilson_interval  # noqa: E402

#: (profile texts per language or None for the known confusion, documents)
CONFIGS = (
    (None, 20_000),
    (None, 200_000),
    (None, 1_000_000),
    (300, 20_000),
    (300, 200_000),
    (1_000, 20_000),
    (1_000, 200_000),
)
#: Configurations with a per-language table.
DETAILED = ((None, 200_000), (300, 20_000), (1_000, 200_000))


def pp(x: float) -> str:
    return f"{100 * x:.3f}"


def summary(
    runs: int, replicates: int, seed: int
) -> dict[tuple[int | None, int], dict[str, np.ndarray]]:
    print(
        "| profile | documents | largest MAE, pp | mean MAE, pp | largest abs. bias, pp "
        "| coverage, all | lowest coverage (true share) | languages < 93% "
        "| counts-only coverage | raw largest MAE, pp |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    found = {}
    for texts, documents in CONFIGS:
        start = time.perf_counter()
        runs_found = sim.simulate(runs, documents, texts, replicates=replicates, seed=seed)
        stats = sim.per_language(runs_found)
        found[(texts, documents)] = {**runs_found, **stats}
        truth = runs_found["truth"]
        worst_bias = int(np.argmax(np.abs(stats["bias"])))
        lowest = int(np.argmin(stats["coverage"]))
        profile = "known" if texts is None else f"{texts} texts"
        print(
            f"| {profile} | {documents:,} | {pp(stats['mae'].max())} | {pp(stats['mae'].mean())} "
            f"| {pp(abs(stats['bias'][worst_bias]))} ± {pp(stats['bias_se'][worst_bias])} "
            f"| {stats['coverage'].mean():.1%} "
            f"| {stats['coverage'][lowest]:.1%} ({100 * truth[lowest]:.3f}%) "
            f"| {int((stats['coverage'] < 0.93).sum())} "
            f"| {stats['counts_only'].mean():.1%} | {pp(stats['raw_mae'].max())} |",
            flush=True,
        )
        print(f"<!-- {time.perf_counter() - start:.0f} s -->", file=sys.stderr)
    return found


def per_language(found: dict[tuple[int | None, int], dict[str, np.ndarray]]) -> None:
    print()
    head = " | ".join(
        f"{'known' if t is None else t}, {n // 1000}k: MAE / bias / coverage" for t, n in DETAILED
    )
    print(f"| language | true % | recall | pair's true % | {head} |")
    print("| --- | ---: | ---: | ---: |" + " ---: |" * len(DETAILED))
    first = found[DETAILED[0]]
    truth, recall = first["truth"], first["recall"]
    for i in np.argsort(-truth):
        cells = " | ".join(
            f"{pp(found[c]['mae'][i])} / {100 * found[c]['bias'][i]:+.3f} / "
            f"{found[c]['coverage'][i]:.1%}"
            for c in DETAILED
        )
        print(
            f"| l{i:02d} | {100 * truth[i]:.3f} | {recall[i]:.2f} | {100 * truth[i ^ 1]:.3f} "
            f"| {cells} |"
        )


def convergence(runs: int = 100) -> None:
    """The shipped EM point estimate against EM run to a 1e-14 tolerance on the same data."""
    labels, confusion, truth = sim.sim_setup()
    k = len(truth)
    profile = {
        labels[i]: {labels[j]: float(confusion[i, j] * sim.KNOWN) for j in range(k + 2)}
        for i in range(k)
    }
    rng = np.random.default_rng(11)
    worst = 0.0
    for documents in (20_000, 200_000, 1_000_000):
        for _ in range(runs):
            counts = rng.multinomial(documents, confusion.T @ truth)
            observed = {labels[j]: float(c) for j, c in enumerate(counts) if c}
            shipped = correct_shares(profile, observed, replicates=0).shares
            d = design(profile, observed)
            q = np.array([observed.get(j, 0.0) for j in d.labels])
            used = q > 0
            tight = solve_em(
                rates(d.counts, d.fixed)[:, used], q[used], tol=1e-14, max_iter=300_000
            )
            tight = tight / tight.sum()
            worst = max(
                worst,
                max(abs(shipped.get(c, 0.0) - tight[i]) for i, c in enumerate(d.classes)),
            )
    print(
        f"\nEM convergence: largest |shipped - tolerance 1e-14| over {3 * runs} corpora: "
        f"{worst:.1e}"
    )


VARIANTS = (
    "shipped: wilson ∪ percentile ∪ basic",
    "wilson ∪ percentile",
    "percentile",
    "basic",
    "wilson",
)


def _collect(
    result: Correction, labels: list[str], bounds: dict[str, list[list[tuple[float, float]]]]
) -> None:
    """Every interval construction's bounds for one run."""
    rows: dict[str, list[tuple[float, float]]] = {v: [] for v in VARIANTS}
    for key in labels:
        p = result.shares.get(key, 0.0)
        draws = result.samples.get(key)
        wil = wilson_interval(p, result.effective_size(key), 1.96)
        b_low, b_high = (p, p) if draws is None else np.quantile(draws, [0.025, 0.975])
        basic = (max(0.0, 2 * p - b_high), min(1.0, 2 * p - b_low))
        rows[VARIANTS[0]].append(result.interval(key, 1.96))
        rows["wilson ∪ percentile"].append((min(wil[0], b_low), max(wil[1], b_high)))
        rows["percentile"].append((b_low, b_high))
        rows["basic"].append(basic)
        rows["wilson"].append(wil)
    for v in VARIANTS:
        bounds[v].append(rows[v])


def intervals(runs: int, replicates: int, seed: int) -> None:
    """Lowest per-language coverage and mean width of each interval construction."""
    labels = sim.sim_setup()[0][: sim.SIM_LANGUAGES]
    print("| profile | documents | interval | coverage, all | lowest coverage | mean width, pp |")
    print("| --- | ---: | --- | ---: | ---: | ---: |")
    for texts, documents in ((None, 200_000), (300, 20_000)):
        bounds: dict[str, list[list[tuple[float, float]]]] = {v: [] for v in VARIANTS}

        found = sim.simulate(
            runs,
            documents,
            texts,
            replicates=replicates,
            seed=seed,
            on_result=lambda r, b=bounds: _collect(r, labels, b),
        )
        truth = found["truth"]
        for v in VARIANTS:
            b = np.array(bounds[v])
            covered = ((b[..., 0] <= truth) & (truth <= b[..., 1])).mean(axis=0)
            profile = "known" if texts is None else f"{texts} texts"
            print(
                f"| {profile} | {documents:,} | {v} | {covered.mean():.1%} | {covered.min():.1%} "
                f"| {100 * (b[..., 1] - b[..., 0]).mean():.3f} |",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--replicates", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7, help="seed of the corpora and profiles")
    parser.add_argument("--intervals", action="store_true", help="compare interval constructions")
    parser.add_argument(
        "--bootstrap-prior",
        type=float,
        help="prior texts per profile row in the bootstrap draws only (shipped: 0.5)",
    )
    args = parser.parse_args()
    if args.bootstrap_prior is not None:
        # The bootstrap reads this constant when it runs; the point estimate's prior is the
        # default argument of `rates`, bound at import, so it stays at the shipped value.
        correction.PRIOR_MASS = args.bootstrap_prior
    if args.intervals:
        intervals(args.runs, args.replicates, args.seed)
        return
    print(
        f"{args.runs} runs per row, {args.replicates} bootstrap replicates, 95% intervals, "
        f"seed {args.seed}\n"
    )
    found = summary(args.runs, args.replicates, args.seed)
    per_language(found)
    convergence()


if __name__ == "__main__":
    main()
