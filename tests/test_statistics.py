"""Statistics: worked examples with hand-computed answers, and properties over generated counts."""

from __future__ import annotations

import math
from pathlib import Path

import polars as pl
import polars.selectors as cs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from scipy.stats import beta, gamma

from datacensus.compare.methods import methods_markdown
from datacensus.compare.results import build_result
from datacensus.compare.statistics import (
    StatsParams,
    compare_counts,
    hill_number,
    jensen_shannon,
    kish_effective_size,
    pooled_spread,
    slice_effective_size,
    total_variation,
    wilson_interval,
    z_value,
)
from datacensus.errors import ColumnNotFoundError, InputError
from datacensus.execution.counting import count_keys, merge_counts
from datacensus.models import Reference
from datacensus.schema import COUNTS_SCHEMA, COVERAGE_SCHEMA, Status
from datacensus.spec import AuditSpec


def counts(
    rows: dict[str, int | tuple[int, int, float]], dimension: str = "language"
) -> pl.DataFrame:
    """Counts table from ``{key: documents}`` or ``{key: (documents, chars, chars_sq)}``."""
    records = []
    for key, value in rows.items():
        docs, chars, chars_sq = value if isinstance(value, tuple) else (value, value, float(value))
        records.append((dimension, key, docs, chars, docs, chars_sq, float(docs)))
    return pl.DataFrame(records, schema=COUNTS_SCHEMA, orient="row")


def reference(shares: dict[str, float]) -> pl.DataFrame:
    """Reference table from ``{key: share}``."""
    return pl.DataFrame({"key": list(shares), "share": list(shares.values())})


def row(comparison_slices: pl.DataFrame, key: str) -> dict[str, object]:
    """The coverage row of one key."""
    return comparison_slices.filter(pl.col("key") == key).to_dicts()[0]


EXAMPLE = counts({"en": 60, "fr": 40, "?lowconf": 5, "?unmapped=xx": 3})
EXAMPLE_REF = reference({"en": 0.5, "fr": 0.3, "sw": 0.2})


# --- scalar building blocks -------------------------------------------------------------------


def test_wilson_matches_textbook_value() -> None:
    """60 of 100 at z=1.96 gives the textbook Wilson interval (0.5020, 0.6906)."""
    low, high = wilson_interval(0.6, 100, 1.959964)
    assert low == pytest.approx(0.50200, abs=5e-5)
    assert high == pytest.approx(0.69062, abs=5e-5)


def test_wilson_zero_count_upper_bound() -> None:
    """For a zero count the interval is [0, z²/(n+z²)]."""
    low, high = wilson_interval(0.0, 100, 2.0)
    assert (low, high) == (0.0, pytest.approx(4.0 / 104.0))


def test_z_value_bonferroni() -> None:
    """Bonferroni over 3 slices at 95% uses the 1 - 0.05/6 normal quantile (2.394)."""
    assert z_value(0.95, 3, "bonferroni") == pytest.approx(2.39398, abs=1e-4)
    assert z_value(0.95, 3, "none") == pytest.approx(1.95996, abs=1e-4)


def test_weighted_effective_size_by_hand() -> None:
    """Slice chars [10, 30] among [20, 20, 20]: spread .25 shrunk to (2·.25 + 20·.1)/22."""
    spread = (2 * 0.25 + 20 * 0.1) / 22  # slice 2·1000/40² - 1; all 5·2200/100² - 1
    slice_sq = 40**2 * (1 + spread) / 2
    var = (slice_sq * 0.36 + 1200 * 0.16) / 100**2 * 5 / 4
    eff = slice_effective_size(40, 1000.0, 2, 100, 2200.0, 5)
    assert eff == pytest.approx(0.24 / var)
    assert eff == pytest.approx(3.744681, abs=1e-6)
    assert kish_effective_size(100, 2200.0, 5) == pytest.approx(100**2 / 2200)


