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
from typing import Any

import polars as pl

from .errors import ColumnNotFoundError, InputError, MissingDependencyError

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


def read_shard(
    shard: Shard, columns: Sequence[str], stats: ReadStats, *, strict: bool = False
) -> pl.DataFrame:
    """Read the needed columns of one shard. Unreadable rows are counted in ``stats``."""
    try:
        frame = _read_fast(shard, columns)
    except ColumnNotFoundError:
        raise
    except (pl.exceptions.ComputeError, pl.exceptions.PolarsError, OSError, ValueError) as exc:
        if shard.format != "jsonl":
            if strict:
                raise InputError(f"{shard.name}: cannot read {shard.format} file ({exc})") from None
            stats.skip("corrupt_file", shard.name)
            return pl.DataFrame()
        frame = _read_jsonl_tolerant(shard, columns, stats, strict=strict)
    stats.rows_read += frame.height
    return frame


def _read_fast(shard: Shard, columns: Sequence[str]) -> pl.DataFrame:
    cols = list(columns)
    if shard.format == "parquet":
        schema = pl.read_parquet_schema(shard.path)
        require_columns(list(schema), cols, shard.name)
        return pl.read_parquet(shard.path, columns=cols)
    if shard.format == "arrow":
        require_columns(list(pl.read_ipc_schema(shard.path)), cols, shard.name)
        return pl.read_ipc(shard.path, columns=cols)
    if shard.format == "csv":
        sep = (
            "\t"
            if shard.path.name.lower().removesuffix(f".{shard.compression}").endswith(".tsv")
            else ","
        )
        frame = pl.read_csv(_open_bytes(shard), separator=sep, infer_schema_length=0)
        require_columns(frame.columns, cols, shard.name)
        return frame.select(cols)
    data = _open_bytes(shard)
    frame = pl.read_ndjson(data, infer_schema_length=None)
    require_columns(frame.columns, cols, shard.name)
    return frame.select(cols)


def _open_bytes(shard: Shard) -> io.BytesIO | Path:
    if shard.compression is None:
        return shard.path
    raw = shard.path.read_bytes()
    if shard.compression == "gz":
        return io.BytesIO(gzip.decompress(raw))
    try:
        import zstandard
    except ImportError:  # pragma: no cover - zstandard is a core dependency
        raise MissingDependencyError("reading .zst needs `pip install zstandard`") from None
    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(raw))
    return io.BytesIO(reader.read())


def _read_jsonl_tolerant(
    shard: Shard, columns: Sequence[str], stats: ReadStats, *, strict: bool
) -> pl.DataFrame:
    """Line-by-line fallback for JSONL with malformed lines: good lines kept, bad ones counted."""
    source = _open_bytes(shard)
    raw = source.read_bytes() if isinstance(source, Path) else source.getvalue()
    records: list[dict[str, Any]] = []
    seen_columns: set[str] = set()
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{shard.name}:{lineno}"
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
        seen_columns.update(obj)
        records.append({c: obj.get(c) for c in columns})
    if records:
        require_columns(sorted(seen_columns), columns, shard.name)
    return pl.DataFrame(records, schema={c: pl.String for c in columns}, strict=False)


def frame_from_object(obj: object) -> pl.DataFrame:
    """Convert an in-memory table (polars, pandas, pyarrow, HF datasets) to a polars DataFrame."""
    if isinstance(obj, pl.DataFrame):
        return obj
    if isinstance(obj, pl.LazyFrame):
        return obj.collect()
    module = type(obj).__module__.split(".")[0]
    if module == "pandas":
        return pl.from_pandas(obj)
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


def iter_frames(
    shards: Sequence[Shard], columns: Sequence[str], stats: ReadStats, *, strict: bool = False
) -> Iterator[tuple[Shard, pl.DataFrame]]:
    """Yield each shard's needed columns in order."""
    for shard in shards:
        yield shard, read_shard(shard, columns, stats, strict=strict)
