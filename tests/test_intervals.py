"""Interval methods against statsmodels' proportion_confint, and the verdicts they give."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest
from statsmodels.stats.proportion import proportion_confint

from datacensus.compare.intervals import INTERVALS, exact, jeffreys, proportion_interval, wilson
from datacensus.compare.statistics import StatsParams, compare_counts
from datacensus.schema import COUNTS_SCHEMA

CASES = [(1, 1000), (2, 50), (3, 80), (7, 20), (60, 100), (499, 500), (12, 100_000)]


@pytest.mark.parametrize(("x", "n"), CASES)
@pytest.mark.parametrize("alpha", [0.05, 0.05 / 677])
def test_exact_and_jeffreys_match_statsmodels(x: int, n: int, alpha: float) -> None:
    """Clopper–Pearson ("beta") and Jeffreys agree with statsmodels to 1e-10."""
    for ours, theirs in ((exact, "beta"), (jeffreys, "jeffreys")):
        low, high = ours(x / n, n, alpha)
        ref_low, ref_high = proportion_confint(x, n, alpha=alpha, method=theirs)
        assert float(low) == pytest.approx(ref_low, rel=1e-10, abs=1e-15)
        assert float(high) == pytest.approx(ref_high, rel=1e-10, abs=1e-15)


@pytest.mark.parametrize(("x", "n"), [(5, 100), (60, 100), (40, 300), (900, 1000)])
def test_wilson_matches_statsmodels_above_the_small_count_fix(x: int, n: int) -> None:
    """Away from counts 1–3 the Wilson option is statsmodels' Wilson."""
    low, high = wilson(x / n, n, 0.01)
    ref_low, ref_high = proportion_confint(x, n, alpha=0.01, method="wilson")
    assert (float(low), float(high)) == pytest.approx((ref_low, ref_high), rel=1e-10)


def test_wilson_small_count_fix_is_the_poisson_bound() -> None:
    """x = 1..3: Brown–Cai–DasGupta replace Wilson's lower bound by the exact Poisson one."""
    from scipy.stats import chi2

    for x in (1, 2, 3):
        low, _ = wilson(x / 1000, 1000, 0.05)
        assert float(low) == pytest.approx(chi2.ppf(0.025, 2 * x) / 2 / 1000, rel=1e-9)
    plain_low, _ = proportion_confint(1, 1000, alpha=0.05 / 677, method="wilson")
    fixed_low, _ = wilson(1 / 1000, 1000, 0.05 / 677)
    assert fixed_low < plain_low / 10  # the problem the fix removes


def test_edges_and_vectors() -> None:
    """x = 0 and x = n get bounds 0 and 1; arrays in, arrays out; n = 0 gives [0, 1]."""
    for method in INTERVALS:
        low, high = proportion_interval([0.0, 1.0, 0.3, 0.5], [10, 10, 10, 0], 0.05, method)
        assert low[0] == 0.0 and high[1] == 1.0
        assert low[2] <= 0.3 <= high[2]
        assert (low[3], high[3]) == (0.0, 1.0)
    with pytest.raises(ValueError, match="interval must be one of"):
        proportion_interval(0.5, 10, 0.05, "agresti")


def one_dimension(docs: dict[str, int]) -> pl.DataFrame:
    keys, values = list(docs), np.array(list(docs.values()))
    return pl.DataFrame(
        {
            "dimension": "language",
            "key": keys,
            "documents": values.astype(np.uint64),
            "chars": values.astype(np.uint64),
            "tokens": values.astype(np.uint64),
            "chars_sq": values.astype(np.float64),
            "tokens_sq": values.astype(np.float64),
        },
        schema=COUNTS_SCHEMA,
    )


def test_one_rare_document_is_not_over() -> None:
    """The issue's example: 999 en + 1 sw against sw = 1e-5 among 677 slices: not `over`
    with the default (exact) interval; the textbook Wilson lower bound would say over."""
    ref = pl.read_csv("reference_distributions/world-speakers.csv").select("key", "share")
    ref = ref.with_columns(
        pl.when(pl.col("key") == "sw").then(1e-5).otherwise(pl.col("share")).alias("share")
    )
    result = compare_counts(one_dimension({"en": 999, "sw": 1}), ref, detail=False)
    sw = result.slices.filter(pl.col("key") == "sw").row(0, named=True)
    assert sw["status"] == "uncertain"
    family = result.metrics["family_size"]
    plain_low, _ = proportion_confint(1, 1000, alpha=0.05 / family, method="wilson")
    assert plain_low > 2 * sw["reference_share"]  # what plain Wilson would have flagged


def test_zero_reference_share_is_judged() -> None:
    """An explicit share 0 means "expect none": rows there are `over`, no rows is `ok`."""
    ref = pl.DataFrame({"key": ["en", "fr", "xx"], "share": [0.6, 0.4, 0.0]})
    result = compare_counts(one_dimension({"en": 55, "fr": 44, "xx": 1}), ref)
    status = dict(result.slices.select("key", "status").iter_rows())
    assert status == {"en": "ok", "fr": "ok", "xx": "over"}
    assert result.metrics["family_size"] == 3.0
    empty = compare_counts(one_dimension({"en": 60, "fr": 40}), ref)
    assert dict(empty.slices.select("key", "status").iter_rows())["xx"] == "ok"


def test_family_is_union_of_observed_and_referenced() -> None:
    """m counts referenced keys and observed unreferenced ones: Bonferroni over both."""
    ref = pl.DataFrame({"key": ["en", "fr"], "share": [0.5, 0.5]})
    result = compare_counts(one_dimension({"en": 50, "de": 50}), ref)
    assert result.metrics["family_size"] == 3.0
    assert result.metrics["alpha_per_slice"] == pytest.approx(0.05 / 3)


def test_bad_interval_name_is_an_input_error() -> None:
    from datacensus.errors import InputError

    with pytest.raises(InputError, match="interval must be one of"):
        StatsParams(interval="agresti")
