"""Count inputs batch by batch: the one counting mechanism for files, directories and frames.

Inputs are shards (files) or an in-memory frame (`MemoryShard`); both are cut into batches by
`shard_batches`, which applies sampling and the row limit in one place. Batches are counted by
``count_batch`` inline or in worker processes (`parallel.ProcessPool`); counts tables come back
and are merged. Each shard's counts (bookkeeping rows included) are merged on their own before
being merged with the others, so a file shard's counts can be cached and reused.
"""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from datacensus.errors import InputError
from datacensus.execution import cache
from datacensus.execution.counting import merge_counts
from datacensus.execution.parallel import ProcessPool
from datacensus.execution.shard_sample import SHARD_COLUMN
from datacensus.inputs.read_columnar import check_frame
from datacensus.inputs.sources import DEFAULT_BATCH_ROWS, ReadStats, Shard, count_rows, iter_batches
from datacensus.schema import COUNTS_SCHEMA, ROWS_DIMENSION, unknown_key

CountBatch = Callable[[pl.DataFrame], pl.DataFrame]


@dataclass(frozen=True)
class ScanOptions:
    """How shards are read: strictness, sampling, limits, cache and progress."""

    strict: bool = False
    limit: int | None = None
    sample: float | int | None = None  # a fraction in (0, 1], or a number of rows
    seed: int = 0
    cache_dir: Path | None = None  # None: no cache
    batch_rows: int = DEFAULT_BATCH_ROWS
    progress: bool = False
    kinds: tuple[tuple[str, str], ...] = ()  # (column, text | number); the rest are labels
    tag_shards: bool = False  # add the shard's name as a column (shard sampling's clusters)

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 1:
            raise InputError(f"limit {self.limit}: expected a number of rows >= 1")
        if self.sample is not None:
            bad_fraction = isinstance(self.sample, float) and not 0 < self.sample <= 1
            bad_rows = isinstance(self.sample, int) and self.sample < 1
            if bad_fraction or bad_rows:
                raise InputError(
                    f"sample {self.sample!r}: expected a fraction in (0, 1] or a row count >= 1"
                )
        if self.batch_rows < 1:
            raise InputError(f"batch_rows {self.batch_rows}: expected >= 1")


def parse_sample(text: str | None) -> float | int | None:
    """`--sample 0.1` -> 0.1 (fraction); `--sample 5000` -> 5000 (rows)."""
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        raise InputError(
            f"--sample {text!r}: expected a fraction like 0.1 or a row count"
        ) from None
    if value.is_integer() and value >= 1 and "." not in text:
        return int(value)
    return value


