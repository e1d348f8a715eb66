"""Sending the outbox: e-mail through the company's SMTP server, text messages through an HTTP
SMS gateway, in the background, with retries.

* A message is taken alone (status « sending », a claim token of its own, the sender's name and
  a lease) in one short transaction, sent, then marked « sent » in another, under the same token.
  While it is being handed over, the sender's heartbeat renews the lease, however slow the
  server.  Several PCs can send at once: each message is taken by exactly one of them.  In one
  process only one run sends at a time.  Messages not yet due, or waiting for their next
  attempt, stay put.
* A failure (server down, refused, timeout) leaves the message pending for a later attempt
  (1, 5, 15, 60 minutes, then hourly), up to :data:`MAX_ATTEMPTS`; then it is « failed » and
  shown to the office.
* A message found « sending » whose lease ran out long ago (:data:`GRACE`, far beyond the
  longest hand-over: its sender stopped beating — crash, power cut) was interrupted mid-way: it
  may or may not have left.  It is never re-sent automatically — that could send it twice — but
  marked failed with an explanation, so a person checks and re-sends it with one click.  Should
  the sender come back and report the message sent after all, it is recorded as sent.
* Passwords are kept in the operating system's keyring, never in the database.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import smtplib
import socket
import ssl
import threading
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from typing import Protocol

import keyring
import keyring.errors
from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session

from planner.db.database import Database
from planner.db.models import OutboxMessage
from planner.domain.enums import OutboxChannel, OutboxStatus
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.progress import Progress
from planner.domain.timeutil import now_utc
from planner.services import validation as v
from planner.services.common import audit, get_setting, lock_for_update, put_setting

KEYRING_SERVICE = "Planner"
MAX_ATTEMPTS = 8
BACKOFF_MINUTES = (1, 5, 15, 60)
#: How long a claim holds a message without news of its sender; the sender's heartbeat renews it
#: every quarter of that while it sends.
LEASE = timedelta(minutes=2)
#: A claim whose lease ran out this long ago is taken for abandoned (sender crashed): far beyond
#: the longest hand-over (each SMTP step is bounded by the timeout, at most :data:`MAX_TIMEOUT_S`).
GRACE = timedelta(minutes=10)
MAX_TIMEOUT_S = 60.0
#: Messages one run sends at most (the next run, a minute later, goes on).
MAX_PER_RUN = 500
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
    #: A PEM file of the certificate authority (or the self-signed certificate) that signed the
    #: SMTP server's certificate, for a company server not signed by a public authority.  Empty:
    #: the system's authorities.  The certificate and the server's name are always checked.
    smtp_cafile: str = ""
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
    if not 1 <= settings.timeout_s <= MAX_TIMEOUT_S:
        errors["Délai d'attente SMTP"] = f"entre 1 et {MAX_TIMEOUT_S:.0f} secondes."
    if settings.smtp_cafile:
        try:
            tls_context(settings)
        except (OSError, ssl.SSLError, ValueError):
            errors["Certificat du serveur"] = (
                f"« {settings.smtp_cafile} » n'est pas un fichier de certificat PEM lisible."
            )
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


def tls_context(settings: OutboxSettings) -> ssl.SSLContext:
    """Certificates and host names are always verified; ``smtp_cafile`` adds the authority of a
    company server whose certificate no public authority signed."""
    context = ssl.create_default_context()
    if settings.smtp_cafile:
        context.load_verify_locations(cafile=settings.smtp_cafile)
    return context


class SmtpTransport:
    def __init__(self, settings: OutboxSettings, password: str) -> None:
        self.settings = settings
        self.password = password
        self._client: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        context = tls_context(s)
        client: smtplib.SMTP | None = None
        try:
            if s.smtp_security == "ssl":
                client = smtplib.SMTP_SSL(s.smtp_host, s.smtp_port, timeout=s.timeout_s, context=context)
            else:
                client = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.timeout_s)
                if s.smtp_security == "starttls":
                    client.starttls(context=context)
            if s.smtp_username:
                client.login(s.smtp_username, self.password)
        except (OSError, smtplib.SMTPException) as exc:
            if client is not None:
                with contextlib.suppress(OSError, smtplib.SMTPException):
                    client.close()
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
    #: Another run of this Planner was already sending: this one did nothing.
    already_running: bool = False

    def describe(self) -> str:
        if self.already_running:
            return "Un envoi est déjà en cours sur ce poste : les messages partiront avec lui."
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


#: One run at a time in this process (the main window's timer, « Envoyer maintenant »…): a second
#: one returns at once.  Runs on other PCs are kept apart by the claims in the database.
_RUN_LOCK = threading.Lock()


def runner_name() -> str:
    """« poste:pid:run » — who holds a claim, shown when a message was interrupted."""
    return f"{socket.gethostname()[:80]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _due(now: datetime, channels: set[OutboxChannel]) -> Select[tuple[OutboxMessage]]:
    return (
        select(OutboxMessage)
        .where(
            OutboxMessage.status == OutboxStatus.PENDING,
            OutboxMessage.not_before <= now,
            or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now),
            OutboxMessage.channel.in_(channels),
        )
        .order_by(OutboxMessage.not_before, OutboxMessage.id)
    )


def flag_interrupted(db: Database, *, grace: timedelta = GRACE) -> int:
    """Messages whose sender is gone mid-send: « sending », and the lease its heartbeat kept
    renewing expired more than ``grace`` ago — far longer than one message can take, so the
    sender has crashed or lost the database.  They may have left: never re-sent automatically,
    marked failed for a person to check.  Returns how many."""
    limit = now_utc() - grace
    count = 0
    with db.write() as session:
        for message in session.scalars(
            select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.locked_until < limit)
        ):
            holder = (message.claimed_by or "").split(":")[0]
            message.status = OutboxStatus.FAILED
            message.locked_until = None
            message.last_error = (
                "Envoi interrompu (Planner arrêté pendant l'envoi"
                + (f" sur le poste {holder}" if holder else "")
                + ") : le message est peut-être parti. Vérifiez auprès du client avant de le renvoyer."
            )
            count += 1
    return count


def _claim_next(
    db: Database, now: datetime, channels: set[OutboxChannel], runner: str, lease: timedelta
) -> tuple[OutboxMessage, str] | None:
    """Take the next due message under a new claim, in its own short transaction."""
    statement = _due(now, channels).limit(1)
    if db.dialect == "postgresql":
        statement = statement.with_for_update(skip_locked=True)
    with db.write() as session:
        message = session.scalars(statement).first()
        if message is None:
            return None
        token = uuid.uuid4().hex
        message.status = OutboxStatus.SENDING
        message.claim_token = token
        message.claimed_by = runner[:120]
        message.locked_until = now_utc() + lease
        message.attempts += 1
        session.flush()
        session.expunge(message)
        return message, token


class _Heartbeat:
    """Renews the lease of the message being sent while the run is alive, so no other run ever
    takes it for interrupted, however slow the server."""

    def __init__(self, db: Database, lease: timedelta) -> None:
        self.db = db
        self.lease = lease
        self.token: str | None = None
        self._guard = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="outbox-heartbeat", daemon=True)
        self._thread.start()

    def hold(self, token: str | None) -> None:
        with self._guard:
            self.token = token

    def _run(self) -> None:
        interval = max(0.05, self.lease.total_seconds() / 4)
        while not self._stop.wait(interval):
            with self._guard:
                token = self.token
            if token is None:
                continue
            # A missed beat (database busy a moment) is caught up by the next one.
            with contextlib.suppress(Exception), self.db.write() as session:
                session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.claim_token == token, OutboxMessage.status == OutboxStatus.SENDING)
                    .values(locked_until=now_utc() + self.lease)
                    .execution_options(synchronize_session=False)
                )

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def send_pending(
    db: Database,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
    transports: dict[OutboxChannel, Transport] | None = None,
    lease: timedelta = LEASE,
    grace: timedelta = GRACE,
    limit: int = MAX_PER_RUN,
) -> SendReport:
    """Send the due messages, one claim at a time; what fails waits for its next attempt.

    Several PCs (or processes) may run this at once on the same database: each message is taken
    under its own claim and sent by exactly one of them.  In one process a second run returns at
    once (``already_running``)."""
    progress = progress or Progress()
    report = SendReport()
    if not _RUN_LOCK.acquire(blocking=False):
        report.already_running = True
        return report
    try:
        if transports is None:
            transports = configured_transports(db)
        if not transports:
            return report
        _send(db, progress, now, transports, lease, grace, limit, report)
    finally:
        _RUN_LOCK.release()
    return report


def _send(
    db: Database,
    progress: Progress,
    now: datetime | None,
    transports: dict[OutboxChannel, Transport],
    lease: timedelta,
    grace: timedelta,
    limit: int,
    report: SendReport,
) -> None:
    report.interrupted = flag_interrupted(db, grace=grace)
    runner = runner_name()
    channels = set(transports)
    with db.read() as session:
        due = session.scalar(select(func.count()).select_from(_due(now or now_utc(), channels).subquery())) or 0
    if not due:
        for transport in transports.values():
            transport.close()
        return
    heartbeat = _Heartbeat(db, lease)
    try:
        for position in range(1, limit + 1):
            if progress.cancelled:
                break
            claimed = _claim_next(db, now or now_utc(), channels, runner, lease)
            if claimed is None:
                break
            message, token = claimed
            heartbeat.hold(token)
            error = ""
            try:
                transports[message.channel].send(message)
            except TransportError as exc:
                error = str(exc)
            heartbeat.hold(None)
            _record(db, message.id, token, error, now or now_utc())
            if error:
                report.errors.append(f"{message.recipient} : {error}")
                if message.attempts >= MAX_ATTEMPTS:
                    report.failed += 1
                else:
                    report.retrying += 1
            else:
                report.sent += 1
            total = max(due, position)
            progress.report(min(1.0, position / total), f"Envoi des messages : {position} / {total}")
    finally:
        heartbeat.stop()
        for transport in transports.values():
            transport.close()


def _record(db: Database, message_id: int, token: str, error: str, now: datetime) -> None:
    """The outcome of one hand-over, under its claim.  A message that went out is recorded as
    sent even when, meanwhile, someone marked it interrupted or put it back in the queue: it must
    not go a second time."""
    with db.write() as session:
        message = lock_for_update(session, OutboxMessage, message_id)
        if message is None:
            return
        ours = message.status is OutboxStatus.SENDING and message.claim_token == token
        if not ours and (error or message.status is OutboxStatus.SENDING):
            return  # no longer ours (another claim holds it): leave it to its holder
        message.locked_until = None
        message.claim_token = None
        if not error:
            if not ours:
                audit(session, "sent", "outbox_message", message.id,
                      f"Message à {message.recipient} parti finalement (il était signalé interrompu ou remis en file)")
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


def configured_transports(db: Database) -> dict[OutboxChannel, Transport]:
    settings = load_outbox_settings(db)
    transports: dict[OutboxChannel, Transport] = {}
    if settings.email_configured:
        transports[OutboxChannel.EMAIL] = SmtpTransport(settings, get_secret(_smtp_secret_name(settings)))
    if settings.sms_url:
        transports[OutboxChannel.SMS] = SmsTransport(settings, get_secret("sms-token"))
    return transports


def requeue(session: Session, message: OutboxMessage) -> None:
    """Put a failed (or withdrawn) message back in the queue as if new: a full set of attempts,
    due now, no claim left on it."""
    message.status = OutboxStatus.PENDING
    message.attempts = 0
    message.next_attempt_at = None
    message.locked_until = None
    message.claim_token = None
    message.claimed_by = None
    message.not_before = min(message.not_before, now_utc())


def retry_message(db: Database, message_id: int) -> None:
    """A person decided to send a failed message again."""
    with db.write() as session:
        message = lock_for_update(session, OutboxMessage, message_id)
        if message is None:
            return
        if message.status not in (OutboxStatus.FAILED, OutboxStatus.CANCELLED):
            raise PlannerError("Ce message n'est pas en échec : rien à renvoyer.")
        requeue(session, message)
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
