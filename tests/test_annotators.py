"""Annotator audits: worked examples through the API and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import krippendorff
import numpy as np
import polars as pl
import pytest
from typer.testing import CliRunner

from datacensus import AnnotatorResult, audit_annotators
from datacensus.cli.app import app
from datacensus.errors import ColumnNotFoundError, InputError

#: who: country and gender of each annotator.
WHO = {"a1": ("US", "f"), "a2": ("United States", "m"), "a3": ("Kenya", "f"), "a4": ("IN", "m")}
#: item -> {annotator: label}
LABELS = {
    "i1": {"a1": "pos", "a2": "pos", "a3": "pos"},
    "i2": {"a1": "neg", "a2": "neg", "a4": "neg"},
    "i3": {"a1": "pos", "a3": "neg"},
    "i4": {"a2": "neu", "a3": "neu", "a4": "pos"},
    "i5": {"a1": "neg"},
}


def frame(extra: list[dict[str, object]] | None = None) -> pl.DataFrame:
    rows: list[dict[str, object]] = [
        {
            "item": i,
            "who": a,
            "label": lab,
            "country": WHO[a][0],
            "gender": WHO[a][1],
            "topic": "sport" if i in ("i1", "i2") else "news",
        }
        for i, given in LABELS.items()
        for a, lab in given.items()
    ]
    return pl.DataFrame(rows + (extra or []))


def run(data: object = None, **kwargs: object) -> AnnotatorResult:
    options: dict[str, object] = {
        "item": "item",
        "annotator": "who",
        "label": "label",
        "attrs": ["country", "gender"],
        "replicates": 200,
    }
    options.update(kwargs)
    return audit_annotators(frame() if data is None else data, **options)  # type: ignore[arg-type]


def oracle_alpha(level: str = "nominal") -> float:
    coders, items = sorted(WHO), sorted(LABELS)
    codes = {"neg": 1, "neu": 2, "pos": 3}
    matrix = np.full((len(coders), len(items)), np.nan)
    for u, item in enumerate(items):
        for annotator, lab in LABELS[item].items():
            matrix[coders.index(annotator), u] = codes[lab]
    return float(krippendorff.alpha(matrix, level_of_measurement=level))


def test_overall_alpha_matches_oracle() -> None:
    """Overall nominal alpha equals the krippendorff package's on the same labels."""
    result = run()
    nominal = result.agreement["overall"]["nominal"]
    assert nominal["alpha"] == pytest.approx(oracle_alpha(), abs=1e-12)
    assert nominal["items"] == 4  # i5 has one label
    assert nominal["ci_low"] <= nominal["alpha"] <= nominal["ci_high"]


def test_ordinal_alpha_with_label_order_matches_oracle() -> None:
    """With a label order, ordinal alpha equals the oracle's over codes neg < neu < pos."""
    result = run(ordinal=True, label_order=["neg", "neu", "pos"])
    ordinal = result.agreement["overall"]["ordinal"]["alpha"]
    assert ordinal == pytest.approx(oracle_alpha("ordinal"), abs=1e-12)


def test_pool_counts_and_concentration() -> None:
    """Items, annotators, labels per item and concentration are counted exactly."""
    result = run()
    assert (result.pool["items"], result.pool["annotators"], result.pool["labels"]) == (5, 4, 12)
    per_item = result.pool["labels_per_item"]
    assert per_item["histogram"] == {"1": 1, "2": 1, "3": 3}
    assert per_item["single_label_items"] == 1
    assert result.concentration["top_10pct_share"] == pytest.approx(4 / 12)  # a1: 4 labels
    assert result.pool["label_distribution"]["pos"]["count"] == 5


def test_country_composition_normalised_and_compared_with_world_population() -> None:
    """Country names map to ISO codes; per annotator US counts 2, per label US counts 7."""
    result = run()
    per_annotator = result.composition["country"]["annotators"]
    counts = dict(zip(per_annotator.slices["key"], per_annotator.slices["count"], strict=True))
    assert (counts["US"], counts["KE"], counts["IN"]) == (2, 1, 1)
    assert per_annotator.reference is not None
    assert per_annotator.reference.name == "world-population"
    assert "CN" in per_annotator.slices["key"].to_list()  # referenced but absent
    per_label = result.composition["country"]["labels"]
    label_counts = dict(zip(per_label.slices["key"], per_label.slices["count"], strict=True))
    assert (label_counts["US"], label_counts["KE"], label_counts["IN"]) == (7, 3, 2)
    gender = result.composition["gender"]["annotators"]
    assert gender.reference is None and set(gender.slices["key"]) == {"f", "m"}


