"""The report shows the datasheet, the origin split and weight changes; terminal phrase names."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest

import datacensus
from datacensus.cli.audit import print_summary
from datacensus.models import AuditResult
from datacensus.report.context import build_context, chart_data
from datacensus.report.filters import dimension_title, under_phrase
from datacensus.report.html import render_html
from datacensus.report.markdown import render_markdown
from datacensus.report.write import write_report

EVIL = "<script>alert(1)</script>"
SHEET = f"""
[dataset]
name = "tiny {EVIL}"

[collection]
method = "crawl & filter"
sources = ["forum", "news"]

[generation]
generator_model = "some-llm-7b"
parameters = {{ temperature = 0.7 }}
share_synthetic = 0.4

[translation]
post_edited = false

[annotation]
platform = "in-house"
pay = "USD 12 per hour"
instructions = "line one\\nline two"
"""


def frame() -> pl.DataFrame:
    """100 rows: English human-written (short), Swahili mostly synthetic (long), French human."""
    rows = [("en", "human", "hello world " * 5)] * 60
    rows += [("sw", "synthetic", "habari " * 30)] * 30
    rows += [("sw", "human", "habari")] * 5
    rows += [("fr", EVIL, "bonjour tout le monde " * 40)] * 5
    return pl.DataFrame(rows, schema=["lang", "origin", "text"], orient="row")


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> AuditResult:
    """An audit with origin column, datasheet and a second weighting (characters)."""
    path = tmp_path_factory.mktemp("sheet") / "datasheet.toml"
    path.write_text(SHEET, encoding="utf-8")
    return datacensus.audit(
        frame(),
        language="lang",
        origin="origin",
        datasheet=path,
        weight=["documents", "chars"],
    )


@pytest.fixture(scope="module")
def html(result: AuditResult) -> str:
    return render_html(result, plotlyjs="none")


def section(html: str, ident: str) -> str:
    """The HTML of one <section> by id."""
    return html.split(f'<section id="{ident}"', 1)[1].split("</section>", 1)[0]


def slice_row(html: str, dim_id: str, label: str) -> str:
    """The table row of one slice in a dimension's table."""
    table = html.split(f'id="{dim_id}-table"', 1)[1].split("</table>", 1)[0]
    rows = [r.split(">", 1)[1] for r in table.split("<tr")[1:]]
    return next(r for r in rows if r.startswith(f"<td>{label}</td>"))


def test_datasheet_is_a_provenance_section(html: str) -> None:
    """Each stated datasheet fact appears under its section title in the Provenance section."""
    prov = section(html, "provenance")
    assert "<h4>Generation (synthetic data)</h4>" in prov
    assert "<dt>generator model</dt><dd>some-llm-7b</dd>" in prov
    assert "<dt>pay</dt><dd>USD 12 per hour</dd>" in prov
    assert "<dt>post edited</dt><dd>no</dd>" in prov
    assert "<dt>sources</dt><dd>forum; news</dd>" in prov
    assert "<dt>method</dt><dd>crawl &amp; filter</dd>" in prov
    assert "datasheet.toml" in prov and "not measured" in prov
    assert '<a href="#provenance">Provenance</a>' in html


def test_stated_synthetic_share_is_set_against_the_measured_one(html: str) -> None:
    """share_synthetic shows as a percentage next to what the origin column measured (35%)."""
    prov = section(html, "provenance")
    assert "<dd>40% (the origin column says 35% not human-written)</dd>" in prov


def test_origin_overall_and_mostly_synthetic_slices(html: str) -> None:
    """The origin table lists every origin with its share; Swahili is named as mostly synthetic."""
    prov = section(html, "provenance")
    assert re.search(r"synthetic</td><td>30</td><td>30\.00%</td>", prov)
    assert re.search(r"human</td><td>65</td><td>65\.00%</td>", prov)
    assert '<a href="#dim-language">language</a>: Swahili, 86% synthetic' in prov


def test_each_slice_row_shows_its_origin(html: str) -> None:
    """The language table has an origin column: Swahili 86% synthetic, English human only."""
    assert "origin (documents)</button>" in section(html, "dim-language")
    assert "86% synthetic</td>" in slice_row(html, "dim-language", "Swahili")
    assert "human only</td>" in slice_row(html, "dim-language", "English")
    assert "width:85.71%;background:#" in slice_row(html, "dim-language", "Swahili")


def test_origin_sort_column_lines_up_with_the_slices(result: AuditResult) -> None:
    """The page's data carries each slice's non-human share, aligned with its key, for sorting."""
    data = chart_data(build_context(result))
    language = next(d for d in data["dimensions"] if d["id"] == "dim-language")
    columns = language["columns"]
    shares = dict(zip(columns["key"], columns["nonhuman_share"], strict=True))
    assert shares["sw"] == pytest.approx(30 / 35, abs=1e-4)
    assert shares["en"] == 0 and shares["fr"] == 1
    assert shares["de"] is None  # referenced but absent: no rows to have an origin


def test_data_values_are_escaped(html: str) -> None:
    """A hostile origin value and datasheet text appear only escaped."""
    assert EVIL not in html
    assert "tiny &lt;script&gt;alert(1)&lt;/script&gt;" in section(html, "provenance")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</td>" in section(html, "provenance")


