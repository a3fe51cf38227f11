"""Named schemas of the tables that flow between stages, and the slice status vocabulary."""

from __future__ import annotations

from enum import StrEnum

import polars as pl

#: Mergeable counts: one row per (dimension, key). Sum columns to merge partial counts.
#: ``chars_sq``/``tokens_sq`` are per-slice sums of squared weights, needed for the variance
#: of weighted shares (see statistics.weighted_interval).
COUNTS_SCHEMA = pl.Schema(
    {
        "dimension": pl.String,
        "key": pl.String,
        "documents": pl.UInt64,
        "chars": pl.UInt64,
        "tokens": pl.UInt64,
        "chars_sq": pl.Float64,
        "tokens_sq": pl.Float64,
    }
)

#: Columns of COUNTS_SCHEMA that are summed when counts are merged.
COUNT_COLUMNS: tuple[str, ...] = ("documents", "chars", "tokens", "chars_sq", "tokens_sq")

#: A reference distribution: shares over keys, summing to 1.
REFERENCE_SCHEMA = pl.Schema({"key": pl.String, "share": pl.Float64})

#: One row per slice of a dimension after comparison with its reference.
COVERAGE_SCHEMA = pl.Schema(
    {
        "key": pl.String,
        "label": pl.String,
        "count": pl.Float64,
        "share": pl.Float64,
        "ci_low": pl.Float64,
        "ci_high": pl.Float64,
        "reference_share": pl.Float64,
        "expected": pl.Float64,
        "ratio": pl.Float64,
        "ratio_low": pl.Float64,
        "ratio_high": pl.Float64,
        "status": pl.String,
        # Effective documents behind the interval, and the audit's power (datacensus.power).
        "effective_documents": pl.Float64,
        "detect_under_ratio": pl.Float64,
        "detect_over_ratio": pl.Float64,
        "documents_to_settle": pl.Float64,
    }
)

#: Keys of rows whose slice could not be determined start with this; the rest is the reason,
#: optionally followed by "=" and the raw value (e.g. "?unmapped=Frnace"). Unknown is not a slice.
UNKNOWN_PREFIX = "?"

#: Clusters (sites, files, ...) are hashed into this many buckets, counted per bucket under
#: ``_cluster:<dimension>``: groups of whole clusters stay independent, so the cluster-robust
#: variance is valid over buckets, and the bookkeeping grows by at most this many rows per slice.
CLUSTER_BUCKETS = 256

#: Separator of the two keys of an intersection ("sw|KE"); also joins dimension names.
CROSS_SEPARATOR = "|"

#: Dimensions whose name starts with "_" carry bookkeeping (rows read, LID confidence), not slices.
ROWS_DIMENSION = "_rows"
LID_CONFIDENCE_DIMENSION = "_lid_confidence"
LID_AGREEMENT_DIMENSION = "_lid_agreement"
#: ``"<length bucket>|<language key>"`` per document, for length-stratified LID correction.
LID_LENGTH_DIMENSION = "_lid_length"
#: Example snippets (``--examples N``), see datacensus.examples; only when asked for.
EXAMPLES_DIMENSION = "_examples"


class Status(StrEnum):
    """Verdict on one slice. See docs/methods.md for the exact rules."""

    MISSING = "missing"
    UNDER = "under"
    UNCERTAIN = "uncertain"
    OK = "ok"
    OVER = "over"
    UNREFERENCED = "unreferenced"
    UNDETECTABLE = "undetectable"


def unknown_key(reason: str, raw: str | None = None) -> str:
    """Key under which rows with an undeterminable slice are counted."""
    return f"{UNKNOWN_PREFIX}{reason}" if raw is None else f"{UNKNOWN_PREFIX}{reason}={raw}"


def split_unknown_key(key: str) -> tuple[str, str | None]:
    """Inverse of `unknown_key`: ``"?unmapped=Frnace"`` -> ``("unmapped", "Frnace")``."""
    body = key.removeprefix(UNKNOWN_PREFIX)
    reason, sep, raw = body.partition("=")
    return reason, (raw if sep else None)


def empty_counts() -> pl.DataFrame:
    """A counts table with no rows."""
    return pl.DataFrame(schema=COUNTS_SCHEMA)
