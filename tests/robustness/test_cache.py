"""The per-shard cache: keyed by content, validated, and invisible in the results."""

from __future__ import annotations

import json
import os
from pathlib import Path

from robustness.helpers import jsonl_bytes, records


def cache_entries() -> list[Path]:
    return sorted(Path(os.environ["DATACENSUS_CACHE_DIR"]).rglob("*.json"))


def accounting(run) -> tuple[int, dict[str, int], list[str]]:
    inp = run.result["input"]
    return inp["rows_read"], inp.get("rows_skipped", {}), inp.get("first_errors", [])


def test_strict_fails_on_a_cache_hit_too(tmp_path: Path, audit) -> None:
    """A bad line cached by a lenient run still fails --strict, with the same message."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(20)) + b"{bad\n")
    lenient = audit(tmp_path / "a.jsonl")
    assert lenient.code == 0 and lenient.skipped == {"malformed_json": 1}
    cached = audit(tmp_path / "a.jsonl", "--strict")
    fresh = audit(tmp_path / "a.jsonl", "--strict", "--no-cache")
    assert cached.code == fresh.code == 2
    assert cached.output == fresh.output and "a.jsonl:21" in cached.output


def test_accounting_identical_with_and_without_cache(tmp_path: Path, audit) -> None:
    """Second run (a cache hit) reports the same rows, skips and first errors as a fresh run."""
    data = jsonl_bytes(records(30)) + b"[1]\n{x\n" + jsonl_bytes([{"text": ["l"]}])
    (tmp_path / "a.jsonl").write_bytes(data)
    first = audit(tmp_path / "a.jsonl")
    second = audit(tmp_path / "a.jsonl")
    fresh = audit(tmp_path / "a.jsonl", "--no-cache")
    assert second.result["input"]["cache_hits"] == 1
    assert accounting(first) == accounting(second) == accounting(fresh)
    assert first.accounted == 33


def test_edit_keeping_size_and_mtime_is_recounted(tmp_path: Path, audit) -> None:
    """Same size, same mtime, different content: a miss, and the new counts."""
    path = tmp_path / "a.jsonl"
    rows = records(16)
    path.write_bytes(jsonl_bytes(rows))
    stat = path.stat()
    first = audit(path, "--country-col", "country", "--no-language")
    for r in rows:
        r["country"] = "FR" if r["country"] == "US" else r["country"]
    path.write_bytes(jsonl_bytes(rows))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    second = audit(path, "--country-col", "country", "--no-language")
    assert "cache_hits" not in second.result["input"]
    fr = [s for s in second.result["dimensions"]["country"]["slices"] if s["key"] == "FR"]
    fr_first = [s for s in first.result["dimensions"]["country"]["slices"] if s["key"] == "FR"]
    assert fr[0]["count"] == 8 and fr_first[0]["count"] == 4
    assert first.rows_read == second.rows_read == len(rows)


def test_renamed_copy_is_a_hit(tmp_path: Path, audit) -> None:
    """The key is the content, not the path: a copy elsewhere reuses the counts."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(10)))
    assert audit(tmp_path / "a.jsonl").code == 0
    (tmp_path / "b.jsonl").write_bytes((tmp_path / "a.jsonl").read_bytes())
    run = audit(tmp_path / "b.jsonl")
    assert run.result["input"]["cache_hits"] == 1 and run.rows_read == 10


def test_corrupt_cache_entry_heals(tmp_path: Path, audit) -> None:
    """A damaged entry: a warning, a recount with the same numbers, and a fresh entry."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(14)) + b"{x\n")
    first = audit(tmp_path / "a.jsonl")
    entries = cache_entries()
    assert len(entries) == 1
    entries[0].write_text('{"format": 1, "counts": "garbage"}')
    second = audit(tmp_path / "a.jsonl")
    assert second.code == 0, second.output
    assert any("cache entry" in w and "damaged" in w for w in second.warnings)
    assert accounting(first)[:2] == accounting(second)[:2]
    assert second.accounted == 15  # 14 rows + 1 malformed line
    assert json.loads(cache_entries()[0].read_text())["counts"] != "garbage"


def test_edited_cache_counts_fail_the_checksum(tmp_path: Path, audit) -> None:
    """An entry whose counts were changed by hand is not trusted."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(14)))
    audit(tmp_path / "a.jsonl")
    entry = cache_entries()[0]
    data = json.loads(entry.read_text())
    data["counts"][0]["documents"] += 1000
    entry.write_text(json.dumps(data))
    run = audit(tmp_path / "a.jsonl")
    assert run.rows_read == 14 and any("damaged" in w for w in run.warnings)


def test_truncated_cache_file_heals(tmp_path: Path, audit) -> None:
    """A half-written entry (not JSON) is recounted, exit 0."""
    (tmp_path / "a.jsonl").write_bytes(jsonl_bytes(records(9)))
    audit(tmp_path / "a.jsonl")
    entry = cache_entries()[0]
    entry.write_bytes(entry.read_bytes()[:30])
    run = audit(tmp_path / "a.jsonl")
    assert run.code == 0 and run.rows_read == 9