def default_cache_dir() -> Path:
    """`$DATACENSUS_CACHE_DIR`, else `$XDG_CACHE_HOME/datacensus`, else `~/.cache/datacensus`."""
    explicit = os.environ.get("DATACENSUS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "datacensus"


def sample_fraction(sample: float | int | None, total_rows: Callable[[], int]) -> float | None:
    """The fraction of rows to keep; a row count becomes a fraction of ``total_rows()``.

    ``total_rows`` is called only for a row count (counting shard rows costs a pass).
    """
    if sample is None:
        return None
    if isinstance(sample, float):
        return sample
    total = total_rows()
    return min(1.0, sample / total) if total else 1.0


@dataclass(frozen=True, eq=False)
class MemoryShard:
    """An in-memory frame, read like a shard (never cached)."""

    frame: pl.DataFrame
    name: str = "<memory>"


Source = Shard | MemoryShard


def shard_rows(shards: Sequence[Source]) -> Callable[[], int]:
    """Rows in all shards, counted when called."""
    return lambda: sum(_rows(s) for s in shards)


def _rows(shard: Source) -> int:
    return shard.frame.height if isinstance(shard, MemoryShard) else count_rows(shard)


def keep_mask(shard_name: str, start: int, height: int, fraction: float, seed: int) -> np.ndarray:
    """Seeded, batch-independent row selection: row i of a shard is kept iff hash(i) < fraction.

    The hash (splitmix64 of the row number, shard and seed) depends only on the row's position in
    its shard, so the same rows are sampled whatever the batch size or worker count.
    """
    salt = np.uint64((zlib.crc32(shard_name.encode()) << 20) ^ (seed * 0x9E3779B1))
    with np.errstate(over="ignore"):
        z = np.arange(start, start + height, dtype=np.uint64) + salt
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return (z >> np.uint64(11)).astype(np.float64) / float(1 << 53) < fraction


@dataclass
class Workers:
    """Processes that run `count_batch` while this one reads; 1 means in this process."""

    count: int = 1
    initializer: Callable[..., None] | None = None
    initargs: tuple[Hashable, ...] = ()


@dataclass
class _ShardTally:
    """A shard being counted: its parts arrive from workers in any order."""

    shard: Source
    cache_path: Path | None
    stats: ReadStats = field(default_factory=ReadStats)
    parts: list[pl.DataFrame] = field(default_factory=list)
    sent: int = 0
    received: int = 0
    read_all: bool = False

    @property
    def complete(self) -> bool:
        return self.read_all and self.received == self.sent

    def counts(self) -> pl.DataFrame:
        return merge_counts(*self.parts, skipped_counts(self.stats))


@dataclass(frozen=True)
class FileUnit:
    """A file, or rows ``[start, stop)`` of a Parquet file, read by the process counting it
    (only its name crosses processes)."""

    tally: int
    shard: Shard
    rows: tuple[int, int] | None = None


@dataclass(frozen=True)
class BatchUnit:
    """Rows already read: a slice of an in-memory frame, or a batch read by this process."""

    tally: int
    batch: pl.DataFrame


Unit = FileUnit | BatchUnit


@dataclass
class UnitCounts:
    """What counting a unit sends back: counts, and for a file its read stats."""

    counts: pl.DataFrame
    rows: int
    stats: ReadStats | None = None


def count_shards(
    shards: Sequence[Source],
    columns: Sequence[str],
    count_batch: CountBatch,
    options: ScanOptions,
    *,
    cache_key: dict[str, Any] | None = None,
    workers: Workers | None = None,
    pool: ProcessPool | None = None,
) -> tuple[pl.DataFrame, ReadStats, dict[str, Any]]:
    """Counts of every shard, merged; plus read stats and a note on sampling/limit/cache use.

    Work goes out as units (`CountUnit`): files, or row ranges of Parquet files, which the
    counting process reads itself; or batches that this process reads (a `MemoryShard`, a row
    limit, a few files that cannot be cut). `_Plan` decides which. A shard's counts are merged,
    and cached, once all its units are back. The worker processes are started here and stopped
    before returning, unless the caller passes its own ``pool`` (a `Census` keeps one).
    """
    fraction = sample_fraction(options.sample, shard_rows(shards))
    use_cache = options.limit is None and cache_key is not None
    info: dict[str, Any] = {"cache_hits": 0, "sample_fraction": fraction, "limit": options.limit}
    progress = Progress(shards, enabled=options.progress)
    tallies: list[_ShardTally] = []
    partials: list[pl.DataFrame] = []
    cached = ReadStats()  # stats of shards whose counts came from the cache
    spec = workers or Workers()
    processes = pool.workers if pool is not None else spec.count
    plan = _Plan(processes, len(shards), options, fraction)

    def finish(tally: _ShardTally) -> None:
        counts = tally.counts()
        if use_cache and tally.cache_path is not None:
            cache.store(tally.cache_path, counts, tally.stats)
        partials.append(counts)
        progress.shard_done()

    def units() -> Iterator[Unit]:
        remaining = options.limit
        last: list[FileUnit] = []  # pieces of the last files: handed out largest first
        for index, shard in enumerate(shards):
            path = None
            if (  # an in-memory frame is never cached
                use_cache
                and isinstance(shard, Shard)
                and options.cache_dir is not None
                and cache_key is not None
            ):
                path = cache.entry_path(options.cache_dir, shard, cache_key, fraction, options.seed)
                hit = cache.load(path, options.strict, cached.notes)
                if hit is not None:
                    partials.append(hit[0])
                    cached.merge(hit[1])
                    info["cache_hits"] += 1
                    progress.shard_done()
                    continue
            tally = _ShardTally(shard, path if use_cache else None)
            tallies.append(tally)
            pieces = plan.pieces(shard, index)
            if pieces is not None and isinstance(shard, Shard):  # a frame is never read there
                tally.sent = len(pieces)
                tally.read_all = True
                file_units = [FileUnit(len(tallies) - 1, shard, rows) for rows in pieces]
                if plan.is_last(index):
                    last += file_units
                else:
                    yield from file_units
                continue
            for batch in shard_batches(shard, columns, options, fraction, remaining, tally.stats):
                progress.rows(batch.height)
                if remaining is not None:
                    remaining -= batch.height
                tally.sent += 1
                yield BatchUnit(len(tallies) - 1, batch)
            tally.read_all = True
            if tally.complete:
                finish(tally)
            if remaining is not None and remaining <= 0:
                break
        # Largest first, so the last units handed out are the smallest whichever file they
        # come from: each process holds two, and none should hold a large one at the end.
        yield from sorted(last, key=lambda unit: -_piece_rows(unit))

    own = pool is None
    active = ProcessPool(spec.count, spec.initializer, spec.initargs) if pool is None else pool
    count_unit = CountUnit(count_batch, tuple(columns), options, fraction)
    try:
        with closing(active.map_streaming(count_unit, units())) as results:
            for unit, result in results:
                tally = tallies[unit.tally]
                tally.parts.append(result.counts)
                if result.stats is not None:
                    tally.stats.merge(result.stats)
                    progress.rows(result.rows)
                tally.received += 1
                if tally.complete:
                    finish(tally)
    finally:
        # An interrupted map_streaming has stopped the children already, a Census's included.
        if own:
            active.close()
    progress.close()
    stats = ReadStats()
    for tally in tallies:
        stats.merge(tally.stats)
    stats.merge(cached)
    return merge_counts(*partials), stats, info


@dataclass(frozen=True)
class CountUnit:
    """Counts one unit in whichever process runs it (picklable: only settings are kept)."""

    count_batch: CountBatch
    columns: tuple[str, ...]
    options: ScanOptions
    fraction: float | None

    def __call__(self, unit: Unit) -> UnitCounts:
        if isinstance(unit, BatchUnit):
            return UnitCounts(self.count_batch(unit.batch), unit.batch.height)
        stats = ReadStats()
        parts, rows = [], 0
        batches = shard_batches(
            unit.shard, self.columns, self.options, self.fraction, None, stats, unit.rows
        )
        for batch in batches:
            parts.append(self.count_batch(batch))
            rows += batch.height
        return UnitCounts(merge_counts(*parts), rows, stats)


#: Fewest and most rows in a piece of a Parquet file: small enough that the processes finish
#: together (the last piece is all that one may wait for), large enough to amortise a unit.
PIECE_ROWS = 4096
MAX_PIECE_ROWS = 4 * DEFAULT_BATCH_ROWS
#: Parquet files above this size (bytes) are cut into pieces even when there are many files.
BIG_FILE = 32 << 20
#: Units per counting process wanted when files are few: enough that they finish together.
UNITS_PER_PROCESS = 8


@dataclass(frozen=True)
class _Plan:
    """How shards become units: files read where they are counted, or batches read here.

    Files go out whole when there are plenty of them; with few, Parquet files are cut into
    pieces (`UNITS_PER_PROCESS`) so the processes finish together, and other files are read
    here in batches. The last Parquet files, counted last, end in pieces halving down to
    `PIECE_ROWS` (`_tapered`): a process that runs out of work waits at most for one of those.
    A row limit, or an in-memory frame, is read here in batches.
    """

    processes: int
    shards: int
    options: ScanOptions
    fraction: float | None

    def is_last(self, index: int) -> bool:
        """Whether the ``index``-th input is one of the last, one per counting process."""
        return self.processes > 1 and index >= self.shards - self.processes

    def pieces(self, shard: Source, index: int) -> list[tuple[int, int] | None] | None:
        """Row ranges of ``shard``, the ``index``-th input, to count as file units (None:
        whole); None: read here."""
        if self.options.limit is not None or isinstance(shard, MemoryShard):
            return None
        if self.processes == 1:
            return [None]
        plenty = self.shards >= UNITS_PER_PROCESS * self.processes
        tail = self.is_last(index)
        # Sampling hashes a row's number among the readable rows, which a piece cannot know.
        if shard.format == "parquet" and (self.fraction is None or self.fraction >= 1):
            if plenty and not tail and shard.path.stat().st_size <= BIG_FILE:
                return [None]
            total = count_rows(shard)  # from the footer; 0 when it cannot be read
            cuts = -(-UNITS_PER_PROCESS * self.processes // self.shards)
            size = min(max(PIECE_ROWS, -(-total // cuts)), MAX_PIECE_ROWS)
            ranges = _tapered(total, size) if tail else _even(total, size)
            return ranges if len(ranges) > 1 else [None]
        return [None] if plenty or self.shards >= 2 * self.processes else None


def _piece_rows(unit: FileUnit) -> float:
    """Rows of a piece; a whole file counts as larger than any piece."""
    return float("inf") if unit.rows is None else unit.rows[1] - unit.rows[0]


def _even(total: int, size: int) -> list[tuple[int, int] | None]:
    """Rows ``[0, total)`` in pieces of ``size`` (the last one shorter)."""
    return [(start, min(start + size, total)) for start in range(0, total, size)]


def _tapered(total: int, size: int) -> list[tuple[int, int] | None]:
    """Pieces of ``size``, then halving down to `PIECE_ROWS`: the last units are small.

    Halving, not cutting everything small: a piece of a row group costs a decode of the whole
    row group, so a few extra pieces are cheap and many are not.
    """
    pieces: list[tuple[int, int] | None] = []
    start = 0
    while total - start > 2 * size:
        pieces.append((start, start + size))
        start += size
    while total - start > PIECE_ROWS:
        step = max(PIECE_ROWS, (total - start) // 2)
        pieces.append((start, start + step))
        start += step
    if total > start:
        pieces.append((start, total))
    return pieces


def shard_batches(
    shard: Source,
    columns: Sequence[str],
    options: ScanOptions,
    fraction: float | None,
    limit: int | None,
    stats: ReadStats,
    rows: tuple[int, int] | None = None,
) -> Iterator[pl.DataFrame]:
    """One shard's batches (or those of its rows ``[start, stop)``, never sampled) after
    sampling and the row limit; empty batches are left out."""
    taken = offset = 0  # offset: the row's number among the shard's readable rows
    for batch in _raw_batches(shard, columns, options, stats, rows):
        height = batch.height
        if fraction is not None and fraction < 1:
            batch = batch.filter(
                pl.Series(keep_mask(shard.name, offset, height, fraction, options.seed))
            )
        offset += height
        if options.tag_shards:
            batch = batch.with_columns(pl.lit(shard.name).alias(SHARD_COLUMN))
        if limit is not None:
            batch = batch.head(limit - taken)
        taken += batch.height
        if isinstance(shard, MemoryShard):  # files are checked as they are read
            batch = check_frame(
                batch, columns, dict(options.kinds), stats, "input frame", options.strict
            )
            stats.rows_read += batch.height
        if batch.height:
            yield batch
        if limit is not None and taken >= limit:
            break


def _raw_batches(
    shard: Source,
    columns: Sequence[str],
    options: ScanOptions,
    stats: ReadStats,
    rows: tuple[int, int] | None = None,
) -> Iterator[pl.DataFrame]:
    if isinstance(shard, MemoryShard):
        frame = shard.frame.select(columns) if columns else shard.frame
        yield from frame.iter_slices(options.batch_rows)
        return
    yield from iter_batches(
        shard,
        columns,
        stats,
        strict=options.strict,
        batch_rows=options.batch_rows,
        kinds=dict(options.kinds),
        rows=rows,
    )


def count_shard(
    shard: Shard,
    columns: Sequence[str],
    count_batch: CountBatch,
    options: ScanOptions,
    fraction: float | None,
) -> tuple[pl.DataFrame, ReadStats]:
    """One file's counts (skipped rows included) and its read stats, in this process: the
    whole-file unit a local worker counts (a Ray task's work)."""
    result = CountUnit(count_batch, tuple(columns), options, fraction)(FileUnit(0, shard))
    stats = result.stats or ReadStats()
    return merge_counts(result.counts, skipped_counts(stats)), stats


def skipped_counts(stats: ReadStats) -> pl.DataFrame:
    """Rows that could not be read, as counts under the bookkeeping dimension."""
    if not stats.skipped:
        return pl.DataFrame(schema=COUNTS_SCHEMA)
    rows = [
        {"dimension": ROWS_DIMENSION, "key": unknown_key(reason), "documents": n}
        for reason, n in sorted(stats.skipped.items())
    ]
    return (
        pl.DataFrame(rows)
        .with_columns(pl.lit(0).alias(c) for c in ("chars", "tokens", "chars_sq", "tokens_sq"))
        .select(COUNTS_SCHEMA.names())
        .cast(COUNTS_SCHEMA)
    )


class Progress:
    """A progress bar on an interactive terminal (rows/s, shards done, ETA); silent otherwise."""

    def __init__(self, shards: Sequence[Source], *, enabled: bool) -> None:
        self._bar: Any = None
        if not (enabled and sys.stderr.isatty() and not os.environ.get("CI")):
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichProgress

        self._bar = RichProgress(
            TextColumn("shards"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rows]:,} rows · {task.fields[rate]:,.0f} rows/s"),
            TimeRemainingColumn(),
            transient=True,
        )
        self._task = self._bar.add_task("audit", total=len(shards), rows=0, rate=0.0)
        self._rows = 0
        self._bar.start()

    def rows(self, n: int) -> None:
        if self._bar is None:
            return
        self._rows += n
        elapsed = self._bar.tasks[0].elapsed or 1e-9
        self._bar.update(self._task, rows=self._rows, rate=self._rows / elapsed)

    def shard_done(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
