"""Policies: TOML parsing with located errors, each rule on a worked example, check(), CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import datacensus
from datacensus.cli.app import app
from datacensus.errors import PolicyError, PolicyViolation
from datacensus.models import AuditResult, Reference
from datacensus.policy.evaluate import check, evaluate
from datacensus.policy.parse import Policy

#: en 800, fr 150, de 50 documents with a known language, plus 100 with an empty label.
LANGS = ["en"] * 800 + ["fr"] * 150 + ["de"] * 50 + [""] * 100
#: Reference: en 50%, fr 30%, de 15%, es 5%. Ratios: en 1.6, fr 0.5, de 1/3, es 0 (absent).
REF = {"en": 0.5, "fr": 0.3, "de": 0.15, "es": 0.05}


def reference() -> Reference:
    return Reference.from_mapping(REF, name="toy", dimension="language")


@pytest.fixture(scope="module")
def result() -> AuditResult:
    """An audit with known shares: en 0.8, fr 0.15, de 0.05, es 0; unknown 100 of 1100."""
    frame = pl.DataFrame({"lang": LANGS})
    return datacensus.audit(frame, text=None, language="lang", references={"language": reference()})


def policy(text: str) -> Policy:
    return Policy.from_toml(text, origin="p.toml")


def keys_of(findings: list[dict[str, object]]) -> list[object]:
    return [f["key"] for f in findings]


def test_min_ratio_on_listed_keys(result: AuditResult) -> None:
    """min_ratio flags exactly the listed slices whose share/reference ratio is below the value."""
    p = policy(
        '[[rule]]\ntype = "min_ratio"\ndimension = "language"\nvalue = 0.4\n'
        'keys = ["fr", "de", "en"]\n'
    )
    findings = evaluate(result, p)
    assert keys_of(findings) == ["de"]
    assert findings[0]["observed"] == pytest.approx(0.05 / 0.15)
    assert findings[0]["threshold"] == 0.4
    assert findings[0]["rule"] == "min_ratio"
    assert "German" in findings[0]["message"]


def test_min_ratio_with_min_reference_share(result: AuditResult) -> None:
    """Without keys, min_ratio checks every slice whose reference share reaches the floor."""
    base = '[defaults]\ndimension = "language"\n[[rule]]\ntype = "min_ratio"\nvalue = 0.6\n'
    assert sorted(keys_of(evaluate(result, policy(base)))) == ["de", "es", "fr"]
    floor = base + "min_reference_share = 0.1\n"
    assert sorted(keys_of(evaluate(result, policy(floor)))) == ["de", "fr"]


def test_min_ratio_confident_uses_upper_bound(result: AuditResult) -> None:
    """confident = true fails only when even the ratio's upper bound is below the value."""
    text = '[[rule]]\ntype = "min_ratio"\nvalue = 0.55\nkeys = ["fr", "de"]\n'
    assert keys_of(evaluate(result, policy(text))) == ["fr", "de"]
    findings = evaluate(result, policy(text + "confident = true\n"))
    assert keys_of(findings) == ["de"]
    high = dict(result.coverage("language").select("key", "ratio_high").iter_rows())
    assert high["fr"] >= 0.55 > high["de"]
    assert findings[0]["observed"] == pytest.approx(high["de"])


def test_min_share_present_and_unknown(result: AuditResult) -> None:
    """min_share, present and max_unknown_share compare the known numbers with their thresholds."""
    text = """
[defaults]
dimension = "language"
[[rule]]
type = "min_share"
value = 0.1
keys = ["fr", "de"]
[[rule]]
type = "present"
keys = ["en", "es"]
[[rule]]
type = "max_unknown_share"
value = 0.05
"""
    findings = evaluate(result, policy(text))
    assert [(f["rule"], f["key"]) for f in findings] == [
        ("min_share", "de"),
        ("present", "es"),
        ("max_unknown_share", None),
    ]
    assert findings[0]["observed"] == pytest.approx(0.05)
    assert findings[2]["observed"] == pytest.approx(100 / 1100)
    assert len(evaluate(result, policy(text.replace("value = 0.05", "value = 0.1")))) == 2


def test_max_tvd(result: AuditResult) -> None:
    """max_tvd compares the total variation distance (here 0.3) with the value."""
    tvd = 0.5 * (0.3 + 0.15 + 0.10 + 0.05)
    assert result.dimensions["language"].metrics["tvd"] == pytest.approx(tvd)
    assert evaluate(result, policy('[[rule]]\ntype = "max_tvd"\nvalue = 0.31\n')) == []
    findings = evaluate(result, policy('[[rule]]\ntype = "max_tvd"\nvalue = 0.29\n'))
    assert findings[0]["observed"] == pytest.approx(tvd)


