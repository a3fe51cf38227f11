"""Character classes for batch text preparation, read from this Python's Unicode database.

`prepare.prepare` (per text) counts letters with Python's `re` (``[^\\W\\d_]``) and marks with
`unicodedata`; the batch path (`prepare.prepare_series`) counts the same characters with Polars
regexes built from the ranges here, so both agree on every character, whatever Unicode version
the regex engine itself knows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

#: Scripts written in syllable blocks or without spaces between words (Han, kana, Hangul, Thai,
#: Lao, Tibetan, Myanmar, Khmer): their letters weigh `prepare.DENSE_SCRIPT_WEIGHT`.
DENSE_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA9E0, 0xA9FF),  # Myanmar extended-B
    (0xAA60, 0xAA7F),  # Myanmar extended-A
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9D),  # half-width Katakana
    (0x20000, 0x323AF),  # CJK extensions B-H, compatibility supplement
)

Ranges = tuple[tuple[int, int], ...]


def compute_tables() -> dict[str, Ranges]:
    """whitespace, letters, marks, dense_letters, unassigned (Cn) and case_unknown as inclusive
    code point ranges.

    ``case_unknown``: characters this Python does not know but Polars lower-cases (letters of
    later Unicode versions); the only ones on which the two could prepare a text differently.
    Takes about a second (every code point is looked at once).
    """
    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    letters = []
    for match in re.finditer(r"[^\W\d_]+", everything):
        start, end = match.span()
        letters.append((ord(everything[start]), ord(everything[end - 1])))
    category = unicodedata.category
    marks: list[tuple[int, int]] = []
    unassigned: list[tuple[int, int]] = []
    for code in range(0x110000):
        kind = category(chr(code))
        target = marks if kind[0] == "M" else unassigned if kind == "Cn" else None
        if target is None:
            continue
        if target and target[-1][1] == code - 1:
            target[-1] = (target[-1][0], code)
        else:
            target.append((code, code))
    return {
        "whitespace": _ranges(c for c in range(0x110000) if chr(c).isspace()),
        "letters": tuple(letters),
        "marks": tuple(marks),
        "dense_letters": intersect(tuple(letters), DENSE_RANGES),
        "unassigned": tuple(unassigned),
        "case_unknown": _lowered_by_polars(tuple(unassigned)),
    }


def _lowered_by_polars(ranges: Ranges) -> Ranges:
    import polars as pl

    codes = [c for a, b in ranges for c in range(a, b + 1)]
    chars = pl.Series([chr(c) for c in codes], dtype=pl.String)
    changed = (chars != chars.str.to_lowercase()).arg_true().to_list()
    return _ranges(codes[i] for i in changed)


def _ranges(codes: Iterable[int]) -> Ranges:
    out: list[tuple[int, int]] = []
    for code in codes:
        if out and out[-1][1] == code - 1:
            out[-1] = (out[-1][0], code)
        else:
            out.append((code, code))
    return tuple(out)


@lru_cache(maxsize=1)
def whitespace() -> str:
    """Every character `str.strip()` removes (those `str.isspace()` accepts)."""
    return "".join(chr(c) for a, b in tables()["whitespace"] for c in range(a, b + 1))


def intersect(first: Ranges, second: Ranges) -> Ranges:
    """Code points in both sets of inclusive ranges."""
    out = []
    for a, b in first:
        for c, d in second:
            low, high = max(a, c), min(b, d)
            if low <= high:
                out.append((low, high))
    return tuple(sorted(out))


@lru_cache(maxsize=1)
def tables() -> dict[str, Ranges]:
    """The generated tables when they match this Python's Unicode version, else computed."""
    from datacensus.lid import unicode_tables

    if unicodedata.unidata_version != unicode_tables.UNIDATA_VERSION:
        return compute_tables()
    return {
        "whitespace": unicode_tables.WHITESPACE,
        "letters": unicode_tables.LETTERS,
        "marks": unicode_tables.MARKS,
        "dense_letters": unicode_tables.DENSE_LETTERS,
        "unassigned": unicode_tables.UNASSIGNED,
        "case_unknown": unicode_tables.CASE_UNKNOWN,
    }


@lru_cache(maxsize=8)
def char_class(name: str) -> str:
    """A Polars (Rust regex) character class matching one character of table ``name``."""
    parts = (f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in tables()[name])
    return "[" + "".join(parts) + "]"
