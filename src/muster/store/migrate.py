"""Schema migrations: Alembic, run from code against the folder shipped in the package.

No alembic.ini is needed; `alembic_config(url)` builds the configuration. The
repository's alembic.ini is only for developers writing new revisions.
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from muster.store.engine import WRITE, lock_store

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str | None = None) -> Config:
    """An Alembic configuration for the migrations shipped with muster."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to `revision`; a database already there is left alone.

    Runs in one transaction holding the store-wide write lock, so two processes
    opening a new store at once take turns rather than both creating tables.
    """
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.connect() as connection:
        connection.execution_options(**{WRITE: True})
        with connection.begin():
            lock_store(connection)
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
