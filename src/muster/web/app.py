"""The FastAPI application: JSON API under /api, pages at /, static files at /static."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

import muster
from muster.law import LEGAL_REVIEW_NOTE
from muster.store import Store
from muster.web import search
from muster.web.deployments import Deployments
from muster.web.routes import articles, claims, deployments
from muster.web.routes import search as search_routes
from muster.web.svg import interval_text, number

HERE = Path(__file__).parent


def create_app(store: Store | str | None = None, *, refresh_seconds: float = 5.0) -> FastAPI:
    """The app over a store (a Store, or a URL; default: $MUSTER_DATABASE_URL, else muster.db).

    The search index is made or brought in step when the app is created.
    `refresh_seconds`: how often to check whether `muster reconcile` has
    rewritten the deployments (0: on every request).
    """
    if not isinstance(store, Store):
        store = Store(store)
    search.ensure_index(store.engine)
    app = FastAPI(
        title="muster",
        version=muster.__version__,
        description=(
            "A sourced, reconciled record of US military deployments at home, built from news reports. "
            "Every figure carries its evidence: the article, the offsets of its words and the sentence. "
            f"Legal findings: {LEGAL_REVIEW_NOTE}"
        ),
        docs_url=None,  # served below from static/swagger: no CDN
        redoc_url=None,
    )
    app.state.store = store
    app.state.deployments = Deployments(store, refresh_seconds=refresh_seconds)
    app.state.templates = _templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (deployments, claims, articles, search_routes):
        app.include_router(module.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(
            openapi_url=app.openapi_url, title="muster API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js", swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/swagger/favicon-32x32.png", swagger_ui_parameters={"validatorUrl": None})

    return app


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.filters["interval"] = interval_text
    templates.env.filters["number"] = number
    templates.env.filters["words"] = lambda value: (value or "").replace("_", " ")
    templates.env.globals["legal_note"] = LEGAL_REVIEW_NOTE
    templates.env.globals["version"] = muster.__version__
    return templates


async def _http_error(request: Request, error: StarletteHTTPException):
    if request.url.path.startswith("/api/") or request.url.path in ("/docs", "/openapi.json"):
        return JSONResponse({"detail": error.detail}, status_code=error.status_code, headers=error.headers)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": error.status_code, "detail": error.detail},
                                      status_code=error.status_code)


def app_from_environment() -> FastAPI:
    """The app over $MUSTER_DATABASE_URL: the factory `muster serve --workers N` gives uvicorn."""
    return create_app()
