"""Sending the outbox: e-mail through the company's SMTP server, text messages through an HTTP
SMS gateway, in the background, with retries.

* A message is taken (status « sending », with a lease) in one transaction, sent, then marked
  « sent » in another.  Messages not yet due, or waiting for their next attempt, stay put.
* A failure (server down, refused, timeout) leaves the message pending for a later attempt
  (1, 5, 15, 60 minutes, then hourly), up to :data:`MAX_ATTEMPTS`; then it is « failed » and
  shown to the office.
* A message found « sending » with an expired lease was interrupted mid-way (crash, power cut):
  it may or may not have left.  It is never re-sent automatically — that could send it twice —
  but marked failed with an explanation, so a person checks and re-sends it with one click.
* Passwords are kept in the operating system's keyring, never in the database.
"""

from __future__ import annotations

import base64
import contextlib
import json
import smtplib
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from typing import Protocol

import keyring
import keyring.errors
from sqlalchemy import func, or_, select

from planner.db.database import Database
from planner.db.models import OutboxMessage
from planner.domain.enums import OutboxChannel, OutboxStatus
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.progress import Progress
from planner.domain.timeutil import now_utc
from planner.services import validation as v
from planner.services.common import audit, get_setting, put_setting

KEYRING_SERVICE = "Planner"
MAX_ATTEMPTS = 8
BACKOFF_MINUTES = (1, 5, 15, 60)
LEASE = timedelta(minutes=5)
BATCH = 50
SECURITIES = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class OutboxSettings:
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_username: str = ""
    from_address: str = ""
    from_name: str = ""
    reply_to: str = ""
    timeout_s: float = 20.0
    #: An HTTP gateway receiving ``{"to", "text", "sender"}`` as JSON with a bearer token.
    sms_url: str = ""
    sms_sender: str = ""

    @property
    def email_configured(self) -> bool:
        return bool(self.smtp_host and self.from_address)


def load_outbox_settings(db: Database) -> OutboxSettings:
    defaults = OutboxSettings()
    values = {}
    with db.read() as session:
        for f in fields(OutboxSettings):
            default = getattr(defaults, f.name)
            raw = get_setting(session, f"outbox.{f.name}", default)
            try:
                values[f.name] = type(default)(raw)
            except (TypeError, ValueError):
                values[f.name] = default
    return OutboxSettings(**values)


def validate_outbox_settings(settings: OutboxSettings) -> OutboxSettings:
    errors: dict[str, str] = {}
    if settings.smtp_security not in SECURITIES:
        errors["Sécurité"] = "STARTTLS, SSL ou aucune."
    if not 1 <= settings.smtp_port <= 65535:
        errors["Port"] = "entre 1 et 65535."
    if settings.smtp_host and not settings.from_address:
        errors["Adresse d'expédition"] = "obligatoire pour envoyer des e-mails."
    for label, value in (("Adresse d'expédition", settings.from_address), ("Répondre à", settings.reply_to)):
        if value:
            try:
                v.email(value, label)
            except ValidationError as exc:
                errors.update(exc.errors)
    if settings.sms_url and not settings.sms_url.startswith(("http://", "https://")):
        errors["Passerelle SMS"] = "une adresse http:// ou https://."
    if errors:
        raise ValidationError(errors)
    return settings


def save_outbox_settings(
    db: Database, settings: OutboxSettings, *, password: str | None = None, sms_token: str | None = None
) -> None:
    """Store the settings (and, when given, the secrets in the keyring)."""
    validate_outbox_settings(settings)
    if password is not None:
        set_secret(_smtp_secret_name(settings), password)
    if sms_token is not None:
        set_secret("sms-token", sms_token)
    with db.write() as session:
        for f in fields(OutboxSettings):
            put_setting(session, f"outbox.{f.name}", getattr(settings, f.name))


def _smtp_secret_name(settings: OutboxSettings) -> str:
    return f"smtp:{settings.smtp_username}@{settings.smtp_host}"


