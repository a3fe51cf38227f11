"""report / compare / card on foreign or edited result files: one exit-2 line, never a crash."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from robustness.helpers import jsonl_bytes, records


@pytest.fixture
def stored(tmp_path: Path, audit, out: Path) -> Path:
    """A real result.json of a small audit with a category."""
    rows = records(30)
    rows[0]["topic"] = "<script>alert(1)</script>|pipe"
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    assert audit(tmp_path / "a.jsonl", "--category", "topic").code == 0
    return out / "result.json"


def edited(stored: Path, change: Any) -> Path:
    data = json.loads(stored.read_text())
    change(data)
    target = stored.parent.parent / "edited.json"
    target.write_text(json.dumps(data))
    return target


def test_valid_result_re_renders(stored: Path, cli, tmp_path: Path) -> None:
    """Sanity: the stored result re-renders with exit 0."""
    code, output = cli("report", stored, "-o", tmp_path / "r", "--plotlyjs", "none")
    assert code == 0, output


def test_report_on_string_count_exits_2(stored: Path, cli, tmp_path: Path) -> None:
    """A slice count edited into a string: exit 2 naming the field."""

    def change(d: dict[str, Any]) -> None:
        d["dimensions"]["topic"]["slices"][0]["count"] = "many"

    code, output = cli("report", edited(stored, change), "-o", tmp_path / "r")
    assert code == 2 and "slices[0].count" in output and "Traceback" not in output


def test_report_on_bad_verdict_exits_2(stored: Path, cli, tmp_path: Path) -> None:
    """verdict.passed that is not true/false/null: exit 2."""

    def change(d: dict[str, Any]) -> None:
        d["verdict"]["passed"] = "yes"

    code, output = cli("report", edited(stored, change), "-o", tmp_path / "r")
    assert code == 2 and "verdict.passed" in output


def test_report_on_bad_status_exits_2(stored: Path, cli, tmp_path: Path) -> None:
    """An unknown slice status: exit 2 listing the valid ones."""

    def change(d: dict[str, Any]) -> None:
        d["dimensions"]["topic"]["slices"][1]["status"] = "great"

    code, output = cli("report", edited(stored, change), "-o", tmp_path / "r")
    assert code == 2 and "'great'" in output and "under" in output


def test_report_on_foreign_json_exits_2(cli, tmp_path: Path) -> None:
    """A JSON file from another tool: exit 2 mentioning the result format."""
    (tmp_path / "package.json").write_text(json.dumps({"name": "x", "version": "1"}))
    code, output = cli("report", tmp_path / "package.json", "-o", tmp_path / "r")
    assert code == 2 and "result_format" in output


def test_report_on_other_format_version_exits_2(stored: Path, cli, tmp_path: Path) -> None:
    """A future result format: exit 2 saying which format this version reads."""

    def change(d: dict[str, Any]) -> None:
        d["result_format"] = 99

    code, output = cli("report", edited(stored, change), "-o", tmp_path / "r")
    assert code == 2 and "99" in output and "reads result format 1" in output


def test_report_on_directory_exits_2(cli, tmp_path: Path) -> None:
    """A folder instead of a file: exit 2 saying so."""
    code, output = cli("report", tmp_path, "-o", tmp_path / "r")
    assert code == 2 and "folder" in output


def test_report_on_binary_file_exits_2(cli, tmp_path: Path) -> None:
    """Non-UTF-8 bytes: exit 2."""
    (tmp_path / "r.json").write_bytes(b"\xff\xfe\x00garbage")
    code, output = cli("report", tmp_path / "r.json", "-o", tmp_path / "r")
    assert code == 2 and "r.json" in output and "Traceback" not in output


def test_compare_on_edited_result_exits_2(stored: Path, cli, tmp_path: Path) -> None:
    """compare validates both files the same way."""

    def change(d: dict[str, Any]) -> None:
        d["input"]["rows_read"] = "lots"

    code, output = cli("compare", stored, edited(stored, change), "-o", tmp_path / "c")
    assert code == 2 and "rows_read" in output


def test_card_on_edited_result_exits_2(stored: Path, cli, tmp_path: Path) -> None:
    """card validates too."""

    def change(d: dict[str, Any]) -> None:
        d["dimensions"]["topic"]["total"] = None

    code, output = cli("card", edited(stored, change), "-o", tmp_path / "card")
    assert code == 2 and "total" in output


def test_card_escapes_data_in_markdown(stored: Path, cli, tmp_path: Path) -> None:
    """A category named like HTML is escaped in datacard.md, as in summary.md."""
    code, output = cli("card", stored, "-o", tmp_path / "card")
    assert code == 0, output
    card = (tmp_path / "card" / "datacard.md").read_text()
    summary = (stored.parent / "summary.md").read_text()
    for text in (card, summary):
        assert "<script>" not in text
    assert "&lt;script&gt;" in summary and "&lt;script&gt;alert(1)&lt;/script&gt;\\|pipe" in card
