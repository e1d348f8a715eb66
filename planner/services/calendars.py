"""Technicians' weeks in their phone calendar: an iCalendar file per technician and week, with
one event per visit (address, phones, access notes, work-order number).

UIDs are stable (the visit's number and the technician), and SEQUENCE follows the visit's version,
so importing a newer export updates the events rather than adding copies; a visit cancelled in the
week, or one published earlier that has since left the technician's week (moved to a colleague or
another week, unplanned), is exported as cancelled so it disappears from the phone.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from icalendar import Calendar, Event, vGeo, vText
from sqlalchemy import select

from planner.db.database import Database
from planner.db.models import (
    CalendarEntry,
    Contract,
    ContractTier,
    Customer,
    OutboxMessage,
    Site,
    Technician,
    Visit,
)
from planner.domain.enums import SCHEDULED_STATUSES, OutboxChannel, VisitStatus
from planner.domain.errors import NotFoundError, PlannerError
from planner.domain.text import customer_display_name, fold
from planner.domain.timeutil import now_utc, paris_instant, to_paris
from planner.services import validation as v
from planner.services.messages import PRODID, company_info

CALENDAR_STATUSES = (*SCHEDULED_STATUSES, VisitStatus.DONE, VisitStatus.CANCELLED)


@dataclass(frozen=True, slots=True)
class TechnicianCalendar:
    technician_id: int
    technician: str
    email: str
    filename: str
    ics: str
    events: int
    #: Visits published earlier that have left the week: sent as cancelled.
    withdrawn: int = 0


def technician_event_uid(visit_number: str, technician_id: int) -> str:
    """The event's identity in one technician's calendar: the same visit handed to a colleague
    becomes the colleague's event, while this one is withdrawn."""
    return f"tournee-{visit_number}-t{technician_id}@planner"


def technician_week(db: Database, technician_id: int, monday: date, days: int = 7) -> TechnicianCalendar:
    """The technician's week as an iCalendar file, and a record of what it gave their phone.

    Each visit of the week is an event (stable UID, SEQUENCE raised on every change); a visit
    published earlier for this week that has left it — moved to another technician or week,
    unplanned, deleted — is published again as CANCELLED, so a re-import removes it from the phone.
    """
    start, end = paris_instant(monday, time(0)), paris_instant(monday + timedelta(days=days), time(0))
    with db.write() as session:
        technician = session.get(Technician, technician_id)
        if technician is None:
            raise NotFoundError("Ce technicien n'existe plus.")
        company = company_info(session)
        rows = session.execute(
            select(Visit, Customer, Site, ContractTier.name)
            .join(Customer, Customer.id == Visit.customer_id)
            .join(Site, Site.id == Visit.site_id)
            .outerjoin(Contract, Contract.id == Visit.contract_id)
            .outerjoin(ContractTier, ContractTier.id == Contract.tier_id)
            .where(
                Visit.technician_id == technician_id,
                Visit.planned_start >= start,
                Visit.planned_start < end,
                Visit.status.in_(CALENDAR_STATUSES),
            )
            .order_by(Visit.planned_start)
        ).all()
        entries = {
            e.visit_id: e
            for e in session.scalars(select(CalendarEntry).where(CalendarEntry.technician_id == technician_id))
        }
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("method", "PUBLISH")
        calendar.add("x-wr-calname", f"Tournées {company.name} — {technician.first_name}")
        calendar.add("x-wr-timezone", "Europe/Paris")
        published: set[int] = set()
        for visit, customer, site, tier in rows:
            name = customer_display_name(customer.company_name, customer.last_name, customer.first_name)
            phones = " / ".join(v.phone_display(p) for p in (site.phone, customer.mobile, customer.phone) if p)
            address = f"{site.address}, {site.postcode} {site.city}".strip(", ")
            lines = [
                f"Bon d'intervention {visit.number}",
                f"{visit.summary}" + (f" (contrat {tier})" if tier else ""),
                f"Client : {name}" + (f" — {phones}" if phones else ""),
            ]
            if visit.promised_from and visit.promised_until:
                lines.append(
                    f"Arrivée promise entre {to_paris(visit.promised_from):%H:%M} et {to_paris(visit.promised_until):%H:%M}"
                )
            if site.access_notes:
                lines.append(f"Accès : {site.access_notes}")
            if visit.notes:
                lines.append(f"Notes : {visit.notes}")
            cancelled = visit.status is VisitStatus.CANCELLED
            sequence = _publish(session, entries, technician_id, visit, cancelled)
            event = _event(technician_event_uid(visit.number, technician_id), sequence, visit.planned_start,
                           visit.planned_end, f"{name} — {visit.summary}", "\n".join(lines), cancelled)
            event.add("location", vText(address))
            if site.latitude is not None and site.longitude is not None:
                event.add("geo", vGeo((site.latitude, site.longitude)))
            event.add("transp", "OPAQUE")
            calendar.add_component(event)
            published.add(visit.id)
        withdrawn = 0
        for entry in entries.values():
            if entry.visit_id in published or entry.cancelled or not (start <= entry.starts_at < end):
                continue
            visit = session.get(Visit, entry.visit_id)
            if visit is None:
                continue
            entry.sequence += 1
            entry.cancelled = True
            entry.published_at = now_utc()
            event = _event(
                technician_event_uid(visit.number, technician_id), entry.sequence, entry.starts_at, entry.ends_at,
                f"Retirée de vos tournées — {visit.summary}",
                f"Bon d'intervention {visit.number} : cette intervention n'est plus dans vos tournées.", True,
            )
            calendar.add_component(event)
            withdrawn += 1
        slug = re.sub(r"[^a-z0-9]+", "-", fold(technician.first_name + " " + technician.last_name)).strip("-")
        year, week, _ = monday.isocalendar()
        return TechnicianCalendar(
            technician_id, f"{technician.first_name} {technician.last_name}".strip(), technician.email,
            f"tournees-{slug}-{year}-S{week:02d}.ics", calendar.to_ical().decode("utf-8"), len(rows), withdrawn,
        )


