"""LID error profiles: a model's confusion on labelled text, built, saved, loaded and checked.

A profile records, for one model and one set of LID settings, how many labelled texts of each
true language received each predicted key (unknown reasons included), plus per-language
precision, recall and false-positive rate, the model's sha256 and where the labelled text came
from. `correction` uses it to correct language shares; see docs/language-id.md.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datacensus.codes.languages import canonical_language
from datacensus.errors import InputError

FORMAT = "datacensus-lid-profile"
FORMAT_VERSION = 1
#: LID settings a profile must share with the audit it corrects.
SETTINGS_KEYS = ("backend", "min_confidence", "min_chars", "max_chars", "lowercase")
#: Text length buckets (characters) recorded per language.
LENGTH_BUCKETS = ((0, "short"), (100, "medium"), (400, "long"))
#: Profile shipped for the bundled lid.176.ftz (package data).
BUNDLED_PROFILE = "lid.176.ftz.json"


class ProfileError(InputError):
    """A LID profile is malformed or does not fit the model/settings it is used with."""


@dataclass(frozen=True)
class LidProfile:
    """A loaded, validated profile."""

    path: str
    model: dict[str, Any]
    settings: dict[str, Any]
    provenance: list[dict[str, Any]]
    confusion: dict[str, dict[str, int]]
    languages: dict[str, dict[str, Any]]
    #: The confusion per text-length bucket (`length_bucket`), when the profile has it.
    strata: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)

    @property
    def labels(self) -> list[str]:
        """Every predicted key that occurs in the confusion."""
        return sorted({j for row in self.confusion.values() for j in row})

    def check_fits(self, model_sha256: str | None, settings: Mapping[str, Any]) -> None:
        """Refuse (ProfileError) a profile built for another model or other LID settings."""
        mine = self.model.get("sha256")
        if model_sha256 is not None and mine != model_sha256:
            raise ProfileError(
                f"LID profile {self.path} was built for model sha256 {str(mine)[:12]}..., "
                f"not the model in use ({model_sha256[:12]}...): build one with "
                "`datacensus lid-eval` for this model"
            )
        for key in SETTINGS_KEYS:
            if key in self.settings and self.settings[key] != settings.get(key):
                raise ProfileError(
                    f"LID profile {self.path} was built with {key}={self.settings[key]!r}, "
                    f"the audit uses {key}={settings.get(key)!r}: use the same LID settings "
                    "or build a profile for these"
                )


def length_bucket(text: str | None) -> str:
    """``short`` (< 100 characters), ``medium`` (< 400) or ``long``."""
    size = len(text or "")
    name = LENGTH_BUCKETS[0][1]
    for start, bucket in LENGTH_BUCKETS:
        if size >= start:
            name = bucket
    return name


def true_key(label: str) -> str:
    """Canonical key of a labelled text's language (``srp_Cyrl`` -> ``sr``; ISO meaning)."""
    code = str(label).strip()
    head, sep, tail = code.partition("_")
    if sep and len(tail) == 4 and tail[:1].isupper():
        code = head
    try:
        return canonical_language(code)
    except ValueError as exc:
        raise InputError(f"language label {label!r}: {exc}") from None


