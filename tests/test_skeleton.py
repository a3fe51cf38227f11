"""End-to-end language audit of a tiny corpus with known answers."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

import datacensus
from datacensus import AuditResult


def _counts(result: AuditResult) -> dict[str, int]:
    rows = result.coverage("language").filter(pl.col("count") > 0)
    return {r["key"]: int(r["count"]) for r in rows.iter_rows(named=True)}


def test_detected_language_counts_are_exact(tiny_jsonl: Path) -> None:
    """fastText finds 3 en, 2 fr, 1 de, 1 es; empty and null texts are unknown, not slices."""
    result = datacensus.audit(tiny_jsonl)
    assert _counts(result) == {"en": 3, "fr": 2, "de": 1, "es": 1}
    language = result.dimensions["language"]
    assert language.total == 7
    assert language.unknown == {"empty": 2}
    assert result.input["rows_read"] == 9


def test_parquet_and_jsonl_agree(tiny_jsonl: Path, tiny_parquet: Path) -> None:
    """The same rows in two formats give the same counts."""
    a = datacensus.audit(tiny_jsonl)
    b = datacensus.audit(tiny_parquet)
    assert a.counts.drop("dimension").equals(b.counts.drop("dimension"))


def test_label_column_skips_detection(tiny_jsonl: Path) -> None:
    """--lang-col counts labels as given; a null label is unknown."""
    result = datacensus.audit(tiny_jsonl, language="lang")
    assert _counts(result) == {"en": 4, "fr": 2, "de": 1, "es": 1}
    assert result.dimensions["language"].unknown == {"empty": 1}
    assert result.lid is None


def test_shares_exclude_unknown(tiny_jsonl: Path) -> None:
    """Shares are over known rows: en is 3/7 even though 9 rows were read."""
    result = datacensus.audit(tiny_jsonl)
    en = result.coverage("language").filter(pl.col("key") == "en").row(0, named=True)
    assert en["share"] == pytest.approx(3 / 7)
    assert en["reference_share"] is not None and en["reference_share"] > 0.05


def test_in_memory_frame_matches_file(tiny_jsonl: Path) -> None:
    """Auditing a polars frame gives the same language counts as auditing the file."""
    frame = pl.read_ndjson(tiny_jsonl)
    assert _counts(datacensus.audit(frame)) == _counts(datacensus.audit(tiny_jsonl))


def test_result_json_round_trips(tiny_jsonl: Path) -> None:
    """to_json -> from_json preserves the coverage table and the inputs."""
    result = datacensus.audit(tiny_jsonl)
    again = AuditResult.from_json(result.to_json())
    assert again.coverage("language").equals(result.coverage("language"))
    assert again.input == result.input
    assert again.counts.equals(result.counts)


def test_result_json_contract(tiny_jsonl: Path, tmp_path: Path) -> None:
    """result.json has the top-level fields and per-slice fields DESIGN §3 promises."""
    datacensus.write_report(datacensus.audit(tiny_jsonl), tmp_path / "out")
    data = json.loads((tmp_path / "out" / "result.json").read_text())
    for key in ("datacensus_version", "created_at", "input", "parameters", "dimensions", "verdict"):
        assert key in data
    for key in ("paths", "rows_read", "rows_skipped", "fingerprint"):
        assert key in data["input"]
    language = data["dimensions"]["language"]
    for key in ("reference", "total", "unknown", "slices", "metrics"):
        assert key in language
    slice_fields = {
        "key",
        "label",
        "count",
        "share",
        "ci_low",
        "ci_high",
        "reference_share",
        "ratio",
        "status",
    }
    assert all(slice_fields <= set(row) for row in language["slices"])
    statuses = {row["status"] for row in language["slices"]}
    assert statuses <= {s.value for s in datacensus.Status}
    assert data["verdict"] == {"passed": None, "findings": []}


def test_malformed_jsonl_line_is_counted_not_dropped(tmp_path: Path) -> None:
    """A broken line is skipped with reason malformed_json; the good lines are audited."""
    path = tmp_path / "broken.jsonl"
    good = json.dumps({"text": "The weather is lovely today and we walk to the park."})
    path.write_text(f"{good}\n{{not json\n{good}\n")
    result = datacensus.audit(path)
    assert result.input["rows_read"] == 2
    assert result.input["rows_skipped"] == {"malformed_json": 1}
    assert any("broken.jsonl:2" in e for e in result.input["first_errors"])


def test_strict_mode_names_file_and_line(tmp_path: Path) -> None:
    """--strict raises InputError naming file:line for the first malformed line."""
    path = tmp_path / "broken.jsonl"
    path.write_text('{"text": "hello there friend"}\n{oops\n')
    with pytest.raises(datacensus.InputError, match=r"broken\.jsonl:2"):
        datacensus.audit(path, strict=True)


def test_missing_column_suggests_closest(tiny_jsonl: Path) -> None:
    """A wrong --text column names the file and suggests the closest existing column."""
    with pytest.raises(datacensus.ColumnNotFoundError, match=r"tiny\.jsonl.*'txt'.*'text'"):
        datacensus.audit(tiny_jsonl, text="txt")


def test_reference_from_mapping_rejects_non_numbers() -> None:
    """A non-numeric share is an InvalidReferenceError naming the entry, not a bare ValueError."""
    with pytest.raises(datacensus.InvalidReferenceError, match=r"mine: entry 2 \('fr'\)"):
        datacensus.Reference.from_mapping(
            {"en": 1, "fr": "lots"}, name="mine", dimension="language"
        )


def test_reference_from_mapping_normalises_counts() -> None:
    """Counts become shares summing to 1, marked user-supplied."""
    ref = datacensus.Reference.from_mapping({"en": 3, "fr": 1}, name="mine", dimension="language")
    assert ref.shares() == {"en": 0.75, "fr": 0.25}
    assert ref.provenance.user_supplied


def test_second_weight_adds_dimensions_and_changes(tmp_path: Path) -> None:
    """--weight documents --weight chars: chars shares differ, and status changes are listed."""
    rows = [{"lang": "en", "text": "a"}] * 60 + [{"lang": "fr", "text": "b" * 400}] * 40
    path = tmp_path / "w.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = datacensus.audit(path, language="lang", weight=["documents", "chars"])
    assert set(result.dimensions) == {"language", "language@chars"}
    fr = result.coverage("language@chars").filter(pl.col("key") == "fr").row(0, named=True)
    assert fr["share"] == pytest.approx(16000 / 16060)
    assert result.dimensions["language@chars"].weight == "chars"
    assert result.dimensions["language@chars"].name == "language@chars"
    assert fr["label"] == "French"
    assert result.parameters["also_weights"] == ["chars"]
    changes = {row["key"]: row for row in result.extras["weight_changes"]["language"]}
    assert (changes["en"]["documents"], changes["en"]["chars"]) == ("over", "under")


def test_unknown_weight_is_rejected(tiny_jsonl: Path) -> None:
    """weight='bytes' is an InputError listing the choices."""
    with pytest.raises(datacensus.InputError, match="'documents', 'chars' or 'tokens'"):
        datacensus.audit(tiny_jsonl, weight="bytes")


def test_label_column_needs_no_text_column(tmp_path: Path) -> None:
    """With --lang-col and document weights, a file without a text column audits fine."""
    path = tmp_path / "labels.jsonl"
    path.write_text('{"lang": "en"}\n{"lang": "sw"}\n{"lang": "sw"}\n')
    result = datacensus.audit(path, language="lang")
    assert _counts(result) == {"en": 1, "sw": 2}
