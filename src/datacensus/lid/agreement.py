"""A second LID backend on a hash-selected sample: agreement counts that merge like any counts."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from datacensus.errors import InputError
from datacensus.lid.backends import cached_identifier, detect_languages
from datacensus.lid.settings import UNCHECKED, LidSettings

#: Agreement below this marks a language's detected share as unreliable.
DEFAULT_AGREEMENT_THRESHOLD = 0.8
#: Languages with fewer texts judged by both backends are reported but never flagged.
MIN_JUDGED_FOR_FLAG = 10


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
    if len(texts) != len(primary_keys):
        raise InputError(
            f"check_agreement needs one primary key per text: {len(texts)} texts, "
            f"{len(primary_keys)} keys"
        )
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
    count per language (weights ``overall_agreement``). A language is flagged when at least
    `MIN_JUDGED_FOR_FLAG` of its checked texts were judged by both backends and their agreement
    is below ``threshold``; languages the second backend cannot output are never flagged.
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
