"""rate_events: what the public endpoints count against their limits

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

import huunghi.db.models

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bucket", sa.String(length=400), nullable=False),
        sa.Column("at", huunghi.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_rate_events_bucket_at", "rate_events", ["bucket", "at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_rate_events_bucket_at", table_name="rate_events")
    op.drop_table("rate_events")
