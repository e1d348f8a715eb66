"""E-mail through an SMTP server that wants encryption and a password: STARTTLS on 587, implicit
TLS on 465, AUTH LOGIN and PLAIN with the password Planner keeps in the system keyring.

The server's certificate is signed by a throw-away authority made for the test; Planner trusts
it only through the documented « outbox.smtp_cafile » setting, and refuses it without."""

from __future__ import annotations

import email
import email.policy
import ssl
from dataclasses import replace
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import select

from planner.db.models import OutboxMessage
from planner.domain.enums import OutboxChannel, OutboxStatus
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.timeutil import now_utc
from planner.services import outbox
from planner.services.messages import queue_message
from planner.services.outbox import KEYRING_SERVICE, OutboxSettings, save_outbox_settings, send_test_email
from tests.booking.conftest import Inbox, free_port
from tests.booking.tls import ThrowawayCertificates, make_certificates

USER = "planner@elec-annecy.fr"
PASSWORD = "Tr3s-secret!"


class Accounts:
    """The server's account check: records each attempt, accepts the one right password."""

    def __init__(self) -> None:
        self.attempts: list[tuple[str, str, str]] = []

    def __call__(self, server, session, envelope, mechanism, auth_data):  # noqa: ANN001 - aiosmtpd's API
        assert isinstance(auth_data, LoginPassword)
        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.attempts.append((mechanism, login, password))
        return AuthResult(success=login == USER and password == PASSWORD)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory) -> ThrowawayCertificates:
    return make_certificates(tmp_path_factory.mktemp("tls"))


def server_context(certificates: ThrowawayCertificates) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificates.cert_file, certificates.key_file)
    return context


@pytest.fixture
def secure_server(request, certificates):
    """(security, port, inbox, accounts) for a server of the kind asked (« starttls » or « ssl »)."""
    security, mechanisms = request.param
    inbox, accounts = Inbox(), Accounts()
    port = free_port()
    excluded = [m for m in ("LOGIN", "PLAIN") if m not in mechanisms]
    common = dict(hostname="127.0.0.1", port=port, authenticator=accounts, auth_exclude_mechanism=excluded)
    if security == "starttls":
        # No MAIL nor AUTH before the switch to TLS: a client that skipped it would fail.
        controller = Controller(
            inbox, tls_context=server_context(certificates), require_starttls=True, auth_require_tls=True, **common
        )
    else:
        # Encrypted from the first byte (aiosmtpd does not see that as « TLS started », hence
        # auth_require_tls off: the socket itself is TLS).
        controller = Controller(inbox, ssl_context=server_context(certificates), auth_require_tls=False, **common)
    controller.start()
    yield security, port, inbox, accounts
    controller.stop()


def settings_for(security: str, port: int, certificates: ThrowawayCertificates, **extra) -> OutboxSettings:
    return OutboxSettings(
        smtp_host="127.0.0.1", smtp_port=port, smtp_security=security, smtp_username=USER,
        from_address="contact@elec-annecy.fr", timeout_s=5, smtp_cafile=str(certificates.ca_file), **extra,
    )


def queue_one(db) -> None:
    with db.write() as session:
        queue_message(
            session, idempotency_key="secure:1", channel=OutboxChannel.EMAIL, kind="confirmation",
            recipient="dupont@exemple.fr", subject="Rendez-vous confirmé", body_text="Bonjour\n", body_html="",
            attachments=[], not_before=now_utc() - timedelta(minutes=1),
        )


def message(db) -> OutboxMessage:
    with db.read() as session:
        found = session.scalars(select(OutboxMessage)).one()
        session.expunge(found)
        return found


CASES = [("starttls", ("LOGIN",)), ("starttls", ("PLAIN",)), ("ssl", ("LOGIN",)), ("ssl", ("PLAIN",))]


