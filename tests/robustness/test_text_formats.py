"""JSON Lines, JSON arrays, CSV/TSV and encodings: every line is a row read or a counted skip."""

from __future__ import annotations

import json
from pathlib import Path

from robustness.helpers import csv_text, jsonl_bytes, records


def nonblank_lines(data: bytes) -> int:
    return sum(1 for line in data.split(b"\n") if line.strip())


def test_malformed_json_line_is_counted(tmp_path: Path, audit) -> None:
    """One broken line among good ones: read + malformed_json = non-blank lines."""
    data = jsonl_bytes(records(40)) + b'{"text": "broken\n' + jsonl_bytes(records(10))
    (tmp_path / "a.jsonl").write_bytes(data)
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0, run.output
    assert run.skipped == {"malformed_json": 1}
    assert run.accounted == nonblank_lines(data) == 51


def test_malformed_json_line_strict_names_line(tmp_path: Path, audit) -> None:
    """--strict: exit 2 naming file:line."""
    data = jsonl_bytes(records(5)) + b"{not json}\n"
    (tmp_path / "a.jsonl").write_bytes(data)
    run = audit(tmp_path / "a.jsonl", "--strict")
    assert run.code == 2 and "a.jsonl:6" in run.output and "malformed" in run.output


def test_json_line_that_is_not_an_object(tmp_path: Path, audit) -> None:
    """A line holding an array or a number is a not_an_object row."""
    data = jsonl_bytes(records(20)) + b"[1, 2]\n42\n"
    (tmp_path / "a.jsonl").write_bytes(data)
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0 and run.skipped == {"not_an_object": 2}
    assert run.accounted == nonblank_lines(data)


def test_crlf_and_missing_final_newline(tmp_path: Path, audit) -> None:
    """CRLF line ends and a last line without newline are all rows."""
    lines = [json.dumps(r) for r in records(30)]
    (tmp_path / "a.jsonl").write_bytes("\r\n".join(lines).encode())
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0 and run.rows_read == 30 and run.skipped == {}


def test_json_array_file_is_read(tmp_path: Path, audit) -> None:
    """A .json file holding an array of objects: one row per element."""
    rows = records(25)
    (tmp_path / "a.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")
    run = audit(tmp_path / "a.json")
    assert run.code == 0, run.output
    assert run.rows_read == len(rows) and run.skipped == {}


def test_json_array_with_non_objects_counts_them(tmp_path: Path, audit) -> None:
    """Array elements that are not objects are counted, by element number under --strict."""
    rows: list[object] = [*records(10), "a string", [1], *records(5)]
    (tmp_path / "a.json").write_text(json.dumps(rows), encoding="utf-8")
    run = audit(tmp_path / "a.json")
    assert run.code == 0 and run.rows_read == 15 and run.skipped == {"not_an_object": 2}
    strict = audit(tmp_path / "a.json", "--strict")
    assert strict.code == 2 and "element 11" in strict.output


def test_broken_json_array_only_input_exits_2(tmp_path: Path, audit) -> None:
    """A .json array cut off: nothing decodable, exit 2 with the reason."""
    (tmp_path / "a.json").write_text(json.dumps(records(10))[:-20], encoding="utf-8")
    run = audit(tmp_path / "a.json")
    assert run.code == 2 and "no readable row" in run.output and "(corrupt_file 1)" in run.output


def test_utf16_jsonl_with_bom_is_decoded(tmp_path: Path, audit) -> None:
    """UTF-16 (BOM) JSON Lines are transcoded: every row read, language measured."""
    rows = records(40)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (tmp_path / "a.jsonl").write_bytes(text.encode("utf-16"))
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0, run.output
    assert run.rows_read == 40 and run.skipped == {}
    assert run.result["dimensions"]["language"]["documents"] > 0


def test_utf32_be_jsonl_with_bom_is_decoded(tmp_path: Path, audit) -> None:
    """UTF-32 big-endian with BOM: read like UTF-8."""
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(12))
    (tmp_path / "a.jsonl").write_bytes(b"\x00\x00\xfe\xff" + text.encode("utf-32-be"))
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0 and run.rows_read == 12


def test_utf8_bom_is_ignored(tmp_path: Path, audit) -> None:
    """A UTF-8 BOM does not make the first line malformed."""
    (tmp_path / "a.jsonl").write_bytes(b"\xef\xbb\xbf" + jsonl_bytes(records(9)))
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0 and run.rows_read == 9 and run.skipped == {}


