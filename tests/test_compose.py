"""Composed references and lenses: worked examples with answers computed by hand."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import datacensus
from datacensus.cli.app import app
from datacensus.compare.compose import (
    RefChoice,
    floor_shares,
    parse_expression,
    ref_options,
    region_countries,
    resolve,
)
from datacensus.datafiles import reference_dir
from datacensus.errors import InputError, InvalidReferenceError
from datacensus.models import AuditResult

#: 1000 documents: en 740, fr 250, sw 10.
COUNTS = {"en": 740, "fr": 250, "sw": 10}
#: Lens A: en 0.2, fr 0.2, sw 0.6.  Lens B: en 0.6, fr 0.3, sw 0.1.
A = "key,share\nen,0.2\nfr,0.2\nsw,0.6\n"
B = "key,share\nen,0.6\nfr,0.3\nsw,0.1\n"


def _refs(tmp_path: Path) -> tuple[str, str]:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text(A)
    b.write_text(B)
    return str(a), str(b)


def _frame() -> pl.DataFrame:
    return pl.DataFrame({"lang": [k for k, n in COUNTS.items() for _ in range(n)]})


def _statuses(result: AuditResult, name: str) -> dict[str, str]:
    slices = result.dimensions[name].slices
    return dict(zip(slices["key"].to_list(), slices["status"].to_list(), strict=True))


# ----------------------------------------------------------------------------- blends


def test_blend_worked_example(tmp_path: Path) -> None:
    """0.5*A + 0.5*B: en 0.4, fr 0.25, sw 0.35; weights 1 and 3 are rescaled to 0.25/0.75."""
    a, b = _refs(tmp_path)
    ref = resolve(f"0.5*{a}+0.5*{b}", dimension="language")
    assert ref is not None
    assert ref.shares() == pytest.approx({"en": 0.4, "fr": 0.25, "sw": 0.35})
    assert ref.provenance.composition is not None
    parts = ref.provenance.composition["components"]
    assert [p["weight"] for p in parts] == [0.5, 0.5]
    rescaled = resolve(f"1*{a}+3*{b}", dimension="language")
    assert rescaled is not None
    # en = 0.25 x 0.2 + 0.75 x 0.6 = 0.5; fr = 0.05 + 0.225 = 0.275; sw = 0.15 + 0.075 = 0.225
    assert rescaled.shares() == pytest.approx({"en": 0.5, "fr": 0.275, "sw": 0.225})
    assert "weights rescaled from sum 4 to 1" in rescaled.provenance.notes


def test_uniform_spans_the_observed_keys() -> None:
    """uniform: 1/3 each over the three observed languages; blended half with world-speakers."""
    ref = resolve("uniform", dimension="language", observed=["en", "fr", "sw"])
    assert ref is not None and ref.shares() == pytest.approx({k: 1 / 3 for k in COUNTS})
    blend = resolve("0.5*world-speakers+0.5*uniform", dimension="language", observed=["sw"])
    speakers = resolve("world-speakers", dimension="language")
    assert blend is not None and speakers is not None
    assert blend.shares()["sw"] == pytest.approx(0.5 * speakers.shares()["sw"] + 0.5)


def test_expression_errors_say_what_was_expected() -> None:
    """Bad terms, weights and regions are rejected with the expected form."""
    with pytest.raises(InvalidReferenceError, match=r"@region=NAME"):
        parse_expression("world-speakers@continent=Africa")
    with pytest.raises(InvalidReferenceError, match="not a shipped reference"):
        resolve("0.5*world-speakers+0.5*no-such-ref", dimension="language")
    with pytest.raises(InvalidReferenceError, match="not a UN M49 region"):
        resolve("world-speakers@region=Atlantis", dimension="language")
    with pytest.raises(InputError, match="DIMENSION=SHARE"):
        ref_options(None, ["language=lots"])


# ----------------------------------------------------------------------------- regions


def test_region_restriction_of_countries() -> None:
    """world-population@region=Europe: each European country's population / Europe's total."""
    ref = resolve("world-population@region=Europe", dimension="country")
    assert ref is not None
    pop = pl.read_csv(reference_dir() / "world-population.csv", schema_overrides={"key": pl.String})
    lookup = pl.read_csv(reference_dir() / "lookups/countries.csv", infer_schema_length=0)
    europe = set(lookup.filter(pl.col("region_name") == "Europe")["alpha2"].to_list())
    mine = pop.filter(pl.col("key").is_in(list(europe)))
    total = mine["population"].sum()
    expected = dict(zip(mine["key"], (mine["population"] / total).to_list(), strict=True))
    assert ref.shares() == pytest.approx(expected, rel=1e-9)
    assert region_countries("150")[0] == "Europe"


def test_world_speakers_in_africa_are_africas_speakers() -> None:
    """world-speakers@region=Africa equals language-territory summed over African countries."""
    ref = resolve("world-speakers@region=Africa", dimension="language")
    assert ref is not None
    pairs = pl.read_csv(reference_dir() / "language-territory.csv")
    lookup = pl.read_csv(reference_dir() / "lookups/countries.csv", infer_schema_length=0)
    africa = set(lookup.filter(pl.col("region_name") == "Africa")["alpha2"].to_list())
    split = pairs.with_columns(
        pl.col("key").str.split("|").list.get(0).alias("lang"),
        pl.col("key").str.split("|").list.get(1).alias("country"),
    ).filter(pl.col("country").is_in(list(africa)))
    per_lang = split.group_by("lang").agg(pl.col("speakers").sum())
    total = per_lang["speakers"].sum()
    expected = dict(zip(per_lang["lang"], (per_lang["speakers"] / total).to_list(), strict=True))
    got = ref.shares()
    # world-speakers and language-territory round counts independently: tiny differences only
    assert set(got) == set(expected)
    for lang in ("sw", "ar", "fr", "en", "ha", "yo"):
        assert got[lang] == pytest.approx(expected[lang], rel=1e-6)
    assert "de" in got and "ja" not in got  # German in Namibia; no Japanese in Africa


# ----------------------------------------------------------------------------- floors


def test_floor_worked_examples() -> None:
    """a .7 b .2 c .09 d .01 at floor .05: d -> .05, the rest x .95/.99.
    a .85 b .1 c .03 d .02 at floor .1: c, d raised, then b falls below and is raised: a .7."""
    got = floor_shares({"a": 0.7, "b": 0.2, "c": 0.09, "d": 0.01}, 0.05)
    scale = 0.95 / 0.99
    assert got == pytest.approx({"a": 0.7 * scale, "b": 0.2 * scale, "c": 0.09 * scale, "d": 0.05})
    cascade = floor_shares({"a": 0.85, "b": 0.1, "c": 0.03, "d": 0.02}, 0.1)
    assert cascade == pytest.approx({"a": 0.7, "b": 0.1, "c": 0.1, "d": 0.1})
    with pytest.raises(InvalidReferenceError, match=r"largest possible floor for this reference"):
        floor_shares({"a": 0.5, "b": 0.3, "c": 0.1, "d": 0.1}, 0.3)


@given(
    st.lists(st.floats(1e-6, 1.0), min_size=2, max_size=30),
    st.floats(0.0001, 1.0),
)
def test_floor_properties(values: list[float], fraction: float) -> None:
    """Floored shares sum to 1, none is below the floor, and the order of keys is kept."""
    total = math.fsum(values)
    shares = {str(i): v / total for i, v in enumerate(values)}
    floor = fraction / len(values)
    got = floor_shares(shares, floor)
    assert math.isclose(math.fsum(got.values()), 1.0, rel_tol=1e-9)
    assert min(got.values()) >= floor * (1 - 1e-9)
    keys = sorted(shares, key=shares.__getitem__)
    assert all(got[a] <= got[b] + 1e-12 for a, b in itertools.pairwise(keys))


def test_floor_is_recorded_in_the_provenance(tmp_path: Path) -> None:
    """A floor on a plain reference records the floor and how many keys it raised."""
    a, _ = _refs(tmp_path)
    ref = resolve(RefChoice(a, 0.25), dimension="language")
    assert ref is not None
    # en .2 and fr .2 raised to .25; sw .6 scaled to .5
    assert ref.shares() == pytest.approx({"en": 0.25, "fr": 0.25, "sw": 0.5})
    assert ref.provenance.composition == {
        "expression": "a",
        "components": [ref.provenance.composition["components"][0]],
        "min_share": 0.25,
        "raised_keys": 2,
    }


# ----------------------------------------------------------------------------- lenses


def test_lenses_known_shares_in_known_statuses_out(tmp_path: Path) -> None:
    """en .74 fr .25 sw .01 (n = 1000).

    Lens A (en .2, fr .2, sw .6): en over (.74 > .2/0.5), fr ok, sw under (.01 < .6 x 0.5).
    Lens B (en .6, fr .3, sw .1): en ok (inside [.3, 1.2]), fr ok, sw under (.01 < .05).
    Blend .5A+.5B (en .4, fr .25, sw .35): en ok, fr ok, sw under. They disagree on en only.
    """
    a, b = _refs(tmp_path)
    blend = f"0.5*{a}+0.5*{b}"
    result = datacensus.audit(_frame(), language="lang", references={"language": [a, b, blend]})
    assert _statuses(result, "language") == {"en": "over", "fr": "ok", "sw": "under"}
    names = [lens["name"] for lens in result.extras["lenses"]["language"]["lenses"]]
    assert names == ["language", "language~b", f"language~{blend}"]
    assert _statuses(result, "language~b") == {"en": "ok", "fr": "ok", "sw": "under"}
    assert _statuses(result, names[2]) == {"en": "ok", "fr": "ok", "sw": "under"}
    assert result.extras["lenses"]["language"]["disagreements"] == [
        {
            "key": "en",
            "label": "English",
            "statuses": {"language": "over", "language~b": "ok", names[2]: "ok"},
        }
    ]
    # the counts were made once: every lens saw the same total and the same shares
    shares = {n: result.dimensions[n].slices["share"].to_list() for n in names}
    assert len({tuple(v) for v in shares.values()}) == 1
    stored = AuditResult.from_json(result.to_json())
    assert stored.dimensions[names[2]].reference is not None
    composition = stored.dimensions[names[2]].reference.composition
    assert composition is not None and len(composition["components"]) == 2


def test_cli_lenses_floors_and_composition(tmp_path: Path) -> None:
    """Through the real entry point: two lenses, a floor, provenance in result.json."""
    a, b = _refs(tmp_path)
    data = tmp_path / "data.csv"
    _frame().write_csv(data)
    out = tmp_path / "out"
    args = ["audit", str(data), "--lang-col", "lang", "-o", str(out), "-q"]
    args += ["--ref", f"language={a}", "--ref", f"language=0.5*{a}+0.5*{b}"]
    args += ["--min-share", "language=0.25"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    doc = json.loads((out / "result.json").read_text())
    first = doc["dimensions"]["language"]["reference"]
    assert first["composition"]["min_share"] == 0.25
    second = doc["dimensions"]["language~0.5*" + a + "+0.5*" + b + " (min-share 0.25)"]
    assert second["reference"]["composition"]["components"][1]["weight"] == 0.5
    assert "language" in doc["extras"]["lenses"]
    html = (out / "report.html").read_text()
    assert "Where the references disagree" in html
    bad = CliRunner().invoke(app, [*args[:6], "--ref", "language=0.5*"])
    assert bad.exit_code == 2, bad.output
