"""Answers the archive computes over many visits (counts, the chart, the map, the filter lists),
kept for a short while by each web process. Stored visits change when a crawl runs, a few times a
day, while one public page may be asked for many times a second; the pages already tell browsers
and proxies to keep them for a minute, so the server keeping its sums as long changes nothing a
reader can see, and takes most of the work off the database."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class Recent:
    """A bounded, thread-safe map from a key to a value computed at most once every ``seconds``
    (0: never kept). Two threads missing the same key at once both compute it; the answer is the
    same, and nobody waits on a lock while a query runs."""

    def __init__(self, seconds: float, size: int = 1024, clock: Callable[[], float] = time.monotonic):
        self.seconds, self.size, self.clock = seconds, size, clock
        self._items: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        if self.seconds <= 0:
            return compute()
        now = self.clock()
        with self._lock:
            hit = self._items.get(key)
            if hit and now - hit[0] < self.seconds:
                self._items.move_to_end(key)
                return hit[1]
        value = compute()
        with self._lock:
            self._items[key] = (now, value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value
