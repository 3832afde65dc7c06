"""Run every benchmark in turn and print their reports (python bench/run_all.py [name …]).

Each report compares things measured side by side in the same run on this machine; nothing here
is a test, and no test asserts a time.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

BENCHMARKS = ["classifier", "extraction", "pipeline", "digest", "distributed", "web", "archive"]


def main(names: list[str]) -> None:
    for name in names or BENCHMARKS:
        module = importlib.import_module(name)
        module.main()


if __name__ == "__main__":
    main(sys.argv[1:])
