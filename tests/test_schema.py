"""Migrations create the same schema on SQLite and PostgreSQL, and match the models."""

import pytest
from sqlalchemy import inspect

from huunghi.db import Base, Database, make_engine, upgrade

# the full-text index differs by design: an FTS5 table on SQLite, a stored tsvector column with a GIN
# index on PostgreSQL
SEARCH_INDEX = "visits_fts"


def describe(engine) -> dict:
    """Tables, columns (nullability and a coarse type), unique sets and indexes: what must match."""
    insp = inspect(engine)
    out = {}
    for table in sorted(insp.get_table_names()):
        if table == "alembic_version" or table.startswith(SEARCH_INDEX):
            continue
        cols = {}
        for c in insp.get_columns(table):
            if c["name"] == "search_vector":  # PostgreSQL's stored tsvector, FTS5's counterpart
                continue
            t = type(c["type"]).__name__.upper()
            coarse = next((k for k in ("INT", "CHAR", "TEXT", "BOOL", "FLOAT", "DOUBLE", "REAL", "DATE", "TIME", "JSON") if k in t), t)
            coarse = {"DOUBLE": "FLOAT", "REAL": "FLOAT", "TIME": "DATE"}.get(coarse, coarse)
            cols[c["name"]] = (coarse, c["nullable"])
        uniques = sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(table))
        indexes = sorted((tuple(i["column_names"]), bool(i["unique"])) for i in insp.get_indexes(table)
                         if i["name"] != "ix_visits_search")
        # SQLite reports a unique constraint as a unique index too; count both as "unique".
        unique_sets = sorted(set(uniques) | {cols_ for cols_, unique in indexes if unique})
        plain = sorted(cols_ for cols_, unique in indexes if not unique)
        out[table] = {"columns": cols, "unique": unique_sets, "indexes": plain,
                      "pk": tuple(insp.get_pk_constraint(table)["constrained_columns"]),
                      "fks": sorted((tuple(f["constrained_columns"]), f["referred_table"]) for f in insp.get_foreign_keys(table))}
    return out


def test_sqlite_schema_matches_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(f"sqlite:///{tmp_path}/s.db")
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith(SEARCH_INDEX))]
    assert diff == [], diff
    assert set(describe(engine)) == set(Base.metadata.tables)


def test_sqlite_pragmas(tmp_path):
    db = Database(f"sqlite:///{tmp_path}/p.db")
    with db.session() as s:
        assert s.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_schema_is_brought_up_to_date_on_first_use(tmp_path):
    db = Database(f"sqlite:///{tmp_path}/new/fresh.db")
    with db.session() as s:
        assert s.connection().exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


@pytest.mark.postgres
def test_same_schema_on_sqlite_and_postgresql(tmp_path, pg_url):
    lite = make_engine(f"sqlite:///{tmp_path}/s.db")
    upgrade(lite)
    pg = make_engine(pg_url)
    upgrade(pg)
    upgrade(pg)  # idempotent
    a, b = describe(lite), describe(pg)
    assert a.keys() == b.keys()
    for table in a:
        assert a[table] == b[table], table
    pg.dispose()
