"""Before/after comparison: Newcombe intervals, slice statuses, the max-drop gate, outputs, CLI."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import datacensus
from datacensus.cli.app import app
from datacensus.compare.before_after import BeforeAfter, compare_audits, newcombe_interval
from datacensus.errors import InputError
from datacensus.models import AuditResult, Reference
from datacensus.report.write import write_report

BEFORE = {"en": 500, "fr": 300, "de": 150, "es": 50}
#: A filter kept every English row, most French, a fifth of German, no Spanish; Italian appeared.
AFTER = {"en": 500, "fr": 290, "de": 30, "it": 20}
REF = {"en": 0.4, "fr": 0.3, "de": 0.2, "es": 0.1}


def langs(counts: dict[str, int]) -> list[str]:
    return [k for k, n in counts.items() for _ in range(n)]


def audit_counts(counts: dict[str, int]) -> AuditResult:
    ref = Reference.from_mapping(REF, name="toy", dimension="language")
    frame = pl.DataFrame({"lang": langs(counts)})
    return datacensus.audit(frame, text=None, language="lang", references={"language": ref})


@pytest.fixture(scope="module")
def comparison() -> BeforeAfter:
    return compare_audits(audit_counts(BEFORE), audit_counts(AFTER))


def test_newcombe_worked_example() -> None:
    """Newcombe (1998) example 56/70 vs 48/80: hybrid score interval 0.0524 to 0.3339."""
    low, high = newcombe_interval(48 / 80, 80, 56 / 70, 70, 1.959964)
    assert low == pytest.approx(0.0524, abs=5e-5)
    assert high == pytest.approx(0.3339, abs=5e-5)


@given(
    st.integers(0, 500),
    st.integers(1, 500),
    st.integers(0, 500),
    st.integers(1, 500),
    st.floats(1.0, 4.0),
)
def test_newcombe_contains_estimate(x1: int, n1: int, x2: int, n2: int, z: float) -> None:
    """The interval lies in [-1, 1] and contains the observed difference."""
    p1, p2 = min(x1, n1) / n1, min(x2, n2) / n2
    low, high = newcombe_interval(p1, n1, p2, n2, z)
    assert -1.0 <= low <= p2 - p1 + 1e-12
    assert p2 - p1 - 1e-12 <= high <= 1.0


def test_newcombe_coverage_by_simulation() -> None:
    """Seeded simulation: the 95% interval covers the true difference at least ~93% of the time."""
    rng = random.Random(11)
    covered, reps = 0, 2000
    for _ in range(reps):
        p1, p2, n1, n2 = 0.1, 0.07, 400, 300
        x1 = sum(rng.random() < p1 for _ in range(n1))
        x2 = sum(rng.random() < p2 for _ in range(n2))
        low, high = newcombe_interval(x1 / n1, n1, x2 / n2, n2, 1.959964)
        covered += low <= p2 - p1 <= high
    assert covered / reps >= 0.93


def test_statuses_worked_example(comparison: BeforeAfter) -> None:
    """German lost 76% of its share (dropped), Spanish disappeared, Italian appeared."""
    table = comparison.changes("language")
    statuses = dict(table.select("key", "status").iter_rows())
    assert statuses == {
        "en": "gained",
        "fr": "unchanged",
        "de": "dropped",
        "es": "disappeared",
        "it": "appeared",
    }
    de = table.filter(pl.col("key") == "de").row(0, named=True)
    assert de["before_share"] == pytest.approx(0.15)
    assert de["after_share"] == pytest.approx(30 / 840)
    assert de["relative_change"] == pytest.approx((30 / 840 - 0.15) / 0.15)
    assert de["change_low"] < de["change"] < de["change_high"] < 0
    assert table["key"][0] == "de"  # worst drop first


def test_identical_results_are_unchanged() -> None:
    """Comparing a result with itself finds no change, with intervals around zero."""
    result = audit_counts(BEFORE)
    table = compare_audits(result, result).changes("language")
    assert set(table["status"]) == {"unchanged"}
    assert (table["change"] == 0).all()
    assert ((table["change_low"] < 0) & (table["change_high"] > 0)).all()


def test_max_drop_gate(comparison: BeforeAfter) -> None:
    """--max-drop 0.5 fails on German (-76%) and Spanish (-100%), not on French."""
    gated = comparison.gate(0.5)
    assert gated.passed is False
    assert sorted(f["key"] for f in gated.findings) == ["de", "es"]
    assert gated.findings[0]["rule"] == "max_drop"
    assert comparison.gate(1.0).passed is True
    with pytest.raises(InputError, match="max_drop"):
        comparison.gate(1.5)


def test_json_round_trip_and_outputs(comparison: BeforeAfter, tmp_path: Path) -> None:
    """write() produces JSON that round-trips, deterministic HTML, and a Markdown table."""
    paths = write_report(comparison.gate(0.5), tmp_path)
    back = BeforeAfter.from_json(paths["json"].read_text())
    assert back.changes("language").equals(comparison.changes("language"))
    assert back.passed is False
    html = paths["html"].read_text()
    assert "Gate failed" in html and "German" in html
    assert html == write_report(comparison.gate(0.5), tmp_path / "again")["html"].read_text()
    md = paths["markdown"].read_text()
    assert "| German (de) |" in md and "disappeared" in md


def test_html_escapes_labels(tmp_path: Path) -> None:
    """Slice labels are escaped in the HTML."""
    result = audit_counts(BEFORE)
    dim = result.dimensions["language"]
    evil = dim.slices.with_columns(pl.lit("<script>x</script>").alias("label"))
    result = replace(result, dimensions={"language": replace(dim, slices=evil)})
    html = write_report(compare_audits(result, result), tmp_path)["html"].read_text()
    assert "<script>x" not in html
    assert "&lt;script&gt;x" in html


def test_errors_name_the_problem() -> None:
    """Mismatched weights and bad parameters raise InputError saying what was expected."""
    result = audit_counts(BEFORE)
    with pytest.raises(InputError, match="confidence"):
        compare_audits(result, result, confidence=1.5)
    chars = pl.DataFrame({"lang": langs(BEFORE), "text": ["abc"] * 1000})
    other = datacensus.audit(chars, language="lang", weight="chars")
    with pytest.raises(InputError, match="weighted by documents before but chars after"):
        compare_audits(result, other)


def write_jsonl(path: Path, counts: dict[str, int]) -> Path:
    path.write_text("".join(json.dumps({"lang": k, "text": "x"}) + "\n" for k in langs(counts)))
    return path


def test_cli_compare_results_and_data(tmp_path: Path) -> None:
    """`compare` takes stored results or data, writes the three files, and gates with exit 1."""
    before = write_jsonl(tmp_path / "before.jsonl", BEFORE)
    after = write_jsonl(tmp_path / "after.jsonl", AFTER)
    runner = CliRunner()
    direct = runner.invoke(app, ["compare", str(before), str(after), "--lang-col", "lang"])
    assert direct.exit_code == 0, direct.output
    assert "German (de)" in direct.output and "dropped" in direct.output
    for name, path in (("b", before), ("a", after)):
        res = runner.invoke(
            app, ["audit", str(path), "--lang-col", "lang", "-o", str(tmp_path / name)]
        )
        assert res.exit_code == 0, res.output
    out = tmp_path / "cmp"
    gated = runner.invoke(
        app,
        [
            "compare",
            str(tmp_path / "b" / "result.json"),
            str(tmp_path / "a"),
            "-o",
            str(out),
            "--max-drop",
            "0.5",
        ],
    )
    assert gated.exit_code == 1, gated.output
    assert "lost 76% of its share" in gated.output
    assert {p.name for p in out.iterdir()} >= {
        "comparison.json",
        "comparison.html",
        "comparison.md",
    }
    missing = runner.invoke(app, ["compare", str(tmp_path / "nope.json"), str(after)])
    assert missing.exit_code == 2
    assert "nope.json" in missing.output


def test_reference_mismatch_is_noted() -> None:
    """Results compared against different references say so in the notes."""
    other = Reference.from_mapping({"en": 0.9, "fr": 0.1}, name="other", dimension="language")
    frame = pl.DataFrame({"lang": langs(AFTER)})
    after = datacensus.audit(frame, text=None, language="lang", references={"language": other})
    notes = compare_audits(audit_counts(BEFORE), after).notes
    assert any("different references (toy before, other after)" in n for n in notes)


def test_cli_compare_category_data(tmp_path: Path) -> None:
    """`compare --category topic` audits both inputs on a label column and finds the lost topic."""
    rows_before = ["news"] * 400 + ["code"] * 400 + ["poetry"] * 200
    rows_after = ["news"] * 390 + ["code"] * 400 + ["poetry"] * 10
    for name, rows in (("b.jsonl", rows_before), ("a.jsonl", rows_after)):
        (tmp_path / name).write_text(
            "".join(json.dumps({"topic": t, "lang": "en", "text": "x"}) + "\n" for t in rows)
        )
    args = [
        "compare",
        str(tmp_path / "b.jsonl"),
        str(tmp_path / "a.jsonl"),
        "--lang-col",
        "lang",
        "--category",
        "topic",
        "--max-drop",
        "0.5",
    ]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 1, done.output
    assert "poetry" in done.output and "lost 94% of its share (20.00% -> 1.25%)" in done.output
