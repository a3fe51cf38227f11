"""The bundled demo corpus: deterministic, skewed, multilingual, and auditable end to end."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from datacensus import AuditResult
from datacensus.cli.app import app
from datacensus.demo import HEAD_WEIGHTS, STARVED, generate, write_demo_corpus
from datacensus.demo.sentences import sentences


def test_every_named_language_has_sentences() -> None:
    """Head and starved languages all exist in sentences() (none is silently left out)."""
    assert set(HEAD_WEIGHTS) | set(STARVED) <= set(sentences())


def test_same_seed_same_corpus(tmp_path: Path) -> None:
    """Writing twice with one seed gives identical bytes and leaves the file untouched."""
    path = write_demo_corpus(tmp_path / "a.jsonl", documents=500, seed=3)
    before = path.stat().st_mtime_ns
    write_demo_corpus(path, documents=500, seed=3)
    assert path.stat().st_mtime_ns == before
    assert generate(500, seed=3) == generate(500, seed=3)
    assert generate(500, seed=3) != generate(500, seed=4)


def test_corpus_is_skewed_and_multilingual() -> None:
    """At least 40 languages in at least 8 scripts, English over 30%, every language present."""
    records = generate(6000, seed=7)
    text_of = {str(r["text"]) for r in records}
    langs = Counter(
        next(lang for lang, sents in sentences().items() if str(r["text"]).startswith(sents))
        for r in records
    )
    assert len(langs) >= 40
    assert langs["en"] / len(records) > 0.3
    assert all(langs[lang] >= 2 for lang in sentences())
    scripts = {unicodedata.name(ch).split()[0] for text in text_of for ch in text if ch.isalpha()}
    assert len(scripts) >= 8
    assert {"id", "text", "country", "url", "topic"} == set(records[0])


def test_demo_command_flags_starved_languages(tmp_path: Path) -> None:
    """`datacensus demo` writes the report and finds Hindi and Bengali under-represented."""
    out = tmp_path / "demo"
    result = CliRunner().invoke(app, ["demo", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").exists()
    audit = AuditResult.read(out / "result.json")
    status = dict(audit.coverage("language").select("key", "status").iter_rows())
    assert status["hi"] == status["bn"] == "under"
    assert status["en"] == "over"
    assert status["zu"] == "undetectable"
    assert "Hindi" in (out / "summary.md").read_text()
    assert "report:" in result.output
