"""One-step booking: the visit, the contact and three messages in one transaction."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta

import pytest
from sqlalchemy import select

from planner.db.models import ContactLog, OutboxMessage, Visit
from planner.domain.enums import ContactReason, OutboxStatus, VisitStatus
from planner.domain.timeutil import to_paris
from planner.services import booking, outbox
from planner.services.booking import BookingRequest, SlotChoice, SlotTakenError
from tests.booking.conftest import at, next_weekday


def parse(data: bytes):
    return email.message_from_bytes(data, policy=email.policy.default)


def choice(technician_id: int, day, hour: int, minutes: int = 90) -> SlotChoice:
    start = at(day, hour)
    return SlotChoice(technician_id, start, start + timedelta(minutes=minutes), at(day, hour - 1), at(day, hour + 1))


def test_booking_records_visit_contact_and_messages(db, world):
    day = next_weekday(10)
    result = booking.book_visit(
        db, BookingRequest(world.customer_id, world.site_id, choice(world.technician_ids[0], day, 14), visit_id=world.visit_id)
    )
    assert "Gaëtan" in result.describe() and "e-mail de confirmation" in result.describe()
    with db.read() as session:
        visit = session.get(Visit, world.visit_id)
        assert (visit.status, visit.technician_id) == (VisitStatus.BOOKED, world.technician_ids[0])
        assert to_paris(visit.promised_from).hour == 13 and to_paris(visit.promised_until).hour == 15
        [contact] = session.scalars(select(ContactLog).where(ContactLog.visit_id == visit.id)).all()
        assert contact.reason is ContactReason.BOOKING and "Gaëtan" in contact.note
        messages = {m.kind: (m.not_before, m.recipient, m.subject) for m in session.scalars(select(OutboxMessage))}
    assert set(messages) == {"confirmation", "reminder", "sms_reminder"}
    assert to_paris(messages["reminder"][0]).date() == day - timedelta(days=5)
    assert to_paris(messages["sms_reminder"][0]).date() == day - timedelta(days=2)
    assert messages["sms_reminder"][1] == "+33612345678"
    assert "Rendez-vous confirmé" in messages["confirmation"][2]


def test_a_taken_slot_is_refused_and_nothing_is_written(db, world):
    day = next_weekday(8)
    booking.book_visit(db, BookingRequest(world.customer_id, world.site_id, choice(world.technician_ids[1], day, 10)))
    with pytest.raises(SlotTakenError, match="vient d'être pris"):
        booking.book_visit(
            db, BookingRequest(world.customer_id, world.site_id, choice(world.technician_ids[1], day, 11), visit_id=world.visit_id)
        )
    with db.read() as session:
        assert session.get(Visit, world.visit_id).status is VisitStatus.TO_PLAN
        assert len(session.scalars(select(ContactLog)).all()) == 1
        assert len(session.scalars(select(OutboxMessage).where(OutboxMessage.visit_id == world.visit_id)).all()) == 0


def test_the_database_itself_refuses_an_overlap(db, world):
    """Even a write that skips the service's check cannot double-book a technician."""
    from sqlalchemy.exc import IntegrityError

    day = next_weekday(9)
    booking.book_visit(db, BookingRequest(world.customer_id, world.site_id, choice(world.technician_ids[0], day, 9)))
    with pytest.raises(IntegrityError), db.write() as session:
        visit = session.get(Visit, world.visit_id)
        visit.technician_id = world.technician_ids[0]
        visit.planned_start, visit.planned_end = at(day, 10), at(day, 11)
        visit.status = VisitStatus.BOOKED
        session.flush()


def test_email_arrives_with_its_invitation_and_reschedule_raises_the_sequence(db, world, smtp_server):
    day = next_weekday(10)
    result = booking.book_visit(
        db, BookingRequest(world.customer_id, world.site_id, choice(world.technician_ids[0], day, 14), visit_id=world.visit_id)
    )
    report = outbox.send_pending(db)
    assert report.sent == 1  # the confirmation; reminders are not due yet (and SMS is off-line here)
    first = parse(smtp_server.inbox.messages[0])
    assert first["To"] == "dupont@exemple.fr" and "Rendez-vous confirmé" in first["Subject"]
    invite = next(p for p in first.walk() if p.get_content_type() == "text/calendar")
    assert invite.get_param("method") == "REQUEST"
    ics = invite.get_payload(decode=True).decode()
    assert "METHOD:REQUEST" in ics and "SEQUENCE:0" in ics
    uid = next(line for line in ics.splitlines() if line.startswith("UID:"))

    later = next_weekday(12)
    booking.reschedule_visit(db, world.visit_id, result.version, choice(world.technician_ids[0], later, 9))
    assert outbox.send_pending(db).sent == 1
    second = parse(smtp_server.inbox.messages[1])
    ics2 = next(p for p in second.walk() if p.get_content_type() == "text/calendar").get_payload(decode=True).decode()
    assert uid in ics2 and "SEQUENCE:1" in ics2 and "déplacé" in second["Subject"]
    with db.read() as session:
        old_reminders = session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "reminder", OutboxMessage.status == OutboxStatus.CANCELLED)
        ).all()
    assert len(old_reminders) == 1


