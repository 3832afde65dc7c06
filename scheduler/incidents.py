"""Service incidents: the database, Redis or the mail server failing under the running scheduler.

An incident opens at the first failure, closes when the service answers again, and the operator is
told once when it opens and once when it closes (a mail that cannot go yet is tried again at the next
check). The state lives in a small JSON file in the data folder, not in the database: the database
may be the service that is down. Job runs that could not be recorded while it was down wait in the
same file and are written when it is back, so `huunghi status` shows them.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger("huunghi.incidents")

SERVICES = {"database": "DATABASE_URL", "redis": "REDIS_URL", "smtp": "SMTP_URL"}
FILE_NAME = "service-incidents.json"


@dataclass
class Incident:
    service: str
    message: str
    opened_at: str
    told_open: bool = False
    closed_at: str | None = None

    def subject_body(self) -> tuple[str, str]:
        setting = SERVICES[self.service]
        if self.closed_at is None:
            return (f"huunghi: {self.service} unavailable ({setting})",
                    f"Since {self.opened_at} UTC the scheduler cannot use the {self.service}.\n\n{self.message}\n\n"
                    "The scheduler keeps running and retries each job at its next time; you will get one more "
                    "mail when the service answers again.\n")
        if self.told_open:
            return (f"huunghi: {self.service} is back ({setting})",
                    f"The {self.service} answers again since {self.closed_at} UTC "
                    f"(unavailable since {self.opened_at} UTC: {self.message}).\n")
        return (f"huunghi: {self.service} was unavailable from {self.opened_at} to {self.closed_at} UTC ({setting})",
                f"{self.message}\n\nIt answers again; nothing is needed unless this happens often.\n")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")


class Incidents:
    """The open incidents and the job runs waiting to be recorded, kept in `<data dir>/service-incidents.json`."""

    _lock = threading.Lock()  # the scheduler's two job threads and its watch share one file

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / FILE_NAME

    def _load(self) -> dict:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"incidents": {}, "unrecorded": []}
        except (OSError, ValueError) as exc:  # a damaged file must not stop the scheduler: start afresh
            log.warning("%s could not be read (%s); starting a new one", self.path, exc)
            return {"incidents": {}, "unrecorded": []}
        raw.setdefault("incidents", {})
        raw.setdefault("unrecorded", [])
        return raw

    def _save(self, state: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)  # never half-written

    def current(self) -> list[Incident]:
        with self._lock:
            return [Incident(**i) for i in self._load()["incidents"].values()]

    def failed(self, service: str, message: str) -> bool:
        """Note a failure; True when it opens a new incident (the first failure is logged as an error)."""
        with self._lock:
            state = self._load()
            known = state["incidents"].get(service)
            if known and known["closed_at"] is None:
                known["message"] = message
                self._save(state)
                return False
            if known:  # closed but its mail not sent yet: the service failed again, it is the same incident
                known.update(closed_at=None, message=message)
                self._save(state)
                return False
            state["incidents"][service] = asdict(Incident(service, message, _now()))
            self._save(state)
        log.error("%s unavailable: %s", service, message)
        return True

    def answered(self, service: str) -> None:
        with self._lock:
            state = self._load()
            known = state["incidents"].get(service)
            if known is None or known["closed_at"] is not None:
                return
            known["closed_at"] = _now()
            self._save(state)
        log.info("%s answers again", service)

    def tell(self, send) -> list[str]:
        """Send what the operator has not been told; `send(subject, body)` raises when mail cannot go."""
        told = []
        for inc in self.current():
            if inc.closed_at is None and inc.told_open:
                continue
            if inc.service == "smtp" and inc.closed_at is None:
                continue  # mail cannot say that mail is down: the log and `status` do; the mail goes when it is back
            subject, body = inc.subject_body()
            try:
                send(subject, body)
            except Exception as exc:  # noqa: BLE001 - told at the next check
                log.warning("operator not told yet (%s): %s", subject, exc)
                return told
            with self._lock:
                state = self._load()
                now = state["incidents"].get(inc.service)
                if now is not None and now["opened_at"] == inc.opened_at:
                    if inc.closed_at is None:
                        now["told_open"] = True
                    else:  # told that it is over: the incident ends here
                        del state["incidents"][inc.service]
                    self._save(state)
            told.append(subject)
        return told

    def forget_closed(self) -> None:
        """Without an operator address there is nobody to tell: closed incidents just end."""
        with self._lock:
            state = self._load()
            state["incidents"] = {k: v for k, v in state["incidents"].items() if v["closed_at"] is None}
            self._save(state)

    # --- job runs the database could not take ------------------------------------------------------
    def keep_unrecorded(self, row: dict) -> None:
        with self._lock:
            state = self._load()
            state["unrecorded"].append(row)
            self._save(state)

    def take_unrecorded(self) -> list[dict]:
        with self._lock:
            state = self._load()
            rows, state["unrecorded"] = state["unrecorded"], []
            if rows:
                self._save(state)
            return rows