def test_pooled_spread_by_hand() -> None:
    """Slices of lengths {1, 3} and {2, 2, 2}: relative variances 2·10/16 − 1 = 0.25 and 0, pooled
    over 5 documents (2·0.25 + 3·0)/5 = 0.1; it floors a slice's shrunk spread."""
    weight, weight_sq, docs = {"a": 4.0, "b": 6.0}, {"a": 10.0, "b": 12.0}, {"a": 2, "b": 3}
    assert pooled_spread(weight, weight_sq, docs) == pytest.approx(0.1)
    plain = slice_effective_size(6, 12.0, 3, 10, 22.0, 5)
    floored = slice_effective_size(6, 12.0, 3, 10, 22.0, 5, pooled_spread=0.5)
    assert floored is not None and plain is not None and floored < plain
    same = slice_effective_size(6, 12.0, 3, 10, 22.0, 5, pooled_spread=0.0)
    assert same == pytest.approx(plain)


def test_equal_lengths_make_weighted_size_n_minus_one() -> None:
    """With every document the same length, the weighted effective size is n - 1."""
    # 30 of 100 documents, each 7 chars long.
    assert slice_effective_size(210, 30 * 49.0, 30, 700, 100 * 49.0, 100) == pytest.approx(99.0)


def test_distances_by_hand() -> None:
    """TVD and JSD of (.6, .4, 0) against (.5, .3, .2), computed by hand."""
    p, r = {"en": 0.6, "fr": 0.4}, {"en": 0.5, "fr": 0.3, "sw": 0.2}
    assert total_variation(p, r) == pytest.approx(0.2)
    kl_pm = 0.6 * math.log2(0.6 / 0.55) + 0.4 * math.log2(0.4 / 0.35)
    kl_rm = 0.5 * math.log2(0.5 / 0.55) + 0.3 * math.log2(0.3 / 0.35) + 0.2 * math.log2(2)
    assert jensen_shannon(p, r) == pytest.approx((kl_pm + kl_rm) / 2)
    assert jensen_shannon(p, r) == pytest.approx(0.108454, abs=1e-6)
    assert jensen_shannon({"a": 1.0}, {"b": 1.0}) == pytest.approx(1.0)


def test_hill_numbers_by_hand() -> None:
    """Hill numbers of (.5, .3, .2): 3 slices, exp(Shannon) 2.8001, inverse Simpson 1/.38."""
    shares = [0.5, 0.3, 0.2]
    assert hill_number(shares, 0) == 3.0
    assert hill_number(shares, 1) == pytest.approx(2.800094, abs=1e-6)
    assert hill_number(shares, 2) == pytest.approx(1 / 0.38)
    assert hill_number([], 1) is None


# --- compare_counts worked example -------------------------------------------------------------


def test_worked_example_shares_exclude_unknown() -> None:
    """Unknown rows (8) stay out of the denominator: en 60/100, fr 40/100, sw 0."""
    result = compare_counts(EXAMPLE, EXAMPLE_REF)
    assert result.total == 100.0
    assert result.documents == 100
    assert result.unknown == {"lowconf": 5.0, "unmapped": 3.0}
    assert result.unmapped == {"xx": 3.0}
    assert result.slices["key"].to_list() == ["en", "fr", "sw"]
    assert result.slices["share"].to_list() == [0.6, 0.4, 0.0]
    assert result.slices["expected"].to_list() == pytest.approx([50.0, 30.0, 20.0])
    assert result.slices["ratio"].to_list() == pytest.approx([1.2, 4 / 3, 0.0])
    assert result.slices.schema == COVERAGE_SCHEMA


def test_worked_example_intervals_and_statuses() -> None:
    """Bonferroni over 3 slices, exact intervals: en/fr ok; sw absent, upper bound
    1 − (α/2m)^(1/100) = 0.0501 < 0.1 with 20 expected: missing."""
    result = compare_counts(EXAMPLE, EXAMPLE_REF)
    en = row(result.slices, "en")
    # Clopper–Pearson 60/100 at α = 0.05/3, from the Beta quantiles (scipy as the oracle).
    assert en["ci_low"] == pytest.approx(beta.ppf(0.05 / 6, 60, 41), rel=1e-9)
    assert en["ci_high"] == pytest.approx(beta.ppf(1 - 0.05 / 6, 61, 40), rel=1e-9)
    assert en["ratio_low"] == pytest.approx(en["ci_low"] / 0.5)  # type: ignore[operator]
    sw = row(result.slices, "sw")
    assert sw["ci_high"] == pytest.approx(1 - (0.05 / 6) ** (1 / 100))
    assert result.slices["status"].to_list() == ["ok", "ok", "missing"]


