"""Orchestration: inputs -> keys -> counts -> merge -> compare -> AuditResult (no statistics)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl

from . import __version__
from .analysers import Analyser, LanguageFromColumn, LanguageFromText
from .counting import CROSS_SEPARATOR, count_keys, cross_keys, merge_counts
from .errors import InputError
from .lid import LidSettings
from .models import AuditResult, DimensionResult, Reference
from .references import default_reference, load_reference
from .schema import (
    COUNTS_SCHEMA,
    LID_CONFIDENCE_DIMENSION,
    ROWS_DIMENSION,
    unknown_key,
)
from .sources import ReadStats, fingerprint, frame_from_object, iter_frames, require_columns
from .sources import resolve_inputs as resolve_shards
from .statistics import StatsParams, compare_counts

ReferenceSpec = str | Path | Reference


@dataclass(frozen=True)
class AuditSpec:
    """What to measure: which columns feed which analysers, and how."""

    text: str | None = "text"
    language: str | None = None  # column of existing language labels (skips LID)
    categories: tuple[str, ...] = ()
    cross: tuple[tuple[str, str], ...] = ()
    tokens: str | None = None  # column holding a token count per row
    lid: LidSettings = field(default_factory=LidSettings)

    def analysers(self) -> list[Analyser]:
        found: list[Analyser] = []
        if self.language:
            found.append(LanguageFromColumn(self.language))
        elif self.text:
            found.append(LanguageFromText(self.text, self.lid))
        return found

    def columns(self) -> list[str]:
        needed: list[str] = []
        for analyser in self.analysers():
            needed.extend(analyser.columns)
        for extra in (self.text, self.tokens):
            if extra:
                needed.append(extra)
        return list(dict.fromkeys(needed))

    def dimensions(self) -> list[str]:
        dims = [d for a in self.analysers() for d in a.dimensions]
        return dims + [f"{a}{CROSS_SEPARATOR}{b}" for a, b in self.cross]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "language": self.language,
            "categories": list(self.categories),
            "cross": [list(pair) for pair in self.cross],
            "tokens": self.tokens,
            "lid": self.lid.to_dict() if self.text and not self.language else None,
        }


def count(data: object, spec: AuditSpec) -> pl.DataFrame:
    """Count one in-memory batch into a mergeable COUNTS_SCHEMA table."""
    frame = frame_from_object(data)
    require_columns(frame.columns, spec.columns(), "input frame")
    if frame.height == 0:
        return pl.DataFrame(schema=COUNTS_SCHEMA)
    parts = [analyser.keys(frame) for analyser in spec.analysers()]
    keys = pl.concat(parts, how="horizontal") if parts else pl.DataFrame()
    for first, second in spec.cross:
        for name in (first, second):
            if name not in keys.columns:
                raise InputError(
                    f"cannot cross {first!r} with {second!r}: no {name!r} dimension in this "
                    f"audit (dimensions: {', '.join(c for c in keys.columns if c[0] != '_')})"
                )
        keys = keys.with_columns(cross_keys(keys, first, second))
    keys = keys.with_columns(pl.lit("read").alias(ROWS_DIMENSION))
    chars, tokens = _weights(frame, spec)
    return count_keys(keys, chars, tokens)


def _weights(frame: pl.DataFrame, spec: AuditSpec) -> tuple[pl.Series, pl.Series]:
    if spec.text and spec.text in frame.columns:
        text = frame.get_column(spec.text).cast(pl.String).fill_null("")
        chars = text.str.len_chars()
        whitespace_tokens = text.str.count_matches(r"\S+")
    else:
        chars = whitespace_tokens = pl.Series([0] * frame.height)
    if spec.tokens:
        column = frame.get_column(spec.tokens)
        try:
            tokens = column.cast(pl.Int64, strict=True)
        except pl.exceptions.InvalidOperationError:
            raise InputError(
                f"token column {spec.tokens!r}: expected whole numbers, found {column.dtype}"
            ) from None
        if (tokens < 0).any():
            raise InputError(f"token column {spec.tokens!r}: expected counts >= 0")
        return chars, tokens.fill_null(0)
    return chars, whitespace_tokens


def skipped_counts(stats: ReadStats) -> pl.DataFrame:
    """Rows that could not be read, as counts under the bookkeeping dimension."""
    if not stats.skipped:
        return pl.DataFrame(schema=COUNTS_SCHEMA)
    rows = [
        {"dimension": ROWS_DIMENSION, "key": unknown_key(reason), "documents": n}
        for reason, n in sorted(stats.skipped.items())
    ]
    return (
        pl.DataFrame(rows)
        .with_columns(pl.lit(0).alias(c) for c in ("chars", "tokens", "chars_sq", "tokens_sq"))
        .select(COUNTS_SCHEMA.names())
        .cast(COUNTS_SCHEMA)
    )


def resolve_references(
    dimensions: Sequence[str], given: Mapping[str, ReferenceSpec] | None
) -> dict[str, Reference | None]:
    """A reference per dimension: the user's where given, else the shipped default (or none)."""
    given = dict(given or {})
    unknown = sorted(set(given) - set(dimensions))
    if unknown:
        raise InputError(
            f"reference given for {', '.join(unknown)}, which this audit does not measure "
            f"(dimensions: {', '.join(dimensions)})"
        )
    out: dict[str, Reference | None] = {}
    for dim in dimensions:
        spec = given.get(dim)
        out[dim] = (
            load_reference(spec, dimension=dim) if spec is not None else default_reference(dim)
        )
    return out


