"""The Croissant export loads in MLCommons' reference validator; merging keeps other keys."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

import datacensus
from datacensus.report.card import build_card, croissant_rai

mlc = pytest.importorskip("mlcroissant", reason="mlcroissant (dev dependency) is not installed")
EXE = shutil.which("datacensus", path=str(Path(sys.executable).parent)) or "datacensus"

#: A hub-style Croissant file written for this test: a CSV file object and one record set.
EXISTING = {
    "@context": {
        "@language": "en",
        "@vocab": "https://schema.org/",
        "cr": "http://mlcommons.org/croissant/",
        "sc": "https://schema.org/",
        "dct": "http://purl.org/dc/terms/",
        "conformsTo": "dct:conformsTo",
        "citeAs": "cr:citeAs",
        "column": "cr:column",
        "data": {"@id": "cr:data", "@type": "@json"},
        "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
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
        "rai": "http://mlcommons.org/croissant/RAI/",
        "recordSet": "cr:recordSet",
        "references": "cr:references",
        "regex": "cr:regex",
        "repeated": "cr:repeated",
        "replace": "cr:replace",
        "samplingRate": "cr:samplingRate",
        "separator": "cr:separator",
        "source": "cr:source",
        "subField": "cr:subField",
        "transform": "cr:transform",
    },
    "@type": "sc:Dataset",
    "name": "tiny-web-text",
    "description": "A few web pages with a language label.",
    "conformsTo": "http://mlcommons.org/croissant/1.0",
    "license": "https://creativecommons.org/licenses/by/4.0/",
    "url": "https://example.org/tiny-web-text",
    "version": "1.0.0",
    "datePublished": "2026-01-01",
    "citeAs": "tiny-web-text (2026)",
    "inLanguage": ["xx"],
    "distribution": [
        {
            "@type": "cr:FileObject",
            "@id": "pages.csv",
            "name": "pages.csv",
            "contentUrl": "pages.csv",
            "encodingFormat": "text/csv",
            "sha256": "0" * 64,
        }
    ],
    "recordSet": [
        {
            "@type": "cr:RecordSet",
            "@id": "pages",
            "name": "pages",
            "field": [
                {
                    "@type": "cr:Field",
                    "@id": "pages/text",
                    "name": "text",
                    "dataType": "sc:Text",
                    "source": {"fileObject": {"@id": "pages.csv"}, "extract": {"column": "text"}},
                }
            ],
        }
    ],
}


def _validate(path: Path) -> None:
    """Raises mlcroissant's ValidationError when the reference validator rejects the file."""
    mlc.Dataset(jsonld=str(path))


@pytest.fixture
def stored_result(tmp_path: Path) -> Path:
    rows = [{"text": "t", "language": lang} for lang in ["en"] * 80 + ["fr"] * 15 + ["sw"] * 5]
    result = datacensus.audit(pl.DataFrame(rows), language="language", text=None)
    path = tmp_path / "result.json"
    path.write_text(result.to_json(), encoding="utf-8")
    return path


def test_card_export_passes_the_reference_validator(stored_result: Path, tmp_path: Path) -> None:
    """`datacensus card` writes a Croissant document that mlcroissant loads without errors."""
    out = tmp_path / "card"
    done = subprocess.run(
        [EXE, "card", str(stored_result), "--name", "My web corpus (v2)", "-o", str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = json.loads((out / "croissant-rai.jsonld").read_text())
    assert document["name"] == "My-web-corpus-v2"
    assert "http://mlcommons.org/croissant/1.0" in document["conformsTo"]
    assert document["inLanguage"] == ["en", "fr", "sw"]
    _validate(out / "croissant-rai.jsonld")


def test_the_bare_rai_fragment_is_what_the_validator_rejected(
    stored_result: Path, tmp_path: Path
) -> None:
    """The validator is strict enough to fail: the old fragment (no Croissant version) fails."""
    from datacensus.report.card import read_result

    fragment = croissant_rai(build_card([read_result(stored_result)], name="my corpus"))
    path = tmp_path / "fragment.jsonld"
    path.write_text(json.dumps(fragment))
    with pytest.raises((mlc.ValidationError, KeyError)):  # 1.1.1 fails on the missing @language
        _validate(path)


def test_merge_into_existing_croissant_keeps_everything_else(
    stored_result: Path, tmp_path: Path
) -> None:
    """--croissant FILE: measured RAI fields added, every other key unchanged, still valid."""
    existing = tmp_path / "metadata.json"
    existing.write_text(json.dumps(EXISTING, indent=2))
    out = tmp_path / "out"
    done = subprocess.run(
        [EXE, "card", str(stored_result), "--croissant", str(existing), "-o", str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    merged = json.loads((out / "metadata.json").read_text())
    assert json.loads(existing.read_text()) == EXISTING  # the original is not touched
    measured = {k for k in merged if k.startswith("rai:")} | {"inLanguage", "conformsTo"}
    assert {k: v for k, v in merged.items() if k not in measured} == {
        k: v for k, v in EXISTING.items() if k not in measured
    }
    assert merged["inLanguage"] == ["en", "fr", "sw"]
    assert merged["conformsTo"] == [
        "http://mlcommons.org/croissant/1.0",
        "http://mlcommons.org/croissant/RAI/1.0",
    ]
    _validate(existing)
    _validate(out / "metadata.json")
