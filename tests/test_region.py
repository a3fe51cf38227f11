"""Region analysers: country from a column or a URL's ccTLD, and the M49 rollups."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from datacensus.analysers.region import VANITY_TLDS, CountryFromColumn, CountryFromUrl
from datacensus.api import audit
from datacensus.cli.app import app
from datacensus.codes.countries import cctlds
from datacensus.errors import InputError

#: Real-looking URLs and the country key each must get.
REAL_URLS = [
    ("https://www.bbc.co.uk/news", "GB"),
    ("http://例え.jp", "JP"),
    ("https://xn--p1ai/", "RU"),
    ("http://москва.рф/about", "RU"),
    ("http://xn--80aswg.xn--p1ai/", "RU"),
    ("https://europa.eu/", "?non_country_tld=eu"),
    ("https://europa.xn--e1a4c/", "?non_country_tld=xn--e1a4c"),
    ("http://中国政府.中国/", "CN"),
    ("https://example.xn--mgbaam7a8h/", "AE"),
    ("https://github.io", "?vanity_tld=io"),
    ("https://openai.com/blog", "?generic_tld"),
    ("https://www.wikipedia.org/", "?generic_tld"),
    ("https://nation.africa", "?generic_tld"),
    ("https://www.lemonde.fr/international/", "FR"),
    ("HTTPS://WWW.GOV.UK./guidance", "GB"),
    ("www.spiegel.de/politik", "DE"),
    ("ftp://user:pw@files.example.de:21/x", "DE"),
    ("https://www.nation.co.ke/news?id=1#top", "KE"),
    ("https://www.abc.net.au", "AU"),
    ("https://foo.zz/", "?unknown_tld=zz"),
    ("http://192.168.0.1/admin", "?ip_address"),
    ("http://[2001:db8::1]/", "?ip_address"),
    ("http://localhost:8080/", "?no_tld"),
    ("/relative/path", "?no_host"),
    ("", "?no_url"),
    (None, "?no_url"),
    ("https://site.tv/show", "?vanity_tld=tv"),
    ("https://site.co/", "?vanity_tld=co"),
    ("https://www.gob.mx/", "MX"),
    ("https://sub.domain.com.br/", "BR"),
]


def _keys(urls: list[str | None], **kwargs: object) -> list[str]:
    frame = pl.DataFrame({"url": urls}, schema={"url": pl.String})
    return CountryFromUrl("url", rollups=False, **kwargs).keys(frame)["country"].to_list()  # type: ignore[arg-type]


def test_real_urls_map_to_exact_keys() -> None:
    """Every fixture URL gets its known country or unknown reason."""
    urls = [u for u, _ in REAL_URLS]
    assert _keys(urls) == [k for _, k in REAL_URLS]


def test_vanity_include_maps_io_to_its_territory() -> None:
    """.io is the British Indian Ocean Territory, .tv Tuvalu, .co Colombia."""
    got = _keys(["https://github.io", "https://x.tv", "https://y.co"], include_vanity=True)
    assert got == ["IO", "TV", "CO"]


def test_vanity_list_holds_only_real_cctlds() -> None:
    """Each vanity TLD is a ccTLD of some country (else excluding it would be meaningless)."""
    from datacensus.codes.countries import country_of_cctld

    assert all(country_of_cctld(t) for t in VANITY_TLDS)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([u for u, _ in REAL_URLS]), max_size=30))
def test_url_keys_do_not_depend_on_batching(urls: list[str | None]) -> None:
    """Vectorised keys of a batch equal the keys of each URL alone."""
    expected = dict(REAL_URLS)
    assert _keys(urls) == [expected[u] for u in urls]


def test_country_column_accepts_codes_names_any_case() -> None:
    """alpha-2, alpha-3, numeric, English names and dotted initials all map; the rest is kept."""
    values = ["KE", "ken", "404", "kenya", "U.K.", "usa", "Deutschland", "Frnace", "n/a", "", None]
    frame = pl.DataFrame({"c": values}, schema={"c": pl.String})
    keys = CountryFromColumn("c").keys(frame)
    assert keys["country"].to_list() == [
        "KE", "KE", "KE", "KE", "GB", "US", "DE",
        "?unmapped=Frnace", "?unmapped=n/a", "?empty", "?empty",
    ]  # fmt: skip
    assert keys["subregion"].to_list()[:5] == ["014"] * 4 + ["154"]
    assert keys["region"].to_list()[:7] == ["002"] * 4 + ["150", "019", "150"]
    assert keys["region"][7] == "?unmapped=Frnace"


def test_integer_country_codes_are_numeric_iso() -> None:
    """An integer column is read as ISO 3166-1 numeric codes."""
    frame = pl.DataFrame({"c": [404, 826, 840]})
    assert CountryFromColumn("c").keys(frame)["country"].to_list() == ["KE", "GB", "US"]


def test_list_valued_country_column_is_an_error() -> None:
    """A list column is rejected with the column name and what was expected."""
    frame = pl.DataFrame({"c": [["KE"], ["FR"]]})
    with pytest.raises(InputError, match="column 'c': expected one country"):
        CountryFromColumn("c").keys(frame)


def _audit_frame() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "lang": ["en", "en", "fr", "sw", "sw", "de", "en", "en"],
            "country": ["GB", "us", "France", "KEN", "TZ", "Frnace", "AQ", None],
            "url": [
                "https://bbc.co.uk/a",
                "https://nytimes.com/b",
                "https://lemonde.fr/c",
                "https://nation.co.ke/d",
                "https://github.io/e",
                "https://europa.eu/f",
                "https://x.aq/g",
                None,
            ],
        }
    )


def _counts(result: object, dim: str) -> dict[str, int]:
    counts = result.counts.filter(pl.col("dimension") == dim)  # type: ignore[attr-defined]
    return dict(zip(counts["key"].to_list(), counts["documents"].to_list(), strict=True))


def test_audit_country_subregion_region_tables_are_exact() -> None:
    """Country column: exact country, subregion and region counts, unmapped listed."""
    result = audit(_audit_frame(), text=None, language="lang", country="country")
    assert _counts(result, "country") == {
        "GB": 1, "US": 1, "FR": 1, "KE": 1, "TZ": 1, "AQ": 1,
        "?unmapped=Frnace": 1, "?empty": 1,
    }  # fmt: skip
    assert _counts(result, "subregion") == {
        "154": 1, "021": 1, "155": 1, "014": 2,
        "?no_m49_region=AQ": 1, "?unmapped=Frnace": 1, "?empty": 1,
    }  # fmt: skip
    assert _counts(result, "region") == {
        "150": 2, "019": 1, "002": 2,
        "?no_m49_region=AQ": 1, "?unmapped=Frnace": 1, "?empty": 1,
    }  # fmt: skip
    country = result.dimensions["country"]
    assert country.total == 6
    assert country.unmapped == {"Frnace": 1.0}
    assert result.dimensions["region"].reference.name == "m49-region"
    labels = dict(result.dimensions["subregion"].slices.select("key", "label").iter_rows())
    assert labels["014"] == "Eastern Africa"


def test_audit_url_alone_gives_country_and_rollups() -> None:
    """URL column alone: country from ccTLDs, generic and vanity shares reported as unknown."""
    result = audit(_audit_frame(), text=None, language="lang", url="url")
    assert _counts(result, "country") == {
        "GB": 1, "FR": 1, "KE": 1, "AQ": 1, "?generic_tld": 1, "?vanity_tld=io": 1,
        "?non_country_tld=eu": 1, "?no_url": 1,
    }  # fmt: skip
    dim = result.dimensions["country"]
    assert dim.unknown == {"generic_tld": 1.0, "vanity_tld": 1.0, "non_country_tld": 1.0,
                           "no_url": 1.0}  # fmt: skip
    assert _counts(result, "region") == {
        "150": 2, "002": 1, "?no_m49_region=AQ": 1, "?generic_tld": 1, "?vanity_tld=io": 1,
        "?non_country_tld=eu": 1, "?no_url": 1,
    }  # fmt: skip


def test_audit_column_and_url_give_two_dimensions() -> None:
    """Both: the column gives country (+ rollups), URLs give url_country against population."""
    result = audit(_audit_frame(), text=None, language="lang", country="country", url="url")
    assert set(result.dimensions) == {"language", "country", "subregion", "region", "url_country"}
    assert _counts(result, "url_country")["GB"] == 1
    assert result.dimensions["url_country"].reference.name == "world-population"


def test_audit_include_vanity() -> None:
    """vanity=True moves .io rows from unknown into the IO slice."""
    result = audit(_audit_frame(), text=None, language="lang", url="url", vanity=True)
    counts = _counts(result, "country")
    assert counts["IO"] == 1 and "?vanity_tld=io" not in counts


def test_cli_country_and_url_columns(tmp_path: Path) -> None:
    """`--country-col` and `--url-col` produce the country and url_country tables."""
    path = tmp_path / "data.jsonl"
    rows = _audit_frame().with_columns(pl.lit("some words").alias("text")).to_dicts()
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    out = tmp_path / "report"
    args = ["audit", str(path), "-o", str(out), "--lang-col", "lang", "-q"]
    run = CliRunner().invoke(app, [*args, "--country-col", "country", "--url-col", "url"])
    assert run.exit_code == 0, run.output
    data = json.loads((out / "result.json").read_text())
    assert {"country", "subregion", "region", "url_country"} <= set(data["dimensions"])
    assert data["dimensions"]["url_country"]["unknown"]["by_reason"]["generic_tld"] == 1


def test_cli_missing_url_column_exits_2(tmp_path: Path) -> None:
    """A misspelt --url-col names the column and exits 2."""
    path = tmp_path / "data.jsonl"
    path.write_text(json.dumps({"text": "x", "lang": "en", "url": "https://a.de"}) + "\n")
    run = CliRunner().invoke(
        app,
        [
            "audit",
            str(path),
            "-o",
            str(tmp_path / "o"),
            "--lang-col",
            "lang",
            "--url-col",
            "urls",
        ],
    )
    assert run.exit_code == 2
    assert "urls" in run.output


def test_demo_corpus_country_counts_are_exact() -> None:
    """On the demo corpus, country keys equal an independent tally of its country column."""
    from datacensus.demo import generate

    records = generate(documents=1500, seed=3)
    fixes = {"U.K.": "GB", "usa": "US", "Deutschland": "DE"}
    expected: Counter[str] = Counter()
    for record in records:
        value = record["country"]
        if not value:
            expected["?empty"] += 1
        elif value in fixes:
            expected[fixes[value]] += 1
        elif isinstance(value, str) and len(value) == 2:
            expected[value] += 1
        else:
            expected[f"?unmapped={value}"] += 1
    frame = pl.DataFrame(records).with_columns(pl.lit("en").alias("lang"))
    result = audit(frame, text=None, language="lang", country="country", url="url")
    assert _counts(result, "country") == dict(expected)
    urls = Counter(_url_oracle(str(r["url"])) for r in records)
    assert _counts(result, "url_country") == dict(urls)


def _url_oracle(url: str) -> str:
    """The demo's URLs are https://siteN.<tld>/...: classify the TLD by hand."""
    tld = url.split("/")[2].rsplit(".", 1)[1]
    if tld in {"com", "org", "net", "info"}:
        return "?generic_tld"
    if tld in VANITY_TLDS:
        return f"?vanity_tld={tld}"
    return "GB" if tld == "uk" else tld.upper()


