"""s3:// inputs against a local S3-compatible server (moto) on the loopback address."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

import datacensus
from pipeline_corpus import sorted_counts, write_shards

moto_server = pytest.importorskip("moto.server", reason="moto[server] (dev) is not installed")
pytest.importorskip("s3fs", reason="the s3 extra is not installed")
OPTIONS = {
    "language": "language",
    "url": "url",
    "categories": ["topic"],
    "weight": ["documents", "chars"],
}


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    """A moto S3 server on 127.0.0.1 (a free port), stopped after the module."""
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def bucket(endpoint: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[str, Path]:
    """Credentials and endpoint from the environment; a bucket holding the test shards."""
    import boto3
    import fsspec

    for key, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": endpoint,
    }.items():
        monkeypatch.setenv(key, value)
    fsspec.config.conf.pop("s3", None)
    name = f"corpus-{tmp_path.name.lower().replace('_', '-')[:40]}"
    client = boto3.client("s3", endpoint_url=endpoint)
    client.create_bucket(Bucket=name)
    local = tmp_path / "local"
    for path in write_shards(local, shards=4, rows=150, seed=21):
        client.upload_file(str(path), name, f"corpus/{path.name}")
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()
    return name, local


def test_s3_prefix_counts_equal_the_local_audit(bucket: tuple[str, Path]) -> None:
    """s3://bucket/corpus/ (parquet + jsonl with a bad line) == the same files audited locally."""
    name, local = bucket
    remote = datacensus.audit(f"s3://{name}/corpus/", **OPTIONS)
    here = datacensus.audit(str(local), **OPTIONS)
    assert remote.input["shards"] == 4
    assert remote.input["rows_read"] == here.input["rows_read"] > 600
    assert remote.input["rows_skipped"] == here.input["rows_skipped"] == {"malformed_json": 1}
    assert sorted_counts(remote.counts).equals(sorted_counts(here.counts))
    globbed = datacensus.audit(f"s3://{name}/corpus/*.parquet", **OPTIONS)
    assert globbed.input["shards"] == 3


def test_the_object_cache_keys_on_the_etag(bucket: tuple[str, Path], tmp_path: Path) -> None:
    """A re-run reads no object; an overwritten object (new ETag) alone is counted again."""
    import boto3

    name, local = bucket
    cache = tmp_path / "cache"
    first = datacensus.audit(f"s3://{name}/corpus/", cache=cache, **OPTIONS)
    again = datacensus.audit(f"s3://{name}/corpus/", cache=cache, **OPTIONS)
    assert again.input["cache_hits"] == 4
    assert sorted_counts(again.counts).equals(sorted_counts(first.counts))
    changed = local / "part-000.parquet"
    pl.read_parquet(changed).head(10).write_parquet(changed)
    boto3.client("s3").upload_file(str(changed), name, "corpus/part-000.parquet")
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()  # a fresh listing, as in a new process
    after = datacensus.audit(f"s3://{name}/corpus/", cache=cache, **OPTIONS)
    assert after.input["cache_hits"] == 3
    assert sorted_counts(after.counts).equals(
        sorted_counts(datacensus.audit(str(local), **OPTIONS).counts)
    )


def test_missing_prefix_is_one_clear_error(bucket: tuple[str, Path]) -> None:
    """A prefix with no objects is an InputError naming the URL."""
    name, _ = bucket
    with pytest.raises(ValueError, match=f"s3://{name}/nothing-here/"):
        datacensus.audit(f"s3://{name}/nothing-here/", **OPTIONS)


def test_parquet_objects_are_read_by_column(
    bucket: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the needed column's bytes travel: a large unused column is not downloaded."""
    import os

    import boto3

    from datacensus.inputs import remote

    name, _ = bucket
    frame = pl.DataFrame(
        {"language": ["en", "fr"] * 500, "blob": [os.urandom(2000).hex() for _ in range(1000)]}
    )
    path = tmp_path / "wide.parquet"
    frame.write_parquet(path, compression="uncompressed")
    boto3.client("s3").upload_file(str(path), name, "wide/wide.parquet")
    transferred: list[int] = []
    original = remote._filesystem

    def counting(url: str) -> tuple[object, str]:
        fs, key = original(url)
        opener = fs.open

        def open_counting(p: str, mode: str = "rb", **kwargs: object) -> object:
            handle = opener(p, mode, **kwargs)
            read = handle.read

            def read_counting(length: int = -1) -> bytes:
                data = read(length)
                transferred.append(len(data))
                return data

            handle.read = read_counting
            return handle

        fs.open = open_counting
        return fs, key

    monkeypatch.setattr(remote, "_filesystem", counting)
    result = datacensus.audit(f"s3://{name}/wide/", text=None, language="language")
    assert result.input["rows_read"] == 1000
    size = path.stat().st_size
    assert size > 3_000_000
    assert 0 < sum(transferred) < 0.05 * size, (sum(transferred), size)


def test_https_style_urls_read_like_local_files(tmp_path: Path) -> None:
    """http(s):// objects (a local HTTP server here) give the local audit's counts."""
    import functools
    import http.server
    import threading

    paths = write_shards(tmp_path / "site", shards=3, rows=100, seed=31)
    handler = functools.partial(_QuietHandler, directory=str(tmp_path / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        urls = [f"{base}/{p.name}" for p in paths]
        remote = datacensus.audit(urls, **OPTIONS)
    finally:
        server.shutdown()
        server.server_close()
    here = datacensus.audit([str(p) for p in paths], **OPTIONS)
    assert remote.input["paths"] == urls
    assert sorted_counts(remote.counts).equals(sorted_counts(here.counts))


class _QuietHandler(__import__("http.server").server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """No request log on stderr."""


def test_an_unreachable_store_is_a_one_line_exit_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """No server at the endpoint: `audit s3://...` exits 2 naming the URL, no traceback."""
    from typer.testing import CliRunner

    from datacensus.cli.app import app

    for key, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": "http://127.0.0.1:9",  # the discard port: nothing listens
        "AWS_MAX_ATTEMPTS": "1",
    }.items():
        monkeypatch.setenv(key, value)
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()
    url = "s3://nowhere/corpus/*.parquet"
    run = CliRunner().invoke(app, ["audit", url, "-o", str(tmp_path / "out")])
    assert run.exit_code == 2, run.output
    assert url in run.output and "cannot list the object store" in run.output
    assert "Traceback" not in run.output
