"""The HTML report in a real browser (Debian's chromium via Playwright), with the network blocked.

Skips with a message where chromium or playwright is absent; with DATACENSUS_REQUIRE_BROWSER=1
(set in CI) it fails instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser_support import SCREENSHOTS
from datacensus.report.write import write_report
from synthetic import synthetic_result


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synthetic 200-language, 250-country report with inline plotly.js."""
    out = tmp_path_factory.mktemp("browser-report")
    return write_report(synthetic_result(), out)["html"]


class Opened:
    """A page opened with every request except the report file itself blocked and recorded."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.route("**/*", self._route)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.goto(self.url)
        self.page.wait_for_function("document.body.dataset.charts", timeout=90_000)

    def _route(self, route: Any) -> None:
        if route.request.url == self.url:
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{message.type}: {message.text}")

    def rows(self, dim: str) -> list[str]:
        """Visible first-column texts of a dimension's table, in order."""
        return self.page.eval_on_selector_all(
            f"#{dim}-table tbody tr:not([hidden]) td:first-child",
            "els => els.map(e => e.textContent)",
        )


@pytest.fixture(scope="module")
def opened(browser: Any, report: Path) -> Iterator[Opened]:
    page = Opened(browser, report)
    yield page
    page.page.close()


def test_loads_without_errors_or_requests(opened: Opened) -> None:
    """The report opens with no console errors and makes no request beyond its own file."""
    assert opened.errors == []
    assert opened.requests == []


def test_every_chart_is_drawn(opened: Opened) -> None:
    """Every chart figure holds a drawn plotly graph, and the page says so."""
    assert opened.page.evaluate("document.body.dataset.charts") == "drawn"
    states = opened.page.eval_on_selector_all(
        "figure.chart",
        "els => els.map(e => [e.id, e.dataset.drawn, !!e.querySelector('.main-svg')])",
    )
    assert len(states) >= 9  # scatter + ratio per dimension, a heatmap, the LID histogram
    assert all(drawn == "yes" and svg for _, drawn, svg in states), states
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    opened.page.screenshot(path=str(SCREENSHOTS / "report-top.png"))
    opened.page.locator("#dim-country").screenshot(path=str(SCREENSHOTS / "report-country.png"))


def test_hostile_names_run_nothing(opened: Opened) -> None:
    """A category named <script>alert(1)</script> shows as text; no dialog, no injected element."""
    dialogs: list[str] = []
    opened.page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    opened.page.reload()
    opened.page.wait_for_function("document.body.dataset.charts", timeout=90_000)
    assert dialogs == []
    assert "<script>alert(1)</script>" in opened.rows("dim-category")
    assert opened.page.locator("#dim-category b").count() == 0
    assert opened.page.locator("img").count() == 0


def test_table_sorts_and_filters(opened: Opened) -> None:
    """Clicking a header sorts by that column (twice: reversed); filter and status narrow rows."""
    page, dim = opened.page, "dim-language"
    original = opened.rows(dim)
    total = len(original)
    page.click(f"#{dim}-table button[data-col='label']")
    ascending = opened.rows(dim)
    plain = [s for s in ascending if s.isascii() and s.isalpha()]
    assert ascending != original and len(plain) > 50
    assert plain == sorted(plain, key=str.casefold)
    page.click(f"#{dim}-table button[data-col='label']")
    assert opened.rows(dim) == ascending[::-1]
    page.click(f"#{dim}-table button[data-col='count']")
    counts = page.eval_on_selector_all(
        f"#{dim}-table tbody tr td:nth-child(3)", "els => els.map(e => e.textContent)"
    )
    numbers = [float(c.replace(",", "")) for c in counts]
    assert numbers == sorted(numbers)
    page.fill(f"[data-filter='{dim}']", "swahili")
    assert opened.rows(dim) == ["Swahili"]
    page.fill(f"[data-filter='{dim}']", "")
    page.select_option(f"[data-status='{dim}']", "under")
    statuses = page.eval_on_selector_all(
        f"#{dim}-table tbody tr:not([hidden]) td.st", "els => els.map(e => e.textContent)"
    )
    assert statuses and set(statuses) == {"under"} and len(statuses) < total
    assert page.text_content(f"[data-shown='{dim}']") == f"{len(statuses)} of {total} slices"


