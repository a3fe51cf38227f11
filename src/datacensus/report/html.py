"""HTML report: one self-contained, deterministic file.

plotly.js comes from the installed ``plotly`` package. ``plotlyjs="inline"`` (default) embeds it
gzip-compressed (1.5 MB instead of 4.8 MB) and the page inflates it with the browser's
``DecompressionStream``; ``"cdn"`` links the matching version from cdn.plot.ly; ``"none"``
leaves charts out. Tables and the world map are plain HTML/SVG and need no script at all.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from datacensus.errors import InputError
from datacensus.models import AuditResult
from datacensus.report.context import build_context, chart_data
from datacensus.report.minimd import to_html
from datacensus.report.templating import template_environment

PLOTLYJS_MODES = ("inline", "cdn", "none")
ASSETS = Path(__file__).parent / "assets"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return template_environment({"script_json": script_json, "markdown": to_html})


def script_json(value: Any) -> Markup:
    """JSON for a <script> block that cannot close it or open a comment."""
    text = json.dumps(
        value, ensure_ascii=False, sort_keys=True, allow_nan=False, separators=(",", ":")
    )
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return Markup(text)  # every character that could end the script is escaped above


@cache
def _asset(name: str) -> Markup:
    """A shipped CSS/JS file, inlined as is (it holds no data and no ``</``)."""
    text = (ASSETS / name).read_text(encoding="utf-8")
    if "</" in text:
        raise RuntimeError(f"asset {name} must not contain '</'")  # pragma: no cover
    return Markup(text)  # our own static file, checked above


#: A shipped stylesheet or script, for the other pages (compare, annotators).
asset = _asset


@cache
def plotly_source() -> str:
    """plotly.min.js from the installed plotly package."""
    from plotly.offline import get_plotlyjs

    return str(get_plotlyjs())


@cache
def plotly_version() -> str:
    from plotly.offline import get_plotlyjs_version

    return str(get_plotlyjs_version())


@cache
def plotly_gzip_base64() -> str:
    """plotly.js gzip-compressed (mtime 0: deterministic) and base64-encoded.

    Compressing 4.8 MB at level 9 costs a quarter of a second or more, so the result is kept in
    the cache folder. The entry is named by plotly's version and its script file's size and
    time, so finding it reads nothing of plotly's, and by the SHA-256 of its own bytes, which is
    checked on reading (a tenth of the time decompressing would take).
    """
    from datacensus.execution.cache import write_entry
    from datacensus.execution.scan import default_cache_dir

    folder = default_cache_dir() / "plotly"
    stem = f"plotly-{plotly_version()}-{_plotly_file_stamp()}"
    for path in sorted(folder.glob(f"{stem}-*.js.gz")):
        try:
            packed = path.read_bytes()
        except OSError:
            continue
        if path.name == f"{stem}-{_digest(packed)}.js.gz":
            return base64.b64encode(packed).decode("ascii")
    packed = gzip.compress(plotly_source().encode("utf-8"), compresslevel=9, mtime=0)
    write_entry(folder / f"{stem}-{_digest(packed)}.js.gz", packed)
    return base64.b64encode(packed).decode("ascii")


def _plotly_file_stamp() -> str:
    """Size and modification time of the installed plotly.min.js ("source" if not a file)."""
    from importlib.util import find_spec

    spec = find_spec("plotly")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        try:
            stat = (Path(folder) / "package_data" / "plotly.min.js").stat()
        except OSError:
            continue
        return f"{stat.st_size}-{stat.st_mtime_ns}"
    return "source" + _digest(plotly_source().encode("utf-8"))


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def check_plotlyjs(mode: str) -> str:
    """The mode, or an InputError naming the choices."""
    if mode not in PLOTLYJS_MODES:
        raise InputError(f"--plotlyjs {mode!r}: expected one of {', '.join(PLOTLYJS_MODES)}")
    return mode


def plotly_context(mode: str) -> dict[str, Any]:
    """How the page gets plotly.js."""
    check_plotlyjs(mode)
    if mode == "inline":
        return {"mode": mode, "payload": plotly_gzip_base64(), "version": plotly_version()}
    if mode == "cdn":
        url = f"https://cdn.plot.ly/plotly-{plotly_version()}.min.js"
        return {"mode": mode, "url": url, "version": plotly_version()}
    return {"mode": mode, "version": plotly_version()}


def render_html(result: AuditResult, *, plotlyjs: str = "inline", **_: Any) -> str:
    """Render the report; the same result gives byte-identical HTML."""
    ctx = build_context(result)
    return (
        environment()
        .get_template("report.html.j2")
        .render(
            ctx=ctx,
            data=chart_data(ctx),
            plotly=plotly_context(plotlyjs),
            css=_asset("report.css"),
            js=_asset("report.js"),
        )
    )
