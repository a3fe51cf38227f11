"""Apply a policy to an audit result: findings, the verdict, and a readable summary."""

from __future__ import annotations

from collections.abc import Sequence

from datacensus.errors import PolicyError, PolicyViolation
from datacensus.models import AuditResult, DimensionResult
from datacensus.policy.checks import RULE_TYPES
from datacensus.policy.parse import PolicyLike, load_policy
from datacensus.policy.rule import Finding, Rule


def evaluate(result: AuditResult, policy: PolicyLike) -> list[Finding]:
    """Every finding of ``policy`` on ``result``, in rule order; empty when it passes."""
    loaded = load_policy(policy)
    findings: list[Finding] = []
    for rule in loaded.rules:
        for dim in _dimensions(result, rule):
            findings.extend(RULE_TYPES[rule.type].check(rule, dim))
    return findings


def check(result: AuditResult, policy: PolicyLike, *, raise_on_failure: bool = True) -> AuditResult:
    """Apply ``policy``: return the result with its verdict set, or raise `PolicyViolation`.

    With ``raise_on_failure=False`` a failed policy is only recorded (``result.passed`` is
    False and ``result.findings`` lists why). The exception carries the same ``findings``.
    """
    findings = evaluate(result, policy)
    checked = result.with_verdict(not findings, findings)
    if findings and raise_on_failure:
        raise PolicyViolation(summarise(findings), findings)
    return checked


def summarise(findings: Sequence[Finding], limit: int = 10) -> str:
    """A readable multi-line message: how many findings, then the first ``limit`` of them."""
    head = f"policy failed with {len(findings)} finding{'s' if len(findings) != 1 else ''}:"
    lines = [f"  - {f['message']}" for f in findings[:limit]]
    if len(findings) > limit:
        lines.append(f"  ... and {len(findings) - limit} more")
    return "\n".join([head, *lines])


def _dimensions(result: AuditResult, rule: Rule) -> list[DimensionResult]:
    if rule.dimension is None:
        return list(result.dimensions.values())
    if rule.dimension not in result.dimensions:
        have = ", ".join(result.dimensions) or "none"
        raise PolicyError(
            f"{rule.where}: the rule checks dimension {rule.dimension!r}, which this result does "
            f"not measure (dimensions: {have})"
        )
    return [result.dimensions[rule.dimension]]
