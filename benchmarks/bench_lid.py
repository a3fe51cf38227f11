"""Measure datacensus language identification: speed side by side, and the default-setting curves.

    python benchmarks/bench_lid.py speed [--docs 20000] [--repeat 5]
    python benchmarks/bench_lid.py curves

``speed`` times, in one run on the same texts: raw fastText batch predict, datacensus's LID stage
doing the same work (whole text), datacensus with its defaults, and 1 vs 2 worker processes.
``curves`` prints the measurements behind the defaults in docs/language-id.md (accuracy and
cost against max_chars, accuracy against text length, the min_confidence trade-off, lower-casing)
on the project's labelled evaluation set (datacensus.demo.eval_texts.EVAL).
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

from datacensus.lid import (
    DEFAULT_MIN_CHARS,
    DEFAULT_MIN_CONFIDENCE,
    LidSettings,
    detect_languages,
    letter_units,
    load_identifier,
    prepare,
)
from datacensus.lid_labels import label_key


def eval_set() -> tuple[tuple[str, str], ...]:
    """The project's labelled evaluation texts as (language, text) pairs."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "tests" / "data" / "eval_texts.jsonl"
    rows = map(json.loads, path.read_text(encoding="utf-8").splitlines())
    return tuple((r["language"], r["text"]) for r in rows)


def build_documents(count: int, seed: int = 0) -> tuple[list[str], list[str]]:
    """Documents of mixed length (1, 4 or 24 same-language texts, newline-joined) and labels."""
    by_lang: dict[str, list[str]] = defaultdict(list)
    for lang, text in eval_set():
        by_lang[lang].append(text)
    langs = sorted(by_lang)
    rng = random.Random(seed)
    docs, labels = [], []
    for _ in range(count):
        lang = rng.choice(langs)
        parts = rng.choice((1, 1, 4, 24))
        docs.append("\n".join(rng.choice(by_lang[lang]) for _ in range(parts)))
        labels.append(lang)
    return docs, labels


#: Boilerplate that opens many crawled pages whatever their language (written for this bench).
HEADERS = (
    "Home | News | Sport | Weather | Contact us | Sign in",
    "Skip to main content. Menu. Search this site. Subscribe to our newsletter.",
    "We use cookies to improve your experience on our website. By continuing to browse you "
    "agree to our use of cookies. Accept all. Manage settings. Privacy policy.",
    "Posted by admin on March 3 | 12 comments | Share on Facebook | Share on Twitter | Print "
    "this page | Related articles | Most read this week | Editor's picks | Latest updates from "
    "our correspondents around the world | Follow us for more stories like this one",
)


def web_documents(
    texts: Sequence[str], truth: Sequence[str], count: int, seed: int = 2
) -> tuple[list[str], list[str]]:
    """Documents of an English header plus 24 same-language texts, and their (non-English) truth."""
    by_lang: dict[str, list[str]] = defaultdict(list)
    for text, key in zip(texts, truth, strict=True):
        if key != "en":
            by_lang[key].append(text)
    langs = sorted(by_lang)
    rng = random.Random(seed)
    docs, labels = [], []
    for _ in range(count):
        lang = rng.choice(langs)
        body = " ".join(rng.choice(by_lang[lang]) for _ in range(24))
        docs.append(rng.choice(HEADERS) + "\n" + body)
        labels.append(lang)
    return docs, labels