def set_secret(name: str, value: str) -> None:
    try:
        if value:
            keyring.set_password(KEYRING_SERVICE, name, value)
        else:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise PlannerError(
            "Le trousseau du système (où Planner range les mots de passe) est inaccessible : "
            f"{exc}. Le mot de passe n'a pas été enregistré."
        ) from exc


def get_secret(name: str) -> str:
    try:
        return keyring.get_password(KEYRING_SERVICE, name) or ""
    except keyring.errors.KeyringError:
        return ""


# -- transports ---------------------------------------------------------------------------------


class TransportError(Exception):
    """The message could not be handed over; it will be tried again."""


class Transport(Protocol):
    def send(self, message: OutboxMessage) -> None: ...

    def close(self) -> None: ...


def build_email(message: OutboxMessage, settings: OutboxSettings) -> EmailMessage:
    email = EmailMessage()
    email["From"] = formataddr((settings.from_name, settings.from_address)) if settings.from_name else settings.from_address
    email["To"] = message.recipient
    if settings.reply_to:
        email["Reply-To"] = settings.reply_to
    email["Subject"] = message.subject
    email["Date"] = format_datetime(now_utc())
    # Stable: a copy that left twice despite everything is recognised as the same message.
    email["Message-ID"] = make_msgid(idstring=message.idempotency_key.replace(":", "."), domain="planner.local")
    email["X-Planner-Key"] = message.idempotency_key
    email.set_content(message.body_text)
    if message.body_html:
        email.add_alternative(message.body_html, subtype="html")
    for attachment in message.attachments or []:
        maintype, _, subtype = attachment.get("content_type", "text/plain").partition("/")
        if attachment.get("base64"):  # a binary file (a PDF report)
            email.add_attachment(
                base64.b64decode(attachment["base64"]),
                maintype=maintype or "application",
                subtype=subtype or "octet-stream",
                filename=attachment.get("filename", "piece-jointe"),
            )
            continue
        params = {"method": attachment["method"]} if attachment.get("method") else {}
        email.add_attachment(
            attachment["text"],
            subtype=subtype or "plain",
            filename=attachment.get("filename", "piece-jointe.txt"),
            params=params,
        )
    return email


class SmtpTransport:
    def __init__(self, settings: OutboxSettings, password: str) -> None:
        self.settings = settings
        self.password = password
        self._client: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        context = ssl.create_default_context()
        try:
            if s.smtp_security == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(s.smtp_host, s.smtp_port, timeout=s.timeout_s, context=context)
            else:
                client = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.timeout_s)
                if s.smtp_security == "starttls":
                    client.starttls(context=context)
            if s.smtp_username:
                client.login(s.smtp_username, self.password)
        except (OSError, smtplib.SMTPException) as exc:
            raise TransportError(f"serveur {s.smtp_host}:{s.smtp_port} injoignable ou refus ({exc})") from exc
        return client

    def send(self, message: OutboxMessage) -> None:
        if self._client is None:
            self._client = self._connect()
        try:
            self._client.send_message(build_email(message, self.settings))
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise TransportError(f"envoi refusé ({exc})") from exc

    def close(self) -> None:
        if self._client is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                self._client.quit()
            self._client = None


class SmsTransport:
    def __init__(self, settings: OutboxSettings, token: str) -> None:
        self.settings = settings
        self.token = token

    def send(self, message: OutboxMessage) -> None:
        body = json.dumps({"to": message.recipient, "text": message.body_text, "sender": self.settings.sms_sender}).encode()
        request = urllib.request.Request(
            self.settings.sms_url,
            data=body,
            headers={
                "Content-Type": "application/json",
                "Authorization": f"Bearer {self.token}",
                "Idempotency-Key": message.idempotency_key,
            },
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.settings.timeout_s) as response:
                if response.status >= 300:
                    raise TransportError(f"passerelle SMS : HTTP {response.status}")
        except urllib.error.HTTPError as exc:
            raise TransportError(f"passerelle SMS : HTTP {exc.code}") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise TransportError(f"passerelle SMS injoignable ({exc})") from exc

    def close(self) -> None:
        return None


