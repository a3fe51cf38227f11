"""Corpus-scale reading: formats, streaming batches, sampling, limits, cache, engines."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import polars as pl
import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

import datacensus
from datacensus.api import count
from datacensus.execution.scan import ScanOptions, count_shards, keep_mask, parse_sample
from datacensus.inputs.sources import ReadStats, iter_batches, resolve_inputs
from datacensus.spec import AuditSpec

LABELLED = [{"lang": lang, "text": "x"} for lang in ["en"] * 50 + ["fr"] * 30 + ["sw"] * 20]


def _write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _language_counts(result: datacensus.AuditResult) -> dict[str, int]:
    rows = result.coverage("language").filter(pl.col("count") > 0)
    return {r["key"]: int(r["count"]) for r in rows.iter_rows(named=True)}


def test_every_format_gives_the_same_counts(tmp_path: Path) -> None:
    """Parquet, Arrow, CSV, TSV, JSONL, .jsonl.gz and .jsonl.zst of the same rows agree."""
    frame = pl.DataFrame(LABELLED)
    frame.write_parquet(tmp_path / "a.parquet")
    frame.write_ipc(tmp_path / "a.arrow")
    frame.write_csv(tmp_path / "a.csv")
    frame.write_csv(tmp_path / "a.tsv", separator="\t")
    plain = _write_jsonl(tmp_path / "a.jsonl", LABELLED).read_bytes()
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(plain))
    (tmp_path / "a.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(plain))
    expected = {"en": 50, "fr": 30, "sw": 20}
    for name in ("a.parquet", "a.arrow", "a.csv", "a.tsv", "a.jsonl", "a.jsonl.gz", "a.jsonl.zst"):
        result = datacensus.audit(tmp_path / name, language="lang")
        assert _language_counts(result) == expected, name


def test_directory_of_shards_sums(tmp_path: Path) -> None:
    """A directory of shards counts as their union; non-data files are ignored."""
    shards = tmp_path / "shards"
    shards.mkdir()
    _write_jsonl(shards / "part-0.jsonl", LABELLED[:40])
    _write_jsonl(shards / "part-1.jsonl", LABELLED[40:])
    (shards / "README.txt").write_text("not data")
    result = datacensus.audit(shards, language="lang")
    assert _language_counts(result) == {"en": 50, "fr": 30, "sw": 20}
    assert result.input["shards"] == 2


@settings(max_examples=15, deadline=None)
@given(batch_rows=st.integers(min_value=1, max_value=120))
def test_counts_do_not_depend_on_batch_size(
    tmp_path_factory: pytest.TempPathFactory, batch_rows: int
) -> None:
    """Streaming in batches of any size gives the same counts as one read."""
    path = _write_jsonl(tmp_path_factory.mktemp("b") / "c.jsonl", LABELLED)
    spec = AuditSpec(text=None, language="lang")
    shards = resolve_inputs([path])
    options = ScanOptions(batch_rows=batch_rows)
    counts, _, _ = count_shards(shards, spec.columns(), lambda b: count(b, spec), options)
    whole, _, _ = count_shards(shards, spec.columns(), lambda b: count(b, spec), ScanOptions())
    assert counts.equals(whole)


def test_sample_is_seeded_and_batch_independent() -> None:
    """The sampling mask depends only on row position, shard and seed."""
    whole = keep_mask("s", 0, 1000, 0.3, seed=1)
    pieces = [keep_mask("s", start, 100, 0.3, seed=1) for start in range(0, 1000, 100)]
    assert (whole == __import__("numpy").concatenate(pieces)).all()
    assert 250 < whole.sum() < 350
    assert (keep_mask("s", 0, 1000, 0.3, seed=2) != whole).any()


def test_sample_fraction_widens_intervals(tmp_path: Path) -> None:
    """A sampled audit records the fraction and its intervals are wider than a full audit's."""
    rows = LABELLED * 20
    path = _write_jsonl(tmp_path / "c.jsonl", rows)
    full = datacensus.audit(path, language="lang")
    sampled = datacensus.audit(path, language="lang", sample=0.5, seed=3)
    assert sampled.input["sample_fraction"] == 0.5
    assert 800 < sampled.input["rows_read"] <= 2000
    n_sampled = sum(_language_counts(sampled).values())
    assert 800 < n_sampled < 1200

    def width(result: datacensus.AuditResult) -> float:
        row = result.coverage("language").filter(pl.col("key") == "en").row(0, named=True)
        return float(row["ci_high"] - row["ci_low"])

    assert width(sampled) > width(full)


def test_sample_row_count_becomes_a_fraction(tmp_path: Path) -> None:
    """--sample 50 of 100 rows keeps about half of them."""
    path = _write_jsonl(tmp_path / "c.jsonl", LABELLED)
    result = datacensus.audit(path, language="lang", sample=50)
    assert result.input["sample_fraction"] == pytest.approx(0.5)