def best_of(repeat: int, runs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Minimum wall time of each run; runs are interleaved so they share the machine's noise."""
    times: dict[str, float] = {name: float("inf") for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name] = min(times[name], time.perf_counter() - start)
    return times


def speed(docs_count: int, repeat: int) -> None:
    """Raw fastText vs datacensus, and worker scaling, on one corpus."""
    docs, _ = build_documents(docs_count)
    model = load_identifier(LidSettings())._model  # type: ignore[attr-defined]
    same_work = LidSettings(max_chars=None, workers=1)
    default_1 = LidSettings(workers=1)
    default_2 = LidSettings(workers=2)

    def raw_batch() -> object:
        lines = [doc.replace("\n", " ") + "\n" for doc in docs]
        return model.f.multilinePredict(lines, 1, 0.0, "strict")

    start = time.perf_counter()
    detect_languages(docs, default_2)  # starts the pool; later calls reuse it
    cold_2 = time.perf_counter() - start
    times = best_of(
        repeat,
        {
            "raw fastText multilinePredict (labels only)": raw_batch,
            "datacensus, whole text (max_chars=None), 1 worker": lambda: detect_languages(
                docs, same_work
            ),
            "datacensus defaults, 1 worker": lambda: detect_languages(docs, default_1),
            "datacensus defaults, 2 workers": lambda: detect_languages(docs, default_2),
        },
    )
    chars = sum(len(doc) for doc in docs)
    print(f"{len(docs)} documents, {chars / len(docs):.0f} chars mean, best of {repeat}")
    for name, seconds in times.items():
        print(f"  {name:<52} {seconds:7.3f} s  {1e6 * seconds / len(docs):7.1f} us/doc")
    names = list(times)
    raw, whole, d1, d2 = (times[n] for n in names)
    print(f"  datacensus whole text / raw batch:        {whole / raw:.3f}  (target <= 1.10)")
    print(f"  datacensus defaults / raw batch:          {d1 / raw:.3f}")
    print(f"  speed-up 1 -> 2 workers (warm pool):      {d1 / d2:.2f}x (target >= 1.7)")
    print(f"  first 2-worker call incl. pool start:     {cold_2:.3f} s")
    same = detect_languages(docs, default_1) == detect_languages(docs, default_2)
    print(f"  identical output for 1 and 2 workers:     {same}")


def accuracy(
    texts: Sequence[str], truth: Sequence[str], settings: LidSettings
) -> tuple[float, float, float]:
    """(accuracy over all texts, share of texts kept, accuracy among kept) for ``settings``."""
    keys = load_identifier(settings).detect(texts).keys
    kept = [(k, t) for k, t in zip(keys, truth, strict=True) if not k.startswith("?")]
    correct = sum(k == t for k, t in kept)
    return correct / len(truth), len(kept) / len(truth), correct / max(len(kept), 1)


def tvd(estimated: Sequence[str], truth: Sequence[str]) -> float:
    """Total variation distance between key shares (unknown keys left out of the estimate)."""
    est = Counter(k for k in estimated if not k.startswith("?"))
    true = Counter(truth)
    n_est, n_true = sum(est.values()), sum(true.values())
    keys = set(est) | set(true)
    return 0.5 * sum(abs(est[k] / max(n_est, 1) - true[k] / n_true) for k in keys)


def detectable_eval() -> tuple[list[str], list[str], list[str]]:
    """EVAL texts whose language lid.176 can output, their labels, and the languages left out."""
    outputs = load_identifier(LidSettings()).output_keys()
    texts, truth, skipped = [], [], set()
    for lang, text in eval_set():
        key = label_key(lang).key
        if key in outputs:
            texts.append(text)
            truth.append(key)
        else:
            skipped.add(key)
    return texts, truth, sorted(skipped)


#: EVAL texts of at most this many characters are "short" (3-8 words), longer ones paragraphs.
SHORT_CHARS = 80
_LETTERS = re.compile(r"[^\W\d_]")


def scored_eval() -> list[dict[str, object]]:
    """Every EVAL text once through the model with no thresholds: what any grid cell needs."""
    identifier = load_identifier(LidSettings(min_confidence=0.0, min_chars=0, workers=1))
    outputs = identifier.output_keys()
    rows: list[dict[str, object]] = []
    for lang, text in eval_set():
        truth = label_key(lang).key
        line, _ = prepare(text, LidSettings(min_chars=0))
        detection = identifier.detect([text])
        rows.append(
            {
                "truth": truth,
                "detectable": truth in outputs,
                "short": len(text) <= SHORT_CHARS,
                "key": detection.keys[0],
                "p": detection.confidence[0],
                "letters": len(_LETTERS.findall(line)),  # the rule before script weights
                "units": letter_units(line),
            }
        )
    return rows


def grid_cell(
    rows: Sequence[dict[str, object]], min_confidence: float, min_chars: int, unit: str
) -> tuple[float, float, float, float, list[tuple[str, float]]]:
    """Mean per-language accuracy, unknown fraction, TVD, undetectable texts given a language.

    Accuracy, unknown fraction and TVD are over detectable languages (unknown counts as wrong);
    the last figure is over the texts in languages the model cannot output.
    """

    def key(row: dict[str, object]) -> str:
        if int(row[unit]) < min_chars:  # type: ignore[call-overload]
            return "?too_short"
        return "?low_confidence" if float(row["p"]) < min_confidence else str(row["key"])  # type: ignore[arg-type]

    seen = [r for r in rows if r["detectable"]]
    keys = [key(r) for r in seen]
    truth = [str(r["truth"]) for r in seen]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter(truth)
    for k, t in zip(keys, truth, strict=True):
        right[t] += k == t
    per_lang = sorted(((lang, right[lang] / total[lang]) for lang in total), key=lambda x: x[1])
    mean = sum(a for _, a in per_lang) / len(per_lang)
    unknown = sum(k.startswith("?") for k in keys) / len(keys)
    blind = [key(r) for r in rows if not r["detectable"]]
    assigned = sum(not k.startswith("?") for k in blind) / max(len(blind), 1)
    return mean, unknown, tvd(keys, truth), assigned, per_lang


def grid() -> None:
    """min_confidence x min_chars on EVAL, short texts and paragraphs apart."""
    rows = scored_eval()
    parts = {
        "short": [r for r in rows if r["short"]],
        "long": [r for r in rows if not r["short"]],
        "all": rows,
    }
    sizes = ", ".join(f"{name} {len(part)}" for name, part in parts.items())
    print(f"EVAL texts: {sizes}. Per part: mean per-language accuracy / unknown / TVD /")
    print("undetectable-language texts given a language")
    for unit, limits in (("letters", (0, 5, 10, 15)), ("units", (0, 5, 8, 10, 12, 15))):
        for min_chars in limits:
            for threshold in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6):
                cells = [grid_cell(p, threshold, min_chars, unit) for p in parts.values()]
                print(
                    f"{unit:<7} min_chars={min_chars:<2} min_conf={threshold:.1f} | "
                    + " | ".join(f"{a:.3f} {u:.3f} {t:.3f} {d:.2f}" for a, u, t, d, _ in cells)
                )
    print(f"defaults: min_confidence={DEFAULT_MIN_CONFIDENCE}, min_chars={DEFAULT_MIN_CHARS} units")
    for name, part in parts.items():
        *_, worst = grid_cell(part, DEFAULT_MIN_CONFIDENCE, DEFAULT_MIN_CHARS, "units")
        print(f"  worst five, {name}: " + ", ".join(f"{lang} {a:.2f}" for lang, a in worst[:5]))


