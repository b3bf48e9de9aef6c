"""Articles: the text with every extracted figure and fact marked (JSON and page)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from muster.web import queries, schemas
from muster.web.deps import SessionDep, SnapshotDep, TemplatesDep
from muster.web.highlight import marked, spans_of

router = APIRouter()


def _article(session, article_id: str) -> dict[str, Any]:
    found = queries.get_article(session=session, article_id=article_id)
    if found is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return found


@router.get("/api/articles/{article_id:path}", response_model=schemas.Article, tags=["articles"],
            summary="One article: its text, and its claims and facts with their evidence")
def api_article(article_id: str, session: SessionDep) -> dict[str, Any]:
    return _article(session, article_id)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
def article_page(request: Request, article_id: str, session: SessionDep, snapshot: SnapshotDep,
                 templates: TemplatesDep, mark: str | None = None):
    article = _article(session, article_id)
    selected = next((x for x in article["claims"] + article["facts"] if x["key"] == mark), None)
    sentence = {"title": None, "text": None}
    if selected and selected["evidence"]["sentence"] and selected["evidence"]["sentence_start"] is not None:
        start = selected["evidence"]["sentence_start"]
        sentence[selected["evidence"]["field"]] = (start, start + len(selected["evidence"]["sentence"]))
    return templates.TemplateResponse(request, "article.html", {
        "a": article,
        "selected": selected,
        "title_html": marked(article["title"], spans_of(article, "title"), selected=mark, sentence=sentence["title"]),
        "text_html": marked(article["text"], spans_of(article, "text"), selected=mark, sentence=sentence["text"]),
        "deployments": [snapshot.get(d) or {"id": d, "name": d} for d in article["deployments"]],
    })