def test_user_reference_for_an_attribute(tmp_path: Path) -> None:
    """A target population CSV replaces the default reference of an attribute."""
    target = tmp_path / "target.csv"
    target.write_text("key,share\nf,0.5\nm,0.5\n")
    result = run(references={"gender": str(target)})
    gender = result.composition["gender"]["annotators"]
    assert gender.reference is not None and gender.reference.user_supplied
    assert sorted(gender.slices["reference_share"].to_list()) == [0.5, 0.5]


def test_agreement_per_group_and_item_attribute() -> None:
    """Per-slice alpha uses only that slice's labels; slices with too few items say so."""
    result = run(item_attrs=["topic"])
    by_gender = result.agreement["by_group"]["gender"]
    # f: a1, a3 -> pairable items i1 (pos,pos), i3 (pos,neg): alpha from those two only
    expected = audit_annotators(
        frame().filter(pl.col("gender") == "f"),
        item="item",
        annotator="who",
        label="label",
        replicates=0,
    ).agreement["overall"]["nominal"]["alpha"]
    assert by_gender["f"]["nominal"]["alpha"] == pytest.approx(expected)
    assert by_gender["f"]["nominal"]["items"] == 2
    assert result.agreement["by_group"]["country"]["IN"] == {"too_few_items": True}
    assert result.agreement["by_item"]["topic"]["sport"]["nominal"]["alpha"] == pytest.approx(1.0)


def test_group_that_labels_differently_is_flagged() -> None:
    """A group (5 annotators) that always says 'pos' is flagged; groups labelling alike are not."""
    rng = np.random.default_rng(0)
    rows = []
    for i in range(400):
        truth = ["neg", "pos"][i % 2]
        for a in rng.choice(12, 3, replace=False):
            group = "x" if a < 5 else "y"
            lab = "pos" if group == "x" else truth
            rows.append({"item": i, "who": f"w{a}", "label": lab, "grp": group})
    result = run(pl.DataFrame(rows), attrs=["grp"], replicates=0)
    flagged = {(r["group"], r["label"]) for r in result.disagreement["grp"] if r["flagged"]}
    assert ("x", "pos") in flagged
    same = [{**r, "label": ["neg", "pos"][r["item"] % 2]} for r in rows]
    again = run(pl.DataFrame(same), attrs=["grp"], replicates=0)
    assert not any(r["flagged"] for r in again.disagreement["grp"])


def test_null_labels_are_counted_not_dropped_silently() -> None:
    """Rows with a null label are left out and reported under rows_skipped."""
    extra = [
        {"item": "i9", "who": "a1", "label": None, "country": "US", "gender": "f", "topic": "news"}
    ]
    result = run(frame(extra))
    assert result.input["rows_skipped"] == {"null_label": 1}
    assert result.pool["labels"] == 12


@pytest.mark.parametrize(
    ("extra", "kwargs", "error", "message"),
    [
        (
            [
                {
                    "item": "i1",
                    "who": "a1",
                    "label": "neg",
                    "country": "US",
                    "gender": "f",
                    "topic": "sport",
                }
            ],
            {},
            InputError,
            "annotator 'a1' labelled item 'i1' 2 times",
        ),
        (
            [
                {
                    "item": "i9",
                    "who": "a1",
                    "label": "neg",
                    "country": "FR",
                    "gender": "f",
                    "topic": "news",
                }
            ],
            {},
            InputError,
            "annotator 'a1' has 2 different values",
        ),
        (None, {"attrs": ["age"]}, ColumnNotFoundError, "no column 'age'"),
        (None, {"ordinal": True}, InputError, "ordinal agreement needs numeric labels"),
        (None, {"label": "who"}, InputError, "three different columns"),
        (None, {"references": {"age": "x.csv"}}, InputError, "not an annotator attribute"),
    ],
)
def test_bad_input_raises_clear_errors(
    extra: list[dict[str, object]] | None, kwargs: dict[str, object], error: type, message: str
) -> None:
    """Duplicates, varying attributes, missing columns and bad options name the problem."""
    with pytest.raises(error, match=message):
        run(frame(extra), **kwargs)


def test_json_round_trip() -> None:
    """A result survives to_json -> from_json unchanged."""
    result = run(ordinal=True, label_order=["neg", "neu", "pos"])
    assert AnnotatorResult.from_json(result.to_json()).to_json() == result.to_json()


