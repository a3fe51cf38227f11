"""Regenerate every file in reference_distributions/ from pinned, installed packages, offline.

Sources (all read from installed package files, no network):
  * Unicode CLDR ``supplementalData.xml`` as packaged in ``language_data``: territory populations,
    language population percentages, writing percentages, territory containment (UN M49),
    ISO 3166 alpha-3 / numeric code mappings.
  * IANA language subtag registry as packaged in ``language_data``: which region subtags are
    ISO 3166-1 codes in use (not deprecated, not private use).
  * CLDR English territory names through ``langcodes`` / ``language_data``.
  * The Public Suffix List bundled in ``publicsuffixlist``: the two-letter (country-code) TLDs.

Usage:
  python scripts/build_references.py            # rewrite reference_distributions/
  python scripts/build_references.py --check    # exit 1 if shipped files differ from a rebuild
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import tomli_w

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "reference_distributions"
#: Committed extracts of fetched public data, read by the derive stage.
SOURCES = OUT / "sources"

try:  # the package may not be installed when the script runs from a bare checkout
    from datacensus.codes.countries import alias_key
    from datacensus.codes.languages import canonical_language, language_name
    from datacensus.errors import InvalidReferenceError
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(REPO / "src"))
    from datacensus.codes.countries import alias_key
    from datacensus.codes.languages import canonical_language, language_name
    from datacensus.errors import InvalidReferenceError

#: Bump when the derivation changes; recorded as the version of every generated file.
BUILD_VERSION = "1"
#: The date the derivation was last reviewed against its sources. Kept constant (not "today")
#: so that a rebuild is byte-for-byte reproducible.
DERIVED = "2026-11-21"

CLDR_LICENCE = "Unicode-3.0 (Unicode License v3); see LICENSES/Unicode-3.0.txt"
PSL_LICENCE = "MPL-2.0 (Mozilla Public License 2.0); see LICENSES/MPL-2.0.txt"
CLDR_CITATION = (
    "Unicode Common Locale Data Repository (CLDR), supplementalData.xml <territoryInfo> and "
    "<territoryContainment>, Copyright © 1991-2025 Unicode, Inc., as packaged in the Python "
    "package language_data {ld} (MIT-licensed code, CLDR data under the Unicode licence)."
)
CLDR_URL = "https://cldr.unicode.org/"
CLDR_TERRITORY_DOC = (
    "https://www.unicode.org/cldr/charts/latest/supplemental/territory_language_information.html"
)

#: ISO 3166-1 codes that the ISO 3166 Maintenance Agency lists as *exceptionally reserved*, and
#: registry groupings. CLDR gives some of them a population, but each is a part of an assigned
#: country whose CLDR population already includes it (e.g. Canary Islands IC in ES), so they
#: are dropped rather than added, to avoid counting people twice.
EXCEPTIONALLY_RESERVED = {
    "AC": "SH",  # Ascension Island
    "CP": "FR",  # Clipperton Island
    "CQ": "GG",  # Sark
    "DG": "IO",  # Diego Garcia
    "EA": "ES",  # Ceuta and Melilla
    "IC": "ES",  # Canary Islands
    "TA": "SH",  # Tristan da Cunha
}
NOT_COUNTRIES = {"EU", "EZ", "UN", "UK", "FX"}
#: User-assigned code kept as a country: Kosovo, used by CLDR, the EU and the IMF.
KOSOVO = "XK"
#: "// xn--mgbaam7a8h ("Emerat", Arabic) : AE" in the ICANN section of the Public Suffix List.
IDN_COMMENT = re.compile(r"^//\s*(xn--[a-z0-9-]+)\s.*:\s*([A-Z]{2})\s*$")
IDN_EU_NOTE = "European Union (internationalised), not a country"
#: ccTLDs whose country code differs from the TLD, or that belong to no current country.
CCTLD_EXCEPTIONS: dict[str, tuple[str, str]] = {
    "uk": ("GB", "ISO 3166-1 code of the United Kingdom is GB"),
    "ac": ("SH", "Ascension Island, part of Saint Helena, Ascension and Tristan da Cunha"),
    "eu": ("", "European Union: a region, not a country"),
    "su": ("", "Soviet Union: no current country"),
}

#: UN M49 English names (UNSD, "Standard country or area codes for statistical use",
#: https://unstats.un.org/unsd/methodology/m49/). CLDR's own English names differ for a few
#: (e.g. "Southeast Asia"); the build checks that CLDR containment uses exactly these codes.
M49_REGIONS = {
    "002": "Africa",
    "009": "Oceania",
    "019": "Americas",
    "142": "Asia",
    "150": "Europe",
}
M49_SUBREGIONS = {
    "005": "South America",
    "011": "Western Africa",
    "013": "Central America",
    "014": "Eastern Africa",
    "015": "Northern Africa",
    "017": "Middle Africa",
    "018": "Southern Africa",
    "021": "Northern America",
    "029": "Caribbean",
    "030": "Eastern Asia",
    "034": "Southern Asia",
    "035": "South-eastern Asia",
    "039": "Southern Europe",
    "053": "Australia and New Zealand",
    "054": "Melanesia",
    "057": "Micronesia",
    "061": "Polynesia",
    "143": "Central Asia",
    "145": "Western Asia",
    "151": "Eastern Europe",
    "154": "Northern Europe",
    "155": "Western Europe",
}
M49_NAMES = {**M49_REGIONS, **M49_SUBREGIONS}

#: Common English names that neither CLDR nor the IANA registry lists (curated here; each is
#: an ISO 3166-1 formal name, a former name, or a constituent country of the United Kingdom).
CURATED_ALIASES = {
    "united states of america": "US",
    "united kingdom of great britain and northern ireland": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "republic of korea": "KR",
    "korea republic of": "KR",
    "democratic people's republic of korea": "KP",
    "korea democratic people's republic of": "KP",
    "democratic republic of the congo": "CD",
    "dr congo": "CD",
    "drc": "CD",
    "republic of the congo": "CG",
    "cote d'ivoire": "CI",
    "holland": "NL",
    "the netherlands": "NL",
    "macedonia": "MK",
    "east timor": "TL",
    "cape verde": "CV",
    "vatican": "VA",
    "holy see": "VA",
    "palestine": "PS",
    "state of palestine": "PS",
    "the gambia": "GM",
    "the bahamas": "BS",
    "uae": "AE",
    "lao pdr": "LA",
    "iran islamic republic of": "IR",
    "syrian arab republic": "SY",
    "russian federation": "RU",
    "viet nam": "VN",
    "brunei darussalam": "BN",
    "bolivia plurinational state of": "BO",
    "venezuela bolivarian republic of": "VE",
    "tanzania united republic of": "TZ",
    "moldova republic of": "MD",
    "micronesia federated states of": "FM",
    "turkey": "TR",
    "czech republic": "CZ",
    "swaziland": "SZ",
    "burma": "MM",
}


# ----------------------------------------------------------------------------- sources


@dataclass
class Sources:
    supplemental: Path
    registry: Path
    psl: Path
    versions: dict[str, str]
    hashes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def locate(cls) -> Sources:
        import language_data
        import publicsuffixlist

        ld = Path(language_data.__file__).parent / "data"
        psl = Path(publicsuffixlist.__file__).parent / "public_suffix_list.dat"
        versions = {
            name: metadata.version(name)
            for name in ("language_data", "langcodes", "publicsuffixlist")
        }
        src = cls(ld / "supplementalData.xml", ld / "language-subtag-registry.txt", psl, versions)
        for label, path in (
            ("language_data/data/supplementalData.xml", src.supplemental),
            ("language_data/data/language-subtag-registry.txt", src.registry),
            ("publicsuffixlist/public_suffix_list.dat", src.psl),
        ):
            src.hashes[label] = hashlib.sha256(path.read_bytes()).hexdigest()
        return src


def iso_countries(registry: Path) -> dict[str, str]:
    """Alpha-2 -> IANA description for ISO 3166-1 codes in use (plus XK)."""
    out: dict[str, str] = {}
    for record in registry.read_text(encoding="utf-8").split("%%"):
        fields: dict[str, str] = {}
        for line in record.strip().splitlines():
            name, sep, value = line.partition(": ")
            if sep and name not in fields:
                fields[name] = value.strip()
        code = fields.get("Subtag", "")
        if fields.get("Type") != "region" or len(code) != 2 or "Deprecated" in fields:
            continue
        if fields.get("Description") == "Private use" and code != KOSOVO:
            continue
        if code in EXCEPTIONALLY_RESERVED or code in NOT_COUNTRIES:
            continue
        out[code] = fields["Description"]
    if KOSOVO not in out:
        out[KOSOVO] = "Kosovo"
    return out


@dataclass
class Cldr:
    population: dict[str, int]  # territory -> population
    literacy: dict[str, float]  # territory -> literacy percent
    languages: dict[str, list[dict[str, str]]]  # territory -> languagePopulation attributes
    containment: dict[str, list[str]]  # group -> members (non-grouping, non-deprecated)
    alpha3: dict[str, str]
    numeric: dict[str, str]


def read_cldr(path: Path) -> Cldr:
    root = ET.parse(path).getroot()
    population: dict[str, int] = {}
    literacy: dict[str, float] = {}
    languages: dict[str, list[dict[str, str]]] = {}
    for territory in root.iterfind("./territoryInfo/territory"):
        code = territory.attrib["type"]
        population[code] = int(territory.attrib["population"])
        literacy[code] = float(territory.attrib.get("literacyPercent", "100"))
        languages[code] = [dict(lp.attrib) for lp in territory.iterfind("languagePopulation")]
    containment: dict[str, list[str]] = defaultdict(list)
    for group in root.iterfind("./territoryContainment/group"):
        if group.attrib.get("status") in {"grouping", "deprecated"}:
            continue
        if group.attrib.get("grouping") == "true":
            continue
        containment[group.attrib["type"]].extend(group.attrib["contains"].split())
    alpha3: dict[str, str] = {}
    numeric: dict[str, str] = {}
    for mapping in root.iterfind("./codeMappings/territoryCodes"):
        code = mapping.attrib["type"]
        if "alpha3" in mapping.attrib:
            alpha3[code] = mapping.attrib["alpha3"]
        if "numeric" in mapping.attrib:
            numeric[code] = mapping.attrib["numeric"]
    return Cldr(population, literacy, languages, dict(containment), alpha3, numeric)


def territory_name(code: str) -> str:
    import langcodes

    return str(langcodes.Language.get(f"und-{code}").territory_name("en"))


# ----------------------------------------------------------------------------- derivation


def language_territory(
    cldr: Cldr, countries: Iterable[str]
) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], float], list[str]]:
    """(language, country) -> speakers, and -> writers, with notes on what was folded.

    CLDR lists script variants of one language separately (``sr`` and ``sr_Latn`` in RS, 99%
    each): they describe the same people, so within a country the largest is taken. Distinct
    codes that fold to one key (a macrolanguage and its member) are different people: summed.
    """
    speakers: dict[tuple[str, str], float] = defaultdict(float)
    writers: dict[tuple[str, str], float] = defaultdict(float)
    folded: set[str] = set()
    skipped: set[str] = set()
    for country in sorted(countries):
        per_code_speak: dict[str, float] = defaultdict(float)
        per_code_write: dict[str, float] = defaultdict(float)
        for attrs in cldr.languages.get(country, []):
            code = attrs["type"].split("_")[0]
            share = float(attrs.get("populationPercent", "0")) / 100
            spoken = cldr.population[country] * share
            if "writingPercent" in attrs:
                write_share = float(attrs["writingPercent"]) / 100
            elif "literacyPercent" in attrs:
                write_share = float(attrs["literacyPercent"]) / 100
            else:
                write_share = cldr.literacy[country] / 100
            per_code_speak[code] = max(per_code_speak[code], spoken)
            per_code_write[code] = max(per_code_write[code], spoken * write_share)
        for code in per_code_speak:
            try:
                key = canonical_language(code)
            except InvalidReferenceError:  # "und": CLDR's population of unknown language
                skipped.add(f"{code} in {country}")
                continue
            if key != code:
                folded.add(f"{code}->{key}")
            speakers[(key, country)] += per_code_speak[code]
            writers[(key, country)] += per_code_write[code]
    notes = [f"codes folded to canonical keys: {', '.join(sorted(folded))}"] if folded else []
    if skipped:
        notes.append(f"entries naming no language, left out: {', '.join(sorted(skipped))}")
    return dict(speakers), dict(writers), notes


def m49_membership(cldr: Cldr, countries: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Country -> (subregion code, region code) from CLDR territory containment."""
    parent: dict[str, str] = {}
    for group, members in cldr.containment.items():
        for member in members:
            parent.setdefault(member, group)
    out: dict[str, tuple[str, str]] = {}
    for country in countries:
        sub = parent.get(country, "")
        if sub == "QO" or not sub.isdigit():  # Outlying Oceania (AQ): no M49 region
            out[country] = ("", "")
            continue
        region = parent.get(sub, "")
        if sub not in M49_SUBREGIONS or region not in M49_REGIONS:
            raise SystemExit(f"{country}: subregion {sub} has no M49 region (found {region!r})")
        out[country] = (sub, region)
    return out


