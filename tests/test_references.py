"""Reference distributions: shipped files, the build script, validation and user references."""

from __future__ import annotations

import hashlib
import importlib.util
import math
import os
import subprocess
import sys
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path
from types import ModuleType

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from datacensus.cli.refs import app as refs_app
from datacensus.codes.countries import country_codes, country_of_cctld, is_country, m49_codes
from datacensus.codes.languages import canonical_language, language_name
from datacensus.compare.references import (
    DEFAULTS,
    default_reference,
    load_reference,
    reference_dir,
    shipped_names,
    shipped_reference,
    shipped_references,
    uniform_reference,
    validate_reference_table,
)
from datacensus.errors import InvalidReferenceError
from datacensus.models import Reference
from datacensus.schema import REFERENCE_SCHEMA

REPO = Path(__file__).resolve().parent.parent
SHIPPED = {
    "world-speakers": "language",
    "world-writers": "language",
    "world-population": "country",
    "m49-subregion": "subregion",
    "m49-region": "region",
    "language-territory": "language|country",
    "internet-users": "country",
    "internet-users-language": "language",
}
#: Derived from committed extracts of fetched public data, not from installed packages.
FROM_EXTRACTS = {"internet-users", "internet-users-language"}
SIDECAR_FIELDS = ("name", "title", "dimension", "version", "source", "licence", "method")


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_references", REPO / "scripts/build_references.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def _csv(tmp_path: Path, text: str, name: str = "ref.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- shipped files


def test_all_references_are_shipped() -> None:
    """Every reference the issue asks for is shipped, for the right dimension."""
    assert {r.name: r.dimension for r in shipped_references()} == SHIPPED
    assert shipped_names() == sorted(SHIPPED)


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_shipped_shares_sum_to_one(name: str) -> None:
    """Shares of a shipped reference sum to 1, are positive, and match share = count / total."""
    ref = shipped_reference(name)
    assert ref.table.schema == REFERENCE_SCHEMA
    assert math.isclose(ref.table["share"].sum(), 1.0, abs_tol=1e-12)
    assert ref.table["share"].min() > 0
    raw = pl.read_csv(reference_dir() / f"{name}.csv", infer_schema_length=0)
    counts = raw[raw.columns[-1]].cast(pl.Float64)
    assert raw.columns[:3] == ["key", "name", "share"]
    shares = dict(zip(raw["key"], (counts / counts.sum()).to_list(), strict=True))
    for key, share in ref.shares().items():
        assert math.isclose(share, shares[key], rel_tol=1e-9)


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_shipped_keys_are_already_canonical(name: str) -> None:
    """A shipped reference loads without canonicalising its keys (the audit trusts them): fully
    checked, each key is valid for its dimension and comes back unchanged."""
    raw = pl.read_csv(reference_dir() / f"{name}.csv", infer_schema=False)
    value_column = raw.columns[-1]
    checked, notes = validate_reference_table(
        raw, dimension=SHIPPED[name], origin=name, value_column=value_column
    )
    assert not [note for note in notes if "canonicalised" in note]
    assert checked.equals(shipped_reference(name).table)


@pytest.mark.parametrize("name", sorted(set(SHIPPED) - FROM_EXTRACTS))
def test_sidecar_records_provenance(name: str) -> None:
    """Each sidecar has the provenance fields, the build's package versions and source hashes."""
    meta = tomllib.loads((reference_dir() / f"{name}.toml").read_text(encoding="utf-8"))
    for field in SIDECAR_FIELDS:
        assert meta[field], f"{name}.toml: empty {field}"
    assert meta["dimension"] == SHIPPED[name]
    assert meta["caveats"]
    assert meta["derived"]
    packages = meta["build"]["packages"]
    assert packages["language_data"] == metadata.version("language_data")
    assert len(meta["build"]["source_sha256"]["language_data/data/supplementalData.xml"]) == 64
    ref = shipped_reference(name)
    assert ref.provenance.licence.startswith("Unicode-3.0")
    assert ref.provenance.user_supplied is False
    csv_bytes = (reference_dir() / f"{name}.csv").read_bytes()
    assert ref.provenance.sha256 == hashlib.sha256(csv_bytes).hexdigest()
    assert meta["rows"] == ref.table.height


def test_licence_texts_are_shipped() -> None:
    """The Unicode licence (required by its own terms) and the MPL-2.0 text are shipped."""
    unicode = (reference_dir() / "LICENSES/Unicode-3.0.txt").read_text(encoding="utf-8")
    assert "UNICODE LICENSE V3" in unicode and "Unicode, Inc." in unicode
    mpl = (reference_dir() / "LICENSES/MPL-2.0.txt").read_text(encoding="utf-8")
    assert mpl.startswith("Mozilla Public License Version 2.0")


def test_readme_lists_every_reference() -> None:
    """The README names every shipped reference and lookup table."""
    readme = (reference_dir() / "README.md").read_text(encoding="utf-8")
    for name in SHIPPED:
        assert f"`{name}`" in readme
    for lookup in ("countries", "country-aliases", "cctld"):
        assert f"lookups/{lookup}.csv" in readme


def test_shipped_files_are_what_the_build_script_produces() -> None:
    """Rebuilding from the pinned packages reproduces every shipped file byte for byte."""
    build = _build_script()
    outputs = build.build(build.Sources.locate())
    assert len(outputs) == 2 * (len(SHIPPED) + 3) + 1
    for output in outputs:
        shipped = (reference_dir() / output.name).read_text(encoding="utf-8")
        assert shipped == output.text, f"{output.name} differs from a rebuild"


def test_build_check_mode_detects_a_stale_file(tmp_path: Path) -> None:
    """--check exits 0 on a fresh build and 1 once a file is edited."""
    build = _build_script()
    assert build.main(["--out", str(tmp_path)]) == 0
    assert build.main(["--check", "--out", str(tmp_path)]) == 0
    csv_path = tmp_path / "world-population.csv"
    csv_path.write_text(csv_path.read_text().replace("KE,", "KE ,", 1))
    assert build.main(["--check", "--out", str(tmp_path)]) == 1


def test_worked_example_figures() -> None:
    """Spot checks against the CLDR figures: ordering and magnitudes are as published."""
    speakers = shipped_reference("world-speakers").shares()
    assert max(speakers, key=speakers.__getitem__) == "en"
    assert speakers["en"] > speakers["zh"] > speakers["hi"] > speakers["sw"] > 0
    population = shipped_reference("world-population").shares()
    assert {"IN", "CN"} == set(sorted(population, key=population.__getitem__)[-2:])
    assert 0.17 < population["IN"] < 0.19
    regions = shipped_reference("m49-region").shares()
    assert max(regions, key=regions.__getitem__) == "142"  # Asia
    joint = shipped_reference("language-territory").shares()
    assert "sw|KE" in joint and "sw|TZ" in joint


def test_rollups_are_consistent() -> None:
    """M49 roll-ups and the joint table add up to their parent distributions."""
    pop = pl.read_csv(reference_dir() / "world-population.csv", schema_overrides={"key": pl.String})
    sub = pl.read_csv(reference_dir() / "m49-subregion.csv", schema_overrides={"key": pl.String})
    reg = pl.read_csv(reference_dir() / "m49-region.csv", schema_overrides={"key": pl.String})
    antarctica = pop.filter(pl.col("key") == "AQ")["population"].sum()
    assert (
        sub["population"].sum() == reg["population"].sum() == pop["population"].sum() - antarctica
    )
    joint = pl.read_csv(reference_dir() / "language-territory.csv")
    speakers = pl.read_csv(reference_dir() / "world-speakers.csv")
    by_language = (
        joint.with_columns(pl.col("key").str.split("|").list.first().alias("language"))
        .group_by("language")
        .agg(pl.col("speakers").sum())
    )
    totals = dict(zip(speakers["key"], speakers["speakers"], strict=True))
    for language, summed in by_language.iter_rows():
        assert abs(totals[language] - summed) <= 60, language  # per-country rounding only


# ----------------------------------------------------------------------------- key joins


def test_country_keys_join_with_the_region_analyser() -> None:
    """Reference country keys are exactly the keys the country lookups can produce."""
    ref_keys = set(shipped_reference("world-population").table["key"].to_list())
    assert ref_keys == set(country_codes())
    from datacensus.codes.countries import cctlds

    assert {c for c in cctlds().values() if c} <= ref_keys
    assert set(shipped_reference("m49-subregion").table["key"]) == m49_codes("subregion")
    assert set(shipped_reference("m49-region").table["key"]) == m49_codes("region")


#: lid.176 outputs whose key no CLDR population lists (docs/references.md explains each).
LID_ONLY_KEYS = {
    "azb": "South Azerbaijani: CLDR counts Iran's Azerbaijani as az_Arab, folded to az",
    "cbk": "Chavacano: no CLDR population",
    "eml": "Emilian-Romagnol: retired code, no CLDR population",
    "gom": "Goan Konkani: CLDR counts Konkani as kok (the macrolanguage)",
    "hbs": "Serbo-Croatian: kept whole by the LID mapping; CLDR counts sr, hr, bs",
    "io": "Ido: constructed language, no speakers in CLDR",
    "jbo": "Lojban: constructed language, no speakers in CLDR",
    "mwl": "Mirandese: no CLDR population",
    "nah": "Nahuatl languages: a collection code; CLDR has none",
    "pfl": "Palatine German: no CLDR population",
    "vo": "Volapük: constructed language, no speakers in CLDR",
    "xal": "Kalmyk: no CLDR population",
}


def test_language_keys_join_with_the_lid_labels() -> None:
    """Every lid.176 key is a reference key except the documented few, and no key mismatches."""
    from datacensus.lid import _model_labels, bundled_model_path
    from datacensus.lid.labels import label_key

    lid_keys = {label_key(label).key for label in _model_labels(str(bundled_model_path()))}
    shares = shipped_reference("world-speakers").shares()
    assert lid_keys - set(shares) == set(LID_ONLY_KEYS)
    # Reference languages lid.176 cannot output: a model limitation, not a key mismatch. If a
    # language name appeared on both sides, the two sides would spell one language differently.
    ref_only = set(shares) - lid_keys
    assert {language_name(k) for k in ref_only}.isdisjoint({language_name(k) for k in lid_keys})
    assert all(canonical_language(k) == k for k in ref_only)
    assert 0.05 < sum(shares[k] for k in ref_only) < 0.2  # docs/references.md quotes 13.3%
    assert {"zu", "xh", "ha", "ig", "ti"} <= ref_only


def test_language_keys_are_canonical() -> None:
    """Every language key of every language reference is its own canonical form."""
    for name in ("world-speakers", "world-writers"):
        keys = shipped_reference(name).table["key"].to_list()
        assert all(canonical_language(k) == k for k in keys)
    joint = shipped_reference("language-territory").table["key"].to_list()
    for key in joint:
        language, country = key.split("|")
        assert canonical_language(language) == language and is_country(country)


# ----------------------------------------------------------------------------- validation


def _frame(keys: list[object], shares: list[object]) -> pl.DataFrame:
    return pl.DataFrame(
        {"key": keys, "share": shares}, schema={"key": pl.String, "share": pl.Object}
    )


@pytest.mark.parametrize(
    ("keys", "values", "message"),
    [
        (["en", "fr"], [0.5, -0.1], r"mine, row 2: share -0.1 is negative"),
        (["en", "fr"], [0.5, float("nan")], r"mine, row 2: share is nan"),
        (["en", "fr"], [0.5, float("inf")], r"row 2: share is inf"),
        (["en", "fr"], [0.5, "lots"], r"row 2: share 'lots' is not a number"),
        (["en", "fr"], [0.5, None], r"row 2: empty share"),
        (["en", "fr"], [0.0, 0.0], r"mine: every share is 0"),
        (["en", "en"], [0.5, 0.5], r"row 2: key 'en' duplicates 'en' at mine, row 1"),
        (["en", "eng"], [0.5, 0.5], r"row 2: key 'eng' duplicates 'en' at mine, row 1"),
        (["en", "klingonish"], [0.5, 0.5], r"row 2: 'klingonish' is not"),
        (["en", None], [0.5, 0.5], r"row 2: empty key"),
        (["en", "  "], [0.5, 0.5], r"row 2: empty key"),
    ],
)
def test_language_validation_errors(keys: list[object], values: list[object], message: str) -> None:
    """Bad language references fail with the origin, the row and what was expected."""
    with pytest.raises(InvalidReferenceError, match=message):
        validate_reference_table(_frame(keys, values), dimension="language", origin="mine")


def test_country_validation_suggests_the_code() -> None:
    """A country name instead of a code is rejected with the alpha-2 suggested."""
    frame = _frame(["KE", "Tanzania"], [1, 1])
    with pytest.raises(
        InvalidReferenceError, match=r"row 2: 'Tanzania' is not an ISO 3166-1.*'TZ'"
    ):
        validate_reference_table(frame, dimension="country", origin="mine")
    with pytest.raises(InvalidReferenceError, match=r"'ZZ' is not an ISO 3166-1 alpha-2"):
        validate_reference_table(_frame(["ZZ"], [1]), dimension="country", origin="mine")


def test_m49_and_cross_validation() -> None:
    """Region keys must be M49 codes; intersection keys validate each side."""
    table, _ = validate_reference_table(
        _frame(["14", "005"], [1, 3]), dimension="subregion", origin="m"
    )
    assert dict(table.iter_rows()) == {"005": 0.75, "014": 0.25}
    with pytest.raises(InvalidReferenceError, match="not a UN M49 region"):
        validate_reference_table(_frame(["014"], [1]), dimension="region", origin="m")
    table, _ = validate_reference_table(
        _frame(["swh|ke", "en|GB"], [1, 1]), dimension="language|country", origin="m"
    )
    assert set(table["key"]) == {"sw|KE", "en|GB"}
    with pytest.raises(InvalidReferenceError, match=r"expected 2 keys joined by '\|'"):
        validate_reference_table(_frame(["sw"], [1]), dimension="language|country", origin="m")


def test_canonicalisation_and_renormalisation_are_noted() -> None:
    """Keys are canonicalised and shares not summing to 1 are rescaled, each with a note."""
    table, notes = validate_reference_table(
        _frame(["eng", "cmn", "sw"], [0.5, 0.3, 0.18]), dimension="language", origin="mine"
    )
    assert table.to_dicts() == [
        {"key": "en", "share": pytest.approx(0.5 / 0.98)},
        {"key": "zh", "share": pytest.approx(0.3 / 0.98)},
        {"key": "sw", "share": pytest.approx(0.18 / 0.98)},
    ]
    assert "renormalised from sum 0.98" in notes
    assert any(n.startswith("2 keys canonicalised: 'eng'->'en'") for n in notes)


def test_categories_accept_any_non_empty_key() -> None:
    """Other dimensions take keys as given."""
    table, notes = validate_reference_table(
        _frame(["news", "Fiction ", "🙂"], [1, 1, 2]), dimension="genre", origin="m"
    )
    assert dict(table.iter_rows()) == {"🙂": 0.5, "news": 0.25, "Fiction": 0.25}
    assert notes == ["renormalised from sum 4"]


@given(
    st.lists(
        st.floats(min_value=0, max_value=1e12, allow_nan=False), min_size=1, max_size=30
    ).filter(lambda v: sum(v) > 0)
)
def test_validated_shares_are_proportional_and_sum_to_one(values: list[float]) -> None:
    """For any non-negative values with a positive sum: shares sum to 1, proportional to input."""
    keys = [f"k{i}" for i in range(len(values))]
    table, _ = validate_reference_table(
        pl.DataFrame({"key": keys, "share": values}), dimension="topic", origin="h"
    )
    assert math.isclose(table["share"].sum(), 1.0, rel_tol=1e-9)
    total = math.fsum(values)
    shares = dict(table.iter_rows())
    for key, value in zip(keys, values, strict=True):
        assert math.isclose(shares[key], value / total, rel_tol=1e-9, abs_tol=1e-300)


# ----------------------------------------------------------------------------- loading


def test_user_csv_with_counts_and_sidecar(tmp_path: Path) -> None:
    """A user's CSV of counts loads with its sidecar, sha256 and user-supplied provenance."""
    path = _csv(tmp_path, "key,speakers\nsw,60\neng,30\nfr,10\n", "east.csv")
    _csv(tmp_path, 'title = "My survey"\nlicence = "CC-BY-4.0"\ncaveats = ["small"]\n', "east.toml")
    ref = load_reference(str(path), dimension="language")
    assert ref.shares() == {"sw": 0.6, "en": 0.3, "fr": 0.1}
    prov = ref.provenance
    assert (prov.name, prov.title, prov.licence, prov.caveats) == (
        "east",
        "My survey",
        "CC-BY-4.0",
        ("small",),
    )
    assert prov.user_supplied and "user-supplied" in prov.notes
    assert prov.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "shares computed from column 'speakers' (total 100)" in prov.notes


def test_user_csv_errors_name_the_file_line(tmp_path: Path) -> None:
    """Errors in a user's CSV name the file and its line number (header is line 1)."""
    path = _csv(tmp_path, "key,share\nen,0.5\nfr,-1\n")
    with pytest.raises(InvalidReferenceError, match=rf"{path}, line 3: share '-1' is negative"):
        load_reference(path, dimension="language")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("language,share\nen,1\n", r"no 'key' column \(columns: language, share\)"),
        ("key,amount\nen,1\n", r"no value column; expected 'share' or a count column"),
        ("key,share\n", r"no rows"),
    ],
)
def test_user_csv_shape_errors(tmp_path: Path, text: str, message: str) -> None:
    """A CSV without the expected columns or rows is rejected, saying what was expected."""
    with pytest.raises(InvalidReferenceError, match=message):
        load_reference(_csv(tmp_path, text), dimension="language")


