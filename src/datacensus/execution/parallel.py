"""Worker processes that count alongside this one.

`ProcessPool` is the only pool datacensus starts. ``workers = N`` means N processes count: this
one, in a thread beside the one that hands out items, and N - 1 spawned children, each holding
one item running and one queued; whoever is free takes the next item. So no core idles while
this process only waits, and one fewer process starts. The pool lives for one audit (or one
`Census`): its processes are stopped when the work is done and when it is interrupted (an
exception, Ctrl-C, a generator closed early), so no worker outlives the call that started it.
Workers never start pools of their own.

Workers are spawned, not forked: forking a process that runs Polars' thread pool can deadlock.
Spawned workers re-import the ``__main__`` script. A script that calls datacensus at module level,
without ``if __name__ == "__main__":``, would start the audit again in every worker: there the
worker exits quietly, the parent sees the pool break before any result, warns once and works
in-process.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import itertools
import multiprocessing
import os
import queue
import sys
import threading
import warnings
import weakref
from collections.abc import Callable, Generator, Hashable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Any, Generic, TypeVar

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
    """``workers`` counting processes: this one and ``workers - 1`` spawned children, each set
    up once by ``initializer(*initargs)``.

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
        self.close()

    def close(self) -> None:
        """Stop the children now and wait until they are gone; items not started are cancelled.

        A `map_streaming` hands back every answer before it ends, so after one a child is idle
        and loses nothing: it is killed rather than asked to exit, which would cost its
        interpreter's teardown (0.05 s at the end of every audit). An interrupted one is killed
        in the middle of its item.
        """
        executor, self._executor = self._executor, None
        _OPEN.discard(self)
        if self._set_threads:
            os.environ.pop("POLARS_MAX_THREADS", None)
            self._set_threads = False
        if executor is None:
            return
        # ProcessPoolExecutor has no public terminate before Python 3.14.
        for process in list(getattr(executor, "_processes", {}).values()):
            if process.is_alive():
                process.terminate()
        executor.shutdown(wait=True, cancel_futures=True)

    def map_streaming(
        self, func: Callable[[T], R], items: Iterable[T], *, window: int | None = None
    ) -> Generator[tuple[T, R], None, None]:
        """Yield ``(item, func(item))`` as they finish, with a bounded number in flight.

        Items are drawn (in this thread) only when a counting process has room: two per child
        (one running, one queued, so a child never waits for this process) and two for a thread
        of this process, which counts alongside. Memory stays bounded however long the iterator
        is. Completion order is not input order. ``func`` must be picklable. ``window`` caps the
        items in flight (drawn and not yet handed back).
        """
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
        self._initialise_here()
        executor = self._start()
        results: queue.SimpleQueue[_Done] = queue.SimpleQueue()
        local = _LocalCounter(func, results)
        try:
            yield from self._coordinate(func, source, executor, local, results, window)
        except BaseException:  # interrupted, or the consumer stopped early: kill the workers
            self.close()
            raise
        finally:
            local.stop()

    def _coordinate(
        self,
        func: Callable[[T], R],
        source: Iterator[T],
        executor: ProcessPoolExecutor,
        local: _LocalCounter[T, R],
        results: queue.SimpleQueue[_Done],
        window: int | None,
    ) -> Iterator[tuple[T, R]]:
        in_flight = window or 2 * self.workers  # two per child, two for this process
        children: dict[Future[R], T] = {}
        redo: list[T] = []  # items of children that never started (workers could not start)
        exhausted = False

        def broken(item: T) -> None:
            """The children could not start: count what they held here, from now on."""
            global _IN_PROCESS_ONLY
            if self._proven:
                raise BrokenProcessPool("a worker process died while counting")
            _IN_PROCESS_ONLY = True
            warnings.warn(UNGUARDED_WARNING, RuntimeWarning, stacklevel=5)
            redo.extend([item, *children.values()])
            children.clear()
            self.close()

        def draw() -> list[T]:
            nonlocal exhausted
            if redo:
                return [redo.pop()]
            drawn = list(itertools.islice(source, 1))
            exhausted = not drawn
            return drawn

        while True:
            while (redo or not exhausted) and local.busy < min(2, in_flight):
                for item in draw():
                    local.give(item)
            while (
                not exhausted
                and not _IN_PROCESS_ONLY
                and len(children) < 2 * (self.workers - 1)
                and len(children) + local.busy < in_flight
            ):
                for item in draw():
                    try:
                        future = executor.submit(func, item)
                    except BrokenProcessPool:  # the children died before taking anything
                        broken(item)
                        break
                    children[future] = item
                    future.add_done_callback(functools.partial(_answer, results, item))
            if exhausted and not redo and local.busy == 0 and not children:
                return
            item, outcome, error = _next(results)
            if isinstance(outcome, Future):
                if outcome not in children:
                    continue  # a child's answer after the pool broke: its item was redone
                children.pop(outcome)
                try:
                    value = outcome.result()
                except BrokenProcessPool:
                    broken(item)
                    continue
                self._proven = True
                yield item, value
            else:
                local.busy -= 1
                if error is not None:
                    raise error
                yield item, outcome

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None and not self._adopt():
            # Workers run side by side on the cores: one Polars thread each, not one per core
            # each. Spawned children read it at start; this process's Polars is already set up.
            if "POLARS_MAX_THREADS" not in os.environ:
                os.environ["POLARS_MAX_THREADS"] = "1"
                self._set_threads = True
            options: dict[str, Any] = {"initializer": self.initializer, "initargs": self.initargs}
            spawn = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers - 1, mp_context=spawn, **options
            )
            _OPEN.add(self)
        assert self._executor is not None  # started here, or taken over by `_adopt`
        return self._executor

    def _adopt(self) -> bool:
        """Take over the children of a `started_early` pool of the same size, if there is one.

        Its initializer only warmed the children up (loaded a model); what they count is
        decided by the function each item is sent with.
        """
        for early in list(_EARLY):
            if early.workers == self.workers and early._executor is not None:
                _EARLY.remove(early)
                self._executor, early._executor = early._executor, None
                self._set_threads, early._set_threads = early._set_threads, False
                _OPEN.discard(early)
                _OPEN.add(self)
                return True
        return False

    def _in_process(self, func: Callable[[T], R], source: Iterator[T]) -> Iterator[tuple[T, R]]:
        self._initialise_here()
        for item in source:
            yield item, func(item)

    def _initialise_here(self) -> None:
        if self.initializer is not None and not self._initialised_here:
            self.initializer(*self.initargs)
            self._initialised_here = True


