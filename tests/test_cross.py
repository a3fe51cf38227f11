"""Intersections: cross keys, joint and product-of-marginals references, sparse cells."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from datacensus.analysers.cross import cross_column
from datacensus.api import audit
from datacensus.cli.app import app
from datacensus.compare.crossref import joint_reference, product_reference
from datacensus.compare.references import default_reference
from datacensus.errors import InputError
from datacensus.models import Reference


def _counts(result: object, dim: str) -> dict[str, int]:
    counts = result.counts.filter(pl.col("dimension") == dim)  # type: ignore[attr-defined]
    return dict(zip(counts["key"].to_list(), counts["documents"].to_list(), strict=True))


FRAME = pl.DataFrame(
    {
        "lang": ["en", "en", "en", "fr", "sw", "sw", "xx-not-a-lang", "de"],
        "country": ["GB", "GB", "US", "FR", "KE", "TZ", "KE", "Frnace"],
        "topic": ["news", "sport", "news", "news", "news", "sport", "news", "news"],
    }
)


def test_language_country_table_counts_and_joint_reference() -> None:
    """language x country: exact cells, unknown when either side is, CLDR joint reference."""
    result = audit(FRAME, text=None, language="lang", country="country",
                   cross=[("language", "country")])  # fmt: skip
    assert _counts(result, "language|country") == {
        "en|GB": 2, "en|US": 1, "fr|FR": 1, "sw|KE": 1, "sw|TZ": 1, "?unknown_part": 2,
    }  # fmt: skip
    dim = result.dimensions["language|country"]
    assert dim.reference.name == "language-territory"
    assert dim.axes == ("language", "country")
    slices = {r["key"]: r for r in dim.slices.iter_rows(named=True)}
    joint = default_reference("language|country")
    assert joint is not None
    assert slices["sw|KE"]["reference_share"] == pytest.approx(joint.shares()["sw|KE"])
    assert slices["sw|KE"]["label"] == "Swahili × Kenya"


def test_sparse_cells_without_documents_get_no_row() -> None:
    """With 6 documents no empty cell can be 'missing': only observed cells are listed."""
    result = audit(FRAME, text=None, language="lang", country="country",
                   cross=[("language", "country")])  # fmt: skip
    dim = result.dimensions["language|country"]
    assert dim.slices.height == 5
    assert any("not listed" in note for note in dim.notes)


def test_large_corpus_lists_missing_cells() -> None:
    """With enough documents, a big joint cell with no documents is listed as missing."""
    frame = pl.DataFrame({"lang": ["en"] * 3000, "country": ["GB"] * 3000})
    result = audit(frame, text=None, language="lang", country="country",
                   cross=[("language", "country")])  # fmt: skip
    slices = {
        r["key"]: r["status"]
        for r in result.dimensions["language|country"].slices.iter_rows(named=True)
    }
    assert slices["zh|CN"] == "missing"
    assert slices["en|GB"] == "over"
    assert all(
        status in ("missing", "over", "ok", "under", "uncertain") for status in slices.values()
    )


def test_reversed_order_swaps_the_joint_reference() -> None:
    """country x language uses the same CLDR shares with keys swapped."""
    swapped = joint_reference("country", "language")
    direct = default_reference("language|country")
    assert swapped is not None and direct is not None
    assert swapped.dimension == "country|language"
    assert swapped.shares()["KE|sw"] == pytest.approx(direct.shares()["sw|KE"])


def test_language_region_joint_is_rolled_up_from_countries() -> None:
    """language x region sums language-territory over the countries of each M49 region."""
    rolled = joint_reference("language", "region")
    direct = default_reference("language|country")
    assert rolled is not None and direct is not None
    from datacensus.codes.countries import m49_of

    expected = sum(
        share
        for key, share in direct.shares().items()
        if key.startswith("sw|") and (m := m49_of(key[3:])) is not None and m[2] == "002"
    )
    total_with_region = sum(
        share for key, share in direct.shares().items() if m49_of(key.split("|")[1]) is not None
    )
    assert rolled.shares()["sw|002"] == pytest.approx(expected / total_with_region)


def test_product_of_marginals_worked_example() -> None:
    """share(a|b) = share(a) x share(b), with a note saying independence is assumed."""
    ref = product_reference("language", "topic", {"en": 0.75, "fr": 0.25}, {"news": 0.5, "x": 0.5})
    assert ref.shares() == pytest.approx(
        {"en|news": 0.375, "en|x": 0.375, "fr|news": 0.125, "fr|x": 0.125}
    )
    assert "independent" in ref.provenance.notes[0]


def test_country_topic_uses_product_of_population_and_uniform() -> None:
    """No joint reference: country share x uniform topic share over the observed topics."""
    result = audit(FRAME, text=None, language="lang", country="country",
                   categories=["topic"], cross=[("country", "topic")])  # fmt: skip
    dim = result.dimensions["country|topic"]
    population = default_reference("country")
    assert population is not None
    shares = dict(dim.slices.select("key", "reference_share").iter_rows())
    assert shares["KE|news"] == pytest.approx(population.shares()["KE"] * 0.5)
    assert any("independent" in note for note in dim.reference.notes)


def test_user_marginal_feeds_the_product() -> None:
    """A user reference for the topic marginal is used in the product."""
    topic = Reference.from_mapping({"news": 9, "sport": 1}, name="t", dimension="topic")
    result = audit(FRAME, text=None, language="lang", country="country", categories=["topic"],
                   cross=[("country", "topic")], references={"topic": topic})  # fmt: skip
    shares = dict(result.dimensions["country|topic"].slices.select("key", "reference_share")
                  .iter_rows())  # fmt: skip
    population = default_reference("country")
    assert population is not None
    assert shares["GB|sport"] == pytest.approx(population.shares()["GB"] * 0.1)


def test_cross_with_list_valued_category() -> None:
    """A multi-label side gives one cell per label for that document."""
    keys = pl.DataFrame({"language": ["en", "fr", "?x"], "tags": [["a", "b"], [], ["a"]]})
    got = cross_column(keys, "language", "tags").to_list()
    assert got == [["en|a", "en|b"], ["?unknown_part"], ["?unknown_part"]]


def test_cross_unknown_dimension_is_an_error() -> None:
    """Crossing a dimension the audit does not measure names it."""
    with pytest.raises(InputError, match="no 'topic' dimension"):
        audit(FRAME, text=None, language="lang", cross=[("language", "topic")])


def test_cli_cross_language_country(tmp_path: Path) -> None:
    """`--cross language,country` writes the 2-D table into result.json."""
    path = tmp_path / "d.jsonl"
    rows = FRAME.with_columns(pl.lit("w").alias("text")).to_dicts()
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = tmp_path / "o"
    args = ["audit", str(path), "-o", str(out), "--lang-col", "lang", "-q"]
    run = CliRunner().invoke(
        app, [*args, "--country-col", "country", "--cross", "language,country"]
    )
    assert run.exit_code == 0, run.output
    data = json.loads((out / "result.json").read_text())
    table = data["dimensions"]["language|country"]
    assert {s["key"]: s["count"] for s in table["slices"]} == {
        "en|GB": 2, "en|US": 1, "fr|FR": 1, "sw|KE": 1, "sw|TZ": 1,
    }  # fmt: skip


def test_cli_bad_cross_exits_2(tmp_path: Path) -> None:
    """A --cross value without two dimensions is a usage error."""
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": "w", "lang": "en"}) + "\n")
    run = CliRunner().invoke(app, ["audit", str(path), "-o", str(tmp_path / "o"), "--lang-col",
                                   "lang", "--cross", "language"])  # fmt: skip
    assert run.exit_code == 2
    assert "two different dimensions" in run.output


def test_url_country_uses_the_country_joint_reference() -> None:
    """language x url_country is compared with language-territory like language x country."""
    ref = joint_reference("language", "url_country")
    direct = default_reference("language|country")
    assert ref is not None and direct is not None
    assert ref.dimension == "language|url_country"
    assert ref.shares() == direct.shares()
