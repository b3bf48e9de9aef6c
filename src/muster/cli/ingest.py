"""`muster ingest`: read articles from files, folders, feeds, archives or stdin into the store."""
from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from muster.cli.app import app
from muster.cli.options import DbOption, err, open_store, out, progress, report_rejected


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursively) or - for standard input.")],
    db: DbOption = None,
    no_extract: Annotated[bool, typer.Option("--no-extract", help="Store the articles without extracting them.")] = False,
) -> None:
    """Store articles (text, HTML, JSON, JSON Lines, RSS/Atom, WARC), deduplicated by content, then extract them.

    Re-running is safe: an article already stored counts as a duplicate. When anything
    new was extracted, deployments are reconciled again (as `muster reconcile` does).
    Exit code 1 when some inputs were rejected (each is named with its reason).

    Example: muster ingest reports/ feed.xml crawl.warc.gz --db sqlite:///muster.db
    """
    from muster.jobs import ingest as run_ingest
    from muster.jobs import reconcile_store

    store = open_store("ingest", db)
    deployments = None
    with store, progress() as bar:
        reading = bar.add_task("reading", total=None)
        extracting = bar.add_task("extracting", total=None, visible=False)
        summary = run_ingest(
            store, paths, extract=not no_extract,
            on_item=lambda item: bar.advance(reading),
            on_extracted=lambda record: (bar.update(extracting, visible=True), bar.advance(extracting)),
        )
        if summary.extracted:
            bar.add_task("reconciling", total=None)
            deployments = len(reconcile_store(store).deployments)
    report_rejected(summary.rejected)
    for warning in summary.warnings:
        err.print(f"[yellow]warning[/yellow] {escape(warning)}")
    if summary.stopped:
        err.print(f"[red]error[/red] {escape(summary.stopped)}")
    out.print(
        f"new {summary.new}, duplicate {summary.duplicate}, rejected {len(summary.rejected)}"
        + ("" if no_extract else f"; extracted {summary.extracted} ({summary.relevant} about a deployment)")
        + ("" if deployments is None else f"; {deployments} deployments reconciled")
    )
    if summary.rejected or summary.stopped:
        raise typer.Exit(1)
