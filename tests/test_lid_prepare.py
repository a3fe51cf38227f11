"""Batch text preparation in Polars gives exactly the per-text `prepare` of every text."""

from __future__ import annotations

import unicodedata

import polars as pl
from hypothesis import example, given, settings
from hypothesis import strategies as st

from datacensus.demo.sentences import sentences
from datacensus.lid import LidSettings, as_text_series, prepare, prepare_series
from datacensus.lid.unicode_classes import compute_tables, tables
from eval_texts import EVAL

#: Pieces that stress the preparation: spaces fastText does not split on, line breaks, CJK,
#: combining marks, dense scripts, case mappings that change length or depend on context.
PIECES = [
    " ",
    "  ",
    "\n",
    "\t",
    "\r\n",
    "\xa0",
    "\u3000",
    "\u202f",
    "\u2009",
    "\u200b",
    "\x85",
    "\x1f",
    "\u2028",
    "\u205f",
    "a",
    "Zz",
    "É",
    "İ",
    "ΟΔΟΣ",
    "Σ",
    "ς",
    "ß",
    "ǅ",
    "明天",
    "가나다",
    "ภาษา",
    "क्",
    "\u0301",
    "e\u0301",
    "\u093f",
    "٣",
    "12",
    "_",
    "½",
    "²",
    "!?",
    "\U0001f600",
    "𠀀",
    "\U00010d50",
    "\ua7cb",
    "\ufffd",
    "ﬁ",
    "ⅷ",
]

texts = st.one_of(
    st.none(),
    st.text(),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=400).map("".join),
)
lid_settings = st.builds(
    LidSettings,
    min_chars=st.integers(0, 20),
    max_chars=st.none() | st.integers(1, 60),
    lowercase=st.booleans(),
)


def per_text(values: list[str | None], lid: LidSettings) -> list[tuple[str, str | None]]:
    return [prepare(v, lid) for v in values]


def batch(values: list[str | None], lid: LidSettings) -> list[tuple[str, str | None]]:
    frame = prepare_series(as_text_series(values), lid)
    return list(zip(frame["line"].to_list(), frame["reason"].to_list(), strict=True))


@settings(max_examples=300, deadline=None)
@given(values=st.lists(texts, max_size=12), lid=lid_settings)
@example(values=["İİİİ   x", "ΟΔΟΣ ΟΔΟΣ", None, "", "   ", "\xa0\xa0a"], lid=LidSettings())
@example(values=[" " * 2100 + "word " * 300], lid=LidSettings())
@example(values=["a" * 3000, "ab " * 1000], lid=LidSettings(max_chars=1000))
@example(values=["明天见", "가나", "क्षेत्र", "e\u0301\u0301\u0301"], lid=LidSettings())
def test_batch_preparation_equals_per_text(values: list[str | None], lid: LidSettings) -> None:
    """Same line and same reason per text, for any text and any settings."""
    assert batch(values, lid) == per_text(values, lid)


def test_surrogates_prepare_like_their_replacement() -> None:
    """Lone surrogates (not UTF-8, so not in a Polars column) prepare as `?` would."""
    values = ["bonjour \ud800 le monde", "\udfff", "ab\ud83dcd efgh ijkl"]
    replaced = [v.encode("utf-8", "replace").decode() for v in values]
    assert batch(values, LidSettings()) == per_text(replaced, LidSettings())
    assert [r for _, r in batch(values, LidSettings())] == [
        r for _, r in per_text(values, LidSettings())
    ]


def test_project_texts_prepare_the_same() -> None:
    """The demo sentences and the evaluation texts, at the defaults and unclipped."""
    values = [t for group in sentences().values() for t in group] + [t for _, t in EVAL]
    for lid in (
        LidSettings(),
        LidSettings(max_chars=None, min_chars=20),
        LidSettings(max_chars=40),
    ):
        assert batch(values, lid) == per_text(values, lid)


def test_shipped_unicode_tables_match_this_python() -> None:
    """The generated tables equal what this Python's Unicode database gives (or are recomputed)."""
    assert tables() == compute_tables()


def test_polars_lowercases_every_known_character_like_python() -> None:
    """Polars and Python agree on the lowercase of every assigned character but the ones routed
    to Python (unassigned in this Python's Unicode database)."""
    chars = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) not in ("Cn", "Cs")]
    lowered = pl.Series(chars).str.to_lowercase().to_list()
    assert [c for c, low in zip(chars, lowered, strict=True) if low != c.lower()] == []
