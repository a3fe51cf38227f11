"""Line numbers in TOML text, for error messages (`tomllib` reports no positions)."""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")


class TomlLines:
    """Where tables and keys are in one TOML text; every line number is 1-based."""

    def __init__(self, text: str | None) -> None:
        self.lines = (text or "").splitlines()
        self.headers = [
            (i, match.group(1).strip("\"' "))
            for i, line in enumerate(self.lines)
            if (match := _HEADER.match(line))
        ]

    def key(self, key: str, start: int = 0, stop: int | None = None) -> int | None:
        """Line of the first ``key = ...`` among lines ``start..stop`` (0-based, stop excluded)."""
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for i in range(start, min(len(self.lines), stop if stop is not None else len(self.lines))):
            if pattern.match(self.lines[i]):
                return i + 1
        return None

    def table(self, name: str, index: int = 0, key: str | None = None) -> int | None:
        """Line of the ``index``-th ``[name]``/``[[name]]`` header, or of ``key`` inside it."""
        starts = [i for i, found in self.headers if found == name]
        if index >= len(starts):
            return None
        start = starts[index]
        if key is None:
            return start + 1
        stop = next((i for i, _ in self.headers if i > start), len(self.lines))
        return self.key(key, start + 1, stop)

    def top(self, key: str) -> int | None:
        """Line of a table named ``key``, else of the first ``key = ...`` anywhere."""
        return self.table(key) or self.key(key)
