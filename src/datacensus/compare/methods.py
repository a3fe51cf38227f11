"""The methods text: the single source of docs/methods.md and of the report's Methods section.

Regenerate the document with ``python -m datacensus.compare.methods > docs/methods.md``; a
test fails when the two differ. Defaults are read from StatsParams, so the text cannot drift
from the code.
"""

from __future__ import annotations

import sys

from datacensus.compare.statistics import PRIOR_DOCUMENTS, StatsParams

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
Each share gets a Wilson score interval, computed from the number of documents `n`:

```
centre = (p + z²/2n) / (1 + z²/n)
half   = z / (1 + z²/n) · √( p(1−p)/n + z²/4n² )
[L, U] = [centre − half, centre + half]
```

Wilson intervals stay inside [0, 1], keep close to their nominal coverage for small counts,
and give a slice with no rows a useful upper bound, `U₀ = z² / (n + z²)`.""",
    ),
    (
        "Many slices at once",
        """\
A dimension with 200 languages makes 200 comparisons. At 95% each, about 10 would be flagged
by chance alone. So the confidence level is for the whole dimension (family-wise): with `m`
slices compared with the reference, each interval is built at level `1 − α/m` (Bonferroni),

```
z = Φ⁻¹(1 − α / 2m)        α = 1 − confidence
```

and the chance that *any* interval of the dimension misses its true share is at most `α`.
`m` counts the referenced slices the instrument can detect (with no reference: the observed
slices). For 200 slices at 95%, `z = 3.66` instead of 1.96. Goodman's simultaneous intervals
for multinomial shares are exactly these Wilson intervals with the Bonferroni quantile.
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
table, so counts stay mergeable). The Wilson interval is then computed with the effective size
`n_eff` in place of `n`. With all documents the same length, `n_eff = n − 1`.

A few documents understate how skewed lengths are: the rare very long document is usually not
among them, and then both the share and its variance come out low. So a slice's own length
spread `c_s = k·Q_s / W_s² − 1` (from its `k` documents) is pulled towards the dimension's
spread `c` with the weight of {PRIOR_DOCUMENTS:g} documents: `(k·c_s + {PRIOR_DOCUMENTS:g}·c) /
(k + {PRIOR_DOCUMENTS:g})`. Slices with no weight use Kish's effective size for the dimension,
`N² / Q`.

Weighting can change the picture: a language with few but long documents can be under by
documents and fine by characters. `--weight documents --weight chars` computes both, and the
report's "Weighting changes the picture" table lists the slices whose status differs.""",
    ),
    (
        "Statuses",
        """\
With the corrected interval `[L, U]` of a slice, its reference share `r` and the tolerance `τ`:

| status | rule | in plain words |
| --- | --- | --- |
| `under` | `U < τ·r` | even the most generous reading is below τ of the reference |
| `over` | `L > r/τ` | even the least generous reading is above 1/τ of the reference |
| `ok` | `τ·r ≤ L` and `U ≤ r/τ` | the whole interval is within tolerance |
| `uncertain` | otherwise | the interval straddles a threshold: more data would decide |
| `missing` | no rows, `U₀ < τ·r`, `n_eff·r ≥ min_expected_missing` | absence is evidence |
| `unreferenced` | key not in the reference | counted in the shares, not judged |
| `undetectable` | referenced, never observed, and the instrument cannot output it | not judged |

A referenced slice with no rows is `missing` only when the `under` rule holds for its zero
count *and* enough documents were expected; otherwise it is `uncertain`. With the default
correction the interval is the binding condition (absence becomes evidence once `n·r` exceeds
about `z²/τ`: 8 documents for one slice, 27 among 200); the floor of expected documents matters
when the correction is off or the confidence lowered. At its default of 5 expected documents,
a slice that truly had its reference share would be absent 0.7% of the time (`e⁻⁵`).

Because every interval contains its share, `under` implies `p < τ·r` and `over` implies
`p > r/τ`: more data of the same make-up can turn `uncertain` into `under` or `ok`, never
`under` into `over`. Each row also carries `expected = N·r`, `ratio = p/r` and the interval as
ratios, `L/r` and `U/r`.""",
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

When the sample was drawn in blocks (whole files, row groups, shards) rather than document by
document, documents of a block resemble each other and the sample carries less information than
its size. Set `sample_design_effect` to `d > 1`: effective sizes are divided by `d`, widening
intervals by `√d`. It cannot be estimated from merged counts.""",
    ),
    (
        "Dimension metrics",
        """\
Computed over the detectable reference `r'` and the known shares `p`. They are point
estimates: with few documents and many slices, sampling noise alone makes the distances
positive.

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
        "Parameters and defaults",
        f"""\
| parameter | default | meaning |
| --- | --- | --- |
| `confidence` | {_D.confidence:g} | family-wise confidence level per dimension |
| `tau` | {_D.tau:g} | tolerance: `under` below `τ·r`, `over` above `r/τ` |
| `min_expected_missing` | {_D.min_expected_missing:g} | fewer expected documents: never `missing` |
| `correction` | `{_D.correction}` | multiplicity correction: `bonferroni` or `none` |
| `sample_fraction` | none (full read) | fraction of the corpus read, for sampled audits |
| `sample_design_effect` | {_D.sample_design_effect:g} | design effect of block sampling |""",
    ),
    (
        "How these methods were checked",
        """\
Seeded simulations in `tests/test_simulations.py`, run with the test suite:

- Uncorrected 95% intervals on document shares (10 slices from 30% to 1%) covered the true
  share 94.8% of the time with 200 documents and 94.5% with 2,000.
- Character shares with skewed (log-normal) document lengths, longer in rarer slices: 95.4% with
  300 documents and 95.0% with 3,000. Without the pull towards the dimension's spread, the
  rarest slices fell to 84–89% with 200 to 1,000 documents.
- Audits of 50,000 documents drawn exactly from a 200-slice reference: none of 200 raised a
  false `under`, `over` or `missing` with the defaults. With `τ = 1` (any detectable
  difference flags) 5.7% of 1,500 audits did, against 5% nominal: Wilson's far tail is a
  little optimistic at `z = 3.66`; without the correction every audit did.
- A random 10% sample of a 20,000-document corpus: intervals covered the process's shares
  95.2% of the time and the corpus's own shares 96.0%.""",
    ),
)


def methods_markdown() -> str:
    """The whole methods document as Markdown."""
    parts = ["# Methods\n\nHow datacensus computes shares, intervals, statuses and metrics.\n"]
    parts += [f"## {title}\n\n{body}\n" for title, body in SECTIONS]
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(methods_markdown())
