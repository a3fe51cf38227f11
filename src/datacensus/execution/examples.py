"""Example snippets (``--examples N``): a few documents' text per flagged slice, asked for.

Snippets travel as counts, like everything else. `example_counts` turns a batch into rows of the
bookkeeping dimension ``_examples``, one per distinct (dimension, slice, snippet), keyed
``dimension␟slice␟N␟hash␟snippet`` (␟ is U+001F) with ``documents`` = rows with that snippet.
``hash`` is a stable 16-hex BLAKE2b digest of the snippet, so keys sort by it within a slice.
`prune_examples` (run by every `counting.merge_counts`) keeps per slice only the N keys that sort
first. A snippet among the N smallest of the whole data is among the N smallest of every part it
appears in, so any batching, shard split, cache, worker or machine count keeps the same N
snippets with the same ``documents``, and memory stays bounded by N × slices.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

import polars as pl

from datacensus.schema import COUNTS_SCHEMA, EXAMPLES_DIMENSION, UNKNOWN_PREFIX, empty_counts

#: Characters of whitespace-normalised text a snippet keeps ("…" marks a cut).
SNIPPET_CHARS = 160
#: Characters of raw text read to make a snippet (bounds the work on long documents).
SNIPPET_WINDOW = 4 * SNIPPET_CHARS
#: Separator of the fields of an ``_examples`` key.
SEP = "\x1f"
#: Slices that get examples: the flagged ones, under and over (missing slices have no rows).
FLAGGED_STATUSES = frozenset({"missing", "under", "over"})

# Runs of whitespace/control characters other than a lone space (3x faster than matching every
# run: ordinary spaces are left alone); replacing them by " " collapses every run to one space.
_SPACES = r" *[[\s\p{Cc}]&&[^ ]][\s\p{Cc}]*| {2,}"
# "<dimension>␟<slice>␟<N>" then "␟<hash>␟<snippet>"; snippets never contain U+001F.
_KEY = rf"^(.*{SEP}(\d+)){SEP}[0-9a-f]{{16}}{SEP}[^{SEP}]*$"


def snippets(text: pl.Series) -> pl.Series:
    """Whitespace and control characters collapsed to one space, first 160 chars (+ "…"); empty
    or null text gives null."""
    raw = text.cast(pl.String)
    head = raw.str.slice(0, SNIPPET_WINDOW)
    flat = head.str.replace_all(_SPACES, " ").str.strip_chars()
    cut = (flat.str.len_chars() > SNIPPET_CHARS) | (raw.str.len_chars() > SNIPPET_WINDOW)
    short = flat.str.slice(0, SNIPPET_CHARS).str.strip_chars_end()
    return pl.select(
        pl.when(flat == "")
        .then(None)
        .when(cut)
        .then(pl.concat_str(short, pl.lit("…")))
        .otherwise(flat)
        .alias("snippet")
    ).to_series()


def snippet_hash(snippet: str) -> str:
    """Stable 16-hex digest of a snippet (BLAKE2b of its UTF-8), the same on every machine."""
    return hashlib.blake2b(snippet.encode("utf-8"), digest_size=8).hexdigest()


def example_counts(
    keys: pl.DataFrame, text: pl.Series, dimensions: Iterable[str], limit: int
) -> pl.DataFrame:
    """``_examples`` counts of one batch: the ``limit`` smallest-hash snippets per known slice.

    ``keys`` has one column per dimension (list-valued columns count each label); unknown keys
    (``?...``) get no examples.
    """
    snippet = snippets(text)
    columns = [d for d in dimensions if d in keys.columns]
    if not columns or snippet.null_count() == len(snippet):
        return empty_counts()
    frame = keys.select(columns).with_columns(snippet.alias("_snippet"))
    parts = []
    for dimension in columns:
        part = frame.select(pl.col(dimension).alias("_slice"), "_snippet")
        if isinstance(part.schema["_slice"], pl.List):
            part = part.with_columns(pl.col("_slice").list.unique()).explode("_slice")
        parts.append(part.with_columns(pl.lit(dimension).alias("_dimension")))
    found = (
        pl.concat(parts)
        .filter(
            pl.col("_snippet").is_not_null()
            & pl.col("_slice").is_not_null()
            & ~pl.col("_slice").str.starts_with(UNKNOWN_PREFIX)
        )
        .group_by("_dimension", "_slice", "_snippet")
        .agg(pl.len().alias("documents"))
    )
    distinct = found.get_column("_snippet").unique()
    digests = pl.DataFrame(
        {"_snippet": distinct, "_hash": [snippet_hash(s) for s in distinct.to_list()]}
    )
    return (
        found.join(digests, on="_snippet", how="left")
        .sort("_hash", "_snippet")
        .filter(pl.int_range(pl.len()).over("_dimension", "_slice") < limit)
        .select(
            pl.lit(EXAMPLES_DIMENSION).alias("dimension"),
            pl.concat_str(
                "_dimension", "_slice", pl.lit(str(limit)), "_hash", "_snippet", separator=SEP
            ).alias("key"),
            "documents",
            *(pl.lit(0).alias(c) for c in ("chars", "tokens", "chars_sq", "tokens_sq")),
        )
        .cast(COUNTS_SCHEMA)
    )


def prune_examples(counts: pl.DataFrame) -> pl.DataFrame:
    """Keep, per ``_examples`` slice, the N keys that sort first (smallest hash); rest as is."""
    is_example = pl.col("dimension") == EXAMPLES_DIMENSION
    if counts.height == 0 or not counts.select(is_example.any()).item():
        return counts
    group = pl.col("key").str.extract(_KEY, 1)
    limit = pl.col("key").str.extract(_KEY, 2).cast(pl.UInt32)
    rank = pl.col("key").rank("ordinal").over(group)
    return counts.filter(~is_example | (rank <= limit))


def examples_by_slice(counts: pl.DataFrame, limit: int) -> dict[str, dict[str, list[str]]]:
    """``{dimension: {slice: [snippet, ...]}}``: the ``limit`` smallest-hash snippets per slice."""
    rows = counts.filter(pl.col("dimension") == EXAMPLES_DIMENSION).get_column("key")
    found: dict[str, dict[str, dict[str, str]]] = {}
    for key in rows.to_list():
        head, _, digest, snippet = key.rsplit(SEP, 3)
        dimension, _, slice_key = head.partition(SEP)
        found.setdefault(dimension, {}).setdefault(slice_key, {})[snippet] = digest
    return {
        dimension: {
            slice_key: sorted(chosen, key=lambda s: (chosen[s], s))[:limit]
            for slice_key, chosen in sorted(slices.items())
        }
        for dimension, slices in sorted(found.items())
    }


def flagged_examples(
    slices_by_dimension: Mapping[str, pl.DataFrame],
    source: Mapping[str, str],
    snippets_by_slice: Mapping[str, Mapping[str, list[str]]],
) -> dict[str, dict[str, list[str]]]:
    """Snippets of the flagged slices of each result dimension.

    ``slices_by_dimension`` maps a result dimension to its coverage table, ``source`` maps it to
    the counted dimension its snippets come from (``language@chars`` -> ``language``).
    """
    out: dict[str, dict[str, list[str]]] = {}
    for name, slices in slices_by_dimension.items():
        available = snippets_by_slice.get(source.get(name, name), {})
        flagged = slices.filter(pl.col("status").is_in(list(FLAGGED_STATUSES)))
        chosen = {k: list(available[k]) for k in flagged["key"].to_list() if available.get(k)}
        if chosen:
            out[name] = dict(sorted(chosen.items()))
    return out
