"""Places to theatres, and places to states, from the data files beside this module."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent

CORE, PLACE, PATTERN, STATE = "core", "place", "pattern", "state"
STRENGTH = {CORE: 3, PLACE: 3, PATTERN: 2, STATE: 1}  # how much a mention says about the theatre

_CITY_STATE = re.compile(r",\s*([A-Z]{2})\.?$")
_BASE = re.compile(r"\b(fort|camp|base|air force|naval|navy|marine corps|station|proving ground|arsenal)\b", re.I)


@dataclass(frozen=True)
class Theatre:
    id: str
    name: str
    core: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    patterns: tuple[re.Pattern, ...] = ()
    states: tuple[str, ...] = ()
    us_states: tuple[str, ...] = ()
    adhoc: bool = False  # made up for a place no theatre holds


@dataclass(frozen=True)
class Match:
    theatre: Theatre
    strength: str  # CORE, PLACE, PATTERN or STATE

    @property
    def core(self) -> bool:
        return self.strength == CORE


@dataclass
class Gazetteer:
    theatres: list[Theatre]
    by_name: dict[str, tuple[Theatre, str]] = field(default_factory=dict)
    seen: dict[str, Match | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for theatre in self.theatres:
            for strength, names in ((STATE, theatre.states), (PLACE, theatre.places), (CORE, theatre.core)):
                for name in names:
                    self.by_name[_key(name)] = (theatre, strength)

    def match(self, place: str | None) -> Match | None:
        """The theatre a place belongs to, and how strongly; None for a place no theatre holds."""
        if not place:
            return None
        if place in self.seen:  # a store names the same few thousand places again and again
            return self.seen[place]
        found = self.by_name.get(_key(place))
        result = Match(*found) if found else next(
            (Match(t, PATTERN) for t in self.theatres if any(p.search(place) for p in t.patterns)), None)
        if len(self.seen) < 100_000:
            self.seen[place] = result
        return result

    def get(self, theatre_id: str) -> Theatre | None:
        for theatre in self.theatres:
            if theatre.id == theatre_id:
                return theatre
        return None


def _key(name: str) -> str:
    return re.sub(r"[\s.]+", " ", name.casefold()).strip()


@lru_cache(maxsize=None)
def gazetteer(path: str | None = None) -> Gazetteer:
    """The theatres of `theatres.toml` (or of the TOML file at `path`)."""
    data = tomllib.loads(Path(path or HERE / "theatres.toml").read_text(encoding="utf-8"))
    theatres = [
        Theatre(
            id=t["id"],
            name=t["name"],
            core=tuple(t.get("core", ())),
            places=tuple(t.get("places", ())),
            patterns=tuple(re.compile(p, re.I) for p in t.get("patterns", ())),
            states=tuple(t.get("states", ())),
            us_states=tuple(t.get("us_states", ())),
        )
        for t in data["theatre"]
    ]
    return Gazetteer(theatres)


def theatre_of(place: str | None) -> str | None:
    """The id of the theatre a place belongs to, or None."""
    match = gazetteer().match(place)
    return match.theatre.id if match else None


def adhoc_theatre(place: str) -> Theatre:
    """A theatre of its own for a place no theatre holds ("Kenosha, WI")."""
    slug = re.sub(r"[^a-z0-9]+", "_", place.casefold()).strip("_")
    code = state_code(place)
    return Theatre(id=f"place:{slug}", name=place, core=(place,), us_states=(code,) if code else (), adhoc=True)


def place_kind(place: str) -> str:
    """A guess at a place's kind from its spelling: base, city, state, border or other."""
    if _key(place) in ("southern border", "northern border"):
        return "border"
    if _BASE.search(place):
        return "base"
    if _CITY_STATE.search(place):
        return "city"
    if _key(place) in _state_codes():
        return "state"
    return "other"


@lru_cache(maxsize=1)
def _states_data() -> dict:
    return tomllib.loads((HERE / "us_states.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _state_codes() -> dict[str, str]:
    data = _states_data()
    codes = {_key(name): code for name, code in data["codes"].items()}
    codes.update({_key(name): code for name, code in data["aliases"].items()})
    return codes


def is_state_name(place: str | None) -> bool:
    """Whether a place is a state, territory or the District by name ("Texas", "Puerto Rico")."""
    return bool(place) and _key(place) in _state_codes()


def state_code(place: str | None) -> str | None:
    """The two-letter state of a place: "El Paso, TX" -> TX, "West Virginia" -> WV,
    "Washington, DC" -> DC; None when the place does not say."""
    if not place:
        return None
    codes = _state_codes()
    found = codes.get(_key(place))
    if found:
        return found
    match = _CITY_STATE.search(place.strip())
    if match and match.group(1) in codes.values():
        return match.group(1)
    return None


def states_named(text: str | None) -> set[str]:
    """The codes of the states a sentence names in full ("in Arizona, New Mexico and Texas")."""
    if not text:
        return set()
    codes = _states_data()["codes"]
    return {codes[m.group(0)] for m in _state_names().finditer(text)}


@lru_cache(maxsize=1)
def _state_names() -> re.Pattern:
    """Every state's full name in one pattern, longest first ("West Virginia" before "Virginia")."""
    names = sorted(_states_data()["codes"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
