"""Which files an audit reads: hidden, unknown, duplicate and output files are listed, not read."""

from __future__ import annotations

import json
import os
from pathlib import Path

from robustness.helpers import jsonl_bytes, records


def test_hidden_files_and_folders_are_skipped_and_listed(tmp_path: Path, audit) -> None:
    """.git/ and ._x files inside an input folder are not audited; result.json lists them."""
    data = tmp_path / "data"
    (data / ".git").mkdir(parents=True)
    (data / "a.jsonl").write_bytes(jsonl_bytes(records(20)))
    (data / ".git" / "objects.jsonl").write_bytes(jsonl_bytes(records(50)))
    (data / "._a.jsonl").write_bytes(b"\x00\x05\x16\x07 resource fork")
    run = audit(data)
    assert run.code == 0, run.output
    assert run.rows_read == 20 and run.skipped == {}
    hidden = run.result["input"]["skipped_hidden"]
    assert len(hidden) == 2 and any("._a.jsonl" in h for h in hidden)
    assert any("hidden" in w for w in run.warnings)


def test_unknown_extensions_are_listed(tmp_path: Path, audit) -> None:
    """README.md and notes.txt in a data folder are ignored by name in result.json."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(12)))
    (tmp_path / "README.md").write_text("# data\n")
    (tmp_path / "notes.txt").write_text("hello\n")
    run = audit(tmp_path, output=tmp_path.parent / "o1")
    assert run.code == 0 and run.rows_read == 12
    ignored = run.result["input"]["ignored_files"]
    assert sorted(Path(p).name for p in ignored) == ["README.md", "notes.txt"]
    assert "ignored 2 file(s)" in run.output


def test_unknown_extension_named_explicitly_exits_2(tmp_path: Path, audit) -> None:
    """A file given by name with an unknown type: exit 2 listing the known types."""
    (tmp_path / "data.txt").write_text("hello\n")
    run = audit(tmp_path / "data.txt")
    assert run.code == 2 and "unknown file type" in run.output and ".jsonl" in run.output


def test_same_file_twice_is_read_once(tmp_path: Path, audit) -> None:
    """`audit a.jsonl a.jsonl`: 15 rows, not 30, and a note."""
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl_bytes(records(15)))
    run = audit(path, path)
    assert run.code == 0 and run.rows_read == 15
    assert run.result["input"]["duplicates"] == [str(path)]
    assert "more than once" in run.output


def test_folder_plus_file_inside_is_read_once(tmp_path: Path, audit) -> None:
    """A folder and a file inside it: each file once."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.jsonl").write_bytes(jsonl_bytes(records(10)))
    (data / "b.jsonl").write_bytes(jsonl_bytes(records(6)))
    run = audit(data, data / "a.jsonl")
    assert run.code == 0 and run.rows_read == 16


def test_symlink_to_same_file_is_a_duplicate(tmp_path: Path, audit) -> None:
    """Duplicates are found by real path: a symlink in the folder is not read again."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.jsonl").write_bytes(jsonl_bytes(records(11)))
    os.symlink(data / "a.jsonl", data / "link.jsonl")
    run = audit(data)
    assert run.code == 0 and run.rows_read == 11
    assert len(run.result["input"]["duplicates"]) == 1


def test_output_folder_inside_input_folder_is_never_audited(tmp_path: Path, audit) -> None:
    """Re-auditing a folder that holds the previous report gives the same row count."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.jsonl").write_bytes(jsonl_bytes(records(25)))
    first = audit(data, output=data / "report")
    second = audit(data, output=data / "report")
    assert first.code == second.code == 0, second.output
    assert first.rows_read == second.rows_read == 25
    assert second.result["input"]["excluded"]


def test_empty_file_is_a_warning(tmp_path: Path, audit) -> None:
    """A 0-byte file next to data: exit 0, and a warning naming it."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(8)))
    (tmp_path / "empty.jsonl").write_bytes(b"")
    run = audit(tmp_path, output=tmp_path.parent / "o2")
    assert run.code == 0 and run.rows_read == 8
    assert any("empty.jsonl" in w for w in run.warnings)


def test_only_empty_or_blank_files_exit_2(tmp_path: Path, audit) -> None:
    """Nothing readable at all (empty file, blank lines): exit 2, not a passing audit."""
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n\n  \n")
    run = audit(tmp_path, output=tmp_path.parent / "o3")
    assert run.code == 2 and "no readable row in 2 input file(s) (no rows)" in run.output


def test_nothing_but_malformed_rows_exit_2(tmp_path: Path, audit) -> None:
    """All rows bad: exit 2 and the count by reason, so a CI gate cannot pass on nothing."""
    (tmp_path / "a.jsonl").write_bytes(b"{bad\n{worse\n")
    run = audit(tmp_path / "a.jsonl", "--fail-on", "missing")
    assert run.code == 2 and "malformed_json 2" in run.output


def test_folder_without_data_files_exits_2(tmp_path: Path, audit) -> None:
    """A folder of only unknown types: exit 2 saying so."""
    (tmp_path / "notes.txt").write_text("x")
    run = audit(tmp_path, output=tmp_path.parent / "o4")
    assert run.code == 2 and "no parquet/jsonl" in run.output


def test_glob_matching_nothing_exits_2(tmp_path: Path, audit) -> None:
    """A glob that matches no file: exit 2 with the glob."""
    run = audit(str(tmp_path / "*.parquet"))
    assert run.code == 2 and "matches no files" in run.output


def test_missing_input_exits_2(tmp_path: Path, audit) -> None:
    """A path that does not exist: exit 2 naming it."""
    run = audit(tmp_path / "nope.jsonl")
    assert run.code == 2 and "nope.jsonl" in run.output and "no such file" in run.output


def test_json_file_counts_recorded_per_reason(tmp_path: Path, audit) -> None:
    """first_errors in result.json name file:line for each kind of skip."""
    data = jsonl_bytes(records(5)) + b"{oops\n" + json.dumps([1]).encode() + b"\n"
    (tmp_path / "a.jsonl").write_bytes(data)
    run = audit(tmp_path / "a.jsonl")
    errors = run.result["input"]["first_errors"]
    assert any("a.jsonl:6" in e for e in errors) and any("a.jsonl:7" in e for e in errors)
    assert run.accounted == 7
