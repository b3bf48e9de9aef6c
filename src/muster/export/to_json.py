"""JSON: one file with the deployments (each with its timeline, facts and legal findings) and every claim."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import muster
from muster.export import rows
from muster.law import LEGAL_REVIEW_NOTE

_DROP = ("coordinates",)  # the places, with their coordinates, are under "place_facts"


def write_json(store, out: Path) -> dict[Path, str]:
    out.parent.mkdir(parents=True, exist_ok=True)
    deployments = claims = 0
    with out.open("w", encoding="utf-8") as handle:
        head = {"muster": muster.__version__, "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "store": store.url, "legal_review_note": LEGAL_REVIEW_NOTE}
        handle.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "deployments": [')
        for d in rows.deployments(store):
            item = {k: v for k, v in d.items() if k not in _DROP}
            item["findings"] = item.pop("finding_details")
            handle.write((",\n" if deployments else "\n") + json.dumps(item, ensure_ascii=False))
            deployments += 1
        handle.write('\n], "claims": [')
        for claim in rows.claims(store):
            handle.write((",\n" if claims else "\n") + json.dumps(claim, ensure_ascii=False))
            claims += 1
        handle.write("\n]}\n")
    return {out: f"{deployments} deployments, {claims} claims"}
