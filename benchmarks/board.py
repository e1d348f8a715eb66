"""Week board rendering: ``python -m benchmarks.board``.

20 technicians × 5 days × 6 visits (600 blocks, with drive times, lunch windows and absences):
the time to paint the whole board offscreen, median of repeated paints (target ≤ 300 ms), and the
time to load the week from the database for information.

Ends with ``RESULT render_ms=… repaint_ms=…`` (a full paint, then the cached repaint).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)

    import random

    import holidays
    from PySide6.QtGui import QImage

    from benchmarks._data import BENCH_DAY, demo_database
    from benchmarks.slots import fill_rounds
    from planner.domain.calendar import working_days
    from planner.services.planning import load_week, monday_of
    from planner.ui.application import create_qapplication
    from planner.ui.board import BoardCanvas

    app = create_qapplication()
    monday = monday_of(BENCH_DAY + timedelta(days=7))
    days = working_days(monday, 5, skip=holidays.country_holidays("FR", years=[monday.year]))
    with demo_database(1500, technicians=20) as (database, _):
        booked = fill_rounds(database, days, 6, random.Random(5))
        started = time.perf_counter()
        week = load_week(database, monday)
        load_ms = (time.perf_counter() - started) * 1000
    blocks = sum(len(c.visits) for c in week.cells.values())
    print(f"semaine : {len(week.technicians)} techniciens × {len(week.days)} jours, {blocks} interventions ({booked} créées), chargée en {load_ms:.0f} ms")
    canvas = BoardCanvas()
    canvas.resize(1800, 40 + 20 * 60)
    canvas.set_week(week)
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)
    timings, repaints = [], []
    for _ in range(args.repeat):
        canvas.set_week(week)  # a new week: painted in full
        started = time.perf_counter()
        canvas.render(image)
        timings.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        canvas.render(image)  # the same week again (a dialog closing over it): copied
        repaints.append((time.perf_counter() - started) * 1000)
    render_ms = statistics.median(timings)
    repaint_ms = statistics.median(repaints)
    print(f"rendu complet : médiane {render_ms:.0f} ms, max {max(timings):.0f} ms sur {len(timings)} rendus")
    print(f"nouveau rendu de la même semaine : médiane {repaint_ms:.1f} ms")
    print(f"RESULT render_ms={render_ms:.0f} repaint_ms={repaint_ms:.1f} load_ms={load_ms:.0f} blocks={blocks}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
