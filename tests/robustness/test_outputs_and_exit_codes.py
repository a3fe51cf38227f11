"""Output folders checked first and written all at once; exit 3 for internal errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest

import datacensus
from datacensus.errors import DatacensusError, InternalError
from robustness.helpers import jsonl_bytes, records


def test_output_path_that_is_a_file_exits_2_before_reading(tmp_path: Path, audit) -> None:
    """-o naming a file: exit 2 about the output, before the (damaged) input is read."""
    (tmp_path / "a.jsonl.zst").write_bytes(b"garbage")
    target = tmp_path / "report"
    target.write_text("not a folder")
    run = audit(tmp_path / "a.jsonl.zst", output=target)
    assert run.code == 2 and "output path is a file" in run.output
    assert "corrupt" not in run.output


def test_output_under_a_file_exits_2(tmp_path: Path, audit) -> None:
    """-o inside something that is a file: exit 2 naming that file."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(5)))
    (tmp_path / "plain").write_text("x")
    run = audit(tmp_path / "a.jsonl", output=tmp_path / "plain" / "sub" / "report")
    assert run.code == 2 and "is a file" in run.output and "plain" in run.output


def test_output_under_dev_null_exits_2(tmp_path: Path, audit) -> None:
    """-o /dev/null/report: exit 2, no traceback."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(5)))
    run = audit(tmp_path / "a.jsonl", output=Path("/dev/null/report"))
    assert run.code == 2 and "Traceback" not in run.output


def test_failed_write_keeps_previous_run_whole(
    tmp_path: Path, audit, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk-full during the second run's writes leaves the first run's files, all of them."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(12)))
    assert audit(tmp_path / "a.jsonl").code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(20)))
    real = Path.write_text

    def full_disk(self: Path, *args: object, **kwargs: object) -> int:
        if self.name == "summary.md":
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", full_disk)
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 2 and "cannot write the outputs" in run.output
    assert "No space left" in run.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".out.tmp")]
    assert json.loads(before["result.json"])["input"]["rows_read"] == 12


def test_default_output_folders_do_not_collide(
    tmp_path: Path, audit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without -o, audits of different inputs write different folders."""
    monkeypatch.chdir(tmp_path)
    Path("first.jsonl").write_bytes(jsonl_bytes(records(6)))
    Path("second.jsonl").write_bytes(jsonl_bytes(records(9)))
    assert audit("first.jsonl", output=None).code == 0
    assert audit("second.jsonl", output=None).code == 0
    first = json.loads(Path("datacensus-report/first/result.json").read_text())
    second = json.loads(Path("datacensus-report/second/result.json").read_text())
    assert (first["input"]["rows_read"], second["input"]["rows_read"]) == (6, 9)


def test_internal_error_is_exit_3_with_traceback_file(
    tmp_path: Path, audit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug (here: an injected RuntimeError) is exit 3, one line, the traceback saved."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(5)))

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("injected failure")

    monkeypatch.setattr("datacensus.api.build_result", boom)
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 3
    assert "internal error" in run.output and "injected failure" in run.output
    match = re.search(r"traceback: (\S+?);", run.output)
    assert match, run.output
    saved = Path(match.group(1)).read_text()
    assert "RuntimeError: injected failure" in saved and "Traceback" in saved
    assert "Traceback" not in run.output
    Path(match.group(1)).unlink()


def test_debug_prints_the_traceback(tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """`datacensus --debug ...` prints the traceback of an internal error, still exit 3."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(5)))

    def boom(*args: object, **kwargs: object) -> None:
        raise KeyError("inner")

    monkeypatch.setattr("datacensus.api.build_result", boom)
    code, output = cli("--debug", "audit", tmp_path / "a.jsonl", "-o", tmp_path / "o", "-q")
    assert code == 3 and "Traceback (most recent call last)" in output and "KeyError" in output
    match = re.search(r"traceback: (\S+?);", output)
    if match:
        Path(match.group(1)).unlink()


def test_api_wraps_polars_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Python API raises DatacensusError subclasses, never a raw Polars error."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(5)))

    def boom(*args: object, **kwargs: object) -> None:
        raise pl.exceptions.ComputeError("polars went wrong")

    monkeypatch.setattr("datacensus.api.build_result", boom)
    with pytest.raises(InternalError, match="polars went wrong") as info:
        datacensus.audit(tmp_path / "a.jsonl", lid=datacensus.LidSettings(workers=1))
    assert isinstance(info.value, DatacensusError)


def test_api_damaged_input_is_input_error_with_accounting(tmp_path: Path) -> None:
    """The API on a damaged Parquet: InputError (a ValueError), not an Arrow exception."""
    (tmp_path / "a.parquet").write_bytes(b"PAR1 then nothing useful")
    with pytest.raises(datacensus.InputError, match="no readable row"):
        datacensus.audit(tmp_path / "a.parquet")
    assert issubclass(datacensus.InputError, ValueError)


def test_api_frame_with_list_text_counts_not_text() -> None:
    """An in-memory frame with a list in its text column: a counted not_text row, no crash."""
    frame = pl.DataFrame(
        {"text": [["a", "b"], None, ["c"]], "country": ["US", "FR", "DE"]},
        schema={"text": pl.List(pl.String), "country": pl.String},
    )
    result = datacensus.audit(frame, country="country", lid=datacensus.LidSettings(workers=1))
    not_text = sum(1 for v in frame["text"].to_list() if v is not None)
    assert result.input["rows_skipped"] == {"not_text": not_text}
    assert result.input["rows_read"] == frame.height - not_text


def test_census_batch_with_wrong_types_is_counted() -> None:
    """The streaming API (count per batch) counts a list in the text column as not_text."""
    spec = datacensus.AuditSpec(text="text", language="lang")
    frame = pl.DataFrame({"text": ["one", "two", "three"], "lang": ["en", "fr", "en"]})
    bad = pl.DataFrame({"text": [["x"], None], "lang": [{"a": "b"}, {"a": "c"}]})
    counts = datacensus.merge_counts(datacensus.count(frame, spec), datacensus.count(bad, spec))
    rows = counts.filter(pl.col("dimension") == "_rows")
    by_key = dict(zip(rows["key"].to_list(), rows["documents"].to_list(), strict=True))
    assert by_key == {"read": frame.height, "?not_label": bad.height}


def test_interrupt_is_exit_130_not_policy_failure(
    tmp_path: Path, audit, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C during an audit exits 130 (1 would read as a failed policy); nothing is written."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(5)))

    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("datacensus.api.build_result", interrupt)
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 130 and "interrupted" in run.output
    assert not (out / "result.json").exists()


def test_audit_wrapper_forwards_every_parameter() -> None:
    """audit() (which maps stray library errors to InternalError) and its body take the same
    parameters, so a new option cannot be dropped on the way."""
    import inspect

    from datacensus import api

    outer = list(inspect.signature(api.audit).parameters)
    inner = list(inspect.signature(api._audit).parameters)
    assert outer == inner
