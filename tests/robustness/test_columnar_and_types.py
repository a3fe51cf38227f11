"""Parquet/Arrow damage per row group, and values of the wrong type wherever they appear."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from robustness.helpers import jsonl_bytes, records


def write_parquet(path: Path, n: int, group: int) -> None:
    rows = records(n)
    table = pa.table({k: [r[k] for r in rows] for k in rows[0]})
    pq.write_table(table, path, row_group_size=group, compression="snappy")


def corrupt_row_group(path: Path, index: int) -> None:
    meta = pq.ParquetFile(path).metadata
    offset = meta.row_group(index).column(0).data_page_offset
    data = bytearray(path.read_bytes())
    data[offset + 10 : offset + 200] = b"\x55" * 190
    path.write_bytes(bytes(data))


def test_parquet_corrupt_row_group_keeps_the_others(tmp_path: Path, audit) -> None:
    """Row group 1 of 3 damaged: its 400 rows are corrupt_file, the other 800 read."""
    path = tmp_path / "a.parquet"
    write_parquet(path, 1200, 400)
    corrupt_row_group(path, 1)
    run = audit(path, "--country-col", "country")
    assert run.code == 0, run.output
    assert run.rows_read == 800 and run.skipped == {"corrupt_file": 400}
    assert any("row group 1" in e for e in run.result["input"]["first_errors"])


def test_parquet_corrupt_row_group_strict(tmp_path: Path, audit) -> None:
    """--strict names the row group."""
    path = tmp_path / "a.parquet"
    write_parquet(path, 600, 200)
    corrupt_row_group(path, 2)
    run = audit(path, "--strict")
    assert run.code == 2 and "row group 2" in run.output and "corrupt_file" in run.output


def test_truncated_parquet_only_input_exits_2(tmp_path: Path, audit) -> None:
    """Half a Parquet file (no footer) as the only input: no readable row, exit 2."""
    path = tmp_path / "a.parquet"
    write_parquet(path, 500, 500)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    run = audit(path)
    assert run.code == 2 and "(truncated_file 1)" in run.output and "no readable row" in run.output


def test_truncated_parquet_next_to_good_file(tmp_path: Path, audit) -> None:
    """A cut Parquet among good files is one truncated_file row; the rest is audited."""
    write_parquet(tmp_path / "good.parquet", 300, 100)
    bad = tmp_path / "bad.parquet"
    write_parquet(bad, 300, 100)
    bad.write_bytes(bad.read_bytes()[:900])
    run = audit(tmp_path)
    assert run.code == 0, run.output
    assert run.rows_read == 300 and run.skipped == {"truncated_file": 1}


def test_arrow_ipc_file_is_read_and_garbage_is_not(tmp_path: Path, audit) -> None:
    """An Arrow IPC file is read; a .arrow file of garbage is one corrupt_file row."""
    rows = records(70)
    table = pa.table({k: [r[k] for r in rows] for k in rows[0]})
    with pa.ipc.new_file(tmp_path / "a.arrow", table.schema) as writer:
        writer.write_table(table)
    (tmp_path / "b.arrow").write_bytes(b"not arrow at all" * 20)
    run = audit(tmp_path)
    assert run.code == 0 and run.rows_read == 70 and run.skipped == {"corrupt_file": 1}


def test_parquet_missing_column_names_it(tmp_path: Path, audit) -> None:
    """A needed column absent from the schema: exit 2, naming the column and the close one."""
    write_parquet(tmp_path / "a.parquet", 10, 10)
    run = audit(tmp_path / "a.parquet", "--category", "topics")
    assert run.code == 2 and "'topics'" in run.output and "'topic'" in run.output


def test_parquet_text_as_list_is_not_text(tmp_path: Path, audit) -> None:
    """A Parquet text column of lists: every such row is not_text; the other file is read."""
    pq.write_table(pa.table({"text": [["a", "b"]] * 20}), tmp_path / "lists.parquet")
    write_parquet(tmp_path / "good.parquet", 30, 30)
    run = audit(tmp_path)
    assert run.code == 0, run.output
    assert run.rows_read == 30 and run.skipped == {"not_text": 20}


def test_parquet_binary_text_with_invalid_utf8(tmp_path: Path, audit) -> None:
    """Binary text: valid UTF-8 values are read, an invalid one is invalid_utf8."""
    values = [r["text"].encode() for r in records(25)] + [b"\xff\xfe broken"]
    pq.write_table(pa.table({"text": pa.array(values, pa.binary())}), tmp_path / "b.parquet")
    run = audit(tmp_path / "b.parquet")
    assert run.code == 0, run.output
    assert run.rows_read == 25 and run.skipped == {"invalid_utf8": 1}


def test_list_in_text_column_early_is_not_text(tmp_path: Path, audit) -> None:
    """A list in the text column at row 2 is a counted not_text row (it used to crash)."""
    rows = records(30)
    rows[1]["text"] = ["a", "list"]
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0, run.output
    assert run.skipped == {"not_text": 1} and run.rows_read == 29


def test_object_in_text_column_after_many_rows(tmp_path: Path, audit) -> None:
    """The same value after row 4,096 is also not_text (it used to become 'empty')."""
    rows = records(5000)
    rows[4500]["text"] = {"nested": "object"}
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    run = audit(tmp_path / "a.jsonl", "--lang-col", "country", "--weight", "chars")
    assert run.code == 0, run.output
    assert run.skipped == {"not_text": 1} and run.rows_read == 4999


def test_not_text_strict_is_one_clear_line(tmp_path: Path, audit) -> None:
    """--strict: one line naming file:line, the column and what it held."""
    rows = records(10)
    rows[6]["text"] = 12.5
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    run = audit(tmp_path / "a.jsonl", "--strict")
    assert run.code == 2
    assert "a.jsonl:7" in run.output and "'text'" in run.output and "a number" in run.output


def test_object_in_category_column_is_not_label(tmp_path: Path, audit) -> None:
    """An object or a nested list in a category column, early and after row 4,096: two
    not_label rows."""
    rows = records(4200)
    rows[3]["topic"] = {"k": 1}
    rows[4150]["topic"] = [["nested"]]
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    run = audit(tmp_path / "a.jsonl", "--category", "topic", "--no-language")
    assert run.code == 0, run.output
    assert run.skipped == {"not_label": 2} and run.rows_read == 4198
    topic = run.result["dimensions"]["topic"]
    assert topic["total"] == 4198


def test_list_of_labels_in_category_is_multi_label(tmp_path: Path, audit) -> None:
    """A list of labels is a multi-label row (each label counted once), not an error."""
    rows = [{"text": r["text"], "topic": r["topic"]} for r in records(30)]
    rows[2]["topic"] = ["topic0", "extra", "topic0"]
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    run = audit(tmp_path / "a.jsonl", "--category", "topic", "--no-language")
    assert run.code == 0 and run.rows_read == 30 and run.skipped == {}
    counts = {s["key"]: s["count"] for s in run.result["dimensions"]["topic"]["slices"]}
    expected: dict[str, int] = {}
    for r in rows:
        for label in set(r["topic"] if isinstance(r["topic"], list) else [r["topic"]]):
            expected[label] = expected.get(label, 0) + 1
    assert counts == expected


def test_numbers_and_booleans_are_labels(tmp_path: Path, audit) -> None:
    """Numeric and boolean category values are labels ('1', 'true'), not errors."""
    rows = [
        {"text": r["text"], "topic": i % 2 if i % 3 else True} for i, r in enumerate(records(30))
    ]
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    run = audit(tmp_path / "a.jsonl", "--category", "topic", "--no-language")
    assert run.code == 0 and run.rows_read == 30 and run.skipped == {}
    keys = {s["key"] for s in run.result["dimensions"]["topic"]["slices"]}
    assert keys == {"0", "1", "true"}


def test_category_column_first_seen_late_is_found(tmp_path: Path, audit) -> None:
    """A column that first appears after row 4,096 is read (schema from the whole file)."""
    rows = [{"text": r["text"]} for r in records(4500)]
    for i in range(4300, 4500):
        rows[i]["topic"] = "late"
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    run = audit(tmp_path / "a.jsonl", "--category", "topic", "--no-language")
    assert run.code == 0, run.output
    topic = run.result["dimensions"]["topic"]
    assert topic["documents"] == 200 and run.rows_read == 4500


def test_token_column_with_text_is_not_number(tmp_path: Path, audit) -> None:
    """A token count that is not a whole number is a not_number row."""
    rows = [dict(r, n=10 + i) for i, r in enumerate(records(20))]
    rows[5]["n"] = "many"
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(rows))
    run = audit(tmp_path / "a.jsonl", "--tokens-col", "n", "--weight", "tokens")
    assert run.code == 0, run.output
    assert run.skipped == {"not_number": 1} and run.rows_read == 19


def test_annotators_with_list_labels_do_not_crash(tmp_path: Path, cli) -> None:
    """`annotators` on a file with list labels: the list rows are counted not_label, no crash."""
    rows = [
        {"item": i, "annotator": f"a{i % 3}", "label": "x" if i % 4 else ["x"]} for i in range(40)
    ]
    (tmp_path / "ann.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    code, output = cli(
        "annotators",
        tmp_path / "ann.jsonl",
        "--item",
        "item",
        "--annotator",
        "annotator",
        "--label",
        "label",
        "-o",
        tmp_path / "o",
    )
    assert code == 0, output
    bad = sum(1 for r in rows if isinstance(r["label"], list))
    assert f"not_label {bad}" in output and "30 labels" in output
