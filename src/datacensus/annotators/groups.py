"""Do annotator groups label differently? Label shares per group, with intervals and a test.

A group (gender, country, ...) is an attribute of annotators, so the annotator, not the label
or the item, is the unit of inference: annotators differ in how they label (bias), and a
group of three annotators says little about the next three, however many labels they gave.

For group ``g`` and label ``l``: share ``p = A / B`` (labels ``l`` from ``g`` over all labels
from ``g``) and the same share ``q`` among all other groups' labels; the effect size is the
difference ``p − q`` (rows are ranked by its size). The test is an annotator-level permutation
test: group memberships are shuffled among annotators ``PERMUTATIONS`` times (seeded from the
data, see ``_seed``) and the largest standardised difference ``|p − q| / √(s(1 − s))`` (``s``
the label's overall share) over all tested (group, label) cells is recorded each time; a cell's
``p_value`` is ``(1 + k) / (1 + PERMUTATIONS)`` with ``k`` the shuffles whose largest difference
reaches its own (ties count as reaching). This controls the family-wise error over the cells
(Westfall–Young max-T) whatever the annotators' biases, items or labels per annotator.

Groups with fewer than ``MIN_ANNOTATORS`` annotators (or whose complement has fewer) are reported
as ``too_few_annotators``: never tested, flagged or headlined. ``z`` is the difference over its
annotator-clustered (linearised ratio) standard error, and the interval of ``p`` uses the larger
of the annotator- and item-clustered variances. Groups may still have labelled different kinds
of items: a flag says "look here", not "this group is biased".
"""

from __future__ import annotations

import hashlib
import math

import numpy as np
import polars as pl

from datacensus.compare.intervals import proportion_interval
from datacensus.compare.statistics import z_value
from datacensus.schema import UNKNOWN_PREFIX

MIN_ANNOTATORS = 5
PERMUTATIONS = 999
#: ``1 - 0.95`` is 0.05000000000000004 in floating point, so a p-value of exactly 0.05 (50 of
#: 1,000) would pass ``p < alpha``: the comparison allows for that, keeping the level at 4.9%.
TOLERANCE = 1e-9
SEED = 20_260_113


def _clustered_var(units: np.ndarray, a: np.ndarray, b: np.ndarray, share: float) -> float:
    """Linearised variance of ``sum a / sum b`` with clusters ``units`` (integer codes)."""
    total = float(b.sum())
    if total <= 0:
        return 0.0
    resid = np.bincount(units, weights=a - share * b)
    used = np.bincount(units, weights=b) > 0
    g = int(used.sum())
    if g < 2:
        return 0.0
    return g / (g - 1) * float((resid[used] ** 2).sum()) / total**2


def _seed(by_annotator: np.ndarray) -> int:
    """Seed of the shuffles, from the labels per annotator (never from the groups).

    The same data give the same p-values, but each data set gets its own shuffles. With one
    fixed set of shuffles for every data set, the error rate is that of this one draw rather
    than the test's level (three fixed sets gave 5.8%, 5.5% and 5.3% on the same simulated
    data sets, docs/methods.md)."""
    counts = np.ascontiguousarray(by_annotator, dtype=np.float64).tobytes()
    digest = hashlib.blake2b(counts, digest_size=8, salt=SEED.to_bytes(8, "little"))
    return int.from_bytes(digest.digest(), "little")


def _standardised(own: np.ndarray, own_n: np.ndarray, total: np.ndarray, n: float) -> np.ndarray:
    """``(p − q) / √(s(1 − s))`` per (group, label) from group x label counts."""
    rest, rest_n = total[None, :] - own, n - own_n
    with np.errstate(divide="ignore", invalid="ignore"):
        p = own / own_n[:, None]
        q = rest / rest_n[:, None]
        s = total / n
        return np.nan_to_num((p - q) / np.sqrt(s * (1 - s))[None, :])


