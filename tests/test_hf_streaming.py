"""A streaming HF `IterableDataset` is audited batch by batch, with the file audit's counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

import datacensus
from datacensus.lid import LidSettings
from pipeline_corpus import sorted_counts

datasets = pytest.importorskip("datasets", reason="the hf extra is not installed")


def _parquet_shards(tmp_path: Path) -> list[Path]:
    from pipeline_corpus import write_shards

    paths = write_shards(tmp_path, shards=4, rows=150, seed=11)
    return [p for p in paths if p.suffix == ".parquet"]


def test_streaming_dataset_counts_equal_the_file_audit(tmp_path: Path) -> None:
    """load_dataset(parquet, streaming=True) -> audit == audit of the same files (LID on text)."""
    shards = _parquet_shards(tmp_path)
    stream = datasets.load_dataset(
        "parquet", data_files=[str(p) for p in shards], streaming=True, split="train"
    )
    assert isinstance(stream, datasets.IterableDataset)
    options = {"url": "url", "categories": ["topic"], "weight": ["documents", "chars"]}
    lid = LidSettings(workers=1)
    streamed = datacensus.audit(stream, lid=lid, **options)
    files = datacensus.audit([str(p) for p in shards], lid=lid, **options)
    assert streamed.input["rows_read"] == files.input["rows_read"] > 300
    assert sorted_counts(streamed.counts).equals(sorted_counts(files.counts))
    for name, dim in files.dimensions.items():
        assert streamed.dimensions[name].slices.equals(dim.slices), name


def test_an_endless_stream_is_read_batch_by_batch(tmp_path: Path) -> None:
    """A stream with no end is audited up to ``limit`` rows: it is never materialised."""
    served = 0

    def endless() -> Iterator[dict[str, str]]:
        nonlocal served
        while True:
            served += 1
            yield {"text": "x", "language": ("en", "fr", "sw")[served % 3]}

    stream = datasets.IterableDataset.from_generator(endless)
    result = datacensus.audit(stream, language="language", limit=25_000)
    assert result.input["rows_read"] == 25_000
    slices = result.dimensions["language"].slices.filter(pl.col("count") > 0)
    counts = dict(slices.select("key", "count").iter_rows())
    assert counts == {"en": 8333.0, "fr": 8334.0, "sw": 8333.0}
    assert served < 25_000 + 2 * 10_000  # at most a batch or two read ahead


def test_sampling_a_stream_is_refused(tmp_path: Path) -> None:
    """sample= on a stream fails with a one-line hint instead of reading everything."""
    stream = datasets.IterableDataset.from_generator(
        lambda: iter([{"text": "a", "language": "en"}])
    )
    with pytest.raises(ValueError, match="streaming dataset"):
        datacensus.audit(stream, language="language", sample=0.5)
