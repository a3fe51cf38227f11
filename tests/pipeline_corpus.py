"""A seeded multi-shard corpus for the pipeline integration tests (long tail, mixed formats).

Every shard has text (real sentences of many languages, heavy-tailed lengths), a language
label, a URL with a country-code domain, a category and a domain column; a few rows have a
null language or an empty text, and JSONL shards carry one malformed line each (skipped rows).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import polars as pl

from datacensus.demo.sentences import sentences

TLDS = ("de", "fr", "es", "in", "ke", "br", "jp", "com", "org", "ng")
TOPICS = ("news", "science", "forum", "code", "legal")


def records(n: int, rng: random.Random) -> list[dict[str, Any]]:
    """``n`` rows; languages drawn from a long-tailed (Zipf-like) distribution."""
    table = sentences()
    langs = sorted(table)
    weights = [1 / (i + 1) ** 1.2 for i in range(len(langs))]
    rows: list[dict[str, Any]] = []
    for _ in range(n):
        lang = rng.choices(langs, weights)[0]
        pool = table[lang]
        repeat = min(1 + int(rng.paretovariate(1.5)), 12)  # heavy-tailed lengths
        text = " ".join(rng.choice(pool) for _ in range(repeat))
        if rng.random() < 0.03:
            text = ""
        rows.append(
            {
                "text": text,
                "language": None if rng.random() < 0.03 else lang,
                "url": f"https://site{rng.randrange(50)}.{rng.choice(TLDS)}/p",
                "topic": rng.choice(TOPICS),
            }
        )
    return rows


def write_shards(folder: Path, shards: int, rows: int, seed: int = 0) -> list[Path]:
    """``shards`` files (every third one JSONL with a malformed line, the rest Parquet)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for i in range(shards):
        part = records(rows + rng.randrange(rows), rng)
        if i % 3 == 2:
            path = folder / f"part-{i:03d}.jsonl"
            lines = [json.dumps(r, ensure_ascii=False) for r in part]
            lines.insert(len(lines) // 2, '{"text": "broken')
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            path = folder / f"part-{i:03d}.parquet"
            pl.DataFrame(part).write_parquet(path)
        paths.append(path)
    return paths


def all_records(paths: list[Path]) -> list[dict[str, Any]]:
    """The readable rows of the shards, in order (the malformed JSONL lines left out)."""
    out: list[dict[str, Any]] = []
    for path in paths:
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    continue
        else:
            out.extend(pl.read_parquet(path).to_dicts())
    return out


def sorted_counts(counts: pl.DataFrame) -> pl.DataFrame:
    """A counts table in a canonical row order, for equality checks."""
    return counts.sort("dimension", "key")
