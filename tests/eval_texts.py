"""Held-out texts for measuring language-identification accuracy (``data/eval_texts.jsonl``).

Written for this project; none of them is a demo sentence. For each demo language: six short
texts (3-8 words, or a short phrase in scripts written without spaces) and four paragraphs
(60-200 words, some with a line break). They are deliberately NOT filtered by any model, so they
measure it: expect short texts in closely related languages (nb/da, ms/id, hr/sr, af/nl) to be
misread. The tail holds a few texts in languages lid.176 has no label for (zu, xh, ha, ig, ti),
so the "undetectable" path can be measured too. Tests and benchmarks only: not in the wheel.
"""

from __future__ import annotations

import json
from pathlib import Path

PATH = Path(__file__).parent / "data" / "eval_texts.jsonl"


def load_eval() -> tuple[tuple[str, str], ...]:
    """``((language, text), ...)`` in file order."""
    lines = PATH.read_text(encoding="utf-8").splitlines()
    return tuple((r["language"], r["text"]) for r in map(json.loads, lines))


EVAL = load_eval()
