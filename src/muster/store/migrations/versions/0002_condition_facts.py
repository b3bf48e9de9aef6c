"""Facts of type "condition": what the law rules need to know about a deployment
(a governor's objection, consent or request; a declared invasion; a military zone; a
federalization), extracted with evidence like any other fact.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

OLD_TYPES = "type IN ('authority', 'mission', 'agency', 'command', 'place')"
NEW_TYPES = "type IN ('authority', 'mission', 'agency', 'command', 'place', 'condition')"


def _replace_type_check(sql: str) -> None:
    # batch mode: SQLite cannot alter a constraint in place, so the table is copied
    with op.batch_alter_table("facts", recreate="auto") as batch:
        batch.drop_constraint(op.f("ck_facts_type"), type_="check")
        batch.create_check_constraint("type", sql)


def upgrade() -> None:
    _replace_type_check(NEW_TYPES)


def downgrade() -> None:
    op.execute("DELETE FROM facts WHERE type = 'condition'")
    _replace_type_check(OLD_TYPES)
