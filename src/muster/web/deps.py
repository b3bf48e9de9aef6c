"""The app's dependencies, declared once as Annotated aliases."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from anyio import CapacityLimiter
from fastapi import Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from muster.store import Store
from muster.web.deployments import Deployments, Snapshot

MAX_LIMIT = 500
READER_THREADS = 2


# Plain lookups are `async def`: FastAPI runs a sync dependency in a worker thread.


async def get_store(request: Request) -> Store:
    return request.app.state.store


def get_session(store: Annotated[Store, Depends(get_store)]) -> Iterator[Session]:
    with store.session() as session:
        yield session


async def get_deployments(request: Request) -> Deployments:
    return request.app.state.deployments


async def get_snapshot(deployments: Annotated[Deployments, Depends(get_deployments)]) -> Snapshot:
    """The current snapshot of the deployments. Checking the table for a new one is done in another
    thread, and waited for only when there is no snapshot yet (or checks are to be done on every request)."""
    return deployments.fresh() or deployments.stale() or await run_in_threadpool(deployments.snapshot)


async def get_templates(request: Request) -> Jinja2Templates:
    return request.app.state.templates


async def get_readers(request: Request) -> CapacityLimiter:
    """The worker threads for the API's most frequent store reads (timeline pages).

    Few: each read is a fraction of a millisecond, and more threads only take
    turns at the interpreter lock, which costs more than the reads.
    """
    state = request.app.state
    if getattr(state, "readers", None) is None:
        state.readers = CapacityLimiter(READER_THREADS)
    return state.readers


StoreDep = Annotated[Store, Depends(get_store)]
SessionDep = Annotated[Session, Depends(get_session)]
DeploymentsDep = Annotated[Deployments, Depends(get_deployments)]
SnapshotDep = Annotated[Snapshot, Depends(get_snapshot)]
TemplatesDep = Annotated[Jinja2Templates, Depends(get_templates)]
ReadersDep = Annotated[CapacityLimiter, Depends(get_readers)]
LimitDep = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (at most {MAX_LIMIT}).")]
OffsetDep = Annotated[int, Query(ge=0, description="Items to skip.")]
