"""The background sender in the main window: one run at a time, whatever starts it."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta

import keyring
import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from planner.db.models import OutboxMessage
from planner.domain.enums import OutboxChannel, OutboxStatus
from planner.domain.timeutil import now_utc
from planner.services.messages import queue_message
from tests.booking.conftest import MemoryKeyring, configure_outbox, free_port
from tests.booking.test_outbox import SlowInbox
from tests.ui.conftest import wait_idle


@pytest.fixture
def slow_smtp():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    inbox = SlowInbox(0.4)
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()
    keyring.set_keyring(previous)


def test_the_timer_never_starts_a_second_run_while_one_is_sending(qtbot, window, ctx, slow_smtp):
    controller, inbox = slow_smtp
    database = ctx.database
    configure_outbox(database, controller.port, sms=False)
    with database.write() as session:
        session.execute(update(OutboxMessage).values(status=OutboxStatus.CANCELLED))  # only ours are due
        for n in range(4):
            queue_message(
                session, idempotency_key=f"ui:{n}", channel=OutboxChannel.EMAIL, kind="confirmation",
                recipient=f"client{n}@exemple.fr", subject=f"Message {n}", body_text="Bonjour\n",
                body_html="", attachments=[], not_before=now_utc() - timedelta(minutes=1),
            )
    window.send_outbox()
    qtbot.waitUntil(lambda: inbox.active == 1 or len(inbox.messages) > 0, timeout=10_000)
    for _ in range(3):  # the timer fires again while the first run is still sending
        window.send_outbox()
        window.send_timer.timeout.emit()
    assert sum(1 for op in ctx._pending if op._key == "outbox-send") == 1
    dialog = window.open_outbox()
    dialog.send_now()
    assert "déjà en cours" in dialog.report.text()
    qtbot.waitUntil(lambda: not ctx.running("outbox-send"), timeout=30_000)
    wait_idle(qtbot, ctx)
    dialog.close()
    delivered = sorted(email.message_from_bytes(m, policy=email.policy.default)["X-Planner-Key"] for m in inbox.messages)
    assert delivered == ["ui:0", "ui:1", "ui:2", "ui:3"]
    assert not inbox.overlapped
    with database.read() as session:
        sent = session.scalars(select(OutboxMessage.status).where(OutboxMessage.idempotency_key.like("ui:%"))).all()
    assert set(sent) == {OutboxStatus.SENT}
