"""The counts file: a mergeable counts table as Parquet, with what made it in its metadata.

One file holds a `COUNTS_SCHEMA` table plus, under the Parquet key ``datacensus``, a JSON
object with the spec it was counted with, the identity of the LID model (backend, model hash,
package version) and provenance (inputs and their fingerprints, rows read and skipped, host,
time, task). Files made with the same spec and model merge by addition, whatever engine made
them (a shell loop, a job array, a datatrove task, a Ray Data batch). A stored ``result.json``
carries its counts, spec and model too, so it reads as a counts file.
"""

from __future__ import annotations

import dataclasses
import json
import socket
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import polars as pl

from datacensus.errors import InputError
from datacensus.execution.counting import merge_counts
from datacensus.lid import LidSettings
from datacensus.schema import CLUSTER_BUCKETS, COUNTS_SCHEMA
from datacensus.spec import AuditSpec
from datacensus.version import __version__

COUNTS_FORMAT = "datacensus-counts/1"
METADATA_KEY = b"datacensus"


@dataclasses.dataclass(frozen=True)
class CountsFile:
    """A counts table with the spec and model it was counted with, and where it came from."""

    counts: pl.DataFrame
    spec: dict[str, Any]
    model: dict[str, Any] | None
    provenance: dict[str, Any]
    path: str = "<memory>"

    def identity(self) -> dict[str, Any]:
        """What two files must share to be merged: the spec (without worker counts), the model."""
        return {"spec": normalised_spec(self.spec), "model": self.model}

    def audit_spec(self) -> AuditSpec:
        """The `AuditSpec` these counts were made with."""
        return spec_from_dict(self.spec)


