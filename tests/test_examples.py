"""Every script in examples/ runs offline as documented and prints what the docs promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_every_example_is_tested() -> None:
    """Each example script has a test below (a new example needs one)."""
    tested = {
        "hf_datasets_audit.py",
        "streaming_census.py",
        "ci_policy_gate.py",
        "before_after_filter.py",
        "pretraining_check.py",
    }
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


def test_hf_datasets_audit(tmp_path: Path) -> None:
    """The HF example detects languages in a datasets.Dataset; Swahili is under-represented."""
    pytest.importorskip("datasets")
    done = run("hf_datasets_audit.py", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "Swahili: under" in done.stdout
    assert (tmp_path / "report.html").is_file() and (tmp_path / "result.json").is_file()


def test_streaming_census() -> None:
    """The streaming example's counts equal the one-shot and the merged-shard counts."""
    done = run("streaming_census.py")
    assert done.returncode == 0, done.stderr
    assert "streamed counts == one-shot counts" in done.stdout
    assert "merged 50 shard counts" in done.stdout


def test_ci_policy_gate() -> None:
    """The CI gate passes on the balanced mix and exits 1 with annotated findings when starved."""
    ok = run("ci_policy_gate.py")
    assert ok.returncode == 0, ok.stderr
    assert "policy passed" in ok.stdout
    starved = run("ci_policy_gate.py", "--starve")
    assert starved.returncode == 1
    assert "::error title=datacensus min_ratio::[no starved language] Swahili" in starved.stdout
    assert "policy failed with 1 finding" in starved.stderr


def test_before_after_filter(tmp_path: Path) -> None:
    """The length filter is shown to drop Japanese and Chinese, failing the 50% max-drop gate."""
    done = run("before_after_filter.py", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "Japanese (ja) lost 82% of its share" in done.stdout
    assert "Chinese (zh) lost 95%" in done.stdout
    assert (tmp_path / "comparison.html").is_file()


def test_pretraining_check(tmp_path: Path) -> None:
    """The check audits the sampled shards, passes a met policy, exits 1 on a failed one."""
    import polars as pl

    for i in range(6):
        langs = ["en"] * 30 + ["fr"] * 10 + [None] * (i % 2)  # 3 shards hold an unlabelled row
        pl.DataFrame({"text": ["t"] * len(langs), "language": langs}).write_parquet(
            tmp_path / f"part-{i}.parquet"
        )
    loose, strict = tmp_path / "loose.toml", tmp_path / "strict.toml"
    loose.write_text('[[rule]]\ntype = "max_unknown_share"\ndimension = "language"\nvalue = 0.05\n')
    strict.write_text('[[rule]]\ntype = "max_unknown_share"\ndimension = "language"\nvalue = 0\n')
    shards = str(tmp_path / "part-*.parquet")
    common = ["--shards", "4", "--lang-col", "language", "-o", str(tmp_path / "report")]
    ok = run("pretraining_check.py", shards, "--policy", str(loose), *common)
    assert ok.returncode == 0, ok.stderr
    assert "audited 4 shards" in ok.stdout and "policy passed" in ok.stdout
    assert (tmp_path / "report" / "report.html").is_file()
    failed = run("pretraining_check.py", shards, "--policy", str(strict), *common)
    assert failed.returncode == 1
    assert "::error title=datacensus max_unknown_share::" in failed.stdout
    bad = run("pretraining_check.py", shards, "--policy", str(tmp_path / "none.toml"), *common)
    assert bad.returncode == 2 and "none.toml" in bad.stderr
