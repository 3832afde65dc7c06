"""Start a crawl in a child process, follow its progress, and summarise it per source."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update

from huunghi.db import CrawlRun, Database
from huunghi.sources import Source


def _pump(stream, sink) -> None:
    for line in stream:
        sink(line)
    if sink.__name__ == "put":
        sink(None)


def _handle(line: str, result: CrawlResult, on_event) -> None:
    line = line.strip()
    if not line.startswith("{"):
        return
    try:
        event = json.loads(line)
    except json.JSONDecodeError:
        return
    if event["event"] == "source_done":
        result.sources[event["source"]] = event
    elif event["event"] == "tested":
        result.tested.append(event)
    elif event["event"] == "article":
        result.articles += 1
        result.relevant += bool(event.get("relevant"))
    if on_event:
        on_event(event)


@dataclass
class CrawlResult:
    run_id: str
    sources: dict[str, dict] = field(default_factory=dict)
    articles: int = 0
    relevant: int = 0
    killed: bool = False
    returncode: int | None = None
    log_file: str | None = None
    stderr_tail: str = ""
    tested: list[dict] = field(default_factory=list)
    seeded: int = 0

    @property
    def ok(self) -> bool:
        return not self.killed and self.returncode == 0


def run_crawl(
    sources: list[Source], *, database_url: str, data_dir: Path, contact_url: str,
    settings: dict | None = None, time_limit: float | None = None, on_event=None, now: datetime | None = None,
    test_limit: int = 0, kill_grace: float = 15.0, stop=None,
) -> CrawlResult:
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    logs = data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    result = CrawlResult(run_id=run_id, log_file=str(logs / f"crawl-{run_id}.log"))
    job = {
        "run_id": run_id, "database_url": database_url, "contact_url": contact_url,
        "sources": [s.model_dump() for s in sources], "settings": settings or {},
        "log_file": result.log_file, "now": now.isoformat() if now else None, "test_limit": test_limit,
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(job, fh)
        job_path = fh.name
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    deadline = time.monotonic() + time_limit if time_limit else None
    lines: queue.Queue[str | None] = queue.Queue()
    try:
        with subprocess.Popen(
            [sys.executable, "-m", "crawler.run", job_path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=env,
        ) as proc:
            err_chunks: list[str] = []
            readers = [
                threading.Thread(target=_pump, args=(proc.stdout, lines.put), daemon=True),
                threading.Thread(target=_pump, args=(proc.stderr, err_chunks.append), daemon=True),
            ]
            for t in readers:
                t.start()
            finished = 0
            while finished < 1:
                timeout = 0.5 if deadline is None else max(0.0, min(0.5, deadline - time.monotonic()))
                try:
                    line = lines.get(timeout=timeout)
                except queue.Empty:
                    line = ""
                if line is None:
                    finished += 1
                    continue
                if stop is not None and stop.is_set() and not result.killed:
                    # The service is stopping: Scrapy closes cleanly on SIGTERM.
                    result.killed = True
                    proc.terminate()
                if deadline and time.monotonic() > deadline and not result.killed:
                    # A crawl past its time limit is stopped: SIGTERM lets Scrapy close cleanly
                    # (articles already stored stay), SIGKILL if it will not.
                    result.killed = True
                    if kill_grace <= 0:
                        proc.kill()
                    else:
                        proc.terminate()
                        try:
                            proc.wait(timeout=kill_grace)
                        except subprocess.TimeoutExpired:
                            proc.kill()
                if line:
                    _handle(line, result, on_event)
            result.returncode = proc.wait()
            for t in readers:
                t.join(timeout=5)
            result.stderr_tail = "".join(err_chunks)[-2000:]
    finally:
        os.unlink(job_path)
    if (result.killed or result.returncode != 0) and not test_limit:
        # Whatever the child could not close is closed here, so status never shows it running.
        from sqlalchemy.exc import DBAPIError

        db = Database(database_url)
        with contextlib.suppress(DBAPIError), db.session() as session:  # (the database may be the trouble)
            session.execute(
                update(CrawlRun).where(CrawlRun.run_id == run_id, CrawlRun.finished_at.is_(None)).values(
                    finished_at=datetime.now(UTC), status="failed",
                    message=("crawl stopped with the service" if stop is not None and stop.is_set() else "crawl ended by its time limit")
                    if result.killed else f"crawl process exited with {result.returncode}",
                )
            )
        db.dispose()
    return result


def pending_seeds(session, sources: list[Source], run_id: str) -> list[dict]:
    """Article seeds for the URLs the frontier holds for these sources (pending, or failed and due),
    marked as taken by this run."""
    from sqlalchemy import select

    from huunghi import frontier
    from huunghi.db import FetchCache
    from huunghi.db import Source as SourceRow

    now = datetime.now(UTC)
    out = []
    for cfg in sources:
        source_id = session.scalar(select(SourceRow.id).where(SourceRow.name == cfg.name))
        rows = frontier.due(session, source_id, now, cfg.max_articles) if source_id else []
        out += [{"kind": "article", "url": r.url, "canonical": r.canonical_url, "source": cfg.name, "run": run_id,
                 "found_on": r.found_on, "published": r.published_hint.isoformat() if r.published_hint else None}
                for r in rows]
        frontier.take(session, [r.canonical_url for r in rows], run_id, now)
        # listing pages an interrupted run was about to read
        listings = cfg.listings or ([] if (cfg.feeds or cfg.sitemaps) else [cfg.url])
        for row in session.scalars(select(FetchCache).where(FetchCache.url.in_(listings), FetchCache.resume_url.is_not(None))):
            out.append({"kind": "listing", "url": row.resume_url, "listing": row.url, "page": row.resume_page or 2,
                        "resumed": True, "source": cfg.name, "run": run_id})
    return out


def run_distributed(
    sources: list[Source], *, database_url: str, redis_url: str, wait: bool = True, time_limit: float | None = None,
) -> CrawlResult:
    """Seed a distributed crawl from the frontier (what earlier runs found and did not finish) and
    the sources' discovery URLs; with ``wait``, follow it until it is over — nothing queued and no
    worker holding a request — and record its figures per source (CrawlRun) as a local crawl does."""
    import redis

    from crawler.distributed import new_run_id, run_stats, seed_crawl, wait_drained
    from huunghi.db import Source as SourceRow
    from huunghi.health import update_health
    from huunghi.store import open_crawl_runs

    client = redis.Redis.from_url(redis_url)
    run_id = new_run_id()
    db = Database(database_url)
    started = time.monotonic()
    with db.session() as session:
        rows = open_crawl_runs(session, sources, run_id)
        pending = pending_seeds(session, sources, run_id)
    try:
        seeded = seed_crawl(client, sources, run_id, pending)
    except Exception as exc:  # the previous run still going, or Redis unreachable: this run did not start
        message = str(exc) if isinstance(exc, RuntimeError) else f"Redis could not be reached: {exc}"
        with db.session() as session:
            session.execute(update(CrawlRun).where(CrawlRun.run_id == run_id).values(
                finished_at=datetime.now(UTC), status="failed", message=message[:500]))
        raise
    result = CrawlResult(run_id=run_id, returncode=0)
    result.seeded = seeded.seeded
    if not wait:
        db.dispose()
        client.close()
        return result
    drained = wait_drained(client, run_id, timeout=time_limit)
    result.killed = not drained
    stats = run_stats(client, run_id)
    with db.session() as session:
        for cfg in sources:
            f = stats.get(cfg.name, {})
            errors = {k.split("/", 1)[1]: v for k, v in f.items() if k.startswith("errors/")}
            failed = f.get("discovery_ok", 0) == 0 and f.get("discovery_failed", 0) > 0
            row = session.get(CrawlRun, rows[cfg.name])
            row.finished_at = datetime.now(UTC)
            row.status = "failed" if failed or not drained else "ok"
            row.requests = f.get("responses", 0)
            row.new_articles = f.get("new_articles", 0)
            row.relevant_articles = f.get("relevant_articles", 0)
            row.skipped_known = f.get("skipped_known", 0)
            row.extraction_failures = f.get("extraction_failures", 0)
            row.errors = errors
            row.message = None if drained else "workers did not finish within the time limit"
            if failed:
                row.message = ", ".join(f"{k} ×{v}" for k, v in sorted(errors.items()))
            src = session.query(SourceRow).filter_by(name=cfg.name).one()
            health, reason, _ = update_health(session, src)
            result.sources[cfg.name] = {
                "source": cfg.name, "status": row.status, "message": row.message, "requests": row.requests,
                "new_articles": row.new_articles, "relevant_articles": row.relevant_articles,
                "skipped_known": row.skipped_known, "errors": errors, "duration": time.monotonic() - started,
                "health": health, "health_reason": reason, "not_modified": f.get("not_modified", 0),
                "discovered": f.get("discovered", 0),
            }
            result.articles += row.new_articles
            result.relevant += row.relevant_articles
    db.dispose()
    client.close()
    return result