def normalised_spec(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A spec dict without what does not change the counts (the number of LID processes)."""
    out = dict(spec)
    if isinstance(out.get("lid"), Mapping):
        out["lid"] = {**out["lid"], "workers": None}
    return out


def spec_from_dict(data: Mapping[str, Any]) -> AuditSpec:
    """Inverse of `AuditSpec.to_dict`."""
    kwargs = dict(data)
    lid = kwargs.pop("lid", None)
    buckets = kwargs.pop("cluster_buckets", CLUSTER_BUCKETS)
    if buckets != CLUSTER_BUCKETS:
        raise InputError(
            f"counts made with {buckets} cluster buckets; this version counts {CLUSTER_BUCKETS}: "
            "count the shards again with this version"
        )
    kwargs["categories"] = tuple(kwargs.get("categories") or ())
    kwargs["cross"] = tuple(tuple(pair) for pair in kwargs.get("cross") or ())
    known = {f.name for f in dataclasses.fields(AuditSpec)}
    unknown = sorted(set(kwargs) - known)
    if unknown:
        raise InputError(f"counts spec has unknown field(s) {', '.join(unknown)}")
    if lid is not None:
        lid_known = {f.name for f in dataclasses.fields(LidSettings)}
        kwargs["lid"] = LidSettings(**{k: v for k, v in lid.items() if k in lid_known})
    return AuditSpec(**kwargs)


def model_identity(spec: AuditSpec) -> dict[str, Any] | None:
    """Backend, model hash and package of the language identifier a spec runs (None: no LID)."""
    from datacensus.analysers import LanguageFromText

    if not any(isinstance(a, LanguageFromText) for a in spec.analysers()):
        return None
    from datacensus.lid import load_identifier

    return _model_fields(dict(load_identifier(spec.lid).describe()))


def _model_fields(described: Mapping[str, Any]) -> dict[str, Any]:
    return {k: described.get(k) for k in ("backend", "model_sha256", "package")}


def provenance(
    *,
    shards: Sequence[Mapping[str, Any]] = (),
    source: str | None = None,
    rows_read: int | None = None,
    rows_skipped: Mapping[str, int] | None = None,
    task: Mapping[str, Any] | None = None,
    first_errors: Sequence[str] = (),
) -> dict[str, Any]:
    """The provenance block of a counts file (only the fields that are known)."""
    out: dict[str, Any] = {
        "datacensus_version": __version__,
        "created_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "host": socket.gethostname(),
        "shards": [dict(s) for s in shards],
    }
    if source is not None:
        out["source"] = source
    if rows_read is not None:
        out["rows_read"] = rows_read
    if rows_skipped:
        out["rows_skipped"] = dict(rows_skipped)
    if task:
        out["task"] = dict(task)
    if first_errors:
        out["first_errors"] = list(first_errors)[:5]
    return out


def write_counts(
    path: str | Path,
    counts: pl.DataFrame,
    spec: AuditSpec,
    *,
    model: dict[str, Any] | None = None,
    provenance: Mapping[str, Any] | None = None,
) -> Path:
    """Write counts with their spec, model identity and provenance; returns the path."""
    import pyarrow.parquet as pq

    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    table = counts.select(COUNTS_SCHEMA.names()).cast(COUNTS_SCHEMA).sort("dimension", "key")
    meta = {
        "format": COUNTS_FORMAT,
        "spec": spec.to_dict(),
        "model": model if model is not None else model_identity(spec),
        "provenance": dict(provenance or {}),
    }
    arrow = table.to_arrow()
    arrow = arrow.replace_schema_metadata({METADATA_KEY: json.dumps(meta).encode()})
    tmp = out.with_name(out.name + ".tmp")
    pq.write_table(arrow, tmp)
    tmp.replace(out)
    return out


def read_counts(path: str | Path) -> CountsFile:
    """Read a counts file, or a stored ``result.json`` (or a folder holding one)."""
    p = Path(path)
    if p.is_dir() and (p / "result.json").is_file():
        p = p / "result.json"
    if not p.is_file():
        raise InputError(f"{p}: no such counts file")
    if p.suffix == ".json":
        return _from_result(p)
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(p)
    except (OSError, pa.ArrowInvalid) as exc:
        raise InputError(f"{p}: not a counts file ({str(exc).splitlines()[0]})") from None
    raw = (table.schema.metadata or {}).get(METADATA_KEY)
    if raw is None:
        raise InputError(f"{p}: Parquet file without datacensus metadata (not made by count)")
    meta = json.loads(raw)
    if meta.get("format") != COUNTS_FORMAT:
        raise InputError(f"{p}: counts format {meta.get('format')!r}, expected {COUNTS_FORMAT!r}")
    counts = cast(pl.DataFrame, pl.from_arrow(table.replace_schema_metadata(None)))
    return CountsFile(
        counts=counts.cast(COUNTS_SCHEMA),
        spec=meta["spec"],
        model=meta.get("model"),
        provenance=meta.get("provenance", {}),
        path=str(p),
    )


def _from_result(path: Path) -> CountsFile:
    from datacensus.models import AuditResult

    result = AuditResult.read(path)
    spec = result.parameters.get("spec")
    if spec is None:
        raise InputError(f"{path}: result without parameters.spec; cannot merge its counts")
    lid = result.lid
    info = result.input
    return CountsFile(
        counts=result.counts,
        spec=spec,
        model=_model_fields(lid) if lid else None,
        provenance={
            "datacensus_version": result.datacensus_version,
            "created_at": result.created_at,
            "shards": info.get("shard_fingerprints", []),
            "source": ", ".join(info.get("paths", [])) or info.get("object"),
            "rows_read": info.get("rows_read"),
        },
        path=str(path),
    )


def merge_files(files: Sequence[CountsFile]) -> CountsFile:
    """Merge counts files made with one spec and model; InputError naming the odd one out.

    A shard (by content fingerprint) counted in two files is refused: it would count twice.
    """
    if not files:
        raise InputError("no counts files to merge")
    first = files[0]
    identity = first.identity()
    seen: dict[str, str] = {}
    for item in files:
        other = item.identity()
        if other != identity:
            raise InputError(f"{item.path}: {_difference(identity, other)} than {first.path}")
        for shard in item.provenance.get("shards", []):
            key = shard.get("fingerprint")
            if key is None:
                continue
            if key in seen:
                raise InputError(
                    f"{item.path}: shard {shard.get('name')!r} was already counted in "
                    f"{seen[key]}; merging would count it twice"
                )
            seen[key] = item.path
    counts = merge_counts(*(f.counts for f in files))
    return CountsFile(
        counts=counts,
        spec=first.spec,
        model=first.model,
        provenance={"pieces": [{"path": f.path, **f.provenance} for f in files]},
        path=", ".join(f.path for f in files),
    )


def _difference(want: Mapping[str, Any], got: Mapping[str, Any]) -> str:
    """One phrase naming the first field that differs between two identities."""
    if want["model"] != got["model"]:
        for key in ("backend", "model_sha256", "package"):
            a = (want["model"] or {}).get(key)
            b = (got["model"] or {}).get(key)
            if a != b:
                return f"counted with a different language model ({key} {b!r}, not {a!r})"
    for key in sorted(set(want["spec"]) | set(got["spec"])):
        a, b = want["spec"].get(key), got["spec"].get(key)
        if a == b:
            continue
        if isinstance(a, Mapping) and isinstance(b, Mapping):
            for sub in sorted(set(a) | set(b)):
                if a.get(sub) != b.get(sub):
                    field = f"{key}.{sub}={b.get(sub)!r}, not {a.get(sub)!r}"
                    return f"counted with a different spec ({field})"
        return f"counted with a different spec ({key}={b!r}, not {a!r})"
    return "counted differently"
