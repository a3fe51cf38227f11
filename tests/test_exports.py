"""The public surface is explicit and importable."""

from __future__ import annotations

import subprocess
import sys

import datacensus


def test_all_names_resolve() -> None:
    """Every name in __all__ is an attribute of the package."""
    missing = [name for name in datacensus.__all__ if not hasattr(datacensus, name)]
    assert missing == []


def test_all_is_sorted_and_unique() -> None:
    """__all__ has no duplicates and is sorted as ruff sorts it: constants, classes, functions."""
    names = list(datacensus.__all__)
    assert len(set(names)) == len(names)

    def group(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert names == sorted(names, key=group)


def test_core_entry_points_are_public() -> None:
    """The API promised in the README is exported."""
    for name in (
        "audit",
        "count",
        "merge_counts",
        "build_result",
        "write_report",
        "compare_audits",
        "load_reference",
        "AuditResult",
        "Reference",
    ):
        assert name in datacensus.__all__


def test_import_is_light() -> None:
    """`import datacensus` loads no polars, numpy or report code until a name is used."""
    code = (
        "import sys, datacensus; "
        "heavy = [m for m in ('polars', 'numpy', 'jinja2', 'datacensus.api') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
