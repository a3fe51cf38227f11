"""A pre-training data check: audit a seeded sample of shards, apply a policy, write the report.

Exits 0 when the policy passes, 1 when it fails (findings on stderr, one `::error` line each
for GitHub Actions), 2 on bad input. The workflow in docs/ci/pretraining-check.yml runs it.

Run: python examples/pretraining_check.py 'data/shards/*.parquet' --shards 8 \
         --policy examples/policy.toml --lang-col language -o datacensus-report
"""

from __future__ import annotations

import argparse
import glob
import random
import sys

import datacensus


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="shard files or globs (local or s3://...)")
    parser.add_argument("--shards", type=int, default=8, help="how many shards to audit")
    parser.add_argument("--seed", type=int, default=0, help="seed of the shard sample")
    parser.add_argument("--policy", required=True, help="a TOML policy file")
    parser.add_argument("--lang-col", default=None, help="existing language labels (else LID)")
    parser.add_argument("--text-col", default="text", help="the text column")
    parser.add_argument("-o", "--output", default="datacensus-report", help="report folder")
    return parser.parse_args(argv)


def sample_shards(inputs: list[str], n: int, seed: int) -> list[str]:
    """A seeded sample of ``n`` shards (the same shards for the same inputs and seed)."""
    found = sorted({p for item in inputs for p in (glob.glob(item) or [item])})
    return sorted(random.Random(seed).sample(found, min(n, len(found))))


def main(argv: list[str]) -> int:
    args = parse(argv)
    shards = sample_shards(args.inputs, args.shards, args.seed)
    try:
        result = datacensus.audit(
            shards,
            text=None if args.lang_col else args.text_col,
            language=args.lang_col,
            policy=args.policy,
        )
    except (ValueError, OSError) as exc:  # datacensus input errors are ValueErrors
        print(f"error: {exc}", file=sys.stderr)
        return 2
    datacensus.write_report(result, args.output)
    print(f"audited {len(shards)} shards, {result.input['rows_read']} rows -> {args.output}")
    if result.passed is False:
        for finding in result.findings:
            print(f"::error title=datacensus {finding['rule']}::{finding['message']}")
            print(f"policy: {finding['message']}", file=sys.stderr)
        print(f"policy failed with {len(result.findings)} finding(s)", file=sys.stderr)
        return 1
    print("policy passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
