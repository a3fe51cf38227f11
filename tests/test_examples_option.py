"""--examples N: snippets per flagged slice, escaped, the same through every counting path."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import datacensus
from datacensus.api import count
from datacensus.cli.app import app
from datacensus.compare.results import build_result
from datacensus.errors import InputError
from datacensus.execution.counting import merge_counts
from datacensus.execution.examples import examples_by_slice, snippets
from datacensus.execution.scan import ScanOptions, count_shards
from datacensus.inputs.sources import resolve_inputs
from datacensus.lid import LidSettings
from datacensus.models import Reference
from datacensus.report.write import write_report
from datacensus.schema import EXAMPLES_DIMENSION
from datacensus.spec import AuditSpec

SECRET = "The quokka juggles seven lanterns at dawn"
HOSTILE = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def corpus(n: int = 120) -> pl.DataFrame:
    """Topic ``b`` is 1 row in 10 against a 50/50 reference (under); its texts are hostile."""
    rows = []
    for i in range(n):
        rare = i % 10 == 0
        text = f"Rare {HOSTILE} note {i}." if rare else f"{SECRET}, says report {i}."
        rows.append({"text": text, "topic": "b" if rare else "a", "lang": "en"})
    return pl.DataFrame(rows)


def refs() -> dict[str, Reference]:
    return {"topic": Reference.from_mapping({"a": 0.5, "b": 0.5}, name="toy", dimension="topic")}


def labelled(data: object, **options: Any) -> datacensus.AuditResult:
    options = {"language": "lang", "categories": ["topic"], "references": refs(), **options}
    return datacensus.audit(data, **options)


def example_rows(result: datacensus.AuditResult) -> pl.DataFrame:
    return result.counts.filter(pl.col("dimension") == EXAMPLES_DIMENSION)


def written(result: datacensus.AuditResult, directory: Path) -> str:
    paths = write_report(result, directory, plotlyjs="none")
    return "".join(Path(paths[k]).read_text(encoding="utf-8") for k in ("json", "html", "markdown"))


def test_default_audit_holds_no_document_text(tmp_path: Path) -> None:
    """Without examples, no sentence of the input reaches result.json, report.html or summary.md."""
    result = datacensus.audit(corpus(), categories=["topic"], references=refs())
    assert result.parameters["spec"]["examples"] == 0
    assert "examples" not in result.extras
    assert example_rows(result).height == 0
    files = written(result, tmp_path)
    assert "quokka" not in files
    assert "alert(1)" not in files


def test_examples_are_escaped_in_the_report(tmp_path: Path) -> None:
    """With examples=2 the flagged slice shows 2 snippets, escaped; the raw tag never appears."""
    result = labelled(corpus(), examples=2)
    assert result.coverage("topic").filter(pl.col("key") == "b")["status"].item() == "under"
    shown = result.extras["examples"]
    for name, by_key in shown.items():  # only flagged slices (under and over) get examples
        statuses = dict(result.coverage(name).select("key", "status").iter_rows())
        assert {statuses[k] for k in by_key} <= {"under", "over"}
    assert list(shown["topic"]) == ["b"]  # "a" is ok
    assert len(shown["topic"]["b"]) == 2
    assert all(s.startswith(f"Rare {HOSTILE} note ") for s in shown["topic"]["b"])
    html = Path(write_report(result, tmp_path, plotlyjs="none")["html"]).read_text(encoding="utf-8")
    assert HOSTILE not in html
    assert ESCAPED in html
    assert "Examples from flagged slices" in html
    assert "#dim-topic-ex" in html  # the row links to its examples
    topic = html.split('<section id="dim-topic"', 1)[1].split("</section>", 1)[0]
    assert "quokka" not in topic  # the ok slice's snippets are stored, not shown
    stored = datacensus.AuditResult.read(tmp_path / "result.json")
    assert stored.extras["examples"] == shown


def test_snippets_are_normalised_and_cut() -> None:
    """Whitespace and control runs become one space; over 160 chars is cut with "…"."""
    got = snippets(pl.Series(["  a\t\n b\x1f\x00c  ", "", None, "x" * 161, "y" * 160]))
    assert got.to_list() == ["a b c", None, None, "x" * 160 + "…", "y" * 160]


def test_batch_size_does_not_change_the_examples(tmp_path: Path) -> None:
    """Streaming one shard in batches of 1, 7 or 1000 rows keeps the same snippets and counts."""
    path = tmp_path / "one.parquet"
    corpus().write_parquet(path)
    spec = AuditSpec(text="text", language="lang", categories=("topic",), examples=3)
    found = []
    for batch_rows in (1, 7, 1000):
        counts, _, _ = count_shards(
            resolve_inputs([path]),
            spec.columns(),
            functools.partial(count, spec=spec),
            ScanOptions(batch_rows=batch_rows),
        )
        result = build_result(
            counts, spec, references=refs(), weight="documents", stats=None, input_info={}
        )
        found.append((example_rows(result), result.extras["examples"]))
    for rows, shown in found[1:]:
        assert rows.equals(found[0][0])
        assert shown == found[0][1]
    assert found[0][0].height == 3 * 3  # language en, topic a, topic b


def test_shard_split_and_cache_do_not_change_the_examples(tmp_path: Path) -> None:
    """Three shards give one shard's examples; a cached rerun gives them again."""
    data = corpus()
    (tmp_path / "one").mkdir()
    (tmp_path / "three").mkdir()
    data.write_parquet(tmp_path / "one" / "all.parquet")
    for i in range(3):
        data.slice(i * 40, 40).write_parquet(tmp_path / "three" / f"part{i}.parquet")
    whole = labelled(tmp_path / "one", examples=2, cache=False)
    first = labelled(tmp_path / "three", examples=2, cache=True)
    again = labelled(tmp_path / "three", examples=2, cache=True)
    assert first.input.get("cache_hits", 0) == 0
    assert again.input["cache_hits"] == 3
    for result in (first, again):
        assert result.extras["examples"] == whole.extras["examples"]
        assert example_rows(result).equals(example_rows(whole))


