"""Where the shipped data files live (package data in a wheel, the repo folder in a checkout)."""

from __future__ import annotations

from pathlib import Path

from datacensus.errors import InvalidReferenceError


def reference_dir() -> Path:
    """The folder of shipped references: package data in a wheel, the repo folder in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (
        here / "reference_distributions",
        here.parent.parent / "reference_distributions",
    ):
        if (candidate / "README.md").is_file() or any(candidate.glob("*.toml")):
            return candidate
    raise InvalidReferenceError(
        f"no reference_distributions folder found next to {here} or in the source tree; "
        "the installation is incomplete"
    )
