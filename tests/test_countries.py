"""Country lookups: codes and names to alpha-2, UN M49 membership, ccTLDs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datacensus.codes.countries import (
    alias_key,
    cctlds,
    country,
    country_codes,
    country_name,
    country_of_cctld,
    is_country,
    m49_codes,
    m49_name,
    m49_of,
    normalise_country,
)


@pytest.mark.parametrize(
    ("value", "alpha2"),
    [
        ("KE", "KE"),
        ("ke", "KE"),
        ("KEN", "KE"),
        ("404", "KE"),
        (404, "KE"),
        ("Kenya", "KE"),
        ("  kenya ", "KE"),
        ("GB", "GB"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("Great Britain", "GB"),
        ("USA", "US"),
        ("United States of America", "US"),
        ("Côte d’Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("The Netherlands", "NL"),
        ("Russian Federation", "RU"),
        ("Czech Republic", "CZ"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Burma", "MM"),
        ("DR Congo", "CD"),
        ("76", "BR"),
        ("076", "BR"),
        ("XK", "XK"),
        ("Kosovo", "XK"),
        # names in other languages, from CLDR's multilingual data
        ("Deutschland", "DE"),
        ("España", "ES"),
        ("中国", "CN"),
        ("Россия", "RU"),
    ],
)
def test_normalise_country(value: str | int, alpha2: str) -> None:
    """Codes and names in any common form map to the ISO alpha-2 code."""
    assert normalise_country(value) == alpha2


@pytest.mark.parametrize("value", [None, "", "Frnace", "ZZ", "EU", "Europe", "999", "Atlantis"])
def test_normalise_country_unknown(value: str | None) -> None:
    """Values that name no country (or a region) give None, never a guess."""
    assert normalise_country(value) is None


def test_country_table_size_and_codes() -> None:
    """249 ISO 3166-1 codes in use plus XK; exceptionally reserved codes excluded."""
    codes = country_codes()
    assert len(codes) == 250
    assert {"KE", "GB", "US", "XK", "AQ", "TW"} <= codes
    assert not {"AC", "IC", "EA", "DG", "TA", "CP", "EU", "UN", "UK", "ZZ", "QO"} & codes
    assert all(len(c) == 2 and c.isupper() for c in codes)


@given(st.sampled_from(sorted(country_codes())))
def test_every_code_round_trips(code: str) -> None:
    """Every country's alpha-2, alpha-3, numeric code and name normalise back to it."""
    row = country(code)
    assert row is not None
    assert normalise_country(code) == code
    assert normalise_country(code.lower()) == code
    if row.alpha3:
        assert normalise_country(row.alpha3) == code
    if row.numeric:
        assert normalise_country(row.numeric) == code
    assert normalise_country(row.name) == code
    assert is_country(code)


def test_country_name() -> None:
    """CLDR English names for countries, M49 names for region codes, else the code."""
    assert country_name("KE") == "Kenya"
    assert country_name("GB") == "United Kingdom"
    assert country_name("014") == "Eastern Africa"
    assert country_name("QQ") == "QQ"


def test_m49_of_worked_examples() -> None:
    """Membership follows M49: Kenya in Eastern Africa, Mexico in Central America, ..."""
    assert m49_of("KE") == ("014", "Eastern Africa", "002", "Africa")
    assert m49_of("MX") == ("013", "Central America", "019", "Americas")
    assert m49_of("GB") == ("154", "Northern Europe", "150", "Europe")
    assert m49_of("IN") == ("034", "Southern Asia", "142", "Asia")
    assert m49_of("AU") == ("053", "Australia and New Zealand", "009", "Oceania")
    assert m49_of("TR") == ("145", "Western Asia", "142", "Asia")
    assert m49_of("AQ") is None
    assert m49_of("ZZ") is None


#: Edge cases of UN M49 membership (UNSD, "Standard country or area codes for statistical use"),
#: transcribed by hand to check CLDR's containment data against M49.
M49_EDGE_CASES = {
    "SD": "015",  # Sudan: Northern Africa
    "EH": "015",
    "SS": "014",  # South Sudan: Eastern Africa
    "ZW": "014",
    "ZM": "014",
    "MZ": "014",
    "IO": "014",
    "TF": "014",
    "AO": "017",
    "SH": "011",
    "FK": "005",
    "BV": "005",
    "GS": "005",
    "GL": "021",
    "BM": "021",
    "PM": "021",
    "CY": "145",
    "GE": "145",
    "AM": "145",
    "IR": "034",
    "AF": "034",
    "MN": "030",
    "TL": "035",
    "RU": "151",
    "SJ": "154",
    "AX": "154",
    "GG": "154",
    "JE": "154",
    "IM": "154",
    "GI": "039",
    "MT": "039",
    "LI": "155",
    "HM": "053",
    "CC": "053",
    "NF": "053",
    "UM": "057",
    "PN": "061",
}


@pytest.mark.parametrize(("alpha2", "subregion"), sorted(M49_EDGE_CASES.items()))
def test_m49_edge_cases_match_the_un_list(alpha2: str, subregion: str) -> None:
    """CLDR containment agrees with M49 for territories that are easy to misplace."""
    found = m49_of(alpha2)
    assert found is not None and found[0] == subregion


def test_m49_codes_are_the_un_list() -> None:
    """Exactly the 5 M49 regions and the 22 (intermediate) subregions used by CLDR."""
    assert m49_codes("region") == {"002", "009", "019", "142", "150"}
    assert len(m49_codes("subregion")) == 22
    assert m49_name("035") == "South-eastern Asia"
    assert all(len(c) == 3 and c.isdigit() for c in m49_codes("subregion"))


def test_every_country_but_antarctica_has_a_region() -> None:
    """No country is left out of the M49 roll-up except AQ."""
    assert {c for c in country_codes() if m49_of(c) is None} == {"AQ"}


@pytest.mark.parametrize(
    ("tld", "alpha2"),
    [
        ("ke", "KE"),
        (".KE", "KE"),
        ("uk", "GB"),
        ("ac", "SH"),
        ("de", "DE"),
        ("eu", None),
        ("su", None),
        ("com", None),
        ("zz", None),
    ],
)
def test_country_of_cctld(tld: str, alpha2: str | None) -> None:
    """ccTLDs map to their country, with the .uk/.ac exceptions and no-country TLDs."""
    assert country_of_cctld(tld) == alpha2


def test_cctld_countries_are_valid() -> None:
    """Every ccTLD maps to a valid country key or to None."""
    table = cctlds()
    assert len(table) > 230
    assert all(code is None or is_country(code) for code in table.values())


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("The  Gambia", "gambia"),
        ("Guinea-Bissau", "guinea bissau"),
        ("Korea, Republic of", "korea republic of"),
    ],
)
def test_alias_key(text: str, key: str) -> None:
    """Alias keys ignore case, accents, punctuation and a leading 'the'."""
    assert alias_key(text) == key