# ----------------------------------------------------------------------------- writing


@dataclass
class Output:
    name: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


def share_rows(
    counts: Mapping[str, float], names: Mapping[str, str] | None = None
) -> list[tuple[str, ...]]:
    """Rows ``key[, name], share, count`` sorted by count descending, then key; zeros dropped."""
    rounded = {k: round(v) for k, v in counts.items() if round(v) > 0}
    total = sum(rounded.values())
    rows = []
    for key, value in sorted(rounded.items(), key=lambda kv: (-kv[1], kv[0])):
        share = repr(value / total)
        rows.append((key, names[key], share, str(value)) if names else (key, share, str(value)))
    return rows


def csv_text(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def toml_text(top: Mapping[str, Any], tables: Mapping[str, Mapping[str, Any]]) -> str:
    """``top`` keys, then each table; a table name ``a.b`` is the sub-table ``b`` of ``a``."""
    document: dict[str, Any] = dict(top)
    for name, entries in tables.items():
        node = document
        for part in name.split("."):
            node = node.setdefault(part, {})
        node.update(entries)
    return tomli_w.dumps(document, indent=4)


def sidecar(src: Sources, *, used: Sequence[str], rows: int, **fields: Any) -> str:
    top = {"version": f"{BUILD_VERSION}", "derived": DERIVED, **fields, "rows": rows}
    tables = {
        "build.packages": {k: v for k, v in src.versions.items() if k in used},
        "build.source_sha256": {k: v for k, v in src.hashes.items() if k.split("/")[0] in used},
    }
    tables["build"] = {"script": "scripts/build_references.py"}
    ordered = {"build": tables["build"], **{k: v for k, v in tables.items() if k != "build"}}
    return toml_text(top, ordered)


def build(src: Sources, sources: Path = SOURCES) -> list[Output]:
    cldr = read_cldr(src.supplemental)
    iso = iso_countries(src.registry)
    names = {code: territory_name(code) for code in iso}
    ld_cite = CLDR_CITATION.format(ld=src.versions["language_data"])
    cldr_pkgs = ("language_data", "langcodes")
    outputs: list[Output] = []

    def emit(name: str, header: Sequence[str], rows: list[tuple[str, ...]], **fields: Any) -> None:
        used = fields.pop("used", cldr_pkgs)
        outputs.append(Output(f"{name}.csv", csv_text(header, rows)))
        text = sidecar(src, used=used, rows=len(rows), name=name, **fields)
        outputs.append(Output(f"{name}.toml", text, {"rows": len(rows), **fields}))

    # ---- languages
    speakers, writers, fold_notes = language_territory(cldr, iso)
    lang_speakers: dict[str, float] = defaultdict(float)
    lang_writers: dict[str, float] = defaultdict(float)
    for (lang, _), value in speakers.items():
        lang_speakers[lang] += value
    for (lang, _), value in writers.items():
        lang_writers[lang] += value
    lang_names = {k: language_name(k) for k in lang_speakers}
    common_lang_caveats = [
        "CLDR language populations are estimates compiled from many sources of different years "
        "and quality; small languages are often missing or rounded to 0.",
        "Counts are of functional speakers (first or second language), so one person who speaks "
        "two languages is counted twice: a share is a share of speaker-language pairs, not of "
        "people.",
        "Sign languages have no population data in CLDR and are absent.",
        "Exceptionally reserved ISO codes (AC, CP, CQ, DG, EA, IC, TA) are dropped: their "
        "population is already part of the parent country in CLDR.",
    ]
    lang_method = (
        "For each country (ISO 3166-1 alpha-2 in use, plus XK) and each languagePopulation entry: "
        "speakers = territory population x populationPercent / 100. Language codes are folded to "
        "datacensus canonical keys (datacensus.languages.canonical_language); script variants of "
        "one code in one country (sr, sr_Latn) take the maximum, distinct codes folding to one "
        "key are summed. Summed over countries, rounded to integers, zero rows dropped; share = "
        "speakers / total."
    )
    emit(
        "world-speakers",
        ("key", "name", "share", "speakers"),
        share_rows(lang_speakers, lang_names),
        title="World languages by number of speakers (first or second language)",
        dimension="language",
        source=ld_cite,
        url=CLDR_TERRITORY_DOC,
        licence=CLDR_LICENCE,
        method=lang_method,
        caveats=common_lang_caveats,
        notes=fold_notes,
    )
    emit(
        "world-writers",
        ("key", "name", "share", "writers"),
        share_rows(lang_writers, {k: language_name(k) for k in lang_writers}),
        title="World languages by writing population",
        dimension="language",
        source=ld_cite,
        url=CLDR_TERRITORY_DOC,
        licence=CLDR_LICENCE,
        method=lang_method.replace("speakers = ", "writers = ").replace(
            "populationPercent / 100",
            "populationPercent / 100 x (writingPercent, else the language's literacyPercent, else "
            "the territory's literacyPercent) / 100",
        ),
        caveats=[
            *common_lang_caveats,
            "CLDR writing populations are often overestimates: literacy in a country is applied "
            "to each language spoken there, although many people write a different language "
            "from the one they speak.",
        ],
        notes=fold_notes,
    )
    joint_names = {
        f"{lang}|{country}": f"{lang_names[lang]} in {names[country]}"
        for (lang, country) in speakers
    }
    emit(
        "language-territory",
        ("key", "name", "share", "speakers"),
        share_rows({f"{lang}|{c}": v for (lang, c), v in speakers.items()}, joint_names),
        title="Speakers per (language, country) pair",
        dimension="language|country",
        source=ld_cite,
        url=CLDR_TERRITORY_DOC,
        licence=CLDR_LICENCE,
        method=lang_method.replace("Summed over countries, rounded", "Kept per country, rounded"),
        caveats=common_lang_caveats,
        notes=fold_notes,
    )

    # ---- countries and M49 regions
    pop = {c: float(cldr.population[c]) for c in iso if c in cldr.population}
    missing = sorted(set(iso) - set(pop))
    pop_caveats = [
        "CLDR territory populations are recent estimates of differing years, mostly from the "
        "CIA World Factbook via CLDR; they are not an official UN series.",
        "Exceptionally reserved ISO codes (AC, CP, CQ, DG, EA, IC, TA) are dropped: their "
        "population is already part of the parent country in CLDR.",
        "XK (Kosovo) is a user-assigned code, kept because CLDR, the EU and the IMF use it.",
    ]
    pop_notes = [f"ISO 3166-1 codes without a CLDR population: {', '.join(missing)}"] * bool(
        missing
    )
    emit(
        "world-population",
        ("key", "name", "share", "population"),
        share_rows(pop, names),
        title="World population by country (ISO 3166-1 alpha-2)",
        dimension="country",
        source=ld_cite,
        url=CLDR_TERRITORY_DOC,
        licence=CLDR_LICENCE,
        method="CLDR territoryInfo population per ISO 3166-1 alpha-2 code in use (IANA language "
        "subtag registry: region subtags that are neither deprecated nor private use, minus the "
        "exceptionally reserved codes), plus XK; share = population / total.",
        caveats=pop_caveats,
        notes=pop_notes,
    )
    membership = m49_membership(cldr, iso)
    sub_pop: dict[str, float] = defaultdict(float)
    reg_pop: dict[str, float] = defaultdict(float)
    for country, value in pop.items():
        sub, reg = membership[country]
        if sub:
            sub_pop[sub] += value
            reg_pop[reg] += value
    unplaced = sorted(c for c, (s, _) in membership.items() if not s)
    m49_names = M49_NAMES
    m49_caveats = [
        *pop_caveats,
        "Subregions follow CLDR territory containment, which uses UN M49 codes and, for Africa "
        "and the Americas, the M49 *intermediate* regions (e.g. 014 Eastern Africa, 005 South "
        "America) instead of the M49 subregions 202 Sub-Saharan Africa and 419 Latin America "
        "and the Caribbean.",
        f"Not placed in any M49 region: {', '.join(unplaced)} (Antarctica has no M49 region).",
        "XK (Kosovo) is in 039 Southern Europe and TW (Taiwan) in 030 Eastern Asia per CLDR; "
        "M49 lists neither separately.",
        "Region and subregion names are the UNSD M49 English names.",
    ]
    m49_method = (
        "Countries of world-population summed by their M49 {level} from CLDR "
        "territoryContainment (groups marked grouping or deprecated ignored)."
    )
    emit(
        "m49-subregion",
        ("key", "name", "share", "population"),
        share_rows(sub_pop, m49_names),
        title="World population by UN M49 subregion",
        dimension="subregion",
        source=ld_cite,
        url="https://unstats.un.org/unsd/methodology/m49/",
        licence=CLDR_LICENCE,
        method=m49_method.format(level="subregion (intermediate region where M49 has one)"),
        caveats=m49_caveats,
    )
    emit(
        "m49-region",
        ("key", "name", "share", "population"),
        share_rows(reg_pop, m49_names),
        title="World population by UN M49 region (continent)",
        dimension="region",
        source=ld_cite,
        url="https://unstats.un.org/unsd/methodology/m49/",
        licence=CLDR_LICENCE,
        method=m49_method.format(level="region"),
        caveats=m49_caveats,
    )

    # ---- from the committed extracts of fetched public data (World Bank WDI)
    outputs.extend(derive_internet(sources, cldr, iso, names, speakers, lang_names))

    # ---- lookup tables
    outputs.extend(lookup_tables(src, cldr, iso, names, membership, m49_names, ld_cite))
    outputs.append(Output("README.md", readme(src, outputs)))
    return outputs


def readme(src: Sources, outputs: Sequence[Output]) -> str:
    """The folder's README: every reference and lookup table, generated so it cannot drift."""
    refs = [o for o in outputs if o.meta and "/" not in o.name]
    lines = [
        "# Reference distributions",
        "",
        "Generated by `scripts/build_references.py` (do not edit by hand; run "
        "`python scripts/build_references.py` to rebuild, `--check` to verify). Each "
        "`<name>.csv` has columns `key`, `name` (an English label), `share` (summing to 1) and "
        "the underlying count; `<name>.toml` beside it records title, dimension, source and "
        "citation, licence, derivation method, derived date, caveats, the package versions and "
        "the sha256 of every source file. Use one with `--ref DIMENSION=NAME`; see "
        "docs/references.md.",
        "",
        "| name | dimension | rows | title | licence |",
        "| --- | --- | ---: | --- | --- |",
    ]
    for o in refs:
        m = o.meta
        name = o.name.removesuffix(".toml")
        licence = str(m["licence"]).split(" ")[0]
        dim = str(m["dimension"]).replace("|", "\\|")  # a pipe would split the table cell
        lines.append(f"| `{name}` | {dim} | {m['rows']} | {m['title']} | {licence} |")
    lines += [
        "",
        "## Lookup tables (not distributions)",
        "",
        "| file | rows | what |",
        "| --- | ---: | --- |",
    ]
    for o in outputs:
        if o.name.startswith("lookups/") and o.name.endswith(".toml"):
            m = o.meta
            csv_name = o.name.removesuffix(".toml") + ".csv"
            lines.append(f"| `{csv_name}` | {m['rows']} | {m['title']} |")
    versions = ", ".join(f"{k} {v}" for k, v in sorted(src.versions.items()))
    lines += [
        "",
        "## Sources and licences",
        "",
        "- Unicode CLDR data (territory populations, language populations, territory "
        "containment, code mappings, English names), Copyright © 1991-2025 Unicode, Inc., under "
        "the Unicode License v3: `LICENSES/Unicode-3.0.txt`. Every file derived from CLDR is "
        "distributed under that licence, with this notice.",
        "- IANA Language Subtag Registry (region subtags), public registry data.",
        "- World Bank World Development Indicators IT.NET.USER.ZS (individuals using the "
        "Internet, ITU data) and SP.POP.TOTL (population), under CC BY 4.0 "
        "(https://creativecommons.org/licenses/by/4.0/), attribution: The World Bank. Small "
        "extracts of the figures used are in `sources/` with the repository, commit and path "
        "they were read from; `internet-users` and `internet-users-language` are derived from "
        "them (the latter also from CLDR).",
        "- Not shipped: `common-crawl` and `common-crawl-cctld` (Common Crawl's published crawl "
        "statistics state no licence); build them locally with `python "
        "scripts/build_references.py --common-crawl SNAPSHOT` (docs/references.md).",
        "- Public Suffix List (https://publicsuffix.org/), under the Mozilla Public License 2.0: "
        "`LICENSES/MPL-2.0.txt`. `lookups/cctld.csv` is derived from it and is distributed under "
        "the MPL-2.0.",
        f"- Built from the installed packages: {versions}.",
        "",
    ]
    return "\n".join(lines)


def english_aliases(iso: Mapping[str, str]) -> dict[str, str]:
    """Normalised English (Latin-script) territory names and variants from CLDR -> alpha-2."""
    import marisa_trie
    from language_data.util import data_filename

    trie = marisa_trie.BytesTrie()
    trie.load(data_filename("trie/en/name_to_territory.marisa"))
    out: dict[str, str] = {}
    for name, value in sorted(trie.items()):
        code = value.decode("utf-8")
        code = EXCEPTIONALLY_RESERVED.get(code, code)
        if code in iso and name.isascii():
            out[alias_key(name)] = code
    return out


def lookup_tables(
    src: Sources,
    cldr: Cldr,
    iso: Mapping[str, str],
    names: Mapping[str, str],
    membership: Mapping[str, tuple[str, str]],
    m49_names: Mapping[str, str],
    ld_cite: str,
) -> list[Output]:
    out: list[Output] = []
    rows = []
    for code in sorted(iso):
        sub, reg = membership[code]
        rows.append(
            (
                code,
                cldr.alpha3.get(code, ""),
                cldr.numeric.get(code, ""),
                names[code],
                sub,
                m49_names.get(sub, ""),
                reg,
                m49_names.get(reg, ""),
            )
        )
    header = ("alpha2", "alpha3", "numeric", "name", "subregion", "subregion_name", "region")
    out.append(Output("lookups/countries.csv", csv_text((*header, "region_name"), rows)))
    title = "ISO 3166-1 countries: codes, English names, UN M49 subregion and region"
    out.append(
        Output(
            "lookups/countries.toml",
            meta={"rows": len(rows), "title": title},
            text=sidecar(
                src,
                used=("language_data", "langcodes"),
                rows=len(rows),
                name="countries",
                title=title,
                kind="lookup",
                source=ld_cite + " IANA Language Subtag Registry (region subtags), as packaged "
                "in language_data.",
                licence=CLDR_LICENCE,
                method="Alpha-2 codes in use from the IANA registry (minus deprecated, private "
                "use and exceptionally reserved; plus XK); alpha-3 and numeric from CLDR "
                "codeMappings; English name from CLDR via langcodes; M49 membership from CLDR "
                "territoryContainment.",
            ),
        )
    )
    aliases: dict[str, tuple[str, str]] = {}

    def add(alias: str, code: str, kind: str) -> None:
        key = alias_key(alias)
        if key and key not in aliases:
            aliases[key] = (code, kind)

    for code in sorted(iso):
        add(code, code, "alpha2")
    for code in sorted(iso):
        if cldr.alpha3.get(code):
            add(cldr.alpha3[code], code, "alpha3")
        if cldr.numeric.get(code):
            add(cldr.numeric[code], code, "numeric")
    for code in sorted(iso):
        add(names[code], code, "cldr-name")
    for alias, code in english_aliases(iso).items():
        add(alias, code, "cldr-english-variant")
    for code in sorted(iso):
        add(iso[code], code, "iana-description")
    for alias, code in CURATED_ALIASES.items():
        add(alias, code, "curated")
    alias_rows = [(a, c, k) for a, (c, k) in sorted(aliases.items())]
    out.append(
        Output("lookups/country-aliases.csv", csv_text(("alias", "alpha2", "kind"), alias_rows))
    )
    out.append(
        Output(
            "lookups/country-aliases.toml",
            meta={"rows": len(alias_rows), "title": "Country codes and names -> alpha-2"},
            text=sidecar(
                src,
                used=("language_data", "langcodes"),
                rows=len(alias_rows),
                name="country-aliases",
                title="Country codes and English names -> ISO 3166-1 alpha-2",
                kind="lookup",
                source=ld_cite + " IANA Language Subtag Registry, as packaged in language_data.",
                licence=CLDR_LICENCE,
                method="Aliases normalised with datacensus.countries.alias_key (case-folded, "
                "accents, punctuation and a leading 'the' removed); first match wins in this "
                "order: alpha-2, alpha-3, numeric, CLDR English name, other CLDR English names "
                "(alt forms such as 'UK'), IANA description, curated (CURATED_ALIASES in the "
                "script).",
            ),
        )
    )
    # ccTLDs: the two-letter top labels of the rules in the ICANN section of the Public Suffix
    # List. Top labels, not only one-label rules: some registries list only their second-level
    # suffixes (.za has co.za, org.za, ... but no "za" rule).
    tlds: set[str] = set()
    idn_tlds: dict[str, str] = {}  # internationalised ccTLDs: the "// xn--... : XX" comments
    in_icann = False
    for line in src.psl.read_text(encoding="utf-8").splitlines():
        rule = line.strip()
        if "===BEGIN ICANN DOMAINS===" in rule:
            in_icann = True
        elif "===END ICANN DOMAINS===" in rule:
            in_icann = False
        elif in_icann and (idn := IDN_COMMENT.match(rule)):
            idn_tlds[idn.group(1)] = idn.group(2)
        elif in_icann and rule and not rule.startswith("//"):
            label = rule.rsplit(".", 1)[-1].lstrip("!*")
            if len(label) == 2 and label.isascii() and label.isalpha():
                tlds.add(label)
    tld_rows = []
    for tld in sorted(tlds | set(idn_tlds)):
        if tld in idn_tlds:
            code = idn_tlds[tld]
            code, note = ("", IDN_EU_NOTE) if code == "EU" else (code, "internationalised ccTLD")
        elif tld in CCTLD_EXCEPTIONS:
            code, note = CCTLD_EXCEPTIONS[tld]
        elif tld.upper() in iso:
            code, note = tld.upper(), ""
        else:
            code, note = "", "not an ISO 3166-1 code in use"
        tld_rows.append((tld, code, note))
    psl_version = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in src.psl.read_text().splitlines()
            if "VERSION:" in ln
        ),
        "",
    )
    out.append(Output("lookups/cctld.csv", csv_text(("tld", "alpha2", "note"), tld_rows)))
    out.append(
        Output(
            "lookups/cctld.toml",
            meta={"rows": len(tld_rows), "title": "Country-code TLDs -> alpha-2"},
            text=sidecar(
                src,
                used=("publicsuffixlist",),
                rows=len(tld_rows),
                name="cctld",
                title="Country-code top-level domains -> ISO 3166-1 alpha-2",
                kind="lookup",
                source="Public Suffix List (https://publicsuffix.org/), version "
                f"{psl_version}, as bundled in publicsuffixlist {src.versions['publicsuffixlist']}",
                licence=PSL_LICENCE,
                method="Two-letter top labels of the ICANN rules of the list; a TLD maps to the "
                "ISO 3166-1 code with the same letters; internationalised ccTLDs (A-labels) map "
                "to the code their '// xn--... : XX' comment line names; except: "
                + "; ".join(
                    f".{t} -> {c or 'none'} ({n})" for t, (c, n) in CCTLD_EXCEPTIONS.items()
                ),
                caveats=[
                    "Many ccTLDs are sold worldwide (.io, .tv, .co, .me, ...): a ccTLD is weak "
                    "evidence of a country. The region analyser decides which to trust.",
                ],
            ),
        )
    )
    return out


