"""`muster serve` (the web pages and JSON API) and `muster export` (CSV, JSON, GeoJSON, Datasette)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from muster.cli.app import app
from muster.cli.options import DbOption, err, open_store, out

FORMATS = ("csv", "json", "geojson", "datasette")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Server processes (each keeps its own cache).")] = 1,
    db: DbOption = None,
) -> None:
    """Serve the record in a browser: deployments with filters and maps, timelines, articles with
    their facts marked, full-text search, and the JSON API under /api (documented at /docs).

    Everything is served from this machine: no CDN, no web fonts.

    Example: muster serve --port 8000 --db sqlite:///muster.db
    """
    import uvicorn

    from muster.settings import database_url

    url = database_url(db)
    with open_store("serve", url) as store:  # fail early, in one line, on a bad URL; builds the search index
        from muster.web.search import ensure_index

        ensure_index(store.engine)
        shown = store.url
    err.print(f"muster serve: {shown} at http://{host}:{port}/ (API documentation at /docs); Ctrl-C stops",
              markup=False)
    if workers > 1:
        import os

        os.environ["MUSTER_DATABASE_URL"] = url
        uvicorn.run("muster.web.app:app_from_environment", factory=True, host=host, port=port,
                    workers=workers, log_level="warning")
        return
    from muster.web import create_app

    uvicorn.run(create_app(url), host=host, port=port, log_level="warning")


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="File (json, geojson, datasette) or folder (csv).")],
    db: DbOption = None,
) -> None:
    """Write the record for other tools.

    csv: a folder of CSV files (claims.csv with evidence, facts.csv, deployments.csv,
    timeline.csv, findings.csv, articles.csv). json: one file, deployments with their
    timelines and findings, and every claim. geojson: a FeatureCollection of places and
    deployments, with the borders as lines. datasette: an SQLite file and a metadata.json
    beside it (titles, descriptions, facets, full-text search): `datasette FILE -m metadata.json`.

    Example: muster export --format datasette --out muster-export.db
    """
    from muster import export as exports

    if format not in FORMATS:
        err.print(f"muster export: --format must be one of {', '.join(FORMATS)}, not {format!r}", markup=False)
        raise typer.Exit(2)
    with open_store("export", db) as store:
        try:
            written = exports.export(store, format, out_path)
        except exports.ExportError as error:
            err.print(f"muster export: {error}", markup=False)
            raise typer.Exit(1)
    for path, count in written.items():
        out.print(f"wrote {escape(str(path))}: {count}")
