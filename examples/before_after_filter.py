"""What did my quality filter do to representation? Compare the audits before and after it.

A length filter ("keep documents with at least 40 characters") looks neutral, but documents in
some languages are shorter. Run: python examples/before_after_filter.py [OUTPUT_DIR]
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

import polars as pl

import datacensus

#: language -> (documents, typical length in characters)
CORPUS = {"en": (3000, 90), "fr": (1000, 85), "ja": (800, 30), "zh": (600, 25), "sw": (300, 70)}


def corpus(seed: int = 1) -> pl.DataFrame:
    rng = random.Random(seed)
    rows = [
        {"lang": lang, "chars": max(1, int(rng.gauss(length, length / 3)))}
        for lang, (n, length) in CORPUS.items()
        for _ in range(n)
    ]
    return pl.DataFrame(rows)


def main(output: Path) -> datacensus.BeforeAfter:
    data = corpus()
    before = datacensus.audit(data, text=None, language="lang")
    after = datacensus.audit(data.filter(pl.col("chars") >= 40), text=None, language="lang")
    comparison = datacensus.compare_audits(before, after, max_drop=0.5)
    print(comparison)
    print(
        comparison.changes("language").select(
            "key", "before_share", "after_share", "change_low", "change_high", "status"
        )
    )
    for finding in comparison.findings:
        print("gate:", finding["message"])
    paths = datacensus.write_report(comparison, output)
    print(f"report: {paths['html']}")
    return comparison


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()))