_CCTLDS = sorted(cctlds().items())
_LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_CCTLDS),
    st.lists(_LABEL, min_size=1, max_size=3),
    st.sampled_from(["https://", "http://", "", "ftp://u@"]),
    st.sampled_from(["", "/", "/a/b?q=1", ":8080/x", "#f"]),
)
def test_any_cctld_url_maps_to_its_country(
    entry: tuple[str, str | None], labels: list[str], scheme: str, tail: str
) -> None:
    """scheme://labels.<cctld><tail> -> the ccTLD's country (vanity and non-country apart)."""
    tld, country = entry
    url = f"{scheme}{'.'.join(labels)}.{tld.upper() if len(labels) % 2 else tld}{tail}"
    expected = (
        f"?non_country_tld={tld}"
        if country is None
        else f"?vanity_tld={tld}"
        if tld in VANITY_TLDS
        else country
    )
    assert _keys([url]) == [expected]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(sorted(c for _, c in _CCTLDS if c)), min_size=1, max_size=40))
def test_rollups_sum_country_counts(codes: list[str]) -> None:
    """Each subregion/region count is the sum of its countries' counts."""
    from datacensus.codes.countries import m49_of

    keys = CountryFromColumn("c").keys(pl.DataFrame({"c": codes}))
    for level, index in (("subregion", 0), ("region", 2)):
        got = Counter(keys[level].to_list())
        want = Counter((m[index] if (m := m49_of(c)) else f"?no_m49_region={c}") for c in codes)
        assert got == want
