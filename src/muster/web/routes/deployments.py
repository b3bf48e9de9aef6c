"""Deployments: the list with its filters and map, one deployment, its timeline (JSON and pages)."""
from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import partial
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from anyio import to_thread
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from muster.law import LEGAL_REVIEW_NOTE
from muster.web import queries, schemas
from muster.web.deployments import DeploymentFilters, Snapshot, links
from muster.web.deps import DeploymentsDep, LimitDep, OffsetDep, ReadersDep, SnapshotDep, StoreDep, TemplatesDep
from muster.web.paging import next_offset, previous_offset
from muster.web.svg import Marker, marker_size, timeline_chart, us_map

router = APIRouter()


def parse_date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name} must be an ISO date (2025-06-15), not {value!r}")


async def deployment_filters(
    place: Annotated[str | None, Query(description="A place, theatre or part of one's name (\"Los Angeles\", \"border\").")] = None,
    component: Annotated[str | None, Query(description="active_duty, national_guard or reserve.")] = None,
    authority: Annotated[str | None, Query(description="An authority invoked (insurrection_act, title_10_12406, ...).")] = None,
    status: Annotated[str | None, Query(description="announced, ordered, under way, extended, drawing down, ended.")] = None,
    since: Annotated[str | None, Query(description="Reported on or after this ISO date.")] = None,
    until: Annotated[str | None, Query(description="Reported on or before this ISO date.")] = None,
) -> DeploymentFilters:
    return filters_of(place, component, authority, status, since, until)


def filters_of(place: str | None, component: str | None, authority: str | None, status: str | None,
               since: str | None, until: str | None) -> DeploymentFilters:
    return DeploymentFilters(place=place or None, component=component or None, authority=authority or None,
                             status=status or None, since=parse_date(since, "since"), until=parse_date(until, "until"))


FiltersDep = Annotated[DeploymentFilters, Depends(deployment_filters)]


def deployment_page(*, snapshot: Snapshot, filters: DeploymentFilters, limit: int, offset: int,
                    request) -> dict[str, Any]:
    """A page of the deployments matching `filters`, newest report first: what the API and the list page show."""
    found = snapshot.select(filters)
    items = [{**item, "links": links(item["id"])} for item in found[offset:offset + limit]]
    return {"items": items, "limit": limit, "offset": offset, "total": len(found),
            "next": next_offset(request, offset=offset, limit=limit, total=len(found)),
            "previous": previous_offset(request, offset=offset, limit=limit),
            "filters": filters.active(), "matching": found}


def etag(request: Request, snapshot: Snapshot) -> tuple[Response | None, dict[str, str]]:
    """The headers of this request's response in this version of the deployments table, and 304 if the client has it.

    The ETag stays the same until `muster reconcile` changes the deployments.
    """
    key = request.url.path + "?" + request.url.query
    tag = f'"{snapshot.version}-{hashlib.sha1(key.encode()).hexdigest()[:12]}"'
    headers = {"ETag": tag, "Cache-Control": "no-cache"}
    return (Response(status_code=304, headers=headers) if request.headers.get("if-none-match") == tag else None), headers


def joined(items: list[bytes], rest: dict[str, Any]) -> bytes:
    """{"items": [...], **rest} from items already in JSON."""
    return b'{"items":[' + b",".join(items) + b"]," + json.dumps(rest, separators=(",", ":")).encode()[1:]


# These two run on the event loop: the list is read from memory, and a page of a
# timeline is two small indexed reads, its points sent as stored. A worker thread
# would cost more than such a read on SQLite: the thread and the event loop take
# turns at the interpreter lock, at every step of the read.


@router.get("/api/deployments", response_model=schemas.DeploymentList, tags=["deployments"],
            summary="Deployments, newest report first, with filters")
