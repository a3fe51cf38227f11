"""Inputs where corpora live: object storage and hubs (s3://, gs://, az://, hf://, https://).

Paths and globs are listed through fsspec (credentials from the usual environment: AWS_*,
GOOGLE_APPLICATION_CREDENTIALS, AZURE_STORAGE_*, HF_TOKEN; ``AWS_ENDPOINT_URL`` for
S3-compatible stores). Parquet objects are read with range requests, only the needed columns,
one row group batch at a time; JSONL/CSV objects, and any object behind a plain http(s) URL
(servers need not support range requests), stream to a temporary file and are read by the
local reader (same parsing and skipped-row rules), then deleted. Each object carries its
version (S3 version id or ETag, GCS generation, ...) for the per-object count cache.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from datacensus.errors import InputError, MissingDependencyError
from datacensus.inputs.sources import (
    DEFAULT_BATCH_ROWS,
    ReadStats,
    iter_batches,
    require_columns,
    shard_of,
)

SCHEMES = ("s3", "s3a", "gs", "gcs", "az", "abfs", "abfss", "hf", "http", "https")
#: Fields of fsspec's ``info()`` that identify one version of an object, most specific first.
VERSION_FIELDS = (
    "VersionId", "version_id", "generation", "ETag", "etag", "md5Hash", "md5", "Last-Modified",
)  # fmt: skip
PACKAGES = {"s3": "s3fs", "s3a": "s3fs", "gs": "gcsfs", "gcs": "gcsfs", "az": "adlfs",
            "abfs": "adlfs", "abfss": "adlfs", "http": "aiohttp", "https": "aiohttp"}  # fmt: skip


@dataclass(frozen=True)
class RemoteObject:
    """One object in a remote store: its URL, how to read it, and which version it is."""

    url: str
    format: str
    compression: str | None
    size: int
    version: str

    @property
    def name(self) -> str:
        return self.url

    def fingerprint(self) -> str:
        """Identity of this version of the object (URL, size, ETag/version)."""
        digest = hashlib.sha256(f"{self.url}\0{self.size}\0{self.version}".encode())
        return "sha256:" + digest.hexdigest()


def is_remote(item: object) -> bool:
    """A URL with a remote scheme (``s3://bucket/key``, ``hf://datasets/...``, ...)."""
    text = str(item)
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        import fsspec
    except ImportError:
        raise MissingDependencyError(
            "remote inputs need fsspec: pip install 'datacensus[s3]'"
        ) from None
    try:
        return fsspec.core.url_to_fs(url)
    except ImportError as exc:
        scheme = url.partition("://")[0]
        package = PACKAGES.get(scheme, "the fsspec backend for " + scheme)
        raise MissingDependencyError(f"{url}: needs {package} ({exc})") from None


def resolve_remote(urls: Sequence[str]) -> list[RemoteObject]:
    """Expand remote files, prefixes ("directories") and globs into objects, sorted per input."""
    objects: list[RemoteObject] = []
    for url in urls:
        fs, path = _filesystem(url)
        try:
            if any(ch in path for ch in "*?["):
                found = sorted(fs.glob(path))
            elif fs.isdir(path):
                found = sorted(fs.find(path))
            else:
                found = [path]
            infos = [fs.info(p) for p in found]
        except FileNotFoundError:
            raise InputError(f"{url}: no such object or prefix") from None
        except PermissionError as exc:
            raise InputError(f"{url}: access denied ({exc})") from None
        except Exception as exc:  # the store's own errors: credentials, network, endpoint
            raise InputError(
                f"{url}: cannot list the object store ({type(exc).__name__}: {exc}); check the "
                "credentials and endpoint in the environment (AWS_*, AWS_ENDPOINT_URL, ...)"
            ) from None
        files = [i for i in infos if i.get("type", "file") == "file" and _known(i["name"])]
        if not files:
            raise InputError(f"{url}: matches no parquet/jsonl/csv/arrow objects")
        for info in files:
            shard = shard_of(Path(info["name"]))
            version = next((str(info[k]) for k in VERSION_FIELDS if info.get(k)), None)
            objects.append(
                RemoteObject(
                    url=fs.unstrip_protocol(info["name"]),
                    format=shard.format,
                    compression=shard.compression,
                    size=int(info.get("size") or 0),
                    version=version or f"mtime:{info.get('LastModified') or info.get('mtime')}",
                )
            )
    return objects


def _open_unbuffered(fs: Any, path: str) -> Any:
    """Open for range reads: each read Arrow asks for (footer, column chunks) is one request."""
    try:
        return fs.open(path, "rb", cache_type="none")
    except TypeError:  # a filesystem without read-ahead caches
        return fs.open(path, "rb")


def _known(name: str) -> bool:
    try:
        shard_of(Path(name))
    except InputError:
        return False
    return True


def remote_batches(
    obj: RemoteObject,
    columns: Sequence[str],
    stats: ReadStats,
    *,
    strict: bool = False,
    batch_rows: int = DEFAULT_BATCH_ROWS,
) -> Iterator[pl.DataFrame]:
    """The needed columns of one remote object, in batches (unreadable rows counted in stats)."""
    fs, path = _filesystem(obj.url)
    if obj.format == "parquet" and obj.url.partition("://")[0] not in ("http", "https"):
        yield from _parquet_batches(fs, path, obj.url, columns, stats, batch_rows)
        return
    suffix = "".join(Path(path).suffixes[-2:])
    with tempfile.TemporaryDirectory(prefix="datacensus-remote-") as tmp:
        local = Path(tmp) / f"object{suffix}"
        fs.get_file(path, str(local))
        shard = shard_of(local)
        local_stats = ReadStats()
        try:
            yield from iter_batches(
                shard, columns, local_stats, strict=strict, batch_rows=batch_rows
            )
        finally:  # errors name the URL, not the temporary file
            errors = [e.replace(str(local), obj.url) for e in local_stats.first_errors]
            local_stats.first_errors = errors
            stats.merge(local_stats)


def _parquet_batches(
    fs: Any, path: str, url: str, columns: Sequence[str], stats: ReadStats, batch_rows: int
) -> Iterator[pl.DataFrame]:
    """Batches of the needed columns of a Parquet object, by range reads."""
    import pyarrow.parquet as pq

    with _open_unbuffered(fs, path) as handle:
        parquet = pq.ParquetFile(handle)
        require_columns(parquet.schema_arrow.names, columns, url)
        for record_batch in parquet.iter_batches(batch_size=batch_rows, columns=list(columns)):
            frame = pl.DataFrame(pl.from_arrow(record_batch))
            stats.rows_read += frame.height
            yield frame
