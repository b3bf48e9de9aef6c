"""Reconciliation: extraction records in, deployments out.

    from muster.reconcile import reconcile, status
    deployments = reconcile(records)              # records as in docs/record.md
    status(deployments, as_of="2025-06-15", place="Los Angeles")

Pure functions over plain data: the same records, in any order, give the same
deployments. See docs in each module: `reports` (copies of one report),
`claims` (theatres), `group` (deployments), `timeline` (estimates), `asof`.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from muster.reconcile import deployment as _deployment
from muster.reconcile.asof import status
from muster.reconcile.claims import claims_of
from muster.reconcile.group import groups
from muster.reconcile.places import state_code, theatre_of
from muster.reconcile.reports import reports

__all__ = ["reconcile", "status", "timeline", "unplaced", "theatre_of", "state_code", "reports"]


def reconcile(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The deployments that a set of extraction records tells of, oldest first.

    Irrelevant records are skipped, syndicated copies count once, and records
    that name no place at all (see `unplaced`) are left out.
    """
    claims = [c for report in reports(records) for c in claims_of(report)]
    built = [_deployment.build(g) for g in groups(claims)]
    _unique_names(built)
    return sorted(built, key=lambda d: (d["start"], d["theatre"], d["id"]))


def timeline(deployments: Iterable[dict[str, Any]], deployment_id: str) -> list[dict[str, Any]]:
    """The timeline points of one deployment; KeyError if no deployment has that id
    (a unique prefix of the id will do)."""
    deployments = list(deployments)
    exact = [d for d in deployments if d["id"] == deployment_id]
    found = exact or [d for d in deployments if d["id"].startswith(deployment_id)]
    if len(found) != 1:
        raise KeyError(deployment_id)
    return found[0]["timeline"]


def unplaced(records: Iterable[dict[str, Any]]) -> list[str]:
    """Ids of relevant reports that no deployment holds because they name no place."""
    return sorted({c.article_id for r in reports(records) for c in claims_of(r) if c.theatre is None})


def _unique_names(deployments: list[dict[str, Any]]) -> None:
    """Two deployments of one name (one theatre, year and force) get their start added."""
    counts = Counter(d["name"] for d in deployments)
    for d in deployments:
        if counts[d["name"]] > 1:
            d["name"] = f"{d['name']} (from {d['start']})"
