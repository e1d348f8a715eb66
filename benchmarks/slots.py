"""Slot suggestions over a busy horizon: ``python -m benchmarks.slots``.

10 technicians with 1 000 visits booked over the next 25 working days (four a day each, spread
around Annecy, with gaps left between them); a slot request is made for 200 different customers' sites, each timed from the
database to the ranked, explained list (target: p95 ≤ 200 ms).

Ends with ``RESULT p50_ms=… p95_ms=…``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timedelta
from datetime import time as clock

from benchmarks._data import BENCH_DAY, demo_database, percentiles


def fill_rounds(database, days, per_day: int, rng: random.Random) -> int:  # type: ignore[no-untyped-def]
    """Replace the demo's rounds by ``per_day`` visits a day for every technician."""
    from sqlalchemy import delete, select

    from planner.db.bulk import bulk_insert
    from planner.db.models import Site, Technician, Visit
    from planner.domain.enums import SCHEDULED_STATUSES, VisitKind, VisitStatus
    from planner.domain.timeutil import now_utc, paris_instant

    with database.write() as session:
        session.execute(delete(Visit).where(Visit.status.in_(SCHEDULED_STATUSES)))
        sites = session.execute(select(Site.id, Site.customer_id)).all()
        technicians = list(session.scalars(select(Technician.id)))
        first_id = (session.scalar(select(Visit.id).order_by(Visit.id.desc()).limit(1)) or 0) + 1
        rows = []
        for day_index, day in enumerate(days):
            for tech_index, technician in enumerate(technicians):
                for k in range(per_day):
                    site_id, customer_id = rng.choice(sites)
                    offset = _offset(k, per_day, (day_index + tech_index) % 2)
                    start = paris_instant(day, clock(8, 30)) + timedelta(minutes=offset)
                    rows.append(
                        {
                            "id": first_id + len(rows), "number": f"B-{first_id + len(rows)}", "kind": VisitKind.REPAIR,
                            "status": VisitStatus.BOOKED, "customer_id": customer_id, "site_id": site_id,
                            "contract_id": None, "summary": "Dépannage", "due_from": day, "due_until": day,
                            "technician_id": technician, "planned_start": start,
                            "planned_end": start + timedelta(minutes=60), "promised_from": start - timedelta(minutes=30),
                            "promised_until": start + timedelta(minutes=90), "duration_min": 60, "actual_start": None,
                            "actual_end": None, "priority": 0, "locked": False, "booked_at": now_utc(),
                            "cancel_reason": "", "notes": "", "version": 1, "created_at": now_utc(), "updated_at": now_utc(),
                        }
                    )
        bulk_insert(session.connection(), Visit.__table__, rows, [c.name for c in Visit.__table__.columns])
        return len(rows)


def _offset(k: int, per_day: int, pattern: int = 0) -> int:
    """Minutes after 8:30 of the k-th visit (one hour each): half the day's visits in the
    morning, half after lunch, with room left between them — a free hour and a quarter before
    lunch and an hour and a half at the end of the day, or two free hours in the morning and at
    the end of the day, alternately, as in a real week."""
    if per_day == 4:
        return ((0, 75, 330, 420), (0, 180, 300, 390))[pattern][k]
    morning = (per_day + 1) // 2
    if k < morning:
        return k * 210 // morning
    return 300 + (k - morning) * 210 // max(1, per_day - morning)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=3000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args(argv)
    import holidays

    from planner.domain.calendar import working_days
    from planner.services.customers import list_customers
    from planner.services.slots import SlotRequest, suggest_slots

    rng = random.Random(3)
    start_day = BENCH_DAY + timedelta(days=1)
    days = working_days(start_day, 25, skip=holidays.country_holidays("FR", years=[2026, 2027]))
    with demo_database(args.customers, technicians=10) as (database, demo_s):
        booked = fill_rounds(database, days, 4, rng)
        print(f"données : {args.customers} clients, 10 techniciens, {booked} interventions planifiées sur {len(days)} jours", flush=True)
        customers = list_customers(database)
        from planner.services.customers import get_customer

        sites = [get_customer(database, c.id).sites[0].id for c in rng.sample(customers, args.requests)]
        now = datetime.combine(BENCH_DAY, clock(7, 0)).astimezone()
        timings = []
        found = offered = 0
        for position, site_id in enumerate(sites):
            request = SlotRequest(site_id=site_id, duration_min=rng.choice((45, 60, 90)), horizon_days=25,
                                  from_day=start_day, now=now)
            started = time.perf_counter()
            result = suggest_slots(database, request)
            elapsed = (time.perf_counter() - started) * 1000
            if position >= 5:  # the first calls warm the matrix cache and imports
                timings.append(elapsed)
            found += bool(result.slots)
            offered += len(result.slots)
        p50, p95 = percentiles(timings)
    print(f"slots: {len(timings)} demandes, {found} avec des créneaux, p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(timings):.1f} ms")
    print(
        f"RESULT p50_ms={p50:.1f} p95_ms={p95:.1f} bookings={booked} technicians=10 "
        f"requests={len(sites)} answered={found} slots_offered={offered}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
