"""Analysers: one small class per way of turning rows into slice keys."""

from .base import Analyser
from .language import LanguageFromColumn, LanguageFromText

__all__ = ["Analyser", "LanguageFromColumn", "LanguageFromText"]