def test_no_missing_in_top(result: AuditResult) -> None:
    """no_missing_in_top looks only at the N largest reference slices."""
    statuses = dict(result.coverage("language").select("key", "status").iter_rows())
    assert statuses == {"en": "ok", "fr": "uncertain", "de": "under", "es": "missing"}
    text = '[[rule]]\ntype = "no_missing_in_top"\nn = {n}\n'
    assert evaluate(result, policy(text.format(n=3))) == []
    assert keys_of(evaluate(result, policy(text.format(n=4)))) == ["es"]
    both = text + 'statuses = ["missing", "under"]\n'
    assert keys_of(evaluate(result, policy(both.format(n=3)))) == ["de"]


def test_fail_on_shortcut(result: AuditResult) -> None:
    """Policy.fail_on lists every slice with one of the statuses."""
    findings = evaluate(result, Policy.fail_on("under,missing"))
    assert sorted(keys_of(findings)) == ["de", "es"]
    assert keys_of(evaluate(result, Policy.fail_on(["missing"]))) == ["es"]
    with pytest.raises(PolicyError, match="unknown status 'bad'"):
        Policy.fail_on("under,bad")


def test_check_raises_and_records(result: AuditResult) -> None:
    """check() raises PolicyViolation with the findings; raise_on_failure=False records them."""
    p = {"rule": [{"type": "present", "keys": ["es"], "dimension": "language"}]}
    with pytest.raises(PolicyViolation) as info:
        check(result, p)
    assert info.value.findings[0]["key"] == "es"
    assert "absent" in str(info.value)
    assert isinstance(info.value, AssertionError)
    checked = check(result, p, raise_on_failure=False)
    assert checked.passed is False and checked.findings == info.value.findings
    assert AuditResult.from_json(checked.to_json()).passed is False
    ok = check(result, {"rule": [{"type": "present", "keys": ["en"]}]})
    assert ok.passed is True and ok.findings == []
    assert "passed" in repr(ok)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[[rule]]\ntype = "min_ratio"\nvalue = 0.1\nkeyz = ["en"]\n',
            "p.toml:4: unknown key 'keyz'",
        ),
        ('[[rule]]\ntype = "min_ratoi"\nvalue = 0.1\n', "p.toml:2: .*did you mean 'min_ratio'"),
        ('[[rule]]\ntype = "present"\n', "p.toml:1: the 'present' rule needs 'keys'"),
        ('\n[[rule]]\ntype = "max_tvd"\nvalue = "a"\n', "p.toml:4: 'value' must be a number"),
        ('[[rule]]\ntype = "max_tvd"\nvalue = 2\n', "p.toml:3: 'value' is a share"),
        ('[[rule]]\ntype = "no_missing_in_top"\nn = 0\n', "p.toml:3: 'n' must be a whole number"),
        ('[[rule]]\ntype = "forbid_status"\nstatuses = ["bad"]\n', "unknown status 'bad'"),
        ('[defaults]\ndimesion = "x"\n[[rule]]\ntype = "max_tvd"\nvalue = 1\n', "p.toml:2:"),
        ('[[rules]]\ntype = "max_tvd"\n', "p.toml:1: unknown top-level key 'rules'"),
        ("[defaults]\n", "has no \\[\\[rule\\]\\] tables"),
        ("[[rule]\n", "p.toml: not valid TOML"),
    ],
)
def test_invalid_policies_name_key_and_line(text: str, message: str) -> None:
    """An invalid policy raises PolicyError naming the file, the line and the offending key."""
    with pytest.raises(PolicyError, match=message):
        policy(text)


def test_rule_for_unmeasured_dimension(result: AuditResult) -> None:
    """A rule about a dimension the result does not measure is an error, not a silent pass."""
    p = policy('[[rule]]\ntype = "max_tvd"\ndimension = "country"\nvalue = 0.1\n')
    with pytest.raises(PolicyError, match=r"p.toml:1: .*'country'.*dimensions: language"):
        evaluate(result, p)


def test_unknown_key_is_a_finding(result: AuditResult) -> None:
    """A listed key unknown to data and reference fails with a hint instead of passing."""
    findings = evaluate(result, policy('[[rule]]\ntype = "min_ratio"\nvalue = 1\nkeys = ["en2"]\n'))
    assert "neither in the data nor in the reference" in findings[0]["message"]