# ----------------------------------------------------------------------------- web and internet
# Two stages. *extract* reads a fetched snapshot of a public repository (a git directory or a
# checkout) and writes a small extract of the figures used to sources/<name>.csv, with a TOML
# naming repository, commit, path and licence. *derive* builds the references from the committed
# extracts only, so a rebuild needs no network and no snapshot.

WDI_REPO = "plotly/Figure-Friday"
WDI_PATH = "2024/week-48/API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv"
WDI_META_PATH = "2024/week-48/Metadata_Country_API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv"
POP_REPO = "datasets/population"
POP_PATH = "data/population.csv"
CC_REPO = "commoncrawl/cc-crawl-statistics"
CC_LANG_PATH = "plots/languages.csv"
CC_TLD_PATH = "plots/tld/latest-crawl-tlds.html"
WB_LICENCE = (
    "CC-BY-4.0 (Creative Commons Attribution 4.0 International, "
    "https://creativecommons.org/licenses/by/4.0/); attribution: The World Bank, World "
    "Development Indicators"
)
#: World Bank codes that are not ISO 3166-1 alpha-3 codes of the same country.
WB_ALPHA3 = {"XKX": "XK"}  # Kosovo
#: World Bank economies with no ISO 3166-1 alpha-2 of their own (left out, with a note).
WB_NOT_ISO = {"CHI": "Channel Islands (Jersey JE and Guernsey GG together)"}


