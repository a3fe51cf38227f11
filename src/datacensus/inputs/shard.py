"""What every reader shares: a shard, the read accounting, and the column checks."""

from __future__ import annotations

import difflib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datacensus.errors import ColumnNotFoundError, InputError


@dataclass(frozen=True)
class Shard:
    """One input file and how to read it."""

    path: Path
    format: str
    compression: str | None = None

    @property
    def name(self) -> str:
        return str(self.path)


#: What each skip reason means (for messages and the report).
REASONS = {
    "truncated_file": "the file ends early",
    "corrupt_file": "the file is damaged",
    "malformed_json": "not valid JSON",
    "not_an_object": "not a JSON object",
    "malformed_csv": "a CSV row with bad quoting or the wrong number of fields",
    "invalid_utf8": "not UTF-8 text",
    "not_text": "the text column holds a non-string value",
    "not_label": "a label column holds a list or an object",
    "not_number": "the token column holds a value that is not a whole number",
}


@dataclass
class ReadStats:
    """Rows read and rows skipped by reason, summed over shards, with file-level warnings."""

    rows_read: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    first_errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def merge(self, other: ReadStats) -> None:
        """Add another shard's stats to these."""
        self.rows_read += other.rows_read
        self.skipped.update(other.skipped)
        self.first_errors.extend(other.first_errors[: max(0, 20 - len(self.first_errors))])
        self.notes.extend(other.notes)

    def skip(self, reason: str, where: str, n: int = 1) -> None:
        self.skipped[reason] += n
        if len(self.first_errors) < 20:
            self.first_errors.append(f"{where}: {reason}")

    def fault(self, reason: str, where: str, detail: str, n: int = 1, strict: bool = False) -> None:
        """Count ``n`` rows skipped for ``reason``; under ``strict`` raise InputError instead.

        The message is the same either way (a cached run raises the stored one).
        """
        message = f"{where}: {detail} [{reason}]"
        if strict:
            raise InputError(message)
        self.skipped[reason] += n
        if len(self.first_errors) < 20:
            self.first_errors.append(message)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows_read": self.rows_read,
            "skipped": dict(self.skipped),
            "first_errors": list(self.first_errors),
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReadStats:
        return cls(
            rows_read=int(data["rows_read"]),
            skipped=Counter({str(k): int(v) for k, v in data["skipped"].items()}),
            first_errors=[str(e) for e in data["first_errors"]],
            notes=[str(n) for n in data["notes"]],
        )


def require_columns(available: Sequence[str], needed: Iterable[str], origin: str) -> None:
    """Raise ColumnNotFoundError naming the missing column and the closest existing one."""
    for col in needed:
        if col in available:
            continue
        close = difflib.get_close_matches(col, list(available), n=1, cutoff=0.5)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        have = ", ".join(repr(c) for c in list(available)[:12]) or "none"
        raise ColumnNotFoundError(
            f"{origin}: no column {col!r}{hint} (columns: {have})",
        )


def has_key(shard: Shard, key: str) -> bool:
    """Whether ``"key"`` occurs anywhere in a JSON shard's (decompressed) bytes."""
    from datacensus.inputs.decode import StreamFault, raw_chunks

    needle = json.dumps(key).encode()
    tail = b""
    try:
        for chunk in raw_chunks(shard.path, shard.compression):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle) :]
    except (StreamFault, OSError):
        return True
    return False
