"""The methods text of the LID correction (``--lid-correct``), a section of docs/methods.md.

Kept apart from `methods` so the two texts can change independently; constants are read from
the code so the text cannot drift from it.
"""

from __future__ import annotations

from datacensus.compare.correction import (
    BOOTSTRAP_ITER,
    BOOTSTRAP_TOL,
    DEFAULT_MIN_TEXTS,
    MIN_RECALL,
    PRIOR_MASS,
    PRUNE_RECALL,
    UNDETECTABLE,
)
from datacensus.compare.lid_correct import REPLICATES
from datacensus.lid.profile import LENGTH_BUCKETS, SETTINGS_KEYS

_BUCKETS = ", ".join(
    f"`{name}` ({start}–{end - 1} characters)" if end else f"`{name}` ({start}+ characters)"
    for (start, name), end in zip(
        LENGTH_BUCKETS, [s for s, _ in LENGTH_BUCKETS[1:]] + [0], strict=True
    )
)

LID_SECTIONS: tuple[tuple[str, str], ...] = (
    (
        "Language shares corrected for LID error",
        f"""\
Off by default. With `--lid-correct` (API `LidSettings(correct=True)`) the `language`
dimension's document shares are estimated from the counted labels and the model's measured
confusion, an *LID profile* built by `datacensus lid-eval` on labelled text (the bundled
lid.176.ftz has one). Counts are never changed: the correction runs at compare time, on merged
counts. Measurements, the shipped profile and its limits: docs/language-id.md.

**Estimator.** Label counts `q_j` (languages, plus `?too_short` and `?low_confidence` when the
profile records them; other unknown reasons stay unknown rows) come from the true shares `p_k`
through the confusion `C[k, j] = P(label j | language k)`: `E[q/N] = Cᵀp`. `C` is read from the
profile's counts `n_kj` with a prior of {PRIOR_MASS:g} texts per row spread over the `J` labels:

```
C_kj = (n_kj + {PRIOR_MASS:g}/J) / (n_k + {PRIOR_MASS:g})
```

`p` is the maximum-likelihood estimate of `q ~ Multinomial(N, Cᵀp)` on the simplex, found by EM
(the prior re-estimation of Saerens, Latinne & Decaestecker 2002, with confusion rates in place
of per-document posteriors), accelerated by SQUAREM, to a tolerance of 1e-9:

```
p_k ← p_k · Σ_j (q_j / N) · C_kj / Σ_l p_l C_lj
```

**Classes.** A profile language the model can output is estimated when the profile has at
least {DEFAULT_MIN_TEXTS} texts of it and the model names it for at least {MIN_RECALL:.0%} of
them. Otherwise it is *uncorrectable*: listed with the reason, and its label (if seen) keeps
its raw count. A label the profile has no row for keeps its raw count too. A language the
model names for at least {PRUNE_RECALL:.0%} of its profile texts but never named in the audited
data is taken as absent. The profile's languages the model cannot output form one class,
`{UNDETECTABLE}`, so their text is not handed to detected languages; its estimated share is
reported and the language shares are renormalised without it.

**Length buckets.** Misreading depends on length, so the audit also counts a hidden
`_lid_length` dimension (label by text-length bucket: {_BUCKETS}) and the correction runs per
bucket with that bucket's confusion. A language with fewer than {DEFAULT_MIN_TEXTS} profile
texts in a bucket uses its all-lengths row there. Buckets combine by their corrected documents:
`p_k = Σ_b D_b p_bk / Σ_b D_b`, with `D_b` the bucket's corrected documents outside
`{UNDETECTABLE}`. Results counted without `_lid_length` use the all-lengths confusion.

**Intervals.** {REPLICATES} bootstrap replicates per bucket: every estimated row of `C` is
redrawn from its Dirichlet posterior `Dir(n_k + {PRIOR_MASS:g}/J)` and `q` from
`Multinomial(N, q/N)`, and EM is re-run from the estimate (tolerance {BOOTSTRAP_TOL:g}, at most
{BOOTSTRAP_ITER} iterations); buckets are combined replicate by replicate. With `se` the
replicates' standard deviation and `b_α` their quantiles, a share's interval at the dimension's
`z` (Bonferroni over its slices, as for raw shares) is the union of

- the Wilson interval at the effective size `p̂(1 − p̂)/se²` (at most `N`),
- the percentile interval `[b_α, b_1−α]`,
- the basic interval `[2p̂ − b_1−α, 2p̂ − b_α]`,

clipped to [0, 1]. The estimate cannot go below 0, so small shares are biased upwards and
each interval alone under-covers some of them. In a simulation (30 languages with confused
pairs, 1,000 corpora per row; `scripts/lid_correction_simulations.py`, docs/language-id.md)
with the confusion known and 200,000 documents, every language's 95% interval held its true
share in at least 94.6% of corpora and its mean absolute error was at most 0.10 share points.
With the confusion estimated from 300 texts per language, pooled coverage was 96.6–96.8%. The
worst language was at 91.5–93.1%: a near-zero share next to a large language whose rare
misreadings the small profile misses. With 1,000 texts per language, every language was at or
above 94.5%. Statuses follow from these intervals and the reference exactly as for raw shares.

**Refusals** (one line, exit 2). Before any data is read: a profile built for another model
(its sha256 differs) or with other LID settings ({", ".join(f"`{k}`" for k in SETTINGS_KEYS)}),
and a file that is not a valid profile (unreadable JSON, wrong `format` or `format_version`,
negative or fractional counts, unknown length buckets). When shares are compared:
`--lid-correct` with `--lang-col` (nothing was detected) or with a primary weight other than
documents.

**Not corrected.** Character- and token-weighted language dimensions (`language@chars`, ...)
and cross tables keep raw shares, with a note; the script dimension, the counts file and the
unknown rows outside the profile (`?empty`, unmapped labels) are unchanged. The correction
assumes each language is misread in the corpus as in the profile, within a length bucket; text
of another domain or style than the profile's is not accounted for.""",
    ),
)