def label_shares_by_group(
    groups: pl.Series,
    labels: pl.Series,
    annotators: pl.Series,
    items: pl.Series,
    *,
    confidence: float = 0.95,
    permutations: int = PERMUTATIONS,
) -> list[dict[str, object]]:
    """One row per (group, label), largest |difference| first (see the module docstring)."""
    frame = pl.DataFrame(
        {
            "group": groups,
            "label": labels,
            "annotator": annotators.cast(pl.String),
            "item": items.cast(pl.String),
        }
    ).filter(~pl.col("group").str.starts_with(UNKNOWN_PREFIX))
    if frame.height == 0:
        return []
    all_groups = sorted(frame["group"].unique().to_list())
    all_labels = sorted(frame["label"].unique().to_list())
    # An annotator belongs to the group they are most often recorded in.
    membership = (
        frame.group_by("annotator", "group")
        .len()
        .sort(["annotator", "len", "group"], descending=[False, True, False])
        .unique("annotator", keep="first")
        .sort("annotator")
    )
    annotator_names = membership["annotator"].to_list()
    member = np.array([all_groups.index(g) for g in membership["group"].to_list()])
    frame = frame.with_columns(
        pl.col("annotator")
        .replace_strict(annotator_names, range(len(annotator_names)))
        .alias("_a"),
        pl.col("label").replace_strict(all_labels, range(len(all_labels))).alias("_l"),
        (pl.col("item").rank("dense").cast(pl.Int64) - 1).alias("_i"),
    )
    a_code, l_code, i_code = (frame[c].to_numpy() for c in ("_a", "_l", "_i"))
    by_annotator = np.zeros((len(annotator_names), len(all_labels)))
    np.add.at(by_annotator, (a_code, l_code), 1.0)
    per_annotator = by_annotator.sum(axis=1)
    total, n = by_annotator.sum(axis=0), float(per_annotator.sum())
    n_groups = len(all_groups)

    onehot = np.zeros((n_groups, len(member)))
    onehot[member, np.arange(len(member))] = 1.0
    own, own_n = onehot @ by_annotator, onehot @ per_annotator
    size = np.bincount(member, minlength=n_groups)
    testable = (size >= MIN_ANNOTATORS) & (len(member) - size >= MIN_ANNOTATORS)
    observed = np.abs(_standardised(own, own_n, total, n))
    p_values = np.full(observed.shape, np.nan)
    if testable.any() and permutations > 0:
        rng = np.random.default_rng(_seed(by_annotator))
        shuffled = rng.permuted(np.tile(member, (permutations, 1)), axis=1)  # P x annotators
        largest = np.zeros(permutations)
        for tested in np.flatnonzero(testable):
            mask = (shuffled == tested).astype(float)
            s_own, s_n = mask @ by_annotator, mask @ per_annotator  # P x labels, P
            t = np.abs(_standardised(s_own, s_n, total, n))
            largest = np.maximum(largest, t.max(axis=1))
        exceed = (largest[:, None, None] >= observed[None, :, :] - 1e-12).sum(axis=0)
        p_values = (1.0 + exceed) / (1.0 + permutations)
    alpha = 1.0 - confidence
    cells = max(1, n_groups * len(all_labels))
    z_crit = z_value(confidence, cells)
    rows: list[dict[str, object]] = []
    for g, group in enumerate(all_groups):
        in_group = member[a_code] == g
        for j, lab in enumerate(all_labels):
            a = ((l_code == j) & in_group).astype(float)
            b = in_group.astype(float)
            n_g = float(own_n[g])
            p = float(own[g, j]) / n_g if n_g else 0.0
            var_p = max(_clustered_var(a_code, a, b, p), _clustered_var(i_code, a, b, p), 1e-300)
            q = z = None
            rest_n = n - n_g
            if rest_n > 0:
                q = float(total[j] - own[g, j]) / rest_n
                c, d = ((l_code == j) & ~in_group).astype(float), (~in_group).astype(float)
                var_q = _clustered_var(a_code, c, d, q)
                var = _clustered_var(a_code, a, b, p) + var_q  # disjoint annotators
                z = (p - q) / math.sqrt(var) if var > 1e-15 else 0.0
            n_eff = min(n_g, p * (1 - p) / var_p) if var_p > 1e-15 else n_g
            low, high = proportion_interval(p, n_eff, alpha / cells, "exact")
            p_value = float(p_values[g, j]) if testable[g] else None
            rows.append(
                {
                    "group": group,
                    "label": lab,
                    "count": int(own[g, j]),
                    "group_labels": int(n_g),
                    "group_annotators": int(size[g]),
                    "share": p,
                    "ci_low": float(low),
                    "ci_high": float(high),
                    "rest_share": q,
                    "difference": p - q if q is not None else None,
                    "z": z,
                    "z_critical": z_crit,
                    "p_value": p_value,
                    "too_few_annotators": not bool(testable[g]),
                    "flagged": bool(p_value is not None and p_value < alpha - TOLERANCE),
                }
            )
    rows.sort(key=lambda r: (-abs(r["difference"] or 0.0), str(r["group"]), str(r["label"])))  # type: ignore[arg-type]
    return rows
