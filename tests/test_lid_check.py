"""LID second opinion in audits (`_lid_agreement` counts), the script dimension, unguarded spawn."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import polars as pl
import pytest
from typer.testing import CliRunner

import datacensus
from datacensus import lid
from datacensus.cli.app import app
from datacensus.errors import InputError
from datacensus.execution.count import count
from datacensus.execution.counting import merge_counts
from datacensus.inputs.sources import DEFAULT_BATCH_ROWS
from datacensus.lid import (
    DETECTION_SCHEMA,
    EMPTY,
    UNCHECKED,
    Detection,
    LidSettings,
    check_agreement,
)
from datacensus.report.html import render_html
from datacensus.report.markdown import render_markdown
from datacensus.schema import LID_AGREEMENT_DIMENSION
from datacensus.spec import AuditSpec

FR = "Le marché du samedi ouvre tôt et les pêcheurs vendent leurs prises avant midi."
DE = "Die Bibliothek bleibt wegen Bauarbeiten bis Ende des Monats geschlossen."
EN = "The committee postponed its decision until the budget figures are final."
SR = "Поезд је каснио четрдесет минута због снега на превоју изнад града."
EO = "Tio estas frazo en Esperanto pri la vetero hodiaŭ kaj morgaŭ."


class FakeIdentifier:
    """A primary backend with fixed answers: German is called Dutch, scripts are given."""

    name = "fake"
    answers: ClassVar[dict[str, tuple[str, str]]] = {
        FR: ("fr", "Latn"),
        DE: ("nl", "Latn"),
        EN: ("en", "Latn"),
        SR: ("sr", "Cyrl"),
    }

    def detect(self, texts: Sequence[str | None]) -> Detection:
        """Key, confidence and script for each text, in order."""
        keys, scripts = [], []
        for text in texts:
            key, script = self.answers.get(text or "", (EMPTY, None))
            if text and text.startswith("Tio"):
                key, script = "eo", "Latn"
            keys.append(key)
            scripts.append(script)
        return Detection(keys, [0.9] * len(keys), scripts)

    def detect_frame(self, texts: pl.Series) -> pl.DataFrame:
        """The same answers as a frame."""
        found = self.detect(texts.to_list())
        return pl.DataFrame(
            {"key": found.keys, "confidence": found.confidence, "script": found.scripts},
            schema=DETECTION_SCHEMA,
        )

    def output_keys(self) -> frozenset[str]:
        """Canonical keys this model can ever output."""
        return frozenset({"fr", "nl", "en", "sr", "eo"})

    def output_scripts(self) -> frozenset[str]:
        """Scripts the labels carry."""
        return frozenset({"Latn", "Cyrl"})

    def describe(self) -> dict[str, object]:
        """Provenance."""
        return {"backend": self.name}


@pytest.fixture
def fake_primary(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fastText backend answers with `FakeIdentifier`; langdetect stays real."""
    real = lid.backends.cached_identifier
    fake = FakeIdentifier()
    monkeypatch.setattr(
        lid.backends, "cached_identifier", lambda s: fake if s.backend == "fasttext" else real(s)
    )


def corpus() -> pl.DataFrame:
    """12 French, 12 German (called Dutch), 12 English, 3 Esperanto texts and an empty row."""
    texts = [FR] * 12 + [DE] * 12 + [EN] * 12 + [f"{EO} {i}" for i in range(3)] + [None]
    return pl.DataFrame({"text": texts}, schema={"text": pl.String})


def test_audit_flags_language_the_second_backend_disputes(fake_primary: None) -> None:
    """Dutch (really German) is flagged with a plain note; Esperanto is not comparable."""
    result = datacensus.audit(corpus(), lid=LidSettings(check="langdetect"))
    assert result.lid is not None
    report = result.lid["agreement"]
    assert report["fraction"] == 1.0  # 2000 documents asked, 40 exist
    assert report["checked"] == 39
    assert report["flagged"] == ["nl"]
    assert report["not_comparable"] == ["eo"]
    nl = report["languages"]["nl"]
    assert (nl["judged"], nl["agreed"], nl["agreement"]) == (12, 0, 0.0)
    assert nl["confused_with"] == {"de": 12}
    assert report["languages"]["fr"]["agreement"] == 1.0
    notes = result.dimensions["language"].notes
    assert (
        "Detected share of Dutch is unreliable: langdetect agrees on 0% of 12 checked documents"
        in notes
    )
    assert result.parameters["spec"]["lid"]["check_sample"] == 1.0
    again = datacensus.AuditResult.from_json(result.to_json())
    assert again.lid == json.loads(json.dumps(result.lid))


def test_agreement_counts_merge_across_batches(fake_primary: None) -> None:
    """Counting in one batch or in uneven batches gives the same agreement counts."""
    spec = AuditSpec(lid=LidSettings(check="langdetect", check_sample=0.5))
    frame = corpus()
    whole = count(frame, spec)
    parts = merge_counts(
        *(count(frame.slice(a, b - a), spec) for a, b in [(0, 7), (7, 30), (30, 40)])
    )
    assert whole.equals(parts)
    agreement = whole.filter(pl.col("dimension") == LID_AGREEMENT_DIMENSION)
    checked = agreement.filter(pl.col("key") != UNCHECKED)["documents"].sum()
    assert 0 < checked < 39  # about half of the 39 texts with a language


def test_check_selects_by_text_hash_not_position() -> None:
    """The same text is checked or not wherever it appears; unlabelled rows never are."""
    settings = LidSettings(check="langdetect", check_sample=0.5)
    texts: list[str | None] = [f"sentence number {i} about nothing much" for i in range(40)]
    keys = ["en"] * 40
    first = check_agreement(texts, keys, settings)
    reversed_ = check_agreement(texts[::-1], keys, settings)
    assert first == reversed_[::-1]
    assert 5 < sum(k != UNCHECKED for k in first) < 35
    assert check_agreement([None, "x" * 30], ["?empty", "?low_confidence"], settings) == [
        UNCHECKED,
        UNCHECKED,
    ]


