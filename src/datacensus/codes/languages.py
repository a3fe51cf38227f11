"""The canonical key of the ``language`` dimension, shared by references and LID label mapping.

A key is a BCP-47 *language subtag* only (no script, no region), after ``langcodes``
standardisation with macrolanguages folded into their main member's code (``cmn`` -> ``zh``,
``arb`` -> ``ar``, ``nob``/``no`` -> ``nb``). Individual languages that are not a macrolanguage's
main member keep their own code (``yue``, ``arz``). See docs/languages.md.
"""

from __future__ import annotations

import re
from functools import lru_cache

from datacensus.errors import InvalidReferenceError

#: Tags that are valid BCP-47 but name no language, so they cannot be a slice.
_NOT_A_LANGUAGE = frozenset({"und", "mul", "mis", "zxx"})

#: Folds langcodes leaves alone but the policy wants folded. ``no`` (Norwegian) is the
#: macrolanguage of ``nb``/``nn``; CLDR population data and fastText use ``nb`` for Bokmål.
_POLICY_OVERRIDES = {"no": "nb"}

_SUBTAG = re.compile(r"^[a-z]{2,3}$")
_TAG_SHAPE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")


class InvalidLanguageTagError(InvalidReferenceError):
    """A string is not a usable BCP-47 / ISO 639 language tag."""


def _clean(tag: str) -> str:
    if not isinstance(tag, str):
        raise InvalidLanguageTagError(f"language tag must be a string, got {type(tag).__name__}")
    text = tag.strip().replace("_", "-")
    if not _TAG_SHAPE.match(text):
        raise InvalidLanguageTagError(
            f"{tag!r} is not a language tag (expected e.g. 'en', 'eng', 'zh-Hant', 'eng_Latn')"
        )
    return text


@lru_cache(maxsize=4096)
def canonical_language(tag: str) -> str:
    """The canonical language key of ``tag``: ``"eng_Latn"`` -> ``"en"``, ``"cmn"`` -> ``"zh"``.

    Raises `InvalidLanguageTagError` (an `InvalidReferenceError` and `ValueError`) when the tag
    cannot be parsed or names no language (``und``, ``zxx``, ...).
    """
    import langcodes  # local: keep module import cheap for pipeline workers

    text = _clean(tag)
    try:
        standard = langcodes.standardize_tag(text, macro=True)
        parsed = langcodes.Language.get(standard)
    except (ValueError, LookupError) as exc:
        raise InvalidLanguageTagError(f"{tag!r} is not a parseable language tag ({exc})") from None
    language = parsed.language
    if language in _NOT_A_LANGUAGE or standard in _NOT_A_LANGUAGE:
        raise InvalidLanguageTagError(f"{tag!r} names no particular language")
    if language is None or not parsed.is_valid() or not _SUBTAG.match(language):
        raise InvalidLanguageTagError(
            f"{tag!r} is not a valid language tag: its language subtag is not a registered "
            "ISO 639 code"
        )
    return _POLICY_OVERRIDES.get(language, language)


def is_canonical_language(key: str) -> bool:
    """True when ``key`` is already a canonical language key."""
    try:
        return canonical_language(key) == key
    except InvalidLanguageTagError:
        return False


@lru_cache(maxsize=4096)
def language_name(key: str) -> str:
    """English name of a language key (``"sw"`` -> ``"Swahili"``); the key itself if unnamed.

    Keys of the shipped references and of lid.176 are named from a generated table
    (`language_names.NAMES`); the language database is asked only for the others.
    """
    from datacensus.codes.language_names import NAMES

    return NAMES.get(key) or computed_language_name(key)


def computed_language_name(key: str) -> str:
    """`language_name` asked of the language database (langcodes)."""
    import langcodes

    try:
        parsed = langcodes.Language.get(_clean(key))
    except (InvalidLanguageTagError, ValueError, LookupError):
        return key
    name = str(parsed.display_name("en"))
    return key if name.startswith("Unknown language") else name


def script_of(tag: str) -> str | None:
    """The script subtag written in ``tag`` (``"zh_Hant"`` -> ``"Hant"``), else None.

    Only an explicit script is returned; none is inferred from the language.
    """
    import langcodes

    try:
        parsed = langcodes.Language.get(_clean(tag), normalize=False)
    except (InvalidLanguageTagError, ValueError, LookupError):
        return None
    return parsed.script
