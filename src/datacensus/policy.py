"""Pass/fail policies: a TOML file of rules -> findings about an `AuditResult`.

A policy is a list of rules, each checking one thing in one dimension (or in every dimension).
`evaluate()` returns the findings (empty means the policy passed); `check()` records them as the
result's verdict and, by default, raises `PolicyViolation` when there are any. docs/pipelines.md
documents the file format.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import PolicyError, PolicyViolation
from .models import AuditResult, DimensionResult
from .schema import Status

Finding = dict[str, Any]

#: Rule type -> (required options, optional options). Every rule also takes `dimension`, `name`.
RULES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "min_ratio": (frozenset({"value"}), frozenset({"keys", "min_reference_share", "confident"})),
    "min_share": (frozenset({"value", "keys"}), frozenset()),
    "present": (frozenset({"keys"}), frozenset()),
    "max_unknown_share": (frozenset({"value"}), frozenset()),
    "max_tvd": (frozenset({"value"}), frozenset()),
    "max_jsd": (frozenset({"value"}), frozenset()),
    "min_reference_covered": (frozenset({"value"}), frozenset()),
    "no_missing_in_top": (frozenset({"n"}), frozenset({"statuses"})),
    "forbid_status": (frozenset({"statuses"}), frozenset({"keys"})),
}
COMMON_OPTIONS = frozenset({"type", "dimension", "name"})
STATUSES = tuple(str(s) for s in Status)


@dataclass(frozen=True)
class Rule:
    """One validated rule. ``dimension=None`` means every dimension of the result."""

    type: str
    dimension: str | None = None
    value: float | None = None
    keys: tuple[str, ...] = ()
    min_reference_share: float = 0.0
    confident: bool = False
    n: int = 0
    statuses: tuple[str, ...] = ()
    name: str = ""
    where: str = ""  # "policy.toml:12", for messages

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "dimension": self.dimension,
            "value": self.value,
            "keys": list(self.keys),
            "min_reference_share": self.min_reference_share,
            "confident": self.confident,
            "n": self.n,
            "statuses": list(self.statuses),
            "name": self.name,
        }


@dataclass(frozen=True)
class Policy:
    """An ordered list of rules, and where they came from."""

    rules: tuple[Rule, ...]
    origin: str = "<policy>"
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], *, origin: str = "<policy>", text: str | None = None
    ) -> Policy:
        """Validate a parsed policy (the TOML structure); ``text`` locates errors by line."""
        return _parse(data, origin, text)

    @classmethod
    def from_toml(cls, text: str, *, origin: str = "<policy>") -> Policy:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise PolicyError(f"{origin}: not valid TOML: {exc}") from None
        return _parse(data, origin, text)

    @classmethod
    def read(cls, path: str | Path) -> Policy:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise PolicyError(f"{p}: no such policy file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyError(f"{p}: cannot read policy file ({exc})") from None
        return cls.from_toml(text, origin=str(p))

    @classmethod
    def fail_on(cls, statuses: Iterable[str] | str, *, dimension: str | None = None) -> Policy:
        """The `--fail-on under,missing` shortcut: fail when any slice has one of these statuses."""
        items = statuses.split(",") if isinstance(statuses, str) else list(statuses)
        wanted = tuple(s.strip() for s in items if s.strip())
        if not wanted:
            raise PolicyError(f"--fail-on: expected one or more of {', '.join(STATUSES)}")
        _check_statuses(wanted, "--fail-on")
        rule = Rule(type="forbid_status", dimension=dimension, statuses=wanted, where="--fail-on")
        return cls(rules=(rule,), origin="--fail-on")

    def __add__(self, other: Policy) -> Policy:
        return Policy(rules=self.rules + other.rules, origin=f"{self.origin} + {other.origin}")


PolicyLike = Policy | str | Path | Mapping[str, Any]


def load_policy(policy: PolicyLike) -> Policy:
    """A Policy from a Policy, a path to a TOML file, or an already-parsed mapping."""
    if isinstance(policy, Policy):
        return policy
    if isinstance(policy, str | Path):
        return Policy.read(policy)
    if isinstance(policy, Mapping):
        return Policy.from_dict(policy)
    raise PolicyError(
        f"cannot use a {type(policy).__name__} as a policy; expected a path to a TOML file, "
        "a dict or a datacensus.policy.Policy"
    )


# ---------------------------------------------------------------------------------------------
# Parsing and validation


def _parse(data: Mapping[str, Any], origin: str, text: str | None) -> Policy:
    locate = _Locator(text)
    unknown_tables = sorted(set(data) - {"defaults", "rule"})
    for key in unknown_tables:
        hint = " (rules are written as [[rule]] tables)" if key == "rules" else ""
        raise PolicyError(
            f"{origin}:{locate.top(key)}: unknown top-level key {key!r}{hint}; "
            "expected [defaults] and [[rule]] tables"
        )
    defaults = data.get("defaults", {})
    if not isinstance(defaults, Mapping):
        raise PolicyError(f"{origin}:{locate.top('defaults')}: [defaults] must be a table")
    for key in defaults:
        if key != "dimension":
            raise PolicyError(
                f"{origin}:{locate.top(key)}: unknown key {key!r} in [defaults]; "
                "expected 'dimension'"
            )
    default_dim = defaults.get("dimension")
    if default_dim is not None and not isinstance(default_dim, str):
        raise PolicyError(
            f"{origin}:{locate.top('dimension')}: defaults.dimension must be a string, "
            f"got {default_dim!r}"
        )
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list) or not all(isinstance(r, Mapping) for r in raw_rules):
        raise PolicyError(f"{origin}:{locate.top('rule')}: rules must be [[rule]] tables")
    if not raw_rules:
        raise PolicyError(f"{origin}: the policy has no [[rule]] tables, so it cannot fail")
    rules = tuple(
        _parse_rule(raw, index, origin, locate, default_dim) for index, raw in enumerate(raw_rules)
    )
    return Policy(rules=rules, origin=origin)


def _parse_rule(
    raw: Mapping[str, Any], index: int, origin: str, locate: _Locator, default_dim: str | None
) -> Rule:
    def where(key: str | None = None) -> str:
        return f"{origin}:{locate.rule(index, key)}"

    kind = raw.get("type")
    if kind not in RULES:
        close = difflib.get_close_matches(str(kind), list(RULES), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        found = "no 'type'" if kind is None else f"type {kind!r}"
        raise PolicyError(
            f"{where('type')}: rule {index + 1} has {found}{hint}; "
            f"expected one of {', '.join(RULES)}"
        )
    required, optional = RULES[kind]
    for key in raw:
        if key not in required | optional | COMMON_OPTIONS:
            allowed = ", ".join(sorted(required | optional | COMMON_OPTIONS))
            raise PolicyError(
                f"{where(key)}: unknown key {key!r} in a {kind!r} rule; expected: {allowed}"
            )
    for key in sorted(required - set(raw)):
        raise PolicyError(f"{where()}: the {kind!r} rule needs {key!r}")

    kwargs: dict[str, Any] = {"type": kind, "where": where()}
    dimension = raw.get("dimension", default_dim)
    if dimension is not None and not (isinstance(dimension, str) and dimension):
        raise PolicyError(f"{where('dimension')}: 'dimension' must be a non-empty string")
    kwargs["dimension"] = None if dimension == "*" else dimension
    if "name" in raw:
        kwargs["name"] = _typed(raw, "name", str, "a string", where)
    if "value" in raw:
        value = _number(raw, "value", where)
        if kind != "min_ratio" and not 0.0 <= value <= 1.0:
            raise PolicyError(f"{where('value')}: 'value' is a share: expected 0..1, got {value}")
        if value < 0:
            raise PolicyError(f"{where('value')}: 'value' must be >= 0, got {value}")
        kwargs["value"] = value
    if "min_reference_share" in raw:
        share = _number(raw, "min_reference_share", where)
        if not 0.0 <= share <= 1.0:
            raise PolicyError(f"{where('min_reference_share')}: expected 0..1, got {share}")
        kwargs["min_reference_share"] = share
    if "confident" in raw:
        kwargs["confident"] = _typed(raw, "confident", bool, "true or false", where)
    if "n" in raw:
        n = raw["n"]
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise PolicyError(f"{where('n')}: 'n' must be a whole number >= 1, got {n!r}")
        kwargs["n"] = n
    for key in ("keys", "statuses"):
        if key in raw:
            items = raw[key]
            if not (isinstance(items, list) and items and all(isinstance(i, str) for i in items)):
                raise PolicyError(
                    f"{where(key)}: {key!r} must be a non-empty list of strings, got {items!r}"
                )
            kwargs[key] = tuple(items)
    if "statuses" in kwargs:
        _check_statuses(kwargs["statuses"], where("statuses"))
    return Rule(**kwargs)


def _typed(raw: Mapping[str, Any], key: str, kind: type, expected: str, where: Any) -> Any:
    value = raw[key]
    if not isinstance(value, kind):
        raise PolicyError(f"{where(key)}: {key!r} must be {expected}, got {value!r}")
    return value


def _number(raw: Mapping[str, Any], key: str, where: Any) -> float:
    value = raw[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PolicyError(f"{where(key)}: {key!r} must be a number, got {value!r}")
    return float(value)


def _check_statuses(statuses: Sequence[str], where: str) -> None:
    for status in statuses:
        if status not in STATUSES:
            raise PolicyError(
                f"{where}: unknown status {status!r}; expected one of {', '.join(STATUSES)}"
            )


class _Locator:
    """Line numbers of keys in the policy text (tomllib does not report positions)."""

    HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")

    def __init__(self, text: str | None) -> None:
        self.lines = (text or "").splitlines()
        self.rule_starts = [
            i for i, line in enumerate(self.lines) if re.match(r"^\s*\[\[\s*rule\s*\]\]", line)
        ]

    def _find(self, key: str, start: int, stop: int) -> int | None:
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for i in range(start, min(stop, len(self.lines))):
            if pattern.match(self.lines[i]):
                return i + 1
        return None

    def top(self, key: str) -> str:
        for i, line in enumerate(self.lines):
            match = self.HEADER.match(line)
            if match and match.group(1).strip("\"' ") == key:
                return str(i + 1)
        found = self._find(key, 0, len(self.lines))
        return str(found) if found else "?"

    def rule(self, index: int, key: str | None) -> str:
        if index >= len(self.rule_starts):
            return f"rule {index + 1}"
        start = self.rule_starts[index]
        stop = self.rule_starts[index + 1] if index + 1 < len(self.rule_starts) else len(self.lines)
        found = self._find(key, start + 1, stop) if key else None
        return str(found or start + 1)


# ---------------------------------------------------------------------------------------------
# Evaluation


def evaluate(result: AuditResult, policy: PolicyLike) -> list[Finding]:
    """Every finding of ``policy`` on ``result``, in rule order; empty when it passes."""
    loaded = load_policy(policy)
    findings: list[Finding] = []
    for rule in loaded.rules:
        for dim in _dimensions(result, rule):
            findings.extend(_CHECKS[rule.type](rule, dim))
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


_CHECKS: dict[str, Any] = {
    "min_ratio": _min_ratio,
    "min_share": _min_share,
    "present": _present,
    "max_unknown_share": _max_unknown_share,
    "max_tvd": _metric_rule("tvd", "total variation distance to the reference", True),
    "max_jsd": _metric_rule("jsd", "Jensen–Shannon divergence to the reference", True),
    "min_reference_covered": _metric_rule(
        "reference_mass_covered", "share of the reference covered by present slices", False
    ),
    "no_missing_in_top": _no_missing_in_top,
    "forbid_status": _forbid_status,
}


def policy_from_options(path: str | Path | None, fail_on: str | None) -> Policy | None:
    """The CLI's `--policy PATH` and `--fail-on LIST` combined into one policy (or None)."""
    parts = [Policy.read(path)] if path is not None else []
    if fail_on is not None and not fail_on.strip(" ,"):
        from .errors import PolicyError

        raise PolicyError(
            f"--fail-on {fail_on!r}: empty; expected statuses such as under,missing "
            "(leave the option out for no gate)"
        )
    if fail_on:
        parts.append(Policy.fail_on(fail_on))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else parts[0] + parts[1]


__all__ = ["Policy", "Rule", "check", "evaluate", "load_policy", "policy_from_options", "summarise"]
