"""A pass/fail gate for a CI job: audit, check the policy, exit 1 with the findings on failure.

The same gate from the shell: `datacensus audit data/ --policy examples/policy.toml`.
Run: python examples/ci_policy_gate.py [--starve]   (--starve makes the gate fail)
"""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl

import datacensus

POLICY = Path(__file__).with_name("policy.toml")
#: What the team wants the training mix to look like.
TARGET = {"en": 0.5, "fr": 0.2, "de": 0.2, "sw": 0.1}


def dataset(starve: bool) -> pl.DataFrame:
    counts = {"en": 520, "fr": 200, "de": 190, "sw": 5 if starve else 90, "": 20}
    return pl.DataFrame({"lang": [k for k, n in counts.items() for _ in range(n)]})


def main(argv: list[str]) -> int:
    target = datacensus.Reference.from_mapping(TARGET, name="target-mix", dimension="language")
    result = datacensus.audit(
        dataset(starve="--starve" in argv),
        text=None,
        language="lang",
        references={"language": target},
    )
    try:
        checked = datacensus.check(result, POLICY)
    except datacensus.PolicyViolation as failure:
        print(failure, file=sys.stderr)
        for finding in failure.findings:
            print(f"::error title=datacensus {finding['rule']}::{finding['message']}")
        return 1
    print(f"policy passed: {checked}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