async def api_deployments(request: Request, snapshot: SnapshotDep, deployments: DeploymentsDep, filters: FiltersDep,
                          limit: LimitDep = 50, offset: OffsetDep = 0,
                          as_of: Annotated[str | None, Query(description=(
                              "An ISO date: only the deployments under way then, each with its `answer` as reported "
                              "up to that date (troops by component, ceiling, status, the sentences behind them)."))]
                          = None) -> Response:
    unchanged, headers = etag(request, snapshot)
    if unchanged:
        return unchanged
    day = parse_date(as_of, "as_of")
    if day is not None:
        found = await to_thread.run_sync(deployments.answers, day, filters)
        items = [schemas.DeploymentSummary.model_validate({**item, "links": links(item["id"])})
                 .model_dump_json(by_alias=True).encode() for item in found[offset:offset + limit]]
    else:
        found = snapshot.select(filters)
        items = [snapshot.json[item["id"]] for item in found[offset:offset + limit]]
    body = joined(items, {
        "limit": limit, "offset": offset, "total": len(found),
        "next": next_offset(request, offset=offset, limit=limit, total=len(found)),
        "filters": {**filters.active(), **({"as_of": day.isoformat()} if day else {})},
        "legal_review_note": LEGAL_REVIEW_NOTE})
    return Response(body, media_type="application/json", headers=headers)


@router.get("/api/deployments/{deployment_id}/timeline", response_model=schemas.Timeline, tags=["deployments"],
            summary="A deployment's timeline: troops present and ceiling by date, with the figures behind each")
async def api_timeline(request: Request, deployment_id: str, snapshot: SnapshotDep, store: StoreDep,
                       readers: ReadersDep, limit: LimitDep = 20, offset: OffsetDep = 0) -> Response:
    item = snapshot.get(deployment_id)
    if item is None:
        raise HTTPException(404, f"no deployment with id {deployment_id}")
    unchanged, headers = etag(request, snapshot)
    if unchanged:
        return unchanged
    read = partial(queries.timeline_page, store=store, deployment_id=deployment_id, limit=limit, offset=offset)
    if store.engine.dialect.name == "sqlite":
        points, total = read()  # read in this process from pages the OS keeps: quicker than a hand-off to a thread
    else:
        points, total = await to_thread.run_sync(read, limiter=readers)  # waits on the server's answer
    body = joined(points, {
        "limit": limit, "offset": offset, "total": total,
        "next": next_offset(request, offset=offset, limit=limit, total=total),
        "deployment_id": deployment_id, "name": item["name"]})
    return Response(body, media_type="application/json", headers=headers)


def _detail(deployments: DeploymentsDep, deployment_id: str) -> dict[str, Any]:
    found = deployments.detail(deployment_id)
    if found is None:
        raise HTTPException(404, f"no deployment with id {deployment_id}")
    return found


@router.get("/api/deployments/{deployment_id}", response_model=schemas.DeploymentDetail, tags=["deployments"],
            summary="One deployment: estimate, places, missions, agencies, authorities, legal findings, sources")
def api_deployment(request: Request, deployment_id: str, deployments: DeploymentsDep) -> Response:
    detail = _detail(deployments, deployment_id)
    unchanged, headers = etag(request, deployments.snapshot())
    if unchanged:
        return unchanged
    body = schemas.DeploymentDetail.model_validate({**detail, "links": links(deployment_id)}).model_dump_json()
    return Response(body, media_type="application/json", headers=headers)


# Pages


def answer_for(detail: dict[str, Any], day: date) -> dict[str, Any] | None:
    """The deployment as reported up to `day` (ended or quiet ones too), in the words the CLI prints."""
    from muster.answers import worded
    from muster.reconcile import status

    found = status([detail["summary"]], as_of=day, include_ended=True, max_age_days=None)
    return worded(found[0]) if found else None