def test_wilson_option_matches_the_scalar_formula() -> None:
    """``interval="wilson"`` away from the small-count fix is the textbook Wilson interval."""
    result = compare_counts(EXAMPLE, EXAMPLE_REF, params=StatsParams(interval="wilson"))
    en = row(result.slices, "en")
    assert (en["ci_low"], en["ci_high"]) == pytest.approx(
        wilson_interval(0.6, 100, z_value(0.95, 3))
    )
    assert en["ci_low"] == pytest.approx(0.48039, abs=1e-5)


def test_worked_example_metrics() -> None:
    """Metrics of the worked example, computed by hand."""
    m = compare_counts(EXAMPLE, EXAMPLE_REF).metrics
    assert m["tvd"] == pytest.approx(0.2)
    assert m["jsd"] == pytest.approx(0.108454, abs=1e-6)
    assert m["reference_mass_covered"] == pytest.approx(0.8)
    assert m["unknown_share"] == pytest.approx(8 / 108)
    assert m["hill_observed_q2"] == pytest.approx(1 / 0.52)
    assert m["hill_reference_q2"] == pytest.approx(1 / 0.38)
    assert m["hill_observed_q0"] == 2.0
    assert m["family_size"] == 3.0


def test_under_and_over() -> None:
    """a 900/1000 against r=.3 is over (whole interval above .6); b 100/1000 vs .7 is under."""
    result = compare_counts(counts({"a": 900, "b": 100}), reference({"a": 0.3, "b": 0.7}))
    assert result.slices["status"].to_list() == ["over", "under"]


def test_small_counts_are_uncertain() -> None:
    """3 vs 2 documents cannot tell anything against (.5, .5)."""
    result = compare_counts(counts({"a": 3, "b": 2}), reference({"a": 0.5, "b": 0.5}))
    assert result.slices["status"].to_list() == ["uncertain", "uncertain"]


def test_absent_with_few_expected_is_uncertain_not_missing() -> None:
    """An absent slice expected 1 time in 100 is not evidence of absence."""
    result = compare_counts(counts({"a": 100}), reference({"a": 0.99, "b": 0.01}))
    assert row(result.slices, "b")["status"] == "uncertain"


def test_min_expected_missing_floor() -> None:
    """Without correction at 80%, absence is 'missing' only once N·r reaches the floor."""
    params = StatsParams(
        confidence=0.8, correction="none", min_expected_missing=5.0, interval="wilson"
    )
    # N·r = 4: the interval alone would say missing (1.64/(100+1.64) < .02), the floor says no.
    result = compare_counts(counts({"a": 100}), reference({"a": 0.96, "b": 0.04}), params=params)
    assert row(result.slices, "b")["status"] == "uncertain"
    relaxed = StatsParams(
        confidence=0.8, correction="none", min_expected_missing=3.0, interval="wilson"
    )
    result = compare_counts(counts({"a": 100}), reference({"a": 0.96, "b": 0.04}), params=relaxed)
    assert row(result.slices, "b")["status"] == "missing"


def test_unreferenced_keys() -> None:
    """A key the reference does not know is 'unreferenced' with no ratio, but keeps its share."""
    result = compare_counts(counts({"a": 50, "zz": 50}), reference({"a": 1.0}))
    zz = row(result.slices, "zz")
    assert (zz["status"], zz["share"], zz["ratio"], zz["reference_share"]) == (
        "unreferenced",
        0.5,
        None,
        None,
    )
    assert result.metrics["unreferenced_share"] == pytest.approx(0.5)


def test_uniform_reference_when_none() -> None:
    """No reference: equal shares over observed keys, said in the notes."""
    result = compare_counts(counts({"a": 500, "b": 500}), None)
    assert result.slices["reference_share"].to_list() == [0.5, 0.5]
    assert result.slices["status"].to_list() == ["ok", "ok"]
    assert any("equal shares" in n for n in result.notes)


