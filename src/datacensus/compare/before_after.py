"""Before/after: what did a filter or a sampling step do to representation?

Two audit results are compared slice by slice: the change in share, with a Newcombe hybrid score
interval for the difference of two proportions (Wilson intervals of each side, Bonferroni-
corrected across the slices of a dimension), and a status per slice:

- ``disappeared`` had rows before, none after; ``appeared`` the reverse;
- ``dropped`` / ``gained``: the interval of the change excludes 0 and the share moved by at least
  ``min_relative_change`` of its before value;
- ``unchanged``: no evidence of a change of that size.

The two results are treated as independent samples. When "after" is a subset of "before" (a
filter) the true sampling variance of the difference is smaller, so the intervals are
conservative: a reported drop is real, some real drops may go unreported.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from typing import Any

import polars as pl

from datacensus.compare.statistics import newcombe_interval, z_value
from datacensus.errors import InputError
from datacensus.models import AuditResult, DimensionResult, HasVerdict, json_safe

#: One row per slice of a dimension in the before/after comparison.
CHANGE_SCHEMA = pl.Schema(
    {
        "key": pl.String,
        "label": pl.String,
        "before_count": pl.Float64,
        "after_count": pl.Float64,
        "before_share": pl.Float64,
        "after_share": pl.Float64,
        "change": pl.Float64,  # after_share - before_share
        "change_low": pl.Float64,
        "change_high": pl.Float64,
        "relative_change": pl.Float64,  # change / before_share
        "reference_share": pl.Float64,
        "status": pl.String,
    }
)
CHANGE_STATUSES = ("disappeared", "dropped", "unchanged", "gained", "appeared")


@dataclass(frozen=True)
class DimensionChange:
    """How one dimension's slices moved between the two results."""

    name: str
    weight: str
    before_total: float
    after_total: float
    before_n: float  # effective documents behind the before shares
    after_n: float
    slices: pl.DataFrame  # CHANGE_SCHEMA, worst drops first
    metrics: dict[str, float | None] = field(default_factory=dict)

    def status_counts(self) -> dict[str, int]:
        counts = dict(self.slices["status"].value_counts().iter_rows())
        return {s: int(counts.get(s, 0)) for s in CHANGE_STATUSES}

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "weight": self.weight,
            "before_total": self.before_total,
            "after_total": self.after_total,
            "before_n": self.before_n,
            "after_n": self.after_n,
            "status_counts": self.status_counts(),
            "metrics": json_safe(self.metrics),
            "slices": json_safe(self.slices.to_dicts()),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DimensionChange:
        return cls(
            name=data["name"],
            weight=data["weight"],
            before_total=float(data["before_total"]),
            after_total=float(data["after_total"]),
            before_n=float(data["before_n"]),
            after_n=float(data["after_n"]),
            slices=pl.DataFrame(data.get("slices", []), schema=CHANGE_SCHEMA),
            metrics=dict(data.get("metrics", {})),
        )


