"""References from fetched public data: extract stage, derive stage, worked examples."""

from __future__ import annotations

import importlib.util
import math
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import polars as pl
import pytest

from datacensus.compare.references import load_reference, shipped_reference
from datacensus.datafiles import reference_dir

REPO = Path(__file__).resolve().parent.parent


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_references", REPO / "scripts/build_references.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _git_repo(root: Path, files: dict[str, str]) -> Path:
    """A one-commit git repository holding ``files`` (a stand-in for a fetched snapshot)."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    env = ["-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    subprocess.run(["git", "-C", str(root), "add", "."], check=True)
    subprocess.run(["git", "-C", str(root), *env, "commit", "-qm", "data"], check=True)
    return root


def test_internet_references_rebuild_from_the_committed_extracts() -> None:
    """internet-users and internet-users-language are a pure function of sources/ + CLDR."""
    build = _build_script()
    outputs = {o.name: o.text for o in build.build(build.Sources.locate())}
    for name in ("internet-users", "internet-users-language"):
        for ext in ("csv", "toml"):
            shipped = (reference_dir() / f"{name}.{ext}").read_text(encoding="utf-8")
            assert outputs[f"{name}.{ext}"] == shipped
        meta = tomllib.loads((reference_dir() / f"{name}.toml").read_text(encoding="utf-8"))
        for field in ("source", "licence", "year", "method", "caveats"):
            assert meta[field], f"{name}: empty {field}"
        assert "CC-BY-4.0" in meta["licence"]
        assert "fd75327fa0f438be4689f5c26c07cf1cb9fe4a5c" in meta["source"]  # the commit read
        origins = meta["build"]["sources"]
        assert "425fc447a53a26c767a15a7de60c4cc2478a0595" in origins["sources/wb-population.csv"]
    for name in ("wdi-internet-share", "wb-population"):
        meta = tomllib.loads((reference_dir() / f"sources/{name}.toml").read_text())
        assert len(meta["commit"]) == 40 and meta["repository"].startswith("https://github.com/")
        assert meta["licence"].startswith("CC-BY-4.0")


def test_internet_users_figures_are_population_times_share() -> None:
    """Each country's users = population x percent / 100 of the same year, from the extracts."""
    share = pl.read_csv(reference_dir() / "sources/wdi-internet-share.csv")
    pop = pl.read_csv(reference_dir() / "sources/wb-population.csv")
    joined = share.join(pop, on=["alpha3", "year"])
    india = joined.filter(pl.col("alpha3") == "IND").row(0, named=True)
    ref = pl.read_csv(reference_dir() / "internet-users.csv")
    row = ref.filter(pl.col("key") == "IN").row(0, named=True)
    assert row["year"] == india["year"]
    assert row["internet_users"] == round(india["population"] * india["percent"] / 100)
    assert ref["key"][0] == "CN"  # the largest online population
    assert "TW" not in ref["key"].to_list()  # not a World Bank economy (a stated caveat)


