"""Messages to customers about their visits, written into the outbox in the same transaction as
the booking itself: confirmation (with a calendar invitation), reminder e-mail five days before,
text message two days before, notices of a move or a cancellation.

Each message has an idempotency key per visit, kind and invitation sequence, so booking twice,
or retrying a transaction, never queues the same message twice.
"""

from __future__ import annotations

import html
import string
from dataclasses import dataclass, fields
from datetime import datetime, time, timedelta

from babel.dates import format_date
from icalendar import Calendar, Event, vCalAddress, vText
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from planner.db.database import Database
from planner.db.models import Customer, OutboxMessage, Site, Technician, Visit
from planner.domain.enums import Civility, CustomerKind, OutboxChannel, OutboxStatus
from planner.domain.timeutil import now_utc, paris_instant, to_paris
from planner.paths import resource
from planner.services import validation as v
from planner.services.common import get_setting, put_setting

REMINDER_DAYS = 5
SMS_DAYS = 2
REMINDER_AT = time(9, 0)
SMS_AT = time(10, 0)
PRODID = "-//Planner//Planification des interventions//FR"


@dataclass(frozen=True)
class CompanyInfo:
    """Who the customers deal with, as printed on messages and documents (settings company.*)."""

    name: str = "Planner"
    phone: str = ""
    email: str = ""
    address: str = ""
    siret: str = ""


def load_company(db: Database) -> CompanyInfo:
    with db.read() as session:
        return company_info(session)


def company_info(session: Session) -> CompanyInfo:
    defaults = CompanyInfo()
    return CompanyInfo(
        **{f.name: str(get_setting(session, f"company.{f.name}", getattr(defaults, f.name)) or "") for f in fields(CompanyInfo)}
    )


def validate_company(info: CompanyInfo) -> CompanyInfo:
    check = v.Collector()
    name = check(v.text, info.name, "Raison sociale", required=True) or ""
    phone = check(v.phone, info.phone, "Téléphone de l'entreprise") or ""
    email = check(v.email, info.email, "E-mail de l'entreprise") or ""
    address = check(v.text, info.address, "Adresse de l'entreprise", max_length=300) or ""
    siret = "".join(info.siret.split())
    if siret and (not siret.isdigit() or len(siret) != 14):
        check.add("SIRET", "14 chiffres.")
    check.raise_if_any()
    return CompanyInfo(name=name, phone=phone, email=email, address=address, siret=siret)


def save_company(db: Database, info: CompanyInfo) -> None:
    info = validate_company(info)
    with db.write() as session:
        for f in fields(CompanyInfo):
            put_setting(session, f"company.{f.name}", getattr(info, f.name))


# -- rendering -----------------------------------------------------------------------------------


def render_email(name: str, context: dict[str, str]) -> tuple[str, str, str]:
    """(subject, text, html) of ``resources/templates/email/<name>``."""
    raw = resource("templates", "email", f"{name}.txt").read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    subject = first.removeprefix("Subject:").strip() if first.startswith("Subject:") else ""
    text_body = string.Template(body if subject else raw).safe_substitute(context)
    html_context = {key: html.escape(value) for key, value in context.items()}
    html_path = resource("templates", "email", f"{name}.html")
    html_body = (
        string.Template(html_path.read_text(encoding="utf-8")).safe_substitute(html_context)
        if html_path.exists()
        else ""
    )
    return string.Template(subject).safe_substitute(context), text_body.strip() + "\n", html_body


def render_sms(name: str, context: dict[str, str]) -> str:
    raw = resource("templates", "sms", f"{name}.txt").read_text(encoding="utf-8")
    return " ".join(string.Template(raw).safe_substitute(context).split())


def greeting(customer: Customer) -> str:
    if customer.kind is CustomerKind.COMPANY or not customer.last_name:
        return customer.company_name or customer.last_name or "Madame, Monsieur"
    title = {Civility.MR: "Monsieur", Civility.MRS: "Madame"}.get(customer.civility, "")
    return f"{title} {customer.last_name}".strip() if title else f"{customer.first_name} {customer.last_name}".strip()


def visit_context(visit: Visit, customer: Customer, site: Site, technician: Technician | None, company: CompanyInfo) -> dict[str, str]:
    start = to_paris(visit.promised_from or visit.planned_start)  # type: ignore[arg-type]
    end = to_paris(visit.promised_until or visit.planned_end)  # type: ignore[arg-type]
    return {
        "greeting": greeting(customer),
        "company_name": company.name,
        "company_phone": v.phone_display(company.phone) or company.phone,
        "company_email": company.email,
        "day_label": format_date(start.date(), "EEEE dd/MM", locale="fr_FR"),
        "day_long": format_date(start.date(), "EEEE d MMMM y", locale="fr_FR"),
        "window_label": f"{start:%H:%M}–{end:%H:%M}",
        "address": f"{site.address}, {site.postcode} {site.city}".strip(", "),
        "technician": technician.first_name if technician else "",
        "summary": visit.summary,
        "visit_number": visit.number,
        "reason_line": "",
    }


def calendar_uid(visit: Visit) -> str:
    """Stable across changes, so a calendar updates the event instead of adding one."""
    return f"intervention-{visit.number}@planner"


