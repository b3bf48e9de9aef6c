"""The small functions rules.toml names: each looks at a deployment and returns what triggers it.

A predicate takes a `View` of one deployment and returns a `Hit` (the facts and
figures that triggered it, and the things it found missing) or None.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from muster.reconcile.places import adhoc_theatre, gazetteer, state_code
from muster.reconcile.wording import names_year_before

PREDICATES: dict[str, Callable[["View"], "Hit | None"]] = {}
FIGURES_SHOWN = 3  # figures that show federal troops are there: the earliest few say it


def predicate(function: Callable[["View"], "Hit | None"]) -> Callable[["View"], "Hit | None"]:
    """Register a predicate under its function name, for rules.toml to name."""
    PREDICATES[function.__name__] = function
    return function


@dataclass
class Hit:
    evidence: list[dict[str, Any]]
    absent: list[str] = field(default_factory=list)  # what no report says, as part of the reason


@dataclass
class View:
    """What the rules read of a deployment: its facts, its current figures, its theatre."""

    deployment: dict[str, Any]
    vocab: dict[str, list[str]]

    @property
    def facts(self) -> list[dict[str, Any]]:
        """The deployment's facts, less those read from sentences about an earlier year than it
        began (a 1992 paragraph in a 2025 story is about another deployment)."""
        start = str(self.deployment.get("start") or "")[:4]
        year = int(start) if start.isdigit() else None
        return [f for f in self.deployment.get("facts") or []
                if year is None or not names_year_before(f.get("sentence"), year)]

    @property
    def figures(self) -> list[dict[str, Any]]:
        return [c for c in self.deployment.get("claims") or [] if not c.get("background")]

    def find(self, type: str, values: list[str] | str | None = None, status: str | None = None) -> list[dict]:
        values = [values] if isinstance(values, str) else values
        return [f for f in self.facts
                if f.get("type") == type and (values is None or f.get("value") in values)
                and (status is None or f.get("status") == status)]

    def invoked(self, values: list[str] | str) -> list[dict]:
        return self.find("authority", values, "invoked")

    def missions(self, vocab_key: str) -> list[dict]:
        return self.find("mission", self.vocab[vocab_key], "stated")

    def condition(self, value: str) -> list[dict]:
        return self.find("condition", value)

    def federalized(self) -> list[dict]:
        """Evidence that the Guard was put under federal command."""
        return self.condition("federalized") + self.invoked(self.vocab["federalizing_authorities"])

    def federal_troops(self) -> list[dict]:
        """Evidence of federal troops: the earliest active-duty or reserve figures, or a federalized Guard."""
        figures = [f for f in self.figures if f.get("component") in self.vocab["federal_components"]]
        figures = sorted(figures, key=lambda f: (f.get("published") or "", f.get("claim") or ""))
        return figures[:FIGURES_SHOWN] + self.federalized()

    def host_states(self) -> set[str]:
        """The states the deployment serves in: its theatre's, or its core place's."""
        theatre_id = self.deployment.get("theatre") or ""
        theatre = gazetteer().get(theatre_id)
        if theatre is None and theatre_id.startswith("place:"):
            theatre = adhoc_theatre(self.deployment.get("theatre_name") or "")
        return set(theatre.us_states) if theatre else set()


_NO_INSURRECTION_ACT = "no report says the Insurrection Act was invoked"


@predicate
def federal_law_enforcement(view: View) -> Hit | None:
    troops = view.federal_troops()
    missions = view.missions("law_enforcement_missions")
    if troops and missions and not view.invoked("insurrection_act"):
        return Hit(troops + missions, [_NO_INSURRECTION_ACT])
    return None


@predicate
def federalized_over_objection(view: View) -> Hit | None:
    federalized = view.condition("federalized") + view.invoked("title_10_12406")
    objection = view.condition("governor_objection")
    if federalized and objection:
        return Hit(federalized + objection)
    return None


@predicate
def federal_troops_over_objection(view: View) -> Hit | None:
    troops = view.federal_troops()
    objection = view.condition("governor_objection")
    if troops and objection and not view.invoked("insurrection_act"):
        return Hit(troops + objection, [_NO_INSURRECTION_ACT])
    return None


@predicate
def title_32_across_states(view: View) -> Hit | None:
    title_32 = view.invoked("title_32")
    if not title_32 and not view.federalized():
        title_32 = view.find("authority", "title_32")
    hosts = view.host_states()
    if not title_32 or not hosts:
        return None
    visitors = [f for f in view.figures
                if f.get("component") == "national_guard" and f.get("state")
                and state_code(f["state"]) and state_code(f["state"]) not in hosts]
    if not visitors:
        return None
    consent = view.condition("governor_request") + view.condition("governor_consent") + view.condition(
        "governor_objection")
    return Hit(visitors + title_32 + consent)


@predicate
def emergency_construction(view: View) -> Hit | None:
    named = view.find("authority", "title_10_2808")
    if named:
        return Hit(named + view.missions("construction_missions"))
    emergency = view.invoked("national_emergency")
    building = view.missions("construction_missions")
    if emergency and building:
        return Hit(emergency + building)
    return None


@predicate
def military_zone_detention(view: View) -> Hit | None:
    zone = view.condition("military_zone")
    detaining = view.missions("detention_missions")
    if zone and detaining:
        return Hit(zone + detaining)
    return None


@predicate
def invasion_declared(view: View) -> Hit | None:
    declared = view.condition("invasion_declared")
    return Hit(declared + view.invoked(["article_ii", "title_10_12406"])) if declared else None


@predicate
def insurrection_act_invoked(view: View) -> Hit | None:
    invoked = view.invoked("insurrection_act")
    if not invoked:
        return None
    context = view.condition("governor_request") + view.condition("governor_objection")
    return Hit(invoked + context)


@predicate
def federal_protection(view: View) -> Hit | None:
    troops = view.federal_troops()
    protecting = view.missions("protection_missions")
    if troops and protecting and not view.invoked("insurrection_act"):
        return Hit(troops + protecting + view.invoked("article_ii"), [_NO_INSURRECTION_ACT])
    return None
