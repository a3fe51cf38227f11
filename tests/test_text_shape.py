"""Text-shape keys (is the text column prose?) against a plain-Python definition."""

from __future__ import annotations

import re

import polars as pl
from hypothesis import example, given, settings
from hypothesis import strategies as st

from datacensus.analysers.text_shape import SHORT_LETTERS, URL_PATTERN, shape_keys

#: Letters (Latin, Cyrillic, Han, Arabic), digits of two scripts, spaces, URL pieces.
PIECES = [*"abzÉéЖж中文ب ٢1.:/-_\t", "http://", "https://x.y/z", "www.", "  "]


def python_shape(text: str | None) -> str:
    """The documented rule, written with Python's str methods and `re`."""
    t = text or ""
    letters = sum(ch.isalpha() for ch in t)
    if not t.strip():
        return "empty"
    if re.match(URL_PATTERN, t):
        return "url"
    if letters == 0 or (not re.search(r"\s", t.strip()) and re.search(r"\d", t)):
        return "id_or_number"
    return "short" if letters < SHORT_LETTERS else "prose"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.lists(st.sampled_from(PIECES), max_size=30).map("".join))))
@example([None, "", "  ", "a" * (SHORT_LETTERS - 1), "a" * SHORT_LETTERS, "12345", "abc123"])
@example(["https://example.org/a b", "www.example.org", "中文" * 10, "a1 " * 30])
def test_shape_keys_follow_the_documented_rule(texts: list[str | None]) -> None:
    """Every row gets the key the plain-Python rule gives it."""
    got = shape_keys(pl.Series(texts, dtype=pl.String)).to_list()
    assert got == [python_shape(t) for t in texts]
