"""The Python API: every in-memory input type gives the same audit; policy and sample options."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import datacensus
from datacensus.errors import InputError, PolicyError
from datacensus.models import AuditResult, Reference
from datacensus.report.write import write_report

LABELS = ["en"] * 6 + ["fr"] * 3 + ["de", None, ""]
REF = {"en": 0.5, "fr": 0.3, "de": 0.2}


def refs() -> dict[str, Reference]:
    return {"language": Reference.from_mapping(REF, name="toy", dimension="language")}


def run(data: object, **options: object) -> AuditResult:
    return datacensus.audit(data, text=None, language="lang", references=refs(), **options)


@pytest.fixture(scope="module")
def expected() -> AuditResult:
    return run(pl.DataFrame({"lang": LABELS}))


def test_known_answer(expected: AuditResult) -> None:
    """10 known labels (en 6, fr 3, de 1) and 2 unknown give the shares 0.6/0.3/0.1."""
    shares = dict(expected.coverage("language").select("key", "share").iter_rows())
    assert shares == pytest.approx({"en": 0.6, "fr": 0.3, "de": 0.1})
    assert expected.dimensions["language"].unknown_total == 2
    assert expected.input["rows_read"] == 12


def frames() -> dict[str, object]:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    pads = pytest.importorskip("pyarrow.dataset")
    datasets = pytest.importorskip("datasets")
    table = pa.table({"lang": LABELS})
    return {
        "polars.LazyFrame": pl.LazyFrame({"lang": LABELS}),
        "pandas.DataFrame": pd.DataFrame({"lang": LABELS}),
        "pyarrow.Table": table,
        "pyarrow.dataset.Dataset": pads.dataset(table),
        "datasets.Dataset": datasets.Dataset.from_dict({"lang": LABELS}),
    }


@pytest.mark.parametrize(
    "kind",
    [
        "polars.LazyFrame",
        "pandas.DataFrame",
        "pyarrow.Table",
        "pyarrow.dataset.Dataset",
        "datasets.Dataset",
    ],
)
def test_input_types_agree(kind: str, expected: AuditResult) -> None:
    """Each supported in-memory type gives the same counts and coverage as a polars DataFrame."""
    result = run(frames()[kind])
    assert result.counts.equals(expected.counts)
    assert result.coverage("language").equals(expected.coverage("language"))


def test_paths_list_and_glob(tmp_path: Path, expected: AuditResult) -> None:
    """A path, a list of paths and a glob over parquet shards give the same counts."""
    pl.DataFrame({"lang": LABELS[:5]}).write_parquet(tmp_path / "a.parquet")
    pl.DataFrame({"lang": LABELS[5:]}).write_parquet(tmp_path / "b.parquet")
    for data in (
        [tmp_path / "a.parquet", tmp_path / "b.parquet"],
        str(tmp_path / "*.parquet"),
        tmp_path,
    ):
        assert run(data).counts.equals(expected.counts)


def test_unsupported_type_names_what_is_accepted() -> None:
    """An unsupported object raises InputError listing the accepted inputs."""
    with pytest.raises(InputError, match=r"expected a path.*Hugging Face"):
        run({1, 2})


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.sampled_from(["en", "fr", "de", "", None]), min_size=0, max_size=40),
    st.integers(0, 40),
)
def test_count_merges_like_concatenation(labels: list[str | None], cut: int) -> None:
    """merge_counts(count(a), count(b)) == count(a + b) for any split of any labels."""
    spec = datacensus.AuditSpec(text=None, language="lang")
    frame = pl.DataFrame({"lang": labels}, schema={"lang": pl.String})
    a, b = frame.head(cut), frame.slice(cut)
    merged = datacensus.merge_counts(datacensus.count(a, spec), datacensus.count(b, spec))
    assert merged.equals(datacensus.merge_counts(datacensus.count(frame, spec)))


def test_policy_option_records_and_validates_early(tmp_path: Path) -> None:
    """audit(policy=) records the verdict; an invalid policy fails before any data is read."""
    result = run(
        pl.DataFrame({"lang": LABELS}), policy={"rule": [{"type": "present", "keys": ["es"]}]}
    )
    assert result.passed is False and result.findings[0]["key"] == "es"
    bad = tmp_path / "bad.toml"
    bad.write_text('[[rule]]\ntype = "max_tvd"\n')
    with pytest.raises(PolicyError, match=r"bad\.toml:1: the 'max_tvd' rule needs 'value'"):
        run(tmp_path / "does-not-exist.parquet", policy=bad)
    with pytest.raises(datacensus.PolicyViolation):
        datacensus.check(result, {"rule": [{"type": "present", "keys": ["es"]}]})


def test_sample_widens_intervals_and_says_so(expected: AuditResult) -> None:
    """A seeded 50% sample is recorded as sample_fraction and noted in the dimension."""
    frame = pl.DataFrame({"lang": LABELS * 100})
    full = run(frame)
    sampled = run(frame, sample=0.5, seed=3)
    fraction = sampled.parameters["statistics"]["sample_fraction"]
    assert 0.4 < fraction < 0.6
    assert any("sampled" in note for note in sampled.dimensions["language"].notes)
    assert sampled.input["rows_read"] < full.input["rows_read"]
    assert run(frame, sample=0.5, seed=3).counts.equals(sampled.counts)

    def width(result: AuditResult) -> float:
        table = result.coverage("language")
        return float((table["ci_high"] - table["ci_low"])[0])

    assert width(sampled) > width(full)


def test_repr_and_json_round_trip(expected: AuditResult, tmp_path: Path) -> None:
    """repr is one readable line; to_json/from_json and write() keep the coverage."""
    text = repr(expected)
    assert text.startswith("<AuditResult rows=12") and "no policy" in text
    back = AuditResult.from_json(expected.to_json())
    assert back.coverage("language").equals(expected.coverage("language"))
    paths = write_report(expected, tmp_path)
    assert AuditResult.read(paths["json"]).counts.equals(expected.counts)
    with pytest.raises(InputError, match="no dimension 'country'"):
        expected.coverage("country")
