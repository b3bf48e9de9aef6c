"""Flags shared by several commands, declared once."""
from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.console import Console

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
        console=err, transient=True,
    )


def report_rejected(rejected) -> None:
    for item in rejected:
        err.print(f"[red]rejected[/red] {item.source}: {item.reason}", markup=True, highlight=False)