def map_markers(items: list[dict[str, Any]], *, by_place: bool) -> tuple[list[Marker], list[tuple[str, str, str]]]:
    """Marks for the places of these deployments, and the borders they name.

    by_place: one mark per place linking to the list filtered by it (the overview);
    otherwise one per place of a single deployment, labelled.
    """
    places: dict[str, list[dict]] = {}
    for item in items:
        for name in item["places"]:
            places.setdefault(name, []).append(item)
    markers, borders = [], []
    troops_at = {name: sum(_troops(h) for h in holders) for name, holders in places.items()}
    largest = max(troops_at.values(), default=0)
    for name, holders in sorted(places.items()):
        lat, lon, kind = (holders[0].get("coordinates") or {}).get(name, (None, None, None))
        troops = troops_at[name]
        names = "; ".join(h["name"] for h in holders[:4]) + (f"; and {len(holders) - 4} more" if len(holders) > 4 else "")
        href = "/deployments?" + urlencode({"place": name}) if by_place else f"#place-{quote(name, safe='')}"
        label = f"{name}: {names}"
        if kind == "border":
            borders.append((name, label, href))
            continue
        if lat is None:
            continue
        if kind == "state" and by_place and all(_has_finer_place(h) for h in holders):
            continue  # a state named beside a city, base or border adds nothing to the overview
        markers.append(Marker(lat, lon, label, href, size=marker_size(troops, largest) if kind != "state" else 9,
                              kind="state" if kind == "state" else "place",
                              text=None if by_place else name))
    return markers, borders


def _troops(item: dict[str, Any]) -> int:
    estimate = item["estimate"] or {}
    return estimate.get("high") or estimate.get("low") or 0


def _has_finer_place(item: dict[str, Any]) -> bool:
    return any(kind != "state" for _, _, kind in (item.get("coordinates") or {}).values())


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
@router.get("/deployments", response_class=HTMLResponse, include_in_schema=False)
def deployments_page(request: Request, snapshot: SnapshotDep, deployments: DeploymentsDep, templates: TemplatesDep,
                     place: str | None = None, component: str | None = None, authority: str | None = None,
                     status: str | None = None, since: str | None = None, until: str | None = None,
                     as_of: str | None = None, limit: LimitDep = 50, offset: OffsetDep = 0):
    errors = []
    day = None
    try:
        filters = filters_of(place, component, authority, status, since, until)
        day = parse_date(as_of, "as_of")
    except HTTPException as error:
        errors.append(error.detail)
        filters = DeploymentFilters(place=place or None, component=component or None,
                                    authority=authority or None, status=status or None)
    if day is not None:
        found = deployments.answers(day, filters)
        page = {"items": found[offset:offset + limit], "limit": limit, "offset": offset, "total": len(found),
                "next": next_offset(request, offset=offset, limit=limit, total=len(found)),
                "previous": previous_offset(request, offset=offset, limit=limit),
                "filters": {**filters.active(), "as of": day.isoformat()}, "matching": found}
    else:
        page = deployment_page(snapshot=snapshot, filters=filters, limit=limit, offset=offset, request=request)
    markers, borders = map_markers(page["matching"], by_place=True)
    return templates.TemplateResponse(request, "deployments.html", {
        "page": page, "facets": snapshot.facets, "errors": errors,
        "form": {"place": place or "", "component": component or "", "authority": authority or "",
                 "status": status or "", "since": since or "", "until": until or "", "as_of": as_of or ""},
        "map": us_map(markers, borders, title="Where the listed deployments are"),
        "mapped": len(markers) + len(borders),
    }, status_code=422 if errors else 200)


@router.get("/deployments/{deployment_id}", response_class=HTMLResponse, include_in_schema=False)
def deployment_detail_page(request: Request, deployment_id: str, deployments: DeploymentsDep,
                           templates: TemplatesDep, as_of: str | None = None):
    detail = _detail(deployments, deployment_id)
    day = parse_date(as_of, "as_of") or date.today()
    markers, borders = map_markers([detail], by_place=False)
    return templates.TemplateResponse(request, "deployment.html", {
        "d": detail,
        "answer": answer_for(detail, day),
        "as_of": day.isoformat(),
        "chart": timeline_chart(detail["timeline"], title=f"Troops over time: {detail['name']}"),
        "map": us_map(markers, borders, title=f"Places of {detail['name']}"),
        "legal_note": LEGAL_REVIEW_NOTE,
    })