def _event(uid: str, sequence: int, start: datetime, end: datetime, summary: str, description: str, cancelled: bool) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", now_utc())
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", summary)
    event.add("description", description)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return event


def _publish(session, entries: dict[int, CalendarEntry], technician_id: int, visit: Visit, cancelled: bool) -> int:  # type: ignore[no-untyped-def]
    """Record the event given for ``visit`` and return its SEQUENCE: the visit's version, never
    below what the phone already has, raised when the event comes back after a withdrawal."""
    entry = entries.get(visit.id)
    if entry is None:
        entry = CalendarEntry(technician_id=technician_id, visit_id=visit.id, sequence=visit.version,
                              starts_at=visit.planned_start, ends_at=visit.planned_end, cancelled=cancelled)
        session.add(entry)
        entries[visit.id] = entry
        return entry.sequence
    changed = (entry.starts_at, entry.ends_at, entry.cancelled) != (visit.planned_start, visit.planned_end, cancelled)
    entry.sequence = max(visit.version, entry.sequence + (1 if changed else 0))
    entry.starts_at, entry.ends_at, entry.cancelled = visit.planned_start, visit.planned_end, cancelled
    entry.published_at = now_utc()
    return entry.sequence


def export_technician_week(db: Database, technician_id: int, monday: date, path: str | Path) -> Path:
    result = technician_week(db, technician_id, monday)
    target = Path(path)
    target.write_text(result.ics, encoding="utf-8")
    return target


def email_technician_weeks(db: Database, monday: date, technician_ids: list[int] | None = None) -> list[str]:
    """Queue each technician's week to their e-mail; an unchanged week is not sent again."""
    with db.read() as session:
        statement = select(Technician.id).where(Technician.active.is_(True)).order_by(Technician.first_name)
        if technician_ids:
            statement = statement.where(Technician.id.in_(technician_ids))
        ids = list(session.scalars(statement))
    done: list[str] = []
    calendars = [technician_week(db, technician_id, monday) for technician_id in ids]
    with db.write() as session:
        for calendar in calendars:
            if not calendar.email:
                done.append(f"{calendar.technician} : pas d'e-mail, agenda non envoyé")
                continue
            body = _stable(calendar.ics)
            key = f"tech:{calendar.technician_id}:week:{monday.isoformat()}:{hashlib.sha256(body.encode()).hexdigest()[:16]}"
            if session.scalar(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == key)) is not None:
                done.append(f"{calendar.technician} : agenda déjà envoyé, inchangé")
                continue
            session.add(
                OutboxMessage(
                    idempotency_key=key,
                    channel=OutboxChannel.EMAIL,
                    kind="technician_week",
                    recipient=calendar.email,
                    subject=f"Tournées de la semaine du {monday:%d/%m/%Y} ({calendar.events} interventions)",
                    body_text=(
                        f"Bonjour {calendar.technician.split(' ')[0]},\n\nVoici vos tournées de la semaine du "
                        f"{monday:%d/%m/%Y} : ouvrez la pièce jointe pour les ajouter à l'agenda du téléphone "
                        "(une nouvelle version remplace la précédente).\n"
                    ),
                    body_html="",
                    attachments=[{"filename": calendar.filename, "content_type": "text/calendar", "method": "PUBLISH",
                                  "text": calendar.ics}],
                    not_before=now_utc(),
                )
            )
            done.append(f"{calendar.technician} : agenda envoyé à {calendar.email} ({calendar.events} interventions)")
    if not done:
        raise PlannerError("Aucun technicien actif.")
    return done


def _stable(ics: str) -> str:
    """The calendar without its time stamps, to tell whether the week changed."""
    return "\n".join(line for line in ics.splitlines() if not line.startswith("DTSTAMP"))
