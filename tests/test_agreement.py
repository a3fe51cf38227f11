"""Krippendorff's alpha (own coincidence-matrix implementation) vs the `krippendorff` oracle."""

from __future__ import annotations

import math

import krippendorff
import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from datacensus.annotators.agreement import alpha_from_units, krippendorff_alpha, unit_matrix
from datacensus.annotators.concentration import concentration, gini, top_share
from datacensus.errors import InputError

NAN = math.nan
#: Krippendorff (2011), "Computing Krippendorff's alpha-reliability", 4 coders x 12 units.
WORKED = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
    [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
]


def long_format(matrix: list[list[float]]) -> tuple[list[int], list[int]]:
    """Reliability matrix (coders x units) -> parallel item / label lists."""
    items, labels = [], []
    for row in matrix:
        for unit, value in enumerate(row):
            if not math.isnan(value):
                items.append(unit)
                labels.append(int(value))
    return items, labels


def test_worked_example_nominal_matches_published_value() -> None:
    """Nominal alpha of the worked example is the published 0.743 and matches the oracle."""
    items, labels = long_format(WORKED)
    ours = krippendorff_alpha(items, labels, "nominal")
    oracle = krippendorff.alpha(np.array(WORKED), level_of_measurement="nominal")
    assert ours.alpha == pytest.approx(0.743, abs=5e-4)
    assert ours.alpha == pytest.approx(oracle, abs=1e-12)
    assert (ours.items, ours.pairable) == (11, 40)  # unit 12 has one value: not pairable


def test_worked_example_ordinal_matches_oracle() -> None:
    """Ordinal alpha of the worked example equals the oracle's (0.815)."""
    items, labels = long_format(WORKED)
    ours = krippendorff_alpha(items, labels, "ordinal")
    oracle = krippendorff.alpha(np.array(WORKED), level_of_measurement="ordinal")
    assert ours.alpha == pytest.approx(oracle, abs=1e-12)
    assert ours.alpha == pytest.approx(0.815, abs=5e-4)


def test_perfect_agreement_is_one_and_no_variation_is_undefined() -> None:
    """Alpha is 1 when all coders agree on varied items, undefined when every label is the same."""
    assert krippendorff_alpha([0, 0, 1, 1], ["a", "a", "b", "b"]).alpha == pytest.approx(1.0)
    assert krippendorff_alpha([0, 0, 1, 1], ["a", "a", "a", "a"]).alpha is None


def test_ordinal_order_matters() -> None:
    """Ordinal alpha follows the given label order, not the alphabet."""
    items = [0, 0, 1, 1, 2, 2]
    labels = ["low", "mid", "mid", "high", "high", "high"]
    natural = krippendorff_alpha(items, labels, "ordinal", order=["low", "mid", "high"])
    codes = [{"low": 1, "mid": 2, "high": 3}[v] for v in labels]
    matrix = np.full((2, 3), NAN)
    for k, (i, v) in enumerate(zip(items, codes, strict=True)):
        matrix[k % 2, i] = v
    oracle = krippendorff.alpha(matrix, level_of_measurement="ordinal")
    assert natural.alpha == pytest.approx(oracle, abs=1e-12)
    alphabetical = krippendorff_alpha(items, labels, "ordinal")  # high < low < mid
    assert alphabetical.alpha != pytest.approx(natural.alpha)


def test_bootstrap_is_seeded_and_brackets_the_estimate() -> None:
    """Same seed -> same interval; the interval contains the point estimate."""
    items, labels = long_format(WORKED)
    a = krippendorff_alpha(items, labels, replicates=300, seed=3)
    b = krippendorff_alpha(items, labels, replicates=300, seed=3)
    assert (a.ci_low, a.ci_high) == (b.ci_low, b.ci_high)
    assert a.ci_low is not None and a.ci_high is not None and a.alpha is not None
    assert a.ci_low <= a.alpha <= a.ci_high
    assert a.replicates == 300


def test_bad_level_and_label_outside_order_raise() -> None:
    """Unknown levels and labels outside the order are clear InputErrors."""
    with pytest.raises(InputError, match="interval"):
        alpha_from_units(np.ones((2, 2)), "interval")
    with pytest.raises(InputError, match="'x' is not in the given label order"):
        krippendorff_alpha([0, 0], ["a", "x"], order=["a", "b"])


