"""Build ``assets/world.json`` (country outlines as SVG paths) from world-atlas's TopoJSON.

Not imported at run time. Regenerate offline with::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world.py package/countries-110m.json

world-atlas (ISC licence, Mike Bostock) packages Natural Earth's 1:110m Admin 0 countries
(public domain). Outlines are projected equirectangularly onto a WIDTH x HEIGHT grid, rounded to
whole units and keyed by ISO 3166-1 alpha-2 (via the numeric code in lookups/countries.csv).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

WIDTH, HEIGHT = 720, 300  # 0.5 degree per unit; latitudes below -60 (Antarctica) are cropped
LAT_TOP, LAT_BOTTOM = 90.0, -60.0
ASSET = Path(__file__).parent / "assets" / "world.json"
SOURCE = {
    "title": "Natural Earth 1:110m Admin 0 countries, via world-atlas 2.0.2 (countries-110m.json)",
    "licence": "Natural Earth: public domain; world-atlas: ISC (c) 2013-2019 Mike Bostock",
    "url": "https://www.naturalearthdata.com/ ; npm package world-atlas@2.0.2",
    "notes": "Equirectangular, 0.5 degree grid, Antarctica cropped. Boundaries are Natural "
    "Earth's de facto depiction and imply no position on disputed territories.",
}


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (TopoJSON arcs are delta-encoded and quantised)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[int, int]]:
    """Grid points of one ring: arcs joined (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    out: list[tuple[int, int]] = []
    for lon, lat in points:
        lat = max(lat, LAT_BOTTOM)
        p = (
            round((lon + 180) / 360 * WIDTH),
            round((LAT_TOP - lat) / (LAT_TOP - LAT_BOTTOM) * HEIGHT),
        )
        if not out or out[-1] != p:
            out.append(p)
    return out


def unwrap(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Shift points by the map width where a ring jumps across the antimeridian."""
    out: list[tuple[int, int]] = []
    shift = 0
    for i, (x, y) in enumerate(points):
        if i:
            jump = x + shift - out[-1][0]
            if jump > WIDTH / 2:
                shift -= WIDTH
            elif jump < -WIDTH / 2:
                shift += WIDTH
        out.append((x + shift, y))
    return out


def ring_path(points: list[tuple[int, int]]) -> str:
    """``M x y l dx dy ... z`` with relative steps (shorter than absolute coordinates)."""
    (x0, y0), rest = points[0], points[1:]
    steps = []
    px, py = x0, y0
    for x, y in rest:
        steps.append(f"{x - px} {y - py}")
        px, py = x, y
    return f"M{x0} {y0}l" + " ".join(steps) + "z"


def path_data(geometry: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> str:
    """SVG path ``d`` of a (Multi)Polygon with relative moves to keep it short."""
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    parts = []
    for polygon in polygons:
        for ring in polygon:
            pts = unwrap(ring_points(ring, arcs))
            if len(pts) < 3:
                continue
            parts.append(ring_path(pts))
            xs = [x for x, _ in pts]
            if max(xs) > WIDTH:  # crosses the antimeridian: draw the other half too
                parts.append(ring_path([(x - WIDTH, y) for x, y in pts]))
            if min(xs) < 0:
                parts.append(ring_path([(x + WIDTH, y) for x, y in pts]))
    return "".join(parts)


def build(topojson_path: Path) -> dict[str, Any]:
    """The asset: source/licence, grid size and ``{alpha2: path}``."""
    from datacensus.codes.countries import country, country_codes

    numeric_to_alpha2: dict[str, str] = {}
    for code in country_codes():
        found = country(code)
        if found is not None:
            numeric_to_alpha2[found.numeric] = code
    topo = json.loads(topojson_path.read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    countries: dict[str, str] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        alpha2 = numeric_to_alpha2.get(str(geometry.get("id", "")))
        if (
            alpha2 is None
            or alpha2 == "AQ"
            or geometry.get("type") not in ("Polygon", "MultiPolygon")
        ):
            continue
        d = path_data(geometry, arcs)
        if d:
            countries[alpha2] = countries.get(alpha2, "") + d
    return {
        **SOURCE,
        "width": WIDTH,
        "height": HEIGHT,
        "countries": dict(sorted(countries.items())),
    }


if __name__ == "__main__":
    asset = build(Path(sys.argv[1]))
    ASSET.parent.mkdir(exist_ok=True)
    ASSET.write_text(json.dumps(asset, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{ASSET}: {len(asset['countries'])} countries, {ASSET.stat().st_size:,} bytes")
