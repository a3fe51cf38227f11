"""Plain, frozen result objects. They hold data only: no rendering, no I/O beyond JSON text."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, TypeVar

import polars as pl

from datacensus.schema import COUNTS_SCHEMA, COVERAGE_SCHEMA, REFERENCE_SCHEMA

RESULT_FORMAT = 1

R = TypeVar("R")


@dataclass(frozen=True)
class Provenance:
    """Where a reference distribution's numbers come from."""

    name: str
    dimension: str
    title: str = ""
    version: str = ""
    source: str = ""
    licence: str = ""
    method: str = ""
    derived: str = ""
    caveats: tuple[str, ...] = ()
    url: str = ""
    year: str = ""  # the year (or range) the figures describe
    sha256: str = ""
    user_supplied: bool = False
    notes: tuple[str, ...] = ()
    composition: dict[str, Any] | None = None  # blend / region / floor (datacensus.compare.compose)

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["caveats"] = list(self.caveats)
        out["notes"] = list(self.notes)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Provenance:
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["caveats"] = tuple(kwargs.get("caveats", ()))
        kwargs["notes"] = tuple(kwargs.get("notes", ()))
        return cls(**kwargs)


@dataclass(frozen=True)
class Reference:
    """A reference distribution: shares per key (summing to 1) plus provenance."""

    provenance: Provenance
    table: pl.DataFrame  # REFERENCE_SCHEMA

    @property
    def name(self) -> str:
        return self.provenance.name

    @property
    def dimension(self) -> str:
        return self.provenance.dimension

    def shares(self) -> dict[str, float]:
        return dict(zip(self.table["key"].to_list(), self.table["share"].to_list(), strict=True))

    def with_notes(self, *notes: str) -> Reference:
        prov = replace(self.provenance, notes=self.provenance.notes + notes)
        return replace(self, provenance=prov)

    @classmethod
    def from_mapping(
        cls,
        mapping: dict[str, float],
        *,
        name: str,
        dimension: str,
        **provenance: Any,
    ) -> Reference:
        """A reference from ``{key: share or count}``; values are validated and normalised."""
        from datacensus.codes.reference_table import validate_reference_table
        from datacensus.errors import InvalidReferenceError

        values: list[float] = []
        for row, (key, value) in enumerate(mapping.items(), start=1):
            try:
                values.append(float(value))
            except (TypeError, ValueError):
                raise InvalidReferenceError(
                    f"{name}: entry {row} ({key!r}): expected a number, found {value!r}"
                ) from None
        frame = pl.DataFrame({"key": list(mapping), "share": values}, schema=REFERENCE_SCHEMA)
        prov = Provenance(name=name, dimension=dimension, user_supplied=True, **provenance)
        table, notes = validate_reference_table(frame, dimension=dimension, origin=name)
        return cls(provenance=replace(prov, notes=prov.notes + tuple(notes)), table=table)


