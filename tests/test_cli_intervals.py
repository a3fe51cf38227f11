"""--interval, --cluster-col and --no-cluster through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from datacensus.cli.app import app


def corpus(tmp_path: Path) -> Path:
    rows = [
        {"lang": ["en", "fr", "de"][site % 3], "site": f"s{site}", "url": f"https://x.s{site}.org/"}
        for site in range(30)
        for _ in range(10)
    ]
    path = tmp_path / "docs.csv"
    pl.DataFrame(rows).write_csv(path)
    return path


def run(tmp_path: Path, *options: str) -> dict[str, object]:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["audit", str(corpus(tmp_path)), "--lang-col", "lang", *options, "-o", str(out)]
    )
    assert result.exit_code in (0, 1), result.output
    return json.loads((out / "result.json").read_text())["dimensions"]["language"]  # type: ignore[no-any-return]


def test_interval_option_reaches_the_result(tmp_path: Path) -> None:
    """--interval wilson gives wider-at-zero-count Wilson bounds than the exact default."""
    exact = run(tmp_path, "--no-cluster")
    wilson = run(tmp_path, "--no-cluster", "--interval", "wilson")
    absent = {r["key"]: r for r in exact["slices"]}["es"]  # type: ignore[index]
    absent_w = {r["key"]: r for r in wilson["slices"]}["es"]  # type: ignore[index]
    assert absent["ci_high"] != absent_w["ci_high"]
    assert "detect_under_ratio" in absent and "documents_to_settle" in absent


def test_cluster_column_measures_the_design_effect(tmp_path: Path) -> None:
    """Sites that each write one language: --cluster-col site reports a large design effect;
    without a cluster the notes say it is unknown."""
    clustered = run(tmp_path, "--cluster-col", "site")
    assert clustered["metrics"]["design_effect_clusters"] > 5  # type: ignore[index]
    summary = (tmp_path / "out" / "summary.md").read_text()
    assert "Documents are clustered (design effect" in summary
    assert "Power:" in summary and "uncertain slices" in summary
    plain = run(tmp_path, "--no-cluster")
    assert any("no cluster column" in n for n in plain["notes"])  # type: ignore[union-attr]


def test_bad_interval_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["audit", str(corpus(tmp_path)), "--lang-col", "lang", "--interval", "agresti"]
    )
    assert result.exit_code == 2
    assert "interval must be one of" in result.output


def test_materiality_option_reaches_the_result(tmp_path: Path) -> None:
    """--materiality family (the strict rule) needs a lower ratio to flag under than the
    default slice rule; an unknown value is a usage error."""
    default = {r["key"]: r for r in run(tmp_path, "--no-cluster")["slices"]}  # type: ignore[index]
    strict = run(tmp_path, "--no-cluster", "--materiality", "family")["slices"]
    family = {r["key"]: r for r in strict}  # type: ignore[union-attr]
    assert family["en"]["detect_under_ratio"] < default["en"]["detect_under_ratio"]
    bad = CliRunner().invoke(
        app, ["audit", str(corpus(tmp_path)), "--lang-col", "lang", "--materiality", "any"]
    )
    assert bad.exit_code == 2
    assert "materiality must be one of" in bad.output


def test_an_approximate_interval_with_slice_materiality_is_called_out(tmp_path: Path) -> None:
    """wilson/jeffreys under the default materiality get a note on false flags; the exact
    interval, or --materiality family, do not."""
    warned = "false under/over flags are likely"
    for options, expected in (
        (("--interval", "wilson"), True),
        (("--interval", "jeffreys"), True),
        ((), False),
        (("--interval", "wilson", "--materiality", "family"), False),
    ):
        notes = " ".join(run(tmp_path, "--no-cluster", *options)["notes"])  # type: ignore[arg-type]
        assert (warned in notes) is expected, options
