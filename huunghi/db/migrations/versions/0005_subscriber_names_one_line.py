"""subscriber names made safe: one line, no control characters, at most 100 characters

Revision ID: 0005
Revises: 0004

Rows stored before names were checked at the door could hold a line break (a header injection
attempt) and stop every digest run; their control characters become spaces.
"""
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _safe(name: str) -> str | None:
    kept = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in name)
    return " ".join(kept.split())[:100] or None


def upgrade() -> None:
    conn = op.get_bind()
    for row_id, name in conn.execute(sa.text("SELECT id, name FROM subscribers WHERE name IS NOT NULL")).all():
        safe = _safe(name)
        if safe != name:
            conn.execute(sa.text("UPDATE subscribers SET name = :n WHERE id = :id"), {"n": safe, "id": row_id})


def downgrade() -> None:
    pass
