"""What the web app serves of a deployment, kept beside it: `deployments.brief` (what the list,
its filters and the map show), `deployments.digest`, and `deployment_points` (its timeline,
each figure with its evidence). Deployments already stored get them here, from their summary.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

Json = sa.JSON(none_as_null=True)
BATCH = 200


def upgrade() -> None:
    with op.batch_alter_table("deployments") as batch:
        batch.add_column(sa.Column("brief", Json, nullable=True))
        batch.add_column(sa.Column("digest", sa.String(length=16), nullable=True))
    op.create_table(
        "deployment_points",
        sa.Column("deployment_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("point", Json, nullable=False),
        sa.ForeignKeyConstraint(
            ["deployment_id"], ["deployments.id"],
            name=op.f("fk_deployment_points_deployment_id_deployments"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("deployment_id", "position", name=op.f("pk_deployment_points")),
    )
    _fill()


def _fill() -> None:
    """Shape the deployments already stored, with today's code (muster.store.deployment_views).

    It reads `claims` and `facts` as they are at this revision; a later
    revision that changes their evidence columns must freeze a copy of it here.
    """
    from muster.store import deployment_views
    from muster.store.deployments import deployment_rows

    connection = op.get_bind()
    deployments = sa.table("deployments", sa.column("id", sa.String), sa.column("summary", Json),
                           sa.column("brief", Json), sa.column("digest", sa.String))
    points = sa.table("deployment_points", sa.column("deployment_id", sa.String), sa.column("position", sa.Integer),
                      sa.column("date", sa.Date), sa.column("point", Json))
    ids = list(connection.scalars(sa.select(deployments.c.id).where(deployments.c.summary.is_not(None))
                                  .order_by(deployments.c.id)))
    for start in range(0, len(ids), BATCH):
        query = sa.select(deployments.c.summary).where(deployments.c.id.in_(ids[start:start + BATCH]))
        summaries = [s for s in connection.scalars(query) if s]
        for summary, (brief, timeline) in zip(summaries, deployment_views.materialise(connection, summaries)):
            row, point_rows = deployment_rows(summary, brief, timeline)
            connection.execute(sa.update(deployments).where(deployments.c.id == row["id"])
                               .values(brief=row["brief"], digest=row["digest"]))
            if point_rows:
                connection.execute(sa.insert(points), point_rows)


def downgrade() -> None:
    op.drop_table("deployment_points")
    with op.batch_alter_table("deployments") as batch:
        batch.drop_column("digest")
        batch.drop_column("brief")
