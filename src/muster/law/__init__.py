"""Legal findings: the questions a lawyer would ask of a deployment, each with its citations.

    from muster.law import findings
    for finding in findings(deployment):      # a deployment from muster.reconcile
        print(finding["title"], finding["citations"], finding["note"])

Rules are data (`rules.toml`: id, title, question, citations, predicate name);
predicates are small functions (`predicates.py`). A finding names the facts and
figures that triggered it, with their articles and sentences, and always carries
LEGAL_REVIEW_NOTE: it is a question, never a conclusion. The fact names rules
rely on are listed in README.md beside this module.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from muster.law.predicates import PREDICATES, View

__all__ = ["LEGAL_REVIEW_NOTE", "Rule", "findings", "rules"]

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    question: str
    citations: tuple[str, ...]
    predicate: str


@lru_cache(maxsize=None)
def _load(path: str | None = None) -> tuple[str, dict[str, list[str]], tuple[Rule, ...]]:
    data = tomllib.loads(Path(path or HERE / "rules.toml").read_text(encoding="utf-8"))
    loaded = []
    for entry in data["rule"]:
        if entry["predicate"] not in PREDICATES:
            raise ValueError(f"rule {entry['id']}: no predicate named {entry['predicate']!r}")
        loaded.append(Rule(entry["id"], entry["title"], " ".join(entry["question"].split()),
                           tuple(entry["citations"]), entry["predicate"]))
    return data["note"], data["vocab"], tuple(loaded)


LEGAL_REVIEW_NOTE: str = _load()[0]


def rules(path: str | None = None) -> tuple[Rule, ...]:
    """The rules, in the order of the rules file."""
    return _load(path)[2]


def findings(deployment: dict[str, Any], *, as_of: str | None = None,
             path: str | None = None) -> list[dict[str, Any]]:
    """The questions a deployment's facts raise, in rule order.

    `deployment` needs `facts` (fact refs with type, value, status, article_id,
    sentence) and `claims` (figure refs with component, state, background), and
    its `theatre`, as `muster.reconcile` makes them. `as_of` keeps only what was
    published by that ISO date.
    """
    note, vocab, loaded = _load(path)
    if as_of is not None:
        deployment = _as_of(deployment, as_of)
    view = View(deployment, vocab)
    found = []
    for rule in loaded:
        hit = PREDICATES[rule.predicate](view)
        if hit is None:
            continue
        found.append({
            "rule": rule.id,
            "title": rule.title,
            "question": rule.question,
            "citations": list(rule.citations),
            "deployment_id": deployment.get("id"),
            "deployment": deployment.get("name"),
            "triggers": _triggers(hit.evidence),
            "absent": list(hit.absent),
            "note": note,
        })
    return found


def _triggers(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, result = set(), []
    for item in evidence:
        key = item.get("claim") or (item.get("article_id"), item.get("type"), item.get("value"), item.get("sentence"))
        if key in seen:
            continue
        seen.add(key)
        trigger = {"article_id": item.get("article_id"), "sentence": item.get("sentence"),
                   "published": item.get("published")}
        if "type" in item:
            trigger.update({"fact": item["type"], "value": item.get("value"), "status": item.get("status")})
        else:
            trigger.update({"figure": item.get("kind"), "count": item.get("count"),
                            "component": item.get("component"), "state": item.get("state")})
        trigger["claim"] = item.get("claim")
        result.append(trigger)
    return result


def _as_of(deployment: dict[str, Any], day: str) -> dict[str, Any]:
    def known(items):
        return [i for i in items or [] if not i.get("published") or i["published"][:10] <= day]

    return {**deployment, "facts": known(deployment.get("facts")), "claims": known(deployment.get("claims"))}
