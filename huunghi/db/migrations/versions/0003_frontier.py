"""frontier: every article URL discovered, and what became of it; where a listing's paging resumes

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

import huunghi.db.models

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    when = huunghi.db.models.UTCDateTime(timezone=True)
    op.create_table(
        "frontier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("canonical_url", sa.String(length=2000), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("found_on", sa.String(length=2000), nullable=True),
        sa.Column("published_hint", when, nullable=True),
        sa.Column("discovered_at", when, nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("next_try_at", when, nullable=True),
        sa.Column("run_id", sa.String(length=40), nullable=True),
        sa.Column("taken_at", when, nullable=True),
        sa.Column("updated_at", when, nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("canonical_url"),
    )
    op.create_index("ix_frontier_source_state", "frontier", ["source_id", "state"], unique=False)
    with op.batch_alter_table("fetch_cache") as batch:
        batch.add_column(sa.Column("resume_url", sa.String(length=2000), nullable=True))
        batch.add_column(sa.Column("resume_page", sa.Integer(), nullable=True))
    # What earlier crawls stored is in the frontier too, as stored.
    op.execute(
        "INSERT INTO frontier (canonical_url, url, source_id, found_on, published_hint, discovered_at, state, attempts,"
        " updated_at) SELECT canonical_url, url, source_id, NULL, published, fetched_at, 'stored', 1, fetched_at"
        " FROM articles WHERE source_id IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("fetch_cache") as batch:
        batch.drop_column("resume_page")
        batch.drop_column("resume_url")
    op.drop_index("ix_frontier_source_state", table_name="frontier")
    op.drop_table("frontier")
