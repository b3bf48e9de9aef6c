"""Datasette: an SQLite file of the record and a metadata.json beside it.

    muster export --format datasette --out muster-export.db
    datasette muster-export.db -m metadata.json

Tables: deployments, timeline, findings, claims, facts, articles (searchable:
an FTS table over title and text), with foreign keys so that Datasette links a
claim to its article and deployment. metadata.json gives titles, descriptions,
the facets each table opens with, and the legal review note.
"""
from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from muster.export import rows
from muster.export.rows import ExportError
from muster.law import LEGAL_REVIEW_NOTE

BATCH = 2000


def write_datasette(store, out: Path) -> dict[Path, str]:
    if out.is_dir():
        raise ExportError(f"{out} is a folder: datasette writes one SQLite file (and metadata.json beside it)")
    out.parent.mkdir(parents=True, exist_ok=True)
    for stale in (out, Path(f"{out}-wal"), Path(f"{out}-shm")):
        stale.unlink(missing_ok=True)
    db = sqlite_utils.Database(out)
    counts = {}
    deployments = list(rows.deployments(store))
    db["articles"].insert_all(rows.articles(store), pk="id", batch_size=BATCH,
                              columns={"id": str, "title": str, "text": str, "published": str})
    db["deployments"].insert_all((rows.deployment_row(d) for d in deployments), pk="id", batch_size=BATCH,
                                 columns={"id": str, "name": str})
    db["timeline"].insert_all((r for d in deployments for r in rows.timeline_rows(d)),
                              pk=("deployment_id", "position"), foreign_keys=[("deployment_id", "deployments", "id")],
                              batch_size=BATCH, columns={"deployment_id": str, "position": int, "date": str})
    db["findings"].insert_all((r for d in deployments for r in rows.finding_rows(d)),
                              foreign_keys=[("deployment_id", "deployments", "id")], batch_size=BATCH,
                              columns={"deployment_id": str, "rule": str})
    db["claims"].insert_all((rows.claim_row(c) for c in rows.claims(store)), pk="id",
                            foreign_keys=[("article_id", "articles", "id")], batch_size=BATCH,
                            columns={"id": int, "article_id": str, "count": int})
    db["facts"].insert_all((rows.fact_row(f) for f in rows.facts(store)), pk="id",
                           foreign_keys=[("article_id", "articles", "id")], batch_size=BATCH,
                           columns={"id": int, "article_id": str, "type": str, "value": str})
    db["articles"].enable_fts(["title", "text"], fts_version="FTS5", tokenize="porter", create_triggers=True)
    for table, columns in (("claims", ["kind"], ), ("claims", ["component"]), ("claims", ["place"]),
                           ("claims", ["event_date"]), ("facts", ["type", "value"]), ("timeline", ["date"]),
                           ("findings", ["rule"]), ("deployments", ["status"])):
        if db[table].exists():
            db[table].create_index(columns, if_not_exists=True)
    for table in ("articles", "deployments", "timeline", "findings", "claims", "facts"):
        counts[table] = db[table].count if db[table].exists() else 0
    db.close()
    metadata_path = out.with_name("metadata.json")
    metadata_path.write_text(json.dumps(metadata(out.stem), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return {out: ", ".join(f"{n} {t}" for t, n in counts.items()), metadata_path: "titles, descriptions, facets, search"}


def metadata(database: str) -> dict:
    """Datasette metadata: what each table is, and the facets to open it with."""
    return {
        "title": "muster: US military deployments at home, from news reports",
        "description": ("A sourced, reconciled record: every troop figure (claims) and fact is traced to the "
                        "sentence it was read from, and deployments reconcile them over time. Legal findings: "
                        + LEGAL_REVIEW_NOTE),
        "source": "muster",
        "databases": {database: {"tables": {
            "deployments": {
                "title": "Deployments",
                "description": "Deployments reconciled across reports: status, troops present (estimate) and "
                               "authorized (ceiling) at the last report, as intervals; authorities invoked.",
                "facets": ["status", "theatre_name", "components"],
                "sortable_columns": ["first_report", "last_report", "estimate_low", "estimate_high", "reports"],
                "label_column": "name",
            },
            "timeline": {
                "title": "Timeline points",
                "description": "Each deployment's troops present and ceiling by date; `figures` names the "
                               "claims behind each day (article#f0 is the article's first figure).",
                "facets": ["deployment_id", "status"],
                "sortable_columns": ["date", "present_low", "present_high"],
            },
            "findings": {
                "title": "Legal questions",
                "description": "Questions a deployment's facts raise, with citations. " + LEGAL_REVIEW_NOTE,
                "facets": ["rule", "deployment_id"],
            },
            "claims": {
                "title": "Claims (troop figures)",
                "description": "One row per troop figure in an article: the number stated, its hedge as an "
                               "interval (low, high; empty high is unbounded), kind and component, and the "
                               "evidence (field, start, end offsets, text and sentence).",
                "facets": ["kind", "component", "qualifier", "place"],
                "sortable_columns": ["count", "low", "high", "event_date"],
            },
            "facts": {
                "title": "Facts",
                "description": "Authorities (invoked or only mentioned), missions, agencies, commands, places "
                               "and conditions named in articles, each with its evidence.",
                "facets": ["type", "status", "value"],
            },
            "articles": {
                "title": "Articles",
                "description": "The news reports read. Search their title and text.",
                "facets": ["publisher", "relevant"],
                "sortable_columns": ["published"],
                "label_column": "title",
                "fts_table": "articles_fts",
                "searchmode": "raw",
            },
        }}},
    }
