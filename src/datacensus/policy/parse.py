"""Read a policy (TOML text, file, dict) into validated rules; errors name the file and line."""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datacensus.errors import PolicyError
from datacensus.policy.checks import RULE_TYPES
from datacensus.policy.rule import COMMON_OPTIONS, STATUSES, Rule
from datacensus.toml_lines import TomlLines


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


def _parse(data: Mapping[str, Any], origin: str, text: str | None) -> Policy:
    locate = _RuleLines(text)
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
    raw: Mapping[str, Any], index: int, origin: str, locate: _RuleLines, default_dim: str | None
) -> Rule:
    def where(key: str | None = None) -> str:
        return f"{origin}:{locate.rule(index, key)}"

    kind = raw.get("type")
    if kind not in RULE_TYPES:
        close = difflib.get_close_matches(str(kind), list(RULE_TYPES), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        found = "no 'type'" if kind is None else f"type {kind!r}"
        raise PolicyError(
            f"{where('type')}: rule {index + 1} has {found}{hint}; "
            f"expected one of {', '.join(RULE_TYPES)}"
        )
    required, optional = RULE_TYPES[kind].required, RULE_TYPES[kind].optional
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


class _RuleLines(TomlLines):
    """Where a policy's keys are: ``top(key)`` and ``rule(index, key)`` as text for messages."""

    def top(self, key: str) -> str:  # type: ignore[override]
        return str(super().top(key) or "?")

    def rule(self, index: int, key: str | None) -> str:
        found = (key and self.table("rule", index, key)) or self.table("rule", index)
        return str(found) if found else f"rule {index + 1}"


def policy_from_options(path: str | Path | None, fail_on: str | None) -> Policy | None:
    """The CLI's `--policy PATH` and `--fail-on LIST` combined into one policy (or None)."""
    parts = [Policy.read(path)] if path is not None else []
    if fail_on is not None and not fail_on.strip(" ,"):
        raise PolicyError(
            f"--fail-on {fail_on!r}: empty; expected statuses such as under,missing "
            "(leave the option out for no gate)"
        )
    if fail_on:
        parts.append(Policy.fail_on(fail_on))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else parts[0] + parts[1]