def test_parse_sample_reads_fraction_or_rows() -> None:
    """'0.1' is a fraction, '5000' a row count, 'x' an error."""
    assert parse_sample("0.1") == 0.1
    assert parse_sample("5000") == 5000
    with pytest.raises(datacensus.InputError):
        parse_sample("x")
    with pytest.raises(datacensus.InputError):
        datacensus.audit([], language="lang", sample=1.5)


def test_limit_stops_after_n_rows(tmp_path: Path) -> None:
    """--limit 60 over two shards counts the first 60 rows in input order."""
    _write_jsonl(tmp_path / "p0.jsonl", LABELLED[:40])
    _write_jsonl(tmp_path / "p1.jsonl", LABELLED[40:])
    result = datacensus.audit(tmp_path, language="lang", limit=60)
    assert _language_counts(result) == {"en": 50, "fr": 10}


def test_cache_reads_only_new_shards(tmp_path: Path) -> None:
    """A second audit reuses cached shard counts; an added shard is the only one read."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write_jsonl(corpus / "p0.jsonl", LABELLED[:40])
    _write_jsonl(corpus / "p1.jsonl", LABELLED[40:80])
    first = datacensus.audit(corpus, language="lang", cache=True)
    assert first.input.get("cache_hits", 0) == 0
    second = datacensus.audit(corpus, language="lang", cache=True)
    assert second.input["cache_hits"] == 2
    assert second.counts.equals(first.counts)
    _write_jsonl(corpus / "p2.jsonl", LABELLED[80:])
    third = datacensus.audit(corpus, language="lang", cache=True)
    assert third.input["cache_hits"] == 2
    assert _language_counts(third) == {"en": 50, "fr": 30, "sw": 20}


def test_cache_misses_when_a_shard_changes(tmp_path: Path) -> None:
    """Rewriting a shard invalidates its cached counts."""
    path = _write_jsonl(tmp_path / "p.jsonl", LABELLED[:40])
    datacensus.audit(path, language="lang", cache=True)
    _write_jsonl(path, LABELLED[40:])
    again = datacensus.audit(path, language="lang", cache=True)
    assert again.input.get("cache_hits", 0) == 0
    assert _language_counts(again) == {"en": 10, "fr": 30, "sw": 20}


def test_corrupt_parquet_is_counted_then_strict_fails(tmp_path: Path) -> None:
    """A corrupt shard is skipped with a reason; --strict names it instead."""
    pl.DataFrame(LABELLED).write_parquet(tmp_path / "good.parquet")
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 this is not parquet")
    result = datacensus.audit(tmp_path, language="lang")
    assert result.input["rows_skipped"] == {"corrupt_file": 1}
    assert _language_counts(result) == {"en": 50, "fr": 30, "sw": 20}
    with pytest.raises(datacensus.InputError, match=r"bad\.parquet"):
        datacensus.audit(tmp_path, language="lang", strict=True)


def test_malformed_lines_in_later_chunks_keep_line_numbers(tmp_path: Path) -> None:
    """Bad lines are found by number even when they fall in the third batch."""
    lines = [json.dumps(r) for r in LABELLED]
    lines[57] = "{broken"
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n")
    stats = ReadStats()
    shard = resolve_inputs([path])[0]
    frames = list(iter_batches(shard, ["lang"], stats, batch_rows=25))
    assert sum(f.height for f in frames) == 99
    assert stats.skipped == {"malformed_json": 1}
    assert len(stats.first_errors) == 1
    assert stats.first_errors[0].startswith(f"{path}:58: malformed JSON")
    assert stats.first_errors[0].endswith("[malformed_json]")


def test_column_missing_from_jsonl_names_file(tmp_path: Path) -> None:
    """A JSONL without the needed column fails with the file and the closest column."""
    path = _write_jsonl(tmp_path / "c.jsonl", [{"language": "en"}])
    with pytest.raises(datacensus.ColumnNotFoundError, match=r"c\.jsonl.*'lang'.*'language'"):
        datacensus.audit(path, language="lang")


def test_unknown_engine_is_a_usage_error(tmp_path: Path) -> None:
    """engine='spark' is rejected with the choices."""
    path = _write_jsonl(tmp_path / "c.jsonl", LABELLED)
    with pytest.raises(datacensus.InputError, match="'local' or 'ray'"):
        datacensus.audit(path, language="lang", engine="spark")


def test_progress_is_quiet_off_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """No progress bar when stderr is not a terminal, or under CI, even when asked for."""
    from datacensus.execution.scan import Progress

    assert Progress([], enabled=True)._bar is None  # pytest captures stderr: not a TTY
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    monkeypatch.setenv("CI", "true")
    assert Progress([], enabled=True)._bar is None
    monkeypatch.delenv("CI")
    bar = Progress([], enabled=True)
    assert bar._bar is not None
    bar.rows(10)
    bar.close()
