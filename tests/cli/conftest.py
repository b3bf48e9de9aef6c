"""CLI tests: `db_url` is the store tests' fixture, shared rather than copied.

It yields a SQLite file URL, then a PostgreSQL URL whose search_path puts a fresh
schema first (dropped afterwards); the PostgreSQL case skips, with the reason,
where no server answers at $MUSTER_TEST_POSTGRES_URL or
postgresql+psycopg://postgres@127.0.0.1:5432/test.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path


def _load_store_fixtures():
    path = Path(__file__).resolve().parent.parent / "store" / "conftest.py"
    spec = importlib.util.spec_from_file_location("muster_store_test_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_store_fixtures = _load_store_fixtures()
postgres_server = _store_fixtures.postgres_server
db_url = _store_fixtures.db_url
