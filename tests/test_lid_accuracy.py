"""LID accuracy on the project's held-out evaluation texts stays within recorded bounds.

The bounds are the default settings' measurements on `tests/data/eval_texts.jsonl` (680
texts: 6 short texts and 4 paragraphs per language, plus texts in languages lid.176 cannot
output) with a small margin; docs/language-id.md has the full grid. Re-measure with
``python benchmarks/bench_lid.py grid`` before changing a bound.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from datacensus import lid
from datacensus.lid import LidSettings, load_identifier
from datacensus.lid_labels import LabelKey, label_key
from eval_texts import EVAL

#: EVAL texts of at most this many characters are the short ones (3-8 words); longer are
#: paragraphs (same split as scripts/check_texts.py).
SHORT_CHARS = 80

#: Languages lid.176.ftz genuinely confuses, with their own lower bounds (measured at the
#: defaults, 4 paragraphs / 6 short texts each). lid.176 reads short Bokmål as Danish, Malay as
#: Indonesian, Croatian as Serbian or Serbo-Croatian (``sh`` -> ``hbs``), Afrikaans as Dutch;
#: on the short texts alone Catalan, Welsh, Malagasy and Swahili also fall apart (misread as
#: French/English/Esperanto/...), and Swahili paragraphs come back with probability 0.30-0.39.
HARD_LONG: dict[str, float] = {"ms": 0.25, "af": 0.5, "nb": 0.75, "hr": 0.75, "sw": 0.75}
HARD_SHORT: dict[str, float] = {
    "nb": 0.0,
    "cy": 1 / 6,
    "sw": 1 / 6,
    "mg": 1 / 6,
    "ca": 2 / 6,
    "hr": 2 / 6,
    "ms": 2 / 6,
    "af": 2 / 6,
}
#: Every other language: each paragraph right (measured 1.0 for all), and at least 4 of 6 short
#: texts (measured minimum 4/6: is, sr, tg).
LONG_MIN = 1.0
SHORT_MIN = 4 / 6
#: Mean per-language accuracy (unknown counts as wrong); measured 0.969 and 0.859.
LONG_MEAN_MIN = 0.96
SHORT_MEAN_MIN = 0.845
#: Total variation distance of detected vs true shares, detectable languages; measured 0.031,
#: 0.113 and 0.079.
LONG_TVD_MAX = 0.04
SHORT_TVD_MAX = 0.12
TVD_MAX = 0.085
#: Texts in languages lid.176 cannot output that still get a language; measured 12 of 30 (all 6
#: Tigrinya texts become Amharic, which shares its script).
BLIND_ATTRIBUTED_MAX = 0.45


@dataclass(frozen=True)
class Scored:
    """EVAL with the truth, length class and detected key of each text."""

    truth: list[str]
    short: list[bool]
    keys: list[str]
    outputs: frozenset[str]


def score(settings: LidSettings, upper: bool = False) -> Scored:
    """Detect every EVAL text with ``settings`` (upper-cased first with ``upper``)."""
    identifier = load_identifier(settings)
    texts = [text.upper() if upper else text for _, text in EVAL]
    return Scored(
        truth=[label_key(lang).key for lang, _ in EVAL],
        short=[len(text) <= SHORT_CHARS for _, text in EVAL],
        keys=identifier.detect(texts).keys,
        outputs=identifier.output_keys(),
    )


@pytest.fixture(scope="module")
def scored() -> Scored:
    """EVAL scored with the default settings."""
    return score(LidSettings(workers=1))


def per_language(truth: Sequence[str], keys: Sequence[str]) -> dict[str, float]:
    """Accuracy per true language (unknown counts as wrong)."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter(truth)
    for true, got in zip(truth, keys, strict=True):
        right[true] += got == true
    return {lang: right[lang] / total[lang] for lang in total}


def tvd(truth: Sequence[str], keys: Sequence[str]) -> float:
    """Total variation distance between true shares and shares of the known detected keys."""
    true = Counter(truth)
    known = Counter(k for k in keys if not k.startswith("?"))
    n_true, n_known = sum(true.values()), max(sum(known.values()), 1)
    return 0.5 * sum(abs(true[k] / n_true - known[k] / n_known) for k in set(true) | set(known))


def part(s: Scored, short: bool) -> tuple[list[str], list[str]]:
    """Truth and keys of the detectable texts of one length class."""
    pairs = [
        (t, k)
        for t, k, is_short in zip(s.truth, s.keys, s.short, strict=True)
        if t in s.outputs and is_short == short
    ]
    return [t for t, _ in pairs], [k for _, k in pairs]


