"""Does the text column hold prose? Language ID on URLs, IDs or numbers is meaningless.

Each row gets a shape key (counted under the bookkeeping dimension ``_text_shape``, so it merges
and caches like any count): ``url``, ``id_or_number`` (one token with a digit, or no letters),
``short`` (fewer than 20 letters), ``prose``, or ``empty``. The result warns when most non-empty
rows are URLs/IDs/numbers, or when the median row has fewer than 20 letters.
"""

from __future__ import annotations

import polars as pl

TEXT_SHAPE_DIMENSION = "_text_shape"
SHORT_LETTERS = 20
URL_PATTERN = r"^\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)\S*\s*$"


def shape_keys(text: pl.Series) -> pl.Series:
    """One shape key per row of a text column.

    Letters are never counted to the end of a text: the regexes stop at the first letter, or at
    the `SHORT_LETTERS`-th, so a long page costs what a sentence costs.
    """
    frame = pl.DataFrame({"t": text.cast(pl.String).fill_null("")})
    t = pl.col("t")
    # Every pattern is anchored or stops at its first match, so none scans a whole prose text.
    key = (
        pl.when(~t.str.contains(r"\S"))
        .then(pl.lit("empty"))
        .when(t.str.contains(URL_PATTERN))
        .then(pl.lit("url"))
        .when(~t.str.contains(r"\p{L}") | t.str.contains(r"^\s*\S*\d\S*\s*$"))
        .then(pl.lit("id_or_number"))
        .when(~t.str.contains(rf"^(?:\P{{L}}*\p{{L}}){{{SHORT_LETTERS}}}"))
        .then(pl.lit("short"))
        .otherwise(pl.lit("prose"))
    )
    return frame.select(key.alias(TEXT_SHAPE_DIMENSION)).to_series()


def text_shape_warnings(counts: pl.DataFrame) -> list[str]:
    """A warning when the audited text does not look like prose (empty list otherwise)."""
    rows = counts.filter(pl.col("dimension") == TEXT_SHAPE_DIMENSION)
    n = {k: int(v) for k, v in zip(rows["key"], rows["documents"], strict=True)}
    total = sum(v for k, v in n.items() if k != "empty")
    if not total:
        return []
    url, ids, short = (n.get(k, 0) / total for k in ("url", "id_or_number", "short"))
    detail = f"{url:.0%} URL-like, {ids:.0%} IDs or numbers, {short:.0%} under 20 letters"
    if url + ids >= 0.5:
        return [
            f"the text column looks like URLs, IDs or numbers, not prose ({detail}): language "
            "shares measured on it are not meaningful"
        ]
    if url + ids + short > 0.5:
        return [
            f"most texts are very short (median under {SHORT_LETTERS} letters; {detail}): "
            "language identification is unreliable on them"
        ]
    return []
