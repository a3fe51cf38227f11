"""Count batch by batch inside a data loader, then compare once: `datacensus.Census`.

Only a small counts table is kept between batches, and the result does not depend on how the
data was batched. Run: python examples/streaming_census.py
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import polars as pl

import datacensus

LANGUAGES = ["en", "fr", "de", "hi", "sw", "yo"]
WEIGHTS = [0.70, 0.12, 0.10, 0.05, 0.02, 0.01]


def loader(batches: int, size: int, seed: int = 0) -> Iterator[dict[str, list[str]]]:
    """Stand-in for a training data loader: batches as dicts of columns (as HF `.iter` gives)."""
    rng = random.Random(seed)
    for _ in range(batches):
        yield {"lang": rng.choices(LANGUAGES, weights=WEIGHTS, k=size)}


def main() -> datacensus.AuditResult:
    census = datacensus.Census(text=None, language="lang")  # labels exist: no LID needed
    for batch in loader(batches=50, size=200):
        census.update(batch)
    print(census)
    result = census.result()
    print(result.coverage("language").select("key", "count", "share", "ci_low", "ci_high").head(6))

    # The same counts, computed in one go: batching does not change the result.
    everything = pl.DataFrame({"lang": [x for b in loader(50, 200) for x in b["lang"]]})
    one_shot = datacensus.audit(everything, text=None, language="lang")
    assert one_shot.counts.equals(result.counts)
    print("streamed counts == one-shot counts")

    # Distributed: count shards anywhere, ship the small counts tables, merge on the driver.
    spec = datacensus.AuditSpec(text=None, language="lang")
    shards = [datacensus.count(pl.DataFrame(b), spec) for b in loader(50, 200)]
    merged = datacensus.merge_counts(*shards)
    assert merged.equals(result.counts)
    print(f"merged {len(shards)} shard counts: {merged.height} rows")
    return result


if __name__ == "__main__":
    main()
