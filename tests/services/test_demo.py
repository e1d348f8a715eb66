"""Demo data: realistic around Annecy, deterministic, and rounds a technician could drive."""

from __future__ import annotations

import csv
import hashlib
from collections import defaultdict
from datetime import date, datetime, time, timedelta

import holidays
import pytest
from sqlalchemy import select

from planner.db.database import open_database
from planner.db.models import Absence, Customer, Site, Technician, Visit
from planner.domain.enums import SCHEDULED_STATUSES, VisitStatus
from planner.domain.errors import PlannerError
from planner.domain.timeutil import PARIS, paris_instant
from planner.paths import resource
from planner.services import validation
from planner.services.demo import DemoOptions, generate_demo

TODAY = date(2026, 11, 23)


def digest(database) -> str:
    with database.read() as session:
        rows = session.execute(
            select(Customer.last_name, Customer.company_name, Customer.mobile, Customer.email).order_by(Customer.id)
        ).all()
        rows += session.execute(
            select(Visit.number, Visit.status, Visit.planned_start, Visit.technician_id).order_by(Visit.id)
        ).all()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_same_seed_same_data(tmp_path):
    digests = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        database = open_database(str(tmp_path / f"{name}.sqlite3"))
        generate_demo(database, DemoOptions(customers=120, technicians=4, seed=seed, today=TODAY))
        digests.append(digest(database))
        database.dispose()
    assert digests[0] == digests[1]
    assert digests[0] != digests[2]


def test_demo_week_is_one_a_technician_could_work(db):
    summary = generate_demo(db, DemoOptions(customers=300, technicians=6, seed=3, today=TODAY))
    assert (summary.customers, summary.technicians) == (300, 6)
    assert summary.booked > 100 and summary.to_plan > 10

    with resource("data", "demo_communes.csv").open(encoding="utf-8") as handle:
        communes = {row["commune"] for row in csv.DictReader(handle)}
    french_holidays = holidays.country_holidays("FR", years=[2026, 2027])
    with db.read() as session:
        assert {s.city for s in session.scalars(select(Site))} <= communes
        phones = [p for row in session.execute(select(Customer.phone, Customer.mobile)) for p in row if p]
        phones += [t.phone for t in session.scalars(select(Technician))]
        for number in phones:
            assert validation.phone(number) == number, number
        technicians = {t.id: t for t in session.scalars(select(Technician))}
        skills = {code for t in technicians.values() for code in (s.code for s in t.skills)}
        assert {"ELEC", "IRVE", "HTA"} <= skills
        absences = defaultdict(list)
        for a in session.scalars(select(Absence)):
            absences[a.technician_id].append((a.starts_at, a.ends_at))
        booked = session.scalars(select(Visit).where(Visit.status.in_(SCHEDULED_STATUSES))).all()
        by_day: dict[tuple[int, date], list[Visit]] = defaultdict(list)
        for v in booked:
            start, end = v.planned_start.astimezone(PARIS), v.planned_end.astimezone(PARIS)
            day = start.date()
            assert TODAY <= day <= TODAY + timedelta(days=28)  # today's rounds, then the weeks ahead
            assert day.weekday() < 5 and day not in french_holidays
            assert time(8) <= start.time() and end.time() <= time(18)
            assert v.promised_from <= v.planned_start <= v.promised_until
            assert not any(a <= v.planned_start < b for a, b in absences[v.technician_id])
            required = {s.code for s in v.required_skills}
            assert required <= {s.code for s in technicians[v.technician_id].skills}
            if v.contract_id is not None:
                assert v.due_from <= day <= v.due_until
            by_day[(v.technician_id, day)].append(v)
        for visits in by_day.values():
            visits.sort(key=lambda v: v.planned_start)
            for a, b in zip(visits, visits[1:], strict=False):
                assert a.planned_end <= b.planned_start, "two visits overlap"
            # A 60-minute lunch fits between 12:00 and 14:00.
            day = visits[0].planned_start.astimezone(PARIS).date()
            noon, two = (datetime.combine(day, t, PARIS) for t in (time(12), time(14)))
            busy = [(max(v.planned_start, noon), min(v.planned_end, two)) for v in visits]
            free, cursor = timedelta(0), noon
            for a, b in sorted(x for x in busy if x[0] < x[1]):
                free = max(free, a - cursor)
                cursor = max(cursor, b)
            free = max(free, two - cursor)
            assert free >= timedelta(minutes=60)
        # The last working days' rounds were driven: done, with the times the technicians noted.
        last_week = paris_instant(TODAY - timedelta(days=7), time(0))
        driven = session.scalars(
            select(Visit).where(Visit.planned_start >= last_week, Visit.planned_start < paris_instant(TODAY, time(0)))
        ).all()
        assert len({v.planned_start.astimezone(PARIS).date() for v in driven}) == 5
        assert all(
            v.status in (VisitStatus.DONE, VisitStatus.REPORTED) and v.actual_start and v.actual_end for v in driven
        ), {(v.number, v.status) for v in driven if v.status not in (VisitStatus.DONE, VisitStatus.REPORTED)}
        overdue_or_due = session.scalars(select(Visit).where(Visit.status == VisitStatus.TO_PLAN)).all()
        assert any(v.due_from <= TODAY for v in overdue_or_due)
        assert session.scalars(select(Site).where(Site.needs_review)).first() is not None


def test_demo_refuses_a_database_with_data_unless_asked_to_replace(db):
    generate_demo(db, DemoOptions(customers=20, technicians=3, seed=1, today=TODAY))
    with pytest.raises(PlannerError, match="--replace"):
        generate_demo(db, DemoOptions(customers=20, technicians=3, seed=1, today=TODAY))
    summary = generate_demo(db, DemoOptions(customers=30, technicians=3, seed=2, today=TODAY, replace=True))
    assert summary.customers == 30
    with db.read() as session:
        assert len(session.scalars(select(Customer.id)).all()) == 30
