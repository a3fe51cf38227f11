"""Do annotator groups label differently? Label shares per group, with intervals and a test.

For group ``g`` and label ``l``: share ``p = A / B`` (labels ``l`` from ``g`` over all labels
from ``g``) and the same share ``q = C / D`` among all other groups' labels. Labels of one item
are correlated, so variances are item-clustered ratio-estimator (linearised) variances:
``var(p) = k * sum_i (a_i - p b_i)^2 / B^2`` with per-item counts ``a_i, b_i`` and
``k = N / (N - 1)`` over the ``N`` items; ``cov(p, q)`` likewise, since both shares can come from
the same items. ``z = (p - q) / sqrt(var(p) + var(q) - 2 cov)``; the Wilson interval of ``p``
uses the effective size ``p (1 - p) / var(p)``. Both are Bonferroni-corrected over the
(group, label) cells. Groups may still have labelled different kinds of items: a flag says
"look here", not "this group is biased".
"""

from __future__ import annotations

import math

import numpy as np
import polars as pl

from datacensus.compare.statistics import wilson_interval, z_value
from datacensus.schema import UNKNOWN_PREFIX


def label_shares_by_group(
    groups: pl.Series,
    labels: pl.Series,
    annotators: pl.Series,
    items: pl.Series,
    *,
    confidence: float = 0.95,
) -> list[dict[str, object]]:
    """One row per (group, label): share, interval, share among the other groups, z, flagged."""
    frame = pl.DataFrame(
        {"group": groups, "label": labels, "annotator": annotators, "item": items.cast(pl.String)}
    ).filter(~pl.col("group").str.starts_with(UNKNOWN_PREFIX))
    if frame.height == 0:
        return []
    all_groups = sorted(frame["group"].unique().to_list())
    all_labels = sorted(frame["label"].unique().to_list())
    frame = frame.with_columns(
        (pl.col("item").rank("dense").cast(pl.Int64) - 1).alias("_i"),
        pl.col("label").replace_strict(all_labels, range(len(all_labels))).alias("_l"),
    )
    n_items, n_labels = int(frame["_i"].max()) + 1, len(all_labels)  # type: ignore[arg-type]
    total = np.zeros((n_items, n_labels))
    np.add.at(total, (frame["_i"].to_numpy(), frame["_l"].to_numpy()), 1.0)
    k = n_items / (n_items - 1) if n_items > 1 else 1.0
    z_crit = z_value(confidence, max(1, len(all_groups) * n_labels))
    rows: list[dict[str, object]] = []
    for group in all_groups:
        part = frame.filter(pl.col("group") == group)
        own = np.zeros((n_items, n_labels))
        np.add.at(own, (part["_i"].to_numpy(), part["_l"].to_numpy()), 1.0)
        others = total - own
        b, d = own.sum(axis=1), others.sum(axis=1)
        n_g, n_rest = float(b.sum()), float(d.sum())
        for j, lab in enumerate(all_labels):
            a, c = own[:, j], others[:, j]
            p = float(a.sum()) / n_g
            e = a - p * b
            var_p = k * float(e @ e) / n_g**2
            q = z = None
            if n_rest > 0:
                q = float(c.sum()) / n_rest
                f = c - q * d
                var_q = k * float(f @ f) / n_rest**2
                cov = k * float(e @ f) / (n_g * n_rest)
                var = var_p + var_q - 2 * cov
                z = (p - q) / math.sqrt(var) if var > 1e-15 else 0.0
            n_eff = min(n_g, p * (1 - p) / var_p) if var_p > 1e-15 else n_g
            low, high = wilson_interval(p, n_eff, z_crit)
            rows.append(
                {
                    "group": group,
                    "label": lab,
                    "count": int(a.sum()),
                    "group_labels": int(n_g),
                    "group_annotators": int(part["annotator"].n_unique()),
                    "share": p,
                    "ci_low": low,
                    "ci_high": high,
                    "rest_share": q,
                    "z": z,
                    "flagged": bool(z is not None and abs(z) > z_crit),
                }
            )
    return rows
