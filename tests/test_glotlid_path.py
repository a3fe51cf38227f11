"""The GlotLID path for real: train a tiny GlotLID-style fastText model (``__label__xxx_Scrp``),
then `lid-eval`, `audit --lid-model`, the script dimension and `--lid-correct` with it."""

from __future__ import annotations

import json
import random
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from datacensus.cli.app import app
from datacensus.demo.sentences import sentences
from eval_texts import EVAL

fasttext = pytest.importorskip("fasttext")
if not hasattr(fasttext, "train_supervised"):  # pragma: no cover - predict-only builds
    pytest.skip("this fastText build cannot train", allow_module_level=True)

runner = CliRunner()

#: GlotLID labels (ISO 639-3 + ISO 15924) of the demo languages used here.
LABELS = {
    "en": "eng_Latn",
    "de": "deu_Latn",
    "fr": "fra_Latn",
    "ru": "rus_Cyrl",
    "sr": "srp_Cyrl",
    "hr": "hrv_Latn",
    "uk": "ukr_Cyrl",
    "el": "ell_Grek",
}


def _pieces(text: str) -> list[str]:
    """The text and its halves by words: more labelled lines from few sentences."""
    words = text.split()
    half = len(words) // 2
    return [text, " ".join(words[:half]), " ".join(words[half:])]


@pytest.fixture(scope="module")
def glot_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("glot")
    train = folder / "train.txt"
    lines = [
        f"__label__{LABELS[lang]} {piece.lower()}"
        for lang, group in sentences().items()
        if lang in LABELS
        for sentence in group
        for piece in _pieces(sentence)
    ]
    random.Random(0).shuffle(lines)
    train.write_text("\n".join(lines) + "\n", encoding="utf-8")
    model = fasttext.train_supervised(
        input=str(train), epoch=30, lr=0.5, dim=16, minn=2, maxn=4, wordNgrams=1, thread=1, seed=0
    )
    path = folder / "glot-tiny.bin"
    model.save_model(str(path))
    return path


@pytest.fixture(scope="module")
def labelled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Labelled text in GlotLID codes: demo sentences (and halves) plus the EVAL texts."""
    rows = [
        {"text": piece, "lang": LABELS[lang]}
        for lang, group in sentences().items()
        if lang in LABELS
        for sentence in group
        for piece in _pieces(sentence)
    ]
    rows += [{"text": text, "lang": LABELS[lang]} for lang, text in EVAL if lang in LABELS]
    path = tmp_path_factory.mktemp("labelled") / "labelled.parquet"
    pl.DataFrame(rows).write_parquet(path)
    return path


def test_glotlid_style_model_end_to_end(glot_model: Path, labelled: Path, tmp_path: Path) -> None:
    profile_dir = tmp_path / "profile"
    evaluated = runner.invoke(
        app,
        [
            "lid-eval",
            str(labelled),
            "--text",
            "text",
            "--lang-col",
            "lang",
            "--lid-model",
            str(glot_model),
            "--workers",
            "1",
            "-o",
            str(profile_dir),
        ],
    )
    assert evaluated.exit_code == 0, evaluated.output
    profile = json.loads((profile_dir / "profile.json").read_text())
    assert profile["model"]["file"] == "glot-tiny.bin" and profile["model"]["labels"] == 8
    assert set(profile["confusion"]) == set(LABELS)  # srp_Cyrl -> sr, ell_Grek -> el, ...
    assert all(row["texts"] >= 20 for row in profile["languages"].values())

    corpus = tmp_path / "corpus.jsonl"
    texts = [t for lang, t in EVAL if lang in LABELS] * 3
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    out = tmp_path / "out"
    audited = runner.invoke(
        app,
        [
            "audit",
            str(corpus),
            "--lid-model",
            str(glot_model),
            "--lid-profile",
            str(profile_dir / "profile.json"),
            "--workers",
            "1",
            "-o",
            str(out),
        ],
    )
    assert audited.exit_code == 0, audited.output
    result = json.loads((out / "result.json").read_text())
    scripts = {r["key"] for r in result["dimensions"]["script"]["slices"]}
    assert {"Latn", "Cyrl", "Grek"} <= scripts
    info = result["lid"]["correction"]
    assert info["profile"].endswith("profile.json")
    assert info["profile_model"]["sha256"] == result["lid"]["model_sha256"]
    shares = {r["key"]: r["share"] for r in info["languages"]}
    assert set(shares) <= set(LABELS) and sum(shares.values()) == pytest.approx(1.0)

    # The bundled lid.176 profile does not fit this model: refused, one line, exit 2.
    refused = runner.invoke(
        app,
        ["audit", str(corpus), "--lid-model", str(glot_model), "--lid-correct", "-o", str(out)],
    )
    assert refused.exit_code == 2
    assert refused.output.count("\n") == 1 and "built for model sha256" in refused.output
