"""Analysers: one small class per way of turning rows into slice keys."""

from datacensus.analysers.base import Analyser
from datacensus.analysers.category import CategoryFromColumn
from datacensus.analysers.language import LanguageFromColumn, LanguageFromText
from datacensus.analysers.region import CountryFromColumn, CountryFromUrl

__all__ = [
    "Analyser",
    "CategoryFromColumn",
    "CountryFromColumn",
    "CountryFromUrl",
    "LanguageFromColumn",
    "LanguageFromText",
]
