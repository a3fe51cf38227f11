"""`datacensus lid-eval LABELLED...`: measure a LID model on labelled text, write its profile."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from datacensus.cli.options import LidMaxChars, LidModel, MinConfidence, Workers


def lid_eval(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Labelled files, directories or globs (parquet, jsonl, csv)."),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Directory for profile.json and profile.html.")
    ] = Path("lid-profile"),
    text: Annotated[str, typer.Option(help="Column holding the text.")] = "text",
    lang_col: Annotated[
        str, typer.Option(help="Column holding each text's true language (ISO 639 / BCP-47).")
    ] = "language",
    lid_model: LidModel = None,
    min_confidence: MinConfidence = None,
    lid_max_chars: LidMaxChars = None,
    workers: Workers = None,
    source: Annotated[
        str | None, typer.Option(help="Where the labelled text comes from (for provenance).")
    ] = None,
    licence: Annotated[str | None, typer.Option(help="Licence of the labelled text.")] = None,
) -> None:
    """Run the LID model on LABELLED text; write profile.json (confusion, per-language rates,
    settings, model sha256, provenance) and profile.html. Use it with `audit --lid-profile`."""
    from datacensus.cli.audit import _lid_settings
    from datacensus.inputs.sources import ReadStats, fingerprint, iter_batches, resolve_inputs
    from datacensus.lid import LidSettings
    from datacensus.lid.profile import evaluate, save_profile
    from datacensus.report.lid_profile import render_profile_html

    settings = _lid_settings(LidSettings(), lid_model, min_confidence, lid_max_chars, workers)
    shards = resolve_inputs(inputs)
    texts: list[str | None] = []
    labels: list[str] = []
    stats = ReadStats()
    for shard in shards:
        for batch in iter_batches(shard, [text, lang_col], stats, strict=True):
            for value, label in zip(batch[text].to_list(), batch[lang_col].to_list(), strict=True):
                if label is None or not str(label).strip():
                    continue
                texts.append(value)
                labels.append(str(label))
    provenance = {
        "files": [str(s.path) for s in shards],
        "fingerprint": fingerprint(shards),
        "texts": len(texts),
    }
    if source:
        provenance["source"] = source
    if licence:
        provenance["licence"] = licence
    profile = evaluate(texts, labels, settings, provenance=[provenance])
    json_path = save_profile(profile, output / "profile.json")
    html_path = output / "profile.html"
    html_path.write_text(render_profile_html(profile), encoding="utf-8")
    typer.echo(
        f"{len(texts)} texts in {len(profile['languages'])} languages; "
        f"profile: {json_path}; page: {html_path}"
    )
