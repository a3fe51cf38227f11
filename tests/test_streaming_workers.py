"""Batches counted in worker processes while the main process reads: same counts, bounded."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from conftest import TINY
from datacensus.api import batch_workers, count
from datacensus.execution.parallel import map_streaming
from datacensus.execution.scan import ScanOptions, count_shards
from datacensus.inputs.sources import resolve_inputs
from datacensus.lid import LidSettings
from datacensus.spec import AuditSpec


def _square(x: int) -> int:
    return x * x


def test_map_streaming_keeps_a_bounded_window() -> None:
    """No more than `window` items are drawn ahead of the results handed back."""
    drawn = []

    def items() -> object:
        for i in range(40):
            drawn.append(i)
            yield i

    seen = 0
    for item, result in map_streaming(_square, items(), 2, window=3):
        assert result == item * item
        seen += 1
        assert len(drawn) - seen <= 3
    assert seen == 40


def test_map_streaming_in_process_with_one_worker() -> None:
    """workers=1 runs in this process, in input order."""
    assert list(map_streaming(_square, range(5), 1)) == [(i, i * i) for i in range(5)]


@pytest.fixture
def shards(tmp_path: Path) -> Path:
    for part in range(3):
        lines = [json.dumps({"text": text}) for _, text in TINY * (part + 2)]
        (tmp_path / f"p{part}.jsonl").write_text("\n".join(lines) + "\n")
    return tmp_path


def test_worker_processes_count_like_one_process(shards: Path) -> None:
    """Two LID worker processes over 3-row batches give exactly the in-process counts."""
    spec = AuditSpec(lid=LidSettings(workers=2))
    batch_spec, workers = batch_workers(spec)
    assert workers.count == 2 and batch_spec.lid.workers == 1
    found = resolve_inputs([shards])
    options = ScanOptions(batch_rows=3)
    parallel, stats, _ = count_shards(
        found, spec.columns(), functools.partial(count, spec=batch_spec), options, workers=workers
    )
    serial, _, _ = count_shards(
        found, spec.columns(), functools.partial(count, spec=batch_spec), ScanOptions()
    )
    assert parallel.equals(serial)
    assert stats.rows_read == len(TINY) * (2 + 3 + 4)


def test_label_columns_need_no_worker_processes() -> None:
    """Without LID there is nothing to farm out: batches are counted in this process."""
    spec = AuditSpec(text=None, language="lang")
    assert batch_workers(spec)[1].count == 1
