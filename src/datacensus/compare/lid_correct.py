"""The ``language`` dimension with shares corrected for LID error (``LidSettings(correct=True)``).

Counts stay raw: the correction runs at compare time on merged counts, with the model's error
profile (`lid_profile`), and statuses are judged on the corrected shares and intervals. The raw
shares are kept beside the corrected ones in ``result.lid["correction"]``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from statistics import NormalDist
from typing import Any

import polars as pl

from datacensus.compare.correction import (
    DEFAULT_MIN_TEXTS,
    UNDETECTABLE,
    Correction,
    combine,
    correct_shares,
)
from datacensus.compare.correction import observed_for_correction as observed_rows
from datacensus.compare.statistics import StatsParams, jensen_shannon, slice_status, total_variation
from datacensus.errors import InputError
from datacensus.lid.profile import LidProfile, load_profile
from datacensus.models import DimensionResult
from datacensus.schema import COVERAGE_SCHEMA, LID_LENGTH_DIMENSION, Status, split_unknown_key

#: Chosen by the held-out measurements in docs/language-id.md (EM beat ACC overall, on short
#: texts, on paragraphs and on skewed mixtures).
DEFAULT_METHOD = "em"
METHOD_NAMES = {
    "em": "EM prior re-estimation on the confusion matrix (Saerens, Latinne & Decaestecker 2002)",
    "acc": "adjusted classify-and-count on the simplex (Lipton, Wang & Smola 2018)",
}
REPLICATES = 200
#: Statuses that do not come from the share interval and stay as they are.
_KEPT = {str(Status.UNDETECTABLE), str(Status.UNREFERENCED)}


def correct_language(
    dim: DimensionResult,
    counts: pl.DataFrame,
    *,
    settings: Any,
    describe: Mapping[str, Any],
    outputs: frozenset[str],
    params: StatsParams,
    method: str = DEFAULT_METHOD,
) -> tuple[DimensionResult, dict[str, Any]]:
    """``dim`` (the raw language dimension) re-judged on corrected shares, and the details."""
    if dim.weight != "documents":
        raise InputError(
            "LID correction works on document shares: audit with --weight documents first"
        )
    profile = load_profile(settings.profile)
    profile.check_fits(describe.get("model_sha256"), settings.to_dict())
    used, fix, stratified = correct_counts(counts, profile, outputs, method)
    redistributed = {split_unknown_key(k)[0] for k in used if k.startswith("?")}
    info = details(fix, profile, dim)
    info["stratified"] = stratified
    return _rejudged(dim, fix, params, redistributed), info


def _histogram(counts: pl.DataFrame, dimension: str) -> dict[str, float]:
    rows = counts.filter(pl.col("dimension") == dimension)
    out: dict[str, float] = {}
    for key, n in zip(rows["key"].to_list(), rows["documents"].to_list(), strict=True):
        out[key] = out.get(key, 0.0) + float(n)
    return out


def correct_counts(
    counts: pl.DataFrame,
    profile: LidProfile,
    outputs: frozenset[str],
    method: str = DEFAULT_METHOD,
    *,
    replicates: int = REPLICATES,
) -> tuple[dict[str, float], Correction, bool]:
    """Per length bucket when both the counts and the profile have them, else pooled.

    Returns the pooled label counts that entered, the correction, and whether it was stratified.
    """
    options: dict[str, Any] = {
        "method": method,
        "outputs": outputs,
        "min_texts": DEFAULT_MIN_TEXTS,
        "replicates": replicates,
        "seed": 0,
    }
    by_length: dict[str, dict[str, float]] = {}
    for key, n in _histogram(counts, LID_LENGTH_DIMENSION).items():
        bucket, sep, language = key.partition("|")
        if sep:
            by_length.setdefault(bucket, {})[language] = n
    pooled = observed_rows(_histogram(counts, "language"), profile.labels)
    if not (profile.strata and by_length):
        return pooled, correct_shares(profile.confusion, pooled, **options), False
    parts = {}
    for bucket, observed in sorted(by_length.items()):
        confusion = _stratum(profile.strata.get(bucket, {}), profile.confusion, outputs)
        part = observed_rows(observed, profile.labels)
        if sum(part.values()) > 0:
            parts[bucket] = correct_shares(confusion, part, **options)
    return pooled, combine(parts), True


def _stratum(
    rows: Mapping[str, Mapping[str, int]],
    pooled: Mapping[str, Mapping[str, int]],
    outputs: frozenset[str],
) -> dict[str, Mapping[str, int]]:
    """A length bucket's confusion. A language the model can output with too few texts in the
    bucket borrows its pooled row (all lengths) rather than going uncorrected; the languages it
    cannot output (pooled into one class anyway) keep the bucket's own rows."""
    out: dict[str, Mapping[str, int]] = dict(rows)
    for key, row in pooled.items():
        if key in outputs and sum(rows.get(key, {}).values()) < DEFAULT_MIN_TEXTS:
            out[key] = row
    return out


