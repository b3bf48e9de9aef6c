"""Opening a store migrates it to the newest revision; opening it again changes nothing."""
from __future__ import annotations

from datetime import date

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, insert, inspect, select, text

from muster.reconcile import reconcile
from muster.store import Store
from muster.store import migrate
from muster.store.engine import normalize_url
from muster.store.models import Base, Deployment, DeploymentPoint

from store_data import BORDER, border_record, make_article

TABLES = {"alembic_version", "articles", "claims", "facts", "deployments", "deployment_claims", "deployment_points"}


def test_opening_creates_the_schema_at_head(store):
    assert set(inspect(store.engine).get_table_names()) == TABLES
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    assert store.counts() == {"articles": 0, "relevant": 0, "claims": 0, "facts": 0, "deployments": 0}


def test_constraint_names_follow_the_convention(store):
    inspector = inspect(store.engine)
    assert inspector.get_pk_constraint("claims")["name"] == "pk_claims"
    assert {c["name"] for c in inspector.get_unique_constraints("articles")} == {"uq_articles_content_hash"}
    assert {fk["name"] for fk in inspector.get_foreign_keys("deployment_claims")} == {
        "fk_deployment_claims_deployment_id_deployments",
        "fk_deployment_claims_claim_id_claims",
    }
    assert "ix_facts_type_value" in {ix["name"] for ix in inspector.get_indexes("facts")}
    points_key = inspector.get_pk_constraint("deployment_points")
    assert (points_key["name"], points_key["constrained_columns"]) == ("pk_deployment_points", ["deployment_id", "position"])
    assert [(fk["name"], fk["options"].get("ondelete")) for fk in inspector.get_foreign_keys("deployment_points")] == [
        ("fk_deployment_points_deployment_id_deployments", "CASCADE")]


def test_reopening_is_a_no_op(db_url):
    with Store(db_url) as store:
        store.add_articles([make_article(1)])
    with Store(db_url) as store:
        statements = []
        event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        migrate.upgrade(store.engine)
        ddl = [s for s in statements if s.lstrip().upper().startswith(("CREATE", "ALTER", "DROP"))]
        assert ddl == []
        assert store.counts()["articles"] == 1
        assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_models_and_migrations_agree(store):
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_downgrade_to_base_and_back(store):
    config = migrate.alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(store.engine)
    assert set(inspect(store.engine).get_table_names()) == TABLES


def test_deployments_stored_before_0003_get_their_brief_and_points(db_url):
    with Store(db_url, migrate_schema=False) as store:
        migrate.upgrade(store.engine, "0002")
        store.add_articles([BORDER])
        store.save_record(border_record())
        [deployment] = reconcile([store.record("border-001")])
        with store.session(write=True) as session:  # as muster 0002 saved it: the summary only
            session.execute(insert(Deployment), [{
                "id": deployment["id"], "name": deployment["name"], "theatre": deployment["theatre"],
                "status": deployment["status"], "first_reported": date.fromisoformat(deployment["first_report"]),
                "last_reported": date.fromisoformat(deployment["last_report"]), "summary": deployment}])
        migrate.upgrade(store.engine)
        with store.session() as session:
            row = session.get(Deployment, deployment["id"])
            points = list(session.scalars(select(DeploymentPoint.point).order_by(DeploymentPoint.position)))
    answer = row.brief["estimate"] or row.brief["ceiling"]  # a plan alone gives a ceiling, no troops present
    assert row.brief["id"] == deployment["id"] and answer["evidence"] and row.digest
    assert row.brief["points"] == len(points) == len(deployment["timeline"]) > 0
    figures = [f for p in points for f in p["figures"]]
    assert figures and all(f["evidence"]["id"] and f["evidence"]["url"].startswith("/articles/border-001?mark=")
                           for f in figures)
    assert all(BORDER.text[f["evidence"]["start"]:f["evidence"]["end"]] == f["evidence"]["text"] for f in figures)


def test_sqlite_has_foreign_keys_and_wal(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'sub' / 'dir' / 'muster.db'}") as store:
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert (tmp_path / "sub" / "dir" / "muster.db").exists()


def test_in_memory_sqlite_works():
    with Store("sqlite://") as store:
        store.add_articles([make_article(1)])
        assert store.counts()["articles"] == 1


def test_postgres_urls_mean_psycopg_3():
    assert normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("sqlite:///muster.db") == "sqlite:///muster.db"


def test_without_a_url_the_store_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("MUSTER_DATABASE_URL", f"sqlite:///{tmp_path / 'from-env.db'}")
    with Store() as store:
        assert store.counts()["articles"] == 0
    assert (tmp_path / "from-env.db").exists()
