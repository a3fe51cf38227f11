"""Renderers: AuditResult -> plain context dict -> HTML / Markdown. Rendering never computes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..models import AuditResult
from .html import render_html
from .markdown import render_markdown
from .templating import write_files


def write_outputs(result: AuditResult, directory: Path, **options: Any) -> dict[str, Path]:
    """Write result.json, report.html and summary.md; return their paths."""
    return write_files(
        directory,
        {
            "json": ("result.json", result.to_json() + "\n"),
            "html": ("report.html", render_html(result, **options)),
            "markdown": ("summary.md", render_markdown(result)),
        },
    )


__all__ = ["render_html", "render_markdown", "write_outputs"]