# -- the sender -----------------------------------------------------------------------------------


@dataclass
class SendReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    interrupted: int = 0
    errors: list[str] = field(default_factory=list)

    def describe(self) -> str:
        parts = [f"{self.sent} message(s) envoyé(s)"]
        if self.retrying:
            parts.append(f"{self.retrying} en attente d'un nouvel essai")
        if self.failed:
            parts.append(f"{self.failed} en échec")
        if self.interrupted:
            parts.append(f"{self.interrupted} interrompu(s) à vérifier")
        return ", ".join(parts) + "."


@dataclass(frozen=True)
class OutboxCounts:
    pending: int
    failed: int


def outbox_counts(db: Database) -> OutboxCounts:
    with db.read() as session:
        rows = dict(
            session.execute(
                select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
            ).all()
        )
    return OutboxCounts(int(rows.get(OutboxStatus.PENDING, 0)), int(rows.get(OutboxStatus.FAILED, 0)))


def _backoff(attempts: int) -> timedelta:
    return timedelta(minutes=BACKOFF_MINUTES[min(attempts, len(BACKOFF_MINUTES)) - 1])


def _claim(db: Database, now: datetime, channels: set[OutboxChannel]) -> tuple[list[int], int]:
    """Take the due messages (and fail those interrupted mid-send); returns (ids, interrupted)."""
    with db.write() as session:
        interrupted = 0
        for message in session.scalars(
            select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.locked_until < now)
        ):
            message.status = OutboxStatus.FAILED
            message.last_error = (
                "Envoi interrompu (arrêt de Planner pendant l'envoi) : le message est peut-être "
                "parti. Vérifiez auprès du client avant de le renvoyer."
            )
            interrupted += 1
        statement = (
            select(OutboxMessage)
            .where(
                OutboxMessage.status == OutboxStatus.PENDING,
                OutboxMessage.not_before <= now,
                or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now),
                OutboxMessage.channel.in_(channels),
            )
            .order_by(OutboxMessage.not_before, OutboxMessage.id)
            .limit(BATCH)
        )
        if db.dialect == "postgresql":
            statement = statement.with_for_update(skip_locked=True)
        ids = []
        for message in session.scalars(statement):
            message.status = OutboxStatus.SENDING
            message.locked_until = now + LEASE
            message.attempts += 1
            ids.append(message.id)
        return ids, interrupted


def send_pending(
    db: Database,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
    transports: dict[OutboxChannel, Transport] | None = None,
) -> SendReport:
    """Send every due message once; what fails waits for its next attempt."""
    progress = progress or Progress()
    now = now or now_utc()
    report = SendReport()
    if transports is None:
        transports = configured_transports(db)
    if not transports:
        return report
    ids, report.interrupted = _claim(db, now, set(transports))
    try:
        for position, message_id in enumerate(ids, start=1):
            with db.read() as session:
                message = session.get(OutboxMessage, message_id)
                assert message is not None
                session.expunge(message)
            error = ""
            try:
                transports[message.channel].send(message)
            except TransportError as exc:
                error = str(exc)
            _record(db, message_id, error, now)
            if error:
                report.errors.append(f"{message.recipient} : {error}")
                if message.attempts >= MAX_ATTEMPTS:
                    report.failed += 1
                else:
                    report.retrying += 1
            else:
                report.sent += 1
            progress.report(position / len(ids), f"Envoi des messages : {position} / {len(ids)}")
            if progress.cancelled:
                _release(db, ids[position:])
                break
    finally:
        for transport in transports.values():
            transport.close()
    return report


def _record(db: Database, message_id: int, error: str, now: datetime) -> None:
    with db.write() as session:
        message = session.get(OutboxMessage, message_id)
        assert message is not None
        message.locked_until = None
        if not error:
            message.status = OutboxStatus.SENT
            message.sent_at = now_utc()
            message.last_error = ""
        elif message.attempts >= MAX_ATTEMPTS:
            message.status = OutboxStatus.FAILED
            message.last_error = error
        else:
            message.status = OutboxStatus.PENDING
            message.next_attempt_at = now + _backoff(message.attempts)
            message.last_error = error


