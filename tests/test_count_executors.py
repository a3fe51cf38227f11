"""One counting mechanism: the counts do not depend on the executor or on the batch size.

Inline (this process), local worker processes and Ray all run `count(batch, spec)` on batches
cut by the same code and merge the counts tables they return.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

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


def test_the_last_files_end_in_the_smallest_pieces(tmp_path: Path) -> None:
    """With plenty of small Parquet files, each goes out whole, except the last one per process:
    those are counted last and end in pieces halving down to `PIECE_ROWS`, so no process waits
    long for the other's last unit (and few extra pieces each decode their row group)."""
    from datacensus.execution import scan
    from datacensus.inputs.sources import Shard

    files = []
    for i in range(20):
        path = tmp_path / f"part-{i:02d}.parquet"
        pl.DataFrame({"text": [f"row {j}" for j in range(10_000)]}).write_parquet(path)
        files.append(Shard(path, "parquet"))
    plan = scan._Plan(2, len(files), ScanOptions(), None)
    assert all(plan.pieces(f, i) == [None] for i, f in enumerate(files[:18]))
    for i in (18, 19):
        assert plan.pieces(files[i], i) == [(0, 5000), (5000, 9096), (9096, 10_000)]
    assert scan._Plan(1, len(files), ScanOptions(), None).pieces(files[19], 19) == [None]
    assert scan._tapered(125_000, 62_500) == [
        (0, 62_500),
        (62_500, 93_750),
        (93_750, 109_375),
        (109_375, 117_187),
        (117_187, 121_283),
        (121_283, 125_000),
    ]
    assert scan._tapered(3000, 4096) == [(0, 3000)]
    sampled = scan._Plan(2, len(files), ScanOptions(sample=0.5), 0.5)
    assert sampled.pieces(files[19], 19) == [None]  # a sample needs whole files


def test_the_last_pieces_are_handed_out_largest_first(tmp_path: Path) -> None:
    """Pieces of the last files (one per process) go out after every other unit, largest first
    whichever file they belong to, so the last units handed out are the smallest; the counts
    are those of reading every file whole."""
    from datacensus.execution import scan
    from datacensus.inputs.sources import Shard

    files = []
    for i, size in enumerate((30_000, 30_000, 20_000, 50_000)):
        path = tmp_path / f"part-{i}.parquet"
        pl.DataFrame({"text": [f"row {j}" for j in range(size)]}).write_parquet(path)
        files.append(Shard(path, "parquet"))
    handed: list[scan.FileUnit] = []

    class Recording(ProcessPool):
        def map_streaming(self, func, items, *, window=None):  # type: ignore[no-untyped-def]
            for item in items:
                handed.append(item)
                yield item, func(item)

    spec = AuditSpec(text=None, categories=("text",))
    count_batch = functools.partial(count, spec=spec)
    with Recording(2) as pool:
        counts, read, _ = scan.count_shards(files, ["text"], count_batch, ScanOptions(), pool=pool)
    tail = [u for u in handed if u.shard.path.name in ("part-2.parquet", "part-3.parquet")]
    assert handed[-len(tail) :] == tail  # the last files' pieces come after every other unit
    # 20,000 rows in pieces of 5,000 and 50,000 in pieces of 12,500, each tapering to 4,096.
    sizes = [u.rows[1] - u.rows[0] for u in tail if u.rows is not None]
    assert sizes == [12_500] * 3 + [6250] + [5000] * 3 + [4096] * 2 + [2154, 904]
    whole, whole_read, _ = scan.count_shards(files, ["text"], count_batch, ScanOptions())
    assert counts.equals(whole) and read.rows_read == whole_read.rows_read == 130_000


@settings(max_examples=10, deadline=None)
@given(
    shards=st.lists(rows, min_size=1, max_size=3),
    group_rows=st.integers(1, 20),
    piece_rows=st.integers(1, 30),
    batch_rows=st.integers(1, 25),
)
def test_parquet_pieces_count_like_whole_files(
    pool: ProcessPool,
    tmp_path_factory: pytest.TempPathFactory,
    shards: list[list[str | None]],
    group_rows: int,
    piece_rows: int,
    batch_rows: int,
) -> None:
    """Few Parquet files are cut into row ranges, each read by the process that counts it: the
    counts and read stats equal one process reading each file whole, in one batch."""
    from datacensus.execution import scan
    from datacensus.inputs.sources import Shard

    folder = tmp_path_factory.mktemp("pieces")
    files = []
    for i, texts in enumerate(shards):
        path = folder / f"part-{i}.parquet"
        frame_of(texts).write_parquet(path, row_group_size=group_rows)
        files.append(Shard(path, "parquet"))
    count_batch = functools.partial(count, spec=batch_workers(SPEC)[0])
    whole, whole_read, _ = scan.count_shards(
        files, SPEC.columns(), count_batch, ScanOptions(batch_rows=1000)
    )
    options = ScanOptions(batch_rows=batch_rows)
    with mock.patch.object(scan, "PIECE_ROWS", piece_rows):
        plan = scan._Plan(pool.workers, len(files), options, None)
        longest = max(len(t) for t in shards)
        assert len(plan.pieces(files[0], 0) or []) >= 1
        if longest > 2 * piece_rows:
            assert max(len(plan.pieces(f, i) or []) for i, f in enumerate(files)) > 1
        cut, cut_read, _ = scan.count_shards(files, SPEC.columns(), count_batch, options, pool=pool)
    assert cut.equals(whole)
    assert cut_read.rows_read == whole_read.rows_read == sum(len(t) for t in shards)
