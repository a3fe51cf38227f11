"""One counting mechanism: the counts do not depend on the executor or on the batch size.

Inline (this process), local worker processes and Ray all run `count(batch, spec)` on batches
cut by the same code and merge the counts tables they return.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import datacensus
from conftest import TINY
from datacensus.api import batch_workers, count_frame
from datacensus.execution.count import count
from datacensus.execution.parallel import ProcessPool
from datacensus.execution.scan import ScanOptions
from datacensus.lid import LidSettings
from datacensus.spec import AuditSpec

SENTENCES = [text for _, text in TINY] + [
    "Поезд задержался на сорок минут из-за снегопада на перевале.",
    "駅の近くに新しいパン屋ができて、朝から行列ができている。",
    "ok",
    "12 345",
    "   ",
]
rows = st.lists(st.sampled_from([*SENTENCES, None, ""]) | st.text(max_size=30), max_size=60)
SPEC = AuditSpec(text="text", lid=LidSettings(workers=2), categories=("topic",))


def frame_of(texts: list[str | None]) -> pl.DataFrame:
    topics = [f"t{len(t or '') % 3}" for t in texts]  # a function of the row: splits agree
    return pl.DataFrame(
        {"text": texts, "topic": topics}, schema={"text": pl.String, "topic": pl.String}
    )


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPool]:
    """Two LID worker processes shared by the examples (started once)."""
    workers = batch_workers(SPEC)[1]
    with ProcessPool(workers.count, workers.initializer, workers.initargs) as shared:
        yield shared


@settings(max_examples=25, deadline=None)
@given(texts=rows, batch_rows=st.integers(1, 25), sample=st.none() | st.floats(0.2, 1.0))
def test_counts_equal_inline_processes_and_any_batch_size(
    pool: ProcessPool, texts: list[str | None], batch_rows: int, sample: float | None
) -> None:
    """Worker processes over small batches count exactly what one inline batch counts."""
    frame = frame_of(texts)
    one_batch = ScanOptions(batch_rows=max(1, len(texts)), sample=sample, seed=3)
    inline, inline_read, _ = count_frame(
        frame, AuditSpec(**{**SPEC.__dict__, "lid": LidSettings(workers=1)}), one_batch
    )
    options = ScanOptions(batch_rows=batch_rows, sample=sample, seed=3)
    processes, read, _ = count_frame(frame, SPEC, options, pool=pool)
    assert processes.equals(inline)
    assert read.rows_read == inline_read.rows_read
    if sample is None:
        assert read.rows_read == len(texts)
        assert processes.equals(count(frame, SPEC))


@settings(max_examples=10, deadline=None)
@given(parts=st.lists(rows, min_size=1, max_size=4))
def test_census_batches_count_like_one_audit(parts: list[list[str | None]]) -> None:
    """A Census fed batch by batch holds exactly the counts of one audit of all the rows."""
    census = datacensus.Census(SPEC)
    with census:
        for part in parts:
            census.update(frame_of(part))
    whole = count(frame_of([t for part in parts for t in part]), SPEC)
    assert census.counts.equals(whole)


def _shards(directory: Path) -> Path:
    texts = [t for t in SENTENCES] * 40
    for i in range(4):
        lines = [json.dumps({"text": t, "topic": f"t{j % 3}"}) for j, t in enumerate(texts[i::4])]
        (directory / f"p{i}.jsonl").write_text("\n".join(lines) + "\n")
    return directory


@pytest.mark.slow
def test_counts_equal_inline_processes_and_ray(tmp_path: Path) -> None:
    """Files audited inline, by 2 worker processes over small batches and on Ray: same counts."""
    ray = pytest.importorskip("ray")
    corpus = _shards(tmp_path)
    common = {"categories": ["topic"], "sample": 0.7, "seed": 5}
    inline = datacensus.audit(corpus, lid=LidSettings(workers=1), **common)
    local = datacensus.audit(corpus, lid=LidSettings(workers=2), **common)
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        distributed = datacensus.audit(corpus, lid=LidSettings(workers=2), engine="ray", **common)
    finally:
        ray.shutdown()
    assert local.counts.equals(inline.counts)
    assert distributed.counts.equals(inline.counts)
    assert inline.dimensions["language"].total > 0