def violations(s: Scored) -> list[str]:
    """Every recorded bound that ``s`` breaks, as readable strings (empty when all hold)."""
    found: list[str] = []
    for short, floors, floor, mean_min, tvd_max in (
        (False, HARD_LONG, LONG_MIN, LONG_MEAN_MIN, LONG_TVD_MAX),
        (True, HARD_SHORT, SHORT_MIN, SHORT_MEAN_MIN, SHORT_TVD_MAX),
    ):
        kind = "short" if short else "long"
        truth, keys = part(s, short)
        accuracy = per_language(truth, keys)
        for lang, acc in sorted(accuracy.items()):
            if acc < floors.get(lang, floor) - 1e-9:
                found.append(f"{kind} {lang} accuracy {acc:.2f} < {floors.get(lang, floor):.2f}")
        mean = sum(accuracy.values()) / len(accuracy)
        if mean < mean_min:
            found.append(f"{kind} mean accuracy {mean:.3f} < {mean_min}")
        if (distance := tvd(truth, keys)) > tvd_max:
            found.append(f"{kind} TVD {distance:.3f} > {tvd_max}")
    pairs = [(t, k) for t, k in zip(s.truth, s.keys, strict=True) if t in s.outputs]
    if (distance := tvd([t for t, _ in pairs], [k for _, k in pairs])) > TVD_MAX:
        found.append(f"TVD {distance:.3f} > {TVD_MAX}")
    blind = [k for t, k in zip(s.truth, s.keys, strict=True) if t not in s.outputs]
    attributed = sum(not k.startswith("?") for k in blind) / len(blind)
    if attributed > BLIND_ATTRIBUTED_MAX:
        found.append(f"undetectable texts given a language {attributed:.2f}")
    return found


def test_eval_covers_many_languages_scripts_and_lengths(scored: Scored) -> None:
    """EVAL has 65 detectable languages with short and long texts, and 5 undetectable ones."""
    detectable = {t for t in scored.truth if t in scored.outputs}
    assert len(detectable) == 65
    assert {t for t in scored.truth if t not in scored.outputs} == {"zu", "xh", "ha", "ig", "ti"}
    assert all(len(part(scored, short)[0]) == (390 if short else 260) for short in (True, False))


def test_default_settings_meet_every_recorded_bound(scored: Scored) -> None:
    """Per-language, mean, share-error and undetectable bounds all hold at the defaults."""
    assert violations(scored) == []


def test_hard_pairs_are_the_only_weak_long_texts(scored: Scored) -> None:
    """Only the listed hard languages miss a paragraph; each one listed really is hard."""
    truth, keys = part(scored, short=False)
    accuracy = per_language(truth, keys)
    assert {lang for lang, acc in accuracy.items() if acc < 1.0} == set(HARD_LONG)


@pytest.mark.parametrize(
    ("name", "settings", "upper"),
    [
        ("upper-cased text, lowercase off", LidSettings(lowercase=False, workers=1), True),
        ("max_chars=50", LidSettings(max_chars=50, workers=1), False),
        ("min_chars=20", LidSettings(min_chars=20, workers=1), False),
        ("min_confidence=0.6", LidSettings(min_confidence=0.6, workers=1), False),
        ("min_confidence=0.0", LidSettings(min_confidence=0.0, workers=1), False),
    ],
)
def test_bad_settings_break_the_bounds(name: str, settings: LidSettings, upper: bool) -> None:
    """A deliberately bad setting violates at least one recorded bound."""
    assert violations(score(settings, upper)), name


def test_broken_label_mapping_breaks_the_bounds(
    scored: Scored, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the lid.176 renames (no -> nb, tl -> fil) Bokmål and Filipino fall below bound."""

    def raw_code(label: str) -> LabelKey:
        return LabelKey(label.removeprefix("__label__"), None)

    monkeypatch.setattr(lid, "label_key", raw_code)
    keys = load_identifier(LidSettings(workers=1)).detect([text for _, text in EVAL]).keys
    broken = violations(Scored(scored.truth, scored.short, keys, scored.outputs))
    assert "long nb accuracy 0.00 < 0.75" in broken
    assert "long fil accuracy 0.00 < 1.00" in broken


def test_upper_case_text_is_recognised_after_lowercasing(scored: Scored) -> None:
    """With the default lower-casing, shouted text scores as well as text as written."""
    shouted = score(LidSettings(workers=1), upper=True)
    idx = [i for i, t in enumerate(scored.truth) if t in scored.outputs]
    as_written = sum(scored.keys[i] == scored.truth[i] for i in idx)
    loud = sum(shouted.keys[i] == shouted.truth[i] for i in idx)
    assert loud >= as_written - len(idx) // 50


def test_short_non_latin_sentences_are_not_too_short(scored: Scored) -> None:
    """Short Han, Thai, Khmer, Devanagari... sentences pass min_chars (script-weighted length)."""
    too_short = [t for t, k in zip(scored.truth, scored.keys, strict=True) if k == lid.TOO_SHORT]
    assert too_short == []
    assert lid.letter_units("明天早上见。") == 15
    assert lid.letter_units("आज बहुत ठंड है।") == 11
    assert lid.letter_units("ok no") == 4
