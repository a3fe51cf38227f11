"""Text preparation for LID: one line, clipped at a word boundary, lower-cased, letters counted.

`prepare` does it for one text (the definition); `prepare_series` does the same for a whole
batch with Polars expressions, giving the same line and the same reason for every text (tested
property). Rows holding characters this Python's Unicode database does not know but Polars
lower-cases go through `prepare`, so the two never disagree on case mapping.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import polars as pl

from datacensus.lid.settings import EMPTY, TOO_SHORT, LidSettings
from datacensus.lid.unicode_classes import DENSE_RANGES, char_class, whitespace

#: Whitespace fastText does not split on; frequent in French (NBSP), CJK and copied web text.
UNICODE_SPACES = ("\xa0", "\u3000", "\u202f", "\u2009", "\u2028", "\u2029", "\x85", "\u200b")

#: Weight of one letter of a script written in syllable blocks or without spaces between words
#: (`unicode_classes.DENSE_RANGES`: Han, kana, Hangul, Thai, Lao, Tibetan, Myanmar, Khmer) when
#: `LidSettings.min_chars` measures a text: four Han characters are a sentence, four Latin
#: letters are not. Measured on EVAL, see docs/language-id.md ("Text length and min_chars").
DENSE_SCRIPT_WEIGHT = 3

#: Characters past ``max_chars`` normalised from a long text's raw prefix. Normalising keeps
#: every character but leading and trailing whitespace, so the first ``max_chars`` characters of
#: the prefix's line are the whole text's, unless the prefix loses more than this to leading
#: whitespace: then the whole text is normalised.
PREFIX_SLACK = 64

_NOT_LETTERS = re.compile(r"[\W\d_]+")


@lru_cache(maxsize=1)
def _dense_letters() -> re.Pattern[str]:
    ranges = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in DENSE_RANGES)
    return re.compile("(?:(?![\\W\\d_])[" + ranges + "])")


def normalise(text: str, lowercase: bool) -> str:
    """One line of text (fastText predicts per line), optionally lower-cased.

    fastText splits words on ASCII whitespace itself, so only line breaks and the non-ASCII
    spaces it would glue into words are replaced; runs of spaces are harmless and kept.
    """
    line = text.replace("\n", " ")
    if not line.isascii():
        for space in UNICODE_SPACES:
            line = line.replace(space, " ")
    line = line.strip()
    return line.lower() if lowercase else line


def clip(text: str, max_chars: int | None) -> str:
    """At most ``max_chars`` characters: the first ones, ending at a word boundary if near."""
    if max_chars is None or len(text) <= max_chars:
        return text
    head = text[:max_chars]
    cut = head.rfind(" ", max_chars * 3 // 4)
    return head[:cut] if cut > 0 else head


def prepare(text: str | None, settings: LidSettings) -> tuple[str, str | None]:
    """Text to predict on, and the unknown key it gets regardless of the model (or None)."""
    if text is None:
        return "", EMPTY
    limit = settings.max_chars
    # Normalising a long document costs more than predicting on its prefix: normalise only a
    # raw prefix when that provably yields the same clipped line (it is long enough).
    line = ""
    if limit is not None and len(text) > limit + PREFIX_SLACK:
        line = normalise(text[: limit + PREFIX_SLACK], settings.lowercase)
    if len(line) <= (limit or 0):
        line = normalise(text, settings.lowercase)
    line = clip(line, limit)
    if not line:
        return "", EMPTY
    return line, _letter_reason(line, settings.min_chars)


def _letter_reason(line: str, min_chars: int) -> str | None:
    if min_chars > 0 and _enough_letters(min_chars).match(line):  # stops at the n-th letter
        return None  # letter units >= letters, so enough letters is enough units
    letters = len(_NOT_LETTERS.sub("", line))
    if letters == 0:
        return EMPTY
    return TOO_SHORT if letter_units(line, letters) < min_chars else None


def letter_units(line: str, letters: int | None = None) -> int:
    """Length of ``line`` as `LidSettings.min_chars` measures it (see `DENSE_SCRIPT_WEIGHT`).

    Letters count 1, combining marks 1 (Indic vowel signs and viramas are part of what is
    written), letters of `DENSE_SCRIPT_WEIGHT`'s scripts ``DENSE_SCRIPT_WEIGHT``.
    """
    if letters is None:
        letters = len(_NOT_LETTERS.sub("", line))
    marks = sum(1 for char in line if unicodedata.category(char)[0] == "M")
    dense = len(_dense_letters().findall(line))
    return letters + marks + (DENSE_SCRIPT_WEIGHT - 1) * dense


@lru_cache(maxsize=16)
def _enough_letters(count: int) -> re.Pattern[str]:
    return re.compile(r"(?:[\W\d_]*[^\W\d_]){" + str(count) + "}")


def as_text_series(texts: object) -> pl.Series:
    """Texts as a Polars String series; lone surrogates (not UTF-8) become ``?``.

    fastText sees a surrogate as ``?`` anyway, and neither is a letter, a mark or a space, so
    the prepared line and its reason are unchanged.
    """
    if isinstance(texts, pl.Series):
        return texts.cast(pl.String)
    values = list(texts)  # type: ignore[call-overload]
    try:
        return pl.Series("text", values, dtype=pl.String)
    except (UnicodeError, pl.exceptions.PolarsError, TypeError):
        return pl.Series("text", [_without_surrogates(v) for v in values], dtype=pl.String)


def _without_surrogates(text: str | None) -> str | None:
    if text is None:
        return None
    return text.encode("utf-8", "replace").decode("utf-8")


def _normalise_expr(text: pl.Expr, lowercase: bool) -> pl.Expr:
    # A regex class, not replace_many: a text without any of them is passed through uncopied.
    spaces = "[" + "".join(["\n", *UNICODE_SPACES]) + "]"
    stripped = text.str.replace_all(spaces, " ")
    line = stripped.str.strip_chars(whitespace())
    return line.str.to_lowercase() if lowercase else line


def prepare_series(texts: pl.Series, settings: LidSettings) -> pl.DataFrame:
    """`prepare` for every text of ``texts``: columns ``line`` (str) and ``reason`` (str|null)."""
    frame = pl.DataFrame({"text": texts.cast(pl.String)})
    limit = settings.max_chars
    lower = settings.lowercase
    raw = pl.col("text")
    if limit is None:
        frame = frame.with_columns(_normalise_expr(raw, lower).alias("line"))
    else:
        prefix = limit + PREFIX_SLACK
        frame = frame.with_columns(_normalise_expr(raw.str.head(prefix), lower).alias("line"))
        # A prefix that normalises to `limit` characters or fewer (mostly spaces) is not enough.
        short = (raw.str.len_chars() > prefix) & (pl.col("line").str.len_chars() <= limit)
        frame = frame.with_columns(short.fill_null(False).alias("_whole"))
        frame = _redo(frame, pl.col("_whole"), _normalise_expr(raw, lower).alias("line"))
        # The last space at or after `start` in the first `limit` characters ends the line.
        start = limit * 3 // 4
        head = pl.col("line").str.head(limit)
        cut = start + head.str.slice(start).str.extract(r"^((?s:.)*) ", 1).str.len_chars()
        clipped = pl.when(cut > 0).then(head.str.head(cut)).otherwise(head)
        frame = frame.with_columns(
            pl.when(pl.col("line").str.len_chars() > limit)
            .then(clipped)
            .otherwise(pl.col("line"))
            .alias("line")
        )
    letter = char_class("letters")
    line = pl.col("line")
    frame = frame.with_columns(
        pl.when(raw.is_null() | ~line.str.contains(letter))
        .then(pl.lit(EMPTY))
        .otherwise(pl.lit(None, dtype=pl.String))
        .alias("reason")
    )
    if settings.min_chars > 0:
        # Letter units >= letters, so only lines with fewer letters than min_chars are measured.
        enough = f"^(?:[^{letter[1:-1]}]*{letter}){{{settings.min_chars}}}"
        few = pl.col("reason").is_null() & ~line.str.contains(enough)
        units = (
            line.str.count_matches(letter)
            + line.str.count_matches(char_class("marks"))
            + (DENSE_SCRIPT_WEIGHT - 1) * line.str.count_matches(char_class("dense_letters"))
        )
        reason = pl.when(units < settings.min_chars).then(pl.lit(TOO_SHORT)).alias("reason")
        frame = _redo(frame, few, reason)
    # Characters this Python does not know that Polars lower-cases: those rows go to Python.
    if lower:
        # Only the characters a line was normalised from matter: the prefix, or the whole text;
        # and only rows with a non-ASCII character can hold one.
        seen = raw if limit is None else raw.str.head(limit + PREFIX_SLACK)
        if limit is not None:
            seen = pl.when(pl.col("_whole")).then(raw).otherwise(seen)
        rows = (
            frame.with_row_index("_row")
            .filter(raw.str.len_bytes() != raw.str.len_chars())
            .filter(seen.str.contains(char_class("case_unknown")))
            .get_column("_row")
        )
        if rows.len():
            frame = _by_python(frame, rows, settings)
    return frame.select(pl.col("line").fill_null(""), "reason")


def _redo(frame: pl.DataFrame, rows: pl.Expr, value: pl.Expr) -> pl.DataFrame:
    """``frame`` with ``value`` recomputed only on the (usually few) ``rows``."""
    index = frame.with_row_index("_row").filter(rows)
    if index.height == 0:
        return frame
    name = value.meta.output_name()
    fixed = index.select("_row", value)
    return frame.with_columns(
        frame.get_column(name).scatter(fixed.get_column("_row"), fixed.get_column(name))
    )


def _by_python(frame: pl.DataFrame, rows: pl.Series, settings: LidSettings) -> pl.DataFrame:
    """``frame`` with line and reason of ``rows`` (positions) prepared by `prepare`."""
    texts = frame.get_column("text").gather(rows).to_list()
    pairs = [prepare(text, settings) for text in texts]
    lines = pl.Series([line for line, _ in pairs], dtype=pl.String)
    reasons = pl.Series([reason for _, reason in pairs], dtype=pl.String)
    return frame.with_columns(
        frame.get_column("line").scatter(rows, lines),
        frame.get_column("reason").scatter(rows, reasons),
    )
