"""datacensus: audit how representative a dataset is.

The public surface is what ``__all__`` lists; everything else may change between releases.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .annotators import AnnotatorResult, audit_annotators
from .api import AuditSpec, audit, compare, count
from .counting import merge_counts
from .errors import (
    ColumnNotFoundError,
    DatacensusError,
    InputError,
    InvalidReferenceError,
    LanguageIdError,
    MissingDependencyError,
    PolicyError,
    PolicyViolation,
)
from .lid import LidSettings
from .models import AuditResult, DimensionResult, Provenance, Reference
from .schema import COUNTS_SCHEMA, COVERAGE_SCHEMA, REFERENCE_SCHEMA, Status
from .statistics import StatsParams

__all__ = [
    "COUNTS_SCHEMA",
    "COVERAGE_SCHEMA",
    "REFERENCE_SCHEMA",
    "AnnotatorResult",
    "AuditResult",
    "AuditSpec",
    "ColumnNotFoundError",
    "DatacensusError",
    "DimensionResult",
    "InputError",
    "InvalidReferenceError",
    "LanguageIdError",
    "LidSettings",
    "MissingDependencyError",
    "PolicyError",
    "PolicyViolation",
    "Provenance",
    "Reference",
    "StatsParams",
    "Status",
    "__version__",
    "audit",
    "audit_annotators",
    "compare",
    "count",
    "merge_counts",
]
