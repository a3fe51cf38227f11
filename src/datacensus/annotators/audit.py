"""`audit_annotators`: long-format labels (item, annotator, label, attributes) -> result."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from datacensus.annotators.agreement import alpha_from_units, unit_matrix
from datacensus.annotators.composition import (
    ReferenceSpec,
    composition,
    constant_per,
    resolve_reference,
    slice_keys,
)
from datacensus.annotators.concentration import concentration
from datacensus.annotators.groups import label_shares_by_group
from datacensus.compare.statistics import StatsParams
from datacensus.errors import InputError
from datacensus.models import DimensionResult, json_safe, read_result_file

KIND = "annotators"
MIN_GROUP_ITEMS = 2  # agreement within a slice needs at least this many items with 2+ labels


@dataclass(frozen=True)
class AnnotatorResult:
    """Everything an annotator audit found, as plain data. Renderers read only this."""

    datacensus_version: str
    created_at: str
    input: dict[str, Any]
    parameters: dict[str, Any]
    pool: dict[str, Any]  # items, annotators, labels, label distribution, labels per item
    concentration: dict[str, float | None]
    agreement: dict[str, Any]  # overall / by_group / by_item: AlphaEstimate dicts
    composition: dict[str, dict[str, DimensionResult]]  # attr -> {"annotators"|"labels": ...}
    disagreement: dict[str, list[dict[str, Any]]]  # attr -> label shares per group
    extras: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return json_safe(
            {
                "kind": KIND,
                "datacensus_version": self.datacensus_version,
                "created_at": self.created_at,
                "input": self.input,
                "parameters": self.parameters,
                "pool": self.pool,
                "concentration": self.concentration,
                "agreement": self.agreement,
                "composition": {
                    attr: {unit: dim.to_dict() for unit, dim in parts.items()}
                    for attr, parts in self.composition.items()
                },
                "disagreement": self.disagreement,
                "extras": self.extras,
            }
        )

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, allow_nan=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AnnotatorResult:
        if data.get("kind") != KIND:
            raise InputError(f"not an annotator result (kind: {data.get('kind')!r})")
        return cls(
            datacensus_version=data["datacensus_version"],
            created_at=data["created_at"],
            input=data.get("input", {}),
            parameters=data.get("parameters", {}),
            pool=data["pool"],
            concentration=data.get("concentration", {}),
            agreement=data.get("agreement", {}),
            composition={
                attr: {unit: DimensionResult.from_dict(dim) for unit, dim in parts.items()}
                for attr, parts in data.get("composition", {}).items()
            },
            disagreement=data.get("disagreement", {}),
            extras=data.get("extras", {}),
        )

    @classmethod
    def from_json(cls, text: str) -> AnnotatorResult:
        return cls.from_dict(json.loads(text))

    @classmethod
    def read(cls, path: str | Path) -> AnnotatorResult:
        """Load a stored annotator ``result.json``."""
        return read_result_file(path, cls.from_json, "annotator result.json")

    def __repr__(self) -> str:
        overall = self.agreement.get("overall", {}).get("nominal", {}).get("alpha")
        alpha = "—" if overall is None else f"{overall:.3f}"
        return (
            f"<AnnotatorResult items={self.pool.get('items')} "
            f"annotators={self.pool.get('annotators')} labels={self.pool.get('labels')} "
            f"alpha={alpha}>"
        )


def read_labels(data: object, columns: Sequence[str], strict: bool) -> tuple[pl.DataFrame, dict]:
    """The needed columns of a path, paths or in-memory frame, all as strings."""
    from datacensus.inputs.sources import (
        ReadStats,
        fingerprint,
        frame_from_object,
        iter_batches,
        require_columns,
        resolve_inputs,
    )

    if isinstance(data, str | Path) or (
        isinstance(data, list | tuple) and data and all(isinstance(d, str | Path) for d in data)
    ):
        paths = [data] if isinstance(data, str | Path) else list(data)
        shards = resolve_inputs(paths)
        read = ReadStats()
        parts = [
            frame.select(pl.col(c).cast(pl.String) for c in columns)
            for shard in shards
            for frame in iter_batches(shard, columns, read, strict=strict)
            if frame.width
        ]
        frame = (
            pl.concat(parts) if parts else pl.DataFrame(schema=dict.fromkeys(columns, pl.String))
        )
        info: dict[str, Any] = {
            "paths": [s.name for s in shards],
            "fingerprint": fingerprint(shards),
            "rows_unreadable": dict(read.skipped),
            "first_errors": list(read.first_errors),
        }
        return frame, info
    frame = frame_from_object(data)
    require_columns(frame.columns, columns, "input frame")
    frame = frame.select(pl.col(c).cast(pl.String) for c in columns)
    return frame, {"paths": [], "object": type(data).__name__, "rows_unreadable": {}}


def audit_annotators(
    data: object,
    *,
    item: str,
    annotator: str,
    label: str,
    attrs: Sequence[str] = (),
    item_attrs: Sequence[str] = (),
    ordinal: bool = False,
    label_order: Sequence[str] | None = None,
    references: Mapping[str, ReferenceSpec] | None = None,
    replicates: int = 1000,
    seed: int = 0,
    stats: StatsParams | None = None,
    strict: bool = False,
) -> AnnotatorResult:
    """Audit who labelled a dataset, how concentrated the work is and how much labels agree.

    ``data`` holds one row per label given: ``item``, ``annotator``, ``label`` and annotator
    attribute columns ``attrs`` (constant per annotator; country/language ones are compared with
    world references), plus item attribute columns ``item_attrs`` (constant per item) to split
    agreement by. ``ordinal=True`` adds ordinal alpha (labels ordered by ``label_order``, else
    numerically).
    """
    from datacensus.version import __version__

    params = stats or StatsParams()
    references = dict(references or {})
    roles = {"item": item, "annotator": annotator, "label": label}
    attrs, item_attrs = list(dict.fromkeys(attrs)), list(dict.fromkeys(item_attrs))
    clash = sorted(set(roles.values()) & (set(attrs) | set(item_attrs)))
    if clash or len(set(roles.values())) < 3:
        raise InputError(
            f"item, annotator and label must be three different columns, and not also attributes "
            f"(got item={item!r}, annotator={annotator!r}, label={label!r}"
            + (f"; also given as attribute: {', '.join(clash)})" if clash else ")")
        )
    stray = sorted(set(references) - set(attrs))
    if stray:
        raise InputError(
            f"reference given for {', '.join(stray)}, which is not an annotator attribute "
            f"(attributes: {', '.join(attrs) or 'none'})"
        )
    columns = list(dict.fromkeys([item, annotator, label, *attrs, *item_attrs]))
    frame, info = read_labels(data, columns, strict)

    skipped = {f"null_{role}": int(frame[col].null_count()) for role, col in roles.items()}
    frame = frame.drop_nulls([item, annotator, label])
    duplicates = frame.group_by(item, annotator).agg(pl.len()).filter(pl.col("len") > 1)
    if duplicates.height:
        first = duplicates.sort(item, annotator).row(0)
        raise InputError(
            f"annotator {first[1]!r} labelled item {first[0]!r} {first[2]} times; expected one "
            f"label per (item, annotator) ({duplicates.height} such pairs)"
        )
    for attr in attrs:
        constant_per(frame, annotator, attr, "annotator")
    for attr in item_attrs:
        constant_per(frame, item, attr, "item")
    order = _label_order(frame.get_column(label), ordinal, label_order)
    levels = ("nominal", "ordinal") if ordinal else ("nominal",)

    def agreement(rows: pl.DataFrame) -> dict[str, Any]:
        units = _units(rows, item, label, order)
        return {
            level: alpha_from_units(
                units, level, replicates=replicates, seed=seed, confidence=params.confidence
            ).to_dict()
            for level in levels
        }

    by_group: dict[str, dict[str, Any]] = {}
    composition_out: dict[str, dict[str, DimensionResult]] = {}
    disagreement: dict[str, list[dict[str, Any]]] = {}
    for attr in attrs:
        keys = slice_keys(frame, attr)
        keyed = frame.with_columns(keys.alias("_slice"))
        by_group[attr] = _sliced(keyed, agreement, item, label, order)
        composition_out[attr] = composition(
            frame,
            annotator=annotator,
            attr=attr,
            reference=resolve_reference(attr, references),
            params=params,
        )
        disagreement[attr] = label_shares_by_group(
            keys,
            frame.get_column(label),
            frame.get_column(annotator),
            frame.get_column(item),
            confidence=params.confidence,
        )
    by_item = {
        attr: _sliced(
            frame.with_columns(slice_keys(frame, attr).alias("_slice")),
            agreement,
            item,
            label,
            order,
        )
        for attr in item_attrs
    }
    per_annotator = frame.group_by(annotator).agg(pl.len()).get_column("len").to_list()
    info["rows"] = frame.height + sum(skipped.values())
    info["rows_skipped"] = {k: v for k, v in skipped.items() if v}
    return AnnotatorResult(
        datacensus_version=__version__,
        created_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        input=info,
        parameters={
            "columns": {**roles, "attrs": attrs, "item_attrs": item_attrs},
            "ordinal": ordinal,
            "label_order": order,
            "bootstrap": {"replicates": replicates, "seed": seed, "unit": "item"},
            "statistics": params.to_dict(),
        },
        pool=_pool(frame, item, annotator, label),
        concentration=concentration(per_annotator),
        agreement={"overall": agreement(frame), "by_group": by_group, "by_item": by_item},
        composition=composition_out,
        disagreement=disagreement,
    )


def _label_order(labels: pl.Series, ordinal: bool, given: Sequence[str] | None) -> list[str]:
    """The label domain: ``given`` (checked), numeric order, or sorted text (nominal only)."""
    present = sorted(labels.unique().to_list())
    if given is not None:
        order = [str(v) for v in given]
        outside = [v for v in present if v not in order]
        if outside:
            raise InputError(
                f"label {outside[0]!r} is not in the label order ({', '.join(order)}); "
                f"{len(outside)} label value(s) missing from it"
            )
        return order
    try:
        return sorted(present, key=float)
    except ValueError:
        if ordinal:
            bad = next(v for v in present if not _is_number(v))
            raise InputError(
                f"ordinal agreement needs numeric labels or a label order; label {bad!r} is "
                "not a number (give --label-order, e.g. 'low,mid,high')"
            ) from None
        return present


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _units(rows: pl.DataFrame, item: str, label: str, order: list[str]) -> np.ndarray:
    position = {v: i for i, v in enumerate(order)}
    item_codes = rows.get_column(item).rank("dense").cast(pl.Int64).to_numpy() - 1
    values = np.fromiter(
        (position[v] for v in rows.get_column(label).to_list()), np.int64, count=rows.height
    )
    return unit_matrix(item_codes, values, len(order))


def _sliced(
    keyed: pl.DataFrame, agreement: Any, item: str, label: str, order: list[str]
) -> dict[str, Any]:
    """Agreement within each known slice that has enough items with 2+ labels."""
    out: dict[str, Any] = {}
    for (key,), rows in sorted(keyed.partition_by("_slice", as_dict=True).items()):
        if str(key).startswith("?"):
            continue
        if _units(rows, item, label, order).shape[0] >= MIN_GROUP_ITEMS:
            out[str(key)] = agreement(rows)
        else:
            out[str(key)] = {"too_few_items": True}
    return out


def _pool(frame: pl.DataFrame, item: str, annotator: str, label: str) -> dict[str, Any]:
    per_item = frame.group_by(item).agg(pl.len()).get_column("len")
    histogram = per_item.value_counts(name="items").sort("len")
    labels = (
        frame.get_column(label).value_counts(name="n").sort(["n", label], descending=[True, False])
    )
    total = frame.height
    return {
        "items": int(frame.get_column(item).n_unique()),
        "annotators": int(frame.get_column(annotator).n_unique()),
        "labels": total,
        "labels_per_item": {
            "mean": float(per_item.mean()) if per_item.len() else None,  # type: ignore[arg-type]
            "median": float(per_item.median()) if per_item.len() else None,  # type: ignore[arg-type]
            "min": int(per_item.min()) if per_item.len() else None,  # type: ignore[arg-type]
            "max": int(per_item.max()) if per_item.len() else None,  # type: ignore[arg-type]
            "histogram": {str(k): int(v) for k, v in histogram.iter_rows()},
            "single_label_items": int((per_item == 1).sum()),
        },
        "label_distribution": {
            str(k): {"count": int(n), "share": n / total} for k, n in labels.iter_rows()
        },
    }
