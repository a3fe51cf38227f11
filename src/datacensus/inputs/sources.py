"""Inputs -> Polars frames: files, directories and globs of shards, or in-memory frames.

Only the needed columns are read. Rows that cannot be read are counted with a reason (and, in
strict mode, raise an error naming the file and line) — nothing is dropped silently.
"""

from __future__ import annotations

import difflib
import glob
import gzip
import hashlib
import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

import polars as pl

from datacensus.errors import ColumnNotFoundError, InputError, MissingDependencyError

FORMATS = {
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".arrow": "arrow",
    ".ipc": "arrow",
    ".feather": "arrow",
}
COMPRESSIONS = (".gz", ".zst")


@dataclass(frozen=True)
class Shard:
    """One input file and how to read it."""

    path: Path
    format: str
    compression: str | None = None

    @property
    def name(self) -> str:
        return str(self.path)


@dataclass
class ReadStats:
    """Rows read and rows skipped by reason, summed over shards."""

    rows_read: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    first_errors: list[str] = field(default_factory=list)

    def merge(self, other: ReadStats) -> None:
        """Add another shard's stats to these."""
        self.rows_read += other.rows_read
        self.skipped.update(other.skipped)
        self.first_errors.extend(other.first_errors[: max(0, 20 - len(self.first_errors))])

    def skip(self, reason: str, where: str, n: int = 1) -> None:
        self.skipped[reason] += n
        if len(self.first_errors) < 20:
            self.first_errors.append(f"{where}: {reason}")


def shard_of(path: Path) -> Shard:
    """Classify a file by its extension(s); raise InputError for unknown ones."""
    suffixes = [s.lower() for s in path.suffixes]
    compression = None
    if suffixes and suffixes[-1] in COMPRESSIONS:
        compression = suffixes.pop().lstrip(".")
    fmt = FORMATS.get(suffixes[-1]) if suffixes else None
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        raise InputError(
            f"{path}: unknown file type; expected one of {known} (optionally .gz/.zst)"
        )
    if compression and fmt not in ("jsonl", "csv"):
        raise InputError(
            f"{path}: compressed {fmt} is not supported; expected .jsonl/.csv + .gz/.zst"
        )
    return Shard(path=path, format=fmt, compression=compression)


