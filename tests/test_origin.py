"""Origin split: every dimension crossed with the origin column; mostly-synthetic slices flagged."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from datacensus import AuditSpec, audit, count, merge_counts
from datacensus.cli.app import app
from datacensus.errors import ColumnNotFoundError


def corpus() -> pl.DataFrame:
    """sw: 8 synthetic + 2 human; en: 10 human (mixed case) + 1 without origin."""
    rows = (
        [{"text": "x", "lang": "sw", "o": "synthetic"}] * 8
        + [{"text": "x", "lang": "sw", "o": "human"}] * 2
        + [{"text": "x", "lang": "en", "o": " Human "}] * 10
        + [{"text": "x", "lang": "en", "o": None}]
    )
    return pl.DataFrame(rows)


def test_origin_summary_and_note() -> None:
    """Shares per slice are exact, sw is 'mostly synthetic', and the dimension notes say so."""
    result = audit(corpus(), language="lang", origin="o")
    summary = result.extras["origin"]
    assert summary["overall"] == {"?missing": 1.0, "human": 12.0, "synthetic": 8.0}
    assert summary["dimensions"]["language"]["sw"]["shares"] == {"human": 0.2, "synthetic": 0.8}
    assert summary["dimensions"]["language"]["en"]["by_origin"] == {"human": 10.0}
    assert summary["mostly"] == [
        {"dimension": "language", "key": "sw", "origin": "synthetic", "share": 0.8}
    ]
    assert "Swahili: 80% of its documents are synthetic" in result.dimensions["language"].notes
    crossed = result.counts.filter(pl.col("dimension") == "language|origin")
    assert dict(zip(crossed["key"], crossed["documents"], strict=True))["sw|synthetic"] == 8


def test_without_origin_nothing_changes() -> None:
    """No origin column: no origin dimensions in the counts and no extras entry."""
    result = audit(corpus(), language="lang")
    assert "origin" not in result.extras
    assert not result.counts["dimension"].str.contains("origin").any()


def test_missing_origin_column_is_named() -> None:
    """A misspelt origin column is a ColumnNotFoundError naming it."""
    with pytest.raises(ColumnNotFoundError, match="no column 'orig'"):
        audit(corpus(), language="lang", origin="orig")


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["en", "sw", "fr"]), st.sampled_from(["human", "synthetic"])),
        min_size=1,
        max_size=30,
    ),
    st.integers(0, 30),
)
def test_origin_counts_merge(rows: list[tuple[str, str]], cut: int) -> None:
    """Counting two halves and merging equals counting the whole, origin dimensions included."""
    frame = pl.DataFrame({"text": ["x"] * len(rows), "lang": [r[0] for r in rows],
                          "o": [r[1] for r in rows]})  # fmt: skip
    spec = AuditSpec(language="lang", origin="o")
    whole = count(frame, spec)
    halves = merge_counts(count(frame.head(cut), spec), count(frame.slice(cut), spec))
    assert halves.equals(whole)


def test_cli_audit_origin_and_datasheet(tmp_path: Path) -> None:
    """`audit --origin-col --datasheet` stores both in result.json."""
    data = tmp_path / "c.csv"
    corpus().write_csv(data)
    sheet = tmp_path / "datasheet.toml"
    sheet.write_text('[generation]\ngenerator_model = "m-7b"\n')
    out = tmp_path / "out"
    result = CliRunner().invoke(app, [
        "audit", str(data), "--lang-col", "lang", "--origin-col", "o", "--datasheet", str(sheet),
        "--no-cache", "-q", "-o", str(out),
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    stored = json.loads((out / "result.json").read_text())
    assert stored["extras"]["origin"]["mostly"][0]["key"] == "sw"
    assert stored["extras"]["datasheet"]["sections"]["generation"]["generator_model"] == "m-7b"
    sheet.write_text("[generation]\nmodel = 'm'\n")
    bad = CliRunner().invoke(app, ["audit", str(data), "--lang-col", "lang", "--datasheet",
                                   str(sheet), "-o", str(out)])  # fmt: skip
    assert bad.exit_code == 2 and "line 2: unknown key 'model'" in bad.output
