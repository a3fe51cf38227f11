"""Clustered documents (sites, books, source files, speakers): mergeable sums and variances.

Each cluster is hashed into one of ``schema.CLUSTER_BUCKETS`` buckets; per (dimension, key, bucket)
the usual counts are kept in a bookkeeping dimension ``_cluster:<dimension>`` (key
``<key>\\x1f<bucket>``), so they merge by summing like every other count, and a cluster split across
batches, shards or workers lands in the same bucket. Buckets group whole clusters into independent
super-clusters, so the cluster-robust (linearised ratio) variance of a share ``p_k = W_k / N``,

    var(p_k) = G/(G-1) · Σ_b (W_kb − p_k W_b)² / N²      (G non-empty buckets),

stays valid, only a little less precise than with every cluster apart.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from datacensus.compare.intervals import Floats
from datacensus.compare.lazy_special import special
from datacensus.execution.clusters import PREFIX, SEPARATOR
from datacensus.schema import UNKNOWN_PREFIX

#: A dimension design effect at least this large is called out in the notes.
DEFF_WARN = 1.5
#: Weight column of the counts table for each unit of share.
_UNIT = {"documents": "documents", "chars": "chars", "tokens": "tokens"}


def cluster_rows(counts: pl.DataFrame, dimension: str) -> pl.DataFrame | None:
    """The bucket rows of ``dimension`` in a merged counts table (``key``, ``bucket``, sums)."""
    rows = counts.filter(pl.col("dimension") == PREFIX + dimension)
    if rows.height == 0:
        return None
    parts = rows["key"].str.split_exact(SEPARATOR, 1).struct.rename_fields(["key", "bucket"])
    return rows.drop("key").with_columns(parts.struct.unnest()).drop("dimension")


def cluster_effective_sizes(
    clusters: pl.DataFrame,
    keys: list[str],
    share: Floats,
    total: float,
    weight: str,
    independent: Floats,
    alpha: float,
) -> tuple[Floats | None, float | None]:
    """Per-slice effective sizes ``p(1-p)/var`` and the dimension's design effect
    ``d = Σ var_cluster / Σ var_independent`` (at least 1).

    With few clusters the variance is itself uncertain: it is inflated by ``(t_{G-1}/z)²`` at
    the interval's level, the usual small-sample correction for cluster-robust variances. A
    slice's design effect is at least the dimension's ``d`` (``var ≥ d · var_independent``):
    a sample of a few clusters usually misses the ones where a rare slice is concentrated, and
    then understates both its share and its variance (as a few documents understate lengths).
    Effective sizes never exceed the independent-documents ones."""
    known = clusters.filter(~pl.col("key").str.starts_with(UNKNOWN_PREFIX))
    if known.height == 0 or total <= 0:
        return None, None
    column = _UNIT[weight]
    index = {k: i for i, k in enumerate(keys)}
    # columns: the buckets present (their numbering is the counting side's business)
    _, buckets = np.unique(known["bucket"].to_numpy(), return_inverse=True)
    rows = np.array([index.get(k, -1) for k in known["key"].to_list()])
    keep = rows >= 0
    matrix = np.zeros((len(keys), int(buckets.max()) + 1))
    np.add.at(matrix, (rows[keep], buckets[keep]), known[column].cast(pl.Float64).to_numpy()[keep])
    used = matrix.sum(axis=0) > 0
    matrix = matrix[:, used]
    g = matrix.shape[1]
    if g < 2:
        return None, None
    bucket_total = matrix.sum(axis=0)
    p = np.nan_to_num(share)
    resid = matrix - p[:, None] * bucket_total[None, :]
    var = g / (g - 1) * (resid * resid).sum(axis=1) / total**2
    level = 1.0 - alpha / 2.0
    # Student t and normal quantiles (scipy.special: scipy.stats costs a second to import)
    var = var * (float(special.stdtrit(g - 1, level)) / float(special.ndtri(level))) ** 2
    spread = p * (1 - p)
    var_independent = np.where(independent > 0, spread / independent, 0.0)
    denominator = float(var_independent.sum())
    deff = max(1.0, float(var.sum()) / denominator) if denominator > 0 else None
    var = np.maximum(var, (deff or 1.0) * var_independent)
    with np.errstate(divide="ignore", invalid="ignore"):
        size = np.where(var > 0, spread / var, independent)
    return np.minimum(size, independent), deff
