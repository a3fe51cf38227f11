"""Inputs -> Polars frames: files, directories and globs of shards, or in-memory frames.

Only the needed columns are read. Rows that cannot be read are counted with a reason (and, in
strict mode, raise an error naming the file and line) — nothing is dropped silently.
"""

from __future__ import annotations

import glob
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import polars as pl

from datacensus.errors import InputError
from datacensus.inputs.read_columnar import columnar_batches
from datacensus.inputs.read_text import RowChecker, csv_batches, json_batches
from datacensus.inputs.shard import (
    ReadStats,
    Shard,
    require_columns,
)

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


@dataclass
class Resolved:
    """The shards to read, and what was left out (and why) while expanding the inputs."""

    shards: list[Shard]
    hidden: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)

    def info(self) -> dict[str, Any]:
        """What result.json records under ``input``: only the non-empty lists."""
        out = {
            "skipped_hidden": self.hidden,
            "ignored_files": self.ignored,
            "duplicates": self.duplicates,
            "excluded": self.excluded,
        }
        return {k: v for k, v in out.items() if v}

    def notes(self) -> list[str]:
        """One console line per kind of file left out."""
        lines = []
        if self.hidden:
            lines.append(f"skipped {len(self.hidden)} hidden file(s): {_some(self.hidden)}")
        if self.ignored:
            lines.append(
                f"ignored {len(self.ignored)} file(s) of unknown type: {_some(self.ignored)}"
            )
        if self.duplicates:
            lines.append(
                f"read {len(self.duplicates)} file(s) once that were given more than once: "
                f"{_some(self.duplicates)}"
            )
        if self.excluded:
            lines.append(f"did not audit the output folder: {_some(self.excluded)}")
        return lines


def _some(items: list[str], n: int = 3) -> str:
    more = f" and {len(items) - n} more" if len(items) > n else ""
    return ", ".join(items[:n]) + more


def resolve_inputs(inputs: Sequence[str | Path]) -> list[Shard]:
    """Expand files, directories (recursively) and globs into a sorted list of shards."""
    return resolve(inputs).shards


def resolve(inputs: Sequence[str | Path], exclude: Sequence[str | Path] = ()) -> Resolved:
    """Expand inputs into shards: hidden files/folders inside a directory and files of unknown
    type are skipped and listed; a file reached twice (same real path) is read once; nothing
    under ``exclude`` (the output folder) is read unless named itself."""
    if not inputs:
        raise InputError("no input given; expected one or more files, directories or globs")
    out = Resolved(shards=[])
    seen: set[Path] = set()
    fences = [Path(e).resolve() for e in exclude]

    def add(path: Path, explicit: bool) -> None:
        real = path.resolve()
        if not explicit and any(real == f or f in real.parents for f in fences):
            out.excluded.append(str(path))
            return
        if real in seen:
            out.duplicates.append(str(path))
            return
        try:
            shard = shard_of(path)
        except InputError:
            if explicit:
                raise
            out.ignored.append(str(path))
            return
        seen.add(real)
        out.shards.append(shard)

    for item in inputs:
        text = str(item)
        path = Path(text)
        if path.is_dir():
            before = len(out.shards) + len(out.duplicates) + len(out.excluded)
            for p in sorted(path.rglob("*")):
                if not p.is_file():
                    continue
                if any(part.startswith(".") for part in p.relative_to(path).parts):
                    out.hidden.append(str(p))
                    continue
                add(p, explicit=False)
            if len(out.shards) + len(out.duplicates) + len(out.excluded) == before:
                raise InputError(
                    f"{path}: directory holds no parquet/jsonl/json/csv/arrow files"
                    + (f" ({len(out.ignored)} of other types ignored)" if out.ignored else "")
                )
        elif path.is_file():
            add(path, explicit=True)
        elif any(ch in text for ch in "*?["):
            files = [m for m in sorted(Path(m) for m in glob.glob(text, recursive=True))]
            files = [m for m in files if m.is_file()]
            if not files:
                raise InputError(f"{text}: the glob matches no files")
            for p in files:
                add(p, explicit=False)
        elif path.exists():
            raise InputError(f"{text}: not a regular file or directory")
        else:
            raise InputError(f"{text}: no such file or directory")
    if not out.shards:
        raise InputError("no input file to audit: " + "; ".join(out.notes()))
    return out


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


