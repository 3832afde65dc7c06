"""The public archive's indexes: one row per visit and side (filters by province or body) and a
folded search text (full-text search with or without diacritics: SQLite FTS5, PostgreSQL GIN).

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FTS_TRIGGERS = (
    "CREATE TRIGGER visits_fts_ai AFTER INSERT ON visits BEGIN "
    "INSERT INTO visits_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER visits_fts_ad AFTER DELETE ON visits BEGIN "
    "INSERT INTO visits_fts(visits_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER visits_fts_au AFTER UPDATE OF search_text ON visits BEGIN "
    "INSERT INTO visits_fts(visits_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO visits_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)


def upgrade() -> None:
    op.add_column("visits", sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "visit_parties",
        sa.Column("visit_id", sa.Integer(), sa.ForeignKey("visits.id", ondelete="CASCADE"), nullable=False),
        sa.Column("side", sa.String(length=2), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("visit_id", "side", "name"),
    )
    op.create_index("ix_visit_parties_side_name", "visit_parties", ["side", "name", "visit_id"])
    op.create_index("ix_visits_start_id", "visits", ["start_date", "id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE visits_fts USING fts5(search_text, content='visits', content_rowid='id')")
        # an external-content index starts empty: index what is there before the triggers maintain it
        op.execute("INSERT INTO visits_fts(visits_fts) VALUES ('rebuild')")
        for trigger in FTS_TRIGGERS:
            op.execute(trigger)
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_visits_search ON visits USING gin (to_tsvector('simple', search_text))")
    # visits stored before: index them (the same function the store uses from now on)
    from sqlalchemy.orm import Session

    from huunghi.archive_index import reindex_all

    with Session(bind=bind) as session:
        reindex_all(session)
        session.flush()


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("visits_fts_ai", "visits_fts_ad", "visits_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS visits_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_visits_search")
    op.drop_index("ix_visits_start_id", table_name="visits")
    op.drop_index("ix_visit_parties_side_name", table_name="visit_parties")
    op.drop_table("visit_parties")
    op.drop_column("visits", "search_text")
