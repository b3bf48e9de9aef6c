"""Links between pages of results: the same request with another offset (or cursor)."""
from __future__ import annotations

from urllib.parse import urlencode

from starlette.requests import Request


def with_params(request: Request, **params: object) -> str:
    """The request's path and query, with `params` set (None removes one)."""
    query = dict(request.query_params)
    for name, value in params.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = str(value)
    return request.url.path + ("?" + urlencode(query) if query else "")


def next_offset(request: Request, *, offset: int, limit: int, total: int) -> str | None:
    return with_params(request, offset=offset + limit) if offset + limit < total else None


def previous_offset(request: Request, *, offset: int, limit: int) -> str | None:
    if offset <= 0:
        return None
    return with_params(request, offset=max(offset - limit, 0) or None)
