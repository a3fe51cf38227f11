"""Category analyser: any label column, multi-label, hierarchical rollup, user reference."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from datacensus.analysers.category import CategoryFromColumn
from datacensus.api import audit
from datacensus.cli.app import app
from datacensus.errors import InputError
from datacensus.execution.count import count
from datacensus.execution.counting import merge_counts
from datacensus.models import Reference
from datacensus.spec import AuditSpec


def _counts(result: object, dim: str) -> dict[str, int]:
    counts = result.counts.filter(pl.col("dimension") == dim)  # type: ignore[attr-defined]
    return dict(zip(counts["key"].to_list(), counts["documents"].to_list(), strict=True))


FRAME = pl.DataFrame(
    {
        "lang": ["en"] * 7,
        "topic": ["news", " news ", "sci/phys/optics", "sci/bio", None, "", "sport"],
        "tags": ["a;b", "b", "a;a", "", None, "c; ", "b;c"],
    }
)


def test_plain_column_counts_exact() -> None:
    """Labels are stripped; null and blank are ?empty; the dimension is named after the column."""
    result = audit(FRAME, text=None, language="lang", categories=["topic"])
    assert _counts(result, "topic") == {
        "news": 2, "sci/phys/optics": 1, "sci/bio": 1, "sport": 1, "?empty": 2,
    }  # fmt: skip
    assert result.dimensions["topic"].total == 5
    assert result.dimensions["topic"].reference is None  # uniform over observed labels


def test_depth_rolls_hierarchy_up() -> None:
    """depth 1 folds sci/phys/optics and sci/bio into sci."""
    result = audit(FRAME, text=None, language="lang", categories=["topic"], category_depth=1)
    assert _counts(result, "topic") == {"news": 2, "sci": 2, "sport": 1, "?empty": 2}


def test_separator_counts_a_document_once_per_label() -> None:
    """'a;a' counts once for a; blanks inside the list are dropped; an empty list is ?empty."""
    result = audit(FRAME, text=None, language="lang", categories=["tags"], category_sep=";")
    assert _counts(result, "tags") == {"a": 2, "b": 3, "c": 2, "?empty": 2}


def test_list_column_counts_each_label_once() -> None:
    """A list-valued column is multi-label without a separator."""
    frame = pl.DataFrame({"lang": ["en"] * 4, "labels": [["x", "y", "x"], [], None, ["y"]]})
    result = audit(frame, text=None, language="lang", categories=["labels"])
    assert _counts(result, "labels") == {"x": 1, "y": 2, "?empty": 2}


def test_question_mark_label_is_unmapped_not_a_slice() -> None:
    """A label starting with '?' cannot pose as an unknown reason or a slice."""
    keys = CategoryFromColumn("t").keys(pl.DataFrame({"t": ["?", "ok"]}))["t"].to_list()
    assert keys == ["?unmapped=?", "ok"]


def test_user_reference_is_used() -> None:
    """A user reference for the category dimension replaces the uniform one."""
    ref = Reference.from_mapping({"news": 3, "sport": 1}, name="mine", dimension="topic")
    result = audit(
        FRAME, text=None, language="lang", categories=["topic"], references={"topic": ref}
    )
    slices = dict(result.dimensions["topic"].slices.select("key", "reference_share").iter_rows())
    assert slices["news"] == pytest.approx(0.75)
    assert slices["sport"] == pytest.approx(0.25)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"depth": 0}, "depth 0"),
        ({"sep": ""}, "non-empty"),
    ],
)
def test_bad_options_are_errors(kwargs: dict[str, object], message: str) -> None:
    """Bad depth or separator raise InputError naming the problem."""
    with pytest.raises(InputError, match=message):
        CategoryFromColumn("topic", **kwargs)  # type: ignore[arg-type]


def test_category_named_like_builtin_dimension_is_an_error() -> None:
    """A --category column called 'country' would clash with the country dimension."""
    frame = pl.DataFrame({"lang": ["en"], "country": ["x"]})
    with pytest.raises(InputError, match="built-in dimension"):
        audit(frame, text=None, language="lang", categories=["country"])


def test_struct_column_is_an_error() -> None:
    """A struct column is rejected naming the column and what was expected."""
    frame = pl.DataFrame({"t": [{"a": 1}]})
    with pytest.raises(InputError, match="'t': expected labels"):
        CategoryFromColumn("t").keys(frame)


labels = st.lists(
    st.one_of(st.none(), st.sampled_from(["a", "b", "a/x", "a/y/z", " ", "c;d", "?q"])),
    max_size=20,
)


@settings(max_examples=50, deadline=None)
@given(labels, labels)
def test_counts_merge_like_concatenation(first: list[str | None], second: list[str | None]) -> None:
    """count(a) + count(b) == count(a ++ b), with separators and depth."""
    spec = AuditSpec(text=None, categories=("t",), category_sep=";", category_depth=1)

    def frame(values: list[str | None]) -> pl.DataFrame:
        return pl.DataFrame({"t": values}, schema={"t": pl.String})

    merged = merge_counts(count(frame(first), spec), count(frame(second), spec))
    whole = merge_counts(count(frame(first + second), spec))
    assert merged.equals(whole)


def test_cli_category_options(tmp_path: Path) -> None:
    """--category with --category-sep and --category-depth writes the rolled-up table."""
    path = tmp_path / "d.jsonl"
    rows = [
        {"text": "a b", "lang": "en", "topic": "sci/phys|news"},
        {"text": "c d", "lang": "en", "topic": "sci/bio"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = tmp_path / "o"
    args = ["audit", str(path), "-o", str(out), "--lang-col", "lang", "-q", "--category"]
    run = CliRunner().invoke(app, [*args, "topic", "--category-sep", "|", "--category-depth", "1"])
    assert run.exit_code == 0, run.output
    data = json.loads((out / "result.json").read_text())
    slices = {s["key"]: s["count"] for s in data["dimensions"]["topic"]["slices"]}
    assert slices == {"sci": 2, "news": 1}
