"""Annotator audits: who labelled the data, how much they agree, how concentrated the work is."""

from __future__ import annotations

from datacensus.annotators.agreement import AlphaEstimate, alpha_from_units, krippendorff_alpha
from datacensus.annotators.audit import AnnotatorResult, audit_annotators
from datacensus.annotators.concentration import gini, top_share

__all__ = [
    "AlphaEstimate",
    "AnnotatorResult",
    "alpha_from_units",
    "audit_annotators",
    "gini",
    "krippendorff_alpha",
    "top_share",
]
