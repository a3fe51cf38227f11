"""Memory over a long audit: a 1M-document corpus audited end to end, RSS sampled throughout.

Prints the peak RSS of the process tree in each quarter of the run; flat quarters mean memory
does not grow with the number of documents read. Run: `.venv/bin/python benchmarks/bench_memory.py`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_scale import BIN, make_corpus, tree_rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--shards", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, args.docs, args.shards)
        size = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
        print(f"corpus: {args.docs:,} documents in {args.shards} Parquet shards, {size:,.0f} MB")
        cmd = [str(BIN / "datacensus"), "audit", str(corpus), "-o", f"{tmp}/out", "-q"]
        start = time.perf_counter()
        proc = subprocess.Popen([*cmd, "--no-cache"], stdout=subprocess.DEVNULL)
        samples: list[tuple[float, int]] = []
        while proc.poll() is None:
            samples.append((time.perf_counter() - start, tree_rss(proc.pid)))
            time.sleep(0.25)
        seconds = time.perf_counter() - start
        if proc.returncode:
            raise SystemExit(f"audit failed with exit code {proc.returncode}")
    quarters = [
        max((rss for t, rss in samples if q * seconds / 4 <= t < (q + 1) * seconds / 4), default=0)
        for q in range(4)
    ]
    print(f"wall time: {seconds:.0f} s ({args.docs / seconds:,.0f} documents/s)")
    print("peak RSS per quarter of the run, MB: " + ", ".join(f"{q / 2**20:.0f}" for q in quarters))
    print(f"last quarter / second quarter: {quarters[3] / max(quarters[1], 1):.2f}x  [~1.0]")


if __name__ == "__main__":
    main()
