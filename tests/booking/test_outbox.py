"""The outbox sender: several senders on one queue, crashes, and retries by a person."""

from __future__ import annotations

import asyncio
import email
import email.policy
import multiprocessing
import threading
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from planner.db.models import OutboxMessage
from planner.domain.enums import OutboxChannel, OutboxStatus
from planner.domain.timeutil import now_utc
from planner.services import alerts, outbox
from planner.services.messages import queue_message
from tests.booking.conftest import Inbox, configure_outbox, free_port
from tests.booking.outbox_worker import send_when_ready


class SlowInbox(Inbox):
    """A server that takes its time over each message, as a busy provider does."""

    def __init__(self, delay_s: float) -> None:
        super().__init__()
        self.delay_s = delay_s
        self.active = 0
        self.overlapped = False

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
        self.active += 1
        self.overlapped |= self.active > 1
        await asyncio.sleep(self.delay_s)
        self.active -= 1
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def slow_server():
    inbox = SlowInbox(2.5)
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


def queue(db, count: int) -> None:
    with db.write() as session:
        for n in range(count):
            queue_message(
                session, idempotency_key=f"test:{n}", channel=OutboxChannel.EMAIL, kind="confirmation",
                recipient=f"client{n}@exemple.fr", subject=f"Message {n}", body_text=f"Bonjour {n}\n",
                body_html="", attachments=[], not_before=now_utc() - timedelta(minutes=1),
            )


def keys(inbox: Inbox) -> list[str]:
    return sorted(email.message_from_bytes(m, policy=email.policy.default)["X-Planner-Key"] for m in inbox.messages)


def statuses(db) -> dict[str, OutboxStatus]:
    with db.read() as session:
        return {m.idempotency_key: m.status for m in session.scalars(select(OutboxMessage))}


def test_two_senders_on_one_queue_deliver_each_message_exactly_once(db, slow_server):
    """Each hand-over takes longer than a claim's lease and its grace: only the heartbeat keeps
    the other sender from taking the message for interrupted."""
    controller, inbox = slow_server
    configure_outbox(db, controller.port, sms=False)
    queue(db, 6)
    url = db.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    # The second starts while the first is in the middle of a hand-over, its lease long run out
    # but for the heartbeat.
    processes = [
        context.Process(target=send_when_ready, args=(url, barrier, results, 1.0, 0.5, start_after))
        for start_after in (0.0, 2.0)
    ]
    for process in processes:
        process.start()
    reports = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(timeout=30)
    assert all(r[0] == "done" and r[3] == [] for r in reports), reports
    assert sorted(r[1] for r in reports) != [0, 6], "both senders should have shared the queue"
    assert sum(r[1] for r in reports) == 6 and all(r[2] == 0 for r in reports)
    assert inbox.overlapped
    assert keys(inbox) == [f"test:{n}" for n in range(6)]
    assert set(statuses(db).values()) == {OutboxStatus.SENT}


def test_one_process_never_runs_two_senders_at_once(db, slow_server):
    controller, inbox = slow_server
    inbox.delay_s = 0.5
    configure_outbox(db, controller.port, sms=False)
    queue(db, 3)
    reports: list[outbox.SendReport] = []
    first = threading.Thread(target=lambda: reports.append(outbox.send_pending(db)))
    first.start()
    try:
        deadline = now_utc() + timedelta(seconds=10)
        while OutboxStatus.SENDING not in statuses(db).values() and now_utc() < deadline:
            threading.Event().wait(0.05)
        second = outbox.send_pending(db)
    finally:
        first.join(timeout=30)
    assert second.already_running and second.sent == 0 and second.interrupted == 0
    assert "déjà en cours" in second.describe()
    assert reports[0].sent == 3 and keys(inbox) == ["test:0", "test:1", "test:2"]


def _crashed_claim(db, key: str, lease_ended_ago: timedelta) -> None:
    with db.write() as session:
        message = session.scalars(select(OutboxMessage).where(OutboxMessage.idempotency_key == key)).one()
        message.status = OutboxStatus.SENDING
        message.attempts = 1
        message.claim_token = "a" * 32
        message.claimed_by = "BUREAU-2:4242:deadbeef"
        message.locked_until = now_utc() - lease_ended_ago


def test_a_crashed_claim_is_flagged_for_checking_and_never_resent(db, smtp_server):
    configure_outbox(db, smtp_server.port, sms=False)
    queue(db, 2)
    _crashed_claim(db, "test:0", timedelta(minutes=11))  # its sender stopped beating long ago
    _crashed_claim(db, "test:1", timedelta(seconds=30))  # maybe a slow sender that lost a beat
    report = outbox.send_pending(db)
    assert (report.interrupted, report.sent) == (1, 0)
    assert smtp_server.inbox.messages == []
    with db.read() as session:
        crashed, recent = (
            session.scalars(select(OutboxMessage).where(OutboxMessage.idempotency_key == k)).one() for k in ("test:0", "test:1")
        )
        assert crashed.status is OutboxStatus.FAILED and "peut-être parti" in crashed.last_error
        assert "BUREAU-2" in crashed.last_error
        assert recent.status is OutboxStatus.SENDING  # left to its sender
    # Nothing goes out by itself, however often the sender runs.
    assert outbox.send_pending(db, now=now_utc() + timedelta(hours=3)).sent == 0
    assert smtp_server.inbox.messages == []


def test_a_late_hand_over_after_a_retry_is_not_sent_twice(db, smtp_server):
    """The sender finished after the message was flagged and put back in the queue: it is
    recorded as sent, and the next run does not send it again."""
    from planner.services.outbox import _record

    configure_outbox(db, smtp_server.port, sms=False)
    queue(db, 1)
    _crashed_claim(db, "test:0", timedelta(minutes=11))
    assert outbox.flag_interrupted(db) == 1
    with db.read() as session:
        message_id = session.scalars(select(OutboxMessage.id)).one()
    outbox.retry_message(db, message_id)
    _record(db, message_id, "a" * 32, "", now_utc())  # the original sender reports its success
    assert statuses(db) == {"test:0": OutboxStatus.SENT}
    assert outbox.send_pending(db).sent == 0 and smtp_server.inbox.messages == []


@pytest.mark.parametrize("retry", [outbox.retry_message, alerts.retry_message])
def test_a_retry_gives_a_failed_message_a_full_set_of_attempts(db, smtp_server, retry):
    configure_outbox(db, smtp_server.port, sms=False)
    queue(db, 1)
    with db.write() as session:
        message = session.scalars(select(OutboxMessage)).one()
        message.status = OutboxStatus.FAILED
        message.attempts = outbox.MAX_ATTEMPTS
        message.last_error = "refusé"
        message_id = message.id
    retry(db, message_id)
    with db.read() as session:
        message = session.get(OutboxMessage, message_id)
        assert (message.status, message.attempts, message.next_attempt_at) == (OutboxStatus.PENDING, 0, None)
    smtp_server.stop()
    report = outbox.send_pending(db)
    assert report.retrying == 1 and report.failed == 0  # one failure is not the last attempt any more
    smtp_server.start()
    assert outbox.send_pending(db, now=now_utc() + timedelta(minutes=2)).sent == 1
