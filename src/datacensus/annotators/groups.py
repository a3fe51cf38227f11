"""Do annotator groups label differently? Label shares per group, with intervals and a test.

For group ``g`` and label ``l``: share ``p = n_gl / n_g`` with a Wilson interval, and a pooled
two-proportion z-test of ``p`` against the same label's share among all other groups' labels.
Both use a Bonferroni correction over the (group, label) cells, so a table of 40 cells does not
flag two by chance. Labels of one item are not independent and groups may have labelled
different items; a flag says "look here", not "this group is biased".
"""

from __future__ import annotations

import math

import polars as pl

from ..schema import UNKNOWN_PREFIX
from ..statistics import wilson_interval, z_value


def label_shares_by_group(
    groups: pl.Series, labels: pl.Series, annotators: pl.Series, *, confidence: float = 0.95
) -> list[dict[str, object]]:
    """One row per (group, label): share, interval, share among the other groups, z, flagged."""
    frame = pl.DataFrame({"group": groups, "label": labels, "annotator": annotators}).filter(
        ~pl.col("group").str.starts_with(UNKNOWN_PREFIX)
    )
    if frame.height == 0:
        return []
    cells = frame.group_by("group", "label").agg(pl.len().alias("n")).sort("group", "label")
    group_n = dict(frame.group_by("group").agg(pl.len()).iter_rows())
    group_annotators = dict(frame.group_by("group").agg(pl.col("annotator").n_unique()).iter_rows())
    label_n = dict(frame.group_by("label").agg(pl.len()).iter_rows())
    all_labels = sorted(label_n)
    total = frame.height
    family = max(1, len(group_n) * len(all_labels))
    z_crit = z_value(confidence, family)
    counts = {(g, lab): int(n) for g, lab, n in cells.iter_rows()}
    rows: list[dict[str, object]] = []
    for group in sorted(group_n):
        n_g = group_n[group]
        rest_n = total - n_g
        for lab in all_labels:
            n_gl = counts.get((group, lab), 0)
            share = n_gl / n_g
            low, high = wilson_interval(share, n_g, z_crit)
            rest_share = (label_n[lab] - n_gl) / rest_n if rest_n > 0 else None
            z = None
            if rest_n > 0:
                pooled = label_n[lab] / total
                se = math.sqrt(pooled * (1 - pooled) * (1 / n_g + 1 / rest_n))
                z = (share - (rest_share or 0.0)) / se if se > 0 else 0.0
            rows.append(
                {
                    "group": group,
                    "label": lab,
                    "count": n_gl,
                    "group_labels": n_g,
                    "group_annotators": int(group_annotators[group]),
                    "share": share,
                    "ci_low": low,
                    "ci_high": high,
                    "rest_share": rest_share,
                    "z": z,
                    "flagged": bool(z is not None and abs(z) > z_crit),
                }
            )
    return rows
