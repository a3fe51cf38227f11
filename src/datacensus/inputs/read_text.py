"""JSON Lines, JSON arrays and CSV/TSV (optionally .gz/.zst): every line accounted for.

Rows are parsed one by one, so a bad line, a ragged CSV row, invalid UTF-8 or a value of the
wrong type is one counted row (named by file and line), and a damaged compressed stream keeps
every row before the damage.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import polars as pl

from datacensus.inputs.decode import StreamFault, numbered_lines, raw_chunks, utf8_chunks
from datacensus.inputs.values import NUMBER, REASON, check_value, describe, frame_of, kind_of

if TYPE_CHECKING:
    from datacensus.inputs.shard import ReadStats, Shard


_decode = json.JSONDecoder().decode
EXPECTED = {
    "text": "a string",
    "label": "a label",
    "labels": "a label or a list of labels",
    "number": "a whole number",
}


class RowChecker:
    """Turns records into checked rows and batches of them; bad rows go to the stats."""

    def __init__(
        self,
        shard: Shard,
        columns: Sequence[str],
        kinds: Mapping[str, str],
        stats: ReadStats,
        strict: bool,
        batch_rows: int,
    ) -> None:
        self.shard, self.columns, self.kinds = shard, list(columns), kinds
        self.stats, self.strict, self.batch_rows = stats, strict, batch_rows
        self.rows: list[list[Any]] = []
        self.plan = [(c, kind_of(c, kinds)) for c in self.columns]
        self.unseen = set(self.columns)
        self.seen: set[str] = set()
        self.checked_columns = False

    def fault(self, reason: str, where: str, detail: str) -> None:
        self.stats.fault(reason, where, detail, strict=self.strict)

    def add(self, record: Mapping[str, Any], where: str | int) -> pl.DataFrame | None:
        """Check one record (``where``: its line number, or a description); return a full
        batch when one is ready."""
        row: list[Any] = []
        if self.unseen:  # the column list is needed only while a needed column is missing
            self.seen.update(record)
            self.unseen.difference_update(record)
        for column, kind in self.plan:
            value = record.get(column)
            if value is None or (type(value) is str and kind != NUMBER):
                row.append(value)
                continue
            ok, stored = check_value(value, kind)
            if not ok:
                self.fault(
                    REASON[kind],
                    f"{self.shard.name}:{where}" if isinstance(where, int) else where,
                    f"column {column!r} holds {describe(value)}, expected {EXPECTED[kind]}",
                )
                return None
            row.append(stored)
        self.rows.append(row)
        return self.flush() if len(self.rows) >= self.batch_rows else None

    def flush(self) -> pl.DataFrame | None:
        if not self.rows:
            return None
        if not self.checked_columns:
            self.checked_columns = True
            self._require_early()
        frame = frame_of(self.rows, self.columns, self.kinds)
        self.rows = []
        self.stats.rows_read += frame.height
        return frame

    def _require_early(self) -> None:
        """After the first batch: a needed column not seen yet, and not anywhere in the file
        (a byte search), is an error now rather than after the whole file."""
        from datacensus.inputs.shard import has_key, require_columns

        missing = self.missing_columns()
        if missing and self.shard.format == "jsonl":
            absent = [c for c in missing if not has_key(self.shard, c)]
            if absent:
                require_columns(sorted(self.seen), absent, self.shard.name)

    def missing_columns(self) -> list[str]:
        return [c for c in self.columns if c in self.unseen]


def json_batches(checker: RowChecker) -> Iterator[pl.DataFrame]:
    """JSON Lines, or (for a file starting with ``[``) one JSON array of objects."""
    shard = checker.shard
    lines = numbered_lines(utf8_chunks(raw_chunks(shard.path, shard.compression)))
    first = True
    name = shard.name
    try:
        for number, line in lines:
            if not line.strip():
                continue
            if first and line.lstrip().startswith(b"["):
                yield from _array_batches(checker, line, lines)
                break
            first = False
            try:
                obj = _decode(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                checker.fault("invalid_utf8", f"{name}:{number}", f"not UTF-8 (byte {exc.start})")
                continue
            except json.JSONDecodeError as exc:
                checker.fault("malformed_json", f"{name}:{number}", f"malformed JSON ({exc.msg})")
                continue
            if type(obj) is not dict:
                checker.fault(
                    "not_an_object", f"{name}:{number}", f"{describe(obj)}, expected a JSON object"
                )
                continue
            if (batch := checker.add(obj, number)) is not None:
                yield batch
    except StreamFault as fault:
        if (batch := checker.flush()) is not None:
            yield batch
        checker.fault(fault.reason, shard.name, fault.detail)
    if (batch := checker.flush()) is not None:
        yield batch


def _array_batches(
    checker: RowChecker, first: bytes, rest: Iterator[tuple[int, bytes]]
) -> Iterator[pl.DataFrame]:
    """A ``.json`` file holding one array: each element is a row (element numbers from 1)."""
    shard = checker.shard
    data = b"\n".join([first, *(line for _, line in rest)])
    try:
        items = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f"{shard.name}: byte {getattr(exc, 'pos', getattr(exc, 'start', 0)):,}"
        checker.fault("corrupt_file", where, "not a valid JSON array")
        return
    if not isinstance(items, list):
        checker.fault("corrupt_file", shard.name, "not a JSON array or JSON Lines")
        return
    for index, obj in enumerate(items, start=1):
        where = f"{shard.name}: element {index}"
        if not isinstance(obj, dict):
            checker.fault("not_an_object", where, f"{describe(obj)}, expected a JSON object")
            continue
        if (batch := checker.add(obj, where)) is not None:
            yield batch


def csv_batches(checker: RowChecker) -> Iterator[pl.DataFrame]:
    """CSV/TSV: the first row names the columns; a row with another number of fields, bad
    quoting or invalid UTF-8 is one counted row."""
    shard = checker.shard
    stem = shard.path.name.lower().removesuffix(f".{shard.compression}")
    delimiter = "\t" if stem.endswith(".tsv") else ","
    text = _text_lines(utf8_chunks(raw_chunks(shard.path, shard.compression)))
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    header: list[str] | None = None
    wanted: list[tuple[str, int]] = []
    try:
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                where = f"{shard.name}:{reader.line_num}"
                checker.fault("malformed_csv", where, f"bad quoting ({exc})")
                continue
            if not fields or fields == [""]:
                continue
            line = reader.line_num
            if header is None:
                header = fields
                _require_header(checker, header)
                wanted = [(c, header.index(c)) for c in checker.columns]
                continue
            if not all(map(str.isascii, fields)) and any(map(_SURROGATE.search, fields)):
                checker.fault("invalid_utf8", f"{shard.name}:{line}", "not UTF-8")
                continue
            if len(fields) != len(header):
                checker.fault(
                    "malformed_csv",
                    f"{shard.name}:{line}",
                    f"{len(fields)} fields, header has {len(header)}",
                )
                continue
            record = {c: fields[i] or None for c, i in wanted}
            if (batch := checker.add(record, line)) is not None:
                yield batch
    except StreamFault as fault:
        if (batch := checker.flush()) is not None:
            yield batch
        checker.fault(fault.reason, shard.name, fault.detail)
    if (batch := checker.flush()) is not None:
        yield batch


_SURROGATE = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8 (surrogateescape)


def _require_header(checker: RowChecker, header: list[str]) -> None:
    from datacensus.inputs.shard import require_columns

    require_columns(header, checker.columns, checker.shard.name)
    checker.seen.update(header)
    checker.unseen.difference_update(header)


def _text_lines(chunks: Iterator[bytes]) -> Iterator[str]:
    """Text lines (newline kept, as csv wants) with invalid UTF-8 kept as surrogates."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    pending = ""
    for chunk in chunks:
        pending += decoder.decode(chunk)
        *complete, pending = pending.split("\n")
        for line in complete:
            yield line + "\n"
    pending += decoder.decode(b"", final=True)
    if pending:
        yield pending
