"""Map a function over batches in worker processes, returning results in input order.

Pools are kept per (workers, initializer, initargs) for the life of the process, so a caller
that sends many batches (a streaming scan) starts its workers, and loads their models, once.
Workers are spawned, not forked: forking a process that runs Polars' thread pool can deadlock.
"""

from __future__ import annotations

import atexit
import multiprocessing
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from .errors import InputError

T = TypeVar("T")
R = TypeVar("R")

_POOLS: dict[tuple[int, Callable[..., None] | None, tuple[Hashable, ...]], ProcessPoolExecutor] = {}


def map_ordered(
    func: Callable[[T], R],
    batches: Sequence[T],
    workers: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Hashable, ...] = (),
) -> list[R]:
    """``[func(b) for b in batches]``, computed by ``workers`` processes; order is kept.

    ``func`` and ``initializer`` must be module-level functions (they are pickled by name).
    With ``workers == 1`` everything runs in this process, initializer included.
    """
    if workers < 1:
        raise InputError(f"workers must be >= 1, got {workers!r}")
    if workers == 1 or len(batches) <= 1:
        if initializer is not None:
            initializer(*initargs)
        return [func(batch) for batch in batches]
    pool = _pool(workers, initializer, initargs)
    try:
        return list(pool.map(func, batches))
    except BrokenProcessPool:
        _POOLS.pop((workers, initializer, initargs), None)  # the next call starts fresh workers
        raise


def _pool(
    workers: int, initializer: Callable[..., None] | None, initargs: tuple[Hashable, ...]
) -> ProcessPoolExecutor:
    key = (workers, initializer, initargs)
    if key not in _POOLS:
        options: dict[str, Any] = {"initializer": initializer, "initargs": initargs}
        _POOLS[key] = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"), **options
        )
    return _POOLS[key]


def shutdown_pools() -> None:
    """Stop every worker process started here."""
    while _POOLS:
        _, pool = _POOLS.popitem()
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(shutdown_pools)
