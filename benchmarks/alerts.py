"""The alerts centre at scale: ``python -m benchmarks.alerts``.

Generates the demo with 100 000 customers into a fresh SQLite file (or uses ``--db``), then
times :func:`planner.services.alerts.compute_alerts` for the demo day — the alerts page and
« planner alerts » — and :func:`~planner.services.alerts.alert_counts` — the status bar while the
page is hidden — several times each, and the repeat-contact figure over 90 days.

Ends with ``RESULT alerts_p50_ms=… alerts_max_ms=… counts_p50_ms=… alerts=… repeat_ms=… customers=…``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

DEMO_DAY = date(2026, 11, 23)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", default=None, help="use this database instead of generating one")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="planner-bench-") as folder:
        url = args.db
        customers = args.customers
        if url is None:
            from planner.db.database import open_database
            from planner.services.demo import DemoOptions, generate_demo

            url = str(Path(folder) / "planner.sqlite3")
            database = open_database(url)
            started = time.perf_counter()
            summary = generate_demo(
                database, DemoOptions(customers=args.customers, technicians=8, seed=2026, today=DEMO_DAY)
            )
            print(f"demo: {summary.describe()} ({time.perf_counter() - started:.1f} s)", flush=True)
            database.dispose()
        return _measure(url, customers, args.runs)


def _measure(url: str, customers: int, runs: int) -> int:
    from planner.db.database import open_database
    from planner.services.alerts import alert_counts, compute_alerts
    from planner.services.contacts import repeat_contacts

    database = open_database(url)
    try:
        timings = []
        found = []
        for _ in range(runs):
            started = time.perf_counter()
            found = compute_alerts(database, DEMO_DAY)
            timings.append((time.perf_counter() - started) * 1000)
        count_timings = []
        for _ in range(runs):
            started = time.perf_counter()
            counts = alert_counts(database, DEMO_DAY)
            count_timings.append((time.perf_counter() - started) * 1000)
        assert sum(counts.values()) == len(found), "the counts and the list disagree"
        by_kind = Counter(a.kind.value for a in found)
        print(f"alerts: {len(found)} — " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))
        print("alerts: " + ", ".join(f"{t:.0f} ms" for t in timings))
        print("counts: " + ", ".join(f"{t:.0f} ms" for t in count_timings))
        started = time.perf_counter()
        figure = repeat_contacts(database, until=DEMO_DAY)
        repeat_ms = (time.perf_counter() - started) * 1000
        print(f"repeat contacts: {figure.describe()} ({repeat_ms:.0f} ms)")
    finally:
        database.dispose()
    print(
        f"RESULT alerts_p50_ms={statistics.median(timings):.0f} alerts_max_ms={max(timings):.0f} "
        f"counts_p50_ms={statistics.median(count_timings):.0f} "
        f"alerts={len(found)} repeat_ms={repeat_ms:.0f} customers={customers}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
