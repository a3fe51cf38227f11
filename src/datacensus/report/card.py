"""Data-card export: a Markdown section and a Croissant RAI JSON-LD fragment from stored results.

Every statement is generated from measured numbers in ``result.json`` files (an `audit` result
and/or an `annotators` result); datasheet facts are copied as stated provenance, marked so.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datacensus.annotators.audit import KIND as ANNOTATORS_KIND
from datacensus.annotators.audit import AnnotatorResult
from datacensus.compare.origin import mostly_note
from datacensus.errors import InputError
from datacensus.models import AuditResult, DimensionResult
from datacensus.report.annotators_charts import attribute_label, ranked_effects
from datacensus.report.filters import pct
from datacensus.report.labels import dimension_label, fold, reason_label, times, unit

CONTEXT = {
    "@vocab": "https://schema.org/",
    "sc": "https://schema.org/",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "dct": "http://purl.org/dc/terms/",
}
#: Languages below this share of known documents are counted, not listed, in inLanguage.
MIN_LANGUAGE_SHARE = 0.001
#: Krippendorff's guidance: alpha >= 0.8 reliable, >= 0.667 tentative conclusions only.
ALPHA_RELIABLE, ALPHA_TENTATIVE = 0.8, 0.667
MAX_LISTED = 10


@dataclass
class Card:
    """Collected card statements, each a sentence built from numbers."""

    name: str
    languages: list[str] = field(default_factory=list)
    biases: list[str] = field(default_factory=list)
    limitations: list[str] = field(default_factory=list)
    demographics: list[str] = field(default_factory=list)
    per_item: str | None = None
    provenance: dict[str, Any] = field(default_factory=dict)
    tables: list[tuple[str, list[tuple[str, str, str, str, str]]]] = field(default_factory=list)
    language_names: list[str] = field(default_factory=list)


def read_result(path: str | Path) -> AuditResult | AnnotatorResult:
    """An audit or annotator result from a stored ``result.json``."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{p}: no such result file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: a folder; expected a result.json file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: not a JSON file ({exc})") from None
    if not isinstance(data, dict):
        raise InputError(f"{p}: not a datacensus result.json (expected a JSON object)")
    try:
        if data.get("kind") == ANNOTATORS_KIND:
            return AnnotatorResult.from_dict(data)
        return AuditResult.from_dict(data)
    except InputError as exc:
        raise InputError(f"{p}: not a datacensus result.json ({exc})") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{p}: not a datacensus result.json (missing or bad {exc})") from None


def _slice_sentence(dim: DimensionResult, row: dict[str, Any], what: str) -> str:
    """One flagged slice in words, with the report's numbers and its 'N×' rounding."""
    ref = dim.reference.name if dim.reference else "equal shares"
    share, reference = row["share"], row["reference_share"]
    name = dimension_label(dim.name)
    if row["status"] == "missing":
        return (
            f"{name}: {row['label']} is absent (0 of {dim.documents:,} {what}) although it "
            f"is {pct(reference)} of {ref}."
        )
    interval = f"simultaneous interval {pct(row['ci_low'])}–{pct(row['ci_high'])}"
    return (
        f"{name}: {row['label']} is {pct(share)} of {what} ({interval}) vs {pct(reference)} "
        f"of {ref}, {fold(row['ratio'])}."
    )


