"""The shareable report: escaping, determinism, size, content, re-rendering."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from datacensus.cli.app import app
from datacensus.errors import InputError
from datacensus.models import AuditResult, DimensionResult, Provenance
from datacensus.report.html import render_html, script_json
from datacensus.report.markdown import render_markdown
from datacensus.report.minimd import to_html
from datacensus.report.write import write_report
from datacensus.schema import COUNTS_SCHEMA, COVERAGE_SCHEMA
from synthetic import HOSTILE, synthetic_result

EVIL = "<script>alert(1)</script>"


@cache
def big() -> AuditResult:
    return synthetic_result()


@cache
def big_html() -> str:
    return render_html(big())


#: The effective-size and power columns (datacensus.compare.power), unknown in hand-made rows.
POWER_NULLS = (None,) * (len(COVERAGE_SCHEMA) - 12)


def small_result() -> AuditResult:
    """Two hand-made dimensions with every status, a hostile key and known numbers."""
    rows = [
        ("sw", "Swahili", 1, 0.0001, 0.00001, 0.001, 0.01, 100, 0.01, 0.001, 0.1, "under"),
        ("en", "English", 9000, 0.9, 0.89, 0.91, 0.5, 5000, 1.8, 1.78, 1.82, "over"),
        ("yo", "Yoruba", 0, 0.0, 0.0, 0.0003, 0.05, 500, 0.0, 0.0, 0.006, "missing"),
        (EVIL, EVIL, 999, 0.0999, 0.09, 0.11, None, None, None, None, None, "unreferenced"),
    ]
    slices = pl.DataFrame(
        [dict(zip(COVERAGE_SCHEMA.names()[:12], r, strict=True)) for r in rows],
        schema=COVERAGE_SCHEMA,
        orient="row",
    )
    country = pl.DataFrame(
        [("FR", "France", 10, 1.0, 0.7, 1.0, 0.5, 5, 2.0, 1.4, 2.0, "uncertain", *POWER_NULLS)],
        schema=COVERAGE_SCHEMA,
        orient="row",
    )
    prov = Provenance(
        name="world-speakers",
        dimension="language",
        title="World speakers",
        licence="Unicode-3.0",
        source="CLDR </script>",
    )
    dims = {
        "language": DimensionResult(
            name="language",
            weight="documents",
            reference=prov,
            total=10000.0,
            documents=10000,
            unknown={"low_confidence": 250.0},
            slices=slices,
            metrics={"tvd": 0.4, "jsd": 0.2},
            notes=("a note & more",),
        ),
        "country": DimensionResult(
            name="country",
            weight="documents",
            reference=None,
            total=10.0,
            documents=10,
            unknown={},
            slices=country,
        ),
    }
    return AuditResult(
        datacensus_version="9.9.9",
        created_at="2026-01-01T00:00:00+00:00",
        input={
            "paths": ["a.jsonl"],
            "fingerprint": "sha256:f00",
            "rows_read": 10250,
            "rows_skipped": {"bad_json": 2},
        },
        parameters={"weight": "documents"},
        dimensions=dims,
        counts=pl.DataFrame(schema=COUNTS_SCHEMA),
        verdict={"passed": True, "findings": []},
    )


def visible_text(html: str) -> str:
    """The page without its <script> and <style> elements."""
    return re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)


def test_hostile_names_are_escaped_everywhere() -> None:
    """Category names that try to open or close a script appear only escaped in the HTML."""
    html = big_html()
    for name in HOSTILE:
        assert name not in visible_text(html) or "<" not in name
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html  # the example snippet is escaped too
    assert html.lower().count("</script") == html.lower().count("<script")


def test_script_json_cannot_close_the_script() -> None:
    """JSON embedded in <script> escapes <, > and & and round-trips to the same value."""
    value = {"k": "</script><!-- & \u2028"}
    text = str(script_json(value))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == value


def test_same_result_renders_identical_bytes() -> None:
    """Rendering twice (also after a JSON round trip) gives byte-identical HTML."""
    again = AuditResult.from_json(big().to_json())
    assert render_html(again) == big_html()


def test_inline_report_is_under_5_mb_and_self_contained() -> None:
    """A 200-language, 250-country audit with inline plotly stays under 5 MB, no external URLs."""
    html = big_html()
    assert len(html.encode("utf-8")) < 5_000_000
    assert 'id="plotly-gz"' in html
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html)


def test_cdn_and_none_modes() -> None:
    """--plotlyjs cdn links plotly from cdn.plot.ly (small file); none leaves it out."""
    cdn = render_html(small_result(), plotlyjs="cdn")
    none = render_html(small_result(), plotlyjs="none")
    assert re.search(r'<script src="https://cdn\.plot\.ly/plotly-[\d.]+\.min\.js"', cdn)
    assert len(cdn) < 200_000 and 'id="plotly-gz"' not in cdn and "cdn.plot.ly/" not in none
    with pytest.raises(InputError, match="plotlyjs"):
        render_html(small_result(), plotlyjs="web")


def test_summary_names_under_represented_slices_in_plain_words() -> None:
    """The summary states the verdict, size, unknown share and reasons, and flagged slices."""
    text = visible_text(render_html(small_result()))
    assert "Policy passed." in text
    assert "Swahili: 0.01% of documents vs 1.00% of world-speakers, 100× under" in text
    assert "Yoruba: absent, vs 5.00% of world-speakers" in text
    assert "2.44% of documents could not be assigned a language" in text
    assert "language identification below the confidence threshold" in text


def test_every_slice_is_in_the_table() -> None:
    """Each dimension's table has one row per slice, readable without JavaScript."""
    html = big_html()
    for dim in big().dimensions.values():
        slug = "dim-" + "".join(ch if ch.isalnum() else "-" for ch in dim.name)
        table = html.split(f'id="{slug}-table"', 1)[1].split("</table>", 1)[0]
        rows = table.count("<tr") - 1
        if f'id="{slug}-zero-table"' in html:
            folded = html.split(f'id="{slug}-zero-table"', 1)[1].split("</table>", 1)[0]
            rows += folded.count("<tr") - 1
            assert "<tr id" in folded
        assert rows == len(dim.slices)


