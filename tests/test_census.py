"""Census: streaming counts equal one-shot counts, whatever the batching or the batch type."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import polars as pl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import datacensus
from datacensus import Census
from datacensus.errors import InputError
from datacensus.models import Reference

LABELS = st.sampled_from(["en", "fr", "de", "sw", "", None, "xx-bogus"])
REF = {"en": 0.5, "fr": 0.25, "de": 0.15, "sw": 0.1}


def reference() -> dict[str, Reference]:
    return {"language": Reference.from_mapping(REF, name="toy", dimension="language")}


def one_shot(labels: list[str | None]) -> datacensus.AuditResult:
    frame = pl.DataFrame({"lang": labels}, schema={"lang": pl.String})
    return datacensus.audit(frame, text=None, language="lang", references=reference())


@settings(max_examples=40, deadline=None)
@given(st.lists(LABELS, min_size=1, max_size=60), st.lists(st.integers(0, 60), max_size=5))
@example(["en"], [])
@example(["", None], [0, 0, 1])
def test_batching_does_not_change_the_result(labels: list[str | None], cuts: list[int]) -> None:
    """Counting in any batches, then comparing, gives the one-shot counts and coverage."""
    bounds = sorted({0, len(labels), *(min(c, len(labels)) for c in cuts)})
    census = Census(text=None, language="lang", references=reference())
    for lo, hi in itertools.pairwise(bounds):
        census.update({"lang": labels[lo:hi]} if hi > lo else pl.DataFrame({"lang": []}))
    expected = one_shot(labels)
    assert census.counts.equals(expected.counts)
    assert census.rows == len(labels)
    assert census.result().coverage("language").equals(expected.coverage("language"))


def test_batch_types(tmp_path: Path) -> None:
    """Dicts of columns, record lists, pandas, pyarrow and paths all count the same rows."""
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    labels = ["en", "fr", "fr", "de", "sw", "en"]
    shard = tmp_path / "shard.jsonl"
    shard.write_text("".join(json.dumps({"lang": x, "text": "t"}) + "\n" for x in labels))
    census = Census(text=None, language="lang", references=reference())
    census.update({"lang": labels})
    census.update([{"lang": x} for x in labels])
    census.update(pd.DataFrame({"lang": labels}))
    census.update(pa.table({"lang": labels}))
    census.update(pa.record_batch({"lang": labels}))
    census.update(shard)
    assert census.batches == 6 and census.rows == 36
    assert census.paths == [str(shard)]
    table = census.result().coverage("language")
    assert dict(table.select("key", "count").iter_rows()) == {
        "en": 12.0,
        "fr": 12.0,
        "de": 6.0,
        "sw": 6.0,
    }


def test_merge_and_distributed_building_blocks() -> None:
    """merge() of two censuses and merge_counts() of per-shard count() both equal one census."""
    a, b = ["en"] * 5 + ["fr"], ["de", "sw", "sw", None]
    left = Census(text=None, language="lang").update({"lang": a})
    right = Census(text=None, language="lang").update({"lang": b})
    whole = one_shot(a + b)
    assert left.merge(right).counts.equals(whole.counts)
    spec = datacensus.AuditSpec(text=None, language="lang")
    shards = [datacensus.count(pl.DataFrame({"lang": part}), spec) for part in (a, b)]
    merged = datacensus.merge_counts(*shards)
    assert merged.equals(whole.counts)
    rebuilt = datacensus.build_result(merged, spec, references=reference())
    assert rebuilt.coverage("language").equals(whole.coverage("language"))
    driver = Census(spec, references=reference()).add_counts(shards[0]).add_counts(shards[1])
    assert driver.result().coverage("language").equals(whole.coverage("language"))
    with pytest.raises(InputError, match="different settings"):
        left.merge(Census(text="text"))


def test_result_with_policy_records_verdict() -> None:
    """result(policy=...) records the verdict without raising."""
    census = Census(text=None, language="lang", references=reference())
    census.update({"lang": ["en"] * 90 + ["fr"] * 10})
    result = census.result(policy={"rule": [{"type": "present", "keys": ["sw"]}]})
    assert result.passed is False
    assert result.findings[0]["key"] == "sw"
    assert result.input["batches"] == 1
    assert "rows=100" in repr(census)


def test_bad_batches_and_options() -> None:
    """Unknown options, bad batches and bad counts raise InputError saying what is expected."""
    with pytest.raises(InputError, match=r"unknown Census option.*langauge"):
        Census(langauge="lang")
    census = Census(text=None, language="lang")
    with pytest.raises(InputError, match="cannot audit an object of type int"):
        census.update(3)
    with pytest.raises(InputError, match="equal-length lists"):
        census.update({"lang": ["en", "fr"], "other": ["x"]})
    with pytest.raises(InputError, match="no column 'lang'"):
        census.update({"language": ["en"]})
    with pytest.raises(InputError, match="lacks column"):
        census.add_counts(pl.DataFrame({"dimension": ["language"]}))


def test_census_takes_exactly_one_known_weight() -> None:
    """A list of weights or an unknown one is a clear InputError, not a silent setting."""
    with pytest.raises(InputError, match="one weight"):
        Census(text=None, language="lang", weight=["documents", "chars"])  # type: ignore[arg-type]
    with pytest.raises(InputError, match="expected 'documents', 'chars' or 'tokens'"):
        Census(text=None, language="lang", weight="pages")