def test_undetectable_renormalises_reference() -> None:
    """sw (.2) undetectable: en/fr compared with .5/.8 and .3/.8; sw says 'undetectable'."""
    result = compare_counts(EXAMPLE, EXAMPLE_REF, undetectable=frozenset({"sw", "xx"}))
    assert result.slices["reference_share"].to_list() == pytest.approx([0.625, 0.375, 0.2])
    sw = row(result.slices, "sw")
    assert (sw["status"], sw["ratio"], sw["expected"]) == ("undetectable", None, None)
    assert result.metrics["reference_mass_undetectable"] == pytest.approx(0.2)
    assert result.metrics["family_size"] == 2.0
    assert any("cannot be detected" in n for n in result.notes)


def test_observed_undetectable_key_is_compared_normally() -> None:
    """A key claimed undetectable but observed was detected: it is compared as usual."""
    result = compare_counts(EXAMPLE, EXAMPLE_REF, undetectable=frozenset({"fr"}))
    assert row(result.slices, "fr")["status"] == "ok"
    assert result.metrics["reference_mass_undetectable"] == 0.0


def test_intersection_keys() -> None:
    """An intersection dimension is just keys: 'sw|KE' works like any other key."""
    table = counts({"sw|KE": 300, "en|KE": 700}, dimension="language|country")
    result = compare_counts(table, reference({"sw|KE": 0.3, "en|KE": 0.7}), label=str.upper)
    assert result.slices["ratio"].to_list() == pytest.approx([1.0, 1.0])
    assert result.slices["label"].to_list() == ["EN|KE", "SW|KE"]


def test_sorted_by_count_then_key() -> None:
    """Slices are sorted by count descending, ties by key."""
    result = compare_counts(counts({"b": 5, "a": 5, "c": 9}), reference({"d": 1.0}))
    assert result.slices["key"].to_list() == ["c", "a", "b", "d"]


def test_no_known_rows() -> None:
    """Only unknown rows: shares undefined (null), referenced slices uncertain, no NaN."""
    result = compare_counts(counts({"?lowconf": 10}), reference({"a": 1.0}))
    assert result.total == 0.0
    a = row(result.slices, "a")
    assert (a["share"], a["ci_low"], a["status"]) == (None, None, "uncertain")
    assert result.metrics["tvd"] is None
    assert any("no rows with a known key" in n for n in result.notes)


# --- weights -------------------------------------------------------------------------------------


def test_chars_weight_shares_and_interval() -> None:
    """Chars weight: share 40/100 with the ratio-estimator effective size 3.745 in the interval."""
    table = counts({"a": (2, 40, 1000.0), "b": (3, 60, 1200.0)})
    params = StatsParams(interval="wilson")
    result = compare_counts(table, reference({"a": 0.5, "b": 0.5}), weight="chars", params=params)
    a = row(result.slices, "a")
    assert a["share"] == pytest.approx(0.4)
    assert a["effective_documents"] == pytest.approx(3.744681, abs=1e-6)
    z = z_value(0.95, 2)
    assert a["ci_high"] == pytest.approx(wilson_interval(0.4, 3.744681, z)[1], abs=1e-6)
    # 0.4 · 3.745 = 1.5 effective documents: Brown–Cai–DasGupta's Poisson lower bound.
    assert a["ci_low"] == pytest.approx(gamma.ppf(0.05 / 4, 0.4 * 3.744681) / 3.744681, abs=1e-6)
    assert result.metrics["effective_documents"] == pytest.approx(100**2 / 2200)


def test_weighting_can_change_the_picture() -> None:
    """Few long documents: under by documents, ok by characters; the result lists the change."""
    table = counts(
        {"a": (900, 900 * 10, 900 * 100.0), "b": (100, 100 * 90, 100 * 8100.0)}, dimension="topic"
    )
    spec = AuditSpec(text=None, categories=("topic",))
    even = Reference.from_mapping({"a": 1, "b": 1}, name="even", dimension="topic")
    result = build_result(table, spec, references={"topic": even}, also_weights=("chars",))
    assert row(result.coverage("topic"), "b")["status"] == "under"
    assert row(result.coverage("topic@chars"), "b")["status"] == "ok"
    changed = result.extras["weight_changes"]["topic"]
    assert [(c["key"], c["documents"], c["chars"]) for c in changed] == [("b", "under", "ok")]


def test_missing_sum_of_squares_is_an_error() -> None:
    """Chars without chars_sq cannot give a valid interval: clear error, not a silent guess."""
    table = counts({"a": (2, 40, 0.0)})
    with pytest.raises(InputError, match="chars_sq"):
        compare_counts(table, None, weight="chars")


