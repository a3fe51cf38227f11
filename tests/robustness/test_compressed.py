"""Damaged .gz/.zst inputs: every decodable row kept, the damage counted once, --strict exits 2."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import zstandard

from robustness.helpers import jsonl_bytes, records


def complete_lines(data: bytes) -> int:
    """Lines ending in a newline (a partial last line is not a row)."""
    return data.count(b"\n")


def test_truncated_gz_keeps_every_complete_row(tmp_path: Path, audit) -> None:
    """A .gz cut in half: rows read = complete lines of the decodable prefix, +1 truncated."""
    data = jsonl_bytes(records(3000))
    packed = gzip.compress(data)
    cut = packed[: len(packed) // 2]
    (tmp_path / "cut.jsonl.gz").write_bytes(cut)
    prefix = zlib.decompressobj(wbits=31).decompress(cut)
    run = audit(tmp_path / "cut.jsonl.gz")
    assert run.code == 0, run.output
    assert run.rows_read == complete_lines(prefix) > 1000
    assert run.skipped == {"truncated_file": 1}
    assert any("ends early" in e for e in run.result["input"]["first_errors"])


def test_truncated_gz_strict_exits_2(tmp_path: Path, audit) -> None:
    """--strict stops at the cut with one line naming the file and the reason."""
    packed = gzip.compress(jsonl_bytes(records(2000)))
    (tmp_path / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    run = audit(tmp_path / "cut.jsonl.gz", "--strict")
    assert run.code == 2
    assert "cut.jsonl.gz" in run.output and "truncated_file" in run.output
    assert "Traceback" not in run.output


def test_gz_bad_checksum_keeps_rows_and_counts_corrupt(tmp_path: Path, audit) -> None:
    """A flipped CRC byte: all rows decode, the file is reported corrupt once."""
    rows = records(500)
    packed = bytearray(gzip.compress(jsonl_bytes(rows)))
    packed[-6] ^= 0xFF  # inside the CRC32 trailer
    (tmp_path / "crc.jsonl.gz").write_bytes(bytes(packed))
    run = audit(tmp_path / "crc.jsonl.gz")
    assert run.code == 0, run.output
    assert run.rows_read == len(rows)
    assert run.skipped == {"corrupt_file": 1}


def test_multi_member_gz_reads_all_members(tmp_path: Path, audit) -> None:
    """Concatenated gzip members (as `cat a.gz b.gz` makes) are one file of all rows."""
    a, b = records(120), records(80, start=120)
    (tmp_path / "cat.jsonl.gz").write_bytes(
        gzip.compress(jsonl_bytes(a)) + gzip.compress(jsonl_bytes(b))
    )
    run = audit(tmp_path / "cat.jsonl.gz")
    assert run.code == 0 and run.rows_read == 200 and run.skipped == {}


def zst_frames(data: bytes, size: int) -> list[bytes]:
    c = zstandard.ZstdCompressor()
    return [c.compress(data[i : i + size]) for i in range(0, len(data), size)]


def test_truncated_zst_keeps_rows_of_complete_frames(tmp_path: Path, audit) -> None:
    """A multi-frame .zst cut mid-way: rows of every complete frame are read, +1 truncated."""
    data = jsonl_bytes(records(3000))
    frames = zst_frames(data, 20000)
    packed = b"".join(frames)
    cut_at = len(packed) // 2
    (tmp_path / "cut.jsonl.zst").write_bytes(packed[:cut_at])
    whole, used = b"", 0
    for frame in frames:
        if used + len(frame) > cut_at:
            break
        whole += zstandard.ZstdDecompressor().decompress(frame)
        used += len(frame)
    run = audit(tmp_path / "cut.jsonl.zst")
    assert run.code == 0, run.output
    assert complete_lines(whole) <= run.rows_read < 3000
    assert run.skipped == {"truncated_file": 1}


def test_truncated_zst_strict_exits_2(tmp_path: Path, audit) -> None:
    """Also under --strict (the issue: a cut .zst passed silently)."""
    packed = b"".join(zst_frames(jsonl_bytes(records(2000)), 20000))
    (tmp_path / "cut.jsonl.zst").write_bytes(packed[: len(packed) // 2])
    run = audit(tmp_path / "cut.jsonl.zst", "--strict")
    assert run.code == 2 and "truncated_file" in run.output and "cut.jsonl.zst" in run.output


def test_zst_cut_before_first_block_exits_2(tmp_path: Path, audit) -> None:
    """Cut before any block completes and it is the only input: no readable row, exit 2."""
    packed = zstandard.ZstdCompressor().compress(jsonl_bytes(records(3000)))
    (tmp_path / "cut.jsonl.zst").write_bytes(packed[:40])
    run = audit(tmp_path / "cut.jsonl.zst")
    assert run.code == 2
    assert "no readable row" in run.output and "(truncated_file 1)" in run.output


def test_garbage_zst_is_one_line_exit_2(tmp_path: Path, audit) -> None:
    """A .zst that is not zstd at all: exit 2, no traceback, the reason named."""
    (tmp_path / "junk.jsonl.zst").write_bytes(b"this is not zstd " * 50)
    run = audit(tmp_path / "junk.jsonl.zst")
    assert run.code == 2
    assert "(corrupt_file 1)" in run.output and "Traceback" not in run.output


def test_garbage_zst_next_to_good_file_is_counted(tmp_path: Path, audit) -> None:
    """One bad shard among good ones: the good rows are audited, the bad file counted once."""
    (tmp_path / "junk.jsonl.zst").write_bytes(b"\x00garbage" * 50)
    (tmp_path / "good.jsonl").write_bytes(jsonl_bytes(records(150)))
    run = audit(tmp_path)
    assert run.code == 0, run.output
    assert run.rows_read == 150 and run.skipped == {"corrupt_file": 1}


def test_truncated_csv_gz_keeps_complete_rows(tmp_path: Path, audit) -> None:
    """A cut .csv.gz: every complete line after the header is a row read."""
    lines = ["text,country"] + [
        f"Some words about the weather here number {i},US" for i in range(3000)
    ]
    data = ("\n".join(lines) + "\n").encode()
    packed = gzip.compress(data)
    cut = packed[: len(packed) // 2]
    (tmp_path / "cut.csv.gz").write_bytes(cut)
    prefix = zlib.decompressobj(wbits=31).decompress(cut)
    run = audit(tmp_path / "cut.csv.gz", "--country-col", "country", "--no-language")
    assert run.code == 0, run.output
    assert run.rows_read == complete_lines(prefix) - 1  # minus the header
    assert run.skipped == {"truncated_file": 1}