def curves() -> None:
    """The measurements behind the LID defaults."""
    texts, truth, skipped = detectable_eval()
    print(f"EVAL: {len(eval_set())} texts; {len(texts)} in {len(set(truth))} languages lid.176 can")
    print(f"output; left out (undetectable): {', '.join(skipped) or 'none'}")
    base = LidSettings(min_confidence=0.0, min_chars=0, max_chars=None, workers=1)

    print("\n1. accuracy vs text length (each text cut to its first N characters)")
    print("   N      accuracy")
    for n in (10, 15, 20, 30, 50, 75, 100, 150, 200):
        cut = [t[:n] for t in texts]
        print(f"   {n:<6} {accuracy(cut, truth, base)[0]:.3f}")

    print("\n2. max_chars on web-like documents: an English navigation/cookie header of")
    print("   60-400 chars, then 24 texts in the document's language; accuracy and cost")
    long_docs, long_truth = web_documents(texts, truth, 600)
    mean = sum(map(len, long_docs)) / len(long_docs)
    print(f"   {len(long_docs)} documents, {mean:.0f} chars mean (English bodies left out)")
    print("   max_chars  accuracy  us/doc")
    identifiers = {
        limit: load_identifier(replace(base, max_chars=limit))
        for limit in (100, 200, 300, 500, 1000, 2000, 5000, None)
    }
    times = best_of(5, {str(k): (lambda i=i: i.detect(long_docs)) for k, i in identifiers.items()})
    for limit, identifier in identifiers.items():
        keys = identifier.detect(long_docs).keys
        acc = sum(k == t for k, t in zip(keys, long_truth, strict=True)) / len(long_truth)
        print(f"   {limit!s:<10} {acc:.3f}     {1e6 * times[str(limit)] / len(long_docs):.1f}")

    print("\n3. min_confidence: kept share, accuracy of kept, TVD of shares (texts as written")
    print("   and cut to 30 chars)")
    mixed = texts + [t[:30] for t in texts]
    mixed_truth = truth + truth
    print("   min_conf  kept   acc(kept)  TVD")
    for threshold in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        settings = replace(base, min_confidence=threshold)
        _, kept, acc_kept = accuracy(mixed, mixed_truth, settings)
        keys = load_identifier(settings).detect(mixed).keys
        print(f"   {threshold:<9} {kept:.3f}  {acc_kept:.3f}      {tvd(keys, mixed_truth):.4f}")

    print("\n4. lower-casing (accuracy, min_confidence 0)")
    upper = [t.upper() for t in texts]
    for lowercase in (False, True):
        settings = replace(base, lowercase=lowercase)
        as_is = accuracy(texts, truth, settings)[0]
        shouting = accuracy(upper, truth, settings)[0]
        print(f"   lowercase={lowercase!s:<5}  as written {as_is:.3f}  upper-cased {shouting:.3f}")


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    speed_parser = sub.add_parser("speed", help="raw fastText vs datacensus; worker scaling")
    speed_parser.add_argument("--docs", type=int, default=20000)
    speed_parser.add_argument("--repeat", type=int, default=5)
    sub.add_parser("curves", help="accuracy/speed curves behind the defaults")
    sub.add_parser("grid", help="min_confidence x min_chars on EVAL, short and long texts")
    args = parser.parse_args()
    if args.command == "speed":
        speed(args.docs, args.repeat)
    elif args.command == "grid":
        grid()
    else:
        curves()


if __name__ == "__main__":
    main()
