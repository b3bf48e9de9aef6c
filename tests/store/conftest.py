"""Store tests run once on SQLite (a temporary file) and once on PostgreSQL.

PostgreSQL is found at $MUSTER_TEST_POSTGRES_URL, else
postgresql+psycopg://postgres@127.0.0.1:5432/test; where no server answers,
those tests skip. Each PostgreSQL test gets a fresh schema (put first on the
connection's search_path through the URL) and drops it afterwards, so repeated
and parallel runs never see each other's tables.
"""
from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from muster.store import Store
from muster.store.engine import normalize_url

POSTGRES_URL = os.environ.get(
    "MUSTER_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="session")
def postgres_server():
    """An engine on the test server's database; skips every PostgreSQL test if none answers."""
    url = make_url(normalize_url(POSTGRES_URL))
    engine = create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        pytest.skip(
            f"no PostgreSQL server at {url.host}:{url.port or 5432} ({reason}); "
            "set MUSTER_TEST_POSTGRES_URL to use another"
        )
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A URL for an empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'muster.db'}"
        return
    server = request.getfixturevalue("postgres_server")
    schema = f"muster_test_{uuid.uuid4().hex[:12]}"
    with server.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = server.url.update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with server.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def store(db_url):
    with Store(db_url) as store:
        yield store