def test_latin1_line_counted_invalid_utf8(tmp_path: Path, audit) -> None:
    """A Latin-1 encoded line in a UTF-8 file is one invalid_utf8 row."""
    bad = json.dumps({"text": "café crème brûlée"}, ensure_ascii=False).encode("latin-1")
    data = jsonl_bytes(records(20)) + bad + b"\n"
    (tmp_path / "a.jsonl").write_bytes(data)
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0 and run.skipped == {"invalid_utf8": 1}
    assert run.accounted == nonblank_lines(data)


def test_csv_is_read_with_header(tmp_path: Path, audit) -> None:
    """Plain CSV: rows = lines minus the header."""
    rows = records(33)
    (tmp_path / "a.csv").write_text(csv_text(rows), encoding="utf-8")
    run = audit(tmp_path / "a.csv", "--country-col", "country")
    assert run.code == 0 and run.rows_read == 33 and run.skipped == {}


def test_tsv_is_read(tmp_path: Path, audit) -> None:
    """Tab-separated values (.tsv) with commas inside the text."""
    rows = [dict(r, text=r["text"].replace(".", ", yes.")) for r in records(21)]
    (tmp_path / "a.tsv").write_text(csv_text(rows, sep="\t"), encoding="utf-8")
    run = audit(tmp_path / "a.tsv", "--category", "topic")
    assert run.code == 0 and run.rows_read == 21 and run.skipped == {}


def test_ragged_csv_rows_are_malformed(tmp_path: Path, audit) -> None:
    """Rows with too many or too few fields are counted, not padded or merged."""
    text = csv_text(records(30)) + "only one field\na,b,c,d,e\n" + csv_text(records(5))[1:]
    text = csv_text(records(30)) + "only one field\na,b,c,d,e\n"
    (tmp_path / "a.csv").write_text(text, encoding="utf-8")
    run = audit(tmp_path / "a.csv", "--country-col", "country")
    assert run.code == 0, run.output
    assert run.skipped == {"malformed_csv": 2}
    assert run.accounted == len(text.strip().splitlines()) - 1


def test_ragged_csv_strict_exits_2(tmp_path: Path, audit) -> None:
    """--strict: the first ragged row stops the audit, naming file, line and field counts."""
    text = csv_text(records(3)) + "x,y\n"
    (tmp_path / "a.csv").write_text(text, encoding="utf-8")
    run = audit(tmp_path / "a.csv", "--strict")
    assert run.code == 2 and "a.csv:5" in run.output and "2 fields" in run.output


def test_csv_bad_quote_loses_only_that_row(tmp_path: Path, audit) -> None:
    """One bad quote: that row is malformed_csv, every other row is read."""
    good = csv_text(records(40))
    lines = good.splitlines()
    lines.insert(10, '"He said "hi" there",US,topic1')
    text = "\n".join(lines) + "\n"
    (tmp_path / "a.csv").write_text(text, encoding="utf-8")
    run = audit(tmp_path / "a.csv", "--country-col", "country")
    assert run.code == 0, run.output
    assert run.skipped == {"malformed_csv": 1} and run.rows_read == 40


def test_csv_latin1_row_counted(tmp_path: Path, audit) -> None:
    """A Latin-1 row in a UTF-8 CSV is one invalid_utf8 row."""
    head = csv_text(records(15)).encode()
    data = head + "Une journée à la plage avec des amis très chers,FR,topic0\n".encode("latin-1")
    (tmp_path / "a.csv").write_bytes(data)
    run = audit(tmp_path / "a.csv")
    assert run.code == 0 and run.rows_read == 15 and run.skipped == {"invalid_utf8": 1}


def test_csv_utf16_bom_is_decoded(tmp_path: Path, audit) -> None:
    """A UTF-16 CSV as spreadsheet programs export it."""
    (tmp_path / "a.csv").write_bytes(csv_text(records(18)).encode("utf-16"))
    run = audit(tmp_path / "a.csv", "--country-col", "country")
    assert run.code == 0 and run.rows_read == 18 and run.skipped == {}


def test_csv_header_only_is_a_warning_next_to_data(tmp_path: Path, audit) -> None:
    """A CSV with only a header yields no rows: a warning, the other file still audited."""
    (tmp_path / "empty.csv").write_text("text,country\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text(csv_text(records(7)), encoding="utf-8")
    run = audit(tmp_path)
    assert run.code == 0 and run.rows_read == 7
    assert any("empty.csv" in w and "no rows" in w for w in run.warnings)
    assert "warning:" in run.output
