"""Fixtures of the robustness suite: the CLI run in-process, outputs in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from datacensus.cli.app import app
from robustness.helpers import Run


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "out"


@pytest.fixture
def audit(out: Path) -> Any:
    """``audit(*inputs, *options)`` -> Run, with one LID process, no charts, output in ``out``."""
    runner = CliRunner()

    def run(*args: str | Path, output: Path | None = out, fast: bool = True) -> Run:
        argv = ["audit", *map(str, args)]
        if fast:
            argv += ["--workers", "1", "--plotlyjs", "none", "-q"]
        if output is not None and "-o" not in argv:
            argv += ["-o", str(output)]
        res = runner.invoke(app, argv)
        where = output if output is not None else None
        result = None
        if where is not None and (where / "result.json").is_file() and res.exit_code in (0, 1):
            result = json.loads((where / "result.json").read_text(encoding="utf-8"))
        return Run(res.exit_code, res.output, result)

    return run


@pytest.fixture
def cli() -> Any:
    """``cli(*argv)`` -> (exit code, output) for any sub-command."""
    runner = CliRunner()

    def run(*args: str | Path) -> tuple[int, str]:
        res = runner.invoke(app, [str(a) for a in args])
        return res.exit_code, res.output

    return run
