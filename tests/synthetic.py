"""A large, hostile synthetic result for measuring and testing the report (no data needed).

``python tests/synthetic.py DIR`` writes its report. It has 200 languages, 250
countries, a language × country intersection, a category dimension whose names try to break out
of HTML and ``<script>``, a policy verdict, LID confidences and example snippets.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import polars as pl

from datacensus.models import AuditResult, Reference
from datacensus.schema import COUNTS_SCHEMA, LID_CONFIDENCE_DIMENSION, ROWS_DIMENSION

HOSTILE = ("<script>alert(1)</script>", "</script><b>x</b>", "a & b \"quoted\" 'single'")


def _counts(rows: list[tuple[str, str, int]]) -> pl.DataFrame:
    return pl.DataFrame(
        [
            {
                "dimension": d,
                "key": k,
                "documents": n,
                "chars": n * 800,
                "tokens": n * 150,
                "chars_sq": float(n * 800 * 800),
                "tokens_sq": float(n * 150 * 150),
            }
            for d, k, n in rows
        ],
        schema=COUNTS_SCHEMA,
    )


def synthetic_result(languages: int = 200, countries: int = 250, seed: int = 3) -> AuditResult:
    """A deterministic AuditResult of realistic shape, computed with the real statistics."""
    from datacensus.codes.countries import country_codes
    from datacensus.compare.references import load_reference
    from datacensus.compare.results import compare_dimensions

    rng = random.Random(seed)
    lang_ref = load_reference("world-speakers", dimension="language")
    lang_keys = lang_ref.table.sort("share", descending=True)["key"].to_list()[:languages]
    country_keys = sorted(country_codes())[:countries]
    rows: list[tuple[str, str, int]] = []
    lang_counts = {
        k: int(rng.paretovariate(0.9) * 40) if rng.random() > 0.1 else 0 for k in lang_keys
    }
    rows += [("language", k, n) for k, n in lang_counts.items() if n > 0]
    rows += [("language", "?low_confidence", 900), ("language", "?empty", 120)]
    country_counts = {
        k: int(rng.paretovariate(1.1) * 30) if rng.random() > 0.15 else 0 for k in country_keys
    }
    rows += [("country", k, n) for k, n in country_counts.items() if n > 0]
    rows += [("country", "?unmapped=Frnace", 40), ("country", "?missing", 300)]
    top_langs = sorted(lang_counts, key=lambda k: -lang_counts[k])[:40]
    top_countries = sorted(country_counts, key=lambda k: -country_counts[k])[:40]
    for lang in top_langs:
        for ctry in rng.sample(top_countries, 12):
            rows.append(("language|country", f"{lang}|{ctry}", rng.randint(1, 400)))
    categories = ["news", "forum", "legal", *HOSTILE]
    rows += [("category", c, rng.randint(5, 3000)) for c in categories]
    total = sum(n for d, _, n in rows if d == "language")
    rows.append((ROWS_DIMENSION, "read", total))
    rows.append((ROWS_DIMENSION, "?bad_json", 7))
    rows += [
        (LID_CONFIDENCE_DIMENSION, f"{b / 10:.1f}", rng.randint(10, 4000)) for b in range(1, 11)
    ]
    counts = _counts(rows)
    cat_ref = Reference.from_mapping(
        {c: 1.0 for c in categories},
        name="uniform <categories>",
        dimension="category",
        title="Hand-made </script> reference",
        licence="CC0-1.0",
        source="test & fixture",
    )
    refs: dict[str, Reference | None] = {
        "language": lang_ref,
        "country": load_reference("world-population", dimension="country"),
        "language|country": load_reference("language-territory", dimension="language|country"),
        "category": cat_ref,
    }
    dims = compare_dimensions(counts, refs)
    examples: dict[str, Any] = {
        "category": {HOSTILE[0]: ["<img src=x onerror=alert(2)> snippet", "plain snippet"]}
    }
    return AuditResult(
        datacensus_version="0.0.0-synthetic",
        created_at="2026-01-01T00:00:00+00:00",
        input={
            "paths": ["corpus/<part>-0.parquet"],
            "shards": 1,
            "fingerprint": "sha256:abc123",
            "rows_read": total,
            "rows_skipped": {"bad_json": 7},
        },
        parameters={"weight": "documents", "spec": {"text": "text"}},
        dimensions=dims,
        counts=counts,
        lid={
            "backend": "fasttext",
            "model": "lid.176.ftz",
            "min_confidence": 0.5,
            "confidence_histogram": {f"{b / 10:.1f}": 100 * b for b in range(1, 11)},
        },
        verdict={
            "passed": False,
            "findings": [
                {"rule": "max_under", "message": "language: 12 slices under </script> (max 5)"}
            ],
        },
        extras={"examples": examples},
    )


if __name__ == "__main__":
    from datacensus.report.write import write_report

    out = write_report(synthetic_result(), Path(sys.argv[1] if len(sys.argv) > 1 else "."))
    for kind, path in out.items():
        print(f"{kind}: {path} ({path.stat().st_size:,} bytes)")