def test_examples_are_part_of_the_cache_key(tmp_path: Path) -> None:
    """A cached run without examples is not reused for a run that asks for them."""
    corpus().write_parquet(tmp_path / "c.parquet")
    plain = labelled(tmp_path, cache=True)
    asked = labelled(tmp_path, examples=1, cache=True)
    assert "examples" not in plain.extras
    assert asked.input.get("cache_hits", 0) == 0
    assert len(asked.extras["examples"]["topic"]["b"]) == 1
    spec = AuditSpec(examples=1)
    assert spec.to_dict()["examples"] == 1
    assert spec.cache_key() != AuditSpec().cache_key()


TEXTS = st.sampled_from(["one", "two  words", "three", HOSTILE, "", "x" * 170, "x" * 171])


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), TEXTS), min_size=1, max_size=30),
    st.integers(0, 30),
    st.integers(1, 3),
)
@example([("a", "one"), ("a", "one"), ("a", "two  words")], 1, 1)
def test_merge_of_parts_equals_count_of_whole(
    rows: list[tuple[str, str]], cut: int, limit: int
) -> None:
    """merge(count(a), count(b)) == count(a + b), example rows included (duplicates summed)."""
    frame = pl.DataFrame(rows, schema=["topic", "text"], orient="row").with_columns(
        pl.lit("en").alias("lang")
    )
    spec = AuditSpec(text="text", language="lang", categories=("topic",), examples=limit)
    whole = count(frame, spec)
    parts = merge_counts(count(frame.head(cut), spec), count(frame.slice(cut), spec))
    assert parts.equals(whole)
    per_slice = examples_by_slice(whole, limit).get("topic", {})
    for key in set(frame["topic"]):
        distinct = {s for s in snippets(frame.filter(pl.col("topic") == key)["text"]) if s}
        assert len(per_slice.get(key, [])) == min(limit, len(distinct))


def test_lid_worker_count_does_not_change_the_examples() -> None:
    """Detecting languages in 1 or 2 worker processes keeps the same snippets."""
    base = corpus(4200)  # more than one 4,096-row batch, so 2 workers really share the rows
    results = [
        datacensus.audit(
            base,
            categories=["topic"],
            references=refs(),
            examples=2,
            lid=LidSettings(workers=workers),
        )
        for workers in (1, 2)
    ]
    assert example_rows(results[0]).height > 0
    assert example_rows(results[1]).equals(example_rows(results[0]))
    assert results[1].extras["examples"] == results[0].extras["examples"]


@pytest.mark.slow
def test_ray_engine_keeps_the_same_examples(tmp_path: Path) -> None:
    """One Ray task per shard gives the local engine's example rows."""
    ray = pytest.importorskip("ray")
    for i in range(3):
        corpus().slice(i * 40, 40).write_parquet(tmp_path / f"part{i}.parquet")
    local = labelled(tmp_path, examples=2)
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        distributed = labelled(tmp_path, examples=2, engine="ray")
    finally:
        ray.shutdown()
    assert example_rows(distributed).equals(example_rows(local))
    assert distributed.extras["examples"] == local.extras["examples"]


def test_other_weightings_get_the_snippets_of_their_dimension() -> None:
    """``topic@chars`` shows the snippets of ``topic`` for the slices flagged under chars."""
    result = labelled(corpus(), examples=1, weight=["documents", "chars"])
    shown = result.extras["examples"]
    assert shown["topic@chars"]["b"] == shown["topic"]["b"]


def test_census_collects_examples_batch_by_batch() -> None:
    """A streaming Census with examples=2 ends with the one-shot audit's examples."""
    data = corpus()
    census = datacensus.Census(
        text="text", language="lang", categories=("topic",), examples=2, references=refs()
    )
    for batch in data.iter_slices(13):
        census.update(batch)
    assert census.result().extras["examples"] == labelled(data, examples=2).extras["examples"]


def test_bad_examples_values_are_input_errors() -> None:
    """A negative or fractional N, or examples without a text column, is an InputError."""
    with pytest.raises(InputError, match="examples -1"):
        AuditSpec(examples=-1)
    with pytest.raises(InputError, match=r"examples 1\.5"):
        AuditSpec(examples=1.5)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="need a text column"):
        datacensus.audit(corpus(), text=None, language="lang", examples=1)


def test_cli_examples_option(tmp_path: Path) -> None:
    """`audit --examples 2` writes escaped snippets; `--examples -1` is a usage error (exit 2)."""
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus().to_dicts()))
    ref = tmp_path / "topic.csv"
    ref.write_text("key,share\na,0.5\nb,0.5\n")
    common = [str(path), "--lang-col", "lang", "--category", "topic", "--ref", f"topic={ref}"]
    out = tmp_path / "out"
    done = CliRunner().invoke(
        app, ["audit", *common, "-o", str(out), "--examples", "2", "-q", "--plotlyjs", "none"]
    )
    assert done.exit_code == 0, done.output
    html = (out / "report.html").read_text(encoding="utf-8")
    assert ESCAPED in html and HOSTILE not in html
    assert json.loads((out / "result.json").read_text())["parameters"]["spec"]["examples"] == 2
    bad = CliRunner().invoke(app, ["audit", *common, "-o", str(out), "--examples", "-1"])
    assert bad.exit_code == 2
