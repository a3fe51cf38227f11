"""Parquet and Arrow IPC files, read row group by row group (record batch by record batch).

A row group that cannot be decoded is counted as ``corrupt_file`` rows (its row count comes from
the footer) and the others are kept. A file without a readable footer cannot say how many rows
it held: it counts as one ``truncated_file`` / ``corrupt_file`` row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

import polars as pl

from datacensus.inputs.values import LABEL, LABELS, NUMBER, REASON, TEXT, empty_frame, kind_of

if TYPE_CHECKING:
    from datacensus.inputs.shard import ReadStats, Shard


def _errors() -> tuple[type[Exception], ...]:
    """What pyarrow and polars raise for data they cannot decode."""
    import pyarrow as pa

    return (pa.lib.ArrowException, pl.exceptions.PolarsError, OSError, ValueError, IndexError)


def columnar_batches(
    shard: Shard,
    columns: Sequence[str],
    kinds: Mapping[str, str],
    stats: ReadStats,
    strict: bool,
    batch_rows: int,
    rows: tuple[int, int] | None = None,
) -> Iterator[pl.DataFrame]:
    """Checked batches of the needed columns of a Parquet or Arrow file.

    ``rows`` (Parquet only): just rows ``[start, stop)`` of the file, a piece of it. Parquet is
    read by Polars; rows it cannot decode, and Arrow files, are read row group by row group
    (record batch by record batch) with pyarrow, which says which part is damaged.
    """
    if shard.format == "parquet":
        healthy = _by_polars(shard, columns, kinds, stats, strict, batch_rows, rows)
        if healthy is not None:
            yield from healthy
            return
    yield from _by_part(shard, columns, kinds, stats, strict, batch_rows, rows)


def _by_polars(
    shard: Shard,
    columns: Sequence[str],
    kinds: Mapping[str, str],
    stats: ReadStats,
    strict: bool,
    batch_rows: int,
    rows: tuple[int, int] | None,
) -> Iterator[pl.DataFrame] | None:
    """Batches of a Parquet file read by Polars; None when its footer cannot be read."""
    from datacensus.inputs.shard import require_columns

    try:
        scan = pl.scan_parquet(shard.path)
        names = scan.collect_schema().names()
        total = int(scan.select(pl.len()).collect().item())
    except (pl.exceptions.PolarsError, OSError):
        return None
    require_columns(names, columns, shard.name)
    start, stop = rows or (0, total)
    # Rows per batch: about BATCH_BYTES of text, guessed from the file (text compresses ~4x).
    # Rows are read READ_BATCHES batches at a time: each read decodes whole row groups.
    size = _rows_per_batch(4 * shard.path.stat().st_size / max(total, 1), batch_rows)
    where = f"{shard.name}: rows {start}-{stop}"
    plan = (start, stop, size, READ_BATCHES * size)
    return _polars_batches(shard, scan, columns, kinds, stats, strict, plan, where)


#: Batches decoded by one read of a Parquet file.
READ_BATCHES = 4


def _polars_batches(
    shard: Shard,
    scan: pl.LazyFrame,
    columns: Sequence[str],
    kinds: Mapping[str, str],
    stats: ReadStats,
    strict: bool,
    plan: tuple[int, int, int, int],
    where: str,
) -> Iterator[pl.DataFrame]:
    start, stop, size, read = plan
    for offset in range(start, stop, read):
        end = min(offset + read, stop)
        try:
            frame = scan.select(list(columns)).slice(offset, end - offset).collect()
        except (pl.exceptions.PolarsError, OSError):
            # Damaged rows: re-read them part by part, so the damage is counted where it is.
            yield from _by_part(shard, columns, kinds, stats, strict, size, (offset, end))
            continue
        yield from _checked(frame.iter_slices(size), columns, kinds, stats, where, strict)


def _by_part(
    shard: Shard,
    columns: Sequence[str],
    kinds: Mapping[str, str],
    stats: ReadStats,
    strict: bool,
    batch_rows: int,
    rows: tuple[int, int] | None,
) -> Iterator[pl.DataFrame]:
    """Batches read with pyarrow, row group by row group: a damaged one is counted and skipped."""
    from datacensus.inputs.shard import require_columns

    opened = _open(shard, stats, strict)
    if opened is None:
        return
    names, parts = opened
    require_columns(names, columns, shard.name)
    first = 0  # the file's row number of a part's first row
    for where, size, read in parts:
        start, stop = (0, size) if rows is None else (max(rows[0] - first, 0), rows[1] - first)
        first += size
        if rows is not None and (stop <= 0 or start >= size):
            continue  # a row group outside the piece
        try:
            table = read(list(columns))
        except _errors() as exc:
            wanted = min(stop, size) - start
            stats.fault(
                "corrupt_file",
                where,
                f"cannot be decoded ({_first_line(exc)})",
                wanted or 1,
                strict,
            )
            continue
        if rows is not None:
            table = table.slice(start, stop - start)
        per_row = table.nbytes / max(table.num_rows, 1)
        batches = table.to_batches(max_chunksize=_rows_per_batch(per_row, batch_rows))
        frames = (cast(pl.DataFrame, pl.from_arrow(batch)) for batch in batches)
        yield from _checked(frames, columns, kinds, stats, where, strict)


def _checked(
    frames: Iterable[pl.DataFrame],
    columns: Sequence[str],
    kinds: Mapping[str, str],
    stats: ReadStats,
    where: str,
    strict: bool,
) -> Iterator[pl.DataFrame]:
    """The frames checked (`check_frame`), their kept rows counted as read, empty ones left out."""
    for frame in frames:
        checked = check_frame(frame, columns, kinds, stats, where, strict)
        stats.rows_read += checked.height
        if checked.height:
            yield checked


#: About this many bytes of column data per batch: long documents come in fewer rows.
BATCH_BYTES = 8 << 20


def _rows_per_batch(bytes_per_row: float, batch_rows: int) -> int:
    """Rows per batch: ``batch_rows``, fewer when rows are large (`BATCH_BYTES`; at least 256)."""
    return max(1, min(batch_rows, max(256, int(BATCH_BYTES / max(bytes_per_row, 1)))))


Part = tuple[str, int, Any]


def _open(shard: Shard, stats: ReadStats, strict: bool) -> tuple[list[str], list[Part]] | None:
    """Column names and the readable parts (where, rows, read(columns)) of a file."""
    import pyarrow as pa
    import pyarrow.ipc as ipc
    import pyarrow.parquet as pq

    try:
        if shard.format == "parquet":
            pf = pq.ParquetFile(shard.path)
            meta = pf.metadata
            parts: list[Part] = [
                (
                    f"{shard.name}: row group {i}",
                    meta.row_group(i).num_rows,
                    lambda cols, i=i: pf.read_row_group(i, columns=cols),
                )
                for i in range(meta.num_row_groups)
            ]
            return list(pf.schema_arrow.names), parts
        reader = ipc.open_file(pa.memory_map(str(shard.path)))
        parts = [
            (
                f"{shard.name}: record batch {i}",
                0,
                lambda cols, i=i: pa.Table.from_batches([reader.get_batch(i).select(cols)]),
            )
            for i in range(reader.num_record_batches)
        ]
        return list(reader.schema.names), parts
    except _errors() as exc:
        reason = "truncated_file" if _cut_off(shard) else "corrupt_file"
        what = "ends early (no footer)" if reason == "truncated_file" else "is not readable"
        stats.fault(
            reason, shard.name, f"{shard.format} file {what} ({_first_line(exc)})", 1, strict
        )
        return None


def _cut_off(shard: Shard) -> bool:
    """Starts like a file of its format but lacks the closing magic bytes.

    A Parquet file's first page header follows its magic; in Thrift's compact encoding it opens
    with byte 0x15 (field 1, an i32), which tells a cut file from text that merely says PAR1.
    """
    magic = b"PAR1\x15" if shard.format == "parquet" else b"ARROW1"
    with shard.path.open("rb") as fh:
        head = fh.read(len(magic))
        size = shard.path.stat().st_size
        fh.seek(max(0, size - len(magic.rstrip(b"\x15"))))
        tail = fh.read()
    return head == magic and tail != magic.rstrip(b"\x15")


def check_frame(
    frame: pl.DataFrame,
    columns: Sequence[str],
    kinds: Mapping[str, str],
    stats: ReadStats,
    where: str,
    strict: bool,
) -> pl.DataFrame:
    """Rows whose values have the wrong type counted and dropped; columns cast to their kind."""
    if frame.height == 0:
        return empty_frame(columns, kinds)
    bad = pl.Series([False] * frame.height)
    out: dict[str, pl.Series] = {}
    for column in columns:
        kind = kind_of(column, kinds)
        original = frame.get_column(column)
        series, wrong = _cast(original, kind)
        reason = "invalid_utf8" if kind == TEXT and original.dtype == pl.Binary else REASON[kind]
        if wrong is not None:
            new = wrong & ~bad
            n = int(new.sum())
            if n:
                stats.fault(
                    reason,
                    where,
                    f"column {column!r} holds {original.dtype} values, expected {kind}",
                    n,
                    strict,
                )
            bad = bad | wrong
        out[column] = series
    return pl.DataFrame(out).filter(~bad)


def _cast(series: pl.Series, kind: str) -> tuple[pl.Series, pl.Series | None]:
    """The series as its kind's dtype, and which rows could not be (None: all fine)."""
    dtype = series.dtype
    name = series.name
    if dtype == pl.Null:
        target = pl.Int64 if kind == NUMBER else pl.String
        return series.cast(target), None
    if kind == TEXT:
        if dtype == pl.String:
            return series, None
        if dtype == pl.Binary:
            values = [_utf8(v) for v in series.to_list()]
            wrong = pl.Series([v is False for v in values])
            return pl.Series(name, [v if v is not False else None for v in values], pl.String), (
                wrong
            )
        return pl.Series(name, [None] * len(series), pl.String), series.is_not_null()
    if kind == LABELS and isinstance(dtype, pl.List) and not dtype.inner.is_nested():
        if dtype.inner in (pl.Binary, pl.Object):
            return pl.Series(name, [None] * len(series), pl.String), series.is_not_null()
        return series.cast(pl.List(pl.String)), None
    if kind in (LABEL, LABELS):
        if dtype.is_nested() or dtype in (pl.Binary, pl.Object):
            return pl.Series(name, [None] * len(series), pl.String), series.is_not_null()
        if dtype == pl.Boolean:
            return series.cast(pl.String).str.to_lowercase(), None
        return series.cast(pl.String), None
    if dtype.is_integer():
        return series.cast(pl.Int64), None
    cast = series.cast(pl.Int64, strict=False) if not dtype.is_nested() else None
    if cast is None:
        return pl.Series(name, [None] * len(series), pl.Int64), series.is_not_null()
    wrong = series.is_not_null() & cast.is_null()
    if dtype.is_float():
        wrong = wrong | (series.is_not_null() & (series != series.round(0)))
    return cast, wrong


def _utf8(value: bytes | None) -> str | bool | None:
    if value is None:
        return None
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return False


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
