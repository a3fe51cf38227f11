"""Worker processes that count batches while this process reads the next ones.

`ProcessPool` is the only pool datacensus starts. It lives for one audit (or one `Census`): it
is closed when the work is done, and its processes are terminated when the work is interrupted
(an exception, Ctrl-C, a generator closed early), so no worker outlives the call that started
it. Workers never start pools of their own. `map_streaming` draws items from a (possibly endless)
iterator with a bounded number in flight and yields results as they complete.

Workers are spawned, not forked: forking a process that runs Polars' thread pool can deadlock.
Spawned workers re-import the ``__main__`` script. A script that calls datacensus at module level,
without ``if __name__ == "__main__":``, would start the audit again in every worker: there the
worker exits quietly, the parent sees the pool break before any result, warns once and works
in-process.
"""

from __future__ import annotations

import atexit
import itertools
import multiprocessing
import os
import sys
import warnings
import weakref
from collections.abc import Callable, Generator, Hashable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Any, TypeVar

from datacensus.errors import InputError

T = TypeVar("T")
R = TypeVar("R")

#: Set once workers could not start in this process (unguarded script): stay in-process.
_IN_PROCESS_ONLY = False
#: Pools not closed yet; closed at interpreter exit as a last resort.
_OPEN: weakref.WeakSet[ProcessPool] = weakref.WeakSet()

UNGUARDED_WARNING = (
    "datacensus could not start worker processes, most likely because the script calls "
    "datacensus at module level: workers are spawned and re-import the script, so put the call "
    'under `if __name__ == "__main__":` to use several cores. Working in this process instead.'
)


class ProcessPool:
    """``workers`` spawned processes, each set up once by ``initializer(*initargs)``.

    With ``workers == 1``, or a single item to compute, nothing is started: items are computed
    in this process. Use it as a context manager (or call `close`).
    """

    def __init__(
        self,
        workers: int,
        initializer: Callable[..., None] | None = None,
        initargs: tuple[Hashable, ...] = (),
    ) -> None:
        if workers < 1:
            raise InputError(f"workers must be >= 1, got {workers!r}")
        self.workers = workers
        self.initializer = initializer
        self.initargs = initargs
        self._executor: ProcessPoolExecutor | None = None
        self._proven = False
        self._initialised_here = False
        self._set_threads = False

    def __enter__(self) -> ProcessPool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close(terminate=kind is not None)

    def close(self, *, terminate: bool = False) -> None:
        """Stop the workers: let them finish, or (``terminate``) kill them now."""
        executor, self._executor = self._executor, None
        _OPEN.discard(self)
        if self._set_threads:
            os.environ.pop("POLARS_MAX_THREADS", None)
            self._set_threads = False
        if executor is None:
            return
        if terminate:
            # ProcessPoolExecutor has no public terminate before Python 3.14.
            for process in list(getattr(executor, "_processes", {}).values()):
                if process.is_alive():
                    process.terminate()
        executor.shutdown(wait=True, cancel_futures=True)

    def map_streaming(
        self, func: Callable[[T], R], items: Iterable[T], *, window: int | None = None
    ) -> Generator[tuple[T, R], None, None]:
        """Yield ``(item, func(item))`` as workers finish, at most ``window`` items in flight.

        Items are drawn only when a slot is free, so memory stays bounded however long the
        iterator is. Completion order is not input order. ``func`` must be picklable.
        """
        global _IN_PROCESS_ONLY
        if _bootstrapping_worker():
            # A spawned worker importing an unguarded __main__ that calls datacensus: leave
            # quietly (multiprocessing would raise with a traceback); the parent falls back.
            sys.exit(1)
        source = iter(items)
        ahead = list(itertools.islice(source, 2))
        source = itertools.chain(ahead, source)
        if self.workers == 1 or _IN_PROCESS_ONLY or (len(ahead) < 2 and self._executor is None):
            # One batch (a small frame): starting processes would cost more than counting it.
            yield from self._in_process(func, source)
            return
        executor = self._start()
        limit = window or 2 * self.workers
        in_flight: dict[Future[R], T] = {}
        try:
            for item in source:
                in_flight[executor.submit(func, item)] = item
                while len(in_flight) >= limit:
                    yield from self._collect(in_flight)
            while in_flight:
                yield from self._collect(in_flight)
        except BrokenProcessPool:
            self.close(terminate=True)
            if self._proven:
                raise
            _IN_PROCESS_ONLY = True
            warnings.warn(UNGUARDED_WARNING, RuntimeWarning, stacklevel=2)
            yield from self._in_process(func, iter([*in_flight.values(), *source]))
        except BaseException:  # interrupted, or the consumer stopped early: kill the workers
            self.close(terminate=True)
            raise

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # Workers run side by side on the cores: one Polars thread each, not one per core
            # each. Spawned children read it at start; this process's Polars is already set up.
            if "POLARS_MAX_THREADS" not in os.environ:
                os.environ["POLARS_MAX_THREADS"] = "1"
                self._set_threads = True
            options: dict[str, Any] = {"initializer": self.initializer, "initargs": self.initargs}
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"), **options
            )
            _OPEN.add(self)
        return self._executor

    def _collect(self, in_flight: dict[Future[R], T]) -> Iterator[tuple[T, R]]:
        done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
        for future in done:
            result = future.result()  # raises BrokenProcessPool if the workers died
            self._proven = True
            yield in_flight.pop(future), result

    def _in_process(self, func: Callable[[T], R], source: Iterator[T]) -> Iterator[tuple[T, R]]:
        if self.initializer is not None and not self._initialised_here:
            self.initializer(*self.initargs)
            self._initialised_here = True
        for item in source:
            yield item, func(item)


def map_streaming(
    func: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Hashable, ...] = (),
    *,
    window: int | None = None,
) -> Iterator[tuple[T, R]]:
    """`ProcessPool.map_streaming` on a pool that lives for this one iteration."""
    with ProcessPool(workers, initializer, initargs) as pool:
        yield from pool.map_streaming(func, items, window=window)


def _bootstrapping_worker() -> bool:
    """True in a spawned child while it is still importing the parent's ``__main__``."""
    return bool(getattr(multiprocessing.current_process(), "_inheriting", False))


@atexit.register
def _close_open_pools() -> None:
    for pool in list(_OPEN):
        pool.close(terminate=True)
