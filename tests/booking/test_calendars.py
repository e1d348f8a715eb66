"""Each technician's week as an iCalendar file, and e-mailed to them."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta

from icalendar import Calendar

from planner.services import booking, calendars, outbox, technicians
from planner.services.booking import BookingRequest, SlotChoice
from planner.services.planning import monday_of
from tests.booking.conftest import at, next_weekday


def book(db, world, day, hour):
    return booking.book_visit(
        db, BookingRequest(world.customer_id, world.site_id,
                           SlotChoice(world.technician_ids[0], at(day, hour), at(day, hour, 30), at(day, hour - 1), at(day, hour + 1)))
    )


def events(ics: str):
    return [c for c in Calendar.from_ical(ics).walk() if c.name == "VEVENT"]


def test_the_week_exports_one_event_per_visit_with_stable_uids(db, world, tmp_path):
    day = next_weekday(9)
    first = book(db, world, day, 9)
    book(db, world, day, 14)
    monday = monday_of(day)
    path = calendars.export_technician_week(db, world.technician_ids[0], monday, tmp_path / "semaine.ics")
    exported = events(path.read_text(encoding="utf-8"))
    assert len(exported) == 2
    gaetan = world.technician_ids[0]
    event = next(e for e in exported if str(e["uid"]) == f"tournee-{first.visit_number}-t{gaetan}@planner")
    assert "12 rue Sommeiller, 74000 Annecy" in str(event["location"])
    description = str(event["description"])
    assert first.visit_number in description and "06 12 34 56 78" in description and "Arrivée promise entre" in description

    # Moved to the afternoon: same UID, higher sequence — the phone updates the event.
    booking.reschedule_visit(db, first.visit_id, first.version,
                             SlotChoice(world.technician_ids[0], at(day, 16), at(day, 16, 30), at(day, 15), at(day, 17)))
    again = events(calendars.technician_week(db, world.technician_ids[0], monday).ics)
    moved = next(e for e in again if str(e["uid"]) == f"tournee-{first.visit_number}-t{gaetan}@planner")
    assert int(moved["sequence"]) > int(event["sequence"])
    assert moved.decoded("dtstart") == at(day, 16)


def test_weeks_are_emailed_once_per_version(db, world, smtp_server):
    technician = technicians.get_technician(db, world.technician_ids[0])
    from dataclasses import replace

    technicians.save_technician(db, technician.id, technician.version, replace(technician.data, email="gaetan@elec-annecy.fr"))
    day = next_weekday(9)
    book(db, world, day, 10)
    monday = monday_of(day)
    lines = calendars.email_technician_weeks(db, monday)
    assert any("gaetan@elec-annecy.fr" in line for line in lines)
    assert any("pas d'e-mail" in line for line in lines)  # Sophie has none
    assert any("inchangé" in line for line in calendars.email_technician_weeks(db, monday))
    outbox.send_pending(db)
    sent = [email.message_from_bytes(m, policy=email.policy.default) for m in smtp_server.inbox.messages]
    week = [m for m in sent if m["To"] == "gaetan@elec-annecy.fr"]
    assert len(week) == 1 and "Tournées de la semaine" in week[0]["Subject"]
    attachment = next(p for p in week[0].walk() if p.get_content_type() == "text/calendar")
    assert len(events(attachment.get_payload(decode=True).decode())) == 1
    assert monday + timedelta(days=7) > day


def test_a_visit_handed_to_a_colleague_is_withdrawn_from_the_first_phone(db, world):
    gaetan, sophie = world.technician_ids
    day = next_weekday(9)
    first = book(db, world, day, 9)
    monday = monday_of(day)
    published = events(calendars.technician_week(db, gaetan, monday).ics)
    assert [str(e["status"]) for e in published] == ["CONFIRMED"]
    uid = str(published[0]["uid"])

    booking.reschedule_visit(db, first.visit_id, first.version,
                             SlotChoice(sophie, at(day, 9), at(day, 9, 30), at(day, 8), at(day, 10)))
    gaetan_week = calendars.technician_week(db, gaetan, monday)
    (withdrawn,) = events(gaetan_week.ics)
    assert str(withdrawn["uid"]) == uid and str(withdrawn["status"]) == "CANCELLED"
    assert int(withdrawn["sequence"]) > int(published[0]["sequence"])
    assert gaetan_week.events == 0 and gaetan_week.withdrawn == 1
    (taken,) = events(calendars.technician_week(db, sophie, monday).ics)
    assert str(taken["status"]) == "CONFIRMED" and str(taken["uid"]) != uid
    # Said once: the next export of an unchanged week withdraws nothing more.
    assert calendars.technician_week(db, gaetan, monday).withdrawn == 0


def test_one_technician_gets_their_week_on_request(db, world, smtp_server):
    from dataclasses import replace

    for technician_id, address in zip(world.technician_ids, ("gaetan@elec-annecy.fr", "sophie@elec-annecy.fr"), strict=True):
        technician = technicians.get_technician(db, technician_id)
        technicians.save_technician(db, technician.id, technician.version, replace(technician.data, email=address))
    day = next_weekday(9)
    book(db, world, day, 10)
    lines = calendars.email_technician_weeks(db, monday_of(day), [world.technician_ids[1]])
    assert len(lines) == 1 and "sophie@elec-annecy.fr" in lines[0]
    outbox.send_pending(db)
    recipients = [email.message_from_bytes(m, policy=email.policy.default)["To"] for m in smtp_server.inbox.messages]
    assert "sophie@elec-annecy.fr" in recipients and "gaetan@elec-annecy.fr" not in recipients
