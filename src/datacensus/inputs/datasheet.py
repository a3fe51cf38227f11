"""Provenance file (``datasheet.toml``): how the data was collected, generated and annotated.

Only known sections and keys are accepted, so a typo cannot silently hide a fact; errors name
the file, the line and the key. The validated content is stored in results under
``extras["datasheet"]`` as ``{"source": {...}, "sections": {section: {key: value}}}``.
"""

from __future__ import annotations

import difflib
import hashlib
import tomllib
from pathlib import Path
from typing import Any

from datacensus.errors import InputError
from datacensus.toml_lines import TomlLines

TEXT, TEXTS, NUMBER, TABLE, FLAG = "text", "list of text", "number", "table", "true/false"

#: section -> key -> expected type. Extend here; the docs table in docs/datawork.md follows it.
SECTIONS: dict[str, dict[str, str]] = {
    "dataset": {
        "name": TEXT, "version": TEXT, "description": TEXT, "licence": TEXT, "homepage": TEXT,
        "citation": TEXT, "languages": TEXTS, "intended_use": TEXT, "out_of_scope_use": TEXT,
    },
    "collection": {
        "method": TEXT, "sources": TEXTS, "period": TEXT, "seed_data": TEXT, "consent": TEXT,
        "filtering": TEXT, "personal_information": TEXT, "notes": TEXT,
    },
    "generation": {
        "generator_model": TEXT, "model_version": TEXT, "parameters": TABLE, "prompts": TEXTS,
        "prompt_file": TEXT, "seed_data": TEXT, "filtering": TEXT, "share_synthetic": NUMBER,
        "notes": TEXT,
    },
    "translation": {
        "system": TEXT, "source_languages": TEXTS, "post_edited": FLAG, "notes": TEXT,
    },
    "annotation": {
        "platform": TEXT, "instructions": TEXT, "recruitment": TEXT, "annotators": NUMBER,
        "labels_per_item": NUMBER, "pay": TEXT, "conditions": TEXT, "demographics": TEXT,
        "quality_control": TEXT, "machine_annotation": TEXT, "notes": TEXT,
    },
}  # fmt: skip


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return FLAG
    if isinstance(value, int | float):
        return NUMBER
    if isinstance(value, str):
        return TEXT
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return TEXTS
    if isinstance(value, dict):
        return TABLE
    return type(value).__name__


def validate_datasheet(data: dict[str, Any], *, origin: str, text: str = "") -> dict[str, Any]:
    """Check sections, keys and value types; return ``{section: {key: value}}``."""
    lines = TomlLines(text)

    def where(section: str, key: str | None = None) -> str:
        line = lines.table(section, 0, key)
        return f"{origin}, line {line}" if line else origin

    def hint(word: str, choices: list[str]) -> str:
        close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
        return f" (did you mean {close[0]!r}?)" if close else ""

    if not data:
        raise InputError(f"{origin}: empty datasheet; expected sections {', '.join(SECTIONS)}")
    out: dict[str, dict[str, Any]] = {}
    for section, entries in data.items():
        if section not in SECTIONS:
            raise InputError(
                f"{where(section)}: unknown section [{section}]{hint(section, list(SECTIONS))}; "
                f"expected one of {', '.join(SECTIONS)}"
            )
        if not isinstance(entries, dict):
            raise InputError(f"{origin}: {section} must be a [{section}] table of keys")
        known = SECTIONS[section]
        for key, value in entries.items():
            if key not in known:
                raise InputError(
                    f"{where(section, key)}: unknown key {key!r} in [{section}]"
                    f"{hint(key, list(known))}; expected one of {', '.join(known)}"
                )
            found = _kind(value)
            if found != known[key] and not (known[key] == TEXTS and found == TEXT):
                raise InputError(
                    f"{where(section, key)}: {section}.{key} must be {known[key]}, found {found}"
                )
            if known[key] == TEXTS and isinstance(value, str):
                value = [value]
            if known[key] == TEXT and not value.strip():
                raise InputError(f"{where(section, key)}: {section}.{key} is empty")
            out.setdefault(section, {})[key] = value
    share = out.get("generation", {}).get("share_synthetic")
    if share is not None and not 0 <= share <= 1:
        raise InputError(
            f"{where('generation', 'share_synthetic')}: generation.share_synthetic must be "
            f"between 0 and 1, found {share}"
        )
    return out


def load_datasheet(path: str | Path) -> dict[str, Any]:
    """Read and validate a ``datasheet.toml``; raises InputError naming file, line and key."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such datasheet file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read datasheet ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        raise InputError(f"{p}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{p}: not valid TOML ({exc})") from None
    sections = validate_datasheet(data, origin=str(p), text=text)
    return {
        "source": {"path": p.name, "sha256": hashlib.sha256(raw).hexdigest()},
        "sections": sections,
    }


def datasheet_lines(datasheet: dict[str, Any]) -> list[tuple[str, str, str]]:
    """``(section, key, value as text)`` rows for renderers."""
    rows = []
    for section, entries in datasheet.get("sections", {}).items():
        for key, value in entries.items():
            if isinstance(value, list):
                text = "; ".join(str(v) for v in value)
            elif isinstance(value, dict):
                text = ", ".join(f"{k}={v}" for k, v in value.items())
            else:
                text = str(value)
            rows.append((section, key, text))
    return rows
