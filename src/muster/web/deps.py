"""The app's dependencies, declared once as Annotated aliases."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from muster.store import Store
from muster.web.deployments import Deployments, Snapshot

MAX_LIMIT = 500


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_session(store: Annotated[Store, Depends(get_store)]) -> Iterator[Session]:
    with store.session() as session:
        yield session


def get_deployments(request: Request) -> Deployments:
    return request.app.state.deployments


def get_snapshot(deployments: Annotated[Deployments, Depends(get_deployments)]) -> Snapshot:
    return deployments.snapshot()


def get_templates(request: Request) -> Jinja2Templates:
    return request.app.state.templates


StoreDep = Annotated[Store, Depends(get_store)]
SessionDep = Annotated[Session, Depends(get_session)]
DeploymentsDep = Annotated[Deployments, Depends(get_deployments)]
SnapshotDep = Annotated[Snapshot, Depends(get_snapshot)]
TemplatesDep = Annotated[Jinja2Templates, Depends(get_templates)]
LimitDep = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (at most {MAX_LIMIT}).")]
OffsetDep = Annotated[int, Query(ge=0, description="Items to skip.")]
