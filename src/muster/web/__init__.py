"""muster's web app: pages for people, a JSON API for their tools, both over one store.

    from muster.web import create_app
    app = create_app("sqlite:///muster.db")     # then: uvicorn, or `muster serve`
"""
from muster.web.app import create_app

__all__ = ["create_app"]
