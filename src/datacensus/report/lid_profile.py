"""The HTML page of a LID profile: per-language table, confusion heat map, worst pairs.

Self-contained (inline CSS, no scripts, nothing fetched); every label is escaped by the
autoescaping template environment.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from datacensus.lid.profile import worst_pairs
from datacensus.report.templating import template_environment

#: Languages shown in the heat map: the most confused ones, so the page stays readable.
HEATMAP_MAX = 40


def profile_context(profile: Mapping[str, Any]) -> dict[str, Any]:
    """What the template needs: summary, per-language rows, heat-map cells and worst pairs."""
    from datacensus.codes.languages import language_name

    confusion: Mapping[str, Mapping[str, int]] = profile["confusion"]
    languages: Mapping[str, Mapping[str, Any]] = profile["languages"]
    rows = [
        {"key": k, "label": language_name(k), **v}
        for k, v in sorted(languages.items(), key=lambda kv: (kv[1]["recall"] or 0, kv[0]))
    ]
    worst = worst_pairs(confusion, top=30)
    focus: list[str] = []
    for pair in worst:
        for key in (pair["true"], pair["predicted"]):
            if key in confusion and key not in focus:
                focus.append(key)
    focus = sorted(focus[:HEATMAP_MAX])
    columns = focus + sorted({j for k in focus for j in confusion[k] if j.startswith("?")})
    heat = []
    for key in focus:
        row = confusion[key]
        n = sum(row.values()) or 1
        heat.append(
            {
                "key": key,
                "cells": [
                    {"rate": row.get(j, 0) / n, "count": row.get(j, 0), "diagonal": j == key}
                    for j in columns
                ],
            }
        )
    return {
        "model": profile.get("model", {}),
        "settings": profile.get("settings", {}),
        "provenance": profile.get("provenance", []),
        "texts": sum(v["texts"] for v in languages.values()),
        "languages": rows,
        "columns": columns,
        "heat": heat,
        "worst": worst,
    }


def _shade(rate: float) -> str:
    """Background colour for a heat-map cell (white to dark red)."""
    level = max(0.0, min(1.0, rate))
    green = int(255 - 200 * level)
    return f"rgb(255,{green},{green})"


def render_profile_html(profile: Mapping[str, Any]) -> str:
    """The profile page as one HTML string."""
    env = template_environment({"shade": _shade})
    return env.get_template("lid_profile.html.j2").render(ctx=profile_context(profile))
