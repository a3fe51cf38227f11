"""Shared fixtures: tiny corpora with known answers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from browser_support import CHROMIUM_ARGS, chromium_path, missing

#: Clear, unambiguous sentences; the tiny corpus's language counts are known exactly.
TINY = [
    ("en", "The library opens at nine in the morning and closes late in the evening."),
    ("en", "My brother bought fresh bread and vegetables at the market yesterday."),
    ("en", "Heavy rain is expected across the northern region during the weekend."),
    ("fr", "Nous avons visité le musée avec nos enfants pendant les vacances d'été."),
    ("fr", "Le boulanger du quartier prépare des croissants tous les matins."),
    ("de", "Der Zug nach Berlin hatte heute Morgen leider eine Stunde Verspätung."),
    ("es", "Mañana vamos a cocinar una paella grande para toda la familia."),
]


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test gets its own count cache, never the user's."""
    monkeypatch.setenv("DATACENSUS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def tiny_records() -> list[dict[str, object]]:
    """Seven documents in four languages, plus one empty and one null text."""
    rows: list[dict[str, object]] = [
        {"id": i, "text": text, "lang": lang} for i, (lang, text) in enumerate(TINY)
    ]
    rows.append({"id": 7, "text": "", "lang": None})
    rows.append({"id": 8, "text": None, "lang": "en"})
    return rows


@pytest.fixture
def tiny_jsonl(tmp_path: Path, tiny_records: list[dict[str, object]]) -> Path:
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in tiny_records) + "\n")
    return path


@pytest.fixture
def tiny_parquet(tmp_path: Path, tiny_records: list[dict[str, object]]) -> Path:
    path = tmp_path / "tiny.parquet"
    pl.DataFrame(tiny_records).write_parquet(path)
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless chromium for the module."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("playwright is not installed")
    executable = chromium_path()
    if executable is None:
        missing("no chromium executable was found")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()