@dataclass(frozen=True)
class BeforeAfter(HasVerdict):
    """The comparison of two audit results; plain data, rendered by `write()`."""

    before: dict[str, Any]  # input summary of each side
    after: dict[str, Any]
    parameters: dict[str, Any]
    dimensions: dict[str, DimensionChange]
    notes: tuple[str, ...] = ()
    verdict: dict[str, Any] = field(default_factory=lambda: {"passed": None, "findings": []})

    def changes(self, dimension: str) -> pl.DataFrame:
        """The per-slice change table of one dimension (CHANGE_SCHEMA)."""
        if dimension not in self.dimensions:
            have = ", ".join(self.dimensions) or "none"
            raise InputError(f"no dimension {dimension!r} in this comparison (it has: {have})")
        return self.dimensions[dimension].slices

    def gate(self, max_drop: float) -> BeforeAfter:
        """Record a verdict: fail when a slice lost more than ``max_drop`` of its share, beyond
        chance (the interval of the change lies below 0)."""
        if not 0.0 <= max_drop <= 1.0:
            raise InputError(f"max_drop {max_drop!r}: expected a fraction of the share in 0..1")
        findings = []
        for dim in self.dimensions.values():
            for row in dim.slices.to_dicts():
                rel = row["relative_change"]
                if rel is None or row["change_high"] is None:
                    continue
                if rel < -max_drop and row["change_high"] < 0:
                    findings.append(_drop_finding(dim, row, max_drop))
        return replace(self, verdict={"passed": not findings, "findings": findings})

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "datacensus-comparison",
            "before": self.before,
            "after": self.after,
            "parameters": self.parameters,
            "notes": list(self.notes),
            "verdict": self.verdict,
            "dimensions": {name: d.to_dict() for name, d in self.dimensions.items()},
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, allow_nan=False)

    @classmethod
    def from_json(cls, text: str) -> BeforeAfter:
        data = json.loads(text)
        return cls(
            before=data["before"],
            after=data["after"],
            parameters=data["parameters"],
            notes=tuple(data.get("notes", ())),
            verdict=data.get("verdict", {"passed": None, "findings": []}),
            dimensions={
                name: DimensionChange.from_dict(d) for name, d in data["dimensions"].items()
            },
        )

    def __repr__(self) -> str:
        parts = []
        for name, dim in self.dimensions.items():
            counts = dim.status_counts()
            lost = counts["dropped"] + counts["disappeared"]
            parts.append(f"{name}: {lost} dropped or disappeared, {counts['appeared']} appeared")
        verdict = {None: "no gate", True: "passed", False: "FAILED"}[self.passed]
        return f"<BeforeAfter [{'; '.join(parts)}] {verdict}>"


def compare_audits(
    before: AuditResult,
    after: AuditResult,
    *,
    confidence: float = 0.95,
    min_relative_change: float = 0.1,
    correction: str = "bonferroni",
    max_drop: float | None = None,
) -> BeforeAfter:
    """Compare two audit results dimension by dimension (see the module docstring)."""
    if not 0.0 < confidence < 1.0:
        raise InputError(f"confidence {confidence!r}: expected a number in (0, 1)")
    if not min_relative_change >= 0.0:
        raise InputError(f"min_relative_change {min_relative_change!r}: expected >= 0")
    if correction not in ("bonferroni", "none"):
        raise InputError(f"correction {correction!r}: expected 'bonferroni' or 'none'")
    common = [d for d in before.dimensions if d in after.dimensions]
    notes = [
        f"dimension {d!r} is only in the {side} result and is not compared"
        for side, mine, other in (("before", before, after), ("after", after, before))
        for d in mine.dimensions
        if d not in other.dimensions
    ]
    if not common:
        raise InputError(
            f"the two results share no dimension (before: {', '.join(before.dimensions)}; "
            f"after: {', '.join(after.dimensions)})"
        )
    dimensions = {}
    for name in common:
        b, a = before.dimensions[name], after.dimensions[name]
        if b.weight != a.weight:
            raise InputError(
                f"dimension {name!r} is weighted by {b.weight} before but {a.weight} after; "
                "audit both with the same --weight"
            )
        dimensions[name] = _compare_dimension(b, a, confidence, min_relative_change, correction)
        ref_b, ref_a = (d.reference.name if d.reference else None for d in (b, a))
        if ref_b != ref_a:
            notes.append(
                f"{name}: the results use different references ({ref_b} before, {ref_a} after); "
                "reference shares shown are the before ones"
            )
    rows_before = before.input.get("rows_read")
    rows_after = after.input.get("rows_read")
    for side, result in (("before", before), ("after", after)):
        fraction = result.parameters.get("statistics", {}).get("sample_fraction")
        if fraction is not None and fraction < 1:
            notes.append(f"the {side} result was audited on a {fraction:.1%} sample")
    out = BeforeAfter(
        before=_summary(before),
        after=_summary(after),
        parameters={
            "confidence": confidence,
            "min_relative_change": min_relative_change,
            "correction": correction,
            "max_drop": max_drop,
            "rows_kept": (rows_after / rows_before)
            if rows_before and rows_after is not None
            else None,
        },
        dimensions=dimensions,
        notes=tuple(notes),
    )
    return out.gate(max_drop) if max_drop is not None else out


