"""Every page at a phone's and a desktop's size, in Debian's chromium with the network blocked.

The audit (the demo), annotators and compare pages at 390×844 and 1440×900: no horizontal page
scroll, every chart drawn, the first viewport holds the summary tiles and the ranked list; a
screenshot of each is saved under reports/screenshots (gitignored). The demo prints to at most
20 A4 pages and its inline report stays under 3 MB.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

import datacensus
from browser_support import SCREENSHOTS
from datacensus.cli.app import app
from datacensus.report.annotators_page import write_outputs as write_annotators
from datacensus.report.write import write_report
from synthetic_annotators import annotator_result

VIEWPORTS = {"phone": (390, 844), "desktop": (1440, 900)}
MAX_PAGES = 20
MAX_BYTES = 3_000_000
#: A printed slice-table row: its ratio interval, e.g. "×0.63–×5.6".
RATIO_INTERVAL = re.compile(r"×[\d.,]+–×[\d.,]+")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo audit (through the CLI), a seeded annotator audit, and a before/after of the
    demo corpus through a length filter."""
    out = tmp_path_factory.mktemp("pages")
    run = CliRunner().invoke(app, ["demo", "--output", str(out / "demo")])
    assert run.exit_code == 0, run.output
    frame = pl.read_ndjson(out / "demo" / "corpus" / "demo.jsonl")
    before = datacensus.AuditResult.read(out / "demo" / "result.json")
    after = datacensus.audit(  # the demo's audit after a length filter
        frame.filter(pl.col("text").str.len_chars() >= 60),
        country="country",
        url="url",
        categories=["topic"],
        cross=[("language", "country")],
    )
    compare = write_report(datacensus.compare_audits(before, after), out / "compare")["html"]
    return {
        "audit": out / "demo" / "report.html",
        "annotators": write_annotators(annotator_result(), out / "annotators")["html"],
        "compare": compare,
    }


def open_page(browser: Any, path: Path, size: tuple[int, int]) -> tuple[Any, list[str]]:
    """The page at a viewport size, every request but the file blocked, charts awaited."""
    url = path.resolve().as_uri()
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    problems: list[str] = []
    page.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url == url
            else (problems.append(route.request.url), route.abort())
        ),
    )
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.goto(url)
    page.wait_for_function(
        "document.body.dataset.charts || !document.getElementById('datacensus-data')",
        timeout=90_000,
    )
    return page, problems


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
@pytest.mark.parametrize("kind", ["audit", "annotators", "compare"])
def test_page_fits_the_screen_and_answers_first(
    browser: Any, pages: dict[str, Path], kind: str, viewport: str
) -> None:
    """No horizontal page scroll; every chart drawn; tiles and ranked list in the first screen."""
    width, height = VIEWPORTS[viewport]
    page, problems = open_page(browser, pages[kind], (width, height))
    try:
        assert problems == []
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= width, f"{kind} at {width}px scrolls sideways to {scroll}px"
        charts = page.eval_on_selector_all(
            "figure.chart",
            """els => els.map(e => [e.id, e.dataset.drawn,
                !!e.querySelector('.main-svg') || e.querySelectorAll('.dc-row').length > 1,
                e.getBoundingClientRect().width])""",
        )
        assert charts, f"{kind} has no chart"
        for ident, drawn, marks, box in charts:
            assert drawn == "yes" and marks, f"{kind}: chart {ident} not drawn"
            assert 0 < box <= width, f"{kind}: chart {ident} is {box}px wide"
        tiles = page.locator("#tiles").bounding_box()
        alerts = page.locator("#alerts").bounding_box()
        assert tiles is not None and alerts is not None
        assert tiles["y"] + tiles["height"] <= height, f"{kind}: tiles end below the first screen"
        assert alerts["y"] + alerts["height"] < height, f"{kind}: the ranked list starts below it"
        assert page.locator("ol.alerts li").count() > 0
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{kind}-{width}x{height}.png"))
    finally:
        page.close()


def test_demo_plots_missing_slices_prints_short_and_stays_small(
    browser: Any, pages: dict[str, Path]
) -> None:
    """Every slice the demo finds missing is in a drawn chart's data, in the 'absent' series;
    the report prints to at most 20 A4 pages and the inline file is under 3 MB."""
    assert pages["audit"].stat().st_size < MAX_BYTES
    result = json.loads((pages["audit"].parent / "result.json").read_text(encoding="utf-8"))
    missing = {
        name: [s["label"] for s in dim["slices"] if s["status"] == "missing"]
        for name, dim in result["dimensions"].items()
    }
    assert missing["language"], "the demo should have a missing language"
    page, _ = open_page(browser, pages["audit"], VIEWPORTS["desktop"])
    checked = 0
    try:
        for name, labels in missing.items():
            ident = "dim-" + "".join(ch if ch.isalnum() else "-" for ch in name)
            for chart in ("scatter", "ratio"):
                plotted = page.evaluate(
                    """id => { const gd = document.querySelector('#' + id + ' .js-plotly-plot');
                       return gd ? gd.data.filter(t => /absent/.test(t.name || ''))
                         .flatMap(t => t.text || []) : null; }""",
                    f"{ident}-{chart}",
                )
                if plotted is None:  # this dimension has no such chart
                    continue
                for label in labels:
                    assert any(text.startswith(label + " (") for text in plotted), (
                        f"{label} ({name}) missing from the {chart} chart"
                    )
                    checked += 1
        legend = page.eval_on_selector_all(
            "#dim-language-scatter .legendtext", "els => els.map(e => e.textContent)"
        )
        assert "absent (missing)" in legend
        assert checked >= 2 * len(missing["language"])  # scatter and ratio chart of language
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        page.emulate_media(media="print")
        pdf = page.pdf(format="A4")
    finally:
        page.close()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / "audit-print.pdf").write_bytes(pdf)
    printed = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    assert 1 < len(printed) <= MAX_PAGES, f"the demo prints to {len(printed)} pages"
    with_rows = [i for i, text in enumerate(printed) if RATIO_INTERVAL.search(text)]
    assert len(with_rows) > len(result["dimensions"])  # some slice tables run over a page
    for i in with_rows:  # each page with slice rows repeats the table's header
        assert "ratio interval" in printed[i], f"page {i + 1} has rows but no header"
