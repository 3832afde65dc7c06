"""Shared helpers for the benchmarks: sample pages, timing, a report line."""

from __future__ import annotations

import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def best_of(fn, repeat: int = 3) -> float:
    """Seconds of the fastest of ``repeat`` runs of ``fn()``."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def cpu_ms_each(fn, items) -> list[float]:
    out = []
    for item in items:
        t = time.process_time()
        fn(item)
        out.append((time.process_time() - t) * 1000)
    return out


def median(values) -> float:
    return statistics.median(values)


def report(title: str, rows: list[tuple[str, str]]) -> None:
    print(f"\n## {title}")
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"  {k.ljust(width)}  {v}")


# --- a fresh PostgreSQL database per run (the machine's server; HUUNGHI_BENCH_PG_URL) -------------
PG = os.environ.get("HUUNGHI_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def fresh_database() -> tuple[str, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"huunghi_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return name, make_url(PG).set(database=name).render_as_string(hide_password=False)


def drop_database(name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(PG, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"), {"n": name})
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()