def _compare_dimension(
    b: DimensionResult, a: DimensionResult, confidence: float, min_rel: float, correction: str
) -> DimensionChange:
    before_rows = {r["key"]: r for r in b.slices.to_dicts()}
    after_rows = {r["key"]: r for r in a.slices.to_dicts()}
    keys = sorted(
        k
        for k in set(before_rows) | set(after_rows)
        if (before_rows.get(k, {}).get("count") or 0) > 0
        or (after_rows.get(k, {}).get("count") or 0) > 0
    )
    n_b, n_a = _effective(b), _effective(a)
    z = z_value(confidence, len(keys) or 1, correction)
    rows = []
    for key in keys:
        rb, ra = before_rows.get(key, {}), after_rows.get(key, {})
        cb, ca = float(rb.get("count") or 0.0), float(ra.get("count") or 0.0)
        pb = cb / b.total if b.total > 0 else 0.0
        pa = ca / a.total if a.total > 0 else 0.0
        low, high = newcombe_interval(pb, n_b, pa, n_a, z)
        rel = (pa - pb) / pb if pb > 0 else None
        if cb > 0 and ca == 0:
            status = "disappeared"
        elif cb == 0:
            status = "appeared"
        elif high < 0 and rel is not None and rel <= -min_rel:
            status = "dropped"
        elif low > 0 and rel is not None and rel >= min_rel:
            status = "gained"
        else:
            status = "unchanged"
        rows.append(
            {
                "key": key,
                "label": rb.get("label") or ra.get("label") or key,
                "before_count": cb,
                "after_count": ca,
                "before_share": pb,
                "after_share": pa,
                "change": pa - pb,
                "change_low": low,
                "change_high": high,
                "relative_change": rel,
                "reference_share": rb.get("reference_share", ra.get("reference_share")),
                "status": status,
            }
        )
    table = pl.DataFrame(rows, schema=CHANGE_SCHEMA, orient="row") if rows else None
    if table is None:
        table = pl.DataFrame(schema=CHANGE_SCHEMA)
    table = table.sort(["change", "key"], descending=[False, False])
    return DimensionChange(
        name=b.name,
        weight=b.weight,
        before_total=b.total,
        after_total=a.total,
        before_n=n_b,
        after_n=n_a,
        slices=table,
        metrics={
            "tvd_between": 0.5 * math.fsum(abs(r["change"]) for r in rows) if rows else None,
            "tvd_to_reference_before": b.metrics.get("tvd"),
            "tvd_to_reference_after": a.metrics.get("tvd"),
            **_reference_distance_bounds(b, "before"),
            **_reference_distance_bounds(a, "after"),
            "unknown_share_before": _unknown_share(b),
            "unknown_share_after": _unknown_share(a),
            "z": z,
        },
    )


def _reference_distance_bounds(dim: DimensionResult, side: str) -> dict[str, float]:
    """The audit's interval and sampling-alone value of its distance to the reference, if any."""
    out = {}
    for part in ("low", "high", "sampling"):
        value = dim.metrics.get(f"tvd_{part}")
        if isinstance(value, int | float):
            out[f"tvd_to_reference_{side}_{part}"] = float(value)
    return out


def _effective(dim: DimensionResult) -> float:
    value = dim.metrics.get("effective_documents")
    return float(value) if value is not None else float(dim.documents)


def _unknown_share(dim: DimensionResult) -> float | None:
    everything = dim.total + dim.unknown_total
    return dim.unknown_total / everything if everything > 0 else None


def _summary(result: AuditResult) -> dict[str, Any]:
    return {
        "created_at": result.created_at,
        "paths": result.input.get("paths", []),
        "rows_read": result.input.get("rows_read"),
        "fingerprint": result.input.get("fingerprint"),
        "datacensus_version": result.datacensus_version,
    }


def _drop_finding(dim: DimensionChange, row: dict[str, Any], max_drop: float) -> dict[str, Any]:
    label = row["label"] if row["label"] != row["key"] else row["key"]
    lost = -row["relative_change"]
    return {
        "rule": "max_drop",
        "dimension": dim.name,
        "key": row["key"],
        "message": (
            f"{dim.name} {label} ({row['key']}) lost {lost:.0%} of its share "
            f"({row['before_share']:.2%} -> {row['after_share']:.2%}); "
            f"at most {max_drop:.0%} is allowed"
        ),
        "observed": lost,
        "threshold": max_drop,
    }


__all__ = [
    "CHANGE_SCHEMA",
    "BeforeAfter",
    "DimensionChange",
    "compare_audits",
    "newcombe_interval",
]
