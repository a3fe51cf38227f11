"""No worker process outlives the audit that started it: after return, failure or interrupt."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import polars as pl
import pytest

import datacensus
from conftest import TINY
from datacensus.lid import LidSettings


def children(pid: int) -> set[int]:
    """Live child processes of ``pid`` (from /proc), the multiprocessing resource tracker aside."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z" and b"resource_tracker" not in cmdline:
            found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc (Linux)")


def big_frame() -> pl.DataFrame:
    return pl.DataFrame({"text": [text for _, text in TINY] * 1500})  # 10,500 rows: 3 batches


def test_no_worker_left_after_audit_returns() -> None:
    """An audit with 2 LID workers over several batches leaves no child process behind."""
    before = children(os.getpid())
    result = datacensus.audit(big_frame(), lid=LidSettings(workers=2))
    assert result.dimensions["language"].total == 10_500
    assert multiprocessing.active_children() == []
    assert children(os.getpid()) - before == set()


def test_no_worker_left_after_census_result() -> None:
    """A Census keeps its workers between batches and stops them at result()."""
    census = datacensus.Census(text="text", lid=LidSettings(workers=2))
    for _ in range(2):
        census.update(big_frame())
    census.result()
    assert multiprocessing.active_children() == []


SCRIPT = textwrap.dedent(
    """
    import sys
    import polars as pl
    import datacensus
    from datacensus.lid import LidSettings

    if __name__ == "__main__":
        texts = [t for t in sys.argv[1:]] * 400_000  # long enough to be interrupted
        print("start", flush=True)
        datacensus.audit(pl.DataFrame({"text": texts}), lid=LidSettings(workers=2))
    """
)


@pytest.mark.slow
def test_no_worker_left_after_ctrl_c(tmp_path: Path) -> None:
    """SIGINT to an audit running 2 workers (itself and a child): it exits, the child is gone."""
    script = tmp_path / "run.py"
    script.write_text(SCRIPT)
    proc = subprocess.Popen(
        [sys.executable, str(script), *(text for _, text in TINY)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while not workers and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        workers = children(proc.pid)
    assert len(workers) == 1, "the audit never started its worker process"
    time.sleep(1.0)  # let them load the model and take batches
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode != 0
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in workers if alive(pid)] == []


def test_workers_run_one_polars_thread_each_and_the_setting_does_not_outlive_the_pool() -> None:
    """Spawned workers see POLARS_MAX_THREADS=1; this process's environment is restored."""
    import os

    from datacensus.execution.parallel import ProcessPool

    assert "POLARS_MAX_THREADS" not in os.environ
    with ProcessPool(2) as pool:
        seen = dict(pool.map_streaming(os.getenv, ["POLARS_MAX_THREADS", "POLARS_MAX_THREADS"]))
    assert seen == {"POLARS_MAX_THREADS": "1"}
    assert "POLARS_MAX_THREADS" not in os.environ


def _pid(_: int) -> int:
    return os.getpid()


def test_children_started_early_are_taken_over_or_stopped() -> None:
    """A pool of the same size takes over early children (no second start); children no pool
    took over are stopped when the block ends."""
    from datacensus.execution.parallel import ProcessPool, started_early

    before = children(os.getpid())
    with started_early(2):
        early = children(os.getpid()) - before
        assert len(early) == 1
        with ProcessPool(2) as pool:
            pids = {pid for _, pid in pool.map_streaming(_pid, range(12))}
            assert children(os.getpid()) - before == early  # no second child was started
        assert pids - {os.getpid()} <= early
    with started_early(2):
        assert len(children(os.getpid()) - before) == 1
    deadline = time.monotonic() + 10
    while children(os.getpid()) - before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert children(os.getpid()) - before == set()


def _cannot_start() -> None:
    raise RuntimeError("this worker cannot start")


def test_a_pool_whose_children_died_before_any_work_counts_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Children that died at start (their set-up failed) leave the work to this process, with
    one warning, and every item is counted once."""
    import warnings

    from datacensus.execution import parallel
    from datacensus.execution.parallel import ProcessPool, started_early

    monkeypatch.setattr(parallel, "_IN_PROCESS_ONLY", False)
    with started_early(2, _cannot_start), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with ProcessPool(2) as pool:
            results = sorted(pool.map_streaming(_pid, range(30)))
    assert [item for item, _ in results] == list(range(30))
    assert {pid for _, pid in results} == {os.getpid()}
    assert len([w for w in caught if issubclass(w.category, RuntimeWarning)]) == 1


def test_command_line_memory_settings_are_set_only_when_absent_and_restored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The command line sets Polars' allocator decay (and one Polars thread per process when
    several count) for the processes it starts; a user's own value wins; both go afterwards."""
    from datacensus.cli.audit import ALLOCATOR, process_memory

    monkeypatch.delenv("_RJEM_MALLOC_CONF", raising=False)
    monkeypatch.delenv("POLARS_MAX_THREADS", raising=False)
    with process_memory(2):
        assert os.environ["_RJEM_MALLOC_CONF"] == ALLOCATOR
        assert os.environ["POLARS_MAX_THREADS"] == "1"
    assert "_RJEM_MALLOC_CONF" not in os.environ and "POLARS_MAX_THREADS" not in os.environ
    with process_memory(1):
        assert "POLARS_MAX_THREADS" not in os.environ
    monkeypatch.setenv("_RJEM_MALLOC_CONF", "dirty_decay_ms:5000")
    with process_memory(2):
        assert os.environ["_RJEM_MALLOC_CONF"] == "dirty_decay_ms:5000"
    assert os.environ["_RJEM_MALLOC_CONF"] == "dirty_decay_ms:5000"


def test_python_dash_m_runs_the_command_line() -> None:
    """`python -m datacensus` is the command line (the name its workers are spawned under)."""
    done = subprocess.run(
        [sys.executable, "-m", "datacensus", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "audit" in done.stdout


@pytest.mark.parametrize(
    ("code", "status", "stderr"),
    [("None", 0, ""), ("3", 3, ""), ("'bad input'", 1, "bad input\n")],
)
def test_the_command_line_exits_as_sys_exit_would(code: str, status: int, stderr: str) -> None:
    """The entry point skips the interpreter's teardown, not what an exit promises: the status
    `sys.exit` gives, buffered output written, exit handlers run."""
    script = textwrap.dedent(
        f"""
        import atexit, sys
        from datacensus.cli.app import _exit_now
        atexit.register(lambda: print("handler ran", file=sys.stderr))
        sys.stdout.write("buffered, no newline")
        _exit_now({code})
        print("not reached")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == status
    assert done.stdout == "buffered, no newline"
    assert done.stderr == stderr + "handler ran\n"


def test_a_profiled_command_line_exits_normally(tmp_path: Path) -> None:
    """Under a profiler the command line exits the usual way, so the profile is written."""
    out = tmp_path / "profile.out"
    done = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "datacensus", "refs", "list"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "world-speakers" in done.stdout
    assert out.stat().st_size > 0
