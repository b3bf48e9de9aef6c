"""Engines for the two backends: SQLite (a file, WAL, foreign keys on) and PostgreSQL (psycopg 3).

SQLite note: the sqlite3 module's own transaction handling is turned off and
muster issues BEGIN itself, so that DDL runs inside transactions too and a
session opened for writing can take the write lock up front (BEGIN IMMEDIATE)
instead of failing when it upgrades from reading to writing under concurrency.
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url

WRITE = "muster_write"  # execution option: this transaction will write
SQLITE_TIMEOUT = 30  # seconds to wait for another writer's lock
_LOCK_KEY = 0x6D75737465  # "muste": the advisory lock key for store-wide writes on PostgreSQL


def normalize_url(url: str) -> str:
    """`postgres://` and `postgresql://` mean psycopg 3, the driver muster installs."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str) -> Engine:
    """An engine for `url`, set up for its backend."""
    parsed = make_url(normalize_url(url))
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    database = parsed.database
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed, connect_args={"timeout": SQLITE_TIMEOUT})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection, _connection_record) -> None:
    dbapi_connection.isolation_level = None  # muster issues BEGIN itself (_sqlite_begin)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] not in ("wal", "memory"):
        _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _switch_to_wal(cursor) -> None:
    # Done once per database file. SQLite's busy timeout does not cover this
    # switch, so when several processes open a new store at once, retry here.
    deadline = time.monotonic() + SQLITE_TIMEOUT
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _sqlite_begin(connection: Connection) -> None:
    writing = connection.get_execution_options().get(WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def lock_store(connection: Connection) -> None:
    """Hold the store-wide write lock until this transaction ends.

    SQLite already holds it in a write transaction; PostgreSQL takes an advisory
    lock, so that ingestion and migration from several processes take turns.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
