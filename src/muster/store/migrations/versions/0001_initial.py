"""Initial schema: articles, claims, facts, deployments, deployment_claims.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Json = sa.JSON(none_as_null=True)


def _evidence_columns() -> list[sa.Column]:
    return [
        sa.Column("evidence_field", sa.String(length=8), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("evidence_text", sa.Text(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=True),
        sa.Column("sentence_start", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("published_text", sa.String(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("publisher", sa.String(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("relevant", sa.Boolean(), nullable=True),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("extractor_version", sa.String(), nullable=True),
        sa.Column("record_extra", Json, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_articles_content_hash")),
    )
    op.create_index(op.f("ix_articles_published"), "articles", ["published"])

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.Column("qualifier", sa.String(length=16), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("component", sa.String(length=24), nullable=True),
        sa.Column("low", sa.BigInteger(), nullable=True),
        sa.Column("high", sa.BigInteger(), nullable=True),
        sa.Column("state", sa.String(), nullable=True),
        sa.Column("place", sa.String(), nullable=True),
        sa.Column("unit", sa.String(), nullable=True),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("background", sa.Boolean(), server_default=sa.false(), nullable=False),
        *_evidence_columns(),
        sa.Column("extra", Json, nullable=True),
        sa.CheckConstraint("high IS NULL OR low <= high", name=op.f("ck_claims_interval")),
        sa.CheckConstraint(
            "evidence_field IN ('text', 'title')", name=op.f("ck_claims_evidence_field")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"],
            name=op.f("fk_claims_article_id_articles"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    op.create_index(op.f("ix_claims_article_id"), "claims", ["article_id"])
    op.create_index(op.f("ix_claims_event_date"), "claims", ["event_date"])

    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("citation", sa.String(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("place_kind", sa.String(length=16), nullable=True),
        *_evidence_columns(),
        sa.Column("extra", Json, nullable=True),
        sa.CheckConstraint(
            "type IN ('authority', 'mission', 'agency', 'command', 'place')",
            name=op.f("ck_facts_type"),
        ),
        sa.CheckConstraint(
            "status IN ('invoked', 'mentioned', 'stated', 'denied')",
            name=op.f("ck_facts_status"),
        ),
        sa.CheckConstraint(
            "evidence_field IN ('text', 'title')", name=op.f("ck_facts_evidence_field")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"],
            name=op.f("fk_facts_article_id_articles"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facts")),
    )
    op.create_index(op.f("ix_facts_article_id"), "facts", ["article_id"])
    op.create_index(op.f("ix_facts_type_value"), "facts", ["type", "value"])

    op.create_table(
        "deployments",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("theatre", sa.String(), nullable=True),
        sa.Column("component", sa.String(length=24), nullable=True),
        sa.Column("command", sa.String(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=True),
        sa.Column("first_reported", sa.Date(), nullable=True),
        sa.Column("last_reported", sa.Date(), nullable=True),
        sa.Column("summary", Json, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deployments")),
    )

    op.create_table(
        "deployment_claims",
        sa.Column("deployment_id", sa.String(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deployment_id"], ["deployments.id"],
            name=op.f("fk_deployment_claims_deployment_id_deployments"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"],
            name=op.f("fk_deployment_claims_claim_id_claims"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("deployment_id", "claim_id", name=op.f("pk_deployment_claims")),
    )
    op.create_index(op.f("ix_deployment_claims_claim_id"), "deployment_claims", ["claim_id"])


def downgrade() -> None:
    op.drop_table("deployment_claims")
    op.drop_table("deployments")
    op.drop_table("facts")
    op.drop_table("claims")
    op.drop_table("articles")
