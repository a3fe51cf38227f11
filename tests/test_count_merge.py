"""`datacensus count` in pieces + `datacensus merge` equals one `datacensus audit`."""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from datacensus.cli.app import app
from datacensus.execution.counts_file import read_counts, write_counts
from datacensus.models import AuditResult
from datacensus.spec import AuditSpec
from pipeline_corpus import sorted_counts, write_shards

RUNNER = CliRunner()
EXE = shutil.which("datacensus", path=str(Path(sys.executable).parent)) or "datacensus"
#: Dimensions given by columns (no LID) so that 4 processes per example stay fast.
COLUMNS = ["--lang-col", "language", "--url-col", "url", "--category", "topic"]


def run_process(*args: str | Path, code: int = 0) -> subprocess.CompletedProcess[str]:
    """Run the installed entry point; fail with its stderr when the exit code is not ``code``."""
    done = subprocess.run([EXE, *map(str, args)], capture_output=True, text=True, timeout=300)
    assert done.returncode == code, done.stderr
    return done


def run(*args: str | Path, code: int = 0) -> Any:
    """Run a command in this process (CliRunner); ``.stderr`` holds the error line."""
    done = RUNNER.invoke(app, [str(a) for a in args])
    assert done.exit_code == code, (done.stderr, done.exception)
    return done


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_shards(tmp_path_factory.mktemp("shards"), shards=16, rows=40, seed=7)


@pytest.fixture(scope="module")
def one_audit(shards: list[Path], tmp_path_factory: pytest.TempPathFactory) -> AuditResult:
    out = tmp_path_factory.mktemp("audit")
    run_process("audit", *shards, *COLUMNS, "--weight", "documents", "--weight", "chars",
        "--no-cache", "-q", "-o", out)  # fmt: skip
    return AuditResult.read(out / "result.json")