def _release(db: Database, ids: list[int]) -> None:
    with db.write() as session:
        for message in session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(ids))):
            message.status = OutboxStatus.PENDING
            message.locked_until = None
            message.attempts -= 1


def configured_transports(db: Database) -> dict[OutboxChannel, Transport]:
    settings = load_outbox_settings(db)
    transports: dict[OutboxChannel, Transport] = {}
    if settings.email_configured:
        transports[OutboxChannel.EMAIL] = SmtpTransport(settings, get_secret(_smtp_secret_name(settings)))
    if settings.sms_url:
        transports[OutboxChannel.SMS] = SmsTransport(settings, get_secret("sms-token"))
    return transports


def retry_message(db: Database, message_id: int) -> None:
    """A person decided to send a failed message again."""
    with db.write() as session:
        message = session.get(OutboxMessage, message_id)
        if message is None:
            return
        if message.status not in (OutboxStatus.FAILED, OutboxStatus.CANCELLED):
            raise PlannerError("Ce message n'est pas en échec : rien à renvoyer.")
        message.status = OutboxStatus.PENDING
        message.attempts = 0
        message.next_attempt_at = None
        message.not_before = min(message.not_before, now_utc())
        audit(session, "retry", "outbox_message", message_id, f"Renvoi demandé : {message.subject or message.kind}")


def send_test_email(db: Database, recipient: str) -> None:
    """Check the SMTP settings with a real message, now (not through the outbox)."""
    recipient = v.email(recipient, "Destinataire", required=True)
    settings = load_outbox_settings(db)
    if not settings.email_configured:
        raise PlannerError("Renseignez d'abord le serveur SMTP et l'adresse d'expédition.")
    message = OutboxMessage(
        idempotency_key=f"test:{now_utc().timestamp()}",
        channel=OutboxChannel.EMAIL,
        kind="test",
        recipient=recipient,
        subject="Planner : message d'essai",
        body_text="Ce message confirme que Planner peut envoyer des e-mails avec ces réglages.\n",
        body_html="",
        attachments=[],
    )
    transport = SmtpTransport(settings, get_secret(_smtp_secret_name(settings)))
    try:
        transport.send(message)
    except TransportError as exc:
        raise PlannerError(f"L'e-mail d'essai n'est pas parti : {exc}.") from exc
    finally:
        transport.close()


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    created_at: datetime
    channel: OutboxChannel
    kind: str
    recipient: str
    subject: str
    status: OutboxStatus
    attempts: int
    not_before: datetime
    sent_at: datetime | None
    last_error: str
    customer_id: int | None
    customer: str


KIND_LABELS = {
    "confirmation": "Confirmation",
    "reschedule": "Déplacement",
    "cancellation": "Annulation",
    "reminder": "Rappel e-mail",
    "sms_reminder": "Rappel SMS",
}


def list_outbox(db: Database, *, limit: int = 1000) -> list[OutboxRow]:
    """The latest messages, failed and waiting ones first."""
    from planner.db.models import Customer
    from planner.domain.text import customer_display_name

    with db.read() as session:
        rows = session.execute(
            select(OutboxMessage, Customer.company_name, Customer.last_name, Customer.first_name)
            .outerjoin(Customer, Customer.id == OutboxMessage.customer_id)
            .order_by(OutboxMessage.id.desc())
            .limit(limit)
        ).all()
        out = [
            OutboxRow(
                m.id, m.created_at, m.channel, KIND_LABELS.get(m.kind, m.kind), m.recipient, m.subject or m.body_text[:80],
                m.status, m.attempts, m.not_before, m.sent_at, m.last_error, m.customer_id,
                customer_display_name(company, last, first) if m.customer_id else "",
            )
            for m, company, last, first in rows
        ]
    order = {OutboxStatus.FAILED: 0, OutboxStatus.SENDING: 1, OutboxStatus.PENDING: 2}
    out.sort(key=lambda r: (order.get(r.status, 3), -r.id))
    return out
