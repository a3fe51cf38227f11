"""Audits without text, text that is not prose, and gate options."""

from __future__ import annotations

from pathlib import Path

from robustness.helpers import csv_text, jsonl_bytes, records


def test_no_text_column_audits_other_dimensions(tmp_path: Path, audit) -> None:
    """No 'text' column and no --lang-col: country is audited, language is said unmeasured."""
    rows = [{"country": r["country"], "topic": r["topic"]} for r in records(40)]
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    run = audit(tmp_path / "a.jsonl", "--country-col", "country", "--category", "topic")
    assert run.code == 0, run.output
    assert "language" not in run.result["dimensions"]
    assert {"country", "topic"} <= set(run.result["dimensions"])
    assert run.rows_read == 40
    assert any("language not measured" in w for w in run.warnings)
    assert "language not measured" in (tmp_path / "out" / "summary.md").read_text()


def test_no_language_flag_skips_language(tmp_path: Path, audit) -> None:
    """--no-language with a text column present: no language dimension, said so."""
    (tmp_path / "a.csv").write_text(csv_text(records(20)))
    run = audit(tmp_path / "a.csv", "--no-language", "--country-col", "country")
    assert run.code == 0 and "language" not in run.result["dimensions"]
    assert "country" in run.result["dimensions"]
    assert any("--no-language" in w for w in run.warnings)
    assert run.rows_read == 20


def test_no_text_and_nothing_else_exits_2(tmp_path: Path, audit) -> None:
    """Nothing left to measure: exit 2 naming the options that would measure something."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes([{"id": i} for i in range(5)]))
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 2 and "nothing to audit" in run.output and "--category" in run.output


def test_explicit_text_column_missing_exits_2(tmp_path: Path, audit) -> None:
    """--text NAME that does not exist is an error (only the default is optional)."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(5)))
    run = audit(tmp_path / "a.jsonl", "--text", "body")
    assert run.code == 2 and "'body'" in run.output


def test_text_column_appearing_late_is_used(tmp_path: Path, audit) -> None:
    """'text' first appears after row 1,000: language is still measured."""
    rows = [{"country": "US"} for _ in range(1500)] + records(30)
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0, run.output
    assert "language" in run.result["dimensions"] and run.rows_read == 1530


def test_urls_as_text_warn(tmp_path: Path, audit) -> None:
    """A column of URLs: a warning on the console, in result.json, summary.md and report.html."""
    rows = [{"text": f"https://example.com/page/{i}?q=item{i}"} for i in range(60)]
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0 and run.rows_read == 60
    assert any("URLs" in w for w in run.warnings)
    assert "warning:" in run.output and "not prose" in run.output
    assert "not prose" in (tmp_path / "out" / "summary.md").read_text()
    assert "not prose" in (tmp_path / "out" / "report.html").read_text()


def test_ids_as_text_warn(tmp_path: Path, audit) -> None:
    """Numbers and IDs in the text column are warned about too."""
    rows = [{"text": f"ID-{i:08d}" if i % 2 else str(i * 37)} for i in range(50)]
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0 and any("IDs or numbers" in w for w in run.warnings)
    assert run.rows_read == len(rows)


def test_short_texts_warn(tmp_path: Path, audit) -> None:
    """Texts whose median has under 20 letters get the short-text warning."""
    rows = [{"text": w} for w in ["hello there", "ok then", "yes", "bonjour"] * 10]
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0 and any("very short" in w for w in run.warnings)
    assert run.rows_read == len(rows)


def test_prose_gets_no_shape_warning(tmp_path: Path, audit) -> None:
    """Ordinary sentences: no text-shape warning."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(40)))
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0 and not any("prose" in w or "short" in w for w in run.warnings)
    assert run.rows_read == 40


def test_fail_on_empty_exits_2(tmp_path: Path, audit) -> None:
    """--fail-on "" is a usage error, not a silently disabled gate."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(5)))
    run = audit(tmp_path / "a.jsonl", "--fail-on", "")
    assert run.code == 2 and "--fail-on" in run.output and "empty" in run.output
    assert not (tmp_path / "out").exists()


def test_fail_on_commas_only_exits_2(tmp_path: Path, audit) -> None:
    """--fail-on ' , ' is empty too."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(5)))
    run = audit(tmp_path / "a.jsonl", "--fail-on", " , ")
    assert run.code == 2 and "empty" in run.output


def test_cross_without_country_dimension_exits_2_before_reading(tmp_path: Path, audit) -> None:
    """--cross language,country without a country source: exit 2 naming the missing option,
    before the (damaged) input is read."""
    (tmp_path / "a.jsonl.zst").write_bytes(b"garbage")
    run = audit(tmp_path / "a.jsonl.zst", "--cross", "language,country")
    assert run.code == 2 and "--country-col" in run.output and "corrupt" not in run.output


def test_policy_failure_is_exit_1_with_rows_accounted(tmp_path: Path, audit) -> None:
    """A failed gate is exit 1 (not 2 or 3), and the result is still written."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(30)) + b"{bad\n")
    run = audit(tmp_path / "a.jsonl", "--fail-on", "under,missing,uncertain,ok,over")
    assert run.code == 1, run.output
    assert run.accounted == 31
