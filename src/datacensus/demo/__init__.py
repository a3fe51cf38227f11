"""The bundled demo corpus: small, deterministic and skewed the way web crawls are.

English dominates, a few large European and East Asian languages follow, and languages with
hundreds of millions of speakers (Hindi, Bengali, Urdu, Swahili, ...) get a sliver — so the audit
has something true to find. Texts are the project's own sentences (``sentences.jsonl``).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from datacensus.codes.countries import cctlds
from datacensus.demo.sentences import sentences

#: Documents per 10,000 for the head languages; every other language shares the tail.
HEAD_WEIGHTS: dict[str, float] = {
    "en": 4300,
    "de": 650,
    "fr": 560,
    "es": 520,
    "ru": 480,
    "zh": 420,
    "ja": 390,
    "pt": 300,
    "it": 260,
    "nl": 200,
    "pl": 170,
    "ko": 120,
    "tr": 110,
    "vi": 90,
    "sv": 80,
    "cs": 70,
    "ar": 60,
    "id": 50,
    "uk": 50,
    "fa": 40,
}
#: Languages the demo deliberately starves (large speaker populations, tiny share).
STARVED = ("hi", "bn", "ur", "sw", "pa", "mr", "te", "ta", "am", "my")

#: Countries per language are drawn from the shipped CLDR language-territory reference: the
#: language's largest territories by speakers, in proportion to their speakers.
COUNTRIES_PER_LANGUAGE = 4

#: Registrable suffixes used instead of the bare ccTLD (the UK's ccTLD is .uk, not .gb).
TLD_OF = {"GB": "co.uk", "US": "com"}
GENERIC_TLDS = ("com", "com", "org", "net", "info")
VANITY_TLDS = ("io", "co", "ai", "tv", "me")
TOPICS = (
    "news",
    "news",
    "news",
    "technology",
    "technology",
    "sports",
    "entertainment",
    "business",
    "science",
    "health",
    "politics",
    "travel",
    "religion",
    "education",
)
MESSY_COUNTRIES = ("U.K.", "Frnace", "usa", "Deutschland", "n/a", "")


def language_weights() -> dict[str, float]:
    """Document weight per language: the head as listed, starved ones tiny, a Zipf tail."""
    weights: dict[str, float] = {}
    tail = sorted(k for k in sentences() if k not in HEAD_WEIGHTS and k not in STARVED)
    for lang, w in HEAD_WEIGHTS.items():
        if lang in sentences():
            weights[lang] = w
    for rank, lang in enumerate(tail, start=1):
        weights[lang] = 60.0 / rank**0.8
    for lang in STARVED:
        if lang in sentences():
            weights[lang] = 2.0
    return weights


def language_countries() -> dict[str, tuple[list[str], list[float]]]:
    """Per language: its largest territories (alpha-2) and their speaker shares."""
    from datacensus.compare.references import shipped_reference

    table = shipped_reference("language-territory").table
    found: dict[str, tuple[list[str], list[float]]] = {}
    for key, share in sorted(zip(table["key"], table["share"], strict=True), key=lambda r: -r[1]):
        lang, _, country = key.partition("|")
        codes, weights = found.setdefault(lang, ([], []))
        if len(codes) < COUNTRIES_PER_LANGUAGE:
            codes.append(country)
            weights.append(share)
    return found


def generate(documents: int = 6000, seed: int = 7) -> list[dict[str, object]]:
    """The demo corpus as records: id, text, country, url, topic."""
    rng = random.Random(seed)
    weights = language_weights()
    countries = language_countries()
    langs = sorted(weights)
    chosen = rng.choices(langs, weights=[weights[lang] for lang in langs], k=documents)
    # Guarantee every language at least twice so the long tail is visible.
    for i, lang in enumerate(langs):
        chosen[(i * 7919) % documents] = lang
        chosen[(i * 104729 + 13) % documents] = lang
    records: list[dict[str, object]] = []
    for i, lang in enumerate(chosen):
        pool = sentences()[lang]
        text = " ".join(rng.sample(pool, k=min(len(pool), rng.randint(1, 4))))
        codes, shares = countries.get(lang, ([], []))
        country = rng.choices(codes, weights=shares)[0] if codes else None
        if rng.random() < 0.03:
            country = rng.choice(MESSY_COUNTRIES) or None
        records.append(
            {
                "id": f"doc-{i:06d}",
                "text": text,
                "country": country,
                "url": _url(rng, i, country),
                "topic": rng.choice(TOPICS),
            }
        )
    return records


def _url(rng: random.Random, i: int, country: str | None) -> str:
    roll = rng.random()
    if roll < 0.45 or country is None or len(country) != 2:
        tld = rng.choice(GENERIC_TLDS)
    elif roll < 0.5:
        tld = rng.choice(VANITY_TLDS)
    elif country in TLD_OF or cctlds().get(country.lower()) == country:
        tld = TLD_OF.get(country, country.lower())
    else:  # a country without a ccTLD of its own (Kosovo): sites use a generic one
        tld = rng.choice(GENERIC_TLDS)
    return f"https://site{i % 997}.{tld}/page/{i}"


def write_demo_corpus(path: Path, documents: int = 6000, seed: int = 7) -> Path:
    """Write the demo corpus as JSONL; same seed, same bytes."""
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in generate(documents, seed)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # Leave an identical file untouched: its unchanged mtime lets the count cache answer.
    if not (path.is_file() and path.read_bytes() == data):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return path