def test_messages_wait_while_the_server_is_down_then_go_exactly_once(db, world, smtp_server):
    smtp_server.stop()
    day = next_weekday(10)
    booking.book_visit(
        db, BookingRequest(world.customer_id, world.site_id, choice(world.technician_ids[0], day, 14), visit_id=world.visit_id)
    )
    down = outbox.send_pending(db)
    assert (down.sent, down.retrying) == (0, 1)
    with db.read() as session:
        [message] = session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "confirmation")).all()
        assert message.status is OutboxStatus.PENDING and message.attempts == 1 and message.last_error

    smtp_server.start()
    from planner.domain.timeutil import now_utc

    assert outbox.send_pending(db, now=now_utc()).sent == 0  # not before its next attempt
    assert outbox.send_pending(db, now=now_utc() + timedelta(minutes=2)).sent == 1
    assert outbox.send_pending(db, now=now_utc() + timedelta(minutes=10)).sent == 0
    assert len(smtp_server.inbox.messages) == 1


def test_a_send_interrupted_by_a_crash_is_never_sent_twice(db, world, smtp_server):
    from planner.domain.timeutil import now_utc

    day = next_weekday(10)
    booking.book_visit(
        db, BookingRequest(world.customer_id, world.site_id, choice(world.technician_ids[0], day, 14), visit_id=world.visit_id)
    )
    with db.write() as session:  # what a crash right after the hand-over leaves behind
        message = session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "confirmation")).one()
        message.status = OutboxStatus.SENDING
        message.claimed_by = "BUREAU-1:1234:cafe0001"
        message.locked_until = now_utc() - outbox.GRACE - timedelta(minutes=1)
    report = outbox.send_pending(db)
    assert report.interrupted == 1 and report.sent == 0
    assert smtp_server.inbox.messages == []
    with db.read() as session:
        message = session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "confirmation")).one()
        assert message.status is OutboxStatus.FAILED and "peut-être" in message.last_error


def test_cancelling_a_contract_visit_puts_it_back_to_plan_and_tells_the_customer(db, world, smtp_server):
    day = next_weekday(10)
    result = booking.book_visit(
        db, BookingRequest(world.customer_id, world.site_id, choice(world.technician_ids[0], day, 14), visit_id=world.visit_id)
    )
    with pytest.raises(Exception, match="Motif"):
        booking.cancel_visit(db, world.visit_id, result.version, "  ")
    booking.cancel_visit(db, world.visit_id, result.version, "Client absent cette semaine")
    with db.read() as session:
        visit = session.get(Visit, world.visit_id)
        assert visit.status is VisitStatus.TO_PLAN and visit.technician_id is None
    outbox.send_pending(db)
    kinds = [parse(m)["Subject"] for m in smtp_server.inbox.messages]
    assert any("annulé" in k for k in kinds)
    cancel = parse(smtp_server.inbox.messages[-1])
    ics = next(p for p in cancel.walk() if p.get_content_type() == "text/calendar").get_payload(decode=True).decode()
    assert "METHOD:CANCEL" in ics and "SEQUENCE:1" in ics


def test_text_message_reminder_goes_through_the_gateway(db, world, memory_keyring):
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    from planner.domain.timeutil import now_utc
    from planner.services.outbox import load_outbox_settings, save_outbox_settings

    received: list[tuple[dict, str]] = []

    class Gateway(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's API
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            received.append((body, self.headers["Authorization"]))
            self.send_response(201)
            self.end_headers()
            self.wfile.write(b'{"status": "queued"}')

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Gateway)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        from dataclasses import replace

        settings = replace(load_outbox_settings(db), sms_url=f"http://127.0.0.1:{server.server_port}/sms", sms_sender="ElecAnnecy")
        save_outbox_settings(db, settings, sms_token="jeton-secret")
        day = next_weekday(10)
        booking.book_visit(
            db, BookingRequest(world.customer_id, world.site_id, choice(world.technician_ids[0], day, 14), visit_id=world.visit_id)
        )
        later = at(day - timedelta(days=2), 10) + timedelta(minutes=1)
        report = outbox.send_pending(db, now=max(later, now_utc()))
        assert report.sent == 3  # confirmation, e-mail reminder and text message were all due
        [(body, auth)] = received
        assert body["to"] == "+33612345678" and body["sender"] == "ElecAnnecy"
        assert "rappel de votre RDV" in body["text"] and auth == "Bearer jeton-secret"
    finally:
        server.shutdown()
        server.server_close()


