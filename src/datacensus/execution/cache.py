"""Per-shard counts kept between runs, keyed by the shard's content.

The key is a SHA-256 over: the BLAKE2b digest of the file's bytes (all of them: an edit that
keeps size and modification time is still seen), the audit's settings (`AuditSpec.cache_key`),
the sample fraction and seed, the reader version and the Polars version. The path, size and
mtime are not part of the key, so a renamed or copied file is a hit.

An entry holds the shard's counts and its read stats (rows skipped by reason, the first fault
messages, warnings), so a cached run reports, and fails under ``--strict``, exactly like a fresh
one. Entries carry a checksum; one that fails to parse or to match is deleted and recounted,
with a warning.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from pathlib import Path
from typing import Any

import polars as pl

from datacensus.errors import InputError
from datacensus.inputs.sources import ReadStats, Shard
from datacensus.schema import COUNTS_SCHEMA

#: Bump when what a reader counts changes, so older entries are not reused.
READER_VERSION = 2
ENTRY_FORMAT = 1


def content_digest(path: Path) -> str:
    """BLAKE2b of every byte of the file."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "blake2b").hexdigest()


def entry_path(
    cache_dir: Path, shard: Shard, audit_key: dict[str, Any], fraction: float | None, seed: int
) -> Path:
    """Where the counts of ``shard`` under these settings are kept."""
    material = {
        "content": content_digest(shard.path),
        "format": shard.format,
        "compression": shard.compression,
        "audit": audit_key,
        "sample": fraction,
        "seed": seed,
        "reader": READER_VERSION,
        "polars": pl.__version__,
    }
    digest = hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode())
    return cache_dir / "counts" / f"{digest.hexdigest()[:40]}.json"


def _checksum(payload: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def store(path: Path, counts: pl.DataFrame, stats: ReadStats) -> None:
    """Write an entry atomically (a reader never sees half of one)."""
    payload = {"format": ENTRY_FORMAT, "counts": counts.to_dicts(), "stats": stats.to_dict()}
    write_entry(path, json.dumps({**payload, "checksum": _checksum(payload)}).encode("utf-8"))


def write_entry(path: Path, data: bytes) -> None:
    """Write a file of the cache folder atomically (a reader never sees half of one), through a
    name of this process and thread; a folder that cannot be written only costs time later."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
        partial.write_bytes(data)
        partial.replace(path)
    except OSError:
        pass


def load(path: Path, strict: bool, notes: list[str]) -> tuple[pl.DataFrame, ReadStats] | None:
    """The cached counts and stats, or None (absent, or damaged: deleted, note added).

    Under ``strict`` an entry with skipped rows raises the first stored fault, as a fresh read
    would have.
    """
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        payload = {k: data[k] for k in ("format", "counts", "stats")}
        if data.get("checksum") != _checksum(payload) or payload["format"] != ENTRY_FORMAT:
            raise ValueError("checksum or format does not match")
        counts = pl.DataFrame(payload["counts"], schema=COUNTS_SCHEMA)
        stats = ReadStats.from_dict(payload["stats"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError, pl.exceptions.PolarsError):
        notes.append(f"cache entry {path} was damaged: deleted, and the shard was recounted")
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    if strict and stats.skipped:
        first = stats.first_errors[0] if stats.first_errors else "rows were skipped"
        raise InputError(first)
    return counts, stats
