"""The tables: articles, the claims and facts extracted from them, and deployments with their timelines.

Types are chosen to mean the same on SQLite and PostgreSQL. JSON columns use the
plain `JSON` type (not JSONB) so that the key order of stored objects survives.
Schema changes go through Alembic (`migrations/versions/`); a change here needs a
new revision there, and `tests/store` checks the two agree.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

FACT_TYPES = ("authority", "mission", "agency", "command", "place", "condition")
FACT_STATUSES = ("invoked", "mentioned", "stated", "denied")
EVIDENCE_FIELDS = ("text", "title")

Json = JSON(none_as_null=True)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class StoredArticle(Base):
    """One article as ingested, and what extraction said of it as a whole."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    published_text: Mapped[str | None] = mapped_column(String)  # as the source gave it
    url: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String)
    source: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    relevant: Mapped[bool | None] = mapped_column(Boolean)  # null until extracted
    extracted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    extractor_version: Mapped[str | None] = mapped_column(String)
    record_extra: Mapped[dict[str, Any] | None] = mapped_column(Json)

    claims: Mapped[list[Claim]] = relationship(
        back_populates="article", order_by="Claim.position", passive_deletes=True
    )
    facts: Mapped[list[Fact]] = relationship(
        back_populates="article", order_by="Fact.position", passive_deletes=True
    )


class _Evidence:
    """The span a claim or fact was read from (docs/record.md, Evidence)."""

    evidence_field: Mapped[str] = mapped_column(String(8))
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    evidence_text: Mapped[str] = mapped_column(Text)
    sentence: Mapped[str | None] = mapped_column(Text)
    sentence_start: Mapped[int | None] = mapped_column(Integer)


class Claim(_Evidence, Base):
    """One troop figure stated in one article: a count read as an interval."""

    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint("high IS NULL OR low <= high", name="interval"),
        CheckConstraint(_one_of("evidence_field", EVIDENCE_FIELDS), name="evidence_field"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # order within the record's figures
    count: Mapped[int] = mapped_column(BigInteger)
    qualifier: Mapped[str | None] = mapped_column(String(16))
    kind: Mapped[str | None] = mapped_column(String(16))
    component: Mapped[str | None] = mapped_column(String(24))
    low: Mapped[int | None] = mapped_column(BigInteger)
    high: Mapped[int | None] = mapped_column(BigInteger)  # null: unbounded
    state: Mapped[str | None] = mapped_column(String)
    place: Mapped[str | None] = mapped_column(String)
    unit: Mapped[str | None] = mapped_column(String)
    event_date: Mapped[date | None] = mapped_column(Date, index=True)
    background: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    extra: Mapped[dict[str, Any] | None] = mapped_column(Json)  # figure keys not above

    article: Mapped[StoredArticle] = relationship(back_populates="claims")


class Fact(_Evidence, Base):
    """One mention of an authority, mission, agency, command or place in one article."""

    __tablename__ = "facts"
    __table_args__ = (
        CheckConstraint(_one_of("type", FACT_TYPES), name="type"),
        CheckConstraint(_one_of("status", FACT_STATUSES), name="status"),
        CheckConstraint(_one_of("evidence_field", EVIDENCE_FIELDS), name="evidence_field"),
        Index(None, "type", "value"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # order within the record's facts
    type: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String(16))
    citation: Mapped[str | None] = mapped_column(String)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    place_kind: Mapped[str | None] = mapped_column(String(16))
    extra: Mapped[dict[str, Any] | None] = mapped_column(Json)  # fact keys not above

    article: Mapped[StoredArticle] = relationship(back_populates="facts")


class Deployment(Base):
    """One deployment as reconciled across articles (filled by reconciliation)."""

    __tablename__ = "deployments"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    theatre: Mapped[str | None] = mapped_column(String)
    component: Mapped[str | None] = mapped_column(String(24))
    command: Mapped[str | None] = mapped_column(String)
    status: Mapped[str | None] = mapped_column(String(16))
    first_reported: Mapped[date | None] = mapped_column(Date)
    last_reported: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[dict[str, Any] | None] = mapped_column(Json)
    brief: Mapped[dict[str, Any] | None] = mapped_column(Json)  # what lists show (deployment_views.brief)
    digest: Mapped[str | None] = mapped_column(String(16))  # changes when a reconcile changes it

    claims: Mapped[list[Claim]] = relationship(secondary="deployment_claims", viewonly=True)


class DeploymentClaim(Base):
    """Which claims a deployment was built from."""

    __tablename__ = "deployment_claims"

    deployment_id: Mapped[str] = mapped_column(
        ForeignKey("deployments.id", ondelete="CASCADE"), primary_key=True
    )
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class DeploymentPoint(Base):
    """One point of a deployment's timeline, its figures' evidence joined in (deployment_views.timeline_points)."""

    __tablename__ = "deployment_points"

    deployment_id: Mapped[str] = mapped_column(
        ForeignKey("deployments.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # oldest first
    date: Mapped[date | None] = mapped_column(Date)
    point: Mapped[dict[str, Any]] = mapped_column(Json)