@dataclass
class Snapshot:
    """One file of a fetched repository snapshot: bytes plus the commit they come from."""

    repo: str
    path: str
    commit: str
    data: bytes


def read_snapshot(root: Path, repo: str, path: str) -> Snapshot:
    """``path`` from a checkout (``root/path``) or a bare git directory (``git show HEAD:path``)."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True
        ).stdout.decode()

    file = root / path
    git_dir = root / ".git" if (root / ".git").exists() else root
    if file.is_file():
        data = file.read_bytes()
    else:
        data = subprocess.run(
            ["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
            check=True,
            capture_output=True,
        ).stdout
    commit = git("log", "-1", "--format=%H", "HEAD", "--", path).strip()
    return Snapshot(repo, path, commit, data)


def extract_sidecar(snap: Snapshot, **fields: Any) -> str:
    top = {
        "version": BUILD_VERSION,
        "repository": f"https://github.com/{snap.repo}",
        "commit": snap.commit,
        "path": snap.path,
        "sha256": hashlib.sha256(snap.data).hexdigest(),
        **fields,
    }
    return toml_text(top, {"build": {"script": "scripts/build_references.py --extract"}})


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def extract_wdi(wdi_root: Path, pop_root: Path) -> list[Output]:
    """Latest internet share per country (WDI IT.NET.USER.ZS) and the population of that year."""
    share = read_snapshot(wdi_root, WDI_REPO, WDI_PATH)
    meta = read_snapshot(wdi_root, WDI_REPO, WDI_META_PATH)
    pop = read_snapshot(pop_root, POP_REPO, POP_PATH)
    countries = {r["Country Code"] for r in _csv_rows(meta.data) if r["Region"].strip()}
    lines = share.data.decode("utf-8-sig").splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip('"').startswith("Country Name"))
    latest: dict[str, tuple[str, str, str]] = {}
    for row in csv.DictReader(lines[start:]):
        code = row["Country Code"]
        if code not in countries:
            continue
        years = sorted((y for y, v in row.items() if y and y.isdigit() and v), reverse=True)
        if years:
            latest[code] = (row["Country Name"], years[0], row[years[0]])
    population = {
        (r["Country Code"], r["Year"]): r["Value"]
        for r in _csv_rows(pop.data)
        if r["Country Code"] in latest
    }
    share_rows = [(c, n, y, v) for c, (n, y, v) in sorted(latest.items())]
    pop_rows = [
        (c, y, population[(c, y)])
        for c, (_, y, _) in sorted(latest.items())
        if (c, y) in population
    ]
    years = sorted({y for _, _, y, _ in share_rows})
    return [
        Output(
            "sources/wdi-internet-share.csv",
            csv_text(("alpha3", "name", "year", "percent"), share_rows),
        ),
        Output(
            "sources/wdi-internet-share.toml",
            extract_sidecar(
                share,
                title="Individuals using the Internet (% of population), latest year per country",
                indicator="IT.NET.USER.ZS",
                source="World Bank, World Development Indicators, IT.NET.USER.ZS (data from the "
                "International Telecommunication Union (ITU) World Telecommunication/ICT "
                "Indicators Database), as republished in the repository below",
                url="https://data.worldbank.org/indicator/IT.NET.USER.ZS",
                licence=WB_LICENCE,
                year=f"{years[0]}-{years[-1]}" if years else "",
                rows=len(share_rows),
                method="Rows whose economy has a region in the metadata file (countries, not "
                "aggregates); the latest year with a value, per country.",
                metadata_file=meta.path,
                metadata_sha256=hashlib.sha256(meta.data).hexdigest(),
            ),
        ),
        Output("sources/wb-population.csv", csv_text(("alpha3", "year", "population"), pop_rows)),
        Output(
            "sources/wb-population.toml",
            extract_sidecar(
                pop,
                title="Population, total (SP.POP.TOTL), for the country-years of "
                "wdi-internet-share",
                indicator="SP.POP.TOTL",
                source="World Bank, World Development Indicators, SP.POP.TOTL, as republished in "
                "the repository below (its Data Package is dedicated under ODC-PDDL-1.0)",
                url="https://data.worldbank.org/indicator/SP.POP.TOTL",
                licence=WB_LICENCE + "; repository packaging ODC-PDDL-1.0",
                rows=len(pop_rows),
                method="The population of each (country, year) of wdi-internet-share.",
            ),
        ),
    ]


def extract_common_crawl(root: Path, crawl: str | None) -> tuple[str, list[Output]]:
    """Pages per language of one crawl (languages.csv) and of the TLD table of the latest crawl."""
    langs = read_snapshot(root, CC_REPO, CC_LANG_PATH)
    rows = _csv_rows(langs.data)
    crawl = crawl or max(r["crawl"] for r in rows)
    lang_rows = [(r["primary_language"], r["pages"]) for r in rows if r["crawl"] == crawl]
    if not lang_rows:
        raise SystemExit(f"{CC_LANG_PATH}: no rows for crawl {crawl!r}")
    outputs = [
        Output(f"sources/cc-languages-{crawl}.csv", csv_text(("code", "pages"), lang_rows)),
        Output(
            f"sources/cc-languages-{crawl}.toml",
            extract_sidecar(
                langs,
                title=f"Pages per primary language (CLD2, ISO 639-3), {crawl}",
                crawl=crawl,
                licence=CC_LICENCE,
                rows=len(lang_rows),
            ),
        ),
    ]
    try:
        tlds = read_snapshot(root, CC_REPO, CC_TLD_PATH)
    except subprocess.CalledProcessError:  # the TLD table is optional
        return crawl, outputs
    tld_rows = parse_tld_table(tlds.data.decode("utf-8"))
    outputs += [
        Output(f"sources/cc-tlds-{crawl}.csv", csv_text(("tld", "pages"), tld_rows)),
        Output(
            f"sources/cc-tlds-{crawl}.toml",
            extract_sidecar(
                tlds,
                title="Pages per top-level domain, most frequent TLDs of the latest crawl",
                crawl=crawl,
                licence=CC_LICENCE,
                rows=len(tld_rows),
                caveats=["The table names no crawl: it is the latest crawl at that commit."],
            ),
        ),
    ]
    return crawl, outputs


def parse_tld_table(html: str) -> list[tuple[str, str]]:
    """``(tld, pages)`` from the pandas-rendered table: a ``<th>`` TLD then ``<td>`` counts."""
    import re

    rows = []
    for tld, pages in re.findall(r"<th>([^<]+)</th>\s*<td>([\d,]+)</td>", html):
        rows.append((tld.strip(), pages.replace(",", "")))
    return rows


CC_LICENCE = (
    "none stated: the repository commoncrawl/cc-crawl-statistics carries no licence file and "
    "its README states no terms for the statistics; not shipped with datacensus, build it "
    "locally (docs/references.md)"
)


def read_extract(folder: Path, name: str) -> tuple[list[dict[str, str]], dict[str, Any]]:
    import tomllib

    rows = _csv_rows((folder / f"{name}.csv").read_bytes())
    meta = tomllib.loads((folder / f"{name}.toml").read_text(encoding="utf-8"))
    return rows, meta


def extract_hashes(folder: Path, names: Sequence[str]) -> dict[str, str]:
    return {
        f"sources/{n}.csv": hashlib.sha256((folder / f"{n}.csv").read_bytes()).hexdigest()
        for n in names
    }


def derive_internet(
    folder: Path,
    cldr: Cldr,
    iso: Mapping[str, str],
    names: Mapping[str, str],
    speakers: Mapping[tuple[str, str], float],
    lang_names: Mapping[str, str],
) -> list[Output]:
    """internet-users (country) and internet-users-language from the committed WDI extracts."""
    shares, share_meta = read_extract(folder, "wdi-internet-share")
    pops, pop_meta = read_extract(folder, "wb-population")
    population = {(r["alpha3"], r["year"]): float(r["population"]) for r in pops}
    to_alpha2 = {a3: a2 for a2, a3 in cldr.alpha3.items() if a2 in iso} | WB_ALPHA3
    users: dict[str, float] = {}
    year: dict[str, str] = {}
    left_out: list[str] = []
    for row in shares:
        code = to_alpha2.get(row["alpha3"])
        pop = population.get((row["alpha3"], row["year"]))
        if code is None or pop is None:
            why = WB_NOT_ISO.get(row["alpha3"], "no ISO 3166-1 alpha-2" if pop else "no population")
            left_out.append(f"{row['alpha3']} ({why})")
            continue
        users[code] = pop * float(row["percent"]) / 100
        year[code] = row["year"]
    rounded = {k: round(v) for k, v in users.items() if round(v) > 0}
    total = sum(rounded.values())
    rows = [
        (k, names[k], repr(v / total), year[k], str(v))
        for k, v in sorted(rounded.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    no_data = sorted(set(iso) - set(rounded))
    years = sorted({year[k] for k in rounded})
    hashes = extract_hashes(folder, ("wdi-internet-share", "wb-population"))
    common = {
        "source": "World Bank, World Development Indicators: IT.NET.USER.ZS (ITU data) at "
        f"{share_meta['repository']} commit {share_meta['commit']} {share_meta['path']}; "
        f"SP.POP.TOTL at {pop_meta['repository']} commit {pop_meta['commit']} "
        f"{pop_meta['path']}",
        "url": str(share_meta["url"]),
        "licence": WB_LICENCE,
        "year": f"{years[0]}-{years[-1]} (latest per country; column year)",
    }
    caveats = [
        "Internet users are people who used the Internet from any place in the last three "
        "months (ITU definition), mostly from national household surveys, else ITU estimates; "
        "survey years and age ranges differ between countries.",
        "The year differs between countries (column year): each country has its latest year "
        "with a value, and the population of that same year.",
        f"Countries without a WDI value are absent: {', '.join(no_data)}. Taiwan (TW) is "
        "not a World Bank economy and is missing, although it has over 20 million users.",
    ]
    notes = [f"World Bank economies left out: {', '.join(left_out)}"] if left_out else []
    out = [
        Output(
            "internet-users.csv",
            csv_text(("key", "name", "share", "year", "internet_users"), rows),
        ),
        Output(
            "internet-users.toml",
            reference_sidecar(
                name="internet-users",
                title="Internet users by country (population x share using the Internet)",
                dimension="country",
                rows=len(rows),
                method="users = population (SP.POP.TOTL) x individuals using the Internet "
                "(IT.NET.USER.ZS) / 100, per country, both of the latest year with an internet "
                "share; World Bank alpha-3 codes mapped to alpha-2 through CLDR code mappings "
                "(XKX -> XK); rounded to integers; share = users / total.",
                caveats=caveats,
                notes=notes,
                hashes=hashes,
                _folder=str(folder),
                **common,
            ),
            {
                "rows": len(rows),
                "title": "Internet users by country",
                "licence": WB_LICENCE,
                "dimension": "country",
            },
        ),
    ]
    # ---- per language: each country's users spread over its languages as CLDR speakers are
    by_lang: dict[str, float] = defaultdict(float)
    no_lang: list[str] = []
    for country, value in rounded.items():
        pop = cldr.population.get(country)
        pairs = [(lang, s) for (lang, c), s in speakers.items() if c == country]
        if not pop or not pairs:
            no_lang.append(country)
            continue
        for lang, spoken in pairs:
            by_lang[lang] += value * spoken / pop
    lang_rows = share_rows(by_lang, {k: lang_names[k] for k in by_lang})
    lang_caveats = [
        "Assumption: within a country, the share of people online is the same for every "
        "language (users of language L in country C = users in C x CLDR speakers of L in C / "
        "CLDR population of C). Online use is in fact higher among speakers of national and "
        "urban languages, so this spreads users too evenly towards rural and minority "
        "languages.",
        "As in world-speakers, a person who speaks two languages counts once per language: a "
        "share is a share of user-language pairs.",
        *caveats,
        "CLDR language populations are estimates of differing years; small languages are often "
        "missing or rounded to 0.",
    ]
    lang_notes = notes + ([f"no CLDR languages for: {', '.join(no_lang)}"] if no_lang else [])
    out += [
        Output(
            "internet-users-language.csv",
            csv_text(("key", "name", "share", "internet_users"), lang_rows),
        ),
        Output(
            "internet-users-language.toml",
            reference_sidecar(
                name="internet-users-language",
                title="Internet users by language (users per country spread over its languages)",
                dimension="language",
                rows=len(lang_rows),
                method="For each country of internet-users and each language L spoken there per "
                "CLDR (as in language-territory): users(L) += users(country) x speakers(L, "
                "country) / CLDR population(country); summed over countries, rounded to "
                "integers; share = users / total.",
                caveats=lang_caveats,
                notes=lang_notes,
                hashes=hashes,
                _folder=str(folder),
                **{
                    **common,
                    "source": common["source"] + "; languages: " + CLDR_CITATION_SHORT,
                    "licence": WB_LICENCE + "; CLDR data Unicode-3.0",
                },
            ),
            {
                "rows": len(lang_rows),
                "title": "Internet users by language",
                "licence": WB_LICENCE,
                "dimension": "language",
            },
        ),
    ]
    return out


CLDR_CITATION_SHORT = "Unicode CLDR territoryInfo languagePopulation (Unicode-3.0)"


def reference_sidecar(*, hashes: Mapping[str, str], rows: int, **fields: Any) -> str:
    """The TOML of a reference derived from committed extracts (not from installed packages).

    ``[build.sources]`` names, per extract, the repository, commit and path it was read from.
    """
    import tomllib

    top = {"version": BUILD_VERSION, "derived": DERIVED, **fields, "rows": rows}
    origins = {}
    for name in hashes:
        sidecar = SOURCES.parent / Path(name).with_suffix(".toml")
        local = Path(fields.get("_folder", "")) / Path(name).with_suffix(".toml").name
        for candidate in (local, sidecar):
            if candidate.is_file():
                meta = tomllib.loads(candidate.read_text(encoding="utf-8"))
                origins[name] = f"{meta['repository']} commit {meta['commit']} {meta['path']}"
                break
    top.pop("_folder", None)
    tables = {
        "build": {"script": "scripts/build_references.py"},
        "build.sources": origins,
        "build.source_sha256": dict(hashes),
    }
    return toml_text(top, tables)


def derive_common_crawl(
    folder: Path, crawl: str, cctld: Mapping[str, str], names: Mapping[str, str]
) -> list[Output]:
    """common-crawl (language) and common-crawl-cctld (country) from the extracts of one crawl."""
    import langcodes

    rows, meta = read_extract(folder, f"cc-languages-{crawl}")
    pages: dict[str, float] = defaultdict(float)
    unknown = 0.0
    dropped: list[str] = []
    folded: list[str] = []
    for row in rows:
        code, count = row["code"], float(row["pages"])
        try:
            key = canonical_language(code)
        except InvalidReferenceError:
            if code == "<unknown>":
                unknown += count
            else:
                dropped.append(code)
            continue
        if key != code and langcodes.standardize_tag(code) != key:  # not just 639-3 -> 639-1
            folded.append(f"{code}->{key}")
        pages[key] += count
    total = sum(pages.values()) + unknown
    origin = f"{meta['repository']} commit {meta['commit']}, {meta['path']}"
    lang_rows = share_rows(pages, {k: language_name(k) for k in pages})
    caveats = [
        "Languages are Common Crawl's primary language per page, detected by CLD2 on the "
        "HTML; CLD2 knows about 160 languages and confuses close ones.",
        f"Pages with no detected language ({unknown / total:.2%} of the crawl) are left out.",
        "A crawl is a sample of the web shaped by Common Crawl's own crawl policy (seeds, "
        "robots.txt, deduplication); it is not the web.",
    ]
    notes = []
    if dropped:
        notes.append(f"codes naming no language, left out: {', '.join(sorted(dropped))}")
    out = [
        Output("common-crawl.csv", csv_text(("key", "name", "share", "documents"), lang_rows)),
        Output(
            "common-crawl.toml",
            reference_sidecar(
                name="common-crawl",
                title=f"Web pages by primary language, Common Crawl {crawl}",
                dimension="language",
                rows=len(lang_rows),
                source=f"Common Crawl crawl statistics ({origin})",
                url="https://commoncrawl.github.io/cc-crawl-statistics/plots/languages",
                licence=CC_LICENCE,
                year=crawl,
                method="Pages per primary language of the crawl; ISO 639-3 codes folded to "
                "datacensus canonical keys; '<unknown>' left out; share = pages / total.",
                caveats=caveats,
                notes=notes + ([f"codes folded: {', '.join(folded)}"] if folded else []),
                hashes=extract_hashes(folder, (f"cc-languages-{crawl}",)),
                _folder=str(folder),
            ),
            {
                "rows": len(lang_rows),
                "title": "Common Crawl pages by language",
                "licence": CC_LICENCE,
                "dimension": "language",
            },
        ),
    ]
    if not (folder / f"cc-tlds-{crawl}.csv").is_file():
        return out
    tld_rows, tld_meta = read_extract(folder, f"cc-tlds-{crawl}")
    by_country: dict[str, float] = defaultdict(float)
    for row in tld_rows:
        code = cctld.get(row["tld"].lower(), "")
        if code:
            by_country[code] += float(row["pages"])
    country_rows = share_rows(by_country, names)
    out += [
        Output(
            "common-crawl-cctld.csv", csv_text(("key", "name", "share", "documents"), country_rows)
        ),
        Output(
            "common-crawl-cctld.toml",
            reference_sidecar(
                name="common-crawl-cctld",
                title=f"Web pages on country-code TLDs, by country, Common Crawl {crawl}",
                dimension="country",
                rows=len(country_rows),
                source="Common Crawl crawl statistics ("
                f"{tld_meta['repository']} commit {tld_meta['commit']}, {tld_meta['path']})",
                url="https://commoncrawl.github.io/cc-crawl-statistics/plots/tlds",
                licence=CC_LICENCE,
                year=crawl,
                method="Pages per TLD of the published table of most frequent TLDs; two-letter "
                "TLDs mapped to countries with lookups/cctld.csv (.uk -> GB; .eu, .su left "
                "out); generic TLDs (.com, .org, ...) left out; share = pages / total.",
                caveats=[
                    "Only ccTLD pages count: most of the web (.com, .org, .net) has no country "
                    "here, and countries whose sites use .com (the United States) are far too "
                    "small.",
                    "Vanity ccTLDs (.io, .tv, .co, .me, ...) are counted as their countries.",
                    "The published table lists only the most frequent TLDs; small countries are "
                    "missing.",
                ],
                hashes=extract_hashes(folder, (f"cc-tlds-{crawl}",)),
                _folder=str(folder),
            ),
            {
                "rows": len(country_rows),
                "title": "Common Crawl pages by ccTLD country",
                "licence": CC_LICENCE,
                "dimension": "country",
            },
        ),
    ]
    return out


# ----------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with shipped files")
    parser.add_argument("--out", type=Path, default=OUT, help="output directory")
    parser.add_argument(
        "--extract-wdi",
        type=Path,
        metavar="SNAPSHOT",
        help=f"extract stage: a snapshot (git dir or checkout) of {WDI_REPO}",
    )
    parser.add_argument(
        "--extract-population",
        type=Path,
        metavar="SNAPSHOT",
        help=f"extract stage: a snapshot of {POP_REPO} (with --extract-wdi)",
    )
    parser.add_argument(
        "--common-crawl",
        type=Path,
        metavar="SNAPSHOT",
        help=f"build common-crawl references from a snapshot of {CC_REPO} into --cc-out "
        "(not shipped: no licence stated)",
    )
    parser.add_argument("--crawl", help="crawl id for --common-crawl (default: the latest)")
    parser.add_argument(
        "--cc-out",
        type=Path,
        default=Path("common-crawl-reference"),
        help="output directory of --common-crawl",
    )
    args = parser.parse_args(argv)
    if args.extract_wdi or args.extract_population:
        if not (args.extract_wdi and args.extract_population):
            parser.error("--extract-wdi and --extract-population go together")
        write(extract_wdi(args.extract_wdi, args.extract_population), args.out)
    if args.common_crawl:
        return build_common_crawl(args.common_crawl, args.crawl, args.cc_out)
    extracts = args.out / "sources"
    outputs = build(Sources.locate(), extracts if extracts.is_dir() else SOURCES)
    if args.check:
        stale = [
            o.name
            for o in outputs
            if not (args.out / o.name).is_file()
            or (args.out / o.name).read_text(encoding="utf-8") != o.text
        ]
        for name in stale:
            print(f"differs from a rebuild: {args.out / name}", file=sys.stderr)
        print(f"{len(outputs) - len(stale)} of {len(outputs)} files match a rebuild")
        return 1 if stale else 0
    write(outputs, args.out)
    return 0


def write(outputs: Sequence[Output], folder: Path) -> None:
    for o in outputs:
        path = folder / o.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(o.text, encoding="utf-8")
    print(f"wrote {len(outputs)} files to {folder}")


def build_common_crawl(snapshot: Path, crawl: str | None, folder: Path) -> int:
    """Extract one crawl's figures and derive the common-crawl references into ``folder``."""
    crawl, extracts = extract_common_crawl(snapshot, crawl)
    write(extracts, folder)
    cctld = {r["tld"]: r["alpha2"] for r in _csv_rows((OUT / "lookups/cctld.csv").read_bytes())}
    names = {
        r["alpha2"]: r["name"] for r in _csv_rows((OUT / "lookups/countries.csv").read_bytes())
    }
    write(derive_common_crawl(folder / "sources", crawl, cctld, names), folder)
    print(f"use it with: --ref language={folder / 'common-crawl.csv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
