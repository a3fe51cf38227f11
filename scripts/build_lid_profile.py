"""Build the LID profile shipped for lid.176.ftz, and measure the share correction on held-out text.

Source: Helsinki-NLP/OPUS-MT-testsets (commit pinned in ``PINNED_COMMIT``), a git snapshot read
with ``git`` (no work tree needed). Two labelled sets in it:

* the Tatoeba Translation Challenge test sets (``datasets/helsinki_nlp/tatoeba/testsets``),
  Tatoeba sentences, CC BY 2.0 FR; one language label per line in ``*.labels``;
* FLORES-200 devtest (``datasets/facebook/flores/flores200_dataset/devtest``), CC BY-SA 4.0.

Texts: single sentences (short, mostly under 100 characters for Tatoeba), and paragraphs made by
joining 3-8 sentences of one language. Every distinct sentence goes to the held-out part when a
hash of it falls below ``HOLDOUT``; paragraphs only join sentences of one part, so no sentence is
in both. The profile is built from the other part; only aggregated counts are written.

Usage:
  python scripts/build_lid_profile.py --repo PATH            # write the shipped profile + TOML
  python scripts/build_lid_profile.py --repo PATH --measure  # also: raw vs corrected on held-out
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "datacensus" / "lid" / "profiles"
PINNED_COMMIT = "ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180"
SOURCE = "github:Helsinki-NLP/OPUS-MT-testsets"
TATOEBA_DIR = "datasets/helsinki_nlp/tatoeba/testsets"
FLORES_DIR = "datasets/facebook/flores/flores200_dataset/devtest"
HOLDOUT = 1.0 / 3.0
SEED = 14
#: Per language and part (profile / held-out): sentences and paragraphs per source.
CAPS = {
    "tatoeba": {"sentences": 150, "paragraphs": 80, "join": (4, 14)},
    "flores": {"sentences": 60, "paragraphs": 40, "join": (3, 8)},
}


@dataclass(frozen=True)
class Text:
    text: str
    label: str
    source: str
    kind: str  # sentence | paragraph


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def read_blobs(repo: Path, commit: str, paths: Sequence[str]) -> dict[str, str]:
    """Contents of ``paths`` at ``commit`` in one ``git cat-file --batch`` call."""
    request = "".join(f"{commit}:{p}\n" for p in paths).encode()
    raw = subprocess.run(
        ["git", "-C", str(repo), "cat-file", "--batch"], input=request, capture_output=True
    ).stdout
    out: dict[str, str] = {}
    pos = 0
    for path in paths:
        end = raw.index(b"\n", pos)
        header = raw[pos:end].split()
        if header[-1] == b"missing":
            raise SystemExit(f"{path}: missing at {commit}")
        size = int(header[2])
        out[path] = raw[end + 1 : end + 1 + size].decode("utf-8", "replace")
        pos = end + 1 + size + 1
    return out


def tatoeba_sentences(repo: Path, commit: str) -> dict[str, set[str]]:
    """Distinct sentences per Tatoeba label, from the newest test set of every pair."""
    files = git(repo, "ls-tree", "-r", "--name-only", commit, TATOEBA_DIR).split()
    newest: dict[str, str] = {}
    for path in files:
        pair, name = path.split("/")[-2:]
        version = name.split(".")[0]
        if version > newest.get(pair, ""):
            newest[pair] = version
    chosen = [p for p in files if p.split("/")[-1].split(".")[0] == newest[p.split("/")[-2]]]
    blobs = read_blobs(repo, commit, chosen)
    out: dict[str, set[str]] = defaultdict(set)
    for path in chosen:
        if path.endswith(".labels"):
            continue
        labels = blobs.get(path + ".labels")
        if labels is None:
            continue
        for line, label in zip(blobs[path].splitlines(), labels.splitlines(), strict=False):
            line = line.strip()
            if line and label.strip():
                out[label.strip()].add(line)
    return out


def flores_sentences(repo: Path, commit: str) -> dict[str, list[str]]:
    """Sentences per FLORES-200 code (``ace_Arab``), in file order."""
    files = [
        p
        for p in git(repo, "ls-tree", "-r", "--name-only", commit, FLORES_DIR).split()
        if p.endswith(".devtest")
    ]
    blobs = read_blobs(repo, commit, files)
    return {Path(p).stem: [s.strip() for s in blobs[p].splitlines() if s.strip()] for p in files}


def held_out(sentence: str) -> bool:
    digest = hashlib.blake2b(sentence.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2.0**64 < HOLDOUT


def build_texts(
    sentences: Mapping[str, Sequence[str]], source: str, rng: random.Random
) -> dict[str, list[Text]]:
    """Per part, sentences and paragraphs of one language each (see module docstring)."""
    caps = CAPS[source]
    parts: dict[str, list[Text]] = {"profile": [], "holdout": []}
    for label in sorted(sentences):
        pool = sorted(set(sentences[label]))
        for part in parts:
            mine = [s for s in pool if held_out(s) == (part == "holdout")]
            rng.shuffle(mine)
            share = 1.0 if part == "profile" else HOLDOUT / (1 - HOLDOUT)
            n_sent = round(caps["sentences"] * share)
            n_para = round(caps["paragraphs"] * share)
            single, rest = mine[:n_sent], mine[n_sent:]
            if len(rest) < 3:
                rest = mine
            parts[part] += [Text(s, label, source, "sentence") for s in single]
            for _ in range(n_para if len(rest) >= 3 else 0):
                low, high = caps["join"]
                size = rng.randint(min(low, len(rest)), min(high, len(rest)))
                text = " ".join(rng.sample(rest, size))
                parts[part].append(Text(text, label, source, "paragraph"))
    return parts


def gather(repo: Path, commit: str) -> dict[str, list[Text]]:
    rng = random.Random(SEED)
    tatoeba = build_texts(tatoeba_sentences(repo, commit), "tatoeba", rng)
    flores = build_texts(flores_sentences(repo, commit), "flores", rng)
    return {part: tatoeba[part] + flores[part] for part in tatoeba}


def usable(texts: list[Text]) -> list[tuple[Text, str]]:
    """Texts whose label is a language key datacensus can name."""
    from datacensus.errors import InputError
    from datacensus.lid.profile import true_key

    out = []
    for text in texts:
        try:
            out.append((text, true_key(text.label)))
        except InputError:
            continue
    return out


def provenance(commit: str) -> list[dict[str, Any]]:
    return [
        {
            "source": SOURCE,
            "commit": commit,
            "path": TATOEBA_DIR,
            "content": "Tatoeba sentences (Tatoeba Translation Challenge test sets)",
            "licence": "CC BY 2.0 FR",
        },
        {
            "source": SOURCE,
            "commit": commit,
            "path": FLORES_DIR,
            "content": "FLORES-200 devtest sentences",
            "licence": "CC BY-SA 4.0",
        },
    ]


def write_toml(profile: Mapping[str, Any], commit: str, path: Path) -> None:
    langs = profile["languages"]
    enough = sum(1 for row in langs.values() if row["texts"] >= 50)
    lines = [
        "# Provenance of lid.176.ftz.json (built by scripts/build_lid_profile.py).",
        "# The JSON holds aggregated counts only (confusion matrix, per-language rates).",
        'built_by = "scripts/build_lid_profile.py"',
        f'model_file = "{profile["model"]["file"]}"',
        f'model_sha256 = "{profile["model"]["sha256"]}"',
        f"texts = {profile['texts']}",
        f"languages = {len(langs)}",
        f"languages_with_50_texts = {enough}",
        f"holdout_fraction = {HOLDOUT:.4f}",
        "",
    ]
    for item in provenance(commit):
        lines += ["[[source]]"] + [f'{k} = "{v}"' for k, v in item.items()] + [""]
    path.write_text("\n".join(lines))


def measure(profile_path: Path, texts: list[tuple[Text, str]]) -> dict[str, Any]:
    """Raw vs corrected total variation on the held-out texts (see docs/language-id.md)."""
    import numpy as np
    import polars as pl

    from datacensus.compare.correction import total_variation as tv
    from datacensus.compare.lid_correct import correct_counts
    from datacensus.lid import LidSettings, cached_identifier, detect_languages
    from datacensus.lid.profile import length_bucket, load_profile
    from datacensus.schema import LID_LENGTH_DIMENSION

    profile = load_profile(profile_path)
    settings = LidSettings(workers=1)
    outputs = cached_identifier(settings).output_keys()
    detection = detect_languages([t.text for t, _ in texts], settings)
    rows = [
        (key, pred, length_bucket(t.text), t.kind)
        for (t, key), pred in zip(texts, detection.keys, strict=True)
    ]

    def evaluate(subset: list[tuple[str, str, str, str]], method: str) -> dict[str, Any]:
        detectable = [r for r in subset if r[0] in outputs]
        truth: dict[str, float] = defaultdict(float)
        for key, *_ in detectable:
            truth[key] += 1.0 / len(detectable)
        tallies: dict[tuple[str, str], int] = defaultdict(int)
        for _, pred, bucket, _ in subset:
            tallies[("language", pred)] += 1
            tallies[(LID_LENGTH_DIMENSION, f"{bucket}|{pred}")] += 1
        counts = pl.DataFrame(
            [(d, k, n) for (d, k), n in tallies.items()],
            schema={"dimension": pl.String, "key": pl.String, "documents": pl.Int64},
            orient="row",
        )
        start = time.perf_counter()
        _, pooled, _ = correct_counts(
            counts.filter(pl.col("dimension") == "language"), profile, outputs, method, replicates=0
        )
        _, strat, _ = correct_counts(counts, profile, outputs, method, replicates=0)
        seconds = time.perf_counter() - start
        return {
            "texts": len(subset),
            "raw_tv": tv(strat.raw, truth),
            "pooled_tv": tv(pooled.shares, truth),
            "corrected_tv": tv(strat.shares, truth),
            "seconds": seconds,
            "truth": dict(truth),
            "raw": strat.raw,
            "corrected": strat.shares,
        }

    det = [r for r in rows if r[0] in outputs]
    subsets = {
        "all detectable": det,
        "short (<100 chars)": [r for r in det if r[2] == "short"],
        "sentences": [r for r in det if r[3] == "sentence"],
        "paragraphs": [r for r in det if r[3] == "paragraph"],
        "with undetectable-language texts": rows,
    }
    out: dict[str, Any] = {"subsets": {}, "mixtures": {}}
    for name, subset in subsets.items():
        out["subsets"][name] = {m: evaluate(subset, m) for m in ("acc", "em")}
    # Skewed corpora: Zipf-distributed language shares, texts resampled from the held-out part.
    rng = np.random.default_rng(SEED)
    by_lang: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for r in det:
        by_lang[r[0]].append(r)
    langs = sorted(by_lang)
    for label, keep in (("all", lambda r: True), ("short", lambda r: r[2] == "short")):
        pools = {k: [r for r in v if keep(r)] for k, v in by_lang.items()}
        pools = {k: v for k, v in pools.items() if len(v) >= 5}
        keys = sorted(pools)
        results: dict[str, list[tuple[float, float]]] = {"acc": [], "em": []}
        pooled_tv: dict[str, list[float]] = {"acc": [], "em": []}
        for _ in range(10):
            order = rng.permutation(len(keys))
            weights = 1.0 / np.arange(1, len(keys) + 1) ** 1.1
            shares = np.empty(len(keys))
            shares[order] = weights / weights.sum()
            counts = rng.multinomial(20000, shares)
            sample = []
            for key, n in zip(keys, counts, strict=True):
                pool = pools[key]
                sample += [pool[i] for i in rng.integers(0, len(pool), n)]
            for method in results:
                got = evaluate(sample, method)
                results[method].append((got["raw_tv"], got["corrected_tv"]))
                pooled_tv[method].append(got["pooled_tv"])
        out["mixtures"][label] = {
            m: {
                "raw_tv": float(np.mean([a for a, _ in v])),
                "corrected_tv": float(np.mean([b for _, b in v])),
                "pooled_tv": float(np.mean(pooled_tv[m])),
                "corrected_better": sum(b < a for a, b in v),
                "runs": len(v),
            }
            for m, v in results.items()
        }
        out["mixtures"][label]["languages"] = len(keys)
    del langs
    # Per-language errors on the whole held-out set (EM), for the docs table.
    whole = out["subsets"]["all detectable"]["em"]
    out["per_language"] = {
        k: {
            "truth": whole["truth"].get(k, 0.0),
            "raw": whole["raw"].get(k, 0.0),
            "corrected": whole["corrected"].get(k, 0.0),
        }
        for k in sorted(set(whole["truth"]) | set(whole["raw"]))
    }
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, required=True, help="git snapshot of the source")
    parser.add_argument("--commit", default=PINNED_COMMIT)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--measure", action="store_true", help="measure on the held-out part")
    parser.add_argument("--measure-json", type=Path, default=None)
    args = parser.parse_args(argv)

    from datacensus.lid import LidSettings
    from datacensus.lid.profile import evaluate, save_profile

    parts = gather(args.repo, args.commit)
    profile_texts = usable(parts["profile"])
    settings = LidSettings(workers=1)
    profile = evaluate(
        [t.text for t, _ in profile_texts],
        [k for _, k in profile_texts],
        settings,
        provenance=provenance(args.commit),
    )
    path = save_profile(profile, args.out / "lid.176.ftz.json")
    write_toml(profile, args.commit, args.out / "lid.176.ftz.toml")
    langs = profile["languages"]
    print(
        f"profile: {profile['texts']} texts, {len(langs)} languages "
        f"({sum(1 for r in langs.values() if r['texts'] >= 50)} with >= 50 texts) -> {path}"
    )
    if args.measure:
        results = measure(path, usable(parts["holdout"]))
        for name, by_method in results["subsets"].items():
            for method, r in by_method.items():
                print(
                    f"{name:34s} {method:3s} texts={r['texts']:6d} raw TV={r['raw_tv']:.4f} "
                    f"pooled TV={r['pooled_tv']:.4f} corrected TV={r['corrected_tv']:.4f} "
                    f"({r['seconds']:.2f} s)"
                )
        for name, by_method in results["mixtures"].items():
            print(f"mixtures ({name}, {by_method['languages']} languages):")
            for method in ("acc", "em"):
                r = by_method[method]
                print(
                    f"  {method}: raw TV={r['raw_tv']:.4f} pooled TV={r['pooled_tv']:.4f} "
                    f"corrected TV={r['corrected_tv']:.4f} "
                    f"corrected better in {r['corrected_better']}/{r['runs']}"
                )
        if args.measure_json:
            args.measure_json.write_text(json.dumps(results, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
