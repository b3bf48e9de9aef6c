"""`muster export`: csv, json, geojson and a Datasette-ready SQLite file, each figure with its evidence."""
from __future__ import annotations

import asyncio
import csv
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from muster.cli import app as cli

EVIDENCE = ("evidence_field", "evidence_start", "evidence_end", "evidence_text", "evidence_sentence")


def run_export(url, fmt, out):
    result = CliRunner().invoke(cli, ["export", "--format", fmt, "--out", str(out), "--db", url])
    assert result.exit_code == 0, result.output
    return result.output


def test_csv_is_a_folder_of_tables_with_evidence_columns(sqlite_url, tmp_path):
    output = run_export(sqlite_url, "csv", tmp_path / "csv")
    assert "claims.csv" in output
    names = {p.name for p in (tmp_path / "csv").iterdir()}
    assert names == {"claims.csv", "facts.csv", "deployments.csv", "timeline.csv", "findings.csv", "articles.csv"}
    with (tmp_path / "csv" / "claims.csv").open(encoding="utf-8") as handle:
        claims = list(csv.DictReader(handle))
    articles = {a["id"]: a for a in csv.DictReader((tmp_path / "csv" / "articles.csv").open(encoding="utf-8"))}
    assert claims and all(claim[column] != "" for claim in claims for column in EVIDENCE)
    for claim in claims:
        field = articles[claim["article_id"]][claim["evidence_field"]]
        assert field[int(claim["evidence_start"]):int(claim["evidence_end"])] == claim["evidence_text"]
    findings = list(csv.DictReader((tmp_path / "csv" / "findings.csv").open(encoding="utf-8")))
    assert findings and all(f["note"] == "This is a question for legal review, not a conclusion." for f in findings)


def test_json_has_deployments_with_timelines_and_findings_and_every_claim(sqlite_url, tmp_path):
    run_export(sqlite_url, "json", tmp_path / "muster.json")
    data = json.loads((tmp_path / "muster.json").read_text(encoding="utf-8"))
    assert data["legal_review_note"] and len(data["deployments"]) >= 4 and len(data["claims"]) >= 20
    for d in data["deployments"]:
        assert d["timeline"] and all(f["evidence"]["sentence"] for p in d["timeline"] for f in p["figures"])
        assert "findings" in d
    assert all(c["evidence"]["start"] is not None for c in data["claims"])


def test_geojson_places_deployments_and_borders(sqlite_url, tmp_path):
    run_export(sqlite_url, "geojson", tmp_path / "muster.geojson")
    data = json.loads((tmp_path / "muster.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    kinds = {}
    for feature in data["features"]:
        kinds.setdefault(feature["properties"]["feature"], []).append(feature)
        geometry = feature["geometry"]
        assert geometry["type"] in ("Point", "LineString")
        points = [geometry["coordinates"]] if geometry["type"] == "Point" else geometry["coordinates"]
        assert all(-180 <= lon <= -60 and 15 <= lat <= 72 for lon, lat in points)
    assert {f["properties"]["name"] for f in kinds["border"]} == {"southern border", "northern border"}
    assert all(f["geometry"]["type"] == "LineString" for f in kinds["border"])
    la = [f for f in kinds["deployment"] if f["properties"]["place"] == "Los Angeles, CA"]
    assert la and la[0]["geometry"]["coordinates"][0] == pytest.approx(-118.24, abs=0.2)
    assert any(f["properties"]["estimate_evidence"] for f in kinds["deployment"])
    border = [f for f in kinds["deployment"] if f["properties"]["place"] == "southern border"]
    assert border and border[0]["geometry"]["type"] == "LineString"


def test_datasette_file_and_metadata_open_in_datasette(sqlite_url, tmp_path):
    out = tmp_path / "muster-export.db"
    run_export(sqlite_url, "datasette", out)
    metadata = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))
    tables = metadata["databases"]["muster-export"]["tables"]
    assert tables["claims"]["facets"] and tables["articles"]["fts_table"] == "articles_fts"
    with sqlite3.connect(out) as connection:
        hits = connection.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'marines'").fetchall()
        assert hits
        columns = {row[1] for row in connection.execute("PRAGMA table_info(claims)")}
        assert set(EVIDENCE) <= columns
    datasette = pytest.importorskip("datasette.app")

    async def browse():
        ds = datasette.Datasette([str(out)], metadata=metadata)
        facets = await ds.client.get("/muster-export/claims.json?_facet=kind&_shape=objects")
        search = await ds.client.get("/muster-export/articles.json?_search=marines&_shape=objects")
        return facets, search

    facets, search = asyncio.run(browse())
    assert facets.status_code == 200 and facets.json()["facet_results"]
    assert search.status_code == 200 and search.json()["rows"]


def test_export_refuses_an_unknown_format_and_a_wrong_path(sqlite_url, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--format", "xml", "--out", str(tmp_path / "x"), "--db", sqlite_url])
    assert result.exit_code == 2 and "must be one of" in result.output
    (tmp_path / "file.txt").write_text("x")
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--out", str(tmp_path / "file.txt"), "--db", sqlite_url])
    assert result.exit_code == 1 and "is a file" in result.output


def test_serve_help_names_its_options():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--db"):
        assert option in result.output
