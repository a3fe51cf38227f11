"""`refs show` and `refs diff` through the real entry point, with hand-computed figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from datacensus.cli.app import app
from datacensus.compare.refdiff import reference_diff
from datacensus.compare.references import load_reference, shipped_reference
from datacensus.errors import InvalidReferenceError

runner = CliRunner()


def _two(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("key,share\nen,0.5\nfr,0.3\nsw,0.2\n")
    b.write_text("key,share\nen,0.2\nfr,0.3\nde,0.5\n")
    return a, b


def test_reference_diff_worked_example(tmp_path: Path) -> None:
    """A en .5 fr .3 sw .2, B en .2 fr .3 de .5: TVD = (.3 + .2 + .5) / 2 = .5;
    largest gaps de +.5, en -.3, sw -.2; fr is the same and not listed."""
    a, b = _two(tmp_path)
    gap = reference_diff(
        load_reference(a, dimension="language"), load_reference(b, dimension="language")
    )
    assert gap.tvd == pytest.approx(0.5)
    assert [(r.key, round(r.second - r.first, 9)) for r in gap.rows] == [
        ("de", 0.5),
        ("en", -0.3),
        ("sw", -0.2),
    ]
    assert (gap.only_first, gap.only_second) == (1, 1)
    with pytest.raises(InvalidReferenceError, match="only references of one dimension"):
        reference_diff(shipped_reference("world-speakers"), shipped_reference("internet-users"))


def test_cli_refs_diff(tmp_path: Path) -> None:
    """`refs diff A B --dimension language` prints the distance and the largest gaps first."""
    a, b = _two(tmp_path)
    result = runner.invoke(app, ["refs", "diff", str(a), str(b), "--dimension", "language"])
    assert result.exit_code == 0, result.output
    assert "total variation distance: 0.5000" in result.output
    lines = [
        ln.split()[0] for ln in result.output.splitlines() if ln.strip()[:2] in {"de", "en", "sw"}
    ]
    assert lines == ["de", "en", "sw"]
    assert "only B" in result.output
    shipped = runner.invoke(app, ["refs", "diff", "world-speakers", "internet-users-language"])
    assert shipped.exit_code == 0, shipped.output
    mixed = runner.invoke(app, ["refs", "diff", "world-speakers", "internet-users"])
    assert mixed.exit_code == 2 and "one dimension" in mixed.output


def test_cli_refs_show_prints_provenance_year_and_caveats() -> None:
    """`refs show internet-users` prints the source commit, year, licence and the caveats."""
    result = runner.invoke(app, ["refs", "show", "internet-users", "--top", "3"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "year: 2004-2023" in text
    assert "CC-BY-4.0" in text and "fd75327fa0f438be4689f5c26c07cf1cb9fe4a5c" in text
    assert "Taiwan (TW) is not a World Bank economy" in text


def test_cli_refs_show_a_composed_reference() -> None:
    """An expression of shipped names is shown with its composition (dimension inferred)."""
    result = runner.invoke(
        app, ["refs", "show", "0.5*world-speakers+0.5*internet-users-language", "--top", "2"]
    )
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "composition:" in text
    assert "0.5 × world-speakers (Unicode-3.0)" in text
    assert "0.5 × internet-users-language (CC-BY-4.0" in text
