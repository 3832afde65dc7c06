"""Write a new migration from the models: python -m huunghi.db.revision "what changed"."""

from __future__ import annotations

import sys
import tempfile

from alembic import command

from huunghi.db.engine import alembic_config, make_engine, upgrade


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/scratch.db")
        upgrade(engine)  # the scratch database at head: the new revision holds only the change
        command.revision(alembic_config(engine), message=message, autogenerate=True)


if __name__ == "__main__":  # pragma: no cover
    main(" ".join(sys.argv[1:]) or "schema change")
