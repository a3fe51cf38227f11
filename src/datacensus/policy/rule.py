"""A policy rule: one validated check on one dimension (or on every dimension)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from datacensus.schema import Status

Finding = dict[str, Any]

COMMON_OPTIONS = frozenset({"type", "dimension", "name"})
STATUSES = tuple(str(s) for s in Status)


@dataclass(frozen=True)
class Rule:
    """One validated rule. ``dimension=None`` means every dimension of the result."""

    type: str
    dimension: str | None = None
    value: float | None = None
    keys: tuple[str, ...] = ()
    min_reference_share: float = 0.0
    confident: bool = False
    n: int = 0
    statuses: tuple[str, ...] = ()
    name: str = ""
    where: str = ""  # "policy.toml:12", for messages

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "dimension": self.dimension,
            "value": self.value,
            "keys": list(self.keys),
            "min_reference_share": self.min_reference_share,
            "confident": self.confident,
            "n": self.n,
            "statuses": list(self.statuses),
            "name": self.name,
        }
