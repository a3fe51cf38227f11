"""Language identification: settings, text preparation, backends, label mapping, agreement.

Defaults are measured, see docs/language-id.md. This package re-exports what other modules use.
"""

from __future__ import annotations

from datacensus.lid.agreement import (
    DEFAULT_AGREEMENT_THRESHOLD,
    MIN_JUDGED_FOR_FLAG,
    agreement_notes,
    agreement_report,
    check_agreement,
)
from datacensus.lid.backends import (
    BACKENDS,
    DETECTION_SCHEMA,
    Detection,
    FastTextIdentifier,
    LangdetectIdentifier,
    LanguageIdentifier,
    _model_labels,
    bundled_model_path,
    cached_identifier,
    detect_frame,
    detect_languages,
    file_sha256,
    load_identifier,
    model_scripts,
    preload_model,
    script_keys,
)
from datacensus.lid.labels import LabelKey, label_key
from datacensus.lid.prepare import (
    DENSE_SCRIPT_WEIGHT,
    as_text_series,
    clip,
    letter_units,
    normalise,
    prepare,
    prepare_series,
)
from datacensus.lid.settings import (
    DEFAULT_CHECK_SAMPLE,
    DEFAULT_LOWERCASE,
    DEFAULT_MAX_CHARS,
    DEFAULT_MIN_CHARS,
    DEFAULT_MIN_CONFIDENCE,
    EMPTY,
    LOW_CONFIDENCE,
    NO_SCRIPT,
    TOO_SHORT,
    UNCHECKED,
    LidSettings,
)

__all__ = [
    "BACKENDS",
    "DEFAULT_AGREEMENT_THRESHOLD",
    "DEFAULT_CHECK_SAMPLE",
    "DEFAULT_LOWERCASE",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_MIN_CHARS",
    "DEFAULT_MIN_CONFIDENCE",
    "DENSE_SCRIPT_WEIGHT",
    "DETECTION_SCHEMA",
    "EMPTY",
    "LOW_CONFIDENCE",
    "MIN_JUDGED_FOR_FLAG",
    "NO_SCRIPT",
    "TOO_SHORT",
    "UNCHECKED",
    "Detection",
    "FastTextIdentifier",
    "LabelKey",
    "LangdetectIdentifier",
    "LanguageIdentifier",
    "LidSettings",
    "_model_labels",
    "agreement_notes",
    "agreement_report",
    "as_text_series",
    "bundled_model_path",
    "cached_identifier",
    "check_agreement",
    "clip",
    "detect_frame",
    "detect_languages",
    "file_sha256",
    "label_key",
    "letter_units",
    "load_identifier",
    "model_scripts",
    "normalise",
    "preload_model",
    "prepare",
    "prepare_series",
    "script_keys",
]