@settings(
    max_examples=2,
    deadline=None,
    phases=(Phase.explicit, Phase.generate),  # each example runs 5 processes: no shrinking
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    order=st.permutations(range(16)),
    cuts=st.lists(st.integers(1, 15), min_size=3, max_size=3, unique=True),
)
def test_four_count_processes_merge_to_one_audit(
    order: list[int],
    cuts: list[int],
    shards: list[Path],
    one_audit: AuditResult,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Any split of 16 shards over 4 `count` processes merges to the single audit's counts."""
    work = tmp_path_factory.mktemp("pieces")
    bounds = [0, *sorted(cuts), 16]
    groups = [[shards[i] for i in order[a:b]] for a, b in itertools.pairwise(bounds)]
    procs = []
    for n, group in enumerate(groups):
        args = ["count", *group, *COLUMNS, "--no-cache", "-q", "-o", work / f"c{n}.parquet"]
        procs.append(subprocess.Popen([EXE, *map(str, args)], stderr=subprocess.PIPE, text=True))
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    report = work / "report"
    pieces = sorted(work.glob("c*.parquet"))
    run_process("merge", *pieces, "--weight", "documents", "--weight", "chars",
                "-q", "--plotlyjs", "none", "-o", report)  # fmt: skip
    merged = AuditResult.read(report / "result.json")
    assert sorted_counts(merged.counts).equals(sorted_counts(one_audit.counts))
    assert merged.input["rows_read"] == one_audit.input["rows_read"]
    assert merged.input["rows_skipped"] == one_audit.input["rows_skipped"] == {"malformed_json": 5}
    assert set(merged.dimensions) == set(one_audit.dimensions)
    for name, dim in one_audit.dimensions.items():
        assert merged.dimensions[name].slices.equals(dim.slices), name
    assert sorted(merged.input["paths"]) == sorted(str(p) for p in shards)


def test_counts_file_round_trip_and_provenance(shards: list[Path], tmp_path: Path) -> None:
    """A counts file holds the counts, spec, rows accounting and one fingerprint per shard."""
    out = tmp_path / "c.parquet"
    run("count", *shards[:3], *COLUMNS, "-q", "-o", out)
    piece = read_counts(out)
    expected_rows = sum(
        pl.read_parquet(p).height if p.suffix == ".parquet" else len(p.read_text().splitlines()) - 1
        for p in shards[:3]
    )
    rows = piece.counts.filter(pl.col("dimension") == "_rows")
    assert dict(zip(rows["key"], rows["documents"], strict=True)) == {
        "read": expected_rows,
        "?malformed_json": 1,
    }
    assert piece.provenance["rows_read"] == expected_rows
    assert [s["name"] for s in piece.provenance["shards"]] == [str(p) for p in shards[:3]]
    assert piece.spec["language"] == "language" and piece.model is None
    again = write_counts(tmp_path / "again.parquet", piece.counts, piece.audit_spec())
    assert read_counts(again).counts.equals(piece.counts)


def test_merge_refuses_different_specs_and_double_counting(
    shards: list[Path], tmp_path: Path
) -> None:
    """Different specs, or one shard in two pieces, exit 2 with one line naming the file."""
    a, b, c = tmp_path / "a.parquet", tmp_path / "b.parquet", tmp_path / "c.parquet"
    run("count", shards[0], *COLUMNS, "-q", "-o", a)
    run("count", shards[1], "--lang-col", "language", "-q", "-o", b)
    run("count", shards[0], shards[2], *COLUMNS, "-q", "-o", c)
    err = run("merge", a, b, "-q", "-o", tmp_path / "r", code=2).stderr.strip()
    assert len(err.splitlines()) == 1 and str(b) in err and "categories" in err, err
    err = run("merge", a, c, "-q", "-o", tmp_path / "r", code=2).stderr.strip()
    assert "count it twice" in err and shards[0].name in err, err
    err = run("merge", tmp_path / "missing.parquet", "-o", tmp_path / "r", code=2).stderr
    assert "no such counts file" in err


def test_merge_refuses_counts_of_another_model(tmp_path: Path) -> None:
    """Pieces whose LID model differs (by SHA-256) are refused, naming the model field."""
    from datacensus.execution.counts_file import read_counts as read
    from datacensus.spec import AuditSpec

    spec = AuditSpec(text="text")
    counts = read_counts_table()
    model = {"backend": "fasttext", "model_sha256": "a" * 64, "package": "0.9"}
    write_counts(tmp_path / "a.parquet", counts, spec, model=model)
    write_counts(tmp_path / "b.parquet", counts, spec, model={**model, "model_sha256": "b" * 64})
    assert read(tmp_path / "a.parquet").model == model
    err = run("merge", tmp_path / "a.parquet", tmp_path / "b.parquet", "-o", tmp_path / "r",
              code=2).stderr.strip()  # fmt: skip
    assert len(err.splitlines()) == 1 and "different language model (model_sha256" in err, err


def read_counts_table() -> pl.DataFrame:
    """A two-row counts table (one language slice and the rows read)."""
    from datacensus.schema import COUNTS_SCHEMA

    rows = [("language", "en", 3), ("_rows", "read", 3)]
    return pl.DataFrame(
        [
            {"dimension": d, "key": k, "documents": n, "chars": 9, "tokens": 3,
             "chars_sq": 27.0, "tokens_sq": 3.0}
            for d, k, n in rows
        ],
        schema=COUNTS_SCHEMA,
    )  # fmt: skip


def test_merge_takes_stored_results(shards: list[Path], tmp_path: Path) -> None:
    """A result.json made by `audit` merges with counts of other shards made by `count`."""
    run("audit", shards[0], *COLUMNS, "--weight", "documents", "--weight", "chars", "-q",
        "--plotlyjs", "none", "-o", tmp_path / "a")  # fmt: skip
    run("count", *shards[1:4], *COLUMNS, "-q", "-o", tmp_path / "b.parquet")
    run("merge", tmp_path / "a" / "result.json", tmp_path / "b.parquet", "-q",
        "--plotlyjs", "none", "-o", tmp_path / "m")  # fmt: skip
    run("audit", *shards[:4], *COLUMNS, "--weight", "documents", "--weight", "chars", "-q",
        "--plotlyjs", "none", "-o", tmp_path / "all")  # fmt: skip
    merged = json.loads((tmp_path / "m" / "result.json").read_text())
    whole = json.loads((tmp_path / "all" / "result.json").read_text())
    assert merged["counts"] == whole["counts"]


def test_lid_pieces_merge_to_one_audit(shards: list[Path], tmp_path: Path) -> None:
    """With language identification, two pieces merge to the audit (same model identity)."""
    lid = ["--workers", "1", "-q", "--no-cache"]
    run("count", *shards[:2], *lid, "-o", tmp_path / "a.parquet")
    run("count", *shards[2:4], *lid, "-o", tmp_path / "b.parquet")
    piece = read_counts(tmp_path / "a.parquet")
    assert piece.model is not None and piece.model["backend"] == "fasttext"
    run("merge", tmp_path / "a.parquet", tmp_path / "b.parquet", "-q", "--plotlyjs", "none",
        "-o", tmp_path / "m")  # fmt: skip
    run("audit", *shards[:4], "--weight", "documents", "--weight", "chars", *lid,
        "--plotlyjs", "none", "-o", tmp_path / "all")  # fmt: skip
    merged = AuditResult.read(tmp_path / "m" / "result.json")
    whole = AuditResult.read(tmp_path / "all" / "result.json")
    assert sorted_counts(merged.counts).equals(sorted_counts(whole.counts))
    assert merged.dimensions["language"].slices.equals(whole.dimensions["language"].slices)
    err = run("merge", tmp_path / "a.parquet", tmp_path / "all" / "result.json", "-q",
              "-o", tmp_path / "x", code=2).stderr  # fmt: skip
    assert "count it twice" in err, err
    run("count", *shards[4:5], *lid, "--min-confidence", "0.9", "-o", tmp_path / "c.parquet")
    err = run("merge", tmp_path / "a.parquet", tmp_path / "c.parquet", "-q",
              "-o", tmp_path / "x", code=2).stderr  # fmt: skip
    assert "lid.min_confidence=0.9" in err, err


def test_merge_expands_a_quoted_glob_and_refuses_one_that_matches_nothing(tmp_path: Path) -> None:
    """`merge 'counts/*.parquet'` reads every match; a glob with no match is one exit-2 line,
    and an output path that is a file is refused before any counts are read."""
    shards = write_shards(tmp_path / "shards", shards=2, rows=40, seed=3)
    pieces = tmp_path / "counts"
    for i, shard in enumerate(shards):
        made = RUNNER.invoke(
            app, ["count", str(shard), "--lang-col", "language", "-o", str(pieces / f"{i}.parquet")]
        )
        assert made.exit_code == 0, made.output
    merged = RUNNER.invoke(app, ["merge", str(pieces / "*.parquet"), "-o", str(tmp_path / "r")])
    assert merged.exit_code == 0, merged.output
    result = AuditResult.read(tmp_path / "r" / "result.json")
    rows = sum(
        pl.read_parquet(s).height if s.suffix == ".parquet" else len(s.read_text().splitlines())
        for s in shards
    )  # counted without datacensus
    skipped = sum(result.input["rows_skipped"].values())
    assert result.input["rows_read"] + skipped == rows
    none = RUNNER.invoke(
        app, ["merge", str(tmp_path / "nothing" / "*.parquet"), "-o", str(tmp_path / "x")]
    )
    assert none.exit_code == 2 and "the glob matches no counts files" in none.output
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    refused = RUNNER.invoke(app, ["merge", str(pieces / "*.parquet"), "-o", str(blocker)])
    assert refused.exit_code == 2 and "a-file" in refused.output


def test_cluster_settings_travel_with_the_spec_and_another_bucketing_is_refused() -> None:
    """The counts file's spec keeps the cluster column; counts bucketed differently are refused."""
    from datacensus.errors import InputError
    from datacensus.execution.counts_file import spec_from_dict
    from datacensus.schema import CLUSTER_BUCKETS
    from datacensus.spec import AuditSpec

    spec = AuditSpec(text=None, language="language", cluster="site", domain_clusters=False)
    assert spec_from_dict(spec.to_dict()) == spec
    other = {**spec.to_dict(), "cluster_buckets": CLUSTER_BUCKETS * 8}
    with pytest.raises(InputError, match="cluster buckets"):
        spec_from_dict(other)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet=st.sampled_from([*"ab1é中 \t\n\r", "\u00a0", "\u3000"]), max_size=12))
)
def test_whitespace_tokens_are_the_runs_of_non_space(texts: list[str]) -> None:
    """Token weights count maximal runs of non-whitespace, as Python's str.split() does."""
    from datacensus.execution.count import _weights

    frame = pl.DataFrame({"text": texts}, schema={"text": pl.String})
    _, tokens = _weights(frame, AuditSpec(text="text", language="text"))
    assert tokens.to_list() == [len(t.split()) for t in texts]


