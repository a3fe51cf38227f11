"""What an audit measures: which columns feed which analysers, and with which settings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from datacensus.analysers import (
    Analyser,
    CategoryFromColumn,
    CountryFromColumn,
    CountryFromUrl,
    LanguageFromColumn,
    LanguageFromText,
)
from datacensus.errors import InputError
from datacensus.lid import LidSettings
from datacensus.schema import CLUSTER_BUCKETS, CROSS_SEPARATOR
from datacensus.version import __version__

WEIGHTS = ("documents", "chars", "tokens")


def split_weights(weight: str | Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """``"chars"`` or ``["documents", "chars"]`` -> (the main weight, the others), validated."""
    weights = [weight] if isinstance(weight, str) else list(dict.fromkeys(weight))
    for w in weights:
        if w not in WEIGHTS:
            raise InputError(f"weight {w!r}: expected 'documents', 'chars' or 'tokens'")
    if not weights:
        raise InputError("weight: expected at least one of 'documents', 'chars', 'tokens'")
    return weights[0], tuple(weights[1:])


@dataclass(frozen=True)
class AuditSpec:
    """What to measure: which columns feed which analysers, and how."""

    text: str | None = "text"
    language: str | None = None  # column of existing language labels (skips LID)
    categories: tuple[str, ...] = ()
    cross: tuple[tuple[str, str], ...] = ()
    tokens: str | None = None  # column holding a token count per row
    lid: LidSettings = field(default_factory=LidSettings)
    country: str | None = None  # column of country codes/names -> dimension "country"
    url: str | None = None  # column of URLs -> "country" (or "url_country" when both are given)
    category_sep: str | None = None  # split string category values on this separator
    category_depth: int | None = None  # truncate hierarchical "a/b/c" categories to this depth
    vanity: bool = False  # count vanity ccTLDs (.io, .tv, ...) as their countries
    origin: str | None = None  # column of row origin (human / synthetic / ...): split every dim
    examples: int = 0  # keep up to N text snippets per slice (shown for flagged slices)
    cluster: str | None = None  # column naming each row's cluster (execution.clusters)
    domain_clusters: bool = True  # with a URL column and no cluster column: cluster by domain

    def __post_init__(self) -> None:
        if isinstance(self.examples, bool) or not isinstance(self.examples, int):
            raise InputError(f"examples {self.examples!r}: expected a whole number >= 0")
        if self.examples < 0:
            raise InputError(f"examples {self.examples}: expected a whole number >= 0")
        if self.examples and not self.text:
            raise InputError("examples need a text column to take snippets from (text=None)")

    def analysers(self) -> list[Analyser]:
        found: list[Analyser] = []
        if self.language:
            found.append(LanguageFromColumn(self.language))
        elif self.text:
            found.append(LanguageFromText(self.text, self.lid))
        found.extend(self._region_and_category())
        return found

    def _region_and_category(self) -> list[Analyser]:
        """Column wins: with both --country-col and --url-col, URLs give ``url_country``."""
        found: list[Analyser] = []
        if self.country:
            found.append(CountryFromColumn(self.country))
        if self.url:
            both = self.country is not None
            dimension = "url_country" if both else "country"
            found.append(CountryFromUrl(self.url, dimension, self.vanity, rollups=not both))
        for column in self.categories:
            if column in ("language", "country", "url_country", "subregion", "region"):
                raise InputError(
                    f"category column {column!r} is named like a built-in dimension; rename "
                    "the column (or use --lang-col / --country-col for it)"
                )
            found.append(CategoryFromColumn(column, self.category_sep, self.category_depth))
        return found

    def columns(self) -> list[str]:
        needed: list[str] = []
        for analyser in self.analysers():
            needed.extend(analyser.columns)
        for extra in (self.text, self.tokens, self.origin, self.cluster):
            if extra:
                needed.append(extra)
        return list(dict.fromkeys(needed))

    def column_kinds(self) -> tuple[tuple[str, str], ...]:
        """How each read column is checked (inputs/values.py): category columns take a label or
        a list of labels, the text column a string, the token column a whole number; any
        other column a label."""
        kinds = [(c, "labels") for c in self.categories]
        kinds += [(c, k) for c, k in ((self.text, "text"), (self.tokens, "number")) if c]
        return tuple(kinds)

    def dimensions(self) -> list[str]:
        dims = [d for a in self.analysers() for d in a.dimensions]
        return dims + [f"{a}{CROSS_SEPARATOR}{b}" for a, b in self.cross]

    def cache_key(self) -> dict[str, Any]:
        """What per-shard counts depend on besides the shard: spec, model identity, version."""
        key: dict[str, Any] = {"spec": self.to_dict(), "version": __version__}
        # every field, so a field missing from to_dict (cluster...) cannot give a stale hit
        key["fields"] = {
            f.name: repr(getattr(self, f.name)) for f in fields(self) if f.name != "lid"
        }
        if any(isinstance(a, LanguageFromText) for a in self.analysers()):
            from datacensus.lid import bundled_model_path

            model = Path(self.lid.model_path or bundled_model_path())
            if model.is_file():
                stat = model.stat()
                key["model"] = [str(model.resolve()), stat.st_size, stat.st_mtime_ns]
            # Correction happens at compare time: counts do not depend on it.
            lid = {**self.lid.to_dict(), "workers": None, "correct": None, "profile": None}
            key["spec"]["lid"] = lid
        return key

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "language": self.language,
            "categories": list(self.categories),
            "cross": [list(pair) for pair in self.cross],
            "tokens": self.tokens,
            "lid": self.lid.to_dict() if self.text and not self.language else None,
            "country": self.country,
            "url": self.url,
            "category_sep": self.category_sep,
            "category_depth": self.category_depth,
            "vanity": self.vanity,
            "origin": self.origin,
            "examples": self.examples,
            "cluster": self.cluster,
            "domain_clusters": self.domain_clusters,
            # counts of different bucketings cannot be merged: the count is part of the spec
            "cluster_buckets": CLUSTER_BUCKETS,
        }
