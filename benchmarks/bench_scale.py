"""Throughput benchmark: every figure is a ratio of runs measured side by side in this run.

On short documents (web-sentence lengths, ~230 characters) and on long pages (~3,000):
- end-to-end `datacensus audit` / raw fastText-turbo predicting the same shards on as many
  processes (a plain per-document loop, the model loaded in each process); `--workers 2` is the
  audit's own process and one child;
- 1 worker / 2 workers;
- peak RSS of the audit's process tree, and its growth when the corpus doubles;
- the peer: datatrove's LanguageFilter (same lid.176 model, same shards, same worker count), run
  from its own venv (benchmarks/.venv-peer, see benchmarks/README.md); skipped when absent.

Runs are paired and interleaved (A B A B ...) so both sides share the machine's load; medians
are quoted. Corpora are built from the project's demo sentences into Parquet shards in a
temporary directory. Run: `make bench` or `.venv/bin/python benchmarks/bench_scale.py`.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

BIN = Path(sys.executable).parent
HERE = Path(__file__).parent
PEER_PYTHON = HERE / ".venv-peer" / "bin" / "python"


def make_corpus(
    directory: Path,
    docs: int,
    shards: int,
    seed: int = 11,
    sentences: tuple[int, int] = (2, 4),
    fmt: str = "parquet",
    pool: Mapping[str, Sequence[str]] | None = None,
) -> list[str]:
    """Documents of a few sentences of one language each, in shards. Sentences come from
    ``pool`` (language -> sentences; default: the demo's), languages are weighted as in the
    demo (a language the demo lacks weighs 1)."""
    import polars as pl

    from datacensus.demo import language_weights
    from datacensus.demo.sentences import sentences as demo_sentences

    rng = random.Random(seed)
    source: Mapping[str, Sequence[str]] = pool or demo_sentences()
    demo_weights = language_weights()
    langs = sorted(source)
    chosen = rng.choices(langs, weights=[demo_weights.get(x, 1.0) for x in langs], k=docs)
    texts = [
        " ".join(rng.choice(source[lang]) for _ in range(rng.randint(*sentences)))
        for lang in chosen
    ]
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(shards):
        part = texts[i::shards]
        if fmt == "parquet":
            pl.DataFrame({"text": part}).write_parquet(directory / f"part-{i:04d}.parquet")
        else:
            with (directory / f"part-{i:04d}.jsonl").open("w") as handle:
                for text in part:
                    handle.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    return texts


def flores_pool(folder: Path) -> dict[str, list[str]]:
    """Sentences of a FLORES-200 folder (``<lang>_<Script>.devtest`` or ``.dev`` files, one
    sentence per line), keyed by datacensus language key (scripts of one language pooled)."""
    from datacensus.codes.languages import canonical_language

    pool: dict[str, list[str]] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".devtest", ".dev"):
            continue
        try:
            key = canonical_language(path.stem.split("_")[0])
        except ValueError:
            continue
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        pool.setdefault(key, []).extend(line for line in lines if line)
    if not pool:
        raise SystemExit(f"--flores {folder}: no <lang>_<Script>.devtest files")
    return pool


def _raw_worker(paths: list[str]) -> int:
    """One process: load lid.176, read its shards, predict every document in a plain loop."""
    import fasttext
    import polars as pl

    from datacensus.lid import bundled_model_path

    predict = fasttext.load_model(str(bundled_model_path())).f.predict
    done = 0
    for path in paths:
        for text in pl.read_parquet(path, columns=["text"]).get_column("text").to_list():
            predict(text.replace("\n", " ") + "\n", 1, 0.0, "strict")
            done += 1
    return done


def raw_turbo(corpus: Path, processes: int) -> float:
    """Seconds for raw fastText-turbo top-1 on every document, shards split over processes."""
    shards = sorted(str(p) for p in corpus.glob("*.parquet"))
    parts = [shards[i::processes] for i in range(processes)]
    start = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        pool.map(_raw_worker, parts)
    return time.perf_counter() - start


class TreeMemory:
    """Peak summed RSS of a process and its descendants, sampled every 50 ms."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self.pid))
            time.sleep(0.05)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def tree_rss(root: int) -> int:
    """Summed RSS (bytes) of ``root`` and its descendants, from /proc (children lists)."""
    total, frontier = 0, [root]
    while frontier:
        pid = frontier.pop()
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            for task in Path(f"/proc/{pid}/task").iterdir():
                frontier.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


def run_audit(corpus: Path, out: Path, *extra: str) -> tuple[float, int]:
    """Wall seconds and peak tree RSS of a `datacensus audit` subprocess."""
    cmd = [str(BIN / "datacensus"), "audit", str(corpus), "-o", str(out), "--quiet", "--no-cache"]
    start = time.perf_counter()
    proc = subprocess.Popen([*cmd, *extra], stdout=subprocess.DEVNULL)
    memory = TreeMemory(proc.pid)
    code = proc.wait()
    seconds = time.perf_counter() - start
    peak = memory.stop()
    if code != 0:
        raise SystemExit(f"audit failed with exit code {code}: {' '.join(cmd + list(extra))}")
    return seconds, peak


PEER_SCRIPT = """
import os, sys
import datatrove.utils.lid
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.filters import LanguageFilter
from datatrove.pipeline.readers import ParquetReader

# The same lid.176 model file as datacensus, no download (set before workers start or import).
datatrove.utils.lid.cached_asset_path_or_download = lambda *a, **k: os.environ["PEER_MODEL"]

if __name__ == "__main__":
    corpus, workers, logs = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    shards = len(list(__import__("pathlib").Path(corpus).glob("*.parquet")))
    LocalPipelineExecutor(
        pipeline=[ParquetReader(corpus, text_key="text"), LanguageFilter(label_only=True)],
        tasks=shards, workers=workers, logging_dir=logs,
    ).run()
"""


def run_peer(corpus: Path, workers: int, logs: Path) -> float | None:
    """Seconds for datatrove's LanguageFilter over the shards, or None without its venv."""
    if not PEER_PYTHON.exists():
        return None
    from datacensus.lid import bundled_model_path

    script = logs.parent / "peer.py"
    script.write_text(PEER_SCRIPT)
    env = {**os.environ, "PEER_MODEL": str(bundled_model_path())}
    start = time.perf_counter()
    done = subprocess.run(
        [str(PEER_PYTHON), str(script), str(corpus), str(workers), str(logs)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode:
        print(f"peer failed: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    shutil.rmtree(logs, ignore_errors=True)
    return seconds


def compile_package() -> None:
    """Compile datacensus' modules to bytecode, as installing a wheel does.

    An editable install compiles a module when it is first imported, unless
    PYTHONDONTWRITEBYTECODE is set (as on some CI machines): then every run would compile about
    a hundred modules again, 0.1 s that no installed copy spends.
    """
    import compileall

    import datacensus

    compileall.compile_dir(Path(datacensus.__file__).parent, quiet=1)


def paired(repeat: int, runs: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    """Each run ``repeat`` times, interleaved (A B A B ...)."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            times[name].append(run())
    return times


def median_ratio(top: list[float], bottom: list[float]) -> float:
    """Median of the per-pair ratios."""
    return statistics.median(a / b for a, b in zip(top, bottom, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=200_000, help="short documents")
    parser.add_argument("--pages", type=int, default=20_000, help="long pages")
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--scale", type=int, default=5, help="also measure corpora this many times larger (0: no)"
    )
    parser.add_argument(
        "--flores",
        type=Path,
        help="a FLORES-200 devtest folder: documents of real sentences instead of demo ones",
    )
    args = parser.parse_args()
    n = args.workers
    compile_package()
    pool = flores_pool(args.flores) if args.flores else None
    # Real sentences are about twice as long as the demo's: fewer per document, same lengths.
    short_sentences, page_sentences = ((1, 3), (10, 30)) if pool else ((2, 4), (20, 60))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        short = make_corpus(root / "short", args.docs, args.shards, 11, short_sentences, pool=pool)
        make_corpus(root / "double", 2 * args.docs, 2 * args.shards, 12, short_sentences, pool=pool)
        pages = make_corpus(root / "pages", args.pages, args.shards, 13, page_sentences, pool=pool)
        unique = len(set(short)) / len(short)
        mean_short = statistics.mean(map(len, short))
        mean_pages = statistics.mean(map(len, pages))
        print(
            f"{'FLORES-200' if pool else 'demo'} sentences; short: {args.docs:,} documents, mean "
            f"{mean_short:.0f} chars, {unique:.0%} distinct; long: {args.pages:,} "
            f"pages, mean {mean_pages:.0f} chars; {args.shards} Parquet shards each; "
            f"{os.cpu_count()} cores; {args.repeat} interleaved repeats; medians",
            flush=True,
        )
        out = root / "out"
        rss: dict[str, list[float]] = {"short": [], "double": []}

        def audit(corpus: str, workers: int, keep: str | None = None) -> Callable[[], float]:
            def run() -> float:
                seconds, peak = run_audit(root / corpus, out, "--workers", str(workers))
                if keep:
                    rss[keep].append(peak)
                return seconds

            return run

        short_t = paired(
            args.repeat,
            {
                "raw": lambda: raw_turbo(root / "short", n),
                "raw1": lambda: raw_turbo(root / "short", 1),
                "audit": audit("short", n, keep="short"),
                "audit1": audit("short", 1),
                "double": audit("double", n, keep="double"),
            },
        )
        long_t = paired(
            args.repeat,
            {"raw": lambda: raw_turbo(root / "pages", n), "audit": audit("pages", n)},
        )
        peer_runs = [run_peer(root / "short", n, root / "logs") for _ in range(args.repeat)]
        peer = [p for p in peer_runs if p is not None]
        large: dict[str, dict[str, list[float]]] = {}
        if args.scale > 1:
            # Fixed costs (start-up, comparison, report) weigh less: the per-document regime.
            big, pages_x = args.scale * args.docs, args.scale * args.pages
            make_corpus(root / "short_x", big, args.shards, 14, short_sentences, pool=pool)
            make_corpus(root / "pages_x", pages_x, args.shards, 15, page_sentences, pool=pool)
            for name in ("short_x", "pages_x"):
                large[name] = paired(
                    args.repeat,
                    {
                        "raw": lambda name=name: raw_turbo(root / name, n),  # type: ignore[misc]
                        "audit": audit(name, n),
                        **({"audit1": audit(name, 1)} if name == "short_x" else {}),
                    },
                )
            if peer:
                runs = [run_peer(root / "short_x", n, root / "logs") for _ in range(args.repeat)]
                large["short_x"]["peer"] = [p for p in runs if p is not None]

    def line(label: str, values: list[float]) -> None:
        runs = ", ".join(f"{v:.1f}" for v in values)
        print(f"  {label:48s} {statistics.median(values):7.2f} s  (runs: {runs})")

    print("wall time, medians:")
    line(f"short: raw fastText-turbo, {n} processes", short_t["raw"])
    line("short: raw fastText-turbo, 1 process", short_t["raw1"])
    line(f"short: datacensus audit --workers {n}", short_t["audit"])
    line("short: datacensus audit --workers 1", short_t["audit1"])
    line(f"long:  raw fastText-turbo, {n} processes", long_t["raw"])
    line(f"long:  datacensus audit --workers {n}", long_t["audit"])
    if peer:
        line(f"short: datatrove LanguageFilter, {n} workers", peer)

    def ratio(label: str, value: float, target: str) -> None:
        print(f"  {label:42s} {value:6.2f}x  [{target}]")

    print("ratios, medians of paired runs (target in brackets):")
    short_raw = median_ratio(short_t["audit"], short_t["raw"])
    ratio(f"short: audit / raw turbo, {n} processes", short_raw, "<= 1.2")
    long_raw = median_ratio(long_t["audit"], long_t["raw"])
    ratio(f"long:  audit / raw turbo, {n} processes", long_raw, "<= 1.1")
    scaling = median_ratio(short_t["audit1"], short_t["audit"])
    ratio(f"short: 1 worker / {n} workers", scaling, ">= 1.8")
    raw_scaling = median_ratio(short_t["raw1"], short_t["raw"])
    ratio(f"short: raw turbo, 1 / {n} processes", raw_scaling, "the machine's own scaling")
    peak = statistics.median(rss["short"])
    print(f"  {'peak RSS of the audit, short corpus':42s} {peak / 2**20:6.0f} MB [<= 300]")
    ratio("peak RSS, 2x corpus / 1x corpus", median_ratio(rss["double"], rss["short"]), "<= 1.1")
    if not peer:
        print("  peer: skipped (no benchmarks/.venv-peer, or it failed; see benchmarks/README.md)")
    else:
        versus = statistics.median(peer) / statistics.median(short_t["audit"])
        ratio("short: datatrove / datacensus", versus, ">= 5")
    if large:
        print(
            f"{args.scale}x larger corpora ({args.scale * args.docs:,} short documents, "
            f"{args.scale * args.pages:,} pages), medians:"
        )
        for name, label in (("short_x", "short"), ("pages_x", "long ")):
            line(f"{label}: raw fastText-turbo, {n} processes", large[name]["raw"])
            line(f"{label}: datacensus audit --workers {n}", large[name]["audit"])
            ratio(
                f"{label}: audit / raw turbo",
                median_ratio(large[name]["audit"], large[name]["raw"]),
                "start-up and report weigh less",
            )
        line("short: datacensus audit --workers 1", large["short_x"]["audit1"])
        scaling_x = median_ratio(large["short_x"]["audit1"], large["short_x"]["audit"])
        ratio(f"short: 1 worker / {n} workers", scaling_x, "start-up weighs less")
        if large["short_x"].get("peer"):
            line(f"short: datatrove LanguageFilter, {n} workers", large["short_x"]["peer"])
            versus_x = statistics.median(large["short_x"]["peer"]) / statistics.median(
                large["short_x"]["audit"]
            )
            ratio("short: datatrove / datacensus", versus_x, "start-up weighs less")


if __name__ == "__main__":
    main()