_labels = st.sampled_from(["en", "fr", "?x", None])


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            _labels,
            _labels,
            st.one_of(st.none(), st.lists(st.sampled_from(["a", "b", "c"]), max_size=4)),
            st.integers(0, 5000),
            st.integers(0, 900),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_count_keys_is_a_plain_tally(
    rows: list[tuple[str | None, str | None, list[str] | None, int, int]],
) -> None:
    """`count_keys` equals a tally written out by hand: per dimension and key, documents and the
    sums (and sums of squares) of characters and tokens; a list counts each distinct label once,
    an empty or missing list as ``?empty``."""
    from collections import defaultdict

    from datacensus.execution.counting import count_keys
    from datacensus.schema import COUNTS_SCHEMA

    tally: dict[tuple[str, str | None], list[float]] = defaultdict(lambda: [0, 0, 0, 0.0, 0.0])
    for first, second, labels, chars, tokens in rows:
        for dimension, keys in (
            ("first", [first]),
            ("second", [second]),
            ("labels", sorted(set(labels)) if labels else ["?empty"]),
        ):
            for key in keys:
                entry = tally[(dimension, key)]
                for i, value in enumerate((1, chars, tokens, chars**2, tokens**2)):
                    entry[i] += value
    keys = pl.DataFrame(
        {
            "first": [r[0] for r in rows],
            "second": [r[1] for r in rows],
            "labels": [r[2] for r in rows],
        },
        schema={"first": pl.String, "second": pl.String, "labels": pl.List(pl.String)},
    )
    counted = count_keys(keys, pl.Series([r[3] for r in rows]), pl.Series([r[4] for r in rows]))
    assert counted.schema == COUNTS_SCHEMA
    got = {(d, k): [n, c, t, cs, ts] for d, k, n, c, t, cs, ts in counted.iter_rows()}
    assert got == {key: [int(v) for v in values[:3]] + values[3:] for key, values in tally.items()}
