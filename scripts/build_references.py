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
import json
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "reference_distributions"

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


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        return "[\n" + "".join(f"    {toml_value(v)},\n" for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def toml_text(top: Mapping[str, Any], tables: Mapping[str, Mapping[str, Any]]) -> str:
    lines = [f"{k} = {toml_value(v)}" for k, v in top.items()]
    for table, entries in tables.items():
        lines.append("")
        lines.append(f"[{table}]")
        lines.extend(f"{json.dumps(k)} = {toml_value(v)}" for k, v in entries.items())
    return "\n".join(lines) + "\n"


def sidecar(src: Sources, *, used: Sequence[str], rows: int, **fields: Any) -> str:
    top = {"version": f"{BUILD_VERSION}", "derived": DERIVED, **fields, "rows": rows}
    tables = {
        "build.packages": {k: v for k, v in src.versions.items() if k in used},
        "build.source_sha256": {k: v for k, v in src.hashes.items() if k.split("/")[0] in used},
    }
    tables["build"] = {"script": "scripts/build_references.py"}
    ordered = {"build": tables["build"], **{k: v for k, v in tables.items() if k != "build"}}
    return toml_text(top, ordered)


def build(src: Sources) -> list[Output]:
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
    in_icann = False
    for line in src.psl.read_text(encoding="utf-8").splitlines():
        rule = line.strip()
        if "===BEGIN ICANN DOMAINS===" in rule:
            in_icann = True
        elif "===END ICANN DOMAINS===" in rule:
            in_icann = False
        elif in_icann and rule and not rule.startswith("//"):
            label = rule.rsplit(".", 1)[-1].lstrip("!*")
            if len(label) == 2 and label.isascii() and label.isalpha():
                tlds.add(label)
    tld_rows = []
    for tld in sorted(tlds):
        if tld in CCTLD_EXCEPTIONS:
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
                "ISO 3166-1 code with the same letters, except: "
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


# ----------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with shipped files")
    parser.add_argument("--out", type=Path, default=OUT, help="output directory")
    args = parser.parse_args(argv)
    outputs = build(Sources.locate())
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
    for o in outputs:
        path = args.out / o.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(o.text, encoding="utf-8")
    print(f"wrote {len(outputs)} files to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
