"""LID backends, text preparation, loading errors and worker-count invariance."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from datacensus.errors import InputError, LanguageIdError
from datacensus.lid import (
    EMPTY,
    LOW_CONFIDENCE,
    TOO_SHORT,
    UNCHECKED,
    LanguageIdentifier,
    LidSettings,
    agreement_report,
    bundled_model_path,
    check_agreement,
    clip,
    load_identifier,
    normalise,
    prepare,
)

SAMPLES = [
    ("fr", "Le marché du samedi ouvre tôt et les pêcheurs vendent leurs prises avant midi."),
    ("de", "Die Bibliothek bleibt wegen Bauarbeiten bis Ende des Monats geschlossen."),
    ("ru", "Поезд задержался на сорок минут из-за снегопада на перевале."),
    ("ja", "駅の近くに新しいパン屋ができて、朝から行列ができている。"),
    ("ar", "افتتحت المدينة حديقة جديدة بالقرب من النهر في الأسبوع الماضي."),
    ("hi", "बारिश के कारण आज शाम का क्रिकेट मैच रद्द कर दिया गया।"),
    ("es", "El museo amplió su horario de visitas durante las vacaciones de verano."),
    ("en", "The committee postponed its decision until the budget figures are final."),
]


@pytest.fixture(scope="session")
def fasttext_lid() -> LanguageIdentifier:
    """The default identifier, loaded once for the session."""
    return load_identifier(LidSettings())


def test_normalise_makes_one_line_fasttext_splits_into_words() -> None:
    """Line breaks and non-ASCII spaces become spaces, ends are stripped, case folds on request."""
    assert normalise("  Hello\nWorld\u3000again\xa0!\r\n", lowercase=False) == "Hello World again !"
    assert normalise("ÉCOLE\u2028Ünd", lowercase=True) == "école ünd"
    assert "\n" not in normalise("a\n\n\nb", lowercase=False)


def test_clip_bounds_length_and_prefers_word_boundary() -> None:
    """Clipped text is never longer than max_chars and does not end mid-word when avoidable."""
    text = "word " * 100
    clipped = clip(text, 42)
    assert len(clipped) <= 42
    assert clipped.endswith("word")
    assert clip("短文", 10) == "短文"
    assert len(clip("字" * 50, 10)) == 10
    assert clip(text, None) == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [(None, EMPTY), ("", EMPTY), (" \n\t ", EMPTY), ("12 345 !!! --", EMPTY), ("ok no", TOO_SHORT)],
)
def test_prepare_reasons(text: str | None, reason: str) -> None:
    """Null, blank and letterless texts are empty; texts with few letters are too short."""
    assert prepare(text, LidSettings(min_chars=10))[1] == reason


def test_detects_known_sentences(fasttext_lid: LanguageIdentifier) -> None:
    """Plain sentences in several scripts get their language, in input order."""
    detection = fasttext_lid.detect([text for _, text in SAMPLES])
    assert detection.keys == [lang for lang, _ in SAMPLES]
    assert all(0.5 < c <= 1.0 for c in detection.confidence)
    assert detection.scripts == [None] * len(SAMPLES)


def test_unknown_rows_keep_their_reason(fasttext_lid: LanguageIdentifier) -> None:
    """Empty and short rows become unknown keys aligned with the input; empty has confidence 0."""
    detection = fasttext_lid.detect([None, "", "Hola", SAMPLES[0][1]])
    assert detection.keys == [EMPTY, EMPTY, TOO_SHORT, "fr"]
    assert detection.confidence[:2] == [0.0, 0.0]


def test_multiline_and_odd_text_do_not_raise(fasttext_lid: LanguageIdentifier) -> None:
    """Texts with newlines (fastText predicts per line) and lone surrogates are handled."""
    detection = fasttext_lid.detect(
        [
            "Die Bibliothek bleibt\nwegen Bauarbeiten\r\nbis Ende des Monats geschlossen.",
            "broken \ud800 surrogate in an English sentence about the weather today",
        ]
    )
    assert detection.keys == ["de", "en"]


def test_min_confidence_gates_keys() -> None:
    """Exactly the rows whose top probability is below min_confidence become low_confidence."""
    texts = [text for _, text in SAMPLES] + ["zzq xkcd qwp", "ok ok ok ok ok"]
    lax = load_identifier(LidSettings(min_confidence=0.0, min_chars=0)).detect(texts)
    cut = sorted(lax.confidence)[len(texts) // 2]
    strict = load_identifier(LidSettings(min_confidence=cut, min_chars=0)).detect(texts)
    assert LOW_CONFIDENCE not in lax.keys
    for key, loose, conf in zip(strict.keys, lax.keys, lax.confidence, strict=True):
        assert key == (LOW_CONFIDENCE if conf < cut else loose)
    assert strict.keys.count(LOW_CONFIDENCE) == len(texts) // 2


def test_lowercasing_rescues_upper_case_text() -> None:
    """Upper-case text in a smaller language is misread by lid.176 unless lower-cased."""
    texts = [
        "TÄMÄ ON SUOMENKIELINEN LAUSE JOKA ON KIRJOITETTU ISOILLA KIRJAIMILLA",
        "ESTA ES UNA FRASE EN ESPAÑOL ESCRITA EN MAYÚSCULAS",
    ]
    as_is = load_identifier(LidSettings(lowercase=False)).detect(texts)
    lower = load_identifier(LidSettings(lowercase=True)).detect(texts)
    assert lower.keys == ["fi", "es"]
    assert as_is.keys == [LOW_CONFIDENCE, LOW_CONFIDENCE]


def test_output_keys_exclude_languages_lid176_cannot_output(
    fasttext_lid: LanguageIdentifier,
) -> None:
    """lid.176 outputs Alemannic and Serbo-Croatian but not Zulu, Xhosa, Hausa, Igbo, Tigrinya."""
    keys = fasttext_lid.output_keys()
    assert {"en", "gsw", "hbs", "nb", "zh", "sw", "yo"} <= keys
    assert not {"zu", "xh", "ha", "ig", "ti"} & keys
    assert not any(key.startswith("?") for key in keys)


def test_describe_hashes_the_model(fasttext_lid: LanguageIdentifier) -> None:
    """describe() names the backend, the model file and its real SHA-256."""
    info = fasttext_lid.describe()
    path = bundled_model_path()
    assert info["backend"] == "fasttext"
    assert info["model_path"] == str(path)
    assert info["model_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert info["labels"] == 176


def test_missing_model_path_is_a_clear_error(tmp_path: Path) -> None:
    """A model path that does not exist names the path and what was expected."""
    missing = tmp_path / "nope.bin"
    with pytest.raises(LanguageIdError, match=r"nope\.bin.*fastText \.bin/\.ftz LID model"):
        load_identifier(LidSettings(model_path=str(missing)))


def test_non_model_file_is_a_clear_error(tmp_path: Path) -> None:
    """A file that is not a fastText model is rejected with LanguageIdError, not a crash."""
    bogus = tmp_path / "model.ftz"
    bogus.write_bytes(b"this is not a fasttext model" * 10)
    with pytest.raises(LanguageIdError, match="fastText"):
        load_identifier(LidSettings(model_path=str(bogus)))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"backend": "cld9"},
        {"min_confidence": 1.5},
        {"min_chars": -1},
        {"max_chars": 0},
        {"workers": 0},
    ],
)
def test_bad_settings_raise_input_error(kwargs: dict[str, object]) -> None:
    """Invalid settings fail at construction with an InputError (also a ValueError)."""
    with pytest.raises(InputError):
        LidSettings(**kwargs)  # type: ignore[arg-type]


def test_settings_to_dict_round_trips() -> None:
    """to_dict() holds every field, so settings can be rebuilt from a result's provenance."""
    settings = LidSettings(min_chars=3, max_chars=None, workers=2)
    assert LidSettings(**settings.to_dict()) == settings  # type: ignore[arg-type]


