"""Every `datacensus ...` command shown in README.md and docs/ runs and succeeds.

Commands are taken from fenced code blocks (a line starting with `datacensus` or
`.venv/bin/datacensus`, or a CI step `run: datacensus ...`), continuation lines joined, trailing
comments and `[optional arguments]` dropped. They run in a folder holding small files under the
names the docs use.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard
from typer.testing import CliRunner

from datacensus.cli.app import app
from robustness.helpers import COUNTRIES, SENTENCES

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

#: Commands that need something a test machine does not have, with the reason.
NOT_RUN: dict[str, str] = {}
#: Gate commands: exit 1 is their documented answer when the data fails the gate.
GATES = ("--policy", "--fail-on", "--max-drop")


def documented_commands() -> list[tuple[str, str]]:
    """(file:line, command) for every documented command line."""
    found = []
    for doc in DOCS:
        in_block = False
        pending = ""
        for number, raw in enumerate(doc.read_text(encoding="utf-8").splitlines(), start=1):
            line = raw.strip()
            if line.startswith("```"):
                in_block = not in_block
                continue
            if not in_block:
                continue
            if pending:
                pending += " " + line
            else:
                match = re.match(r"^(?:-\s*)?(?:run:\s*)?(?:\.venv/bin/)?(datacensus\s.*)$", line)
                if not match:
                    continue
                pending, start = match.group(1), number
            if pending.endswith("\\"):
                pending = pending[:-1]
                continue
            found.append((f"{doc.relative_to(ROOT)}:{start}", pending))
            pending = ""
    return found


COMMANDS = documented_commands()


def rows(n: int) -> list[dict[str, object]]:
    return [
        {
            "text": f"{SENTENCES[i % 4]} Item {i}.",
            "content": f"{SENTENCES[(i + 1) % 4]} Item {i}.",
            "lang": ["en", "fr", "de", "es"][i % 4],
            "language": ["en", "fr", "de", "es"][i % 4],
            "country": COUNTRIES[i % 4],
            "url": f"https://site{i % 7}.{['com', 'fr', 'de', 'es'][i % 4]}/p/{i}",
            "topic": f"science/physics/{i % 3}" if i % 2 else f"arts;sport/{i % 5}",
            "origin": "human" if i % 3 else "synthetic",
        }
        for i in range(n)
    ]


def write_parquet(path: Path, data: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({k: [r[k] for r in data] for k in data[0]}), path)


def write_jsonl(path: Path, data: list[dict[str, object]], zst: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data).encode()
    path.write_bytes(zstandard.ZstdCompressor().compress(text) if zst else text)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Files under every name the documented commands use."""
    root = tmp_path_factory.mktemp("docs")
    write_parquet(root / "data" / "part-0.parquet", rows(120))
    write_parquet(root / "data" / "train" / "part-1.parquet", rows(80))
    for i in range(2):
        write_jsonl(root / "shards" / f"shard-{i}.jsonl.zst", rows(60), zst=True)
    for name in ("part-0000", "part-0001", "part-0100"):  # `count shards/part-00*` and `-01*`
        write_parquet(root / "shards" / f"{name}.parquet", rows(40))
    write_parquet(root / "s3-mounted" / "shards" / "part-0.parquet", rows(40))  # a mounted bucket
    write_jsonl(root / "corpus.jsonl", rows(150))
    write_parquet(root / "raw.parquet", rows(150))
    write_parquet(root / "labelled.parquet", rows(120))
    write_parquet(root / "filtered.parquet", rows(100))
    share = "key,share\nen,0.5\nfr,0.2\nde,0.2\nes,0.1\n"
    (root / "my-refs").mkdir()
    for name in ("my-target.csv", "survey.csv", "my-refs/common-crawl.csv"):
        (root / name).write_text(share)
    (root / "topics.csv").write_text("key,share\narts,0.5\nsport/1,0.5\n")
    (root / "target.csv").write_text("key,share\nf,0.5\nm,0.5\n")
    shutil.copy(ROOT / "examples" / "policy.toml", root / "policy.toml")
    (root / "datasheet.toml").write_text('[dataset]\nname = "docs fixture"\n')
    labels = [
        {
            "item_id": i // 3,
            "worker_id": f"w{(i * 7) % 5}",
            "label": ["low", "mid", "high"][(i * 5) % 3],
            "country": COUNTRIES[((i * 7) % 5) % 4],  # one value per annotator
            "gender": "f" if ((i * 7) % 5) % 2 else "m",
            "language": ["en", "fr"][(i // 3) % 2],  # one value per item
        }
        for i in range(90)
    ]
    write_parquet(root / "labels.parquet", labels)
    return root


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    """A local S3-compatible server (moto) on 127.0.0.1, for the documented s3:// commands."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    import boto3

    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        region_name="us-east-1",
    )
    client.create_bucket(Bucket="bucket")  # the name the docs use
    with tempfile.TemporaryDirectory() as tmp:
        local = Path(tmp) / "part-0001.parquet"
        write_parquet(local, rows(50))
        client.upload_file(str(local), "bucket", "corpus/part-0001.parquet")
    try:
        yield endpoint
    finally:
        server.stop()


def use_s3(endpoint: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials and endpoint from the environment, as the docs tell users to set them."""
    import s3fs

    for key, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": endpoint,
    }.items():
        monkeypatch.setenv(key, value)
    s3fs.S3FileSystem.clear_instance_cache()


def run_in(workspace: Path, argv: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(app, argv)
    return result.exit_code, result.output


def prepare_results(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stored results the docs re-render, compare and card (made once per workspace)."""
    monkeypatch.chdir(workspace)
    if (workspace / "out" / "audit" / "result.json").exists():
        return
    for out in ("out", "out/audit", "before", "after"):
        code, output = run_in(
            workspace,
            ["audit", "corpus.jsonl", "-q", "--plotlyjs", "none", "--category", "topic", "-o", out],
        )
        assert code == 0, output
    code, output = run_in(
        workspace,
        [
            "annotators",
            "labels.parquet",
            "--item",
            "item_id",
            "--annotator",
            "worker_id",
            "--label",
            "label",
            "-o",
            "out/annotators",
        ],
    )
    assert code == 0, output


def test_docs_show_commands() -> None:
    """The extraction finds the documented commands (README alone shows more than ten)."""
    readme = [c for where, c in COMMANDS if where.startswith("README.md")]
    assert len(readme) >= 10 and len(COMMANDS) >= 25


@pytest.mark.parametrize(("where", "command"), COMMANDS, ids=[w for w, _ in COMMANDS])
def test_documented_command_succeeds(
    where: str,
    command: str,
    workspace: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    """The command exits 0 (a gate command: 0 or 1) and prints no error."""
    for marker, reason in NOT_RUN.items():
        if marker in command:
            pytest.skip(f"{where}: {reason}")
    prepare_results(workspace, monkeypatch)
    if "s3://" in command:
        use_s3(request.getfixturevalue("s3_endpoint"), monkeypatch)
    command = re.sub(r"\s\[[^\]]*\]", "", command)  # [optional arguments] shown in brackets
    argv = shlex.split(command, comments=True)[1:]
    if argv and argv[0] == "audit" and "--workers" not in argv:
        argv += ["--workers", "1"]
    if "--ray-address" in argv:  # "auto" joins a running cluster; here Ray starts its own
        argv[argv.index("--ray-address") + 1] = "local"
    if "--ray-address" in argv:  # Ray in a process of its own, through the installed command
        run = subprocess.run(
            [str(Path(sys.executable).parent / "datacensus"), *argv],
            cwd=workspace,
            capture_output=True,
            text=True,
            timeout=300,
        )
        code, output = run.returncode, run.stdout + run.stderr
    else:
        code, output = run_in(workspace, argv)
    allowed = (0, 1) if any(g in argv for g in GATES) else (0,)
    assert code in allowed, f"{where}: `{command}` exited {code}:\n{output}"
    assert "error:" not in output and "Traceback" not in output