def write_corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"lang": x, "text": "..."}) + "\n" for x in LANGS))
    ref = tmp_path / "ref.csv"
    ref.write_text("key,share\n" + "".join(f"{k},{v}\n" for k, v in REF.items()))
    return path


def test_cli_policy_gate(tmp_path: Path) -> None:
    """`audit --policy` exits 1 and prints the findings when the policy fails, 0 when it passes."""
    corpus = write_corpus(tmp_path)
    failing = tmp_path / "fail.toml"
    failing.write_text('[[rule]]\ntype = "present"\nkeys = ["es"]\n')
    passing = tmp_path / "pass.toml"
    passing.write_text('[[rule]]\ntype = "present"\nkeys = ["en"]\n')
    base = ["audit", str(corpus), "--lang-col", "lang", "--ref", f"language={tmp_path}/ref.csv"]
    runner = CliRunner()
    bad = runner.invoke(app, [*base, "-o", str(tmp_path / "bad"), "--policy", str(failing)])
    assert bad.exit_code == 1, bad.output
    assert "absent" in bad.output
    stored = AuditResult.read(tmp_path / "bad" / "result.json")
    assert stored.passed is False
    assert "Policy failed" in (tmp_path / "bad" / "report.html").read_text()
    good = runner.invoke(app, [*base, "-o", str(tmp_path / "good"), "--policy", str(passing)])
    assert good.exit_code == 0, good.output
    assert AuditResult.read(tmp_path / "good" / "result.json").passed is True


def test_cli_fail_on_and_bad_policy(tmp_path: Path) -> None:
    """`--fail-on` gates on statuses; an invalid policy file exits 2 naming the line."""
    corpus = write_corpus(tmp_path)
    base = [
        "audit",
        str(corpus),
        "--lang-col",
        "lang",
        "--ref",
        f"language={tmp_path}/ref.csv",
        "-o",
        str(tmp_path / "out"),
    ]
    runner = CliRunner()
    gated = runner.invoke(app, [*base, "--fail-on", "under,missing"])
    assert gated.exit_code == 1, gated.output
    assert "Spanish (es) is missing" in gated.output
    assert runner.invoke(app, [*base, "--fail-on", "uncertain"]).exit_code == 1
    assert runner.invoke(app, [*base, "--fail-on", "unreferenced"]).exit_code == 0
    broken = tmp_path / "broken.toml"
    broken.write_text('[[rule]]\ntype = "max_tvd"\nvalue = 0.1\nlimit = 3\n')
    bad = runner.invoke(app, [*base, "--policy", str(broken)])
    assert bad.exit_code == 2
    assert "broken.toml:4: unknown key 'limit'" in bad.output


def test_entry_point_exit_codes(tmp_path: Path) -> None:
    """Through the installed `datacensus` script: exit 1 with findings on stderr, no traceback."""
    exe = shutil.which("datacensus", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("the datacensus console script is not installed next to this Python")
    corpus = write_corpus(tmp_path)
    args = [
        exe,
        "audit",
        str(corpus),
        "--lang-col",
        "lang",
        "-o",
        str(tmp_path / "out"),
        "--ref",
        f"language={tmp_path}/ref.csv",
        "--fail-on",
        "missing",
        "-q",
    ]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1, done.stderr
    assert "Spanish (es) is missing" in done.stderr
    assert "Traceback" not in done.stderr


@settings(max_examples=30, deadline=None)
@given(st.floats(0.0, 2.0), st.floats(0.0, 0.6))
def test_min_ratio_matches_coverage_filter(value: float, floor: float) -> None:
    """min_ratio flags exactly the referenced slices at or above the floor with ratio < value."""
    result = _RESULT
    rule = {"type": "min_ratio", "value": value, "min_reference_share": floor}
    found = sorted(f["key"] for f in evaluate(result, {"rule": [rule]}))
    table = result.coverage("language").filter(
        (pl.col("reference_share") >= floor) & (pl.col("ratio") < value)
    )
    assert found == sorted(table["key"].to_list())
    checked = check(result, {"rule": [rule]}, raise_on_failure=False)
    assert checked.passed is (not found)
    json.dumps(checked.findings)  # findings are plain JSON


_RESULT = datacensus.audit(
    pl.DataFrame({"lang": LANGS}), text=None, language="lang", references={"language": reference()}
)
