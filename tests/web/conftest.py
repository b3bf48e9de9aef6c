"""Web tests: stores filled by the real `muster ingest` and `muster reconcile`, on SQLite and PostgreSQL.

The articles are the bundled examples plus tests/web/articles (one with markup
and ampersands in its title, publisher and text, to check escaping). Stores are
built once per test module and backend: the app only reads them.
"""
from __future__ import annotations

import importlib.util
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from typer.testing import CliRunner

from muster.cli import app as cli

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent.parent / "src" / "muster" / "examples"
ARTICLES = HERE / "articles"


def _load_store_fixtures():
    path = HERE.parent / "store" / "conftest.py"
    spec = importlib.util.spec_from_file_location("muster_store_test_fixtures_web", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


postgres_server = _load_store_fixtures().postgres_server


def fill(url: str) -> None:
    """Ingest the example and test articles and reconcile them, as a user would."""
    runner = CliRunner()
    for args in (["ingest", str(EXAMPLES), str(ARTICLES), "--db", url], ["reconcile", "--db", url]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, f"muster {' '.join(args)}: {result.output}"


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'muster.db'}"
    fill(url)
    return url


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def web_url(request, tmp_path_factory):
    """A filled store on each backend."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_url")
        return
    server = request.getfixturevalue("postgres_server")
    schema = f"muster_web_{uuid.uuid4().hex[:12]}"
    with server.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = server.url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
        fill(url)
        yield url
    finally:
        with server.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture(scope="module")
def client(web_url):
    from muster.web import create_app

    app = create_app(web_url, refresh_seconds=0)
    with TestClient(app) as client:
        yield client
    app.state.store.close()


