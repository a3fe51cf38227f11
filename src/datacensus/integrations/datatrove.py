"""A datatrove pipeline step that counts the documents flowing through it.

    from datacensus.integrations.datatrove import CensusCounter, CensusReport

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader("data/"),
            LanguageFilter(),                      # puts `language` in each document's metadata
            CensusCounter("counts/", language="language", url="url"),
            JsonlWriter("out/"),
        ],
        tasks=8,
    ).run()
    # then `datacensus merge counts/*.parquet -o report/`, or a final one-task step:
    LocalPipelineExecutor(pipeline=[CensusReport("counts/", "report/")], tasks=1).run()

Each task (rank) writes ``counts/<rank>.counts.parquet``; documents pass through unchanged.
Columns are read from the document: ``text`` is ``doc.text``, ``id`` is ``doc.id``, every
other column is ``doc.metadata[column]``. Needs ``pip install 'datacensus[datatrove]'``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from datacensus.errors import MissingDependencyError
from datacensus.execution.counts_file import provenance, write_counts
from datacensus.integrations.streams import DEFAULT_BATCH_ROWS, BatchCounter
from datacensus.lid import LidSettings
from datacensus.spec import AuditSpec

try:  # the steps subclass datatrove's own base class, so it is needed at import
    from datatrove.pipeline.base import PipelineStep
except ImportError:
    raise MissingDependencyError(
        "datacensus.integrations.datatrove needs datatrove: pip install 'datacensus[datatrove]'"
    ) from None

COUNTS_GLOB = "*.counts.parquet"


class CensusCounter(PipelineStep):
    """Count every document that reaches this step; write one counts file per task."""

    name = "datacensus counts"
    type = "📊 - STATS"

    def __init__(
        self,
        output_folder: str | Path,
        *,
        language: str | None = None,
        country: str | None = None,
        url: str | None = None,
        categories: Sequence[str] = (),
        tokens: str | None = None,
        origin: str | None = None,
        lid: LidSettings | None = None,
        batch_rows: int = DEFAULT_BATCH_ROWS,
        **spec_options: Any,
    ) -> None:
        """``language`` etc. name metadata keys; without ``language``, LID runs on the text."""
        super().__init__()
        self.output_folder = str(output_folder)
        self.batch_rows = batch_rows
        self.spec = AuditSpec(
            text="text",
            language=language,
            country=country,
            url=url,
            categories=tuple(categories),
            tokens=tokens,
            origin=origin,
            lid=lid or LidSettings(workers=1),
            **spec_options,
        )

    def run(self, data: Any = None, rank: int = 0, world_size: int = 1) -> Any:
        """Yield every document unchanged; count it on the way; write the counts at the end."""
        counter = BatchCounter(self.spec, self.batch_rows)
        for doc in data or ():
            counter.add_row(_row(doc, counter.columns))
            self.stat_update("counted")
            yield doc
        counts = counter.counts()
        write_counts(
            Path(self.output_folder) / f"{rank:05d}.counts.parquet",
            counts,
            self.spec,
            provenance=provenance(
                source="datatrove",
                rows_read=_rows_read(counts),
                task={"rank": rank, "world_size": world_size},
            ),
        )


class CensusReport(PipelineStep):
    """A final one-task step: merge the counts files of a folder and write the report."""

    name = "datacensus report"
    type = "📊 - STATS"

    def __init__(
        self,
        counts_folder: str | Path,
        output_folder: str | Path,
        *,
        references: Mapping[str, Any] | None = None,
        weight: str | Sequence[str] = "documents",
        policy: Any = None,
    ) -> None:
        super().__init__()
        self.counts_folder = str(counts_folder)
        self.output_folder = str(output_folder)
        self.references = dict(references or {})
        self.weight = weight
        self.policy = policy

    def run(self, data: Any = None, rank: int = 0, world_size: int = 1) -> Any:
        """On rank 0: merge, compare, write result.json / report.html / summary.md."""
        if data:
            yield from data
        if rank != 0:
            return
        from datacensus.integrations.pieces import result_from_counts
        from datacensus.report.write import write_report

        pieces = sorted(Path(self.counts_folder).glob(COUNTS_GLOB))
        result = result_from_counts(
            pieces, references=self.references, weight=self.weight, policy=self.policy
        )
        write_report(result, self.output_folder)


def _row(doc: Any, columns: Sequence[str]) -> dict[str, Any]:
    metadata = doc.metadata
    row: dict[str, Any] = {}
    for column in columns:
        if column == "text":
            row[column] = doc.text
        elif column == "id":
            row[column] = doc.id
        else:
            value = metadata.get(column)
            row[column] = value if value is None or isinstance(value, str | int) else str(value)
    return row


def _rows_read(counts: Any) -> int:
    import polars as pl

    rows = counts.filter((pl.col("dimension") == "_rows") & (pl.col("key") == "read"))
    return int(rows["documents"].sum()) if rows.height else 0