def test_sidecar_dimension_must_match(tmp_path: Path) -> None:
    """A sidecar declaring another dimension is an error, not a silent reinterpretation."""
    path = _csv(tmp_path, "key,share\nKE,1\n")
    _csv(tmp_path, 'dimension = "country"\n', "ref.toml")
    with pytest.raises(InvalidReferenceError, match="declares dimension 'country'"):
        load_reference(path, dimension="language")
    assert load_reference(path, dimension="country").shares() == {"KE": 1.0}


def test_unknown_specs_are_rejected(tmp_path: Path) -> None:
    """An unknown name or a missing file lists the shipped names."""
    with pytest.raises(InvalidReferenceError, match=r"not a shipped reference.*world-speakers"):
        load_reference("world-speakerz", dimension="language")
    with pytest.raises(InvalidReferenceError, match="no such file"):
        load_reference(tmp_path / "missing.csv", dimension="language")
    with pytest.raises(InvalidReferenceError, match="is for dimension 'country', not 'language'"):
        load_reference("world-population", dimension="language")


def test_load_shipped_by_name_and_pass_through() -> None:
    """Shipped names load; a Reference passes through if its dimension fits."""
    ref = load_reference("world-writers", dimension="language")
    assert ref.name == "world-writers" and not ref.provenance.user_supplied
    assert load_reference(ref, dimension="language") is ref
    with pytest.raises(InvalidReferenceError, match="not 'country'"):
        load_reference(ref, dimension="country")