def invitation(visit: Visit, context: dict[str, str], company: CompanyInfo, customer_email: str, *, cancel: bool = False) -> str:
    """The iCalendar invitation (METHOD:REQUEST, or CANCEL) for the customer's calendar."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancel else "REQUEST")
    event = Event()
    event.add("uid", calendar_uid(visit))
    event.add("sequence", visit.calendar_sequence)
    event.add("dtstamp", now_utc())
    event.add("dtstart", visit.promised_from or visit.planned_start)
    event.add("dtend", visit.promised_until or visit.planned_end)
    event.add("summary", f"Intervention {company.name} — {visit.summary}".strip(" —"))
    event.add("location", vText(context["address"]))
    event.add(
        "description",
        f"Arrivée du technicien ({context['technician']}) entre {context['window_label']}. "
        f"Référence {visit.number}. Contact : {context['company_phone']}",
    )
    event.add("status", "CANCELLED" if cancel else "CONFIRMED")
    if company.email:
        organizer = vCalAddress(f"mailto:{company.email}")
        organizer.params["cn"] = vText(company.name)
        event.add("organizer", organizer)
    if customer_email:
        attendee = vCalAddress(f"mailto:{customer_email}")
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        attendee.params["rsvp"] = vText("FALSE")
        event.add("attendee", attendee)
    calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")


# -- the outbox ----------------------------------------------------------------------------------


def sms_enabled(session: Session) -> bool:
    return bool(get_setting(session, "outbox.sms_url", ""))


def queue_message(session: Session, **values: object) -> bool:
    key = str(values["idempotency_key"])
    if session.scalar(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == key)) is not None:
        return False
    session.add(OutboxMessage(**values))
    return True


def cancel_pending(session: Session, visit_id: int) -> int:
    """Withdraw the messages not sent for a visit (it moved or was cancelled): those waiting, and
    those in failure, so that nobody re-sends an out-of-date confirmation or reminder."""
    result = session.execute(
        update(OutboxMessage)
        .where(
            OutboxMessage.visit_id == visit_id,
            OutboxMessage.status.in_((OutboxStatus.PENDING, OutboxStatus.FAILED)),
        )
        .values(
            status=OutboxStatus.CANCELLED,
            last_error="Rendez-vous modifié ou annulé avant l'envoi.",
            version=OutboxMessage.version + 1,
        )
        .execution_options(synchronize_session="fetch")
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def queue_visit_messages(session: Session, visit: Visit, kind: str, *, reason: str = "", now: datetime | None = None) -> list[str]:
    """Queue what the customer is told about ``visit``: ``kind`` is « confirmation »,
    « reschedule » or « cancellation ».  Returns a French line per message queued or skipped."""
    now = now or now_utc()
    customer = session.get(Customer, visit.customer_id)
    site = session.get(Site, visit.site_id)
    technician = session.get(Technician, visit.technician_id) if visit.technician_id else None
    assert customer is not None and site is not None
    company = company_info(session)
    context = visit_context(visit, customer, site, technician, company)
    if reason:
        context["reason_line"] = f"Motif : {reason}"
    sequence = visit.calendar_sequence
    done: list[str] = []
    if customer.email:
        subject, text_body, html_body = render_email(kind, context)
        ics = invitation(visit, context, company, customer.email, cancel=kind == "cancellation")
        queue_message(
            session,
            idempotency_key=f"visit:{visit.id}:{kind}:{sequence}",
            channel=OutboxChannel.EMAIL,
            kind=kind,
            customer_id=customer.id,
            visit_id=visit.id,
            recipient=customer.email,
            subject=subject,
            body_text=text_body,
            body_html=html_body,
            attachments=[
                {
                    "filename": "invitation.ics",
                    "content_type": "text/calendar",
                    "method": "CANCEL" if kind == "cancellation" else "REQUEST",
                    "text": ics,
                }
            ],
            not_before=now,
        )
        done.append(f"e-mail de {_kind_fr(kind)} à {customer.email}")
    else:
        done.append(f"pas d'e-mail connu : {_kind_fr(kind)} non envoyée")
    if kind == "cancellation" or visit.promised_from is None:
        return done
    day = to_paris(visit.promised_from).date()
    reminder_at = paris_instant(day - timedelta(days=REMINDER_DAYS), REMINDER_AT)
    if customer.email and customer.consent_email and reminder_at > now:
        subject, text_body, html_body = render_email("reminder", context)
        queue_message(
            session,
            idempotency_key=f"visit:{visit.id}:reminder:{sequence}",
            channel=OutboxChannel.EMAIL,
            kind="reminder",
            customer_id=customer.id,
            visit_id=visit.id,
            recipient=customer.email,
            subject=subject,
            body_text=text_body,
            body_html=html_body,
            attachments=[],
            not_before=reminder_at,
        )
        done.append(f"rappel par e-mail le {to_paris(reminder_at):%d/%m}")
    sms_at = paris_instant(day - timedelta(days=SMS_DAYS), SMS_AT)
    if customer.mobile and customer.consent_sms and sms_enabled(session) and sms_at > now:
        queue_message(
            session,
            idempotency_key=f"visit:{visit.id}:sms:{sequence}",
            channel=OutboxChannel.SMS,
            kind="sms_reminder",
            customer_id=customer.id,
            visit_id=visit.id,
            recipient=customer.mobile,
            body_text=render_sms("reminder", context),
            attachments=[],
            not_before=sms_at,
        )
        done.append(f"SMS de rappel le {to_paris(sms_at):%d/%m}")
    return done


def _kind_fr(kind: str) -> str:
    return {"confirmation": "confirmation", "reschedule": "déplacement", "cancellation": "annulation"}.get(kind, kind)