# --- sampling ------------------------------------------------------------------------------------


def test_sampled_audit_widens_and_says_so() -> None:
    """Sample with design effect 2: intervals equal those of half the documents, with a note."""
    params = StatsParams(sample_fraction=0.1, sample_design_effect=2.0)
    ref = reference({"a": 0.5, "b": 0.5})
    sampled = compare_counts(counts({"a": 600, "b": 400}), ref, params=params)
    halved = compare_counts(counts({"a": 300, "b": 200}), ref)
    assert sampled.slices["ci_low"].to_list() == pytest.approx(halved.slices["ci_low"].to_list())
    assert sampled.metrics["effective_documents"] == 500.0
    assert any(n.startswith("sampled: about 10.0%") for n in sampled.notes)
    full = compare_counts(counts({"a": 600, "b": 400}), ref)
    width = (sampled.slices["ci_high"] - sampled.slices["ci_low"]).to_list()
    full_width = (full.slices["ci_high"] - full.slices["ci_low"]).to_list()
    assert all(w > f for w, f in zip(width, full_width, strict=True))


def test_full_read_has_no_sampling_note() -> None:
    """sample_fraction=1.0 is a full read."""
    result = compare_counts(EXAMPLE, EXAMPLE_REF, params=StatsParams(sample_fraction=1.0))
    assert not any(n.startswith("sampled") for n in result.notes)


# --- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"confidence": 1.0},
        {"tau": 0.0},
        {"tau": 1.5},
        {"min_expected_missing": -1.0},
        {"correction": "holm"},
        {"sample_fraction": 0.0},
        {"sample_design_effect": 0.5},
        {"materiality": "strict"},
    ],
)
def test_bad_params_raise(kwargs: dict[str, object]) -> None:
    """Out-of-range parameters raise InputError naming the parameter."""
    with pytest.raises(InputError, match=next(iter(kwargs))):
        StatsParams(**kwargs)  # type: ignore[arg-type]


def test_params_to_dict() -> None:
    """to_dict lists every parameter."""
    assert StatsParams().to_dict() == {
        "confidence": 0.95,
        "tau": 0.5,
        "min_expected_missing": 5.0,
        "correction": "bonferroni",
        "sample_fraction": None,
        "sample_design_effect": 1.0,
        "interval": "exact",
        "materiality": "slice",
    }


def test_bad_inputs_raise() -> None:
    """Unknown weight, missing column, mixed dimensions, bad references: clear errors."""
    with pytest.raises(InputError, match="weight must be one of"):
        compare_counts(EXAMPLE, EXAMPLE_REF, weight="bytes")
    with pytest.raises(ColumnNotFoundError, match="chars_sq"):
        compare_counts(EXAMPLE.drop("chars_sq"), EXAMPLE_REF, weight="chars")
    mixed = pl.concat([EXAMPLE, counts({"KE": 1}, dimension="country")])
    with pytest.raises(InputError, match="one dimension at a time"):
        compare_counts(mixed, EXAMPLE_REF)
    with pytest.raises(InputError, match="duplicate"):
        compare_counts(EXAMPLE, pl.DataFrame({"key": ["a", "a"], "share": [0.5, 0.5]}))
    with pytest.raises(InputError, match="finite and >= 0"):
        compare_counts(EXAMPLE, reference({"a": 1.5, "b": -0.5}))


# --- properties ----------------------------------------------------------------------------------

keys = st.sampled_from(["en", "fr", "de", "sw", "yo", "zh", "?lowconf", "?unmapped=Frnace"])
count_maps = st.dictionaries(keys, st.integers(0, 10_000), min_size=1, max_size=8)
reference_maps = st.dictionaries(
    st.sampled_from(["en", "fr", "de", "sw", "yo", "ar"]), st.integers(1, 1000), min_size=1
)


def _shares(values: dict[str, int]) -> pl.DataFrame:
    total = sum(values.values())
    return reference({k: v / total for k, v in values.items()})


