"""Headless Debian chromium for the browser tests: where it is, how it starts, when to skip.

Skips with a message where chromium or playwright is absent; with DATACENSUS_REQUIRE_BROWSER=1
(set in CI) it fails instead.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(os.environ.get("DATACENSUS_SCREENSHOTS", "reports/screenshots"))


def chromium_path() -> str | None:
    for candidate in (
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def missing(reason: str) -> None:
    if os.environ.get("DATACENSUS_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests are required here but {reason}")
    pytest.skip(f"{reason}; install Debian's chromium (apt-get install chromium) to run them")
