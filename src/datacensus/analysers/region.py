"""Country of each row: from a country column or a URL's ccTLD, with UN M49 rollups.

Work is vectorised: hosts and TLDs are extracted with Polars string expressions, and the Python
lookups run once per *distinct* value (a few hundred TLDs), never once per row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import polars as pl

from datacensus.codes.countries import cctlds, m49_of, normalise_country
from datacensus.errors import InputError
from datacensus.schema import UNKNOWN_PREFIX, unknown_key

#: ccTLDs sold worldwide as vanity domains: weak evidence of a country. Counted apart under
#: ``?vanity_tld=<tld>`` unless the caller includes them.
VANITY_TLDS = frozenset(
    {"ai", "cc", "co", "fm", "gg", "io", "la", "ly", "me", "nu", "sh", "tk", "to", "tv", "vc", "ws"}
)

#: Longest raw value kept in an ``?unmapped=<raw>`` key.
MAX_RAW = 40

# scheme (optional) // (optional) userinfo@ (optional) HOST — host ends at : / ? # or space.
_HOST = r"^(?:[A-Za-z][A-Za-z0-9+.\-]*://)?(?:[^@/?#\s]*@)?([^:/?#\s]*)"
_IP_HOST = r"^(?:[0-9.]+|\[.*)$"
# "U.K.", "U. S. A.": dotted initials, read as the code they spell.
_INITIALS = re.compile(r"^(?:[A-Za-z]\.\s?){2,3}$")


@dataclass(frozen=True)
class CountryFromColumn:
    """Reads country codes or names (alpha-2, alpha-3, numeric, English, any case)."""

    column: str
    rollups: bool = True

    @property
    def dimensions(self) -> tuple[str, ...]:
        return ("country", "subregion", "region") if self.rollups else ("country",)

    @property
    def columns(self) -> tuple[str, ...]:
        return (self.column,)

    def keys(self, frame: pl.DataFrame) -> pl.DataFrame:
        raw = _as_strings(frame, self.column)
        mapping = {v: _country_key(v) for v in raw.unique().to_list() if v is not None}
        country = raw.replace_strict(mapping, default=unknown_key("empty"), return_dtype=pl.String)
        return _with_rollups(country.alias("country"), self.rollups)


@dataclass(frozen=True)
class CountryFromUrl:
    """Country from a URL's top-level domain: ``.uk`` -> GB, ``.рф`` -> RU, ``.com`` -> unknown.

    Unknown reasons: ``no_url``, ``no_host``, ``ip_address``, ``no_tld``, ``generic_tld``,
    ``non_country_tld=<tld>`` (``.eu``, ``.su``), ``unknown_tld=<tld>`` and, unless
    ``include_vanity``, ``vanity_tld=<tld>`` for ccTLDs sold as vanity domains (VANITY_TLDS).
    """

    column: str
    dimension: str = "country"
    include_vanity: bool = False
    rollups: bool = True

    @property
    def dimensions(self) -> tuple[str, ...]:
        if self.rollups:
            return (self.dimension, "subregion", "region")
        return (self.dimension,)

    @property
    def columns(self) -> tuple[str, ...]:
        return (self.column,)

    def keys(self, frame: pl.DataFrame) -> pl.DataFrame:
        country = url_countries(_as_strings(frame, self.column), self.include_vanity)
        return _with_rollups(country.alias(self.dimension), self.rollups)


def url_countries(urls: pl.Series, include_vanity: bool = False) -> pl.Series:
    """Per-URL country key (alpha-2) or ``?reason`` key; vectorised over the Series."""
    parts = pl.DataFrame({"url": urls.cast(pl.String)}).select(
        pl.col("url").str.strip_chars().alias("url"),
        pl.col("url")
        .str.strip_chars()
        .str.extract(_HOST, 1)
        .str.to_lowercase()
        .str.strip_chars_end(".")
        .alias("host"),
    )
    parts = parts.with_columns(
        pl.col("host").str.extract(r"([^.]+)$", 1).alias("tld"),
        pl.col("host").str.contains(".", literal=True).alias("dotted"),
    )
    tlds = parts["tld"].drop_nulls().unique().to_list()
    mapping = {t: _tld_key(t, include_vanity) for t in tlds}
    by_tld = pl.col("tld").replace_strict(mapping, default=None, return_dtype=pl.String)
    # A bare TLD as host ("https://xn--p1ai/") counts only when it is a ccTLD.
    bare = {t: k for t, k in mapping.items() if not k.startswith(UNKNOWN_PREFIX)}
    by_bare = pl.col("tld").replace_strict(
        bare, default=unknown_key("no_tld"), return_dtype=pl.String
    )
    key = (
        pl.when(pl.col("url").is_null() | (pl.col("url") == ""))
        .then(pl.lit(unknown_key("no_url")))
        .when(pl.col("host").is_null() | (pl.col("host") == ""))
        .then(pl.lit(unknown_key("no_host")))
        .when(pl.col("host").str.contains(_IP_HOST))
        .then(pl.lit(unknown_key("ip_address")))
        .when(~pl.col("dotted"))
        .then(by_bare)
        .otherwise(by_tld)
    )
    return parts.select(key.alias("country")).to_series()


@lru_cache(maxsize=4096)
def _tld_key(tld: str, include_vanity: bool) -> str:
    """Key for one TLD (lower case, A-label or U-label)."""
    ascii_tld = tld
    if not tld.isascii():
        try:
            ascii_tld = tld.encode("idna").decode("ascii")
        except UnicodeError:
            return unknown_key("unknown_tld", tld[:MAX_RAW])
    table = cctlds()
    if ascii_tld in table:  # two-letter and internationalised (xn--...) ccTLDs
        code = table[ascii_tld]
        if code is None:
            return unknown_key("non_country_tld", tld)
        if ascii_tld in VANITY_TLDS and not include_vanity:
            return unknown_key("vanity_tld", ascii_tld)
        return code
    if len(ascii_tld) == 2 and ascii_tld.isalpha():
        return unknown_key("unknown_tld", ascii_tld)
    return unknown_key("generic_tld")


def _as_strings(frame: pl.DataFrame, column: str) -> pl.Series:
    series = frame.get_column(column)
    if isinstance(series.dtype, pl.List | pl.Struct | pl.Array):
        raise InputError(
            f"column {column!r}: expected one country code, name or URL per row, "
            f"found {series.dtype}"
        )
    return series.cast(pl.String)


@lru_cache(maxsize=65536)
def _country_key(value: str) -> str:
    text = value.strip()
    if not text:
        return unknown_key("empty")
    code = normalise_country(text)
    if code is None and _INITIALS.match(text):
        code = normalise_country(re.sub(r"[.\s]", "", text))
    return code if code is not None else unknown_key("unmapped", text[:MAX_RAW])


def _with_rollups(country: pl.Series, rollups: bool) -> pl.DataFrame:
    if not rollups:
        return country.to_frame()
    uniques = country.unique().drop_nulls().to_list()
    sub = {k: _rollup(k, 0) for k in uniques}
    reg = {k: _rollup(k, 2) for k in uniques}
    return pl.DataFrame(
        {
            country.name: country,
            "subregion": country.replace_strict(sub, return_dtype=pl.String),
            "region": country.replace_strict(reg, return_dtype=pl.String),
        }
    )


def _rollup(key: str, index: int) -> str:
    """M49 code at ``index`` of m49_of; an unknown country stays unknown for the same reason."""
    if key.startswith(UNKNOWN_PREFIX):
        return key
    found = m49_of(key)
    return found[index] if found is not None else unknown_key("no_m49_region", key)