def check_profile(settings: Any) -> LidProfile:
    """The profile ``settings`` asks for, refused (ProfileError, exit 2) unless it fits the
    model and LID settings in use."""
    from datacensus.lid import cached_identifier

    profile = load_profile(settings.profile)
    describe = cached_identifier(settings).describe()
    profile.check_fits(describe.get("model_sha256"), settings.to_dict())  # type: ignore[arg-type]
    return profile


def _rejudged(
    dim: DimensionResult, fix: Correction, params: StatsParams, redistributed: set[str]
) -> DimensionResult:
    z = float(dim.metrics.get("z") or 1.96)
    known = fix.documents * (1.0 - (fix.undetectable_share or 0.0))
    out = []
    seen = set()
    for row in dim.slices.iter_rows(named=True):
        key = row["key"]
        seen.add(key)
        if key not in fix.shares:
            out.append({**row, "share": 0.0 if row["share"] is not None else None})
            continue
        out.append(_row(row, key, fix, z, known, params))
    for key in sorted(set(fix.shares) - seen):
        if fix.shares[key] > 0:
            base = dict.fromkeys(COVERAGE_SCHEMA.names())
            base.update(key=key, label=key, status=str(Status.UNREFERENCED))
            out.append(_row(base, key, fix, z, known, params))
    slices = pl.DataFrame(out, schema=COVERAGE_SCHEMA, orient="row").sort(
        ["count", "key"], descending=[True, False]
    )
    reference = {
        r["key"]: r["reference_share"]
        for r in out
        if r["reference_share"] is not None and r["status"] != str(Status.UNDETECTABLE)
    }
    metrics = dict(dim.metrics)
    metrics["tvd"] = total_variation(fix.shares, reference) if reference else None
    metrics["jsd"] = jensen_shannon(fix.shares, reference) if reference else None
    left = {k: v for k, v in dim.unknown.items() if k not in redistributed}
    note = (
        f"shares corrected for language-ID error ({fix.method.upper()}, "
        f"{fix.replicates} bootstrap replicates over the profile and the counts); raw shares "
        "are in the Language identification section"
    )
    return dataclasses.replace(
        dim,
        slices=slices,
        total=known,
        unknown=left,
        metrics=metrics,
        notes=(*dim.notes, note),
    )


def _row(
    row: dict[str, Any],
    key: str,
    fix: Correction,
    z: float,
    known: float,
    params: StatsParams,
) -> dict[str, Any]:
    share = fix.shares[key]
    low, high = fix.interval(key, z)
    r = row.get("reference_share")
    status = row.get("status")
    if status not in _KEPT and r:
        family = 2.0 * (1.0 - NormalDist().cdf(z))
        z_material = NormalDist().inv_cdf(1.0 - params.material_alpha(family) / 2.0)
        status = str(
            slice_status(
                low,
                high,
                r,
                params.tau,
                zero=share <= 0.0,
                expected=known * r,
                min_expected_missing=params.min_expected_missing,
                material=fix.interval(key, z_material),
            )
        )
    return {
        **row,
        "count": share * known,
        "share": share,
        "ci_low": low,
        "ci_high": high,
        "expected": known * r if r else row.get("expected"),
        "ratio": share / r if r else None,
        "ratio_low": low / r if r else None,
        "ratio_high": high / r if r else None,
        "status": status,
    }


def details(fix: Correction, profile: LidProfile, dim: DimensionResult) -> dict[str, Any]:
    """What result.json keeps: method, profile, raw and corrected share per language."""
    z = float(dim.metrics.get("z") or 1.96)
    rows = []
    for key in sorted(set(fix.raw) | set(fix.shares)):
        raw, new = fix.raw.get(key, 0.0), fix.shares.get(key, 0.0)
        low, high = fix.interval(key, z) if key in fix.shares else (None, None)
        rows.append(
            {
                "key": key,
                "raw_share": raw,
                "share": new,
                "ci_low": low,
                "ci_high": high,
                "moved": new - raw,
                "correctable": key in fix.shares and key not in fix.uncorrectable,
                "profile_texts": profile.languages.get(key, {}).get("texts", 0),
            }
        )
    rows.sort(key=lambda r: (-abs(r["moved"]), r["key"]))
    return {
        "method": fix.method,
        "method_name": METHOD_NAMES[fix.method],
        "profile": profile.path,
        "profile_model": profile.model,
        "profile_texts": sum(v["texts"] for v in profile.languages.values()),
        "profile_languages": len(profile.languages),
        "provenance": profile.provenance,
        "replicates": fix.replicates,
        "min_texts": DEFAULT_MIN_TEXTS,
        "documents": fix.documents,
        "undetectable_share": None
        if fix.undetectable_share is None
        else (0.0 if fix.undetectable_share < 1e-6 else fix.undetectable_share),
        "undetectable_class": UNDETECTABLE,
        "uncorrectable": fix.uncorrectable,
        "raw_tvd": dim.metrics.get("tvd"),
        "languages": rows,
    }