def test_derive_internet_worked_example(tmp_path: Path) -> None:
    """Two countries, three languages: shares computed by hand.

    A: 1000 people, 50% online -> 500 users; B: 3000 people, 10% -> 300 users (total 800).
    CLDR: A speaks x (100%) and y (20%); B speaks x (50%) and z (100%).
    Users per language: x = 500 + 150 = 650, y = 100, z = 300 (total 1050).
    """
    build = _build_script()
    (tmp_path / "wdi-internet-share.csv").write_text(
        "alpha3,name,year,percent\nAAA,A,2022,50\nBBB,B,2023,10\n"
    )
    (tmp_path / "wb-population.csv").write_text(
        "alpha3,year,population\nAAA,2022,1000\nBBB,2023,3000\n"
    )
    meta = 'repository = "r"\ncommit = "c"\npath = "p"\nsource = "s"\nurl = "u"\n'
    (tmp_path / "wdi-internet-share.toml").write_text(meta)
    (tmp_path / "wb-population.toml").write_text(meta)
    cldr = build.Cldr(
        population={"DE": 1000, "FR": 3000},
        literacy={},
        languages={},
        containment={},
        alpha3={"DE": "AAA", "FR": "BBB"},
        numeric={},
    )
    speakers = {("en", "DE"): 1000.0, ("de", "DE"): 200.0, ("en", "FR"): 1500.0}
    speakers[("fr", "FR")] = 3000.0
    iso = {"DE": "Germany", "FR": "France"}
    outputs = build.derive_internet(
        tmp_path, cldr, iso, iso, speakers, {"en": "x", "de": "y", "fr": "z"}
    )
    text = {o.name: o.text for o in outputs}
    countries = text["internet-users.csv"].splitlines()
    assert countries[1:] == [f"DE,Germany,{0.625!r},2022,500", f"FR,France,{0.375!r},2023,300"]
    langs = {
        line.split(",")[0]: line.split(",")
        for line in text["internet-users-language.csv"].splitlines()[1:]
    }
    assert langs["en"][3] == "650" and math.isclose(float(langs["en"][2]), 650 / 1050)
    assert langs["de"][3] == "100" and langs["fr"][3] == "300"


CC_LANGUAGES = """crawl,primary_language,pages,urls,%pages/crawl
CC-MAIN-2024-33,eng,900,900,90.0
CC-MAIN-2024-42,<unknown>,100,100,9.0909
CC-MAIN-2024-42,eng,600,600,54.5455
CC-MAIN-2024-42,deu,200,200,18.1818
CC-MAIN-2024-42,zho,200,200,18.1818
"""
CC_TLDS = """<table><tbody>
<tr><th>com</th><td>5,000</td><td>1</td></tr>
<tr><th>de</th><td>500</td><td>1</td></tr>
<tr><th>uk</th><td>300</td><td>1</td></tr>
<tr><th>eu</th><td>100</td><td>1</td></tr>
<tr><th>io</th><td>200</td><td>1</td></tr>
</tbody></table>
"""


def test_common_crawl_is_built_locally_from_a_snapshot(tmp_path: Path) -> None:
    """The latest crawl's pages per language: en 600, de 200, zh 200 of 1000 known pages;
    ccTLD pages: DE 500, GB 300 (.uk), IO 200 of 1000 (.com and .eu have no country)."""
    build = _build_script()
    snapshot = _git_repo(
        tmp_path / "snap",
        {"plots/languages.csv": CC_LANGUAGES, "plots/tld/latest-crawl-tlds.html": CC_TLDS},
    )
    out = tmp_path / "out"
    assert build.main(["--common-crawl", str(snapshot), "--cc-out", str(out)]) == 0
    ref = load_reference(out / "common-crawl.csv", dimension="language")
    assert ref.shares() == pytest.approx({"en": 0.6, "de": 0.2, "zh": 0.2})
    assert ref.provenance.licence.startswith("none stated")
    assert any("9.09%" in c for c in ref.provenance.caveats)  # 100 of 1100 pages undetected
    cctld = load_reference(out / "common-crawl-cctld.csv", dimension="country")
    assert cctld.shares() == pytest.approx({"DE": 0.5, "GB": 0.3, "IO": 0.2})
    meta = tomllib.loads((out / "sources/cc-languages-CC-MAIN-2024-42.toml").read_text())
    assert len(meta["commit"]) == 40 and meta["crawl"] == "CC-MAIN-2024-42"
    assert not (reference_dir() / "common-crawl.csv").exists()  # not shipped


def test_web_references_are_usable_by_name() -> None:
    """The shipped web references load by name with their dimension and year."""
    assert shipped_reference("internet-users").dimension == "country"
    assert shipped_reference("internet-users-language").dimension == "language"
    assert shipped_reference("internet-users").provenance.year.startswith("2004-2023")
