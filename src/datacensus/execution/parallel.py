"""Map a function over batches in worker processes.

`map_ordered` returns results in input order; `map_streaming` consumes a (possibly endless)
iterator with a bounded number of batches in flight and yields results as they complete, so the
caller can read the next batch while workers compute.

Pools are kept per (workers, initializer, initargs) for the life of the process, so a caller
that sends many batches (a streaming scan) starts its workers, and loads their models, once.
Workers are spawned, not forked: forking a process that runs Polars' thread pool can deadlock.

Spawned workers re-import the ``__main__`` script. A script that calls datacensus at module level,
without ``if __name__ == "__main__":``, would start the audit again in every worker: there the
worker exits quietly, the parent sees its first pool break, warns once and works in-process.
"""

from __future__ import annotations

import atexit
import multiprocessing
import sys
import warnings
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from datacensus.errors import InputError

T = TypeVar("T")
R = TypeVar("R")

PoolKey = tuple[int, Callable[..., None] | None, tuple[Hashable, ...]]

_POOLS: dict[PoolKey, ProcessPoolExecutor] = {}
#: Pools that have finished at least one map: a later break is a real crash, not a startup failure.
_PROVEN: set[PoolKey] = set()
#: Set once workers could not start in this process (unguarded script): stay in-process.
_IN_PROCESS_ONLY = False

UNGUARDED_WARNING = (
    "datacensus could not start worker processes, most likely because the script calls "
    "datacensus at module level: workers are spawned and re-import the script, so put the call "
    'under `if __name__ == "__main__":` to use several cores. Working in this process instead.'
)


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
    global _IN_PROCESS_ONLY
    if workers < 1:
        raise InputError(f"workers must be >= 1, got {workers!r}")
    if _bootstrapping_worker():
        # This is a spawned worker importing an unguarded __main__ that calls datacensus: leave
        # quietly (multiprocessing would raise with a traceback); the parent falls back.
        sys.exit(1)
    if workers == 1 or len(batches) <= 1 or _IN_PROCESS_ONLY:
        return _in_process(func, batches, initializer, initargs)
    key = (workers, initializer, initargs)
    pool = _pool(workers, initializer, initargs)
    try:
        results = list(pool.map(func, batches))
    except BrokenProcessPool:
        _POOLS.pop(key, None)  # the next call starts fresh workers
        if key in _PROVEN:
            raise
        _IN_PROCESS_ONLY = True
        warnings.warn(UNGUARDED_WARNING, RuntimeWarning, stacklevel=2)
        return _in_process(func, batches, initializer, initargs)
    _PROVEN.add(key)
    return results


def map_streaming(
    func: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Hashable, ...] = (),
    *,
    window: int | None = None,
) -> Iterator[tuple[T, R]]:
    """Yield ``(item, func(item))`` as workers finish, with at most ``window`` items in flight.

    Items are drawn from ``items`` only when a slot is free, so memory stays bounded however
    long the iterator is. Completion order is not input order. Same fallback as `map_ordered`.
    """
    global _IN_PROCESS_ONLY
    if workers < 1:
        raise InputError(f"workers must be >= 1, got {workers!r}")
    if _bootstrapping_worker():
        sys.exit(1)
    source = iter(items)
    if workers == 1 or _IN_PROCESS_ONLY:
        if initializer is not None:
            initializer(*initargs)
        for item in source:
            yield item, func(item)
        return
    key: PoolKey = (workers, initializer, initargs)
    pool = _pool(workers, initializer, initargs)
    limit = window or 2 * workers
    in_flight: dict[Future[R], T] = {}
    try:
        for item in source:
            in_flight[pool.submit(func, item)] = item
            while len(in_flight) >= limit:
                yield from _collect(in_flight, key)
        while in_flight:
            yield from _collect(in_flight, key)
    except BrokenProcessPool:
        _POOLS.pop(key, None)
        if key in _PROVEN:
            raise
        _IN_PROCESS_ONLY = True
        warnings.warn(UNGUARDED_WARNING, RuntimeWarning, stacklevel=2)
        if initializer is not None:
            initializer(*initargs)
        for item in [*in_flight.values(), *source]:
            yield item, func(item)


def _collect(in_flight: dict[Future[R], T], key: PoolKey) -> Iterator[tuple[T, R]]:
    done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
    for future in done:
        result = future.result()  # raises BrokenProcessPool if the workers died
        _PROVEN.add(key)
        yield in_flight.pop(future), result


def _in_process(
    func: Callable[[T], R],
    batches: Sequence[T],
    initializer: Callable[..., None] | None,
    initargs: tuple[Hashable, ...],
) -> list[R]:
    if initializer is not None:
        initializer(*initargs)
    return [func(batch) for batch in batches]


def _bootstrapping_worker() -> bool:
    """True in a spawned child while it is still importing the parent's ``__main__``."""
    return bool(getattr(multiprocessing.current_process(), "_inheriting", False))


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
