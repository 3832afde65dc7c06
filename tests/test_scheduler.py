"""Schedules with fixed, time-zone-aware datetimes; misfire/coalesce; the lock; SIGTERM; alerts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.events import EVENT_JOB_EXECUTED
from apscheduler.jobstores.memory import MemoryJobStore
from sqlalchemy import select

from huunghi.db import Alert, JobRun
from huunghi.db import Source as SourceRow
from huunghi.sources import Schedule
from scheduler.service import JOB_DEFAULTS, build_scheduler, triggers

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def test_default_schedule_in_vietnam_time():
    t = triggers(Schedule())
    start = datetime(2025, 11, 24, 23, 30, tzinfo=HCM)
    fires, when = [], start
    for _ in range(4):
        when = t["crawl"].get_next_fire_time(when, when + timedelta(seconds=1))
        fires.append(when)
    assert [f.strftime("%d %H:%M %z") for f in fires] == ["25 06:00 +0700", "25 12:00 +0700", "25 18:00 +0700", "26 06:00 +0700"]
    assert t["digest"].get_next_fire_time(None, start).isoformat() == "2025-11-25T07:00:00+07:00"
    # 07:00 in Hà Nội is midnight UTC: the schedule does not follow the server's zone
    assert t["digest"].get_next_fire_time(None, start).astimezone(UTC).hour == 0


def test_job_defaults_are_set_on_purpose():
    assert JOB_DEFAULTS == {"coalesce": True, "max_instances": 1, "misfire_grace_time": 6 * 3600}


def _count_runs(calls: list):
    calls.append(datetime.now(UTC))


def _scheduler_with_missed_runs(missed_by: timedelta, calls_event: threading.Event):
    from apscheduler.schedulers.background import BackgroundScheduler

    sched = BackgroundScheduler(jobstores={"default": MemoryJobStore()}, job_defaults=JOB_DEFAULTS, timezone=HCM)
    sched.add_listener(lambda e: calls_event.set(), EVENT_JOB_EXECUTED)
    return sched


MISSED: list = []


def missed_job():
    MISSED.append(1)


def test_a_digest_missed_while_off_runs_once_when_back():
    """The machine was off at 07:00 for three days; at 09:00 it runs the digest once, not three times."""
    MISSED.clear()
    done = threading.Event()
    sched = _scheduler_with_missed_runs(timedelta(hours=2), done)
    now = datetime.now(HCM)
    sched.add_job(missed_job, "interval", days=1, id="digest", next_run_time=now - timedelta(hours=2))
    sched.start()
    try:
        assert done.wait(10)
    finally:
        sched.shutdown(wait=True)
    assert MISSED == [1]


def test_a_run_missed_beyond_the_grace_is_skipped():
    MISSED.clear()
    from apscheduler.events import EVENT_JOB_MISSED

    missed = threading.Event()
    from apscheduler.schedulers.background import BackgroundScheduler

    sched = BackgroundScheduler(jobstores={"default": MemoryJobStore()}, job_defaults=JOB_DEFAULTS, timezone=HCM)
    sched.add_listener(lambda e: missed.set(), EVENT_JOB_MISSED)
    sched.add_job(missed_job, "interval", days=1, id="digest", next_run_time=datetime.now(HCM) - timedelta(hours=7))
    sched.start()
    try:
        assert missed.wait(10)
    finally:
        sched.shutdown(wait=True)
    assert MISSED == []


def test_jobs_are_stored_in_the_database_with_fixed_ids(app):
    app.db.ensure_schema()
    s1 = build_scheduler(app.settings.database_url, Schedule())
    s1.start(paused=True)
    assert sorted(j.id for j in s1.get_jobs()) == ["crawl", "digest"]
    s1.shutdown()
    s2 = build_scheduler(app.settings.database_url, Schedule(digest="30 8 * * *"))
    s2.start(paused=True)
    assert sorted(j.id for j in s2.get_jobs()) == ["crawl", "digest"]  # replaced, not duplicated
    assert "hour='8'" in str(s2.get_job("digest").trigger)
    s2.shutdown()


def run_env(app, extra=None):
    return {**os.environ, "DATABASE_URL": app.settings.database_url, "HUUNGHI_CONFIG": str(app.settings.huunghi_config),
            "HUUNGHI_DATA_DIR": str(app.settings.data_dir), "HUUNGHI_SECRET": "s", **(extra or {})}


def wait_until(predicate, seconds=30):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def start_run(app, *args, extra=None):
    return subprocess.Popen([sys.executable, "-m", "huunghi.cli", "run", *args], env=run_env(app, extra),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_one_scheduler_per_database_and_takeover_after_death(app):
    app.db.ensure_schema()
    first = start_run(app)
    try:
        lock = app.settings.data_dir / "locks" / "scheduler.lock"
        assert wait_until(lambda: lock.exists() and "pid" in lock.read_text())
        second = subprocess.run([sys.executable, "-m", "huunghi.cli", "run"], env=run_env(app), capture_output=True, text=True, timeout=60)
        assert second.returncode == 3
        assert f"pid {first.pid}" in second.stderr
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=20)
    third = start_run(app)
    assert wait_until(lambda: f"pid {third.pid}" in lock.read_text())
    third.send_signal(signal.SIGTERM)
    out, err = third.communicate(timeout=30)
    assert third.returncode == 0, err


def test_sigterm_during_a_crawl_ends_it_cleanly_and_exits_0(app, site):
    from crawler.sample_sites import Route

    def slow(_):
        time.sleep(0.5)
        return Route(b"<html><body><h1>Bai viet cham cham</h1><div class='content'><p>" + b"Noi dung. " * 30 + b"</p></div></body></html>")

    links = "".join(f"<item><link>{site.base}/bai-{n}-{n}00.html</link></item>" for n in range(40))
    site.routes["/rss.xml"] = Route(f"<rss><channel>{links}</channel></rss>".encode())
    for n in range(40):
        site.routes[f"/bai-{n}-{n}00.html"] = Route(handler=slow)
    app.settings.huunghi_config.write_text(
        f"sources:\n  - name: slow\n    title: Slow\n    province: Sơn La\n    url: {site.base}/\n    feeds: [{site.base}/rss.xml]\n"
        f"    download_delay: 0.1\n", encoding="utf-8")
    proc = start_run(app, "--now", "crawl")
    assert wait_until(lambda: sum(n for p, n in site.hits.items() if p.startswith("/bai-")) >= 2)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    with app.db.session() as s:
        run = s.scalars(select(JobRun).where(JobRun.job_id == "crawl")).one()
        assert run.finished_at is not None and run.outcome == "stopped"
    assert sum(n for p, n in site.hits.items() if p.startswith("/bai-")) < 40


def test_an_alert_is_raised_once_and_cleared_once(app):
    from notify.transport import OutboxTransport
    from scheduler.alerts import review

    outbox = OutboxTransport(app.settings.outbox_dir)
    with app.db.session() as s:
        s.add(SourceRow(name="baolaichau", title="Báo Lai Châu", province="Lai Châu", url="http://baolaichau.vn/",
                        health="broken", health_reason="3 failed runs in a row (last: dns ×2)"))
    kw = dict(operator_email="ops@example.org", transport=outbox, mail_from="huunghi@localhost")
    with app.db.session() as s:
        assert review(s, **kw) == ["huunghi: source baolaichau is broken"]
    with app.db.session() as s:
        assert review(s, **kw) == []  # still broken: no second email
    with app.db.session() as s:
        s.scalars(select(SourceRow)).one().health = "ok"
    with app.db.session() as s:
        assert review(s, **kw) == ["huunghi: source baolaichau recovered"]
    with app.db.session() as s:
        assert review(s, **kw) == []
        assert s.scalars(select(Alert)).one().closed_at is not None
    mails = sorted(p.read_text() for p in app.settings.outbox_dir.glob("*.eml"))
    assert len(mails) == 2
    assert any("What to try: Open the site" in m and "huunghi sources test baolaichau" in m for m in mails)


def test_log_json_lines(app):
    proc = subprocess.run([sys.executable, "-m", "huunghi.cli", "--log-json", "run"], env=run_env(app, {"HUUNGHI_CONFIG": "/nonexistent.yaml"}),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "file not found" in proc.stderr


def test_status_shows_jobs_sources_and_deliveries(app):
    import json

    from click.testing import CliRunner

    from huunghi.cli import main

    app.settings.huunghi_config.write_text("sources:\n  - name: a\n    title: A\n    province: Sơn La\n    url: http://a.vn/\n", encoding="utf-8")
    with app.db.session() as s:
        s.add(JobRun(job_id="crawl", run_id="r1", started_at=datetime(2025, 1, 1, tzinfo=UTC),
                     finished_at=datetime(2025, 1, 1, 0, 3, tzinfo=UTC), outcome="ok", detail="3 new articles"))
    data = json.loads(CliRunner().invoke(main, ["status", "--json"], obj=app).output)
    crawl = next(j for j in data["jobs"] if j["id"] == "crawl")
    assert crawl["next_run"].endswith("+07") and crawl["last"]["outcome"] == "ok" and crawl["last"]["duration"] == "180s"
    assert data["sources"] == [{"name": "a", "health": "unknown", "reason": None, "since": None, "last_run": None, "frontier": {}}]
    assert data["deliveries"]["pending"] == 0


@pytest.mark.postgres
def test_one_scheduler_per_postgresql_database(make_app, pg_url):
    app = make_app(database_url=pg_url)
    app.db.ensure_schema()
    first = start_run(app)
    try:
        from sqlalchemy import text

        def locked():
            with app.db.session() as s:
                return s.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 727311")).scalar() > 0

        assert wait_until(locked)
        second = subprocess.run([sys.executable, "-m", "huunghi.cli", "run"], env=run_env(app), capture_output=True, text=True, timeout=60)
        assert second.returncode == 3 and "PostgreSQL backend pid" in second.stderr
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=20)
    # the dead holder's session ends, and with it the advisory lock: another can take over
    third = start_run(app)
    try:
        assert wait_until(locked)
    finally:
        third.send_signal(signal.SIGTERM)
        third.communicate(timeout=30)
    assert third.returncode == 0
    app.db.dispose()