@settings(max_examples=60, deadline=None)
@given(count_maps, reference_maps)
@example({"en": 0, "?lowconf": 3}, {"en": 1})
def test_shares_sum_to_one_and_metrics_in_bounds(
    observed: dict[str, int], ref: dict[str, int]
) -> None:
    """Known shares sum to 1; intervals contain the share; metrics stay within their bounds."""
    result = compare_counts(counts(observed), _shares(ref))
    known = result.slices.filter(pl.col("count") > 0)
    if result.total > 0:
        assert known["share"].sum() == pytest.approx(1.0)
        s = result.slices
        assert (s["ci_low"] <= s["share"]).all() and (s["share"] <= s["ci_high"]).all()
        assert ((s["ci_low"] >= 0) & (s["ci_high"] <= 1)).all()
    m = result.metrics
    for name in ("tvd", "jsd", "reference_mass_covered", "unknown_share", "unreferenced_share"):
        assert m[name] is None or 0.0 <= m[name] <= 1.0  # type: ignore[operator]
    if m["hill_observed_q0"] is not None:
        q0, q1, q2 = m["hill_observed_q0"], m["hill_observed_q1"], m["hill_observed_q2"]
        assert 1.0 - 1e-9 <= q2 <= q1 + 1e-9 <= q0 + 2e-9  # type: ignore[operator]
    assert not any(result.slices.select(cs.float().is_nan().any()).row(0))


@settings(max_examples=40, deadline=None)
@given(count_maps, reference_maps, st.randoms(use_true_random=False))
def test_invariant_to_row_order(observed: dict[str, int], ref: dict[str, int], rnd: object) -> None:
    """Shuffling the counts and reference rows changes nothing."""
    table, ref_table = counts(observed), _shares(ref)
    shuffled = table.sample(fraction=1.0, shuffle=True, seed=rnd.randint(0, 9999))  # type: ignore[attr-defined]
    ref_shuffled = ref_table.reverse()
    a, b = compare_counts(table, ref_table), compare_counts(shuffled, ref_shuffled)
    assert a.slices.equals(b.slices)
    assert (a.metrics, a.unknown, a.unmapped, a.notes) == (
        b.metrics,
        b.unknown,
        b.unmapped,
        b.notes,
    )


row_keys = st.lists(st.sampled_from(["en", "fr", "sw", "?lowconf"]), max_size=30)


def _count_rows(keys_: list[str], lengths: list[int]) -> pl.DataFrame:
    frame = pl.DataFrame({"language": keys_}, schema={"language": pl.String})
    return count_keys(
        frame, pl.Series(lengths, dtype=pl.UInt64), pl.Series(lengths, dtype=pl.UInt64)
    )


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["en", "fr", "sw", "?x"]), st.integers(0, 10**6)), max_size=30
    ),
    st.lists(
        st.tuples(st.sampled_from(["en", "fr", "sw", "?x"]), st.integers(0, 10**6)), max_size=30
    ),
)
def test_merge_of_counts_is_count_of_concat(
    a: list[tuple[str, int]], b: list[tuple[str, int]]
) -> None:
    """merge(count(a), count(b)) == count(concat(a, b))."""

    def count(rows: list[tuple[str, int]]) -> pl.DataFrame:
        return merge_counts(_count_rows([k for k, _ in rows], [n for _, n in rows]))

    merged = merge_counts(count(a), count(b))
    assert merged.equals(count(a + b))
    assert merged.schema == COUNTS_SCHEMA


@settings(max_examples=60, deadline=None)
@given(reference_maps, st.integers(2, 1000))
def test_exact_reference_proportions_give_ratio_one_and_ok(ref: dict[str, int], k: int) -> None:
    """A large corpus in exact reference proportions is 'ok' with ratio 1 everywhere."""
    scale = 10_000 * k
    observed = counts({key: v * scale for key, v in ref.items()})
    result = compare_counts(observed, _shares(ref))
    assert result.slices["ratio"].to_list() == pytest.approx([1.0] * len(ref))
    assert set(result.slices["status"]) == {"ok"}
    assert result.metrics["tvd"] == pytest.approx(0.0, abs=1e-12)


@settings(max_examples=60, deadline=None)
@given(count_maps, reference_maps, st.integers(2, 1000))
def test_scaling_never_flips_under_and_over(
    observed: dict[str, int], ref: dict[str, int], k: int
) -> None:
    """Multiplying every count by k never turns 'under' into 'over' or back."""
    ref_table = _shares(ref)
    before = compare_counts(counts(observed), ref_table).slices
    after = compare_counts(counts({key: v * k for key, v in observed.items()}), ref_table).slices
    assert before["key"].to_list() == after["key"].to_list()
    pairs = set(zip(before["status"], after["status"], strict=True))
    assert ("under", "over") not in pairs and ("over", "under") not in pairs


