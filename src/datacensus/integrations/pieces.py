"""Counts made in pieces (files, tasks, batches) -> one merged AuditResult."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from datacensus.compare.results import ReferenceSpec, build_result
from datacensus.compare.statistics import StatsParams
from datacensus.errors import InputError
from datacensus.execution.counts_file import CountsFile, merge_files, read_counts
from datacensus.models import AuditResult
from datacensus.spec import split_weights


def result_from_counts(
    pieces: Sequence[str | Path | CountsFile],
    *,
    references: Mapping[str, ReferenceSpec] | None = None,
    weight: str | Sequence[str] = "documents",
    stats: StatsParams | None = None,
    policy: Any = None,
) -> AuditResult:
    """Merge counts files (or stored results) made with one spec and model, then compare."""
    main_weight, other_weights = split_weights(weight)
    if policy is not None:  # validate before reading any counts
        from datacensus.policy.parse import load_policy

        policy = load_policy(policy)
    files = [p if isinstance(p, CountsFile) else read_counts(p) for p in _expanded(pieces)]
    merged = merge_files(files)
    spec = merged.audit_spec()
    input_info: dict[str, Any] = {
        "paths": [s.get("name") for f in files for s in f.provenance.get("shards", [])],
        "shards": sum(len(f.provenance.get("shards", [])) for f in files),
        "object": "counts",
        "pieces": [f.path for f in files],
    }
    result = build_result(
        merged.counts,
        spec,
        references=references,
        weight=main_weight,
        stats=stats,
        input_info=input_info,
        also_weights=other_weights,
    )
    if spec.origin:
        from datacensus.compare.origin import annotate, origin_summary

        result = annotate(result, origin_summary(merged.counts, spec.dimensions(), main_weight))
    if policy is not None:
        from datacensus.policy.evaluate import check

        result = check(result, policy, raise_on_failure=False)
    return result


def _expanded(pieces: Sequence[str | Path | CountsFile]) -> list[str | Path | CountsFile]:
    """Globs (``counts/*.parquet``, quoted or from a shell that left them) become their files."""
    import glob

    out: list[str | Path | CountsFile] = []
    for piece in pieces:
        if isinstance(piece, CountsFile) or not any(ch in str(piece) for ch in "*?["):
            out.append(piece)
            continue
        found = sorted(glob.glob(str(piece)))
        if not found:
            raise InputError(f"{piece}: the glob matches no counts files")
        out.extend(found)
    return out
