"""Write any result (audit, before/after comparison, annotators) as its files in one folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datacensus.annotators.audit import AnnotatorResult
from datacensus.compare.before_after import BeforeAfter
from datacensus.models import AuditResult
from datacensus.report import annotators_page, compare_page
from datacensus.report.html import render_html
from datacensus.report.markdown import render_markdown
from datacensus.report.templating import write_files


def write_report(
    result: AuditResult | BeforeAfter | AnnotatorResult, directory: str | Path, **options: Any
) -> dict[str, Path]:
    """Write a result's JSON, HTML page and Markdown summary into ``directory``; their paths.

    ``options`` go to the audit page's renderer (e.g. ``plotlyjs="inline"``).
    """
    folder = Path(directory)
    if isinstance(result, BeforeAfter):
        return write_files(
            folder,
            {
                "json": ("comparison.json", result.to_json() + "\n"),
                "html": ("comparison.html", compare_page.render_compare_html(result)),
                "markdown": ("comparison.md", compare_page.render_compare_markdown(result)),
            },
        )
    if isinstance(result, AnnotatorResult):
        return annotators_page.write_outputs(result, folder)
    return write_files(
        folder,
        {
            "json": ("result.json", result.to_json() + "\n"),
            "html": ("report.html", render_html(result, **options)),
            "markdown": ("summary.md", render_markdown(result)),
        },
    )