def test_weighting_changes_table(html: str) -> None:
    """English is over by documents but not by characters, linked to both sections."""
    block = html.split('id="weighting"', 1)[1].split("</div>", 1)[0]
    assert "<h3>Weighting changes the picture</h3>" in block
    assert '<a href="#dim-language-chars">by characters</a>' in block
    english = next(r for r in block.split("<tr>") if r.startswith("<td>English</td>"))
    assert '<span class="st s-over">over</span> (60.00%)' in english
    assert "(25.12%)" in english


def test_weighted_dimensions_have_their_own_title_and_id(html: str) -> None:
    """language@chars renders as 'language — weighted by characters' with a unique section id."""
    assert dimension_title("language@chars") == "language — weighted by characters"
    assert dimension_title("language|country") == "language × country"
    assert dimension_title("url_country@tokens") == "country (from URLs) — weighted by tokens"
    chars = section(html, "dim-language-chars")
    assert "<h2>language — weighted by characters</h2>" in chars
    assert "weighted by characters." in chars
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids))


def test_summary_md_has_provenance_origin_and_weighting(result: AuditResult) -> None:
    """summary.md carries the same facts: datasheet, origins, origin column, weight changes."""
    md = render_markdown(result)
    assert "## Provenance" in md
    assert "- **Annotation, pay:** USD 12 per hour" in md
    assert "- **Generation (synthetic data), share synthetic:** 40%" in md
    assert "- language: Swahili is 86% synthetic" in md
    assert "| slice | documents | share | reference | ratio | status | origin |" in md
    assert re.search(r"\| Swahili \| 35 \|.*\| 86% synthetic \|", md)
    assert "## Weighting changes the picture" in md
    assert "| English | over (60.00%) | uncertain (25.12%) |" in md
    assert "## language — weighted by characters" in md
    assert EVIL not in md and "&lt;script&gt;" in md


def test_extras_render_deterministically(result: AuditResult, html: str) -> None:
    """The same result, also after a JSON round trip, renders byte-identical HTML and Markdown."""
    again = AuditResult.from_json(result.to_json())
    assert render_html(again, plotlyjs="none") == html
    assert render_markdown(again) == render_markdown(result)


def test_report_without_extras_has_no_provenance_section() -> None:
    """Without origin, datasheet or a second weight, none of the new blocks appear."""
    plain = datacensus.audit(frame(), text=None, language="lang")
    html = render_html(plain, plotlyjs="none")
    assert 'id="provenance"' not in html and 'id="weighting"' not in html
    assert "## Provenance" not in render_markdown(plain)


def test_terminal_summary_names_the_reference(capsys: pytest.CaptureFixture[str]) -> None:
    """The terminal says 'of world-speakers', like the HTML and Markdown, not 'the reference'."""
    big = pl.DataFrame({"lang": ["en"] * 3000})
    result = datacensus.audit(big, text=None, language="lang")
    print_summary(result)
    out = capsys.readouterr().out
    assert "absent, vs" in out and "of world-speakers" in out
    assert "of the reference" not in out
    md = render_markdown(result)
    html = render_html(result, plotlyjs="none")
    first = next(line for line in out.splitlines() if "absent, vs" in line).strip()
    assert first in md and first in html


def test_phrase_without_reference_says_even_split() -> None:
    """A dimension compared with no reference is phrased against an even split."""
    row = {"label": "a", "share": 0.01, "reference_share": 0.5, "ratio": 0.02, "status": "under"}
    phrase = under_phrase(row, "chars")
    assert phrase == "a: 1.00% of characters vs 50.00% of an even split, 50× under"


def test_written_report_files(result: AuditResult, tmp_path: Path) -> None:
    """AuditResult.write puts the provenance into both report.html and summary.md."""
    paths = write_report(result, tmp_path, plotlyjs="none")
    assert 'id="provenance"' in paths["html"].read_text(encoding="utf-8")
    assert "## Provenance" in paths["markdown"].read_text(encoding="utf-8")


def test_compiled_templates_are_kept_and_a_damaged_or_unwritable_cache_only_recompiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The compiled report template lands in the cache folder; garbage there, or a cache path
    that is a file, still renders the same page."""
    from datacensus.report.html import script_json, to_html
    from datacensus.report.templating import template_environment

    filters = {"script_json": script_json, "markdown": to_html}
    monkeypatch.setenv("DATACENSUS_CACHE_DIR", str(tmp_path / "cache"))
    template_environment(filters).get_template("report.html.j2")
    kept = list((tmp_path / "cache" / "templates").glob("*.jinja"))
    assert len(kept) == 1
    compiled = kept[0].read_bytes()
    kept[0].write_bytes(b"not a compiled template")
    template_environment(filters).get_template("report.html.j2")  # compiled afresh, no error
    assert kept[0].read_bytes() == compiled
    (tmp_path / "blocked").write_text("a file, not a folder")
    monkeypatch.setenv("DATACENSUS_CACHE_DIR", str(tmp_path / "blocked"))
    assert template_environment(filters).get_template("report.html.j2").name == "report.html.j2"
