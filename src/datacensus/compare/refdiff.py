"""Where two reference distributions differ: per-key gaps and the total variation distance."""

from __future__ import annotations

import math
from dataclasses import dataclass

from datacensus.errors import InvalidReferenceError
from datacensus.models import Reference


@dataclass(frozen=True)
class KeyGap:
    """One key's share in reference A and in reference B (0 where a reference lacks it)."""

    key: str
    first: float
    second: float


@dataclass(frozen=True)
class ReferenceGap:
    """Keys sorted by the size of their gap, largest first, and summary figures."""

    rows: list[KeyGap]
    tvd: float
    only_first: int
    only_second: int


def reference_diff(first: Reference, second: Reference) -> ReferenceGap:
    """Compare two references of the same dimension key by key (largest |B - A| first)."""
    if first.dimension != second.dimension:
        raise InvalidReferenceError(
            f"{first.name!r} is for {first.dimension!r} and {second.name!r} for "
            f"{second.dimension!r}: only references of one dimension can be compared"
        )
    a, b = first.shares(), second.shares()
    rows = [KeyGap(k, a.get(k, 0.0), b.get(k, 0.0)) for k in sorted(set(a) | set(b))]
    rows = [r for r in rows if r.first != r.second]
    rows.sort(key=lambda r: (-abs(r.second - r.first), r.key))
    tvd = 0.5 * math.fsum(abs(r.second - r.first) for r in rows)
    return ReferenceGap(rows, tvd, len(set(a) - set(b)), len(set(b) - set(a)))
