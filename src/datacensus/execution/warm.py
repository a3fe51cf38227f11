"""Warm-up for worker processes started before the audit is planned (`parallel.started_early`)."""

from __future__ import annotations


def load_model(model_path: str | None) -> None:
    """Load the fastText LID model at ``model_path`` (the bundled one when None), and Polars."""
    from datacensus.execution import count  # noqa: F401 - what counting imports
    from datacensus.lid import LidSettings, preload_model

    preload_model(LidSettings(model_path=model_path))
