"""Warm-up for worker processes started before the audit is planned (`parallel.started_early`)."""

from __future__ import annotations


def load_model(model_path: str | None) -> None:
    """Load Polars, the counting code and the fastText LID model at ``model_path`` (the bundled
    one when None). Only a warm-up: a model that cannot be loaded is reported by the audit."""
    try:
        from datacensus.execution import count  # noqa: F401 - what counting imports
        from datacensus.lid import LidSettings, preload_model

        preload_model(LidSettings(model_path=model_path))
    except Exception:  # the audit loads the model again and says what is wrong
        pass
