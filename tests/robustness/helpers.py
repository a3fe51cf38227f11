"""Helpers for the robustness suite: small corpora written in tmp_path, the CLI run in-process.

Row accounting is always checked against counts made here with plain Python (lines, rows
written), never with datacensus' own readers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

SENTENCES = [
    "The library opens at nine in the morning and closes late in the evening.",
    "Nous avons visité le musée avec nos enfants pendant les vacances d'été.",
    "Der Zug nach Berlin hatte heute Morgen leider eine Stunde Verspätung.",
    "Mañana vamos a cocinar una paella grande para toda la familia entera.",
]
COUNTRIES = ["US", "FR", "DE", "ES"]


def records(n: int, start: int = 0) -> list[dict[str, Any]]:
    """``n`` good rows: text, country, topic."""
    return [
        {
            "text": f"{SENTENCES[i % 4]} Number {i}.",
            "country": COUNTRIES[i % 4],
            "topic": f"topic{i % 3}",
        }
        for i in range(start, start + n)
    ]


def jsonl_bytes(rows: list[Any]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows)


def csv_text(rows: list[dict[str, Any]], sep: str = ",") -> str:
    cols = list(rows[0])
    lines = [sep.join(cols)] + [sep.join(str(r[c]) for c in cols) for r in rows]
    return "\n".join(lines) + "\n"


@dataclass
class Run:
    """One CLI invocation: exit code, everything printed, and the result.json if written."""

    code: int
    output: str
    result: dict[str, Any] | None

    @property
    def rows_read(self) -> int:
        assert self.result is not None, self.output
        return int(self.result["input"]["rows_read"])

    @property
    def skipped(self) -> dict[str, int]:
        assert self.result is not None, self.output
        return dict(self.result["input"].get("rows_skipped", {}))

    @property
    def accounted(self) -> int:
        """Rows read plus rows skipped by every reason."""
        return self.rows_read + sum(self.skipped.values())

    @property
    def warnings(self) -> list[str]:
        assert self.result is not None, self.output
        return list(self.result["input"].get("warnings", []))