def test_methods_come_from_the_methods_module() -> None:
    """Every section title of datacensus.methods (the LID correction's included) appears in the
    report's Methods section."""
    from datacensus.compare.methods import ALL_SECTIONS, SECTIONS

    html = render_html(small_result())
    assert len(ALL_SECTIONS) > len(SECTIONS)
    for title, _ in ALL_SECTIONS:
        assert f"<h4>{to_html(title).removeprefix('<p>').removesuffix('</p>')}</h4>" in html


def test_minimal_markdown_escapes_and_marks_up() -> None:
    """The methods Markdown subset becomes escaped HTML with code, tables and lists."""
    html = to_html("a `x<y` **b**\n\n| h |\n| --- |\n| <i> |\n\n- one\n- two\n\n```\nz < 1\n```")
    assert "<code>x&lt;y</code>" in html and "<strong>b</strong>" in html
    assert "<td>&lt;i&gt;</td>" in html and "<li>two</li>" in html
    assert "<pre>z &lt; 1</pre>" in html


def test_world_map_colours_countries_by_ratio() -> None:
    """The country dimension gets an inline SVG map; France (×2.0) is in the ×1.4–×3 class."""
    html = render_html(small_result())
    svg = html.split('<figure class="map">', 1)[1].split("</svg>", 1)[0]
    assert svg.count("<path") > 150
    assert re.search(r'class="m-c4"><title>France: 10 documents, 100.00% vs 50.00% \(×2\)', svg)
    assert "Natural Earth" in html and "ISC" in html


def test_markdown_summary() -> None:
    """summary.md has the verdict, flagged slices and escaped table cells."""
    md = render_markdown(small_result())
    assert "**Policy: passed**" in md
    assert "Swahili: 0.01% of documents vs 1.00% of world-speakers, 100× under" in md
    assert "| English | 9,000 | 90.00% | 50.00% | ×1.8 | over |" in md
    assert "| &lt;script&gt;alert(1)&lt;/script&gt; | 999 |" in md


def test_report_command_rerenders_a_stored_result(tmp_path: Path) -> None:
    """`datacensus report result.json -o DIR` writes the same HTML as the original render."""
    first = write_report(small_result(), tmp_path / "a")
    out = CliRunner().invoke(
        app, ["report", str(first["json"]), "-o", str(tmp_path / "b"), "--plotlyjs", "none"]
    )
    assert out.exit_code == 0, out.output
    again = (tmp_path / "b" / "report.html").read_text(encoding="utf-8")
    assert again == render_html(small_result(), plotlyjs="none")
    bad = CliRunner().invoke(app, ["report", str(tmp_path / "missing.json")])
    assert bad.exit_code == 2 and "no such result file" in bad.output


def test_compressed_plotly_is_cached_and_a_damaged_copy_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gzipped plotly.js is kept in the cache folder and found without reading plotly's
    script; a damaged copy is compressed again."""
    import base64
    import gzip

    from datacensus.report import html

    monkeypatch.setenv("DATACENSUS_CACHE_DIR", str(tmp_path))
    source = html.plotly_source().encode("utf-8")
    html.plotly_gzip_base64.cache_clear()
    first = html.plotly_gzip_base64()
    assert gzip.decompress(base64.b64decode(first)) == source
    (stored,) = (tmp_path / "plotly").glob("plotly-*.js.gz")
    html.plotly_gzip_base64.cache_clear()
    with monkeypatch.context() as patch:  # a hit reads nothing of plotly's script

        def unread() -> str:
            raise AssertionError("plotly.min.js read on a cache hit")

        patch.setattr(html, "plotly_source", unread)
        assert html.plotly_gzip_base64() == first
    stored.write_bytes(b"not gzip at all")
    html.plotly_gzip_base64.cache_clear()
    assert html.plotly_gzip_base64() == first
    assert gzip.decompress(stored.read_bytes()) == source
    html.plotly_gzip_base64.cache_clear()
