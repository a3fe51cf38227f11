"""HTML report: one self-contained, deterministic file."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import jinja2
from markupsafe import Markup

from ..models import AuditResult
from .context import build_context
from .filters import FILTERS


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("datacensus.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    env.filters["script_json"] = script_json
    return env


def script_json(value: Any) -> Markup:
    """JSON for a <script> block that cannot close it or open a comment."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return Markup(text)  # noqa: S704 - every character that could end the script is escaped above


def render_html(result: AuditResult, **options: Any) -> str:
    """Render the report; same result -> byte-identical HTML."""
    return environment().get_template("report.html.j2").render(ctx=build_context(result), **options)