#: What a counting process hands back: the item, its result (or, from a child, the future
#: holding it), and the error a thread of this process raised.
_Done = tuple[Any, Any, BaseException | None]


class _LocalCounter(Generic[T, R]):
    """A thread of this process counting items alongside the children.

    Counting code releases the GIL often (Polars, and fastText in chunks), so the thread that
    hands out items stays responsive while this one counts.
    """

    def __init__(self, func: Callable[[T], R], results: queue.SimpleQueue[_Done]) -> None:
        self.busy = 0  # items given and not answered yet
        self._func = func
        self._results = results
        self._inbox: queue.SimpleQueue[tuple[T] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="datacensus-count", daemon=True)
        self._thread.start()

    def give(self, item: T) -> None:
        self.busy += 1
        self._inbox.put((item,))

    def stop(self) -> None:
        """Let the thread end after its current item (a daemon: it never holds up an exit)."""
        self._inbox.put(None)

    def _run(self) -> None:
        while (task := self._inbox.get()) is not None:
            try:
                self._results.put((task[0], self._func(task[0]), None))
            except BaseException as error:  # handed to the coordinating thread, which raises
                self._results.put((task[0], None, error))
                return


#: Pools whose children were started ahead of the work (`started_early`), not yet taken over.
_EARLY: list[ProcessPool] = []


@contextlib.contextmanager
def started_early(
    workers: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Hashable, ...] = (),
) -> Iterator[None]:
    """Spawn ``workers - 1`` children now, for the first pool of that size to take over.

    A child takes a fraction of a second to start (Python, Polars, the model); started while
    this process is still importing and planning, it is ready when the counting begins. Children
    no pool took over are stopped when the block ends.
    """
    pool = ProcessPool(workers, initializer, initargs)
    if workers > 1 and not _IN_PROCESS_ONLY and not _bootstrapping_worker():
        pool._start().submit(_ready)  # children are spawned at the first submit
        _EARLY.append(pool)
    try:
        yield
    finally:
        if pool in _EARLY:
            _EARLY.remove(pool)
        pool.close()


def _ready() -> None:
    """Nothing: submitted to make a pool spawn its children."""


def _answer(results: queue.SimpleQueue[_Done], item: object, future: Future[Any]) -> None:
    results.put((item, future, None))


def _next(results: queue.SimpleQueue[_Done]) -> _Done:
    """The next answer; waits in short steps so Ctrl-C is seen at once."""
    while True:
        try:
            return results.get(timeout=0.5)
        except queue.Empty:
            continue


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
        pool.close()
