"""The methods text: the single source of docs/methods.md and of the report's Methods section.

Regenerate the document with ``python -m datacensus.compare.methods > docs/methods.md``; a
test fails when the two differ. Defaults are read from StatsParams, so the text cannot drift
from the code.
"""

from __future__ import annotations

import sys

from datacensus.compare.methods_lid import LID_SECTIONS
from datacensus.compare.statistics import PRIOR_DOCUMENTS, StatsParams
from datacensus.schema import CLUSTER_BUCKETS

_D = StatsParams()

SECTIONS: tuple[tuple[str, str], ...] = (
    (
        "Shares over known rows",
        """\
Every row gets one key per dimension (a language, a country, a category), or an *unknown*
reason when the key cannot be determined: language identification below its confidence
threshold, no country, an empty category, a value that maps to nothing. Unknown rows are
counted and reported per reason, and kept out of the denominator:

```
p_s = W_s / N        N = sum of W over the known slices
```

`W` is the slice's weight: its number of documents, or its characters or tokens when weighted.
The report shows the unknown total next to `N`, and `unknown_share = U / (N + U)`, so nobody
mistakes a share of the known rows for a share of everything.""",
    ),
    (
        "Intervals",
        """\
Each share gets an interval for the share of the process that produced the corpus. The
default is the exact (Clopper–Pearson) interval: with `x` documents of `n`,

```
L = B⁻¹(α/2; x, n − x + 1)        U = B⁻¹(1 − α/2; x + 1, n − x)
```

(`B⁻¹` the Beta quantile; `L = 0` when `x = 0`, `U = 1` when `x = n`). It never covers less than
its level, at any count: this matters because most slices of a real reference have shares below
1e-5 and counts of 0–3, and because the multiplicity correction below asks for a far tail
(`α/2m`), where approximate intervals are least accurate. A slice with no rows gets the upper
bound `U₀ = 1 − (α/2)^(1/n)`. Weighted or clustered shares enter with their effective size:
`x = p·n_eff` out of `n_eff` (the Beta function takes fractional counts).

`interval = "jeffreys"` uses the Beta(x + ½, n − x + ½) quantiles instead (shorter, close to
nominal on average, but it over-rejects in the far tail: see the checks below);
`interval = "wilson"` the Wilson score interval with Brown, Cai and DasGupta's small-count fix
(for 1 ≤ x ≤ 3 the lower bound is the exact Poisson one, `Γ⁻¹(α/2; x) / n`; likewise the upper
bound for `n − x`). On the command line: `--interval exact|jeffreys|wilson`.""",
    ),
    (
        "Many slices at once",
        """\
A dimension with 200 languages makes 200 comparisons. At 95% each, about 10 would be flagged
by chance alone. So the confidence level is for the whole dimension (family-wise): with `m`
intervals in the family, each is built at level `1 − α/m` (Bonferroni), and the chance that
*any* interval of the dimension misses its true share is at most `α`.

**The family** is every slice that gets an interval and could get a verdict: the union of the
referenced slices the instrument can detect (including slices with an explicit reference share
of 0) and the observed slices (including unreferenced ones). `m` is recorded as `family_size`
and the per-interval error `α/m` as `alpha_per_slice`; `z = Φ⁻¹(1 − α/2m)` is kept as `z` for
reference. For 200 slices at 95%, each interval is a 99.975% interval. Because the exact
interval's coverage is at least its level for every share, the family-wise claim holds for
document counts against any reference, however long its tail; for weighted or clustered
shares it rests on their effective sizes, which the simulations below check.
`correction = "none"` uses per-slice intervals instead.""",
    ),
    (
        "Weighted shares",
        f"""\
Weighting by characters or tokens (whitespace tokens, or a token-count column) answers "what
share of the text" rather than "what share of the documents". Documents are what is sampled,
not characters, so the uncertainty comes from documents. The share is a ratio of sums, and its
variance is the ratio estimator's (linearised):

```
var(p) = n/(n−1) · ( Q_s (1−p)² + (Q − Q_s) p² ) / N²
n_eff  = p(1−p) / var(p)
```

where `Q` sums the squared weights of the documents (`chars_sq`, `tokens_sq` in the counts
table, so counts stay mergeable). The interval is then computed with the effective size
`n_eff` in place of `n`. With all documents the same length, `n_eff = n − 1`.

A few documents understate how skewed lengths are: the rare very long document is usually not
among them, and then both the share and its variance come out low. So a slice's own length
spread `c_s = k·Q_s / W_s² − 1` (from its `k` documents) is pulled towards the dimension's
spread `c` with the weight of {PRIOR_DOCUMENTS:g} documents: `(k·c_s + {PRIOR_DOCUMENTS:g}·c) /
(k + {PRIOR_DOCUMENTS:g})`, and is at least the pooled within-slice spread
`c_w = Σ_s k_s·c_s / n`, which comes from all `n` documents and so far more often includes the
long ones. Shrinking alone fades as a slice's documents grow in number, and its coverage fell
with corpus size (93.3% in the worst slice at 10,000 documents, table below); the floor keeps
it. For a slice whose lengths really are less spread than the dimension's the floor only
widens the interval. Slices with no weight use Kish's effective size for the dimension,
`N² / Q`.

Weighting can change the picture: a language with few but long documents can be under by
documents and fine by characters. `--weight documents --weight chars` computes both, and the
report's "Weighting changes the picture" table lists the slices whose status differs.""",
    ),
    (
        "Statuses",
        """\
Each slice has two intervals from the same method and effective size: the family-wise one
`[L, U]` (level `1 − α/m`, shown as `ci_low`, `ci_high`) and its own `[L₁, U₁]` (level `1 − α`,
the confidence without the multiplicity correction). With the reference share `r` and the
tolerance `τ`, a verdict needs a difference that is both *real* and *material*:

| status | rule | in plain words |
| --- | --- | --- |
| `under` | `U < r`, `U₁ < τ·r` | surely below `r`, and below `τ·r` on the slice's own evidence |
| `over` | `L > r`, `L₁ > r/τ` | surely above `r`, and above `r/τ` on the slice's own evidence |
| `ok` | `τ·r ≤ L` and `U ≤ r/τ` | the whole family-wise interval is within tolerance |
| `uncertain` | otherwise | the interval straddles a threshold: more data would decide |
| `missing` | no rows, `under` at `x = 0`, `n_eff·r ≥ min_expected_missing` | absence is evidence |
| `unreferenced` | key not in the reference | counted in the shares, not judged |
| `over` / `ok` (r = 0) | reference share given as 0 | rows there are `over`; none is `ok` |
| `undetectable` | referenced, never observed, and the instrument cannot output it | not judged |

What each half guarantees. *Real*: a flag needs the family-wise interval to exclude the
reference share, so when the data are drawn exactly from the reference, the chance that any
slice of the dimension is flagged is at most `α` (5%), however many slices there are.
*Material*: a slice whose true share is exactly `τ·r` (a shortfall, but not one beyond the
tolerance) is flagged `under` with probability at most `α/2` = 2.5%, the one-sided error of its
own interval; likewise `over` at exactly `r/τ`. This second guarantee holds per slice, not for
the dimension: among many slices sitting exactly at `τ·r`, about 2.5% would be flagged. Judging
materiality family-wise too would need the family-wise `U` below `τ·r`, which at 100 slices and
10,000 documents misses most slices at 0.3× their share (the power table below).
`materiality = "family"` (`--materiality family`) restores that stricter rule; `U < τ·r` then
implies `U < r`, so the two halves collapse into one. With `correction = "none"` the two
intervals are the same, and so are the two rules.

A referenced slice with no rows is `missing` only when the `under` rule holds for its zero
count (`U₀ = 1 − (α/2)^(1/n)` below `r` family-wise and the slice's own `U₀` below `τ·r`)
*and* enough documents were expected; otherwise it is `uncertain`. With the default
correction the intervals are the binding condition: absence becomes evidence once `n·r`
exceeds about the larger of `−ln(α/2m)` and `−ln(α/2)/τ` (7.4 documents for one slice, 9.0
among 200). The floor of expected documents matters when τ is near 1 or the confidence is
lowered. At its default of 5 expected documents, a slice that truly had its reference share
would be absent 0.7% of the time (`e⁻⁵`).

A reference share given explicitly as 0 is a statement ("the reference expects none"), not a
gap: the key is judged (any row makes it `over`, since its lower bound is then above 0), and it
belongs to the family. A key absent from the reference stays `unreferenced`.

Because every interval contains its share, `under` implies `p < τ·r` and `over` implies
`p > r/τ`: more data of the same make-up can turn `uncertain` into `under` or `ok`, never
`under` into `over`, and no slice is both `under` and `ok` (`U₁ < τ·r ≤ L` is impossible, the
slice's own interval lying inside the family-wise one). Each row also carries
`expected = N·r`, `ratio = p/r` and the family-wise interval as ratios, `L/r` and `U/r`: an
`under` slice can show `U/r` above τ (its own `U₁/r` is below τ); `detect_under_ratio` (below)
says how low the ratio had to be.""",
    ),
    (
        "Slices the instrument cannot see",
        """\
A language-identification model knows a fixed set of languages. A referenced language outside
that set can never be observed, and would otherwise look `missing` while every other language
looked over-represented by its share. Such slices, when indeed unobserved, get status
`undetectable`, and the reference is renormalised over the rest:

```
r'_s = r_s / (1 − R_u)        R_u = reference mass of the undetectable slices
```

Ratios and statuses use `r'`; `R_u` is reported as `reference_mass_undetectable`. A slice
claimed undetectable but observed anyway is compared as usual.""",
    ),
    (
        "No reference",
        """\
Without a reference distribution, shares are compared with equal shares over the observed
slices. This measures balance, not representativeness, and the result says so in its notes.""",
    ),
    (
        "Sampled audits",
        """\
The intervals are about the process that produced the corpus, so an audit of the whole corpus
still has them. An audit of a sample counts only the documents it read (counts are never scaled
up), so its intervals come from that smaller number and are about `1/√f` wider than a full
read would give, for a fraction `f` read; the result notes say the audit was sampled and by how
much. Drawn at random, the sample's intervals cover the corpus's own shares at least as often
as the process's.

`sample_design_effect = d > 1` divides every effective size by `d` (widening intervals by
`√d`), on a full read as on a sample, and the notes say so. Use it when documents are known to
be clustered but no cluster column exists; with one, the design effect is measured (below).""",
    ),
    (
        "Clustered documents",
        f"""\
Web corpora come in sites, books, speakers and source files, and documents of one cluster
resemble each other: 2,000 documents from 50 sites carry far less information than 2,000
independent ones. With a cluster column (`--cluster-col COL`, API `cluster=`), each share gets
the cluster-robust (linearised ratio) variance

```
var(p_s) = G/(G−1) · Σ_c (W_sc − p_s W_c)² / N²
n_eff,s  = p_s(1−p_s) / var(p_s)        (at most the independent-documents value)
```

where `W_sc` is the slice's weight in cluster `c` and `W_c` the cluster's total. So that counts stay
mergeable and bounded, clusters are hashed into {CLUSTER_BUCKETS:,} buckets and the sums are kept
per (dimension, key, bucket) in a bookkeeping dimension `_cluster:<dimension>`; a cluster split
across batches, shards or workers lands in the same bucket, and buckets (groups of whole clusters)
are independent, so the formula stays valid over buckets. `G` is the number of non-empty buckets;
with few clusters the variance is multiplied by `(t_{{G−1}}/z)²` at the interval's level (the usual
small-sample correction), and a slice's design effect is at least the dimension's: a few clusters
usually miss the ones where a rare slice is concentrated, and
then understate its variance. The same holds for characters and tokens (`W` is then the
weight).

Each dimension reports `design_effect_clusters = Σ_s var_cluster / Σ_s var_independent` and
`design_effect = n / n_eff`; a design effect of 1.5 or more is called out in the notes.
Without a cluster column, each judged dimension's notes say that the design effect is unknown
and documents were treated as independent.""",
    ),
    (
        "Power: what this audit could detect",
        """\
Next to each referenced slice's verdict the result gives what the audit could have seen:

- `detect_under_ratio`: the largest ratio `p/r` that the `under` rule would still flag, at
  this slice's effective size; a slice observed below it is `under`. Null when even zero rows
  would not be (too few documents for a slice this small).
- `detect_over_ratio`: the smallest ratio that the `over` rule would flag.
- `documents_to_settle` (for `uncertain` slices): roughly how many documents, at the same
  observed share and design effect, would make the rules decide (`under`, `ok`, `over` or
  `missing`); null when no amount of data of the same make-up would (a share right on a
  threshold).

All three are found by bisection on the same rules and interval function that give the
verdicts (both intervals, under either `materiality`), using the Beta distribution function
rather than its inverse.""",
    ),
    (
        "Dimension metrics",
        """\
Computed over the detectable reference `r'` and the known shares `p`. With few documents and
many slices, sampling noise alone makes the distances positive (data drawn exactly from
`world-speakers` at n = 1,000 give a TV distance of about 0.15), so each is read against noise.
With `n` the dimension's effective number of documents and 200 seeded draws:

- `<metric>_sampling`: the metric's mean over samples of `n` documents drawn from the
  reference itself, i.e. its value from sampling alone; `<metric>_sampling_high` the 95% point.
  An observed distance below `_sampling_high` is indistinguishable from noise.
- `<metric>_low`, `<metric>_high`: a basic bootstrap interval `[2m − q₉₇.₅, 2m − q₂.₅]` from
  samples of `n` drawn from the observed shares (reflecting the quantiles about the observed
  value `m` removes the plug-in's upward bias to first order), clipped to the metric's range.

for `tvd`, `jsd` and `hill_observed_q0`, `_q1`, `_q2`.

- **Total variation distance** `TVD = ½ Σ |p_k − r_k|`, in [0, 1]: the share of the data that
  would have to change slice to match the reference.
- **Jensen–Shannon divergence** `JSD = ½ KL(p‖m) + ½ KL(r‖m)`, `m = (p + r)/2`, logarithms base
  2, in [0, 1]: 0 for identical distributions, 1 for disjoint ones; symmetric, and finite when
  slices are absent on either side.
- **Reference mass covered**: `Σ r_k` over the slices with at least one row.
- **Unreferenced share**: `Σ p_k` over the slices the reference does not know.
- **Effective number of slices** (Hill numbers) `D_q = (Σ p_k^q)^(1/(1−q))`, for the data and
  for the reference: `D₀` counts slices, `D₁ = exp(Shannon entropy)`, `D₂ = 1 / Σ p_k²`. A
  corpus with `D₁ = 12` is as diverse as 12 equally common slices, whatever the reference's.
- `effective_documents` (`n_eff` of the dimension), `design_effect` (`n / n_eff`), `z` and
  `family_size` (`m`) record how the intervals were built.""",
    ),
    (
        "Annotator groups",
        """\
A group (gender, country, ...) is an attribute of annotators, so the annotator is the unit of
inference: annotators differ in how they label, and a group of three annotators says little
about the next three, however many labels they gave. For group `g` and label `l` the share
`p = A / B` of `g`'s labels that are `l` is compared with the share `q` among all other
annotators' labels; rows are ranked by the effect size `p − q`.

The test shuffles group memberships among annotators 999 times (seeded) and records, each time,
the largest standardised difference `|p − q| / √(s(1 − s))` (`s` the label's overall share)
over the tested cells; a cell's `p_value` is the share of shuffles reaching its own value, and
it is flagged when `p_value < 1 − confidence`. This is exact under no group effect, whatever
the annotators' biases, and controls the error over all (group, label) cells at once.
Groups with fewer than 5 annotators (or whose complement has fewer) are listed with
`too_few_annotators`, never tested, flagged or headlined. `z` is the difference over its
annotator-clustered standard error, and the interval of `p` is the exact interval at the
larger of the annotator- and item-clustered variances.""",
    ),
    (
        "Parameters and defaults",
        f"""\
| parameter | default | meaning |
| --- | --- | --- |
| `confidence` | {_D.confidence:g} | family-wise confidence level per dimension |
| `tau` | {_D.tau:g} | tolerance: `under` means below `τ·r`, `over` above `r/τ` |
| `min_expected_missing` | {_D.min_expected_missing:g} | fewer expected documents: never `missing` |
| `correction` | `{_D.correction}` | multiplicity correction: `bonferroni` or `none` |
| `sample_fraction` | none (full read) | fraction of the corpus read, for sampled audits |
| `sample_design_effect` | {_D.sample_design_effect:g} | known design effect (divides sizes) |
| `interval` | `{_D.interval}` | interval of each share: `exact`, `jeffreys` or `wilson` |
| `materiality` | `{_D.materiality}` | τ judged on the slice's own interval, or `family`-wise |""",
    ),
    (
        "How these methods were checked",
        f"""\
Seeded simulations in `tests/test_simulations.py`, `tests/test_regime_simulations.py`,
`tests/test_shard_sampling.py` and `tests/test_group_simulations.py` run with the test suite;
`python scripts/interval_simulations.py` prints every table below (the larger runs quoted).
"Family-wise" means every interval of the dimension covers its true share in the same audit;
a false flag is any `under`, `over` or `missing` when the data are drawn exactly from the
reference (default `τ = 0.5`, 95%).

**Long-tailed references** (data drawn ∝ the shipped reference, 400 audits per cell; 677
slices in `world-speakers`, 1,448 in `language-territory`; default materiality): audits with
any false flag / audits where every interval covered.

| reference | n | exact (default) | jeffreys | wilson (BCD fix) |
| --- | --- | --- | --- | --- |
| world-speakers | 1,000 | 0.5% / 99.5% | 5.5% / 94.5% | 18.2% / 79.8% |
| world-speakers | 10,000 | 0.2% / 99.5% | 3.2% / 96.2% | 30.8% / 64.2% |
| world-speakers | 100,000 | 0.2% / 98.2% | 2.2% / 95.0% | 17.0% / 73.5% |
| language-territory | 1,000 | 0.5% / 99.2% | 8.5% / 91.2% | 34.0% / 64.2% |
| language-territory | 10,000 | 0.8% / 99.0% | 4.2% / 95.2% | 42.0% / 54.0% |
| language-territory | 100,000 | 0.5% / 98.5% | 3.0% / 95.0% | 30.2% / 60.8% |

Only the exact interval keeps family-wise coverage at or above 93% in every cell, so it is
the default. Under the default materiality a false flag needs a family-wise miss, so the false
flags of the other two methods are their coverage shortfalls: with `--interval jeffreys` or
`wilson` on a long-tailed reference, use `--materiality family` (with it they raised false
flags in at most 2% of 200 such audits). The textbook Wilson interval (before the fix) raised false
`over` flags in 45–88% of such audits: one document of a language with a reference share below
about 3.5e-5.

**Power** (Zipf reference `r ∝ 1/rank` over 100 slices, 10,000 documents, one slice drawn at
exactly 0.3× its share, the others in proportion; 1,000 audits per row): share of audits
flagging that slice `under`, and the exact binomial probability of that verdict.

| reference share | expected at 1× | `under` (default) | exact | `family`: simulated / exact |
| --- | --- | --- | --- | --- |
| 19.3% (rank 1) | 1,928 | 100% | 100% | 100% / 100% |
| 3.9% (rank 5) | 386 | 100% | 100.0% | 99.6% / 99.7% |
| 1.9% (rank 10) | 193 | 99.5% | 99.4% | 76.3% / 77.6% |
| 1.3% (rank 15) | 129 | 94.6% | 94.2% | 43.9% / 44.3% |
| 1.01% (rank 19) | 101 | 84.1% | 86.3% | 29.5% / 30.4% |
| 0.96% (rank 20) | 96 | 85.6% | 85.1% | 26.8% / 26.8% |

The strict rule needs the family-wise upper bound (at `α/2m` = 0.025%) below `τ·r`; the default
needs it below `r` and the slice's own 97.5% bound below `τ·r`. The power columns predicted
every one of these verdicts (`under` exactly when the observed ratio was below
`detect_under_ratio`).

**Materiality** (same reference; one slice at exactly `τ` = 0.5× its share, or at exactly
`1/τ` = 2×): probability that it is flagged anyway, exact (binomial, at the boundary its power
column names) and simulated (1,000 audits).

| n | slice (r) | `under` at 0.5×: exact / simulated | `over` at 2×: exact / simulated |
| --- | --- | --- | --- |
| 10,000 | rank 1 (19.3%) | 2.32% / 2.6% | 2.44% / 2.3% |
| 10,000 | rank 10 (1.9%) | 2.36% / 1.8% | 2.28% / 3.3% |
| 10,000 | rank 20 (0.96%) | 1.98% / 1.9% | 2.37% / 2.0% |
| 100,000 | rank 1 | 2.45% / 2.5% | 2.48% / 2.5% |
| 100,000 | rank 10 | 2.44% / 2.9% | 2.48% / 2.3% |
| 100,000 | rank 20 | 2.24% / 1.5% | 2.49% / 2.6% |
| 1,000,000 | rank 1 | 2.49% | 2.50% |
| 1,000,000 | rank 10 | 2.48% | 2.48% |
| 1,000,000 | rank 20 | 2.45% | 2.46% |

The exact probability is at most 2.5% everywhere, as the slice's own one-sided 2.5% error
promises, and approaches it as `n` grows and the family-wise condition is always met; the
simulated rates (standard error 0.5%) agree. The power columns agreed with every verdict.

**Clustered documents** (2,000 documents in sites of 10 or 40 with site-level language mixes
drawn from Dirichlet(2·r) over 5 languages; uncorrected 95% intervals; 400 audits, clusters in
{CLUSTER_BUCKETS} buckets): lowest per-slice coverage.

| documents per site | with `--cluster-col` | without | design effect measured |
| --- | --- | --- | --- |
| 10 | 95.0% | 68.0% | 4.1 |
| 40 | 96.0% | 38.2% | 14.9 |

**Shard sampling** (1,000 shards of 200 documents with shard-level language mixes, Dirichlet(2·r)
over the same 5 languages; 2% of the shards (20) counted, each shard a cluster; uncorrected
95% intervals against the full corpus's own shares; 400 audits): per-slice coverage 99.0%,
97.0%, 98.8%, 98.8% and 98.2%. Without the floor on each slice's design effect (below) the
rarest slice fell to 90.8%.

**Character-weighted shares** (10 slices from 30% to 1%, log-normal lengths with σ = 1.5, longer
in rarer slices; uncorrected 95% intervals; 4,000 audits, so a coverage figure has a standard
error of 0.4%): per-slice coverage, mean and lowest, with the pooled-spread floor (default) and
without it (shrinking alone, the earlier method).

| documents | mean | lowest slice | without the floor: mean / lowest |
| --- | --- | --- | --- |
| 300 | 95.8% | 94.8% | 95.4% / 94.5% |
| 1,000 | 96.6% | 95.7% | 95.4% / 94.5% |
| 3,000 | 96.9% | 96.0% | 94.8% / 93.5% |
| 10,000 | 96.9% | 95.8% | 94.3% / 93.3% |
| 30,000 | 96.7% | 95.8% | 94.3% / 93.6% |

Misses are mostly one-sided: the share of text is under-estimated when the rare very long
document is absent, and the interval's upper bound then falls short. The candidates compared
(2,000 audits at each size) were a larger shrinking weight (50 or 100 documents: it helps, but a
fixed weight counts for less as a slice's documents grow; 94.0% in the worst slice at 10,000
documents with 50), a Student-t quantile with the slice's documents (or its Kish effective
documents) as degrees of freedom (too wide at 300 documents, 99%, and still fading), and
intervals on the logit or log scale (worse: 92.9% in the worst slice at 1,000 documents). A
skewness-corrected interval would need the sum of cubed lengths, which counts do not keep.
With σ = 1 coverage is 96.9% at 300 documents and 96.2% at 3,000 (2,000 audits). Clustered
(sites of 10 or 40 with site-level language mixes, lognormal lengths σ = 1.5, the site as
cluster, 2,000 audits): lowest slice 95.7% (sites of 10) and 95.3% (sites of 40).

**Annotator groups** (300 items × 3 labels from 20 annotators, 10 per group, annotator bias on
the logit scale): with no group effect, runs flagging any group (10,000 runs, with the standard
error) and the spread of the smallest p-value; with group x 10 points more often `pos`, runs
finding it (1,000 runs).

| bias SD | false group flags | P(p ≤ 0.01) | P(p ≤ 0.1) | P(p ≤ 0.5) | power, 10 points |
| --- | --- | --- | --- | --- | --- |
| 0.5 | 4.89% ± 0.22% | 0.99% | 10.18% | 49.70% | 42.6% |
| 1.0 | 5.27% ± 0.22% | 1.04% | 10.19% | 49.54% | 19.9% |

Another 8,000 runs at SD 1.0 gave 4.84% ± 0.24% (pooled with the above: 5.08% ± 0.16%).

The test's level is 4.9% (a p-value `(1 + k)/1,000` below 0.05; `1 − 0.95` is slightly above
0.05 in floating point, and before this was allowed for a p-value of exactly 0.05 flagged too,
making the level 5.0%), and its p-values are uniform under no group effect (the `P(p ≤ u)`
columns). The shuffles are seeded from the labels per annotator (never from the groups): with
one fixed set of shuffles for every data set, the rate is that of this one draw rather than the
test's level (on the same 6,000 data sets at SD 0.5, three fixed sets gave 5.8%, 5.5% and
5.3%). The item-clustered test it replaces flagged 41% and 87% of such runs. Ten annotators
per group cannot establish a 10-point difference reliably when annotators
themselves differ this much: that is the honest answer, not a defect.

**Other checks**: uncorrected 95% intervals on document shares (10 slices from 30% to 1%,
400 audits) covered 96.4% with 200 documents and 95.0% with 2,000; 200 audits of 50,000
documents drawn from a 200-slice Zipf reference raised no false flag; with `τ = 1` (any
detectable difference flags) 3.7% of 1,500 audits did, against 5% nominal (at `τ = 1` both
materiality rules are the same); a random 10% sample
of a 20,000-document corpus covered the process's shares 95.7% of the time and the corpus's
own 96.6% (300 audits). Intervals equal statsmodels' `proportion_confint` (methods `beta`,
`jeffreys`, `wilson`) and the cluster-robust variance equals statsmodels' OLS cluster standard
error (`tests/test_intervals.py`, `tests/test_clusters.py`).""",
    ),
)

#: Every section, in order: the statistics, then the LID correction (`methods_lid`).
ALL_SECTIONS = (*SECTIONS, *LID_SECTIONS)


def methods_markdown() -> str:
    """The whole methods document as Markdown."""
    parts = ["# Methods\n\nHow datacensus computes shares, intervals, statuses and metrics.\n"]
    parts += [f"## {title}\n\n{body}\n" for title, body in ALL_SECTIONS]
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(methods_markdown())