reliability = st.integers(2, 5).flatmap(
    lambda coders: st.lists(
        st.lists(st.one_of(st.none(), st.integers(1, 4)), min_size=coders, max_size=coders),
        min_size=2,
        max_size=25,
    )
)


@settings(max_examples=80, deadline=None)
@given(units=reliability, level=st.sampled_from(["nominal", "ordinal"]))
@example(units=[[1, 1], [2, 2]], level="nominal")
@example(units=[[1, 2], [2, 1], [None, 3]], level="ordinal")
def test_matches_oracle_on_random_data(units: list[list[int | None]], level: str) -> None:
    """On any reliability data with variation, our alpha equals the krippendorff package's."""
    matrix = np.array([[NAN if v is None else v for v in unit] for unit in units], float).T
    items = [u for u, unit in enumerate(units) for v in unit if v is not None]
    labels = [v for unit in units for v in unit if v is not None]
    ours = krippendorff_alpha(items, labels, level, order=[1, 2, 3, 4])
    pairable = [v for unit in units if sum(x is not None for x in unit) >= 2 for v in unit]
    if len({v for v in pairable if v is not None}) < 2:
        assert ours.alpha is None
        return
    oracle = krippendorff.alpha(matrix, level_of_measurement=level, value_domain=[1, 2, 3, 4])
    assert ours.alpha == pytest.approx(oracle, abs=1e-9)


def test_unit_matrix_drops_single_label_items() -> None:
    """Items with one label are not pairable and leave the units matrix."""
    units = unit_matrix(np.array([0, 0, 1, 2, 2, 2]), np.array([0, 1, 1, 0, 0, 1]), 2)
    assert units.tolist() == [[1.0, 1.0], [2.0, 1.0]]


def test_top_share_and_gini_worked_examples() -> None:
    """25 annotators: top 10% is the top 3; equal work has Gini 0; one of four doing all -> 0.75."""
    counts = [100, 50, 50] + [10] * 22
    assert top_share(counts) == pytest.approx(200 / 420)
    assert gini([5, 5, 5, 5]) == pytest.approx(0.0)
    assert gini([0, 0, 0, 8]) == pytest.approx(0.75)
    assert gini([1, 2, 3]) == pytest.approx(2 / 9)
    summary = concentration([3, 1, 2])
    assert summary["median_labels"] == 2 and summary["top_annotator_share"] == pytest.approx(0.5)


@given(st.lists(st.integers(0, 1000), min_size=1, max_size=50))
def test_gini_bounds(counts: list[int]) -> None:
    """Gini lies in [0, 1 - 1/n] and is invariant to scaling."""
    g = gini(counts)
    if sum(counts) == 0:
        assert g is None
        return
    assert g is not None and -1e-12 <= g <= 1 - 1 / len(counts) + 1e-12
    assert gini([3 * c for c in counts]) == pytest.approx(g)


def test_no_pairable_items_gives_undefined_alpha() -> None:
    """With every item labelled once, alpha is undefined and rests on no items."""
    estimate = krippendorff_alpha([0, 1, 2], ["a", "b", "a"], replicates=10)
    assert estimate.alpha is None and estimate.items == 0 and estimate.ci_low is None


def test_pattern_bootstrap_matches_naive_item_bootstrap() -> None:
    """The multinomial-over-patterns bootstrap gives the interval a naive item resample gives."""
    rng = np.random.default_rng(5)
    truth = rng.integers(0, 3, 400)
    units = np.zeros((400, 3))
    for u, t in enumerate(truth):
        for _ in range(3):
            units[u, t if rng.random() < 0.7 else rng.integers(0, 3)] += 1
    ours = alpha_from_units(units, replicates=2000, seed=1)
    naive = []
    for _ in range(2000):
        pick = units[rng.integers(0, 400, 400)]
        naive.append(alpha_from_units(pick, replicates=0).alpha)
    low, high = np.quantile(naive, [0.025, 0.975])
    assert ours.ci_low == pytest.approx(low, abs=0.015)
    assert ours.ci_high == pytest.approx(high, abs=0.015)
