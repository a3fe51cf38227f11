"""Plain words for the names the result uses: dimensions, unknown reasons, ratios.

Every renderer (HTML, Markdown, console, card) labels through these, so a reader never sees
``url_country``, ``language|country`` or ``too_short`` and a ratio rounds the same everywhere.
"""

from __future__ import annotations

UNITS = {"documents": "documents", "chars": "characters", "tokens": "tokens"}

#: Dimension names the analysers produce, in words.
DIMENSION_NAMES = {
    "language": "language",
    "country": "country",
    "url_country": "country (from URLs)",
    "region": "world region",
    "subregion": "world subregion",
}

#: Why a row has no slice, in words (the reason part of an unknown key).
REASONS = {
    "empty": "empty or whitespace-only value",
    "low_confidence": "language identification below the confidence threshold",
    "too_short": "text too short to identify its language",
    "no_script": "no letters to identify a language from",
    "unchecked": "not checked by the language identifier",
    "missing": "no value in the column",
    "null": "no value in the column",
    "unmapped": "a value that could not be mapped to a known code",
    "unparseable": "a value that could not be parsed",
    "no_url": "no URL",
    "no_host": "a URL without a host name",
    "ip_address": "a URL with an IP address instead of a name",
    "no_tld": "a host name without a top-level domain",
    "generic_tld": "a generic domain (.com, .org, …) that names no country",
    "vanity_tld": "a country domain sold worldwide (.io, .tv, …)",
    "non_country_tld": "a top-level domain of no country",
    "unknown_tld": "an unknown top-level domain",
    "no_m49_region": "a country outside the UN M49 regions",
    "bad_json": "a row that is not valid JSON",
}


def unit(weight: str) -> str:
    """What a weight counts, in words: 'chars' -> 'characters'."""
    return UNITS.get(weight, weight)


def dimension_label(name: str) -> str:
    """'url_country' -> 'country (from URLs)'; 'language|country' -> 'language × country';
    'language~x' (a lens) -> 'language — compared with x'."""
    lens_dim, tilde, lens = name.partition("~")
    if tilde and lens_dim:
        return f"{dimension_label(lens_dim)} — compared with {lens}"
    base, sep, weight = name.rpartition("@")
    if not (sep and base):
        base, weight = name, ""
    parts = [DIMENSION_NAMES.get(p, p.replace("_", " ")) for p in base.split("|")]
    text = " × ".join(parts)
    return f"{text} — weighted by {unit(weight)}" if weight else text


def reason_label(reason: str) -> str:
    """'vanity_tld=io' -> 'a country domain sold worldwide (.io, .tv, …): io'."""
    name, sep, raw = reason.partition("=")
    words = REASONS.get(name, name.replace("_", " "))
    return f"{words}: {raw}" if sep and raw else words


def fold(ratio: float | None) -> str:
    """Times over or under: 0.116 -> '8.6× under', 2.48 -> '2.5× over', 0.008 -> '125× under'.

    Two significant digits below 10, whole numbers above: the one rounding of "N×" in the HTML,
    the console, the Markdown and the card. 1 (or rounding to 1.0) reads 'as expected'.
    """
    if ratio is None or ratio != ratio:
        return "—"
    if ratio <= 0:
        return "absent"
    factor = 1 / ratio if ratio < 1 else ratio
    text = f"{factor:.2g}" if factor < 9.95 else f"{factor:,.0f}"
    if text in ("1", "1.0"):
        return "as expected"
    return f"{text}× {'under' if ratio < 1 else 'over'}"


def times(ratio: float | None) -> str:
    """A ratio as a multiplier with the same rounding as `fold`: 0.116 -> '×0.12', 8.6 -> '×8.6'."""
    if ratio is None or ratio != ratio:
        return "—"
    if ratio == 0:
        return "×0"
    if ratio >= 9.95:
        return f"×{ratio:,.0f}"
    return f"×{ratio:.2g}"


def dim_id(name: str) -> str:
    """HTML id of a dimension's section: 'language@chars' -> 'dim-language-chars'."""
    return "dim-" + "".join(ch if ch.isalnum() else "-" for ch in name)
