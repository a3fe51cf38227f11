"""The datatrove step counts the documents that flow through a pipeline, like `audit` does."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

import datacensus
from datacensus.execution.counts_file import read_counts
from datacensus.models import AuditResult
from pipeline_corpus import records, sorted_counts

datatrove = pytest.importorskip("datatrove", reason="the datatrove extra is not installed")


def test_pipeline_counts_equal_an_audit_of_the_surviving_documents(tmp_path: Path) -> None:
    """3 tasks (2 processes) with a filter: merged step counts == audit of the kept documents."""
    import random

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.filters import LambdaFilter
    from datatrove.pipeline.readers import JsonlReader

    from datacensus.integrations.datatrove import CensusCounter, CensusReport

    rng = random.Random(3)
    source = tmp_path / "source"
    source.mkdir()
    kept: list[dict[str, object]] = []
    for i in range(5):
        rows = records(60 + 40 * i, rng)
        lines = [
            json.dumps({"id": f"{i}-{n}", **r}, ensure_ascii=False) for n, r in enumerate(rows)
        ]
        (source / f"part-{i}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        # datatrove's reader drops documents without text; the filter below drops `legal`
        kept.extend(r for r in rows if r["text"] and r["topic"] != "legal")
    counts_dir = tmp_path / "counts"
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source)),
            LambdaFilter(lambda doc: doc.metadata["topic"] != "legal"),
            CensusCounter(counts_dir, language="language", url="url", categories=["topic"]),
        ],
        tasks=3,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    pieces = sorted(counts_dir.glob("*.counts.parquet"))
    assert [p.name for p in pieces] == ["00000.counts.parquet", "00001.counts.parquet",
                                        "00002.counts.parquet"]  # fmt: skip
    assert sorted(read_counts(p).provenance["task"]["rank"] for p in pieces) == [0, 1, 2]
    LocalPipelineExecutor(
        pipeline=[CensusReport(counts_dir, tmp_path / "report", weight=["documents", "chars"])],
        tasks=1,
        logging_dir=str(tmp_path / "logs-report"),
    ).run()
    merged = AuditResult.read(tmp_path / "report" / "result.json")

    flat = tmp_path / "kept.parquet"
    pl.DataFrame(kept).write_parquet(flat)
    audit = datacensus.audit(
        str(flat), language="language", url="url", categories=["topic"],
        weight=["documents", "chars"],
    )  # fmt: skip
    assert merged.input["rows_read"] == len(kept) == audit.input["rows_read"]
    assert sorted_counts(merged.counts).equals(sorted_counts(audit.counts))
    for name, dim in audit.dimensions.items():
        assert merged.dimensions[name].slices.equals(dim.slices), name
    assert "legal" not in set(merged.dimensions["topic"].slices["key"])
