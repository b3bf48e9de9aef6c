"""CSV: a folder of files, one per table, evidence in columns of its own.

claims.csv (every troop figure: interval, kind, component, the deployments it
went into, evidence_field/start/end/text, sentence), facts.csv (authorities,
missions, agencies, commands, places, conditions, with evidence),
deployments.csv, timeline.csv (a row per deployment and date), findings.csv
(legal questions, each with its note), articles.csv (with their text).
"""
from __future__ import annotations

import csv
from pathlib import Path

from muster.export import rows
from muster.export.rows import ExportError


def write_csv(store, out: Path) -> dict[Path, str]:
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file: csv writes a folder of files")
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    deployments = list(rows.deployments(store))
    tables = {
        "claims.csv": (rows.claim_row(c) for c in rows.claims(store)),
        "facts.csv": (rows.fact_row(f) for f in rows.facts(store)),
        "deployments.csv": (rows.deployment_row(d) for d in deployments),
        "timeline.csv": (r for d in deployments for r in rows.timeline_rows(d)),
        "findings.csv": (r for d in deployments for r in rows.finding_rows(d)),
        "articles.csv": rows.articles(store),
    }
    for name, items in tables.items():
        path = out / name
        count = _write(path, items)
        written[path] = f"{count} rows"
    return written


def _write(path: Path, items) -> int:
    count = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = None
        for item in items:
            if writer is None:
                writer = csv.DictWriter(handle, fieldnames=list(item))
                writer.writeheader()
            writer.writerow(item)
            count += 1
    return count
