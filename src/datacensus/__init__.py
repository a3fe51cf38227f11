"""datacensus: audit how representative a dataset is.

The public surface is what ``__all__`` lists; everything else may change between releases.
Names are imported on first use (PEP 562), so ``import datacensus`` and the CLI start fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from datacensus.version import __version__

#: Public name -> the module that defines it.
_EXPORTS = {
    "COUNTS_SCHEMA": "datacensus.schema",
    "COVERAGE_SCHEMA": "datacensus.schema",
    "REFERENCE_SCHEMA": "datacensus.schema",
    "Status": "datacensus.schema",
    "AnnotatorResult": "datacensus.annotators.audit",
    "audit_annotators": "datacensus.annotators.audit",
    "AuditResult": "datacensus.models",
    "DimensionResult": "datacensus.models",
    "Provenance": "datacensus.models",
    "Reference": "datacensus.models",
    "AuditSpec": "datacensus.spec",
    "BeforeAfter": "datacensus.compare.before_after",
    "compare_audits": "datacensus.compare.before_after",
    "Census": "datacensus.census",
    "ColumnNotFoundError": "datacensus.errors",
    "DatacensusError": "datacensus.errors",
    "InputError": "datacensus.errors",
    "InvalidReferenceError": "datacensus.errors",
    "LanguageIdError": "datacensus.errors",
    "MissingDependencyError": "datacensus.errors",
    "PolicyError": "datacensus.errors",
    "PolicyViolation": "datacensus.errors",
    "LidSettings": "datacensus.lid",
    "Policy": "datacensus.policy.parse",
    "check": "datacensus.policy.evaluate",
    "StatsParams": "datacensus.compare.statistics",
    "audit": "datacensus.api",
    "build_result": "datacensus.compare.results",
    "count": "datacensus.execution.count",
    "merge_counts": "datacensus.execution.counting",
    "load_reference": "datacensus.compare.references",
    "write_report": "datacensus.report.write",
}

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
    "build_result",
    "check",
    "compare_audits",
    "count",
    "load_reference",
    "merge_counts",
    "write_report",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'datacensus' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from datacensus.annotators.audit import AnnotatorResult, audit_annotators
    from datacensus.api import audit
    from datacensus.census import Census
    from datacensus.compare.before_after import BeforeAfter, compare_audits
    from datacensus.compare.references import load_reference
    from datacensus.compare.results import build_result
    from datacensus.compare.statistics import StatsParams
    from datacensus.errors import (
        ColumnNotFoundError,
        DatacensusError,
        InputError,
        InvalidReferenceError,
        LanguageIdError,
        MissingDependencyError,
        PolicyError,
        PolicyViolation,
    )
    from datacensus.execution.count import count
    from datacensus.execution.counting import merge_counts
    from datacensus.lid import LidSettings
    from datacensus.models import AuditResult, DimensionResult, Provenance, Reference
    from datacensus.policy.evaluate import check
    from datacensus.policy.parse import Policy
    from datacensus.report.write import write_report
    from datacensus.schema import COUNTS_SCHEMA, COVERAGE_SCHEMA, REFERENCE_SCHEMA, Status
    from datacensus.spec import AuditSpec