def resolve_inputs(inputs: Sequence[str | Path]) -> list[Shard]:
    """Expand files, directories (recursively) and globs into a sorted list of shards."""
    if not inputs:
        raise InputError("no input given; expected one or more files, directories or globs")
    shards: list[Shard] = []
    for item in inputs:
        text = str(item)
        path = Path(text)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _readable_name(p))
            if not files:
                raise InputError(f"{path}: directory holds no parquet/jsonl/csv/arrow files")
            shards.extend(shard_of(p) for p in files)
        elif path.is_file():
            shards.append(shard_of(path))
        elif any(ch in text for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                raise InputError(f"{text}: the glob matches no files")
            shards.extend(shard_of(p) for p in files)
        else:
            raise InputError(f"{text}: no such file or directory")
    return shards


def _readable_name(path: Path) -> bool:
    try:
        shard_of(path)
    except InputError:
        return False
    return True


def fingerprint(shards: Iterable[Shard]) -> str:
    """A cheap content fingerprint: name, size and hashes of the first and last 64 KiB."""
    digest = hashlib.sha256()
    for shard in shards:
        digest.update(shard.path.name.encode())
        size = shard.path.stat().st_size
        digest.update(str(size).encode())
        with shard.path.open("rb") as fh:
            digest.update(fh.read(65536))
            if size > 65536:
                fh.seek(max(size - 65536, 65536))
                digest.update(fh.read(65536))
    return "sha256:" + digest.hexdigest()


def require_columns(available: Sequence[str], needed: Iterable[str], origin: str) -> None:
    """Raise ColumnNotFoundError naming the missing column and the closest existing one."""
    for col in needed:
        if col in available:
            continue
        close = difflib.get_close_matches(col, list(available), n=1, cutoff=0.5)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        have = ", ".join(repr(c) for c in list(available)[:12]) or "none"
        raise ColumnNotFoundError(
            f"{origin}: no column {col!r}{hint} (columns: {have})",
        )


#: Rows per batch handed to the analysers: large enough to amortise per-batch costs, small
#: enough that a batch of long documents stays well inside memory.
DEFAULT_BATCH_ROWS = 4096


def iter_batches(
    shard: Shard,
    columns: Sequence[str],
    stats: ReadStats,
    *,
    strict: bool = False,
    batch_rows: int = DEFAULT_BATCH_ROWS,
) -> Iterator[pl.DataFrame]:
    """Stream the needed columns of one shard in batches; unreadable rows are counted in stats."""
    if shard.format == "jsonl":
        yield from _jsonl_batches(shard, columns, stats, strict=strict, batch_rows=batch_rows)
        return
    cols = list(columns)
    try:
        scan = _scan(shard)
        require_columns(list(scan.collect_schema()), cols, shard.name)
        for batch in scan.select(cols).collect_batches(chunk_size=batch_rows):
            stats.rows_read += batch.height
            yield batch
    except ColumnNotFoundError:
        raise
    except (pl.exceptions.PolarsError, OSError, ValueError) as exc:
        if strict:
            raise InputError(f"{shard.name}: cannot read {shard.format} file ({exc})") from None
        stats.skip("corrupt_file", f"{shard.name} ({_first_line(exc)})")


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def _scan(shard: Shard) -> pl.LazyFrame:
    if shard.format == "parquet":
        return pl.scan_parquet(shard.path)
    if shard.format == "arrow":
        return pl.scan_ipc(shard.path)
    stem = shard.path.name.lower().removesuffix(f".{shard.compression}")
    sep = "\t" if stem.endswith(".tsv") else ","
    if shard.compression:
        with _open_stream(shard) as stream:
            data = stream.read()
        return pl.read_csv(data, separator=sep, infer_schema_length=0).lazy()
    return pl.scan_csv(shard.path, separator=sep, infer_schema_length=0)


def _open_stream(shard: Shard) -> BinaryIO:
    if shard.compression is None:
        return shard.path.open("rb")
    if shard.compression == "gz":
        return cast(BinaryIO, gzip.open(shard.path, "rb"))
    try:
        import zstandard
    except ImportError:  # pragma: no cover - zstandard is a core dependency
        raise MissingDependencyError("reading .zst needs `pip install zstandard`") from None
    reader: BinaryIO = zstandard.ZstdDecompressor().stream_reader(shard.path.open("rb"))
    return reader


def _lines(stream: BinaryIO) -> Iterator[bytes]:
    # zstandard's reader has no readline: buffer it so every stream iterates by line.
    yield from io.BufferedReader(cast(Any, stream))


def _jsonl_batches(
    shard: Shard, columns: Sequence[str], stats: ReadStats, *, strict: bool, batch_rows: int
) -> Iterator[pl.DataFrame]:
    """JSONL in chunks of lines: fast Polars parsing, per-line fallback for a bad chunk only."""
    schema: pl.Schema | None = None
    first_line = 1
    try:
        with _open_stream(shard) as stream:
            for chunk in _line_chunks(_lines(stream), batch_rows):
                if schema is None:
                    schema = _jsonl_schema(chunk, columns, shard, strict, first_line)
                frame = _parse_chunk(chunk, schema, shard, stats, strict, first_line)
                first_line += len(chunk)
                stats.rows_read += frame.height
                yield frame
    except (OSError, EOFError) as exc:
        if strict:
            raise InputError(f"{shard.name}: cannot read ({_first_line(exc)})") from None
        stats.skip("corrupt_file", f"{shard.name}:{first_line} ({_first_line(exc)})")


def _line_chunks(lines: Iterator[bytes], size: int) -> Iterator[list[bytes]]:
    chunk: list[bytes] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _jsonl_schema(
    chunk: list[bytes], columns: Sequence[str], shard: Shard, strict: bool, first_line: int
) -> pl.Schema | None:
    """Schema of the needed columns, inferred from the first chunk; None if nothing parsed."""
    records = _parse_lines(chunk, None, shard, ReadStats(), strict, first_line)
    if not records:
        return None
    seen = sorted({key for record in records for key in record})
    require_columns(seen, columns, shard.name)
    needed = [{c: r.get(c) for c in columns} for r in records]
    inferred = pl.DataFrame(needed, infer_schema_length=None, strict=False).schema
    return pl.Schema({c: inferred.get(c, pl.String) for c in columns})


def _parse_chunk(
    chunk: list[bytes],
    schema: pl.Schema | None,
    shard: Shard,
    stats: ReadStats,
    strict: bool,
    first_line: int,
) -> pl.DataFrame:
    if schema is not None:
        try:
            return pl.read_ndjson(io.BytesIO(b"".join(chunk)), schema=schema)
        except (pl.exceptions.PolarsError, ValueError):
            pass
    records = _parse_lines(chunk, list(schema or ()), shard, stats, strict, first_line)
    return pl.DataFrame(records, schema=schema, strict=False)


def _parse_lines(
    chunk: list[bytes],
    columns: Sequence[str] | None,
    shard: Shard,
    stats: ReadStats,
    strict: bool,
    first_line: int,
) -> list[dict[str, Any]]:
    """Parse lines one by one; bad ones are counted (or raised in strict mode) by line number."""
    records: list[dict[str, Any]] = []
    for offset, line in enumerate(chunk):
        if not line.strip():
            continue
        where = f"{shard.name}:{first_line + offset}"
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            if strict:
                raise InputError(f"{where}: malformed JSON line") from None
            stats.skip("malformed_json", where)
            continue
        if not isinstance(obj, dict):
            if strict:
                raise InputError(f"{where}: expected a JSON object per line") from None
            stats.skip("not_an_object", where)
            continue
        records.append(obj if columns is None else {c: obj.get(c) for c in columns})
    return records


def count_rows(shard: Shard) -> int:
    """Rows in a shard without parsing them (metadata for Parquet/Arrow, lines for text)."""
    if shard.format == "jsonl":
        with _open_stream(shard) as stream:
            return sum(1 for line in _lines(stream) if line.strip())
    return int(_scan(shard).select(pl.len()).collect().item())


def frame_from_object(obj: object) -> pl.DataFrame:
    """Convert an in-memory table (polars, pandas, pyarrow, HF datasets) to a polars DataFrame."""
    if isinstance(obj, pl.DataFrame):
        return obj
    if isinstance(obj, pl.LazyFrame):
        return obj.collect()
    module = type(obj).__module__.split(".")[0]
    if module == "pandas":
        return pl.from_pandas(cast(Any, obj))
    if module == "pyarrow":
        import pyarrow as pa
        import pyarrow.dataset as pads

        if isinstance(obj, pads.Dataset):
            return pl.from_arrow(obj.to_table())  # type: ignore[return-value]
        if isinstance(obj, pa.Table | pa.RecordBatch):
            return pl.from_arrow(obj)  # type: ignore[return-value]
    if module == "datasets":
        return pl.from_arrow(obj.data.table)  # type: ignore[attr-defined,return-value]
    raise InputError(
        f"cannot audit an object of type {type(obj).__name__}; expected a path, a list of paths, "
        "a polars DataFrame/LazyFrame, a pandas DataFrame, a pyarrow Table/Dataset "
        "or a Hugging Face datasets.Dataset"
    )
