"""The compare and annotators pages: what they put first, worked out by hand."""

from __future__ import annotations

import polars as pl
import pytest

import datacensus
from datacensus.annotators.groups import MIN_ANNOTATORS
from datacensus.report.annotators_page import build_context as annotators_context
from datacensus.report.annotators_page import render_html as annotators_html
from datacensus.report.compare_page import context as compare_context
from datacensus.report.compare_page import render_compare_html, render_compare_markdown
from synthetic_annotators import HARSH, annotator_result


def _audit(counts: dict[str, int]) -> datacensus.AuditResult:
    langs = [k for k, n in counts.items() for _ in range(n)]
    return datacensus.audit(pl.DataFrame({"lang": langs}), text=None, language="lang")


@pytest.fixture(scope="module")
def comparison() -> datacensus.BeforeAfter:
    before = _audit({"en": 600, "fr": 200, "sw": 150, "yo": 50})
    after = _audit({"en": 700, "fr": 210, "sw": 20, "de": 70})
    # the distance's interval and sampling-alone value, as the audit records them
    before.dimensions["language"].metrics.update(tvd_low=0.35, tvd_high=0.45, tvd_sampling=0.02)
    after.dimensions["language"].metrics.update(tvd_low=0.5, tvd_high=0.6, tvd_sampling=0.02)
    return datacensus.compare_audits(before, after)


def test_compare_page_leads_with_the_distance_to_the_reference(
    comparison: datacensus.BeforeAfter,
) -> None:
    """Before -> after distance to the reference with both intervals; further from it when the
    intervals do not overlap."""
    dim = compare_context(comparison)["dimensions"][0]
    before, after = dim["distance"]["before"], dim["distance"]["after"]
    assert (before["low"], before["high"], after["low"], after["high"]) == (0.35, 0.45, 0.5, 0.6)
    html = render_compare_html(comparison)
    shown = f'{before["value"]:.3f} <span class="t-arrow">→</span> {after["value"]:.3f}'
    assert shown in html
    assert "[0.35–0.45] → [0.50–0.60]" in html
    assert ("further from it" in html) == (after["value"] > before["value"])
    md = render_compare_markdown(comparison)
    assert "[0.35, 0.45] before" in md and "[0.50, 0.60] after" in md


def test_compare_page_lists_gains_and_marks_the_reference(
    comparison: datacensus.BeforeAfter,
) -> None:
    """German appeared and English gained: both listed; the dot chart puts each slice's
    reference share where the axis says, and the table has a reference column."""
    dim = compare_context(comparison)["dimensions"][0]
    gains = {r["key"]: r["status"] for r in dim["gains"]}
    assert gains == {"de": "appeared", "en": "gained"}
    chart = dim["chart"]
    top = chart["axis"]["hi"]
    assert top >= max(r["reference"] or 0 for r in chart["rows"])
    for row in chart["rows"]:
        assert row["before_pos"] == pytest.approx(100 * row["before"] / top, abs=0.01)
        if row["reference"] is not None:
            assert row["ref_pos"] == pytest.approx(100 * row["reference"] / top, abs=0.01)
    html = render_compare_html(comparison)
    assert "<h3>Gained share</h3>" in html and '<th scope="col">reference</th>' in html
    assert html.count('class="dc-ref"') == sum(1 for r in chart["rows"] if r["reference"])


def test_annotator_headlines_rank_by_effect_and_skip_tiny_groups() -> None:
    """The seeded pool's real effect (the harsh country's 'toxic') leads; groups of fewer than
    MIN_ANNOTATORS annotators are in the table with a chip but never in the headlines."""
    result = annotator_result()
    ctx = annotators_context(result)
    effects = ctx["effects"]
    assert effects, "the harsh country should be flagged"
    sizes = [abs(e["effect"]) for e in effects]
    assert sizes == sorted(sizes, reverse=True)
    assert all(e["group_annotators"] >= MIN_ANNOTATORS for e in effects)
    assert effects[0]["group"] == HARSH
    assert {e["group"] for e in ctx["small_groups"]} <= {"NG", "BR", "JP"}
    tiny = {e["name"] for e in ctx["small_groups"]}
    for line in ctx["headlines"]:
        assert not any(f"= {name} (" in line for name in tiny)
    html = annotators_html(result)
    assert '<meta name="viewport"' in html
    assert ("too few annotators" in html) == bool(ctx["small_groups"])
    assert "annotators by country" in html and "annotator country" not in html


def test_annotator_forest_plot_places_each_interval() -> None:
    """Each group's alpha and interval sit where the axis puts them; the overall line too."""
    ctx = annotators_context(annotator_result())
    plot = ctx["forests"][0]["plot"]
    lo, hi = plot["axis"]["lo"], plot["axis"]["hi"]
    assert lo <= min(r["ci_low"] for r in plot["rows"]) and hi >= 1.0
    for row in plot["rows"]:
        assert row["pos"] == pytest.approx(100 * (row["alpha"] - lo) / (hi - lo), abs=0.01)
        assert row["low_pos"] <= row["pos"] <= row["high_pos"]
    whole = annotator_result().agreement["overall"]["nominal"]["alpha"]
    assert plot["overall_pos"] == pytest.approx(100 * (whole - lo) / (hi - lo), abs=0.01)
