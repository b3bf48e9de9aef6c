"""Claims: every troop figure read, with its evidence, filtered and paged by cursor."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from muster.web import queries, schemas
from muster.web.deps import LimitDep, SessionDep
from muster.web.paging import with_params
from muster.web.routes.deployments import parse_date

router = APIRouter()


def claim_filters(
    article: Annotated[str | None, Query(description="Claims of this article id.")] = None,
    deployment: Annotated[str | None, Query(description="Claims a deployment was built from.")] = None,
    kind: Annotated[str | None, Query(description="sent, authorized, present, withdrawn.")] = None,
    component: Annotated[str | None, Query(description="active_duty, national_guard, reserve, unspecified.")] = None,
    qualifier: Annotated[str | None, Query(description="exact, approx, up_to, at_least, more_than, fewer_than.")] = None,
    place: Annotated[str | None, Query(description="The canonical place the figure is about (\"El Paso, TX\").")] = None,
    state: Annotated[str | None, Query(description="Home state of Guard troops (\"Texas\").")] = None,
    since: Annotated[str | None, Query(description="Event date on or after (ISO).")] = None,
    until: Annotated[str | None, Query(description="Event date on or before (ISO).")] = None,
) -> queries.ClaimFilters:
    return queries.ClaimFilters(article=article or None, deployment=deployment or None, kind=kind or None,
                                component=component or None, qualifier=qualifier or None, place=place or None,
                                state=state or None, since=parse_date(since, "since"), until=parse_date(until, "until"))


@router.get("/api/claims", response_model=schemas.ClaimList, tags=["claims"],
            summary="Troop figures with their evidence, in id order; `next` carries the cursor")
def api_claims(request: Request, session: SessionDep,
               filters: Annotated[queries.ClaimFilters, Depends(claim_filters)],
               after: Annotated[int | None, Query(description="Cursor: claims after this claim id.")] = None,
               limit: LimitDep = 50) -> dict[str, Any]:
    items = queries.claims_page(session=session, filters=filters, after=after, limit=limit + 1)
    more = len(items) > limit
    items = items[:limit]
    return {"items": items, "limit": limit, "filters": filters.active(),
            "next": with_params(request, after=items[-1]["id"]) if more else None}


@router.get("/api/claims/{claim_id}", response_model=schemas.Claim, tags=["claims"], summary="One claim")
def api_claim(claim_id: int, session: SessionDep) -> dict[str, Any]:
    found = queries.get_claim(session=session, claim_id=claim_id)
    if found is None:
        raise HTTPException(404, f"no claim with id {claim_id}")
    return found