def test_from_mapping_validates() -> None:
    """Reference.from_mapping canonicalises, normalises and rejects bad values."""
    ref = Reference.from_mapping({"eng": 3, "swh": 1}, name="mine", dimension="language")
    assert ref.shares() == {"en": 0.75, "sw": 0.25}
    assert ref.provenance.user_supplied
    with pytest.raises(InvalidReferenceError, match=r"row 2: share -1\.0 is negative"):
        Reference.from_mapping({"en": 1, "fr": -1}, name="mine", dimension="language")


def test_defaults_and_uniform() -> None:
    """Known dimensions default to shipped references; others get a uniform one on request."""
    for dimension, name in DEFAULTS.items():
        ref = default_reference(dimension)
        assert ref is not None and ref.name == name and ref.dimension == dimension
    assert default_reference("genre") is None
    uniform = uniform_reference(["b", "a", "?unknown", "a"], "genre")
    assert uniform.shares() == {"a": 0.5, "b": 0.5}
    assert uniform.name == "uniform" and not uniform.provenance.user_supplied
    with pytest.raises(InvalidReferenceError, match="no keys"):
        uniform_reference(["?null"], "genre")


# ----------------------------------------------------------------------------- CLI


def test_cli_refs_list_shows_every_reference() -> None:
    """`refs list` prints one row per shipped reference with dimension, rows, version, licence."""
    result = CliRunner().invoke(refs_app, ["list"])
    assert result.exit_code == 0, result.output
    for name, dimension in SHIPPED.items():
        line = next(ln for ln in result.output.splitlines() if ln.split()[:1] == [name])
        rows = shipped_reference(name).table.height
        licence = "CC-BY-4.0" if name in FROM_EXTRACTS else "Unicode-3.0"
        assert line.split()[1:4] == [dimension, str(rows), "1"] and licence in line