def test_langdetect_backend() -> None:
    """The langdetect backend identifies the same sentences and maps zh-cn to zh."""
    identifier = load_identifier(LidSettings(backend="langdetect"))
    texts = [SAMPLES[0][1], SAMPLES[1][1], "这是一个用来测试语言识别的简单中文句子。", None]
    detection = identifier.detect(texts)
    assert detection.keys == ["fr", "de", "zh", EMPTY]
    assert "zh" in identifier.output_keys()
    assert "zh-cn" not in identifier.output_keys()


def test_results_identical_for_any_batching(fasttext_lid: LanguageIdentifier) -> None:
    """Detecting texts in several batches gives exactly what one batch gives, in order."""
    texts: list[str | None] = [text for _, text in SAMPLES] * 8 + [None, "", "Hola"] * 3
    whole = fasttext_lid.detect(texts)
    parts = [fasttext_lid.detect(texts[i : i + 7]) for i in range(0, len(texts), 7)]
    assert [k for p in parts for k in p.keys] == whole.keys
    assert [c for p in parts for c in p.confidence] == whole.confidence
    assert len(whole.keys) == len(texts)


def _opinion_corpus() -> tuple[list[str | None], list[str]]:
    texts: list[str | None] = []
    keys: list[str] = []
    for lang, text in SAMPLES[:2] + SAMPLES[6:]:  # fr, de, es, en
        texts += [text] * 12
        keys += [lang] * 12
    texts += [SAMPLES[1][1]] * 12  # German texts the primary calls Dutch: must be flagged
    keys += ["nl"] * 12
    texts += ["Tio estas frazo en Esperanto pri la vetero hodiaŭ."] * 3
    keys += ["eo"] * 3  # langdetect has no Esperanto
    texts += [None]
    keys += [EMPTY]
    return texts, keys


