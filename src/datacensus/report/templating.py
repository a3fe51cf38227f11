"""What every renderer shares: the Jinja settings and writing a result's files."""

from __future__ import annotations

import io
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
        bytecode_cache=_CompiledTemplates(),
    )
    env.filters.update(FILTERS)
    env.filters.update(filters or {})
    return env


class _CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in the cache folder (compiling the report's costs 0.07 s).

    Jinja checks each entry against the template's source; an entry that cannot be read or
    written (a read-only, full or damaged cache) only means compiling again.
    """

    def _path(self, bucket: jinja2.bccache.Bucket) -> Path:
        from datacensus.execution.scan import default_cache_dir
        from datacensus.version import __version__

        return default_cache_dir() / "templates" / f"{__version__}-{bucket.key}.jinja"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            with self._path(bucket).open("rb") as handle:
                bucket.load_bytecode(handle)
        except Exception:  # absent or damaged: compile
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        from datacensus.execution.cache import write_entry

        compiled = io.BytesIO()
        bucket.write_bytecode(compiled)
        write_entry(self._path(bucket), compiled.getvalue())


def write_files(directory: Path, files: Mapping[str, tuple[str, str]]) -> dict[str, Path]:
    """Write ``{kind: (file name, text)}`` into ``directory`` all at once; ``{kind: path}``."""
    from datacensus.report.outputs import write_files_atomically

    written = write_files_atomically(directory, {name: text for name, text in files.values()})
    return {kind: written[name] for kind, (name, _) in files.items()}
