"""What a reader sees first: map colours under colour-vision deficiency, the ranked alerts, labels
and the one 'N×' rounding. Answers are computed here independently of the code under test."""

from __future__ import annotations

import itertools

import numpy as np
import polars as pl
import pytest

from datacensus.models import AuditResult, DimensionResult, Provenance
from datacensus.report import mapcolour
from datacensus.report.context import build_context
from datacensus.report.labels import dimension_label, fold, reason_label, times
from datacensus.report.markdown import render_markdown
from datacensus.report.overview import alert_lines, alerts
from datacensus.schema import COUNTS_SCHEMA, COVERAGE_SCHEMA

#: Machado, Oliveira & Fernandes (2009) simulation matrices (severity 1), on linear RGB.
DEUTERANOPIA = np.array(
    [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]]
)
PROTANOPIA = np.array(
    [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ]
)


def linear_rgb(colour: str) -> np.ndarray:
    srgb = np.array([int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)])
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def lab(linear: np.ndarray) -> np.ndarray:
    """CIELAB (D65) of a linear-RGB colour."""
    to_xyz = np.array(
        [[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]
    )
    xyz = to_xyz @ np.clip(linear, 0, 1) / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("vision", ["normal", "deuteranopia", "protanopia"])
def test_map_scale_reads_under_colour_vision_deficiency(vision: str) -> None:
    """Neighbouring classes stay apart (ΔE76 ≥ 10), under and over of the same size never meet
    (ΔE76 ≥ 25), lightness orders the scale from either end to 'as expected', and the grey of
    'not in the reference' is distinct from every class."""
    matrix = {"normal": np.eye(3), "deuteranopia": DEUTERANOPIA, "protanopia": PROTANOPIA}[vision]
    seen = [lab(matrix @ linear_rgb(c)) for c in mapcolour.PALETTE]
    middle = len(seen) // 2
    for a, b in itertools.pairwise(seen):
        assert np.linalg.norm(a - b) >= 10
    for i in range(middle):
        assert np.linalg.norm(seen[i] - seen[-1 - i]) >= 25
    lightness = [c[0] for c in seen]
    assert lightness[: middle + 1] == sorted(lightness[: middle + 1])
    assert lightness[middle:] == sorted(lightness[middle:], reverse=True)
    grey = lab(matrix @ linear_rgb(mapcolour.NO_REFERENCE))
    assert min(np.linalg.norm(grey - c) for c in seen) >= 10


@pytest.mark.parametrize(
    ("row", "fill"),
    [
        (None, "none"),
        ({"reference_share": None, "count": 5, "ratio": None}, "none"),
        ({"reference_share": 0.02, "count": 0, "ratio": 0.0}, "zero"),
        ({"reference_share": 0.02, "count": 1, "ratio": 0.05}, "c0"),
        ({"reference_share": 0.02, "count": 9, "ratio": 0.5}, "c2"),
        ({"reference_share": 0.02, "count": 50, "ratio": 1.0}, "c3"),
        ({"reference_share": 0.02, "count": 50, "ratio": 1 / 0.7}, "c4"),  # edges go up
        ({"reference_share": 0.02, "count": 99, "ratio": 25.0}, "c6"),
    ],
)
def test_map_fill_distinguishes_zero_documents_from_no_reference(
    row: dict[str, float] | None, fill: str
) -> None:
    """A referenced country with 0 documents is hatched, one without a reference share is grey."""
    assert mapcolour.fill(row) == fill


def test_ratio_roundings_agree() -> None:
    """'N×' has two significant digits below 10 and whole numbers above, everywhere."""
    assert fold(1 / 8.62) == "8.6× under"
    assert fold(0.008) == "125× under"
    assert fold(2.48) == "2.5× over"
    assert fold(1.02) == "as expected"
    assert fold(0.0) == "absent"
    assert times(0.0123) == "×0.012" and times(8.62) == "×8.6" and times(12.4) == "×12"


def test_human_labels() -> None:
    """No raw dimension keys or reason codes reach a reader."""
    assert dimension_label("url_country") == "country (from URLs)"
    assert (
        dimension_label("language|country@chars") == "language × country — weighted by characters"
    )
    assert reason_label("too_short") == "text too short to identify its language"
    assert reason_label("vanity_tld=io").endswith(": io")
    assert "_" not in reason_label("some_new_reason")


def _dim(
    name: str, rows: list[tuple], unknown: dict[str, float], metrics: dict[str, float]
) -> DimensionResult:
    names = COVERAGE_SCHEMA.names()
    padded = [r + (None,) * (len(names) - len(r)) for r in rows]  # power columns left empty
    slices = pl.DataFrame(
        [dict(zip(names, r, strict=True)) for r in padded], schema=COVERAGE_SCHEMA, orient="row"
    )
    ref = Provenance(name=f"{name}-ref", dimension=name, title=f"{name} reference")
    total = float(sum(r[2] for r in rows))
    return DimensionResult(
        name=name,
        weight="documents",
        reference=ref,
        total=total,
        documents=int(total),
        unknown=unknown,
        slices=slices,
        metrics=metrics,
    )


def ranked_result() -> AuditResult:
    """Language: Hausa undetectable (3% of the reference), Yoruba absent (4%), Swahili under
    (5% expected, 1% seen); country: Kenya under (10% vs 2%) and by URL too, 40% unknown."""
    language = _dim(
        "language",
        [
            ("sw", "Swahili", 10, 0.01, 0.005, 0.02, 0.05, 50.0, 0.2, 0.1, 0.4, "under"),
            ("yo", "Yoruba", 0, 0.0, 0.0, 0.003, 0.04, 40.0, 0.0, 0.0, 0.07, "missing"),
            ("en", "English", 990, 0.99, 0.98, 0.995, 0.91, 910.0, 1.09, 1.07, 1.1, "ok"),
            ("ha", "Hausa", 0, 0.0, 0.0, 0.003, 0.03, None, None, None, None, "undetectable"),
            ("ff", "Fula", 0, 0.0, 0.0, 0.003, 0.001, None, None, None, None, "undetectable"),
        ],
        {},
        {
            "tvd": 0.08,
            "tvd_low": 0.06,
            "tvd_high": 0.1,
            "tvd_sampling": 0.01,
            "reference_mass_undetectable": 0.031,
            "reference_mass_covered": 0.96,
        },
    )
    country_rows = [
        ("KE", "Kenya", 20, 0.02, 0.01, 0.04, 0.10, 100.0, 0.2, 0.1, 0.4, "under"),
        ("US", "United States", 980, 0.98, 0.96, 0.99, 0.9, 900.0, 1.09, 1.07, 1.1, "ok"),
    ]
    country = _dim("country", country_rows, {}, {"tvd": 0.08})
    by_url = _dim("url_country", country_rows, {"generic_tld": 600.0}, {"tvd": 0.08})
    return AuditResult(
        datacensus_version="9.9.9",
        created_at="2026-01-01T00:00:00+00:00",
        input={"rows_read": 1000},
        parameters={"weight": "documents"},
        dimensions={"language": language, "country": country, "url_country": by_url},
        counts=pl.DataFrame(schema=COUNTS_SCHEMA),
        verdict={"passed": None, "findings": []},
    )


def test_alerts_rank_by_share_points_across_dimensions() -> None:
    """Unknown 60% > Kenya 8 pp (country, also by URL) > Swahili 4 pp = Yoruba 4 pp > Hausa and
    Fula 3.1 pp; each slice once, with its repeat under it; the undetectable ones named."""
    ranked = alerts(ranked_result())
    assert [(a["kind"], a["dimension"], a.get("key")) for a in ranked] == [
        ("unknown", "url_country", None),
        ("under", "country", "KE"),
        ("under", "language", "sw"),
        ("absent", "language", "yo"),
        ("undetectable", "language", None),
    ]
    assert ranked[0]["points"] == pytest.approx(600 / 1600)
    assert [a["dimension"] for a in ranked[1]["also"]] == ["url_country"]
    assert ranked[2]["points"] == pytest.approx(0.04) and ranked[3]["points"] == pytest.approx(0.04)
    assert "Hausa (3.00%), Fula (0.10%)" in ranked[4]["text"]
    assert "2 referenced language slices, 3.10% of language-ref" in ranked[4]["text"]


def test_console_markdown_and_html_share_the_ranking() -> None:
    """summary.md lists the same alerts in the same order as the page's first screen."""
    result = ranked_result()
    lines = alert_lines(alerts(result))
    md = render_markdown(result)
    assert "## What is missing, largest first" in md
    positions = [md.index(line.split(" [")[0].removeprefix("1. ")[:40]) for line in lines]
    assert positions == sorted(positions)
    ctx = build_context(result)
    shown = ctx["overview"]["alerts"]
    assert [a["text"] for a in shown] == [a["text"] for a in alerts(result)]
    tile = ctx["overview"]["tiles"][0]
    assert tile["distance"] == {
        "name": "tvd",
        "value": 0.08,
        "low": 0.06,
        "high": 0.1,
        "noise": 0.01,
    }
    assert (tile["absent"], tile["under"], tile["undetectable"]) == (1, 1, 2)