@pytest.mark.parametrize("secure_server", CASES, indirect=True, ids=lambda c: f"{c[0]}-{c[1][0].lower()}")
def test_encrypted_and_authenticated_sending_with_the_keyring_password(db, secure_server, certificates, memory_keyring):
    security, port, inbox, accounts = secure_server
    save_outbox_settings(db, settings_for(security, port, certificates), password=PASSWORD)
    # The password is in the keyring only, never in the database.
    assert memory_keyring.secrets[(KEYRING_SERVICE, f"smtp:{USER}@127.0.0.1")] == PASSWORD
    with db.read() as session:
        from planner.db.models import Setting

        assert not any(PASSWORD in str(s.value) for s in session.scalars(select(Setting)))

    queue_one(db)
    report = outbox.send_pending(db)
    assert (report.sent, report.errors) == (1, []), report.errors
    [received] = inbox.messages
    assert email.message_from_bytes(received, policy=email.policy.default)["Subject"] == "Rendez-vous confirmé"
    mechanism = accounts.attempts[-1][0]
    assert accounts.attempts[-1] == (mechanism, USER, PASSWORD) and mechanism in ("LOGIN", "PLAIN")

    send_test_email(db, "bureau@elec-annecy.fr")  # the settings screen's check, same path
    assert len(inbox.messages) == 2


@pytest.mark.parametrize("secure_server", [("starttls", ("LOGIN", "PLAIN"))], indirect=True, ids=["starttls"])
def test_a_wrong_keyring_password_is_refused_and_the_message_waits(db, secure_server, certificates, memory_keyring):
    security, port, inbox, accounts = secure_server
    save_outbox_settings(db, settings_for(security, port, certificates), password="pas le bon")
    queue_one(db)
    report = outbox.send_pending(db)
    assert (report.sent, report.retrying) == (0, 1) and inbox.messages == []
    assert accounts.attempts and accounts.attempts[-1][2] == "pas le bon"
    assert message(db).status is OutboxStatus.PENDING and "refus" in message(db).last_error

    save_outbox_settings(db, settings_for(security, port, certificates), password=PASSWORD)  # corrected
    assert outbox.send_pending(db, now=now_utc() + timedelta(minutes=2)).sent == 1
    assert len(inbox.messages) == 1


@pytest.mark.parametrize(
    "secure_server", [("starttls", ("LOGIN", "PLAIN")), ("ssl", ("LOGIN", "PLAIN"))], indirect=True, ids=["starttls", "ssl"]
)
def test_an_untrusted_certificate_is_refused_without_the_authority_setting(db, secure_server, certificates, memory_keyring):
    security, port, inbox, accounts = secure_server
    save_outbox_settings(db, replace(settings_for(security, port, certificates), smtp_cafile=""), password=PASSWORD)
    queue_one(db)
    report = outbox.send_pending(db)
    assert report.sent == 0 and "CERTIFICATE_VERIFY_FAILED" in report.errors[0]
    assert inbox.messages == [] and accounts.attempts == []  # the password never left
    with pytest.raises(PlannerError, match="n'est pas parti"):
        send_test_email(db, "bureau@elec-annecy.fr")


def test_the_server_name_is_checked_too(db, tmp_path, memory_keyring):
    """A certificate from the trusted authority but for another server's name is refused."""
    other = make_certificates(tmp_path / "other", names=("mail.exemple.fr",))
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), tls_context=server_context(other),
                            require_starttls=True)
    controller.start()
    try:
        save_outbox_settings(db, settings_for("starttls", controller.port, other), password=PASSWORD)
        with pytest.raises(PlannerError, match="n'est pas parti") as refused:
            send_test_email(db, "bureau@elec-annecy.fr")
        assert "IP address mismatch" in str(refused.value) or "mismatch" in str(refused.value)
    finally:
        controller.stop()
    assert inbox.messages == []


def test_a_missing_or_unreadable_authority_file_is_refused_by_name(db, tmp_path):
    bad = tmp_path / "pas-un-certificat.pem"
    bad.write_text("bonjour")
    for path in (str(bad), str(tmp_path / "absent.pem")):
        with pytest.raises(ValidationError) as refused:
            save_outbox_settings(db, OutboxSettings(smtp_host="smtp.exemple.fr", from_address="a@exemple.fr", smtp_cafile=path))
        assert "Certificat du serveur" in refused.value.errors
    with pytest.raises(ValidationError) as refused:
        save_outbox_settings(db, OutboxSettings(smtp_host="smtp.exemple.fr", from_address="a@exemple.fr", timeout_s=600))
    assert "Délai d'attente SMTP" in refused.value.errors
