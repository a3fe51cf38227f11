"""Corpus-scale benchmark: every number is a ratio of runs measured side by side in this run.

- end-to-end `datacensus audit` vs raw fastText predicting the same texts on the same cores;
- 2 workers vs 1;
- peak memory (RSS of the process tree), and its growth when the corpus doubles;
- default --lid-max-chars vs full-text LID: speed and total variation of language shares;
- a peer baseline: pandas reading the shards + per-row LID with fasttext's public predict().

Run: `make bench` or `.venv/bin/python benchmarks/bench_scale.py --docs 200000`.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent


def make_corpus(
    directory: Path, docs: int, shards: int, seed: int = 11, sentences: tuple[int, int] = (3, 9)
) -> list[str]:
    """Documents of a few sentences from the project's own texts, as JSONL shards."""
    from datacensus.demo import language_weights
    from datacensus.demo.sentences import sentences

    rng = random.Random(seed)
    weights = language_weights()
    langs = sorted(weights)
    chosen = rng.choices(langs, weights=[weights[x] for x in langs], k=docs)
    directory.mkdir(parents=True, exist_ok=True)
    texts: list[str] = []
    handles = [(directory / f"part-{i:04d}.jsonl").open("w") for i in range(shards)]
    for i, lang in enumerate(chosen):
        pool = sentences()[lang]
        text = " ".join(rng.choice(pool) for _ in range(rng.randint(*sentences)))
        texts.append(text)
        handles[i % shards].write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    for handle in handles:
        handle.close()
    return texts


_MODEL: Any = None


def _init_raw() -> None:
    global _MODEL
    import fasttext

    from datacensus.lid import bundled_model_path

    _MODEL = fasttext.load_model(str(bundled_model_path()))


def _raw_chunk(texts: list[str]) -> Counter[str]:
    predict = _MODEL.f.predict
    found: Counter[str] = Counter()
    for text in texts:
        found[predict(text.replace("\n", " ") + "\n", 1, 0.0, "strict")[0][1]] += 1
    return found


def raw_fasttext(texts: list[str], workers: int) -> float:
    """Seconds for bare fastText top-1 prediction of every text on `workers` processes."""
    chunks = [texts[i : i + 4096] for i in range(0, len(texts), 4096)]
    start = time.perf_counter()
    if workers == 1:
        _init_raw()
        for chunk in chunks:
            _raw_chunk(chunk)
    else:
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(workers, initializer=_init_raw) as pool:
            for _ in pool.imap_unordered(_raw_chunk, chunks):
                pass
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
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                rss[int(entry)] = int(line.split()[1]) * 1024
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [c for c, p in parents.items() if p == pid and c not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(pid, 0) for pid in tree)


def run_audit(corpus: Path, out: Path, *extra: str) -> tuple[float, int, dict[str, Any]]:
    """Wall seconds, peak tree RSS and result of a `datacensus audit` subprocess."""
    cmd = [str(BIN / "datacensus"), "audit", str(corpus), "-o", str(out), "--quiet", "--no-cache"]
    start = time.perf_counter()
    proc = subprocess.Popen([*cmd, *extra], stdout=subprocess.DEVNULL)
    memory = TreeMemory(proc.pid)
    code = proc.wait()
    seconds = time.perf_counter() - start
    peak = memory.stop()
    if code != 0:
        raise SystemExit(f"audit failed with exit code {code}: {' '.join(cmd + list(extra))}")
    return seconds, peak, json.loads((out / "result.json").read_text())


def peer_pandas(corpus: Path) -> float:
    """Seconds for pandas + per-row fastText predict() (the usual notebook approach)."""
    code = (
        "import glob, pandas as pd, fasttext\n"
        "from datacensus.lid import bundled_model_path\n"
        "m = fasttext.load_model(str(bundled_model_path()))\n"
        f"files = sorted(glob.glob({str(corpus)!r} + '/*.jsonl'))\n"
        "df = pd.concat([pd.read_json(f, lines=True) for f in files])\n"
        "labels = df['text'].map(lambda t: m.predict(t.replace('\\n', ' '))[0][0])\n"
        "print(labels.value_counts().head(3).to_dict())\n"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def shares(result: dict[str, Any]) -> dict[str, float]:
    return {s["key"]: s["share"] or 0.0 for s in result["dimensions"]["language"]["slices"]}


def tvd(a: dict[str, float], b: dict[str, float]) -> float:
    return 0.5 * sum(abs(a.get(k, 0.0) - b.get(k, 0.0)) for k in set(a) | set(b))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=200_000)
    parser.add_argument("--shards", type=int, default=16)
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        texts = make_corpus(root / "corpus", args.docs, args.shards)
        make_corpus(root / "double", args.docs * 2, args.shards * 2)
        mb = sum(len(t.encode()) for t in texts) / 1e6
        print(f"corpus: {args.docs:,} documents, {args.shards} JSONL shards, {mb:.0f} MB text")

        raw_all = raw_fasttext(texts, cores)
        e2e_all, rss, _ = run_audit(root / "corpus", root / "o1")
        e2e_one, _, _ = run_audit(root / "corpus", root / "o2", "--workers", "1")
        _, rss_double, _ = run_audit(root / "double", root / "o3")
        # Web pages run to several paragraphs: the prefix LID reads is then a fraction of them.
        make_corpus(root / "pages", args.docs // 4, args.shards, sentences=(20, 60))
        pages_s, _, pages = run_audit(root / "pages", root / "o4")
        full_text_s, _, full_text = run_audit(root / "pages", root / "o5", "--lid-max-chars", "0")
        peer = peer_pandas(root / "corpus")

        print(f"raw fastText, {cores} processes:            {raw_all:7.1f} s")
        print(f"datacensus audit, {cores} workers:          {e2e_all:7.1f} s")
        print(f"datacensus audit, 1 worker:                {e2e_one:7.1f} s")
        print(f"long pages, default --lid-max-chars:       {pages_s:7.1f} s")
        print(f"long pages, full text (--lid-max-chars 0): {full_text_s:7.1f} s")
        print(f"peer: pandas + per-row predict():          {peer:7.1f} s")
        print("ratios (target in brackets):")
        print(f"  end-to-end / raw fastText:     {e2e_all / raw_all:5.2f}x  [<= 1.15]")
        print(f"  1 worker / {cores} workers:           {e2e_one / e2e_all:5.2f}x  [>= 1.8]")
        print(f"  peak RSS:                      {rss / 2**20:5.0f} MB [<= 1024]")
        print(f"  RSS doubled corpus / corpus:   {rss_double / rss:5.2f}x  [<= 1.25]")
        print(f"  full-text / default max-chars: {full_text_s / pages_s:5.2f}x  [>= 2, long pages]")
        shift = tvd(shares(pages), shares(full_text)) * 100
        print(f"  TV distance of shares, points: {shift:5.2f}   [<= 0.5]")
        print(f"  peer (pandas) / datacensus:    {peer / e2e_all:5.2f}x  [>= 2]")


if __name__ == "__main__":
    main()
