"""Renderers: AuditResult -> plain context dict -> HTML / Markdown. Rendering never computes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..models import AuditResult
from .html import render_html
from .markdown import render_markdown


def write_outputs(result: AuditResult, directory: Path, **options: Any) -> dict[str, Path]:
    """Write result.json, report.html and summary.md; return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = {
        "json": directory / "result.json",
        "html": directory / "report.html",
        "markdown": directory / "summary.md",
    }
    paths["json"].write_text(result.to_json() + "\n", encoding="utf-8")
    paths["html"].write_text(render_html(result, **options), encoding="utf-8")
    paths["markdown"].write_text(render_markdown(result), encoding="utf-8")
    return paths


__all__ = ["render_html", "render_markdown", "write_outputs"]