def test_tables_and_map_work_without_javascript(browser: Any, report: Path) -> None:
    """With JavaScript off the tables and the world map are complete and the charts say why not."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(report.resolve().as_uri())
    shown = page.locator("#dim-country-table tbody tr").count()
    folded = page.locator("#dim-country-zero-table tbody tr").count()
    assert shown + folded == 250 and folded > 0  # 0-document rows folded, still listed
    assert page.locator(".map path.m-c6").count() > 0  # ×10 or more
    assert page.locator(".nochart").first.is_visible()
    context.close()


def test_printed_report_keeps_its_text_size(browser: Any, report: Path) -> None:
    """Printing redraws the charts to fit the paper, so pages are not shrunk to fit them."""
    page = Opened(browser, report).page
    widths = page.eval_on_selector_all(".js-plotly-plot", "els => els.map(e => e.offsetWidth)")
    assert max(widths) > 660  # drawn for the 1280 px screen
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    widths = page.eval_on_selector_all(
        ".js-plotly-plot .main-svg", "els => els.map(e => e.getBoundingClientRect().width)"
    )
    assert widths and max(widths) <= 660
    legend = page.locator("details.legend dd").first
    assert legend.is_visible()  # the closed status legend prints open
    assert page.locator("nav").is_hidden()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(SCREENSHOTS / "report-print.pdf"), format="A4")
    page.close()


@pytest.fixture(scope="module")
def comparison_page(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A before/after comparison with a hostile category, opened with every request blocked."""
    import polars as pl

    import datacensus

    def side(counts: dict[str, int]) -> Any:
        langs = [k for k, n in counts.items() for _ in range(n)]
        topics = ["<script>alert(1)</script>" if i % 7 == 0 else "news" for i in range(len(langs))]
        frame = pl.DataFrame({"lang": langs, "topic": topics})
        return datacensus.audit(frame, text=None, language="lang", categories=["topic"])

    before = side({"en": 600, "fr": 200, "sw": 150, "yo": 50})
    after = side({"en": 700, "fr": 210, "sw": 20})
    out = tmp_path_factory.mktemp("compare")
    html = write_report(datacensus.compare_audits(before, after, max_drop=0.5), out)["html"]
    url = html.resolve().as_uri()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    seen: dict[str, list[str]] = {"requests": [], "errors": [], "dialogs": []}
    page.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url == url
            else (seen["requests"].append(route.request.url), route.abort())
        ),
    )
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: seen["errors"].append(str(exc)))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.goto(url)
    page.seen = seen  # type: ignore[attr-defined]
    yield page
    page.close()


def test_comparison_opens_offline_with_its_tables(comparison_page: Any) -> None:
    """comparison.html loads with no request and no error; every slice table is visible."""
    page = comparison_page
    assert page.seen == {"requests": [], "errors": [], "dialogs": []}
    table = page.locator("#dim-language-table")
    assert table.is_visible()
    rows = page.eval_on_selector_all(
        "#dim-language-table tbody tr",
        "els => els.map(e => [e.cells[0].textContent, e.cells[7].textContent])",
    )
    assert dict(rows) == {
        "Swahili": "dropped",
        "Yoruba": "disappeared",
        "French": "unchanged",
        "English": "gained",
    }
    assert "<script>alert(1)</script>" in page.locator("#dim-topic-table").inner_text()
    verdict = page.locator("[role=status]").inner_text()
    assert "no slice may lose more than 50% of its share" in verdict
    page.screenshot(path=str(SCREENSHOTS / "compare.png"), full_page=True)


def test_comparison_prints_its_tables(comparison_page: Any) -> None:
    """In print, the slice tables show and no sign is shown on a change that rounds to zero."""
    page = comparison_page
    page.emulate_media(media="print")
    assert page.locator("#dim-topic-table").is_visible()
    changes = page.eval_on_selector_all(
        "#dim-topic-table tbody td:nth-child(5)", "els => els.map(e => e.textContent)"
    )
    assert changes == ["±0.00 pp", "±0.00 pp"]
    page.emulate_media(media="screen")


@pytest.fixture(scope="module")
def lenses_page(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Opened]:
    """An audit with two lenses per dimension and composed references, opened offline."""
    import polars as pl

    import datacensus

    langs = {"en": 600, "zh": 100, "es": 200, "hi": 50, "fr": 45, "sw": 5}
    countries = {"US": 500, "CN": 100, "IN": 200, "DE": 195, "KE": 5}
    frame = pl.DataFrame(
        {
            "lang": [k for k, n in langs.items() for _ in range(n)],
            "cc": [k for k, n in countries.items() for _ in range(n)],
        }
    )
    result = datacensus.audit(
        frame,
        language="lang",
        country="cc",
        references={
            "language": ["world-speakers", "0.5*internet-users-language+0.5*uniform"],
            "country": ["world-population", "internet-users@region=Asia"],
        },
    )
    out = tmp_path_factory.mktemp("lenses-report")
    page = Opened(browser, write_report(result, out)["html"])
    yield page
    page.page.close()


def test_lenses_and_compositions_in_the_browser(lenses_page: Opened) -> None:
    """One section per lens (tables sort/filter, the country lens has its map), the
    disagreements table links to them, and composed references show their parts."""
    page = lenses_page.page
    assert lenses_page.errors == [] and lenses_page.requests == []
    block = page.locator("#lenses")
    assert block.is_visible() and "Where the references disagree" in block.inner_text()
    lens = "dim-language-0-5-internet-users-language-0-5-uniform"
    assert page.locator(f"#{lens}").count() == 1
    assert page.locator(f"#lenses a[href='#{lens}']").count() == 1
    rows = block.locator("table").first.locator("tbody tr")
    assert rows.count() >= 1  # en is over world-speakers; the blends differ on others
    page.fill(f"[data-filter='{lens}']", "swahili")
    assert lenses_page.rows(lens) == ["Swahili"]
    asia = "dim-country-internet-users-at-region-Asia"
    assert page.locator(f"#{asia} .map path").count() > 0  # a country lens keeps its map
    # countries outside Asia are unreferenced under the Asia lens
    assert "unreferenced" in page.locator(f"#{asia}-table").inner_text()
    methods = page.locator("#methods").inner_text()
    assert "0.5 × internet-users-language (CC-BY-4.0" in methods
    assert "0.5 × uniform" in methods
    assert "restricted to Asia" in methods
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    block.screenshot(path=str(SCREENSHOTS / "report-lenses.png"))
