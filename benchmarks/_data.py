"""Shared by the benchmarks: a demo database of a given size in a temporary folder."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

BENCH_DAY = date(2026, 11, 23)


@contextmanager
def demo_database(customers: int, technicians: int = 8, seed: int = 2026) -> Iterator[tuple[object, float]]:
    """(database, seconds it took to generate) for a fresh SQLite demo database."""
    from planner.db.database import open_database
    from planner.services.demo import DemoOptions, generate_demo
    from planner.services.geocoding import GeoSettings, save_geo_settings

    with tempfile.TemporaryDirectory(prefix="planner-bench-") as folder:
        database = open_database(str(Path(folder) / "planner.sqlite3"))
        started = time.perf_counter()
        generate_demo(database, DemoOptions(customers=customers, technicians=technicians, seed=seed, today=BENCH_DAY))
        elapsed = time.perf_counter() - started
        save_geo_settings(database, GeoSettings(offline=True))
        try:
            yield database, elapsed
        finally:
            database.dispose()


def percentiles(samples: list[float]) -> tuple[float, float]:
    import statistics

    return statistics.median(samples), statistics.quantiles(samples, n=20)[-1]
