"""Flags shared by several commands, declared once."""
from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from muster.settings import DATABASE_ENV

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help=f"Database URL (default: ${DATABASE_ENV} or sqlite:///muster.db).", show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a readable summary.")]

# Results go to stdout; progress, warnings and rejections go to stderr.
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def progress():
    """A progress display on stderr that disappears when done and stays quiet when not a terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    )


def report_rejected(rejected) -> None:
    # Names and reasons are printed as given: "scan [draft].pdf" is a file name, not markup.
    for item in rejected:
        err.print(f"[red]rejected[/red] {escape(item.source)}: {escape(item.reason)}", markup=True, highlight=False)


def open_store(command: str, db: str | None):
    """The store at --db (or its default); one line on stderr and exit code 2 when it cannot be opened."""
    from muster.settings import database_url
    from muster.store import Store

    try:
        return Store(database_url(db))
    except Exception as error:  # a bad URL or an unreachable server: one line, no traceback
        err.print(f"muster {command}: cannot open the store: {str(error).splitlines()[0]}", markup=False)
        raise typer.Exit(2)