@dataclass(frozen=True)
class DimensionResult:
    """Coverage of one dimension (or one intersection) against its reference."""

    name: str
    weight: str
    reference: Provenance | None
    total: float  # known weight: the share denominator
    documents: int  # documents with a known key
    unknown: dict[str, float]  # weight per reason, kept out of the denominator
    slices: pl.DataFrame  # COVERAGE_SCHEMA
    metrics: dict[str, float | None] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    unmapped: dict[str, float] = field(default_factory=dict)  # top raw values that did not map
    axes: tuple[str, ...] = ()  # for intersections: the two dimensions crossed

    @property
    def unknown_total(self) -> float:
        return float(sum(self.unknown.values()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "weight": self.weight,
            "axes": list(self.axes),
            "reference": self.reference.to_dict() if self.reference else None,
            "total": self.total,
            "documents": self.documents,
            "unknown": {"total": self.unknown_total, "by_reason": dict(self.unknown)},
            "unmapped": dict(self.unmapped),
            "slices": json_safe(self.slices.to_dicts()),
            "metrics": json_safe(self.metrics),
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DimensionResult:
        ref = data.get("reference")
        return cls(
            name=data["name"],
            weight=data.get("weight", "documents"),
            axes=tuple(data.get("axes", ())),
            reference=Provenance.from_dict(ref) if ref else None,
            total=float(data["total"]),
            documents=int(data.get("documents", 0)),
            unknown=dict(data.get("unknown", {}).get("by_reason", {})),
            unmapped=dict(data.get("unmapped", {})),
            slices=pl.DataFrame(data.get("slices", []), schema=COVERAGE_SCHEMA),
            metrics=dict(data.get("metrics", {})),
            notes=tuple(data.get("notes", ())),
        )


class HasVerdict:
    """``passed`` and ``findings`` read from a ``verdict`` dict set by a policy or a gate."""

    verdict: dict[str, Any]

    @property
    def passed(self) -> bool | None:
        """True/False once a policy or gate was applied; None when none was given."""
        passed = self.verdict.get("passed")
        return None if passed is None else bool(passed)

    @property
    def findings(self) -> list[dict[str, Any]]:
        return list(self.verdict.get("findings", []))


@dataclass(frozen=True)
class AuditResult(HasVerdict):
    """Everything an audit found: plain data plus provenance. Renderers read only this."""

    datacensus_version: str
    created_at: str
    input: dict[str, Any]
    parameters: dict[str, Any]
    dimensions: dict[str, DimensionResult]
    counts: pl.DataFrame  # merged COUNTS_SCHEMA table the comparison was computed from
    lid: dict[str, Any] | None = None
    verdict: dict[str, Any] = field(default_factory=lambda: {"passed": None, "findings": []})
    extras: dict[str, Any] = field(default_factory=dict)

    def coverage(self, dimension: str) -> pl.DataFrame:
        """The coverage table of one dimension (COVERAGE_SCHEMA)."""
        try:
            return self.dimensions[dimension].slices
        except KeyError:
            from datacensus.errors import InputError

            have = ", ".join(self.dimensions) or "none"
            raise InputError(
                f"no dimension {dimension!r} in this result (it has: {have})"
            ) from None

    def with_verdict(self, passed: bool | None, findings: list[dict[str, Any]]) -> AuditResult:
        return replace(self, verdict={"passed": passed, "findings": findings})

    def to_dict(self) -> dict[str, Any]:
        return {
            "result_format": RESULT_FORMAT,
            "datacensus_version": self.datacensus_version,
            "created_at": self.created_at,
            "input": self.input,
            "parameters": self.parameters,
            "dimensions": {name: dim.to_dict() for name, dim in self.dimensions.items()},
            "lid": self.lid,
            "verdict": self.verdict,
            "extras": self.extras,
            "counts": self.counts.to_dicts(),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, allow_nan=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuditResult:
        """An AuditResult from a result.json dict; InputError names the first bad field."""
        from datacensus.result_check import check_audit_result

        check_audit_result(data, RESULT_FORMAT)
        return cls(
            datacensus_version=data["datacensus_version"],
            created_at=data["created_at"],
            input=data.get("input", {}),
            parameters=data.get("parameters", {}),
            dimensions={
                name: DimensionResult.from_dict(dim)
                for name, dim in data.get("dimensions", {}).items()
            },
            counts=pl.DataFrame(data.get("counts", []), schema=COUNTS_SCHEMA),
            lid=data.get("lid"),
            verdict=data.get("verdict", {"passed": None, "findings": []}),
            extras=data.get("extras", {}),
        )

    @classmethod
    def from_json(cls, text: str) -> AuditResult:
        return cls.from_dict(json.loads(text))

    @classmethod
    def read(cls, path: str | Path) -> AuditResult:
        """Load a stored ``result.json``."""
        return read_result_file(path, cls.from_json, "result.json")

    def __repr__(self) -> str:
        dims = ", ".join(
            f"{n}: {len(d.slices)} slices, {int((d.slices['status'] == 'under').sum())} under"
            for n, d in self.dimensions.items()
        )
        verdict = {None: "no policy", True: "passed", False: "FAILED"}[self.passed]
        rows = self.input.get("rows_read", "?")
        return f"<AuditResult rows={rows} [{dims}] {verdict}>"


def read_result_file(path: str | Path, parse: Callable[[str], R], what: str) -> R:
    """``parse`` the text of a stored result; InputError naming the file when that fails."""
    from datacensus.errors import InputError

    p = Path(path)
    try:
        return parse(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{p}: no such result file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: a folder; expected a result.json file") from None
    except UnicodeDecodeError:
        raise InputError(f"{p}: not a datacensus {what} (not UTF-8 text)") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, InputError) as exc:
        raise InputError(f"{p}: not a datacensus {what} ({exc})") from None


def json_safe(value: Any) -> Any:
    """Replace NaN/inf with None so results are strict JSON."""
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_safe(v) for v in value]
    return value
