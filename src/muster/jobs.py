"""The jobs muster runs over a store, as library calls the CLI, the web app and batch code share:

    ingest(store, paths)      read inputs, store new articles, extract them, save their records
    reconcile_store(store)    rebuild deployments (with legal findings) from every stored record
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from muster.article import Article, Rejected


@dataclass
class IngestSummary:
    new: int = 0
    duplicate: int = 0
    extracted: int = 0
    relevant: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stopped: str | None = None  # why a batch could not be stored, if one could not


def ingest(
    store,
    paths: Iterable[str],
    *,
    extract: bool = True,
    on_item: Callable[[Article | Rejected], None] | None = None,
    on_extracted: Callable[[dict], None] | None = None,
) -> IngestSummary:
    """Read `paths` into `store`; extract every article not extracted yet (so re-runs finish old work)."""
    from muster.sources import read_inputs
    from muster.store import IngestError

    summary = IngestSummary()

    def articles():
        for item in read_inputs(paths):
            if on_item:
                on_item(item)
            if isinstance(item, Rejected):
                summary.rejected.append(item)
                continue
            for warning in item.warnings:
                summary.warnings.append(f"{item.source}: {warning}")
            yield item

    try:
        result = store.add_articles(articles())
        summary.new, summary.duplicate = result.new, result.duplicate
    except IngestError as error:
        summary.new, summary.duplicate = error.result.new, error.result.duplicate
        summary.stopped = str(error)
    if extract:
        from muster.extract import default_extractor

        extractor = default_extractor()
        for article in store.iter_articles(only_unextracted=True):
            record = extractor.extract(article)
            store.save_record(record)
            summary.extracted += 1
            summary.relevant += bool(record["relevant"])
            if on_extracted:
                on_extracted(record)
    return summary


@dataclass
class ReconcileSummary:
    records: list[dict]
    deployments: list[dict]
    linked: int  # claims linked to a deployment
    waiting: int  # stored articles not extracted yet, left out


def reconcile_store(store) -> ReconcileSummary:
    """Rebuild every deployment from the stored records, with its legal findings, and save them."""
    from muster.law import findings
    from muster.reconcile import reconcile
    from muster.store.deployments import load_records, save_deployments

    records, waiting = load_records(store)
    deployments = reconcile(records)
    for deployment in deployments:
        deployment["findings"] = findings(deployment)
    linked = save_deployments(store, deployments)
    return ReconcileSummary(records, deployments, linked, waiting)