def _shortfall_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Missing and under slices by shortfall in share points (as in the report), then over."""
    return sorted(
        rows,
        key=lambda r: (
            r["status"] == "over",
            -((r["reference_share"] or 0.0) - (r["share"] or 0.0))
            if r["status"] != "over"
            else -(r["share"] or 0.0),
            r["key"],
        ),
    )


def _coverage(card: Card, result: AuditResult) -> None:
    origin = result.extras.get("origin", {})
    mostly: dict[str, list[dict[str, Any]]] = {}
    for item in origin.get("mostly", []):
        mostly.setdefault(item["dimension"], []).append(item)
    notes_seen: set[str] = set()
    for dim in result.dimensions.values():
        what = unit(dim.weight)
        name = dimension_label(dim.name)
        rows = dim.slices.to_dicts()
        flagged = _shortfall_first([r for r in rows if r["status"] in ("under", "missing", "over")])
        card.biases.extend(_slice_sentence(dim, r, what) for r in flagged[:MAX_LISTED])
        if len(flagged) > MAX_LISTED:
            card.biases.append(f"{name}: {len(flagged) - MAX_LISTED} more slices flagged.")
        denominator = dim.total + dim.unknown_total
        if dim.unknown_total and denominator:
            reasons = ", ".join(
                f"{reason_label(k)}: {v:,.0f}" for k, v in sorted(dim.unknown.items())
            )
            card.limitations.append(
                f"{name}: {pct(dim.unknown_total / denominator)} of {what} have no known "
                f"{name} ({reasons}) and are left out of the shares."
            )
        labels = {r["key"]: r["label"] for r in rows}
        for item in mostly.get(dim.name, []):
            note = mostly_note(labels.get(item["key"], item["key"]), item, origin["weight"])
            card.biases.append(f"{name}: {note}.")
            notes_seen.add(note)
        card.limitations.extend(f"{name}: {n}" for n in dim.notes if n not in notes_seen)
        # the under-represented slices first (largest shortfall), then the largest ones
        under = _shortfall_first([r for r in rows if r["status"] in ("under", "missing")])
        listed = {r["key"] for r in under[:MAX_LISTED]}
        largest = sorted((r for r in rows if r["count"]), key=lambda r: (-r["share"], r["key"]))
        top = under[:MAX_LISTED] + [r for r in largest if r["key"] not in listed][:MAX_LISTED]
        card.tables.append(
            (
                f"{name} ({what}; reference: {dim.reference.name if dim.reference else '—'})",
                [
                    (
                        r["label"] or r["key"],
                        pct(r["share"]),
                        pct(r["reference_share"]),
                        times(r["ratio"]),
                        r["status"],
                    )
                    for r in top
                ],
            )
        )
        if dim.name == "language" and dim.total:
            present = [r for r in rows if r["count"] and r["share"] >= MIN_LANGUAGE_SHARE]
            card.languages = [r["key"] for r in present]
            card.language_names = [f"{r['label'] or r['key']} ({r['key']})" for r in present]
            rest = sum(1 for r in rows if r["count"]) - len(present)
            if rest:
                card.limitations.append(
                    f"language: {rest} further languages each below "
                    f"{pct(MIN_LANGUAGE_SHARE)} of {what} are not listed in inLanguage."
                )
    skipped = sum(result.input.get("rows_skipped", {}).values())
    if skipped:
        card.limitations.append(
            f"{skipped:,} of {result.input.get('rows_read', 0) + skipped:,} rows could not be read."
        )


def _annotators(card: Card, result: AnnotatorResult) -> None:
    per_item = result.pool["labels_per_item"]
    items = result.pool["items"] or 1
    card.per_item = (
        f"{per_item['mean']:.2f} labels per item on average (median {per_item['median']:g}, "
        f"range {per_item['min']}–{per_item['max']}) over {result.pool['items']:,} items from "
        f"{result.pool['annotators']:,} annotators; {pct(per_item['single_label_items'] / items)} "
        "of items have a single label."
    )
    for attr, parts in result.composition.items():
        dim = parts["annotators"]
        shares = [
            f"{r['label']} {pct(r['share'])} ({r['count']:,.0f})"
            for r in dim.slices.to_dicts()
            if r["count"]
        ]
        unknown = f"; unknown for {dim.unknown_total:,.0f}" if dim.unknown_total else ""
        covered = dim.metrics.get("reference_mass_covered")
        if dim.reference is not None and covered is not None:
            unknown += (
                f"; the {len(shares)} values present make up {pct(covered)} of "
                f"{dim.reference.title or dim.reference.name}"
            )
        card.demographics.append(
            f"{attribute_label(attr)} of {dim.documents:,} annotators: "
            f"{', '.join(shares[:MAX_LISTED])}{unknown}."
        )
        flagged = [r for r in dim.slices.to_dicts() if r["status"] in ("under", "missing", "over")]
        if dim.reference is not None:
            card.biases.extend(
                _slice_sentence(dim, r, "annotators") for r in _shortfall_first(flagged)
            )
    conc = result.concentration
    if conc.get("top_10pct_share") is not None:
        card.limitations.append(
            f"The most active 10% of annotators gave {pct(conc['top_10pct_share'])} of labels "
            f"(Gini {conc['gini']:.3f})."
        )
    for level, est in result.agreement.get("overall", {}).items():
        alpha = est.get("alpha")
        if alpha is None:
            continue
        verdict = (
            "reliable" if alpha >= ALPHA_RELIABLE
            else "tentative" if alpha >= ALPHA_TENTATIVE
            else "below Krippendorff's 0.667 threshold"
        )  # fmt: skip
        interval = (
            f" [{est['ci_low']:.3f}, {est['ci_high']:.3f}]" if est.get("ci_low") is not None else ""
        )
        card.limitations.append(
            f"Inter-annotator agreement (Krippendorff's alpha, {level}): {alpha:.3f}{interval} "
            f"over {est['items']:,} items — {verdict}."
        )
    names = {
        attr: dict(zip(p["annotators"].slices["key"], p["annotators"].slices["label"], strict=True))
        for attr, p in result.composition.items()
    }
    effects, small = ranked_effects(result.disagreement, names)
    for e in effects[:MAX_LISTED]:
        card.biases.append(
            f"Annotators with {e['attr']} = {e['name']} ({e['group_annotators']}) gave label "
            f"{e['label']!r} {pct(e['share'])} of the time vs {pct(e['rest_share'])} "
            "for the others."
        )
    if small:
        card.limitations.append(
            f"{len(small)} label differences were found in groups of fewer than 3 annotators; "
            "too few people to speak for a group."
        )


def build_card(results: Sequence[AuditResult | AnnotatorResult], name: str | None = None) -> Card:
    """Collect statements from audit and annotator results (in the order given)."""
    card = Card(name=name or "dataset")
    for result in results:
        if isinstance(result, AnnotatorResult):
            _annotators(card, result)
        else:
            _coverage(card, result)
        sheet = result.extras.get("datasheet")
        if sheet:
            for section, entries in sheet.get("sections", {}).items():
                card.provenance.setdefault(section, {}).update(entries)
    if card.name == "dataset":
        card.name = str(card.provenance.get("dataset", {}).get("name", "dataset"))
    return card


def croissant_rai(card: Card) -> dict[str, Any]:
    """A Croissant RAI JSON-LD fragment (Dataset-level rai:* properties)."""
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "name": card.name,
        "dct:conformsTo": "http://mlcommons.org/croissant/RAI/1.0",
    }
    if card.languages:
        out["inLanguage"] = card.languages
    if card.biases:
        out["rai:dataBiases"] = card.biases
    if card.limitations:
        out["rai:dataLimitations"] = card.limitations
    if card.demographics:
        out["rai:annotatorDemographics"] = card.demographics
    if card.per_item:
        out["rai:annotationsPerItem"] = card.per_item
    stated = card.provenance
    collection = stated.get("collection", {})
    generation = stated.get("generation", {})
    annotation = stated.get("annotation", {})
    if collection.get("method"):
        out["rai:dataCollection"] = collection["method"]
    types = [t for t, present in (("synthetic", generation), ("human", collection)) if present]
    if types:
        out["rai:dataCollectionType"] = types
    if annotation.get("platform"):
        out["rai:dataAnnotationPlatform"] = annotation["platform"]
    if annotation.get("instructions"):
        out["rai:dataAnnotationProtocol"] = annotation["instructions"]
    if annotation.get("machine_annotation") or generation.get("generator_model"):
        tools = [annotation.get("machine_annotation"), generation.get("generator_model")]
        out["rai:machineAnnotationTools"] = [t for t in tools if t]
    if collection.get("personal_information"):
        out["rai:personalSensitiveInformation"] = collection["personal_information"]
    return out


def _md(text: object) -> str:
    """Escape a value for a Markdown table cell or list item (as summary.md does)."""
    from datacensus.report.filters import md_cell

    return md_cell(text)


def card_markdown(card: Card) -> str:
    """The data-card section in Markdown."""
    out = [f"## Representativeness and annotation — {_md(card.name)}", ""]
    out.append("_Generated by datacensus from measured numbers._")
    if card.languages:
        names = card.language_names or card.languages
        out += [
            "",
            f"**Languages** (≥ {pct(MIN_LANGUAGE_SHARE)}): " + ", ".join(_md(x) for x in names),
        ]
    for title, heading in (
        ("Known biases", card.biases),
        ("Limitations", card.limitations),
        ("Annotator demographics", card.demographics),
    ):
        if heading:
            out += ["", f"### {title}", ""] + [f"- {_md(line)}" for line in heading]
    if card.per_item:
        out += ["", "### Annotations per item", "", card.per_item]
    for title, rows in card.tables:
        out += [
            "",
            f"### Coverage: {_md(title)}",
            "",
            "| slice | share | reference | ratio | status |",
        ]
        out.append("|---|---|---|---|---|")
        out += [f"| {' | '.join(_md(c) for c in row)} |" for row in rows]
    if card.provenance:
        out += ["", "### Provenance (as stated in the datasheet)", ""]
        for section, entries in card.provenance.items():
            for key, value in entries.items():
                out.append(f"- {section}.{key}: {_md(value)}")
    return "\n".join(out) + "\n"


def write_card(
    paths: Sequence[str | Path], directory: str | Path, *, name: str | None = None
) -> dict[str, Path]:
    """Read result files and write ``datacard.md`` and ``croissant-rai.jsonld``."""
    if not paths:
        raise InputError("card needs at least one result.json")
    card = build_card([read_result(p) for p in paths], name=name)
    from datacensus.report.outputs import write_files_atomically

    written = write_files_atomically(
        Path(directory),
        {
            "datacard.md": card_markdown(card),
            "croissant-rai.jsonld": json.dumps(croissant_rai(card), indent=2, ensure_ascii=False)
            + "\n",
        },
    )
    return {"markdown": written["datacard.md"], "jsonld": written["croissant-rai.jsonld"]}
