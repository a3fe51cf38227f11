"""Output folders: checked before any input is read, filled all at once.

Files are written into a temporary folder beside the output folder and then moved into it, so
a failed or interrupted write leaves the previous run's files untouched: the folder never holds
files of two runs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from datacensus.errors import InputError


def check_output_dir(directory: str | Path) -> Path:
    """Raise InputError unless ``directory`` is, or can be created as, a writable folder."""
    path = Path(directory)
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: the output path is a file; expected a folder (-o)")
    existing = path
    while not existing.exists():
        if existing.parent == existing:
            break
        existing = existing.parent
    if not existing.is_dir():
        raise InputError(f"{path}: cannot create the output folder, {existing} is a file")
    try:
        probe = tempfile.mkdtemp(prefix=".datacensus-probe-", dir=existing)
    except OSError as exc:
        raise InputError(f"{path}: cannot write the output folder ({exc.strerror})") from None
    os.rmdir(probe)
    return path


def write_files_atomically(directory: Path, files: Mapping[str, str]) -> dict[str, Path]:
    """Write ``{file name: text}`` into ``directory`` via a temporary folder beside it."""
    check_output_dir(directory)
    directory.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{directory.name}.tmp-", dir=directory.parent))
    try:
        for name, text in files.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        written = {}
        for name in files:
            final = directory / name
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / name, final)
            written[name] = final
        return written
    except OSError as exc:
        raise InputError(
            f"{directory}: cannot write the outputs ({exc.strerror or exc}); "
            "the folder keeps its previous files"
        ) from None
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