#: Rows per batch handed to the analysers: large enough to amortise per-batch costs (Polars
#: calls, model calls) on short texts. Parquet and Arrow batches of long documents are cut
#: smaller, to about `BATCH_BYTES` (`read_columnar`).
DEFAULT_BATCH_ROWS = 16384


def iter_batches(
    shard: Shard,
    columns: Sequence[str],
    stats: ReadStats,
    *,
    strict: bool = False,
    batch_rows: int = DEFAULT_BATCH_ROWS,
    kinds: Mapping[str, str] | None = None,
    rows: tuple[int, int] | None = None,
) -> Iterator[pl.DataFrame]:
    """Stream the needed columns of one shard in checked batches; every other row is counted
    in ``stats`` by reason (under ``strict``, the first such row raises InputError).

    ``kinds`` says which column is ``text`` / ``number``; the others are labels (values.py).
    ``rows``: only rows ``[start, stop)`` of a Parquet file (a piece counted on its own).
    """
    kinds = kinds or {}
    before = stats.rows_read + sum(stats.skipped.values())
    if shard.format in ("parquet", "arrow"):
        yield from columnar_batches(shard, columns, kinds, stats, strict, batch_rows, rows)
    else:
        checker = RowChecker(shard, columns, kinds, stats, strict, batch_rows)
        read = json_batches if shard.format == "jsonl" else csv_batches
        yield from read(checker)
        missing = checker.missing_columns()
        if missing and stats.rows_read > before:
            require_columns(sorted(checker.seen), missing, shard.name)
    if rows is None and stats.rows_read + sum(stats.skipped.values()) == before:
        stats.notes.append(f"{shard.name}: the file holds no rows")


def count_rows(shard: Shard) -> int:
    """Rows in a shard (Parquet/Arrow: from metadata; text: non-blank lines or JSON elements).

    An estimate for a damaged file; used only to turn ``--sample N`` into a fraction.
    """
    if shard.format in ("parquet", "arrow"):
        try:
            return int(_scan(shard).select(pl.len()).collect().item())
        except (pl.exceptions.PolarsError, OSError):
            return 0
    from datacensus.inputs.decode import StreamFault, numbered_lines, raw_chunks

    n = 0
    try:
        for _, line in numbered_lines(raw_chunks(shard.path, shard.compression)):
            n += bool(line.strip())
    except StreamFault:
        pass
    return max(0, n - 1) if shard.format == "csv" else n


def columns_of(shard: Shard, sample_rows: int = 1000) -> list[str] | None:
    """Column names of a shard: the schema or header; for JSON, keys of the first rows, plus
    any needed key found later by a byte search. None when the file cannot tell."""
    from datacensus.inputs.decode import StreamFault, numbered_lines, raw_chunks

    try:
        if shard.format in ("parquet", "arrow"):
            return list(_scan(shard).collect_schema())
        lines = numbered_lines(raw_chunks(shard.path, shard.compression))
        if shard.format == "csv":
            import csv

            for _, line in lines:
                if line.strip():
                    delimiter = "\t" if ".tsv" in shard.path.name.lower() else ","
                    text = line.decode("utf-8", "replace")
                    return next(csv.reader([text], delimiter=delimiter))
            return None
        keys: set[str] = set()
        for number, line in lines:
            if number > sample_rows:
                break
            try:
                obj = json.loads(line)
            except ValueError:
                return None  # a JSON array or a damaged file: let the reader say
            if isinstance(obj, dict):
                keys.update(obj)
        return sorted(keys)
    except (StreamFault, OSError, pl.exceptions.PolarsError):
        return None


def _scan(shard: Shard) -> pl.LazyFrame:
    if shard.format == "parquet":
        return pl.scan_parquet(shard.path)
    return pl.scan_ipc(shard.path)


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