def test_cli_refs_show() -> None:
    """`refs show NAME` prints provenance and the top rows with labels."""
    result = CliRunner().invoke(refs_app, ["show", "world-speakers", "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "licence:" in result.output and "Unicode-3.0" in result.output
    assert "English" in result.output and "caveats:" in result.output
    assert "674 more rows" in result.output


def test_cli_refs_show_checks_a_user_csv(tmp_path: Path) -> None:
    """`refs show path.csv --dimension` validates a user's file; errors exit 2 with a message."""
    good = _csv(tmp_path, "key,count\nKE,3\nTZ,1\n", "good.csv")
    result = CliRunner().invoke(refs_app, ["show", str(good), "--dimension", "country"])
    assert result.exit_code == 0 and "Kenya" in result.output and "75.0000%" in result.output
    bad = _csv(tmp_path, "key,count\nKE,3\nKenya,1\n", "bad.csv")
    result = CliRunner().invoke(refs_app, ["show", str(bad), "--dimension", "country"])
    assert result.exit_code == 2
    assert "line 3: 'Kenya' is not an ISO 3166-1 alpha-2" in result.output


# ----------------------------------------------------------------------------- wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project built as a wheel, once per test module."""
    wheel_dir = tmp_path_factory.mktemp("dist")
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w"]
    try:
        import hatchling  # noqa: F401
    except ImportError:
        build.remove("--no-build-isolation")
    subprocess.run([*build, str(wheel_dir), str(REPO)], check=True, capture_output=True)
    (built,) = wheel_dir.glob("datacensus-*.whl")
    return built


@pytest.mark.slow
def test_wheel_holds_the_package_and_nothing_else(wheel: Path) -> None:
    """The wheel ships code, templates and data the package reads; no tests, eval texts, scripts."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    outside = [n for n in names if not n.startswith(("datacensus/", "datacensus-"))]
    assert outside == []
    forbidden = ("eval_text", "synthetic", "build_world", "build_references", "check_texts")
    assert [n for n in names if any(word in n for word in forbidden)] == []
    assert "datacensus/demo/sentences.jsonl" in names
    assert "datacensus/report/templates/report.html.j2" in names


@pytest.mark.slow
def test_refs_list_from_an_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    """A built wheel carries the references: `refs list` run from it finds all six."""
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "datacensus/reference_distributions/world-speakers.csv" in names
        assert "datacensus/reference_distributions/LICENSES/Unicode-3.0.txt" in names
        archive.extractall(site)
    code = "import sys; from datacensus.cli.refs import app; sys.argv[0] = 'refs'; app()"
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run(
        [sys.executable, "-c", code, "list"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert str(site / "datacensus" / "reference_distributions") in out.stdout.replace("\n", "")
    for name in SHIPPED:
        assert name in out.stdout
    assert country_of_cctld("ke") == "KE"  # the source tree's lookups are the same data
