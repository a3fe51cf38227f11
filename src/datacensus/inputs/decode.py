"""Bytes of an input file: decompressed, transcoded to UTF-8, split into numbered lines.

A damaged file gives every byte that could be decoded, then raises `StreamFault` saying why the
rest is lost (``truncated_file`` or ``corrupt_file``) and at which compressed byte offset.
"""

from __future__ import annotations

import codecs
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CHUNK = 1 << 16
STEP = 1 << 12

#: Byte-order marks that name a non-UTF-8 Unicode encoding (longest first: UTF-32 LE starts
#: like UTF-16 LE).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class StreamFault(Exception):  # noqa: N818 - internal signal, caught by the readers
    """The rest of a file cannot be decoded: ``reason`` and a human ``detail``."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def raw_chunks(path: Path, compression: str | None) -> Iterator[bytes]:
    """Decompressed chunks of a file; raise `StreamFault` after the last decodable byte."""
    with path.open("rb") as fh:
        if compression is None:
            while chunk := fh.read(CHUNK):
                yield chunk
        elif compression == "gz":
            yield from _inflate(fh, lambda: zlib.decompressobj(wbits=31), zlib.error, "gzip")
        else:
            import zstandard

            yield from _inflate(
                fh,
                lambda: zstandard.ZstdDecompressor().decompressobj(),
                zstandard.ZstdError,
                "zstd",
            )


def _inflate(fh: Any, new: Any, error: type[Exception], name: str) -> Iterator[bytes]:
    """Stream one or more concatenated members/frames through ``new()`` decompressors.

    Input goes in small steps, so damage loses little: at an error, a decoder that can be
    copied (zlib) replays the failing step byte by byte to give out every decodable byte.
    """
    decoder = new()
    offset = 0  # compressed bytes consumed so far
    started = False
    while True:
        chunk = fh.read(CHUNK)
        if not chunk:
            break
        for start in range(0, len(chunk), STEP):
            pending = chunk[start : start + STEP]
            while pending:
                started = True
                saved = decoder.copy() if hasattr(decoder, "copy") else None
                try:
                    out = decoder.decompress(pending)
                except error as exc:
                    yield from _replay(saved, pending, error)
                    raise StreamFault(
                        "corrupt_file", f"{name} data is corrupt near byte {offset:,} ({exc})"
                    ) from None
                if out:
                    yield out
                if decoder.eof:
                    pending = decoder.unused_data
                    decoder = new() if pending else decoder
                    if pending and not pending.strip(b"\0"):
                        pending = b""  # zero padding after the last member
                    continue
                pending = b""
            offset += min(STEP, len(chunk) - start)
    if started and not decoder.eof:
        raise StreamFault(
            "truncated_file", f"{name} stream ends early at byte {offset:,} (file cut off?)"
        )


def _replay(decoder: Any, data: bytes, error: type[Exception]) -> Iterator[bytes]:
    """What ``decoder`` gives out for ``data`` one byte at a time, up to the error."""
    if decoder is None:
        return
    for i in range(len(data)):
        try:
            out = decoder.decompress(data[i : i + 1])
        except error:
            return
        if out:
            yield out


def utf8_chunks(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Pass UTF-8 through (dropping a UTF-8 BOM); transcode BOM-marked UTF-16/32 to UTF-8."""
    first = b""
    for chunk in chunks:
        first += chunk
        if len(first) >= 4:
            break
    encoding = next((enc for bom, enc in BOMS if first.startswith(bom)), None)
    if encoding is None:
        yield first.removeprefix(codecs.BOM_UTF8)
        yield from chunks
        return
    bom = next(b for b, enc in BOMS if enc == encoding)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    yield decoder.decode(first[len(bom) :]).encode("utf-8", "surrogateescape")
    for chunk in chunks:
        yield decoder.decode(chunk).encode("utf-8", "surrogateescape")
    yield decoder.decode(b"", final=True).encode("utf-8", "surrogateescape")


def numbered_lines(chunks: Iterator[bytes]) -> Iterator[tuple[int, bytes]]:
    """``(line number, line)`` from 1, without the newline; a partial line before a fault is
    dropped (the fault accounts for it)."""
    buffer = b""
    number = 0
    for chunk in chunks:
        buffer += chunk
        if b"\n" not in chunk:
            continue
        *complete, buffer = buffer.split(b"\n")
        for line in complete:
            number += 1
            yield number, line.removesuffix(b"\r")
    if buffer:
        yield number + 1, buffer.removesuffix(b"\r")
