"""Extract many articles on Dask workers, in order, with bounded memory.

    for record in extract_many(articles, workers=4):               # a LocalCluster of 4 processes
    for record in extract_many(articles, scheduler="tcp://host:8786"):   # an existing cluster

Articles travel to workers in batches; each worker builds its extractor once (the spaCy
pipeline and lexicons) and keeps it. At most a few batches per worker are in flight, so
a large archive streams through without sitting in memory whole, and records come back
in input order.
"""
from __future__ import annotations

from collections import deque
from itertools import islice
from typing import Iterable, Iterator

from muster.article import Article

DEFAULT_BATCH = 200
IN_FLIGHT_PER_WORKER = 2


def extract_batch(batch: list[Article]) -> list[dict]:
    """Run on a worker: the records of one batch, with the worker's own cached extractor."""
    from muster.extract import default_extractor

    extractor = default_extractor()
    return [extractor.extract(article) for article in batch]


def extract_many(
    articles: Iterable[Article],
    *,
    workers: int = 2,
    scheduler: str | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> Iterator[dict]:
    """Records for `articles`, in order, extracted on Dask workers."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
        )
    client = Client(cluster if cluster is not None else scheduler)
    try:
        slots = max(1, len(client.scheduler_info().get("workers", {})) or workers) * IN_FLIGHT_PER_WORKER
        pending: deque = deque()
        iterator = iter(articles)
        while True:
            while len(pending) < slots:
                batch = list(islice(iterator, batch_size))
                if not batch:
                    break
                pending.append(client.submit(extract_batch, batch, pure=False))
            if not pending:
                return
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
