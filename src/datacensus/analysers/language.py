"""Language of each row: detected from text by a LID model, or read from a label column."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import polars as pl

from datacensus.codes.languages import canonical_language
from datacensus.lid import (
    LidSettings,
    check_agreement,
    detect_frame,
    model_scripts,
    script_keys,
)
from datacensus.lid.profile import LENGTH_BUCKETS
from datacensus.schema import (
    LID_AGREEMENT_DIMENSION,
    LID_CONFIDENCE_DIMENSION,
    LID_LENGTH_DIMENSION,
    unknown_key,
)

#: Upper edges of the LID confidence histogram buckets kept in the counts.
CONFIDENCE_BUCKETS = tuple(round(0.1 * i, 1) for i in range(1, 11))


@dataclass(frozen=True)
class LanguageFromText:
    """Detects each document's language with the configured LID backend.

    Models whose labels carry a script (GlotLID, OpenLID: ``srp_Cyrl``) also give a ``script``
    dimension. With ``settings.check`` a second backend labels a hash-selected sample, counted
    as ``_lid_agreement`` keys ``"<primary>|<second>"`` (see `lid.check_agreement`).
    """

    text: str
    settings: LidSettings = field(default_factory=LidSettings)

    @property
    def dimensions(self) -> tuple[str, ...]:
        return ("language", "script") if model_scripts(self.settings) else ("language",)

    @property
    def columns(self) -> tuple[str, ...]:
        return (self.text,)

    def keys(self, frame: pl.DataFrame) -> pl.DataFrame:
        texts = frame.get_column(self.text).cast(pl.String)
        detection = detect_frame(texts, self.settings)
        columns = [
            detection.get_column("key").alias("language"),
            _buckets(detection.get_column("confidence")).alias(LID_CONFIDENCE_DIMENSION),
            _length_keys(texts, detection.get_column("key")).alias(LID_LENGTH_DIMENSION),
        ]
        if "script" in self.dimensions:
            columns.append(script_keys(detection))
        if self.settings.check is not None:
            agreement = check_agreement(
                texts.to_list(), detection.get_column("key").to_list(), self.settings
            )
            columns.append(pl.Series(LID_AGREEMENT_DIMENSION, agreement, dtype=pl.String))
        return pl.DataFrame(columns)


@dataclass(frozen=True)
class LanguageFromColumn:
    """Reads existing language labels (any BCP-47 / ISO 639 form) and canonicalises them."""

    column: str

    @property
    def dimensions(self) -> tuple[str, ...]:
        return ("language",)

    @property
    def columns(self) -> tuple[str, ...]:
        return (self.column,)

    def keys(self, frame: pl.DataFrame) -> pl.DataFrame:
        raw = frame.get_column(self.column).cast(pl.String)
        uniques = raw.unique().to_list()
        mapping = {value: _label_key(value) for value in uniques if value is not None}
        keys = raw.replace_strict(mapping, default=unknown_key("empty"), return_dtype=pl.String)
        return pl.DataFrame({"language": keys})


@lru_cache(maxsize=65536)
def _label_key(value: str) -> str:
    text = value.strip()
    if not text:
        return unknown_key("empty")
    try:
        return canonical_language(text)
    except ValueError:
        return unknown_key("unparseable", text[:40])


def _buckets(confidence: pl.Series) -> pl.Series:
    """Each confidence's bucket: the label of the first edge at or above it (1.0 beyond)."""
    edges = np.array(CONFIDENCE_BUCKETS)
    index = np.minimum(np.searchsorted(edges, confidence.to_numpy(), side="left"), len(edges) - 1)
    labels = pl.Series([f"{edge:.1f}" for edge in CONFIDENCE_BUCKETS], dtype=pl.String)
    return labels.gather(index)


def _length_keys(texts: pl.Series, keys: pl.Series) -> pl.Series:
    """``"<length bucket>|<key>"`` per row (`lid_profile.length_bucket` of each text)."""
    size = pl.col("size")
    bucket: pl.Expr = pl.lit(LENGTH_BUCKETS[0][1])
    for start, name in LENGTH_BUCKETS[1:]:
        bucket = pl.when(size >= start).then(pl.lit(name)).otherwise(bucket)
    frame = pl.DataFrame({"size": texts.fill_null("").str.len_chars(), "key": keys})
    return frame.select(pl.concat_str(bucket, pl.lit("|"), pl.col("key"))).to_series()
