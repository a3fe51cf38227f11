"""Data-card export: Markdown and Croissant RAI JSON-LD filled from measured numbers."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from datacensus import audit, audit_annotators
from datacensus.cli.app import app
from datacensus.errors import InputError
from datacensus.report.card import (
    build_card,
    card_markdown,
    croissant_rai,
    read_result,
    write_card,
)
from datacensus.report.write import write_report


@pytest.fixture
def results(tmp_path: Path) -> tuple[Path, Path]:
    """An audit result (en 300, fr 20, sw 8 synthetic, 5 empty) and an annotator result."""
    rows = (
        [{"text": "x", "lang": "sw", "o": "synthetic"}] * 8
        + [{"text": "x", "lang": "en", "o": "human"}] * 300
        + [{"text": "x", "lang": "fr", "o": "human"}] * 20
        + [{"text": "x", "lang": None, "o": "human"}] * 5
    )
    write_report(audit(pl.DataFrame(rows), language="lang", origin="o"), tmp_path / "audit")
    labels = pl.DataFrame(
        {
            "item": [1, 1, 2, 2, 3, 3, 4],
            "who": ["a", "b", "a", "b", "a", "c", "c"],
            "label": ["x", "x", "y", "y", "x", "y", "x"],
            "country": ["KE", "KE", "KE", "KE", "KE", "US", "US"],
        }
    )
    ann = audit_annotators(labels, item="item", annotator="who", label="label",
                           attrs=["country"], replicates=50)  # fmt: skip
    write_report(ann, tmp_path / "ann")
    return tmp_path / "audit" / "result.json", tmp_path / "ann" / "result.json"


def test_jsonld_fields_come_from_measured_numbers(results: tuple[Path, Path]) -> None:
    """inLanguage, biases, limitations, demographics and labels per item carry the numbers."""
    doc = croissant_rai(build_card([read_result(p) for p in results], name="demo"))
    assert doc["@type"] == "sc:Dataset" and doc["@context"]["rai"].endswith("/RAI/")
    assert doc["inLanguage"] == ["en", "fr", "sw"]
    biases = " ".join(doc["rai:dataBiases"])
    assert "English is 91.46% of documents" in biases
    assert "Swahili: 100% of its documents are synthetic" in biases
    limits = " ".join(doc["rai:dataLimitations"])
    assert "1.50% of documents have no known language (empty or whitespace-only value: 5)" in limits
    assert "Krippendorff's alpha, nominal" in limits
    demographics = doc["rai:annotatorDemographics"][0]
    assert demographics.startswith("country of 3 annotators: Kenya 66.67% (2), United States")
    assert doc["rai:annotationsPerItem"].startswith("1.75 labels per item on average")


def test_alpha_threshold_wording(results: tuple[Path, Path]) -> None:
    """Agreement is described against Krippendorff's 0.667 / 0.8 thresholds."""
    ann = read_result(results[1])
    alpha = ann.agreement["overall"]["nominal"]["alpha"]  # type: ignore[union-attr]
    text = " ".join(croissant_rai(build_card([ann]))["rai:dataLimitations"])
    expected = "reliable" if alpha >= 0.8 else "tentative" if alpha >= 0.667 else "below"
    assert f"{alpha:.3f}" in text and expected in text


def test_datasheet_facts_become_rai_fields(tmp_path: Path, results: tuple[Path, Path]) -> None:
    """Datasheet platform and generator model fill rai:dataAnnotationPlatform / tools."""
    ann = read_result(results[1])
    sheet = {"sections": {"annotation": {"platform": "Toloka"},
                          "generation": {"generator_model": "m-7b"}}}  # fmt: skip
    ann.extras["datasheet"] = sheet
    doc = croissant_rai(build_card([ann]))
    assert doc["rai:dataAnnotationPlatform"] == "Toloka"
    assert doc["rai:machineAnnotationTools"] == ["m-7b"]
    assert doc["rai:dataCollectionType"] == ["synthetic"]


def test_cli_card_writes_both_files(tmp_path: Path, results: tuple[Path, Path]) -> None:
    """`datacensus card` writes datacard.md and a JSON-LD file that parses."""
    out = tmp_path / "card"
    run = CliRunner().invoke(app, ["card", *map(str, results), "-o", str(out), "--name", "demo"])
    assert run.exit_code == 0, run.output
    markdown = (out / "datacard.md").read_text()
    assert markdown.startswith("## Representativeness and annotation — demo")
    assert "| English | 91.46% |" in markdown
    assert "**Languages** (≥ 0.10%): English (en), French (fr), Swahili (sw)" in markdown
    assert json.loads((out / "croissant-rai.jsonld").read_text())["name"] == "demo"


def test_card_lists_the_under_represented_with_the_report_numbers(tmp_path: Path) -> None:
    """The card's coverage table starts with the under-represented slices (not the largest) and
    uses the report's words and 'N×' rounding: the same sentence as the HTML's alert."""
    rows = [{"lang": "en"}] * 900 + [{"lang": "sw"}] * 2 + [{"lang": "hi"}] * 3
    result = audit(pl.DataFrame(rows), text=None, language="lang")
    paths = write_report(result, tmp_path / "audit")
    card = card_markdown(build_card([read_result(paths["json"])], name="t"))
    html = paths["html"].read_text(encoding="utf-8")
    table = card.split("### Coverage: language", 1)[1].split("\n\n")[1].splitlines()[2:]
    coverage = result.coverage("language").to_dicts()
    flagged = [r for r in coverage if r["status"] in ("under", "missing")]
    flagged.sort(key=lambda r: r["share"] - r["reference_share"])  # largest shortfall first
    shown = [line.split(" | ")[0].removeprefix("| ") for line in table]
    expected = [r["label"] for r in flagged[:10]]
    assert shown[: len(expected)] == expected and len(expected) >= 3
    assert "English" in shown  # then the largest slices
    hindi = next(r for r in coverage if r["key"] == "hi")
    assert hindi["status"] == "under"
    from datacensus.report.labels import fold

    phrase = fold(hindi["ratio"])
    assert phrase in card and phrase in html


def test_bad_result_files(tmp_path: Path) -> None:
    """Missing, non-JSON and non-result files are InputErrors; the CLI exits 2."""
    with pytest.raises(InputError, match="no such result file"):
        read_result(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    with pytest.raises(InputError, match="expected a JSON object"):
        write_card([bad], tmp_path / "o")
    bad.write_text('{"hello": 1}')
    run = CliRunner().invoke(app, ["card", str(bad), "-o", str(tmp_path / "o")])
    assert run.exit_code == 2 and "not a datacensus result.json" in run.output
