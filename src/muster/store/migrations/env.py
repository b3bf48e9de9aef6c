"""Alembic environment for muster's store.

muster runs this from code (`muster.store.migrate.upgrade`), passing an open
connection in `config.attributes["connection"]`. Run by the `alembic` command
instead, it opens the URL from the config, else $MUSTER_DATABASE_URL, else
muster.db, with the same engine set-up muster uses.
"""
from __future__ import annotations

from alembic import context

from muster.settings import database_url
from muster.store.engine import make_engine
from muster.store.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(**options) -> None:
    context.configure(
        target_metadata=target_metadata,
        compare_type=True,
        render_as_batch=True,  # SQLite needs table rebuilds for most ALTERs
        **options,
    )


def run_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url") or database_url(), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or database_url())
    try:
        with engine.connect() as connection:
            _configure(connection=connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
