"""canonical URLs: http and https, with and without "www.", are one page

Revision ID: 0004
Revises: 0003

Rows stored before are re-keyed, so a page stored over http is not fetched again over https; where
two rows were one page under two spellings, the one already holding the new key keeps it and the
other its old one.
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _rekey(table: str) -> None:
    from crawler.urls import canonicalize

    conn = op.get_bind()
    rows = conn.execute(sa.text(f"SELECT id, canonical_url FROM {table} ORDER BY id")).all()
    taken = {key for _, key in rows}
    for row_id, key in rows:
        new = canonicalize(key)
        if new != key and new not in taken:
            conn.execute(sa.text(f"UPDATE {table} SET canonical_url = :new WHERE id = :id"), {"new": new, "id": row_id})
            taken.add(new)


def upgrade() -> None:
    _rekey("articles")
    _rekey("frontier")


def downgrade() -> None:
    pass  # the old keys are not kept; the rows stay valid either way
