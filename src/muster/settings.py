"""Where settings come from: command-line flag, then environment, then the default."""
from __future__ import annotations

import os

DEFAULT_DATABASE_URL = "sqlite:///muster.db"
DATABASE_ENV = "MUSTER_DATABASE_URL"


def database_url(flag: str | None = None) -> str:
    """The store to use: --db, else $MUSTER_DATABASE_URL, else muster.db in the working folder."""
    return flag or os.environ.get(DATABASE_ENV) or DEFAULT_DATABASE_URL
