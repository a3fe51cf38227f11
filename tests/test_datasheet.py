"""Datasheet (provenance TOML) validation: known keys pass, mistakes name file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from datacensus.cli.app import app
from datacensus.errors import InputError
from datacensus.inputs.datasheet import datasheet_lines, load_datasheet

GOOD = """\
[dataset]
name = "chat-sw"
languages = ["sw", "en"]

[generation]
generator_model = "some-llm-7b"
parameters = { temperature = 0.7, top_p = 0.9 }
prompts = "Write a dialogue in Swahili about {topic}."
share_synthetic = 0.6

[annotation]
platform = "in-house"
pay = "USD 12 per hour"
annotators = 25
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "datasheet.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_datasheet_is_stored_with_hash(tmp_path: Path) -> None:
    """Known keys are kept; a single prompt becomes a list; the file's sha256 is recorded."""
    sheet = load_datasheet(write(tmp_path, GOOD))
    assert sheet["sections"]["generation"]["prompts"] == [
        "Write a dialogue in Swahili about {topic}."
    ]
    assert sheet["sections"]["annotation"]["annotators"] == 25
    assert sheet["source"]["path"] == "datasheet.toml" and len(sheet["source"]["sha256"]) == 64
    assert ("generation", "parameters", "temperature=0.7, top_p=0.9") in datasheet_lines(sheet)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace("pay =", "payy ="), r"line 13: unknown key 'payy' in \[annotation\] \(did"),
        (GOOD + "\n[anotation]\nplatform = 'x'\n", r"line 16: unknown section \[anotation\]"),
        (
            GOOD.replace("annotators = 25", "annotators = 'many'"),
            r"line 14: annotation.annotators must be number, found text",
        ),
        (GOOD.replace("0.6", "1.5"), "share_synthetic must be between 0 and 1"),
        ("[dataset\nname = 1", "not valid TOML"),
        ("", "empty datasheet"),
        ('[dataset]\nname = "  "\n', "line 2: dataset.name is empty"),
    ],
)
def test_mistakes_name_line_and_key(tmp_path: Path, text: str, message: str) -> None:
    """Typos, wrong types, bad TOML and empty values are InputErrors naming where."""
    with pytest.raises(InputError, match=message):
        load_datasheet(write(tmp_path, text))


def test_missing_file(tmp_path: Path) -> None:
    """A missing datasheet is a clear error naming the path."""
    with pytest.raises(InputError, match="no such datasheet file"):
        load_datasheet(tmp_path / "nope.toml")


def test_cli_annotators_shows_datasheet(tmp_path: Path) -> None:
    """`annotators --datasheet` stores the datasheet in result.json and shows it in the report."""
    data = tmp_path / "labels.csv"
    data.write_text("item,who,label\n1,a,x\n1,b,x\n2,a,y\n2,b,y\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, [
        "annotators", str(data), "--item", "item", "--annotator", "who", "--label", "label",
        "--bootstrap", "10", "--datasheet", str(write(tmp_path, GOOD)), "-o", str(out),
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert '"pay": "USD 12 per hour"' in (out / "result.json").read_text()
    assert "USD 12 per hour" in (out / "report.html").read_text()
    bad = CliRunner().invoke(app, [
        "annotators", str(data), "--item", "item", "--annotator", "who", "--label", "label",
        "--datasheet", str(write(tmp_path, "[x]\n")), "-o", str(out),
    ])  # fmt: skip
    assert bad.exit_code == 2 and "unknown section [x]" in bad.output