CHECK_ALL = LidSettings(check="langdetect", check_sample=1.0)


def test_agreement_measures_and_flags() -> None:
    """Correct languages agree fully; a mislabelled one is flagged; eo is not comparable."""
    texts, keys = _opinion_corpus()
    pairs = Counter(check_agreement(texts, keys, CHECK_ALL))
    detected = Counter(k for k in keys if not k.startswith("?"))
    report = agreement_report(pairs, detected, CHECK_ALL)
    languages = report["languages"]
    for lang in ("fr", "de", "es", "en"):
        assert languages[lang]["agreement"] == 1.0
        assert languages[lang]["checked"] == 12
    assert languages["nl"]["agreement"] == 0.0
    assert languages["nl"]["confused_with"] == {"de": 12}
    assert report["flagged"] == ["nl"]
    assert report["not_comparable"] == ["eo"]
    assert languages["eo"]["agreement"] is None
    assert report["checked"] == len(texts) - 1  # the empty row is never checked
    assert report["overall_agreement"] == pytest.approx(48 / 60)


def test_agreement_sample_does_not_depend_on_batching() -> None:
    """The checked texts are chosen by a hash of the text: any split checks the same ones."""
    texts, keys = _opinion_corpus()
    texts = [f"{t} {i}" if t else t for i, t in enumerate(texts)]  # distinct texts, distinct hashes
    half = LidSettings(check="langdetect", check_sample=0.5)
    whole = check_agreement(texts, keys, half)
    split = [
        key
        for i in range(0, len(texts), 5)
        for key in check_agreement(texts[i : i + 5], keys[i : i + 5], half)
    ]
    assert split == whole
    assert 0 < sum(k != UNCHECKED for k in whole) < len(texts)


def test_agreement_rejects_misaligned_input() -> None:
    """Texts and primary keys of different lengths are an InputError."""
    with pytest.raises(InputError, match="one primary key per text"):
        check_agreement(["a", "b"], ["en"], CHECK_ALL)