# --- methods text ---------------------------------------------------------------------------


def test_methods_doc_is_generated_from_the_same_source() -> None:
    """docs/methods.md is exactly what methods.py renders (regenerate with python -m)."""
    doc = Path(__file__).parents[1] / "docs" / "methods.md"
    assert doc.read_text(encoding="utf-8") == methods_markdown()


def test_methods_explain_every_status_and_parameter() -> None:
    """Each status and each StatsParams field is named in the methods text with its default."""
    text = methods_markdown()
    for status in Status:
        assert f"`{status.value}`" in text
    for name, value in StatsParams().to_dict().items():
        assert f"`{name}`" in text
        if isinstance(value, float):
            assert f"| `{name}` | {value:g} |" in text


weighted_slices = st.dictionaries(
    st.sampled_from(["en", "fr", "de", "sw", "?lowconf"]),
    st.lists(st.integers(0, 100_000), min_size=1, max_size=12),
    min_size=1,
)


@settings(max_examples=60, deadline=None)
@given(weighted_slices, reference_maps, st.sampled_from(["chars", "tokens"]))
@example({"en": [5], "fr": [0, 0]}, {"en": 1, "fr": 1}, "chars")
def test_weighted_intervals_are_valid(
    lengths: dict[str, list[int]], ref: dict[str, int], weight: str
) -> None:
    """Weighted intervals contain the share, stay in [0, 1] and are NaN-free for any lengths."""
    records = [
        (
            "d",
            key,
            len(ls),
            sum(ls),
            sum(ls),
            float(sum(x * x for x in ls)),
            float(sum(x * x for x in ls)),
        )
        for key, ls in lengths.items()
    ]
    table = pl.DataFrame(records, schema=COUNTS_SCHEMA, orient="row")
    result = compare_counts(table, _shares(ref), weight=weight)
    s = result.slices
    assert not any(s.select(cs.float().is_nan().any()).row(0))
    if result.total > 0:
        assert s["share"].sum() == pytest.approx(1.0)
        assert ((s["ci_low"] <= s["share"]) & (s["share"] <= s["ci_high"])).all()
        assert ((s["ci_low"] >= 0) & (s["ci_high"] <= 1)).all()
    else:
        assert s["share"].null_count() == s.height


def test_under_and_over_need_a_real_and_a_material_difference() -> None:
    """1,000 documents, reference (0.76, 0.04, 0.2), family of 3. Slice c (80 rows, r = 0.2):
    its Clopper–Pearson upper bound (statsmodels) at α/3 is 0.103 (below r, above τr = 0.1) and
    at α 0.0986 (below τr): under by default, uncertain with the family-wise materiality. Slice b
    (100 rows, r = 0.04): lower bounds 0.0787 at α/3 (above r, below r/τ = 0.08) and 0.0821 at
    α (above r/τ): over, and uncertain with the strict rule."""
    from statsmodels.stats.proportion import proportion_confint

    def cp(x: int, alpha: float) -> tuple[float, float]:
        low, high = proportion_confint(x, 1000, alpha=alpha, method="beta")
        return float(low), float(high)

    assert 0.1 < cp(80, 0.05 / 3)[1] < 0.2 and cp(80, 0.05)[1] < 0.1
    assert 0.04 < cp(100, 0.05 / 3)[0] < 0.08 < cp(100, 0.05)[0]
    table = counts({"a": 820, "b": 100, "c": 80})
    ref = pl.DataFrame({"key": ["a", "b", "c"], "share": [0.76, 0.04, 0.2]})
    default = compare_counts(table, ref).slices
    strict = compare_counts(table, ref, params=StatsParams(materiality="family")).slices

    def status(slices: pl.DataFrame, key: str) -> str:
        return str(slices.filter(pl.col("key") == key)["status"].item())

    assert (status(default, "c"), status(default, "b")) == ("under", "over")
    assert (status(strict, "c"), status(strict, "b")) == ("uncertain", "uncertain")