def test_cli_writes_reports_and_escapes_html(tmp_path: Path) -> None:
    """`datacensus annotators` writes the three files; labels from data are HTML-escaped."""
    data = frame().with_columns(
        pl.when(pl.col("label") == "neu")
        .then(pl.lit("<b>x</b>"))
        .otherwise(pl.col("label"))
        .alias("label")
    )
    path = tmp_path / "labels.csv"
    data.write_csv(path)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        [
            "annotators",
            str(path),
            "--item",
            "item",
            "--annotator",
            "who",
            "--label",
            "label",
            "--attr",
            "country",
            "--attr",
            "gender",
            "--bootstrap",
            "50",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Krippendorff's alpha (nominal)" in result.output
    stored = json.loads((out / "result.json").read_text())
    assert stored["kind"] == "annotators" and stored["pool"]["labels"] == 12
    html = (out / "report.html").read_text()
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    assert (out / "summary.md").read_text().startswith("# Annotator audit")


def test_cli_bad_column_exits_2(tmp_path: Path) -> None:
    """A missing column is a one-line error and exit code 2, not a traceback."""
    path = tmp_path / "labels.csv"
    frame().write_csv(path)
    result = CliRunner().invoke(
        app,
        [
            "annotators",
            str(path),
            "--item",
            "item",
            "--annotator",
            "worker",
            "--label",
            "label",
            "-o",
            str(tmp_path / "o"),
        ],
    )
    assert result.exit_code == 2
    assert "no column 'worker'" in result.output and "Traceback" not in result.output


def test_group_z_uses_annotator_clustered_variance() -> None:
    """Worked example: g = {g1: x,x,y; g2: x,y}, h = {h1: y,y; h2: x,y,y}: p = 3/5, q = 1/5;
    annotator residuals ±0.2 and ±0.4 give var 2·0.08/25 + 2·0.32/25 and z = 0.4/√0.032."""
    from datacensus.annotators.groups import label_shares_by_group

    given = {"g1": "xxy", "g2": "xy", "h1": "yy", "h2": "xyy"}
    annotators = [a for a, labs in given.items() for _ in labs]
    labels = [lab for labs in given.values() for lab in labs]
    items = [f"i{k}" for labs in given.values() for k in range(len(labs))]
    rows = label_shares_by_group(
        pl.Series([a[0] for a in annotators]),
        pl.Series(labels),
        pl.Series(annotators),
        pl.Series(items),
    )
    row = next(r for r in rows if r["group"] == "g" and r["label"] == "x")
    assert (row["share"], row["rest_share"]) == (pytest.approx(0.6), pytest.approx(0.2))
    assert row["z"] == pytest.approx(0.4 / 0.032**0.5)
    assert row["difference"] == pytest.approx(0.4)
    # Two annotators per group: reported, never tested or flagged.
    assert all(r["too_few_annotators"] and not r["flagged"] for r in rows)
    assert all(r["p_value"] is None for r in rows)


def test_group_flags_are_rare_when_groups_label_alike() -> None:
    """Two groups drawing from the same per-item process: flagged in at most 3 of 20 runs."""
    flagged_runs = 0
    for seed in range(20):
        rng = np.random.default_rng(seed)
        rows = []
        for i in range(150):
            lean = rng.random()  # strong item effect: items differ a lot
            for a in rng.choice(10, 4, replace=False):
                lab = "pos" if rng.random() < lean else "neg"
                rows.append({"item": i, "who": f"w{a}", "label": lab, "grp": "x" if a < 5 else "y"})
        result = run(pl.DataFrame(rows), attrs=["grp"], replicates=0)
        flagged_runs += any(r["flagged"] for r in result.disagreement["grp"])
    assert flagged_runs <= 3


def test_cli_jsonl_malformed_line_is_reported(tmp_path: Path) -> None:
    """A malformed JSONL line is counted in result.json and named in the summary, not dropped."""
    path = tmp_path / "labels.jsonl"
    lines = [json.dumps({"item": i, "w": w, "l": lab}) for i, w, lab in
             [(1, "a", 1), (1, "b", 2), (2, "a", 3), (2, "b", 3)]]  # fmt: skip
    path.write_text("\n".join([*lines[:2], "not json", *lines[2:]]) + "\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, [
        "annotators", str(path), "--item", "item", "--annotator", "w", "--label", "l",
        "--bootstrap", "0", "-o", str(out),
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "1 rows left out (malformed_json 1)" in result.output
    stored = json.loads((out / "result.json").read_text())
    assert stored["input"]["rows_unreadable"] == {"malformed_json": 1}
    assert stored["agreement"]["overall"]["nominal"]["alpha"] == pytest.approx(0.4)
