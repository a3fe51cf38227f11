"""Model labels map to one canonical language key (and a separate script) each."""

from __future__ import annotations

import pytest

from datacensus.codes.languages import canonical_language
from datacensus.lid import load_identifier
from datacensus.lid.labels import WIKIPEDIA_OVERRIDES, LabelKey, label_key


@pytest.fixture(scope="session")
def lid176_labels() -> tuple[str, ...]:
    """Every raw label of the bundled lid.176 model."""
    identifier = load_identifier()
    return identifier.labels()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # lid.176 Wikipedia codes whose ISO reading would be wrong
        ("__label__als", LabelKey("gsw")),
        ("__label__sh", LabelKey("hbs")),
        ("__label__bh", LabelKey("bho")),
        ("__label__eml", LabelKey("eml")),
        ("__label__nah", LabelKey("nah")),
        ("__label__tl", LabelKey("fil")),
        # macrolanguages: one documented way
        ("__label__no", LabelKey("nb")),
        ("__label__nn", LabelKey("nn")),
        ("__label__zh", LabelKey("zh")),
        ("__label__wuu", LabelKey("wuu")),
        ("__label__yue", LabelKey("yue")),
        ("__label__ar", LabelKey("ar")),
        ("__label__arz", LabelKey("arz")),
        ("__label__fa", LabelKey("fa")),
        ("__label__ms", LabelKey("ms")),
        ("__label__pnb", LabelKey("lah")),
        ("__label__en", LabelKey("en")),
        # ISO 639-3 + script labels (GlotLID, OpenLID): ISO meaning, script kept apart
        ("__label__als_Latn", LabelKey("sq", "Latn")),
        ("__label__srp_Cyrl", LabelKey("sr", "Cyrl")),
        ("__label__srp_Latn", LabelKey("sr", "Latn")),
        ("__label__hbs_Latn", LabelKey("hbs", "Latn")),
        ("__label__cmn_Hani", LabelKey("zh", "Hani")),
        ("__label__zho_Hant", LabelKey("zh", "Hant")),
        ("__label__arb_Arab", LabelKey("ar", "Arab")),
        ("__label__pes_Arab", LabelKey("fa", "Arab")),
        ("__label__zsm_Latn", LabelKey("ms", "Latn")),
        ("__label__nob_Latn", LabelKey("nb", "Latn")),
        ("__label__eng_Latn", LabelKey("en", "Latn")),
        ("__label__zul_Latn", LabelKey("zu", "Latn")),
        ("__label__und_Latn", LabelKey("?no_language", "Latn")),
        ("__label__zxx_Zxxx", LabelKey("?no_language", "Zxxx")),
        # langdetect labels
        ("zh-cn", LabelKey("zh")),
        ("zh-tw", LabelKey("zh")),
        ("__label__", LabelKey("?unlabelled")),
    ],
)
def test_label_table(label: str, expected: LabelKey) -> None:
    """Each listed label maps to exactly the documented key and script."""
    assert label_key(label) == expected


def test_lid176_has_176_labels(lid176_labels: tuple[str, ...]) -> None:
    """Every label of lid.176 is listed (read by predicting all labels, not get_labels)."""
    assert len(lid176_labels) == 176
    assert all(label.startswith("__label__") for label in lid176_labels)


def test_lid176_keys_are_canonical_or_documented(lid176_labels: tuple[str, ...]) -> None:
    """Every lid.176 key equals its own canonicalisation, unless kept verbatim on purpose."""
    verbatim = {v[1:] for v in WIKIPEDIA_OVERRIDES.values() if v.startswith("=")}
    for label in lid176_labels:
        key = label_key(label).key
        assert label_key(label).script is None
        if key in verbatim:
            continue
        assert canonical_language(key) == key, label


def test_lid176_labels_map_to_distinct_keys(lid176_labels: tuple[str, ...]) -> None:
    """No two lid.176 labels collapse into one key, so no language is double-counted."""
    keys = [label_key(label).key for label in lid176_labels]
    assert len(set(keys)) == len(keys)


def test_language_keys_never_carry_a_script() -> None:
    """Script-bearing labels give a bare language subtag; the script comes back separately."""
    for label in (
        "__label__srp_Cyrl",
        "__label__uzn_Latn",
        "__label__kmr_Latn",
        "__label__yue_Hant",
    ):
        meaning = label_key(label)
        assert "-" not in meaning.key and "_" not in meaning.key
        assert meaning.script == label.rsplit("_", 1)[1]


def test_bundled_label_table_is_what_the_language_database_gives() -> None:
    """Every label of the bundled model: the generated table equals the computed meaning."""
    from datacensus.lid.backends import _model_labels, bundled_model_path
    from datacensus.lid.labels import resolve_label
    from datacensus.lid.lid176_labels import KEYS

    labels = _model_labels(str(bundled_model_path()))
    assert sorted(KEYS) == sorted(labels)
    for label in labels:
        assert KEYS[label] == (resolve_label(label).key, resolve_label(label).script), label
