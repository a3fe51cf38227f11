"""How language is identified: `LidSettings` and the unknown keys LID gives."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, replace

from datacensus.errors import InputError
from datacensus.schema import unknown_key

#: Defaults chosen from the measurements in docs/language-id.md.
DEFAULT_MIN_CONFIDENCE = 0.3
DEFAULT_MIN_CHARS = 8
DEFAULT_MAX_CHARS: int | None = 1000
DEFAULT_LOWERCASE = True

#: Documents checked by the second backend (``check``) unless told otherwise: about this many,
#: turned into a fraction of the rows by `audit` (`LidSettings.with_check_rows`).
DEFAULT_CHECK_SAMPLE = 2000
#: Key of rows the second backend did not look at, in the ``_lid_agreement`` bookkeeping.
UNCHECKED = unknown_key("unchecked")

EMPTY = unknown_key("empty")
TOO_SHORT = unknown_key("too_short")
LOW_CONFIDENCE = unknown_key("low_confidence")
NO_SCRIPT = unknown_key("no_script")

#: Names of the LID backends (`backends.BACKENDS` maps each to its class).
BACKEND_NAMES = ("fasttext", "langdetect")


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
        if self.backend not in BACKEND_NAMES:
            raise InputError(
                f"unknown LID backend {self.backend!r}: expected one of {sorted(BACKEND_NAMES)}"
            )
        if self.check is not None and (
            self.check not in BACKEND_NAMES or self.check == self.backend
        ):
            others = sorted(set(BACKEND_NAMES) - {self.backend})
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
