"""Search: full text over articles (SQLite FTS5, PostgreSQL text search)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from muster.web import schemas
from muster.web.deps import LimitDep, OffsetDep, SessionDep, TemplatesDep
from muster.web.paging import next_offset, previous_offset
from muster.web.queries import article_url
from muster.web.search import highlighted, search

router = APIRouter()

QueryText = Annotated[str, Query(description='Words (all must match), "a phrase", -excluded, a OR b.')]


def search_page(*, session, q: str, limit: int, offset: int, request) -> dict[str, Any]:
    hits, total = search(session.connection(), q, limit=limit, offset=offset)
    for hit in hits:
        hit["url"] = article_url(hit["id"])
    return {"items": hits, "q": q, "limit": limit, "offset": offset, "total": total,
            "next": next_offset(request, offset=offset, limit=limit, total=total),
            "previous": previous_offset(request, offset=offset, limit=limit)}


@router.get("/api/search", response_model=schemas.SearchResults, tags=["search"],
            summary="Articles matching a full-text query, best first, with snippets")
def api_search(request: Request, session: SessionDep, q: QueryText, limit: LimitDep = 20,
               offset: OffsetDep = 0) -> dict[str, Any]:
    return search_page(session=session, q=q, limit=limit, offset=offset, request=request)


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_html(request: Request, session: SessionDep, templates: TemplatesDep, q: str = "",
                limit: LimitDep = 20, offset: OffsetDep = 0):
    page = search_page(session=session, q=q, limit=limit, offset=offset, request=request) if q.strip() else None
    return templates.TemplateResponse(request, "search.html", {"q": q, "page": page, "highlighted": highlighted})
