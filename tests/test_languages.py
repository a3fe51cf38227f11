"""The canonical language-key policy (docs/languages.md), table by table."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datacensus.codes.language_names import NAMES
from datacensus.codes.languages import (
    InvalidLanguageTagError,
    canonical_language,
    computed_language_name,
    is_canonical_language,
    language_name,
    script_of,
)
from datacensus.errors import InvalidReferenceError

CANONICAL = [
    # macrolanguages fold to the macrolanguage code
    ("cmn", "zh"),
    ("arb", "ar"),
    ("pes", "fa"),
    ("zsm", "ms"),
    ("swh", "sw"),
    ("ekk", "et"),
    ("lvs", "lv"),
    ("uzn", "uz"),
    ("azj", "az"),
    ("ory", "or"),
    ("npi", "ne"),
    ("plt", "mg"),
    ("gaz", "om"),
    ("als", "sq"),
    # Norwegian: both the macrolanguage and nob become Bokmål (policy override)
    ("nob", "nb"),
    ("no", "nb"),
    ("nn", "nn"),
    # individual languages that are not the main member keep their code
    ("yue", "yue"),
    ("arz", "arz"),
    ("wuu", "wuu"),
    ("nan", "nan"),
    ("ckb", "ckb"),
    # ISO 639-3 / 639-2 three-letter codes of two-letter languages
    ("eng", "en"),
    ("fra", "fr"),
    ("deu", "de"),
    ("zho", "zh"),
    # scripts and regions are dropped; underscores and case are tolerated
    ("zh_Hant", "zh"),
    ("zh-Hant-TW", "zh"),
    ("eng_Latn", "en"),
    ("srp_Cyrl", "sr"),
    ("en-US", "en"),
    ("ZH-hant", "zh"),
    (" pt-BR ", "pt"),
    # deprecated and grandfathered tags
    ("iw", "he"),
    ("in", "id"),
    ("ji", "yi"),
    ("tl", "fil"),
    ("mo", "ro"),
    ("sh", "sr"),
    ("i-klingon", "tlh"),
]


@pytest.mark.parametrize(("tag", "key"), CANONICAL)
def test_canonical_language_table(tag: str, key: str) -> None:
    """Each tag of the policy table maps to its documented key."""
    assert canonical_language(tag) == key


@pytest.mark.parametrize(
    "tag", ["", "   ", "123", "xx", "en--US", "x-private", "und", "zxx", "mul"]
)
def test_unusable_tags_raise_named_error(tag: str) -> None:
    """Unparseable or non-language tags raise an error that is also a ValueError."""
    with pytest.raises(InvalidLanguageTagError) as info:
        canonical_language(tag)
    assert isinstance(info.value, InvalidReferenceError)
    assert isinstance(info.value, ValueError)
    assert repr(tag) in str(info.value)


def test_non_string_tag_raises() -> None:
    """A non-string tag is rejected with the type named."""
    with pytest.raises(InvalidLanguageTagError, match="int"):
        canonical_language(3)  # type: ignore[arg-type]


@given(st.sampled_from([key for _, key in CANONICAL]))
def test_canonical_keys_are_fixed_points(key: str) -> None:
    """Canonicalising a canonical key changes nothing (the policy is idempotent)."""
    assert canonical_language(key) == key
    assert is_canonical_language(key)


@given(st.text(max_size=12))
def test_canonical_language_never_fails_unexpectedly(text: str) -> None:
    """Any string either gives a lower-case 2-3 letter key or raises the named error."""
    try:
        key = canonical_language(text)
    except InvalidLanguageTagError:
        return
    assert key.isascii() and key.islower() and 2 <= len(key) <= 3


@pytest.mark.parametrize(
    ("key", "name"),
    [("sw", "Swahili"), ("zh", "Chinese"), ("nb", "Norwegian Bokmål"), ("yue", "Cantonese")],
)
def test_language_name(key: str, name: str) -> None:
    """Keys have their English CLDR names."""
    assert language_name(key) == name


@pytest.mark.parametrize("key", ["qqx", "??", ""])
def test_language_name_falls_back_to_key(key: str) -> None:
    """A key without a name is shown as itself."""
    assert language_name(key) == key


@pytest.mark.parametrize(
    ("tag", "script"),
    [
        ("zh_Hant", "Hant"),
        ("eng_Latn", "Latn"),
        ("sr-Cyrl-RS", "Cyrl"),
        ("srp_Cyrl", "Cyrl"),
        ("en", None),
        ("zh-TW", None),
        ("12", None),
    ],
)
def test_script_of(tag: str, script: str | None) -> None:
    """Only an explicitly written script is returned."""
    assert script_of(tag) == script


def test_the_generated_name_table_is_what_the_language_database_says() -> None:
    """`language_names.NAMES` names exactly the keys of the shipped references and lid.176, as
    the installed language database does (regenerate: scripts/build_name_table.py)."""
    script = Path(__file__).parents[1] / "scripts" / "build_name_table.py"
    spec = importlib.util.spec_from_file_location("build_name_table", script)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert sorted(NAMES) == build.table_keys()
    assert {key: computed_language_name(key) for key in NAMES} == NAMES
    assert NAMES["sw"] == "Swahili" and language_name("sw") == "Swahili"
    assert language_name("tok") == computed_language_name("tok")  # not in the table
    assert "tok" not in NAMES
