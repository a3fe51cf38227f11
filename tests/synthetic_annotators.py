"""A seeded annotator pool in the regime users are in, for the annotators page's browser test.

40 annotators from 8 countries (two with a single annotator), two genders, 300 items with 3 to 5
labels each; annotators from one country give "toxic" far more often (a real effect), the
others follow the item's true label with 80% accuracy. ``python tests/synthetic_annotators.py
DIR`` writes its report.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import polars as pl

from datacensus import AnnotatorResult, audit_annotators

COUNTRIES = {"US": 12, "IN": 9, "KE": 6, "PH": 5, "DE": 4, "BR": 2, "NG": 1, "JP": 1}
LABELS = ("ok", "toxic", "unsure")
#: The country whose annotators say "toxic" far more often.
HARSH = "PH"


def annotator_frame(seed: int = 11, items: int = 300) -> pl.DataFrame:
    """Long-format labels: item, annotator, label, annotator country and gender, item topic."""
    rng = random.Random(seed)
    pool = [
        (f"{country.lower()}{i}", country, "f" if rng.random() < 0.45 else "m")
        for country, n in COUNTRIES.items()
        for i in range(n)
    ]
    rows = []
    for item in range(items):
        truth = "toxic" if rng.random() < 0.25 else "ok"
        topic = rng.choice(("news", "sport", "politics"))
        for who, country, gender in rng.sample(pool, rng.randint(3, 5)):
            if country == HARSH and rng.random() < 0.5:
                label = "toxic"
            elif rng.random() < 0.8:
                label = truth
            else:
                label = rng.choice(LABELS)
            rows.append(
                {
                    "item": f"i{item}",
                    "annotator": who,
                    "label": label,
                    "country": country,
                    "gender": gender,
                    "topic": topic,
                }
            )
    return pl.DataFrame(rows)


def annotator_result(seed: int = 11) -> AnnotatorResult:
    return audit_annotators(
        annotator_frame(seed),
        item="item",
        annotator="annotator",
        label="label",
        attrs=["country", "gender"],
        item_attrs=["topic"],
        replicates=200,
    )


if __name__ == "__main__":
    from datacensus.report.annotators_page import write_outputs

    print(write_outputs(annotator_result(), Path(sys.argv[1]))["html"])
