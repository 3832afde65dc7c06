"""The public archive over 100,000 visits: the home page and filtered lists answered by `huunghi
web`'s app (in process, so the figure is the server's own time), median and 90th percentile of
20 requests each, on SQLite and on PostgreSQL: as served (sums kept for a minute), with every sum
computed afresh for each request (what the first reader of a view waits), and computed afresh with
the archive's indexes dropped, side by side, to show what the indexes and the kept sums buy.

Environment: HUUNGHI_BENCH_PG_URL (default the machine's PostgreSQL), HUUNGHI_BENCH_VISITS (100000),
HUUNGHI_BENCH_DATABASES (sqlite,postgresql).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from urllib.parse import quote

from _common import drop_database, fresh_database, report

VISITS = int(os.environ.get("HUUNGHI_BENCH_VISITS", "100000"))
DATABASES = os.environ.get("HUUNGHI_BENCH_DATABASES", "sqlite,postgresql").split(",")
ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "home": "/",
    "list, all": "/visits",
    "list, page 40": "/visits?page=40",
    "list, a Lao province": f"/visits?lao={quote('Hủa Phăn')}",
    "list, a pair and a year": f"/visits?vn={quote('Sơn La')}&lao={quote('Hủa Phăn')}&from=2020-01-01&to=2020-12-31",
    "list, words": "/visits?q=bien+gioi+hua+phan",
    "list, words and a kind": "/visits?q=xieng+khoang&kind=talks",
    "pair page": f"/pairs/{quote('Nghệ An')}/{quote('Xiêng Khoảng')}",
    "feed, filtered": f"/feed.atom?lao={quote('Hủa Phăn')}",
    "a visit's page": f"/visits/{VISITS // 2}",
}
# what the archive's migration adds, and how to take it away for the side-by-side run
DROP = {
    "sqlite": ["DROP INDEX ix_visit_parties_side_name", "DROP INDEX ix_visits_start_id"],
    "postgresql": ["DROP INDEX ix_visit_parties_side_name", "DROP INDEX ix_visits_start_id", "DROP INDEX ix_visits_search"],
}


def build(database_url: str, data: Path):
    from huunghi.app import App
    from huunghi.sample_visits import add_sample_visits
    from huunghi.settings import load_settings

    app = App(load_settings(database_url=database_url, huunghi_data_dir=data, huunghi_secret="bench",
                            huunghi_config=ROOT / "config" / "sources.yaml"))
    started = time.perf_counter()
    with app.db.session() as s:
        add_sample_visits(s, VISITS, today=date(2026, 11, 30), articles_per_visit=(1, 2), years=12)
    analyze(app)
    return app, time.perf_counter() - started


def analyze(app) -> None:
    """Fresh statistics and visibility map, as autovacuum would leave them after a crawl."""
    with app.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE" if conn.dialect.name == "postgresql" else "ANALYZE")


def timings(app, keep_seconds: float) -> dict[str, tuple[float, float]]:
    from notify.web import create_app

    app.settings.huunghi_archive_cache_seconds = keep_seconds
    client = create_app(app).test_client()
    out = {}
    for name, path in PAGES.items():
        assert client.get(path).status_code == 200, path  # warm, and correct
        times = []
        for _ in range(20):
            t = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        out[name] = (statistics.median(times), times[int(0.9 * len(times))])
    return out


def main() -> None:
    rows = [("visits", f"{VISITS:,} (1–2 articles each, over 12 years)")]
    with tempfile.TemporaryDirectory() as tmp:
        targets = [("SQLite", f"sqlite:///{tmp}/archive.db", None)] if "sqlite" in DATABASES else []
        try:
            if "postgresql" not in DATABASES:
                raise RuntimeError("not asked for (HUUNGHI_BENCH_DATABASES)")
            name, url = fresh_database()
            targets.append(("PostgreSQL", url, name))
        except Exception as exc:  # noqa: BLE001
            print(f"(PostgreSQL unreachable: {exc})")
        for label, url, pg_name in targets:
            app, seconds = build(url, Path(tmp) / label)
            rows.append((f"{label}: stored in", f"{seconds:.0f} s"))
            served = timings(app, 60)
            afresh = timings(app, 0)
            with app.db.engine.begin() as conn:
                for statement in DROP[app.db.engine.dialect.name]:
                    conn.exec_driver_sql(statement)
            analyze(app)
            without = timings(app, 0)
            for page, (median, p90) in served.items():
                m1, p1 = afresh[page]
                m2, _ = without[page]
                rows.append((f"{label}: {page}", f"median {median:.1f} ms (p90 {p90:.1f}); afresh {m1:.1f} ms "
                                                 f"(p90 {p1:.1f}); afresh without indexes {m2:.1f} ms"))
            app.db.dispose()
            if pg_name:
                drop_database(pg_name)
    report(f"archive over {VISITS:,} visits (server time per request)", rows)


if __name__ == "__main__":
    main()
