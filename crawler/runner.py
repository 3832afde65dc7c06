"""Start a crawl in a child process, follow its progress, and summarise it per source."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update

from huunghi.db import CrawlRun, Database
from huunghi.sources import Source


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

    @property
    def ok(self) -> bool:
        return not self.killed and self.returncode == 0


def run_crawl(
    sources: list[Source], *, database_url: str, data_dir: Path, contact_url: str,
    settings: dict | None = None, time_limit: float | None = None, on_event=None, now: datetime | None = None,
    test_limit: int = 0,
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
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler.run", job_path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env,
    )
    deadline = time.monotonic() + time_limit if time_limit else None
    try:
        import selectors

        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        buffer = ""
        while True:
            if deadline and time.monotonic() > deadline:
                result.killed = True
                proc.terminate()
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                break
            ready = sel.select(timeout=0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            chunk = proc.stdout.readline()
            if not chunk:
                if proc.poll() is not None:
                    break
                continue
            buffer = chunk.strip()
            if not buffer.startswith("{"):
                continue
            try:
                event = json.loads(buffer)
            except json.JSONDecodeError:
                continue
            if event["event"] == "source_done":
                result.sources[event["source"]] = event
            elif event["event"] == "tested":
                result.tested.append(event)
            elif event["event"] == "article":
                result.articles += 1
                result.relevant += bool(event.get("relevant"))
            if on_event:
                on_event(event)
        result.returncode = proc.wait()
        result.stderr_tail = (proc.stderr.read() or "")[-2000:]
    finally:
        os.unlink(job_path)
    if (result.killed or result.returncode != 0) and not test_limit:
        # Whatever the child could not close is closed here, so status never shows it running.
        db = Database(database_url)
        with db.session() as session:
            session.execute(
                update(CrawlRun).where(CrawlRun.run_id == run_id, CrawlRun.finished_at.is_(None)).values(
                    finished_at=datetime.now(UTC), status="failed",
                    message="crawl ended by its time limit" if result.killed else f"crawl process exited with {result.returncode}",
                )
            )
        db.dispose()
    return result
