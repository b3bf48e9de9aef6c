"""`muster reconcile`, `status` and `timeline` over a store holding the written stories."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from muster.article import Article
from muster.cli import app
from muster.store import Store
from muster.store.models import DeploymentClaim
from stories import BORDER_2025, LOS_ANGELES_2025


def invoke(*args):
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def text_of(record):
    """The article text the record's evidence was read from."""
    sentences = {}
    for item in record["figures"] + record["facts"]:
        e = item["evidence"]
        if e["field"] == "text":
            sentences[e["sentence_start"]] = e["sentence"]
    return " ".join(sentences[k] for k in sorted(sentences))


def storable(record):
    # the store's facts table does not take `condition` facts yet (see the law README)
    return {**record, "facts": [f for f in record["facts"] if f["type"] != "condition"]}


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'muster.db'}"
    records = BORDER_2025 + LOS_ANGELES_2025
    with Store(url) as store:
        result = store.add_articles(Article(id=r["id"], title=r["title"], text=text_of(r), published=r["published"],
                                            publisher=r["publisher"]) for r in records)
        for record in records:
            if record["id"] in result.ids:
                store.save_record(storable(record))
    return url


def test_reconcile_writes_deployments_and_links_claims(db):
    result = invoke("reconcile", "--db", db)
    assert result.exit_code == 0, result.output
    assert "Los Angeles, 2025, Task Force 51" in result.stdout
    assert "2 deployments from 15 relevant records" in result.stdout
    with Store(db) as store:
        from muster.cli.deployments import load_deployments

        stored = load_deployments(store)
    assert [d["name"] for d in stored] == [
        "Southern border, 2025, Joint Task Force-Southern Border", "Los Angeles, 2025, Task Force 51"]
    assert all(d["id"] in result.stdout for d in stored)
    with Store(db) as store, store.session() as session:
        links = session.scalar(select(func.count()).select_from(DeploymentClaim))
    assert links == 12 + 7  # every figure of both stories (the syndicated copy was never stored: same text)

    again = invoke("reconcile", "--db", db)  # re-running replaces, and gives the same
    assert again.stdout == result.stdout


def test_status_as_of_a_date(db):
    invoke("reconcile", "--db", db)
    result = invoke("status", "--as-of", "2025-06-12", "--json", "--db", db)
    assert result.exit_code == 0
    found = {d["theatre"]: d for d in json.loads(result.stdout)}
    assert sorted(found) == ["los_angeles", "southern_border"]
    assert found["los_angeles"]["estimate"] == {"low": 300, "high": 300}
    assert found["los_angeles"]["ceiling"] == {"low": 4700, "high": 4700}
    assert found["southern_border"]["ceiling"] == {"low": 10000, "high": 10000}
    assert found["southern_border"]["sources"][0]["article_id"] == "border25-07"

    readable = invoke("status", "--as-of", "2025-06-12", "--place", "Los Angeles", "--db", db)
    assert found["los_angeles"]["id"] in readable.stdout
    assert "4,700" in readable.stdout
    assert "Southern border" not in readable.stdout


def test_timeline_of_one_deployment(db):
    invoke("reconcile", "--db", db)
    [border] = [d for d in json.loads(invoke("status", "--as-of", "2025-08-10", "--json", "--db", db).stdout)
                if d["theatre"] == "southern_border"]
    result = invoke("timeline", border["id"], "--json", "--db", db)
    data = json.loads(result.stdout)
    assert [p["date"] for p in data["timeline"]][:3] == ["2025-01-20", "2025-01-22", "2025-02-24"]
    assert [f["rule"] for f in data["findings"]] == ["posse_comitatus", "emergency_construction"]
    assert all(f["note"] == "This is a question for legal review, not a conclusion." for f in data["findings"])

    readable = invoke("timeline", border["id"][:10], "--db", db)
    assert readable.exit_code == 0
    assert "reports disagree on present" in readable.stdout
    assert "Roughly 9,000 troops are deployed at the southern border" in readable.stdout
    assert "10 U.S.C. 2808" in readable.stdout


def test_unknown_deployment_and_bad_date(db):
    invoke("reconcile", "--db", db)
    missing = invoke("timeline", "dep-nothing", "--db", db)
    assert missing.exit_code == 1 and "no deployment" in missing.stderr
    bad = invoke("status", "--as-of", "June", "--db", db)
    assert bad.exit_code == 2 and "ISO date" in bad.stderr


def test_status_before_reconcile_says_what_to_do(db):
    result = invoke("status", "--as-of", "2025-06-12", "--json", "--db", db)
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert "muster reconcile" in result.stderr
