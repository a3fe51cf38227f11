"""Language of each row: detected from text by a LID model, or read from a label column."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import polars as pl

from datacensus.codes.languages import canonical_language
from datacensus.lid import (
    LidSettings,
    check_agreement,
    detect_languages,
    model_scripts,
    script_keys,
)
from datacensus.lid_profile import length_bucket
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
        texts = frame.get_column(self.text).cast(pl.String).to_list()
        detection = detect_languages(texts, self.settings)
        columns = {
            "language": detection.keys,
            LID_CONFIDENCE_DIMENSION: [_bucket(c) for c in detection.confidence],
            LID_LENGTH_DIMENSION: [
                f"{length_bucket(t)}|{k}" for t, k in zip(texts, detection.keys, strict=True)
            ],
        }
        if "script" in self.dimensions:
            columns["script"] = script_keys(detection)
        if self.settings.check is not None:
            columns[LID_AGREEMENT_DIMENSION] = check_agreement(texts, detection.keys, self.settings)
        return pl.DataFrame(columns, schema={name: pl.String for name in columns})


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


def _bucket(confidence: float) -> str:
    for edge in CONFIDENCE_BUCKETS:
        if confidence <= edge:
            return f"{edge:.1f}"
    return "1.0"
