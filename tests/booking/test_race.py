"""Two office PCs confirming overlapping slots for one technician at the same moment."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta

from sqlalchemy import select

from planner.db.models import Visit
from planner.domain.enums import SCHEDULED_STATUSES
from planner.services.booking import SlotChoice
from tests.booking.conftest import at, make_customer, next_weekday
from tests.booking.race_worker import book_when_ready


def test_two_processes_never_book_overlapping_slots(db, world):
    other_customer, other_site = make_customer(db, "Favre", "3 place de l'Église", "74600", "Seynod", 45.8650, 6.0840)
    day = next_weekday(7)
    technician = world.technician_ids[0]
    slot_a = SlotChoice(technician, at(day, 10), at(day, 11, 30), at(day, 9, 30), at(day, 11, 30))
    slot_b = SlotChoice(technician, at(day, 11), at(day, 12), at(day, 10, 30), at(day, 12, 30))  # overlaps slot_a
    url = db.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    processes = [
        context.Process(target=book_when_ready, args=(url, world.customer_id, world.site_id, slot_a, barrier, results)),
        context.Process(target=book_when_ready, args=(url, other_customer, other_site, slot_b, barrier, results)),
    ]
    for process in processes:
        process.start()
    outcomes = sorted(results.get(timeout=60)[0] for _ in processes)
    for process in processes:
        process.join(timeout=30)
    assert outcomes == ["booked", "taken"]
    with db.read() as session:
        booked = session.scalars(
            select(Visit).where(Visit.technician_id == technician, Visit.status.in_(SCHEDULED_STATUSES))
        ).all()
        assert len(booked) == 1
        start, end = booked[0].planned_start, booked[0].planned_end
    assert end - start in (timedelta(minutes=90), timedelta(minutes=60))
