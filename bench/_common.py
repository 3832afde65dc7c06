"""Shared helpers for the benchmarks: sample pages, timing, a report line."""

from __future__ import annotations

import statistics
import sys
import time
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
