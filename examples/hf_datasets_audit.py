"""Audit a Hugging Face `datasets.Dataset` in memory (needs `pip install 'datacensus[hf]'`).

Languages are detected from the `text` column with the bundled fastText model and compared with
a target mix the team chose. Run: python examples/hf_datasets_audit.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import datasets

import datacensus

SENTENCES = {
    "en": "The committee will publish its annual report on renewable energy next month.",
    "fr": "Le conseil municipal a voté le nouveau budget pour les écoles de la ville.",
    "de": "Die Forscher haben die Ergebnisse ihrer Studie in einer Fachzeitschrift veröffentlicht.",
    "es": "El museo abrirá una nueva exposición sobre la historia de la navegación.",
    "sw": "Habari za asubuhi, leo tutajifunza kuhusu historia ya Afrika Mashariki "
    "na lugha ya Kiswahili.",
}
#: Documents per language in this toy dataset: Swahili is starved.
MIX = {"en": 300, "fr": 80, "de": 80, "es": 60, "sw": 3}
#: The mix the team wants, as shares (any positive numbers; they are normalised).
TARGET = {"en": 0.4, "fr": 0.15, "de": 0.15, "es": 0.15, "sw": 0.15}


def build_dataset() -> datasets.Dataset:
    texts = [SENTENCES[lang] for lang, n in MIX.items() for _ in range(n)]
    return datasets.Dataset.from_dict({"text": texts, "id": list(range(len(texts)))})


def main(output: Path) -> None:
    target = datacensus.Reference.from_mapping(TARGET, name="team-target", dimension="language")
    result = datacensus.audit(build_dataset(), text="text", references={"language": target})
    print(result)
    table = result.coverage("language").select("key", "count", "share", "ratio", "status")
    print(table)
    statuses = dict(table.select("key", "status").iter_rows())
    print(f"Swahili: {statuses['sw']}")  # 3 documents where 15% were wanted: under
    paths = datacensus.write_report(result, output)
    print(f"report: {paths['html']}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()))
