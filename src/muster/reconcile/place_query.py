"""What a user means by a place: a state, a theatre, or words in a deployment's name.

    query = resolve("Texas")          # PlaceQuery(kind="state", state="TX")
    query.matches(deployment)         # the southern border's deployments, not a Texas unit's trip elsewhere

One resolver for `muster status --place`, the API's `place=` and the web filters:

- a state (or the District) selects the deployments whose theatre lies in it; the
  home states of the troops do not count ("--place Illinois" does not find Memphis
  because Illinois Guard served there);
- a place a theatre holds ("Los Angeles", "El Paso, TX", "southern border",
  "Washington, DC") selects that theatre's deployments;
- anything else is looked for in the deployment's theatre, name and the cities and
  bases it names.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from muster.reconcile.places import STATE, gazetteer, is_state_name, state_code
from muster.reconcile.reports import normalize_sentence

STATE_QUERY, THEATRE_QUERY, TEXT_QUERY = "state", "theatre", "text"


@dataclass(frozen=True)
class PlaceQuery:
    text: str
    kind: str
    state: str | None = None  # two-letter code, for a state query
    theatre: str | None = None  # theatre id, for a theatre query

    def matches(self, deployment: dict[str, Any]) -> bool:
        if self.kind == STATE_QUERY:
            return self.state in theatre_states(deployment)
        if self.kind == THEATRE_QUERY:
            return deployment.get("theatre") == self.theatre
        wanted = normalize_sentence(self.text)
        names = [str(deployment.get("theatre", "")).replace("_", " "), deployment.get("theatre_name") or "",
                 deployment.get("name") or "", *(p for p in deployment.get("places") or () if not is_state_name(p))]
        return any(wanted and wanted in normalize_sentence(n) for n in names)


def resolve(place: str) -> PlaceQuery:
    """The query a user's place stands for (module docstring)."""
    text = " ".join(place.split())
    if is_state_name(text):
        return PlaceQuery(text, STATE_QUERY, state=state_code(text))
    match = gazetteer().match(text)
    if match is not None and match.strength != STATE:
        return PlaceQuery(text, THEATRE_QUERY, theatre=match.theatre.id)
    return PlaceQuery(text, TEXT_QUERY)


def theatre_states(deployment: dict[str, Any]) -> tuple[str, ...]:
    """The states a deployment's theatre lies in."""
    theatre = gazetteer().get(deployment.get("theatre") or "")
    if theatre is not None:
        return theatre.us_states
    code = state_code(deployment.get("theatre_name"))
    return (code,) if code else ()