def test_count_needs_a_fraction_for_the_check_sample(fake_primary: None) -> None:
    """A document count can only be resolved by audit(); count() says so clearly."""
    spec = AuditSpec(lid=LidSettings(check="langdetect"))
    with pytest.raises(InputError, match="only audit"):
        count(corpus(), spec)


def test_check_changes_the_cache_key() -> None:
    """Counts cached without a check are not reused for an audit with one."""
    plain = AuditSpec().cache_key()
    checked = AuditSpec(lid=LidSettings(check="langdetect", check_sample=0.1)).cache_key()
    assert plain != checked


@pytest.mark.parametrize(
    "kwargs",
    [
        {"check": "fasttext"},
        {"check": "cld3"},
        {"check_sample": 0.0},
        {"check_sample": 1.5},
        {"check_sample": 0},
        {"check_sample": True},
        {"workers": True},
        {"workers": 2.0},
        {"workers": "2"},
    ],
)
def test_bad_check_and_worker_settings_are_input_errors(kwargs: dict[str, object]) -> None:
    """Invalid check backends, check samples and non-integer worker counts are InputErrors."""
    with pytest.raises(InputError):
        LidSettings(**kwargs)  # type: ignore[arg-type]


def test_reports_show_the_agreement_table_escaped(fake_primary: None) -> None:
    """HTML and Markdown show the per-language agreement; data in HTML is escaped."""
    result = datacensus.audit(corpus(), lid=LidSettings(check="langdetect"))
    assert result.lid is not None
    result.lid["agreement"]["languages"]["nl"]["confused_with"] = {"<b>x</b>": 12}
    html = render_html(result, plotlyjs="cdn")
    assert 'id="lid-agreement"' in html
    assert "&lt;b&gt;x&lt;/b&gt; (12)" in html and "<b>x</b>" not in html
    markdown = render_markdown(result)
    assert "## Language ID second opinion (langdetect)" in markdown
    assert "| Dutch | 12 | 12 | 0.00% | unreliable |" in markdown


def test_cli_lid_check(tmp_path: Path) -> None:
    """`--lid-check langdetect` records agreement; bad values exit 2 without a traceback."""
    data = tmp_path / "data.jsonl"
    data.write_text("".join(json.dumps({"text": t}) + "\n" for t in [FR, DE, EN] * 5))
    runner = CliRunner()
    out = tmp_path / "out"
    args = ["audit", str(data), "-o", str(out), "-q", "--no-cache", "--workers", "1"]
    ok = runner.invoke(app, [*args, "--lid-check", "langdetect", "--lid-check-sample", "0.9"])
    assert ok.exit_code == 0, ok.output
    stored = json.loads((out / "result.json").read_text())
    assert stored["lid"]["agreement"]["fraction"] == 0.9
    assert stored["lid"]["agreement"]["overall_agreement"] == 1.0
    for extra in (["--lid-check", "cld9"], ["--lid-check-sample", "100"]):
        bad = runner.invoke(app, [*args, *extra])
        assert bad.exit_code == 2, bad.output
        assert "Traceback" not in bad.output


def test_script_dimension_is_described_not_judged(fake_primary: None) -> None:
    """A model with script labels adds a `script` dimension: shares, no reference, no statuses."""
    frame = pl.DataFrame({"text": [FR] * 6 + [SR] * 3 + [None]}, schema={"text": pl.String})
    result = datacensus.audit(frame)
    script = result.dimensions["script"]
    rows = {r["key"]: r for r in script.slices.to_dicts()}
    assert set(rows) == {"Latn", "Cyrl"}
    assert rows["Latn"]["share"] == pytest.approx(2 / 3)
    assert {r["status"] for r in rows.values()} == {"unreferenced"}
    assert all(r["reference_share"] is None and r["ratio"] is None for r in rows.values())
    assert script.unknown == {"?empty": 1.0} or sum(script.unknown.values()) == 1
    assert script.metrics["tvd"] is None
    assert script.notes[0].startswith("no reference for script")
    assert result.dimensions["language"].reference is not None


def test_no_script_dimension_for_models_without_scripts() -> None:
    """lid.176 labels carry no script, so an audit has no `script` dimension."""
    result = datacensus.audit(pl.DataFrame({"text": [FR, DE, EN]}), lid=LidSettings(workers=1))
    assert "script" not in result.dimensions


UNGUARDED = """
import polars as pl
import datacensus
from datacensus.inputs.sources import DEFAULT_BATCH_ROWS
from datacensus.lid import LidSettings

texts = [{en!r}, {fr!r}] * (2 * DEFAULT_BATCH_ROWS)  # four batches: two reach the workers
for _ in range(2):
    result = datacensus.audit(pl.DataFrame({{"text": texts}}), lid=LidSettings(workers=2))
print(int(result.dimensions["language"].slices.filter(pl.col("key") == "fr")["count"][0]))
"""


def test_unguarded_script_falls_back_in_process(tmp_path: Path) -> None:
    """A module-level audit without a __main__ guard warns once and completes, no traceback."""
    script = tmp_path / "unguarded.py"
    script.write_text(UNGUARDED.format(en=EN, fr=FR))
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(2 * DEFAULT_BATCH_ROWS)
    assert "Traceback" not in done.stderr and "BrokenProcessPool" not in done.stderr
    assert done.stderr.count('if __name__ == "__main__":') == 1