def build_profile(
    truths: Sequence[str],
    predicted: Sequence[str],
    *,
    model: Mapping[str, Any],
    settings: Mapping[str, Any],
    provenance: Sequence[Mapping[str, Any]] = (),
    lengths: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Profile (plain data) from per-text true keys and predicted keys of one model run."""
    if len(truths) != len(predicted):
        raise InputError(f"{len(truths)} true labels but {len(predicted)} predictions")
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    by_length: dict[str, Counter[str]] = defaultdict(Counter)
    strata: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for i, (t, p) in enumerate(zip(truths, predicted, strict=True)):
        confusion[t][p] += 1
        if lengths is not None:
            by_length[t][lengths[i]] += 1
            strata[lengths[i]][t][p] += 1
    rows = {t: dict(sorted(c.items())) for t, c in sorted(confusion.items())}
    by_stratum = {
        bucket: {t: dict(sorted(c.items())) for t, c in sorted(table.items())}
        for bucket, table in sorted(strata.items())
    }
    return {
        "confusion_by_length": by_stratum,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "model": dict(model),
        "settings": {k: settings.get(k) for k in SETTINGS_KEYS},
        "provenance": [dict(p) for p in provenance],
        "texts": len(truths),
        "languages": language_table(rows, by_length),
        "confusion": rows,
    }


def language_table(
    confusion: Mapping[str, Mapping[str, int]],
    by_length: Mapping[str, Mapping[str, int]] | None = None,
) -> dict[str, dict[str, Any]]:
    """Per true language: texts, recall, precision, false-positive rate, unknown rate."""
    total = sum(sum(row.values()) for row in confusion.values())
    predicted: Counter[str] = Counter()
    for row in confusion.values():
        predicted.update(row)
    out: dict[str, dict[str, Any]] = {}
    for key, row in confusion.items():
        n = sum(row.values())
        hit = row.get(key, 0)
        false_pos = predicted.get(key, 0) - hit
        negatives = total - n
        out[key] = {
            "texts": n,
            "recall": hit / n if n else None,
            "precision": hit / predicted[key] if predicted.get(key) else None,
            "fpr": false_pos / negatives if negatives else None,
            "unknown": sum(v for k, v in row.items() if k.startswith("?")) / n if n else None,
            "by_length": dict(sorted((by_length or {}).get(key, {}).items())),
        }
    return out


def worst_pairs(confusion: Mapping[str, Mapping[str, int]], top: int = 20) -> list[dict[str, Any]]:
    """The largest off-diagonal cells as ``true, predicted, texts, rate`` (rate of the row)."""
    cells: list[dict[str, Any]] = []
    for key, row in confusion.items():
        n = sum(row.values())
        for other, count in row.items():
            if other != key and count:
                cells.append({"true": key, "predicted": other, "texts": count, "rate": count / n})
    cells.sort(key=lambda c: (-float(c["rate"]), -int(c["texts"]), c["true"], c["predicted"]))
    return cells[:top]


def save_profile(profile: Mapping[str, Any], path: Path) -> Path:
    """Write ``profile`` as JSON (sorted, one file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(profile, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    return path


def bundled_profile_path() -> Path:
    """Path of the profile shipped for the bundled lid.176.ftz."""
    return Path(__file__).parent / "profiles" / BUNDLED_PROFILE


def load_profile(path: str | Path | None = None) -> LidProfile:
    """Read and validate a profile (default: the bundled one). Raises ProfileError."""
    where = Path(path) if path is not None else bundled_profile_path()
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError(f"LID profile {where}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProfileError(f"LID profile {where}: not readable JSON ({exc})") from None
    return validate_profile(data, str(where))


def validate_profile(data: object, origin: str) -> LidProfile:
    """A `LidProfile` from plain data, or ProfileError naming the first problem."""

    def fail(problem: str) -> ProfileError:
        return ProfileError(f"LID profile {origin}: {problem}")

    if not isinstance(data, dict):
        raise fail("expected a JSON object")
    if data.get("format") != FORMAT:
        raise fail(f"format is {data.get('format')!r}, expected {FORMAT!r}")
    if data.get("format_version") != FORMAT_VERSION:
        raise fail(f"format_version {data.get('format_version')!r} is not {FORMAT_VERSION}")
    for name in ("model", "settings", "confusion"):
        if not isinstance(data.get(name), dict):
            raise fail(f"{name!r} must be an object")
    sha = data["model"].get("sha256")
    if sha is not None and not (isinstance(sha, str) and len(sha) == 64):
        raise fail("model.sha256 must be 64 hex digits or null")
    confusion = _counts(data["confusion"], "confusion", fail)
    if not confusion:
        raise fail("confusion is empty")
    strata_raw = data.get("confusion_by_length") or {}
    if not isinstance(strata_raw, dict):
        raise fail("'confusion_by_length' must be an object")
    strata = {
        str(bucket): _counts(table, f"confusion_by_length[{bucket!r}]", fail)
        for bucket, table in strata_raw.items()
    }
    unknown_buckets = sorted(set(strata) - {name for _, name in LENGTH_BUCKETS})
    if unknown_buckets:
        raise fail(f"unknown length bucket(s) {', '.join(unknown_buckets)}")
    provenance = data.get("provenance") or []
    if not isinstance(provenance, list):
        raise fail("provenance must be a list")
    return LidProfile(
        path=origin,
        model=dict(data["model"]),
        settings=dict(data["settings"]),
        provenance=provenance,
        confusion=confusion,
        languages=language_table(confusion, _by_length(data.get("languages"))),
        strata=strata,
    )


def _counts(
    table: object, name: str, fail: Callable[[str], ProfileError]
) -> dict[str, dict[str, int]]:
    """A validated ``{true: {predicted: count}}`` table."""
    if not isinstance(table, dict):
        raise fail(f"{name} must be an object")
    out: dict[str, dict[str, int]] = {}
    for key, row in table.items():
        if not isinstance(row, dict) or not row:
            raise fail(f"{name} row {key!r} must be a non-empty object")
        clean: dict[str, int] = {}
        for other, count in row.items():
            ok = isinstance(count, int) and not isinstance(count, bool) and count >= 0
            if not ok:
                raise fail(f"{name}[{key!r}][{other!r}] = {count!r} is not a count >= 0")
            clean[str(other)] = count
        out[str(key)] = clean
    return out


def _by_length(languages: object) -> dict[str, dict[str, int]]:
    if not isinstance(languages, dict):
        return {}
    out: dict[str, dict[str, int]] = {}
    for key, row in languages.items():
        if isinstance(row, dict) and isinstance(row.get("by_length"), dict):
            out[str(key)] = {str(k): int(v) for k, v in row["by_length"].items()}
    return out


def model_identity(describe: Mapping[str, Any]) -> dict[str, Any]:
    """The model fields a profile records, from an identifier's ``describe()``."""
    path = describe.get("model_path")
    return {
        "backend": describe.get("backend"),
        "file": Path(str(path)).name if path else None,
        "sha256": describe.get("model_sha256"),
        "labels": describe.get("labels"),
    }


def evaluate(
    texts: Iterable[str | None],
    labels: Iterable[str],
    settings: Any,
    provenance: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """Run the model of ``settings`` (a `LidSettings`) on labelled texts; return the profile."""
    from datacensus.lid import cached_identifier, detect_languages

    text_list = list(texts)
    truths = [true_key(label) for label in labels]
    if len(truths) != len(text_list):
        raise InputError(f"{len(text_list)} texts but {len(truths)} labels")
    detection = detect_languages(text_list, settings)
    identifier = cached_identifier(settings)
    return build_profile(
        truths,
        detection.keys,
        model=model_identity(identifier.describe()),
        settings=settings.to_dict(),
        provenance=provenance,
        lengths=[length_bucket(t) for t in text_list],
    )


def finite(value: float | None) -> float | None:
    """``value`` if it is a finite number, else None (for JSON)."""
    return value if value is not None and math.isfinite(value) else None
