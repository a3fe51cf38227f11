"""Map LID model labels to canonical language keys (plus the script, where the label has one).

Two label styles exist:

* Wikipedia codes (fastText ``lid.176``): ``__label__als``. Several are not what ISO 639 says
  they are (``als`` is the Alemannic Wikipedia, not Tosk Albanian), so `WIKIPEDIA_OVERRIDES`
  rewrites them before canonicalisation.
* ISO 639-3 + ISO 15924 (GlotLID, OpenLID, NLLB LID): ``__label__srp_Cyrl``. These mean what
  ISO says; the script is split off and returned separately.

Language keys never carry a script: they go through `languages.canonical_language`, the same
function that builds the reference keys, so detected and reference keys always agree.
See docs/language-id.md for the table and the macrolanguage policy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from datacensus.codes.languages import canonical_language
from datacensus.schema import unknown_key

LABEL_PREFIX = "__label__"

#: lid.176 (Wikipedia) codes whose ISO 639 reading is wrong or ambiguous, with what they mean.
#: A value starting with "=" is kept verbatim (no canonicalisation): it has no BCP-47 successor
#: that would not be a guess.
WIKIPEDIA_OVERRIDES: dict[str, str] = {
    "als": "gsw",  # Alemannic Wikipedia; ISO 'als' would be Tosk Albanian
    "bh": "bho",  # Bihari is a collection; bh.wikipedia is written in Bhojpuri
    "sh": "=hbs",  # Serbo-Croatian: splitting it into sr/hr/bs would be a guess
    "eml": "=eml",  # Emilian-Romagnol, a retired code (now egl + rgn); kept as is
    "nah": "nah",  # Nahuatl languages: a collection code, kept (no single member is meant)
    "tl": "fil",  # Tagalog; CLDR and the references treat tl as fil
    "no": "nb",  # no.wikipedia is Bokmål (nn has its own label)
    "roa_rup": "rup",  # Aromanian (older lid models)
    "bat_smg": "sgs",  # Samogitian
    "zh_classical": "lzh",  # Literary Chinese
    "zh_min_nan": "nan",  # Min Nan
    "zh_yue": "yue",  # Cantonese
    "fiu_vro": "vro",  # Võro
    "map_bms": "jv",  # Banyumasan, a Javanese dialect
    "nds_nl": "nds",  # Dutch Low Saxon
    "be_x_old": "be",  # Belarusian (Taraškievica)
    "simple": "en",  # Simple English
}

#: ISO 639-3 codes (script-style labels) kept verbatim for the same reason as above.
ISO_OVERRIDES: dict[str, str] = {"hbs": "=hbs"}

#: ISO 639 codes that name no language; labels using them become unknown rows.
NO_LANGUAGE_CODES = frozenset({"und", "zxx", "mis", "mul"})

_SCRIPT_LABEL = re.compile(r"^(?P<lang>[a-z]{2,3})[_-](?P<script>[A-Z][a-z]{3})$")


@dataclass(frozen=True)
class LabelKey:
    """What one model label means: a canonical language key and, if given, its script."""

    key: str
    script: str | None = None


@lru_cache(maxsize=8192)
def label_key(label: str) -> LabelKey:
    """Canonical key (and script) of a raw model label such as ``__label__srp_Cyrl``."""
    code = label.removeprefix(LABEL_PREFIX).strip()
    if not code:
        return LabelKey(unknown_key("unlabelled"))
    match = _SCRIPT_LABEL.match(code)
    if match:
        language, script = match["lang"], match["script"]
        if language in NO_LANGUAGE_CODES:
            return LabelKey(unknown_key("no_language"), script)
        return LabelKey(_resolve(ISO_OVERRIDES.get(language, language)), script)
    if code in NO_LANGUAGE_CODES:
        return LabelKey(unknown_key("no_language"))
    return LabelKey(_resolve(WIKIPEDIA_OVERRIDES.get(code, code)))


def _resolve(code: str) -> str:
    if code.startswith("="):
        return code[1:]
    try:
        return canonical_language(code.replace("_", "-"))
    except ValueError:
        # A code langcodes cannot parse is still a distinct, stable slice; keep it visible.
        return code.lower()