def _ics(message) -> str:
    return next(p for p in message.walk() if p.get_content_type() == "text/calendar").get_payload(decode=True).decode()


def _uid(ics: str) -> str:
    return next(line for line in ics.splitlines() if line.startswith("UID:"))


def test_cancelling_a_contract_withdraws_its_reminders_and_tells_the_customer(db, world, smtp_server):
    from dataclasses import replace

    from planner.domain.enums import ContractStatus
    from planner.domain.timeutil import now_utc
    from planner.services import contracts

    day = next_weekday(10)
    booking.book_visit(
        db, BookingRequest(world.customer_id, world.site_id, choice(world.technician_ids[0], day, 14), visit_id=world.visit_id)
    )
    assert outbox.send_pending(db).sent == 1
    confirmation_uid = _uid(_ics(parse(smtp_server.inbox.messages[0])))

    detail = contracts.get_contract(db, world.contract_id)
    contracts.update_contract(db, world.contract_id, detail.version, replace(detail.data, status=ContractStatus.CANCELLED))

    with db.read() as session:
        visit = session.get(Visit, world.visit_id)
        assert visit.status is VisitStatus.CANCELLED and visit.calendar_sequence == 1
        left = {m.kind: m.status for m in session.scalars(select(OutboxMessage).where(OutboxMessage.visit_id == visit.id))}
    assert left["reminder"] is OutboxStatus.CANCELLED and left["sms_reminder"] is OutboxStatus.CANCELLED
    assert left["cancellation"] is OutboxStatus.PENDING

    # Long after the reminder's day: only the cancellation ever goes out.
    report = outbox.send_pending(db, now=max(now_utc(), at(day - timedelta(days=1), 12)))
    assert report.sent == 1
    subjects = [parse(m)["Subject"] for m in smtp_server.inbox.messages]
    assert len(subjects) == 2 and "annulé" in subjects[1]
    assert not any("Rappel" in s or "rappel" in s for s in subjects)
    ics = _ics(parse(smtp_server.inbox.messages[1]))
    assert "METHOD:CANCEL" in ics and "SEQUENCE:1" in ics and _uid(ics) == confirmation_uid
    assert "résilié" in parse(smtp_server.inbox.messages[1]).get_body(("plain",)).get_content()


def test_a_smaller_tier_cancels_the_bookings_beyond_it_through_the_same_path(db, world, smtp_server):
    from planner.services import contracts, customers

    first, second = sorted(
        customers.get_customer(db, world.customer_id).visits,
        key=lambda v: v.due_from,
    )
    booking.book_visit(
        db, BookingRequest(world.customer_id, world.site_id, choice(world.technician_ids[0], next_weekday(10), 14), visit_id=first.id)
    )
    late_day = max(second.due_from, next_weekday(20))
    while late_day.weekday() >= 5:
        late_day += timedelta(days=1)
    booking.book_visit(
        db, BookingRequest(world.customer_id, world.site_id, choice(world.technician_ids[1], late_day, 10), visit_id=second.id)
    )
    bronze = next(t for t in contracts.list_tiers(db) if t.name == "Bronze")
    contracts.change_tier(db, world.contract_id, contracts.get_contract(db, world.contract_id).version, bronze.id)

    with db.read() as session:
        kept, dropped = session.get(Visit, first.id), session.get(Visit, second.id)
        assert kept.status is VisitStatus.BOOKED and dropped.status is VisitStatus.CANCELLED
        assert dropped.calendar_sequence == 1 and "Bronze" in dropped.cancel_reason
        statuses = {
            m.kind: m.status for m in session.scalars(select(OutboxMessage).where(OutboxMessage.visit_id == dropped.id))
        }
        assert session.scalars(select(Visit).where(Visit.contract_id == world.contract_id, Visit.status == VisitStatus.TO_PLAN)).all() == []
    assert statuses["reminder"] is OutboxStatus.CANCELLED and statuses["cancellation"] is OutboxStatus.PENDING
    outbox.send_pending(db)
    cancel = [parse(m) for m in smtp_server.inbox.messages if "annulé" in parse(m)["Subject"]]
    assert len(cancel) == 1 and "METHOD:CANCEL" in _ics(cancel[0])
