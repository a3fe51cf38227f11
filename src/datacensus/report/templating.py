"""What every renderer shares: the Jinja settings and writing a result's files."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import jinja2

from datacensus.report.filters import FILTERS


def template_environment(
    filters: Mapping[str, Callable[..., Any]] | None = None,
) -> jinja2.Environment:
    """The report templates: autoescaped (``.html.j2``), strict, with the shared filters.

    Markdown templates (``.md.j2``) are not HTML-escaped; their filters escape table cells.
    """
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("datacensus.report", "templates"),
        autoescape=jinja2.select_autoescape(("html.j2",), ("md.j2",), default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    env.filters.update(filters or {})
    return env


def write_files(directory: Path, files: Mapping[str, tuple[str, str]]) -> dict[str, Path]:
    """Write ``{kind: (file name, text)}`` into ``directory`` (created); ``{kind: path}``."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = {}
    for kind, (name, text) in files.items():
        paths[kind] = directory / name
        paths[kind].write_text(text, encoding="utf-8")
    return paths
