"""Exports: the record written for other tools.

    from muster.export import export
    export(store, "datasette", Path("muster-export.db"))   # {path written: what it holds}

Formats: `csv` (a folder of CSV files, one per table), `json` (one file:
deployments with timelines and findings, and every claim), `geojson` (a
FeatureCollection of places and deployments, borders as lines), `datasette`
(an SQLite file and metadata.json beside it). Every figure in every format
carries its evidence: article id, offsets and sentence.
"""
from __future__ import annotations

from pathlib import Path

from muster.export.rows import ExportError

FORMATS = ("csv", "json", "geojson", "datasette")

__all__ = ["FORMATS", "ExportError", "export"]


def export(store, format: str, out: Path) -> dict[Path, str]:
    """Write the store's record in `format` to `out`; returns what was written, by path."""
    out = Path(out)
    if format == "csv":
        from muster.export.to_csv import write_csv as write
    elif format == "json":
        from muster.export.to_json import write_json as write
    elif format == "geojson":
        from muster.export.to_geojson import write_geojson as write
    elif format == "datasette":
        from muster.export.to_datasette import write_datasette as write
    else:
        raise ExportError(f"unknown format {format!r}: use one of {', '.join(FORMATS)}")
    return write(store, out)
