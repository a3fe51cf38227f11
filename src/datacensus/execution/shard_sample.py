"""Shard sampling (``--sample-shards F``): audit a seeded subset of the shards, opening no other
file, with each shard as a cluster so the intervals carry the between-shard variation."""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from typing import TypeVar

from datacensus.errors import InputError

#: Column added to every batch of a sampled audit: the shard it came from (the cluster).
SHARD_COLUMN = "_shard"
#: Fewest shards a sample keeps: a between-shard variance needs two.
MIN_SHARDS = 2

T = TypeVar("T")


def _rank(name: str, seed: int) -> int:
    return zlib.crc32(f"{seed}:{name}".encode())


def choose_shards(shards: Sequence[T], names: Sequence[str], fraction: float, seed: int) -> list[T]:
    """The ``ceil(fraction · S)`` shards (at least MIN_SHARDS) with the smallest seeded hash of
    their name: the same choice whatever order the shards are listed in."""
    if not 0.0 < fraction <= 1.0:
        raise InputError(f"sample-shards {fraction!r}: expected a fraction in (0, 1]")
    keep = min(len(shards), max(MIN_SHARDS, math.ceil(fraction * len(shards))))
    order = sorted(range(len(shards)), key=lambda i: (_rank(names[i], seed), names[i]))
    chosen = sorted(order[:keep])
    return [shards[i] for i in chosen]
