"""The rule types: for each, its options and the check that turns a dimension into findings.

A rule type is registered once, in `RULE_TYPES`; parsing and evaluation both read it.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from datacensus.models import DimensionResult
from datacensus.policy.rule import Finding, Rule
from datacensus.schema import Status

Check = Callable[[Rule, DimensionResult], list[Finding]]


@dataclass(frozen=True)
class RuleType:
    """Options a rule type requires and accepts (besides type, dimension, name) and its check."""

    required: frozenset[str]
    optional: frozenset[str]
    check: Check


def _finding(
    rule: Rule,
    dim: DimensionResult,
    key: str | None,
    message: str,
    observed: float | str | None,
    threshold: float | int | str | list[str] | None,
) -> Finding:
    prefix = f"[{rule.name}] " if rule.name else ""
    return {
        "rule": rule.type,
        "name": rule.name,
        "dimension": dim.name,
        "key": key,
        "message": prefix + message,
        "observed": observed,
        "threshold": threshold,
        "source": rule.where,
    }


def _pct(value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"{value:.2%}" if value >= 0.0001 or value == 0 else f"{value:.2g}"


def _rows(dim: DimensionResult) -> dict[str, dict[str, Any]]:
    return {row["key"]: row for row in dim.slices.to_dicts()}


def _name(row: Mapping[str, Any] | None, key: str) -> str:
    label = (row or {}).get("label")
    return f"{label} ({key})" if label and label != key else key


def _not_in_result(rule: Rule, dim: DimensionResult, key: str, rows: Mapping[str, Any]) -> Finding:
    close = difflib.get_close_matches(key, list(rows), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return _finding(
        rule,
        dim,
        key,
        f"{dim.name} {key!r} is neither in the data nor in the reference{hint}, "
        "so the rule cannot be checked",
        None,
        rule.value,
    )


def _min_ratio(rule: Rule, dim: DimensionResult) -> list[Finding]:
    rows = _rows(dim)
    value = float(rule.value or 0.0)
    if rule.keys:
        targets = list(rule.keys)
    else:
        targets = [
            k
            for k, row in rows.items()
            if row["reference_share"] is not None
            and row["reference_share"] >= rule.min_reference_share
            and row["status"] != Status.UNDETECTABLE
        ]
    out = []
    column = "ratio_high" if rule.confident else "ratio"
    for key in targets:
        row = rows.get(key)
        if row is None:
            out.append(_not_in_result(rule, dim, key, rows))
            continue
        if row["status"] == Status.UNDETECTABLE or row["reference_share"] is None:
            why = (
                "the language-ID model cannot detect it"
                if row["status"] == Status.UNDETECTABLE
                else "the reference has no share for it"
            )
            out.append(
                _finding(
                    rule,
                    dim,
                    key,
                    f"{_name(row, key)}: ratio cannot be checked: {why}",
                    None,
                    value,
                )
            )
            continue
        observed = row[column] if row[column] is not None else (0.0 if not row["count"] else None)
        if observed is None or observed < value:
            bound = "even the upper bound of the ratio" if rule.confident else "ratio to reference"
            out.append(
                _finding(
                    rule,
                    dim,
                    key,
                    f"{_name(row, key)}: {bound} is {_ratio(observed)} "
                    f"({_pct(row['share'])} of the data vs "
                    f"{_pct(row['reference_share'])} of the reference); "
                    f"the policy requires at least {_ratio(value)}",
                    observed,
                    value,
                )
            )
    return out


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3g}×"


def _min_share(rule: Rule, dim: DimensionResult) -> list[Finding]:
    rows = _rows(dim)
    value = float(rule.value or 0.0)
    out = []
    for key in rule.keys:
        row = rows.get(key)
        share = (row or {}).get("share") or 0.0
        if share < value:
            out.append(
                _finding(
                    rule,
                    dim,
                    key,
                    f"{_name(row, key)} makes up {_pct(share)} of the data; "
                    f"the policy requires at least {_pct(value)}",
                    share,
                    value,
                )
            )
    return out


def _present(rule: Rule, dim: DimensionResult) -> list[Finding]:
    rows = _rows(dim)
    out = []
    for key in rule.keys:
        row = rows.get(key)
        if not (row or {}).get("count"):
            out.append(
                _finding(
                    rule,
                    dim,
                    key,
                    f"{_name(row, key)} is absent from the data; "
                    "the policy requires it to be present",
                    0.0,
                    "present",
                )
            )
    return out


def _max_unknown_share(rule: Rule, dim: DimensionResult) -> list[Finding]:
    everything = dim.total + dim.unknown_total
    share = dim.unknown_total / everything if everything > 0 else 0.0
    value = float(rule.value or 0.0)
    if share <= value:
        return []
    reasons = ", ".join(f"{k} {v:,.0f}" for k, v in sorted(dim.unknown.items()))
    return [
        _finding(
            rule,
            dim,
            None,
            f"{dim.name}: {_pct(share)} of the data has an unknown {dim.name} ({reasons}); "
            f"the policy allows at most {_pct(value)}",
            share,
            value,
        )
    ]


def _metric_rule(metric: str, phrase: str, maximum: bool) -> Any:
    def rule_check(rule: Rule, dim: DimensionResult) -> list[Finding]:
        observed = dim.metrics.get(metric)
        value = float(rule.value or 0.0)
        if observed is None:
            return [
                _finding(
                    rule,
                    dim,
                    None,
                    f"{dim.name}: the {phrase} is undefined (no reference or no known rows), "
                    "so the rule cannot be checked",
                    None,
                    value,
                )
            ]
        if (observed > value) if maximum else (observed < value):
            bound = "at most" if maximum else "at least"
            return [
                _finding(
                    rule,
                    dim,
                    None,
                    f"{dim.name}: the {phrase} is {observed:.3f}; "
                    f"the policy requires {bound} {value:g}",
                    float(observed),
                    value,
                )
            ]
        return []

    return rule_check


def _no_missing_in_top(rule: Rule, dim: DimensionResult) -> list[Finding]:
    statuses = rule.statuses or (str(Status.MISSING),)
    referenced = [r for r in dim.slices.to_dicts() if r["reference_share"] is not None]
    referenced.sort(key=lambda r: (-r["reference_share"], r["key"]))
    out = []
    for rank, row in enumerate(referenced[: rule.n], start=1):
        if row["status"] in statuses:
            out.append(
                _finding(
                    rule,
                    dim,
                    row["key"],
                    f"{_name(row, row['key'])}, number {rank} in the reference "
                    f"({_pct(row['reference_share'])}), is {row['status']} "
                    f"({_pct(row['share'])} of the data); the policy forbids "
                    f"{' or '.join(statuses)} among the top {rule.n}",
                    row["status"],
                    list(statuses),
                )
            )
    return out


def _forbid_status(rule: Rule, dim: DimensionResult) -> list[Finding]:
    wanted = set(rule.keys)
    out = []
    for row in dim.slices.to_dicts():
        if row["status"] in rule.statuses and (not wanted or row["key"] in wanted):
            share = _pct(row["share"])
            out.append(
                _finding(
                    rule,
                    dim,
                    row["key"],
                    f"{dim.name} {_name(row, row['key'])} is {row['status']}: "
                    f"{share} of the data vs {_pct(row['reference_share'])} of the reference "
                    f"(ratio {_ratio(row['ratio'])})",
                    row["status"],
                    list(rule.statuses),
                )
            )
    return out


def _options(*names: str) -> frozenset[str]:
    return frozenset(names)


#: Rule type -> its options and check. docs/pipelines.md documents each.
RULE_TYPES: dict[str, RuleType] = {
    "min_ratio": RuleType(
        _options("value"), _options("keys", "min_reference_share", "confident"), _min_ratio
    ),
    "min_share": RuleType(_options("value", "keys"), _options(), _min_share),
    "present": RuleType(_options("keys"), _options(), _present),
    "max_unknown_share": RuleType(_options("value"), _options(), _max_unknown_share),
    "max_tvd": RuleType(
        _options("value"),
        _options(),
        _metric_rule("tvd", "total variation distance to the reference", True),
    ),
    "max_jsd": RuleType(
        _options("value"),
        _options(),
        _metric_rule("jsd", "Jensen–Shannon divergence to the reference", True),
    ),
    "min_reference_covered": RuleType(
        _options("value"),
        _options(),
        _metric_rule(
            "reference_mass_covered", "share of the reference covered by present slices", False
        ),
    ),
    "no_missing_in_top": RuleType(_options("n"), _options("statuses"), _no_missing_in_top),
    "forbid_status": RuleType(_options("statuses"), _options("keys"), _forbid_status),
}
