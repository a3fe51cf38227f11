"""What every analyser is: the input columns it needs and per-row keys for its dimensions."""

from __future__ import annotations

from typing import Protocol

import polars as pl


class Analyser(Protocol):
    """Turns rows into slice keys. It does not count, compare or render."""

    @property
    def dimensions(self) -> tuple[str, ...]:
        """Names of the dimensions this analyser produces keys for."""
        ...

    @property
    def columns(self) -> tuple[str, ...]:
        """Input columns it reads."""
        ...

    def keys(self, frame: pl.DataFrame) -> pl.DataFrame:
        """One column per dimension (plus bookkeeping columns starting with "_"), same height."""
        ...
