"""Croissant that the reference validator loads: a whole dataset document, or a merge.

`croissant_document` wraps the measured RAI fields (`card.croissant_rai`) in a Croissant 1.0
dataset with the standard context (``@language``, the ``cr``/``rai``/``dct`` prefixes and the
Croissant keys), ``conformsTo`` naming both Croissant and RAI, and a name without spaces.
`merge_into` writes the measured fields into a dataset's existing Croissant file (as dataset
hubs publish them) and leaves every other key as it was.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from datacensus.errors import InputError
from datacensus.report.card import Card, build_card, croissant_rai, read_result

CROISSANT = "http://mlcommons.org/croissant/1.0"
RAI = "http://mlcommons.org/croissant/RAI/1.0"

#: The standard Croissant 1.0 JSON-LD context (the vocabulary the specification defines).
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}


def safe_name(name: str) -> str:
    """A dataset name the validator accepts: letters, digits, ``-``, ``_`` and ``.``."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name.strip()).strip("-")
    return cleaned or "dataset"


def rai_fields(card: Card) -> dict[str, Any]:
    """The measured and stated RAI fields of a card (no context, type, name or conformsTo)."""
    skip = {"@context", "@type", "name", "dct:conformsTo"}
    return {k: v for k, v in croissant_rai(card).items() if k not in skip}


def croissant_document(card: Card) -> dict[str, Any]:
    """A standalone Croissant 1.0 + RAI 1.0 dataset document holding the card's fields."""
    return {
        "@context": dict(CONTEXT),
        "@type": "sc:Dataset",
        "name": safe_name(card.name),
        "description": f"Representativeness of {card.name}, measured by datacensus.",
        "conformsTo": [CROISSANT, RAI],
        **rai_fields(card),
    }


def merge_into(existing: Mapping[str, Any], card: Card) -> dict[str, Any]:
    """``existing`` with the card's RAI fields set; every other key kept as it was.

    The ``rai`` prefix is added to the context and the RAI specification to ``conformsTo``
    only when missing; ``inLanguage`` is replaced by the measured languages.
    """
    out = dict(existing)
    context = out.get("@context")
    if isinstance(context, Mapping) and "rai" not in context:
        out["@context"] = {**context, "rai": "http://mlcommons.org/croissant/RAI/"}
    plain = "conformsTo" in out or "dct:conformsTo" not in out
    conforms_key = "conformsTo" if plain else "dct:conformsTo"
    conforms = out.get(conforms_key)
    listed = [conforms] if isinstance(conforms, str) else list(conforms or [])
    if RAI not in listed:
        out[conforms_key] = [*listed, RAI]
    out.update(rai_fields(card))
    return out


def write_croissant(
    paths: Sequence[str | Path],
    directory: str | Path,
    *,
    name: str | None = None,
    existing: str | Path | None = None,
) -> Path:
    """Write ``croissant-rai.jsonld`` (a whole document), or ``existing`` merged, into directory.

    The merged copy keeps the existing file's name; the original file is not modified.
    """
    card = build_card([read_result(p) for p in paths], name=name)
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    if existing is None:
        target, document = out / "croissant-rai.jsonld", croissant_document(card)
    else:
        source = Path(existing)
        try:
            loaded = json.loads(source.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{source}: not a readable Croissant JSON file ({exc})") from None
        if not isinstance(loaded, dict):
            raise InputError(f"{source}: expected a JSON object (a Croissant dataset)")
        target, document = out / source.name, merge_into(loaded, card)
        if target.resolve() == source.resolve():
            raise InputError(f"{source}: choose an output folder other than the file's own")
    target.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target
