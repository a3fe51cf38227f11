"""Analysers: one small class per way of turning rows into slice keys."""

from .base import Analyser
from .category import CategoryFromColumn
from .language import LanguageFromColumn, LanguageFromText
from .region import CountryFromColumn, CountryFromUrl

__all__ = [
    "Analyser",
    "CategoryFromColumn",
    "CountryFromColumn",
    "CountryFromUrl",
    "LanguageFromColumn",
    "LanguageFromText",
]
