"""`scipy.special`, imported at first use: it takes a fifth of a second and 30 MB, which an audit
should not spend while it is still counting."""

from __future__ import annotations

import importlib
from typing import Any


class _Special:
    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module("scipy.special"), name)


special: Any = _Special()
