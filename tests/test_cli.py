"""The CLI through typer's CliRunner and through the installed console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from datacensus.cli.app import app

runner = CliRunner()


def test_audit_writes_three_files(tiny_jsonl: Path, tmp_path: Path) -> None:
    """`datacensus audit FILE -o DIR` exits 0 and writes result.json, report.html, summary.md."""
    out = tmp_path / "out"
    result = runner.invoke(app, ["audit", str(tiny_jsonl), "-o", str(out)])
    assert result.exit_code == 0, result.output
    for name in ("result.json", "report.html", "summary.md"):
        assert (out / name).stat().st_size > 0
    data = json.loads((out / "result.json").read_text())
    assert data["input"]["rows_read"] == 9
    assert "report:" in result.output


def test_missing_text_column_exits_2_with_hint(tiny_jsonl: Path, tmp_path: Path) -> None:
    """A wrong --text gives exit 2 and one line naming the column and the closest one."""
    result = runner.invoke(app, ["audit", str(tiny_jsonl), "--text", "txt", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "error:" in result.output and "'txt'" in result.output and "'text'" in result.output
    assert "Traceback" not in result.output


def test_missing_file_exits_2(tmp_path: Path) -> None:
    """A path that does not exist gives exit 2 naming it."""
    missing = tmp_path / "nope.jsonl"
    result = runner.invoke(app, ["audit", str(missing), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "nope.jsonl" in result.output


def test_unknown_extension_exits_2(tmp_path: Path) -> None:
    """A file of an unknown type gives exit 2 and lists the expected types."""
    path = tmp_path / "data.xlsx"
    path.write_text("x")
    result = runner.invoke(app, ["audit", str(path), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert ".parquet" in result.output


def test_bad_ref_syntax_exits_2(tiny_jsonl: Path, tmp_path: Path) -> None:
    """--ref without DIMENSION= is a usage error."""
    result = runner.invoke(app, ["audit", str(tiny_jsonl), "--ref", "world", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "DIMENSION=NAME" in result.output


def test_report_rerenders_stored_result(tiny_jsonl: Path, tmp_path: Path) -> None:
    """`datacensus report result.json` re-renders the same HTML without the data."""
    first = tmp_path / "first"
    assert runner.invoke(app, ["audit", str(tiny_jsonl), "-o", str(first)]).exit_code == 0
    second = tmp_path / "second"
    result = runner.invoke(app, ["report", str(first / "result.json"), "-o", str(second)])
    assert result.exit_code == 0, result.output
    assert (second / "report.html").read_bytes() == (first / "report.html").read_bytes()


def test_installed_entry_point(tiny_jsonl: Path, tmp_path: Path) -> None:
    """The console script installed by pip runs an audit in a fresh process."""
    exe = shutil.which("datacensus", path=str(Path(sys.executable).parent))
    assert exe is not None, "the datacensus console script is not installed in this environment"
    out = tmp_path / "out"
    proc = subprocess.run(
        [exe, "audit", str(tiny_jsonl), "-o", str(out), "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert (out / "report.html").exists()


def test_installed_entry_point_error_has_no_traceback(tmp_path: Path) -> None:
    """Bad input through the real entry point: exit 2, one error line, no traceback."""
    exe = shutil.which("datacensus", path=str(Path(sys.executable).parent))
    assert exe is not None
    proc = subprocess.run(
        [exe, "audit", str(tmp_path / "missing.parquet")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("error:")
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_statistics_thresholds_reach_the_result(tiny_jsonl: Path, tmp_path: Path) -> None:
    """--tau/--confidence/--correction/--min-expected-missing are recorded and used."""
    out = tmp_path / "out"
    args = ["audit", str(tiny_jsonl), "-o", str(out), "--lang-col", "lang", "--tau", "0.8"]
    args += ["--confidence", "0.9", "--correction", "none", "--min-expected-missing", "2"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    stats = json.loads((out / "result.json").read_text())["parameters"]["statistics"]
    assert (stats["tau"], stats["confidence"], stats["correction"]) == (0.8, 0.9, "none")
    assert stats["min_expected_missing"] == 2


def test_bad_tau_exits_2(tiny_jsonl: Path, tmp_path: Path) -> None:
    """--tau outside (0, 1] is a usage error naming tau."""
    result = runner.invoke(app, ["audit", str(tiny_jsonl), "--tau", "2", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "tau" in result.output


def test_token_column_weights(tmp_path: Path) -> None:
    """--weight tokens --tokens-col n weighs each row by its given token count."""
    path = tmp_path / "t.jsonl"
    rows = [{"lang": "en", "n": 30}, {"lang": "fr", "n": 10}, {"lang": "fr", "n": 60}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out"
    args = ["audit", str(path), "--lang-col", "lang", "--weight", "tokens", "--tokens-col", "n"]
    result = runner.invoke(app, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    slices = json.loads((out / "result.json").read_text())["dimensions"]["language"]["slices"]
    shares = {s["key"]: s["share"] for s in slices if s["count"]}
    assert shares == {"en": 0.3, "fr": 0.7}
