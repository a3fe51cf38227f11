"""datacensus: audit how representative a dataset is.

The public surface is what ``__all__`` lists; everything else may change between releases.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .annotators import AnnotatorResult, audit_annotators
from .api import audit, count
from .before_after import BeforeAfter, compare_results
from .census import Census
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
from .policy import Policy, check
from .results import compare
from .schema import COUNTS_SCHEMA, COVERAGE_SCHEMA, REFERENCE_SCHEMA, Status
from .spec import AuditSpec
from .statistics import StatsParams

__all__ = [
    "COUNTS_SCHEMA",
    "COVERAGE_SCHEMA",
    "REFERENCE_SCHEMA",
    "AnnotatorResult",
    "AuditResult",
    "AuditSpec",
    "BeforeAfter",
    "Census",
    "ColumnNotFoundError",
    "DatacensusError",
    "DimensionResult",
    "InputError",
    "InvalidReferenceError",
    "LanguageIdError",
    "LidSettings",
    "MissingDependencyError",
    "Policy",
    "PolicyError",
    "PolicyViolation",
    "Provenance",
    "Reference",
    "StatsParams",
    "Status",
    "__version__",
    "audit",
    "audit_annotators",
    "check",
    "compare",
    "compare_results",
    "count",
    "merge_counts",
]