def compare(
    counts: pl.DataFrame,
    references: Mapping[str, Reference | None],
    *,
    weight: str = "documents",
    params: StatsParams | None = None,
    undetectable: Mapping[str, frozenset[str]] | None = None,
) -> dict[str, DimensionResult]:
    """Compare merged counts with references, one DimensionResult per dimension."""
    params = params or StatsParams()
    results: dict[str, DimensionResult] = {}
    for dim, reference in references.items():
        dim_counts = counts.filter(pl.col("dimension") == dim)
        comparison = compare_counts(
            dim_counts,
            reference.table if reference is not None else None,
            weight=weight,
            params=params,
            undetectable=(undetectable or {}).get(dim, frozenset()),
            label=labeller(dim),
        )
        results[dim] = DimensionResult(
            name=dim,
            weight=weight,
            reference=reference.provenance if reference is not None else None,
            total=comparison.total,
            documents=comparison.documents,
            unknown=comparison.unknown,
            slices=comparison.slices,
            metrics=comparison.metrics,
            notes=comparison.notes,
            unmapped=comparison.unmapped,
            axes=tuple(dim.split(CROSS_SEPARATOR)) if CROSS_SEPARATOR in dim else (),
        )
    return results


def labeller(dimension: str) -> Callable[[str], str]:
    """Human label for the keys of a dimension."""
    if CROSS_SEPARATOR in dimension:
        first, second = (labeller(d) for d in dimension.split(CROSS_SEPARATOR, 1))

        def cross_label(key: str) -> str:
            a, _, b = key.partition(CROSS_SEPARATOR)
            return f"{first(a)} × {second(b)}"

        return cross_label
    if dimension == "language":
        from .languages import language_name

        return language_name
    return str


def audit(
    data: object,
    *,
    text: str | None = "text",
    language: str | None = None,
    categories: Sequence[str] = (),
    cross: Sequence[tuple[str, str]] = (),
    tokens: str | None = None,
    references: Mapping[str, ReferenceSpec] | None = None,
    weight: str = "documents",
    lid: LidSettings | None = None,
    stats: StatsParams | None = None,
    strict: bool = False,
) -> AuditResult:
    """Audit a dataset (path, paths, glob, directory or in-memory frame) and return the result."""
    spec = AuditSpec(
        text=text,
        language=language,
        categories=tuple(categories),
        cross=tuple(tuple(pair) for pair in cross),  # type: ignore[misc]
        tokens=tokens,
        lid=lid or LidSettings(),
    )
    if weight not in ("documents", "chars", "tokens"):
        raise InputError(f"weight {weight!r}: expected 'documents', 'chars' or 'tokens'")
    read = ReadStats()
    if isinstance(data, str | Path) or (
        isinstance(data, list | tuple) and all(isinstance(d, str | Path) for d in data)
    ):
        paths = [data] if isinstance(data, str | Path) else list(data)
        shards = resolve_shards(paths)
        partials = [
            count(frame, spec)
            for _, frame in iter_frames(shards, spec.columns(), read, strict=strict)
        ]
        input_info: dict[str, Any] = {
            "paths": [s.name for s in shards],
            "shards": len(shards),
            "fingerprint": fingerprint(shards),
        }
    else:
        frame = frame_from_object(data)
        read.rows_read = frame.height
        partials = [count(frame, spec)]
        input_info = {"paths": [], "shards": 0, "object": type(data).__name__}
    counts = merge_counts(*partials, skipped_counts(read))
    return build_result(
        counts,
        spec,
        references=references,
        weight=weight,
        stats=stats,
        input_info=input_info,
        read=read,
    )


def build_result(
    counts: pl.DataFrame,
    spec: AuditSpec,
    *,
    references: Mapping[str, ReferenceSpec] | None,
    weight: str,
    stats: StatsParams | None,
    input_info: dict[str, Any],
    read: ReadStats | None = None,
) -> AuditResult:
    """Compare merged counts and package everything into an AuditResult."""
    params = stats or StatsParams()
    dims = spec.dimensions()
    refs = resolve_references(dims, references)
    undetectable: dict[str, frozenset[str]] = {}
    lid_info: dict[str, Any] | None = None
    if any(isinstance(a, LanguageFromText) for a in spec.analysers()):
        from .lid import load_identifier

        identifier = load_identifier(spec.lid)
        lid_info = dict(identifier.describe())
        lid_info["confidence_histogram"] = _histogram(counts, LID_CONFIDENCE_DIMENSION)
        reference = refs.get("language")
        if reference is not None:
            outputs = identifier.output_keys()
            undetectable["language"] = frozenset(
                k for k in reference.table["key"].to_list() if k not in outputs
            )
    rows = _histogram(counts, ROWS_DIMENSION)
    input_info = dict(input_info)
    input_info["rows_read"] = int(rows.get("read", 0))
    input_info["rows_skipped"] = {k[1:]: int(v) for k, v in rows.items() if k != "read"}
    if read is not None and read.first_errors:
        input_info["first_errors"] = read.first_errors
    return AuditResult(
        datacensus_version=__version__,
        created_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        input=input_info,
        parameters={"spec": spec.to_dict(), "weight": weight, "statistics": params.to_dict()},
        dimensions=compare(counts, refs, weight=weight, params=params, undetectable=undetectable),
        counts=counts,
        lid=lid_info,
    )


def _histogram(counts: pl.DataFrame, dimension: str) -> dict[str, int]:
    rows = counts.filter(pl.col("dimension") == dimension).sort("key")
    return dict(zip(rows["key"].to_list(), rows["documents"].to_list(), strict=True))
