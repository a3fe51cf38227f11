"""Country lookups: names and codes -> ISO 3166-1 alpha-2, UN M49 regions, ccTLDs.

The tables are the shipped ``reference_distributions/lookups/*.csv`` (built by
scripts/build_references.py from CLDR, the IANA registry and the Public Suffix List), read
lazily once per process.
"""

from __future__ import annotations

import csv
import importlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

_PUNCT = re.compile(r"[\s\-_.,()\[\]/]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def alias_key(text: str) -> str:
    """The form a country name or code is matched in: ``"Côte d’Ivoire"`` -> ``"cote d'ivoire"``.

    Case-folded, accents stripped, punctuation runs collapsed to one space, a leading "the "
    dropped.
    """
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_QUOTES))
    bare = "".join(ch for ch in folded if not unicodedata.combining(ch))
    key = _PUNCT.sub(" ", bare).strip()
    return key.removeprefix("the ")


@dataclass(frozen=True)
class Country:
    """One row of ``lookups/countries.csv``."""

    alpha2: str
    alpha3: str
    numeric: str
    name: str
    subregion: str
    subregion_name: str
    region: str
    region_name: str


def _lookups() -> Path:
    from datacensus.datafiles import reference_dir

    return reference_dir() / "lookups"


def _rows(name: str) -> list[dict[str, str]]:
    with (_lookups() / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _countries() -> dict[str, Country]:
    return {row["alpha2"]: Country(**row) for row in _rows("countries.csv")}


@cache
def _aliases() -> dict[str, str]:
    return {row["alias"]: row["alpha2"] for row in _rows("country-aliases.csv")}


@cache
def _cctlds() -> dict[str, str | None]:
    return {row["tld"]: (row["alpha2"] or None) for row in _rows("cctld.csv")}


@cache
def _m49_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in _countries().values():
        if country.subregion:
            names[country.subregion] = country.subregion_name
            names[country.region] = country.region_name
    return names


def country_codes() -> frozenset[str]:
    """Every valid country key: ISO 3166-1 alpha-2 codes in use, plus XK (Kosovo)."""
    return frozenset(_countries())


def is_country(code: str) -> bool:
    """True when ``code`` is a valid country key (upper-case alpha-2)."""
    return code in _countries()


def country(alpha2: str) -> Country | None:
    """The lookup row of an alpha-2 code, or None."""
    return _countries().get(alpha2)


def country_name(alpha2: str) -> str:
    """English (CLDR) name of a country key, or of an M49 code; the code itself if unknown."""
    row = _countries().get(alpha2)
    if row is not None:
        return row.name
    return _m49_names().get(alpha2, alpha2)


@cache
def m49_codes(level: str) -> frozenset[str]:
    """The UN M49 codes of ``level`` ("subregion" or "region") that contain some country."""
    rows = _countries().values()
    return frozenset(r.subregion if level == "subregion" else r.region for r in rows if r.region)


def m49_name(code: str) -> str:
    """UN M49 English name of a region or subregion code such as ``"014"``; else the code."""
    return _m49_names().get(code, code)


@lru_cache(maxsize=65536)  # datasets repeat a few spellings millions of times
def normalise_country(value: str | int | None) -> str | None:
    """Alpha-2 code for an alpha-2, alpha-3 or numeric code or an English name; else None.

    Case and accents are ignored (``"kenya"``, ``"KEN"``, ``"404"``, ``"Côte d'Ivoire"``).
    Names in other languages are looked up in CLDR's multilingual name data as a fallback.
    """
    if value is None:
        return None
    if isinstance(value, int):
        value = f"{value:03d}"
    key = alias_key(str(value))
    if not key:
        return None
    if key.isdigit():
        key = key.zfill(3)
    found = _aliases().get(key)
    if found is None and not (key.isascii() and len(key) <= 3):
        found = _multilingual_name(str(value).strip())
    return found


@cache
def _multilingual_name(text: str) -> str | None:
    """Exact (never prefix) match of a name in any CLDR language, if it is a country."""
    from language_data.names import normalize_name

    trie = _multilingual_trie()
    name = normalize_name(text)
    if name not in trie:
        return None
    code: str = trie[name][0].decode("utf-8")
    return code if code in _countries() else None


@cache
def _multilingual_trie() -> Any:
    from language_data.util import data_filename

    marisa_trie = importlib.import_module("marisa_trie")  # no type stubs; a langcodes dependency
    trie = marisa_trie.BytesTrie()
    trie.load(data_filename("trie/und/name_to_territory.marisa"))
    return trie


def m49_of(alpha2: str) -> tuple[str, str, str, str] | None:
    """``(subregion_code, subregion_name, region_code, region_name)`` of a country.

    None for an unknown code and for Antarctica (AQ), which M49 places in no region.
    """
    row = _countries().get(alpha2)
    if row is None or not row.subregion:
        return None
    return (row.subregion, row.subregion_name, row.region, row.region_name)


def country_of_cctld(tld: str) -> str | None:
    """Alpha-2 code of a country-code TLD (``"uk"``, ``".KE"``); None if not a country's."""
    return _cctlds().get(tld.strip().lstrip(".").lower())


def cctlds() -> dict[str, str | None]:
    """Every two-letter TLD of the Public Suffix List -> its country (None: no country)."""
    return dict(_cctlds())
