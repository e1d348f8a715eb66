"""Map rendering: ``python -m benchmarks.map``.

20 technicians × 5 days × 6 visits (100 rounds, 600 numbered stops), the visits still to plan, the
sites « à vérifier » and the commune names of the offline background: the time to paint the whole
map offscreen (1400 × 900), median of repeated full paints (target ≤ 100 ms), fitted to the rounds
and zoomed in on Annecy; the time of a pan step (paint after moving by 40 px); and a repaint that
keeps the view (a tile arriving, a tooltip, a dragged pin: the drawn rounds are reused).

Ends with ``RESULT render_ms=… zoomed_ms=… pan_ms=… repaint_ms=…``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median_ms(action, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(median wall-clock ms, median processor ms): painting is single-threaded, so the processor
    time is what a paint costs on an idle machine (the development machine is shared)."""
    timings, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(timings), statistics.median(cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)

    import random

    import holidays
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QImage

    from benchmarks._data import BENCH_DAY, demo_database
    from benchmarks.slots import fill_rounds
    from planner.domain.calendar import working_days
    from planner.domain.geometry import to_world
    from planner.services.mapping import commune_labels, load_map_layers
    from planner.services.planning import load_week, monday_of
    from planner.ui.application import create_qapplication
    from planner.ui.map_view import MapCanvas

    app = create_qapplication()
    monday = monday_of(BENCH_DAY + timedelta(days=7))
    days = working_days(monday, 5, skip=holidays.country_holidays("FR", years=[monday.year]))
    with demo_database(1500, technicians=20) as (database, _):
        fill_rounds(database, days, 6, random.Random(5))
        week = load_week(database, monday)
        layers = load_map_layers(database)
    canvas = MapCanvas()
    canvas.resize(1400, 900)
    canvas.set_communes(commune_labels())
    canvas.set_layers(layers)
    started = time.perf_counter()
    canvas.set_week(week)
    prepare_ms = (time.perf_counter() - started) * 1000
    stops = sum(len(r.stops) for r in canvas.rounds)
    print(
        f"carte : {len(canvas.rounds)} tournées, {stops} arrêts, {len(canvas.unplanned)} à planifier, "
        f"{len(canvas.pins)} sites à vérifier, {len(canvas.communes)} communes ; préparation {prepare_ms:.0f} ms"
    )
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)

    def full() -> None:
        canvas.invalidate()
        canvas.render(image)

    render_ms, render_cpu = _median_ms(full, args.repeat)
    print(f"vue d'ensemble (zoom {canvas.zoom}) : médiane {render_ms:.1f} ms (processeur {render_cpu:.1f} ms)")
    canvas.set_view(to_world(45.8992, 6.1294), 13)
    zoomed_ms, zoomed_cpu = _median_ms(full, args.repeat)
    print(f"Annecy (zoom 13) : médiane {zoomed_ms:.1f} ms (processeur {zoomed_cpu:.1f} ms)")

    def pan_step() -> None:
        canvas.set_view(canvas.to_world_at(QPointF(canvas.width() / 2 + 40, canvas.height() / 2)), canvas.zoom)
        canvas.render(image)

    pan_ms, pan_cpu = _median_ms(pan_step, args.repeat)
    print(f"déplacement de 40 px : médiane {pan_ms:.1f} ms (processeur {pan_cpu:.1f} ms)")
    canvas.fit()
    canvas.render(image)
    repaint_ms, repaint_cpu = _median_ms(lambda: canvas.render(image), args.repeat)
    print(f"nouveau rendu sans changement de vue : médiane {repaint_ms:.1f} ms (processeur {repaint_cpu:.1f} ms)")
    print(
        f"RESULT render_ms={render_ms:.1f} render_cpu_ms={render_cpu:.1f} zoomed_ms={zoomed_ms:.1f} "
        f"pan_ms={pan_ms:.1f} repaint_ms={repaint_ms:.1f} stops={stops}"
    )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
