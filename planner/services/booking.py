"""Booking a visit in one step: the visit, its contact-log entry and the customer's messages are
written in one transaction, or nothing is.

The database refuses two overlapping bookings for one technician (exclusion constraint on
PostgreSQL, trigger on SQLite); a refused booking becomes :class:`SlotTakenError` so the office
gets « Ce créneau vient d'être pris » and fresh suggestions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from planner.db.database import Database
from planner.db.models import ContactLog, Customer, Site, Skill, Technician, Visit
from planner.domain.enums import SCHEDULED_STATUSES, ContactChannel, ContactReason, VisitKind, VisitStatus
from planner.domain.errors import ConflictError, NotFoundError, PlannerError, ValidationError
from planner.domain.text import customer_display_name
from planner.domain.timeutil import now_utc, to_paris
from planner.services.common import audit, current_user, lock_current, lock_for_update, next_number
from planner.services.messages import cancel_pending, queue_visit_messages
from planner.services.slots import day_label, window_label

SLOT_TAKEN_MARKERS = ("planner_slot_taken", "ex_visit_technician_slot")


class SlotTakenError(PlannerError):
    def __init__(self) -> None:
        super().__init__(
            "Ce créneau vient d'être pris (par un autre poste ou une autre réservation) : "
            "choisissez-en un autre, les propositions ont été mises à jour."
        )


@dataclass(frozen=True, slots=True)
class SlotChoice:
    technician_id: int
    start: datetime
    end: datetime
    promised_from: datetime
    promised_until: datetime


@dataclass(frozen=True, slots=True)
class BookingRequest:
    customer_id: int
    site_id: int
    slot: SlotChoice
    #: A visit already waiting to be planned (a contract visit, a repair request), else None.
    visit_id: int | None = None
    expected_version: int | None = None
    kind: VisitKind = VisitKind.MAINTENANCE
    summary: str = ""
    duration_min: int = 60
    skill_ids: tuple[int, ...] = ()
    notes: str = ""
    channel: ContactChannel = ContactChannel.PHONE_IN
    contact_note: str = ""
    #: Why the customer called (« prise de RDV » unless the office chose otherwise on the card).
    contact_reason: ContactReason = ContactReason.BOOKING
    #: When the call began (the card opened); now when not given.
    contact_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class BookingResult:
    visit_id: int
    visit_number: str
    version: int
    customer: str
    technician: str
    label: str
    messages: tuple[str, ...]

    def describe(self) -> str:
        text = f"{self.customer} : intervention {self.visit_number} le {self.label} avec {self.technician}."
        if self.messages:
            text += " " + " ; ".join(self.messages) + "."
        return text


def _validate_slot(slot: SlotChoice) -> None:
    errors = {}
    if slot.end <= slot.start:
        errors["Créneau"] = "la fin doit suivre le début."
    if not (slot.promised_from <= slot.start <= slot.promised_until):
        errors["Fenêtre promise"] = "elle doit contenir l'heure d'arrivée prévue."
    if slot.start < now_utc():
        errors["Créneau"] = "il est déjà passé."
    if errors:
        raise ValidationError(errors)


def _overlapping(session: Session, technician_id: int, slot: SlotChoice, ignore_visit: int | None) -> bool:
    statement = select(Visit.id).where(
        Visit.technician_id == technician_id,
        Visit.status.in_(SCHEDULED_STATUSES),
        Visit.planned_start < slot.end,
        Visit.planned_end > slot.start,
    )
    if ignore_visit is not None:
        statement = statement.where(Visit.id != ignore_visit)
    return session.scalar(statement.limit(1)) is not None


def flush_or_taken(session: Session) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        if any(marker in str(exc.orig) for marker in SLOT_TAKEN_MARKERS):
            raise SlotTakenError() from exc
        raise


def _technician(session: Session, technician_id: int, skill_ids: set[int]) -> Technician:
    technician = session.get(Technician, technician_id)
    if technician is None or not technician.active:
        raise PlannerError("Ce technicien n'est plus disponible : choisissez un autre créneau.")
    missing = skill_ids - {s.id for s in technician.skills}
    if missing:
        codes = ", ".join(sorted(s.code for s in session.scalars(select(Skill).where(Skill.id.in_(missing)))))
        raise ValidationError.single("Technicien", f"{technician.first_name} n'a pas la compétence {codes}.")
    return technician


def book_visit(db: Database, request: BookingRequest, progress: object | None = None) -> BookingResult:
    """Record the booking, the contact and the customer's messages — all or nothing."""
    _validate_slot(request.slot)
    with db.write() as session:
        customer = session.get(Customer, request.customer_id)
        site = session.get(Site, request.site_id)
        if customer is None or customer.anonymised_at is not None:
            raise NotFoundError("Ce client n'existe plus.")
        if site is None or site.customer_id != customer.id:
            raise ValidationError.single("Site", "choisissez un site de ce client.")
        if request.visit_id is not None:
            visit = lock_for_update(session, Visit, request.visit_id)
            if visit is None:
                raise NotFoundError("Cette intervention n'existe plus.")
            if request.expected_version is not None and visit.version != request.expected_version:
                raise ConflictError(f"Intervention {visit.number}")
            if visit.status is not VisitStatus.TO_PLAN:
                raise PlannerError(
                    f"L'intervention {visit.number} n'est plus à planifier : elle a été planifiée ou "
                    "annulée entre-temps. Rechargez la fiche du client."
                )
            skill_ids = {s.id for s in visit.required_skills}
        else:
            skill_ids = set(request.skill_ids)
            duration = round((request.slot.end - request.slot.start).total_seconds() / 60)
            visit = Visit(
                number=next_number(session, "I", to_paris(request.slot.start).year),
                kind=request.kind,
                customer_id=customer.id,
                site_id=site.id,
                summary=request.summary or "Intervention",
                duration_min=duration,
                notes=request.notes,
                due_from=to_paris(request.slot.start).date(),
                due_until=to_paris(request.slot.start).date(),
            )
            visit.required_skills = list(session.scalars(select(Skill).where(Skill.id.in_(skill_ids))))
            session.add(visit)
        technician = _technician(session, request.slot.technician_id, skill_ids)
        if _overlapping(session, technician.id, request.slot, visit.id):
            raise SlotTakenError()
        visit.technician_id = technician.id
        visit.planned_start = request.slot.start
        visit.planned_end = request.slot.end
        visit.promised_from = request.slot.promised_from
        visit.promised_until = request.slot.promised_until
        visit.status = VisitStatus.BOOKED
        visit.booked_at = now_utc()
        if request.notes and request.visit_id is not None:
            visit.notes = (visit.notes + "\n" + request.notes).strip()
        flush_or_taken(session)
        label = f"{day_label(to_paris(request.slot.promised_from).date())} · {window_label(request.slot.promised_from, request.slot.promised_until)}"
        session.add(
            ContactLog(
                customer_id=customer.id,
                at=_contact_time(request.contact_at),
                channel=request.channel,
                reason=request.contact_reason,
                note=(f"RDV pris : {label} avec {technician.first_name} ({visit.summary})"
                      + (f" — {request.contact_note}" if request.contact_note else "")),
                author=current_user(),
                visit_id=visit.id,
            )
        )
        messages = queue_visit_messages(session, visit, "confirmation")
        name = customer_display_name(customer.company_name, customer.last_name, customer.first_name)
        audit(session, "book", "visit", visit.id, f"{visit.number} planifiée le {label} avec {technician.first_name}")
        flush_or_taken(session)
        return BookingResult(visit.id, visit.number, visit.version, name, technician.first_name, label, tuple(messages))


def reschedule_visit(
    db: Database,
    visit_id: int,
    expected_version: int,
    slot: SlotChoice,
    note: str = "",
    *,
    contact_reason: ContactReason = ContactReason.RESCHEDULE,
    contact_at: datetime | None = None,
) -> BookingResult:
    """Move a booked visit; the customer gets the updated invitation (same UID, SEQUENCE + 1)."""
    _validate_slot(slot)
    with db.write() as session:
        visit = lock_current(session, Visit, visit_id, expected_version, "Intervention")
        if visit.status not in SCHEDULED_STATUSES:
            raise PlannerError(f"L'intervention {visit.number} n'est pas planifiée : rien à déplacer.")
        technician = _technician(session, slot.technician_id, {s.id for s in visit.required_skills})
        if _overlapping(session, technician.id, slot, visit.id):
            raise SlotTakenError()
        before = visit.promised_from
        visit.technician_id = technician.id
        visit.planned_start, visit.planned_end = slot.start, slot.end
        visit.promised_from, visit.promised_until = slot.promised_from, slot.promised_until
        visit.status = VisitStatus.BOOKED
        visit.calendar_sequence += 1
        flush_or_taken(session)
        cancel_pending(session, visit.id)
        label = f"{day_label(to_paris(slot.promised_from).date())} · {window_label(slot.promised_from, slot.promised_until)}"
        session.add(
            ContactLog(
                customer_id=visit.customer_id,
                at=_contact_time(contact_at),
                channel=ContactChannel.PHONE_IN,
                reason=contact_reason,
                note=f"RDV déplacé au {label} avec {technician.first_name}" + (f" — {note}" if note else ""),
                author=current_user(),
                visit_id=visit.id,
            )
        )
        messages = queue_visit_messages(session, visit, "reschedule")
        audit(
            session, "reschedule", "visit", visit.id,
            f"{visit.number} déplacée ({before:%d/%m %H:%M} → {label})" if before else f"{visit.number} déplacée",
        )
        flush_or_taken(session)
        customer = session.get(Customer, visit.customer_id)
        assert customer is not None
        return BookingResult(
            visit.id, visit.number, visit.version,
            customer_display_name(customer.company_name, customer.last_name, customer.first_name),
            technician.first_name, label, tuple(messages),
        )


def cancel_visit(
    db: Database,
    visit_id: int,
    expected_version: int,
    reason: str,
    *,
    keep_to_plan: bool = True,
    contact_reason: ContactReason = ContactReason.CANCELLATION,
    contact_note: str = "",
    contact_at: datetime | None = None,
) -> None:
    """Cancel a booking and tell the customer.  A contract visit goes back to « à planifier »
    (``keep_to_plan``) rather than disappearing, so it is not forgotten."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError.single("Motif", "indiquez pourquoi le rendez-vous est annulé.")
    with db.write() as session:
        visit = lock_current(session, Visit, visit_id, expected_version, "Intervention")
        if visit.status not in SCHEDULED_STATUSES:
            raise PlannerError(f"L'intervention {visit.number} n'est pas planifiée.")
        session.add(
            ContactLog(
                customer_id=visit.customer_id,
                at=_contact_time(contact_at),
                channel=ContactChannel.PHONE_IN,
                reason=contact_reason,
                note=f"RDV {visit.number} annulé : {reason}" + (f" — {contact_note}" if contact_note else ""),
                author=current_user(),
                visit_id=visit.id,
            )
        )
        withdraw_visit(session, visit, reason, keep_to_plan=keep_to_plan)


def withdraw_visit(session: Session, visit: Visit, reason: str, *, keep_to_plan: bool = False) -> list[str]:
    """The one way a visit stops being on: its messages not yet sent are withdrawn and, when it
    was booked, the customer is sent the cancellation (same invitation UID, SEQUENCE + 1,
    METHOD:CANCEL).  Used by a booking's cancellation, a contract's termination and a change of
    tier, inside the caller's transaction.  Returns the French lines of what the customer is told.

    ``keep_to_plan`` puts a contract visit back « à planifier » instead of cancelling it.
    """
    told: list[str] = []
    if visit.status in SCHEDULED_STATUSES:
        visit.calendar_sequence += 1
        cancel_pending(session, visit.id)
        told = queue_visit_messages(session, visit, "cancellation", reason=reason)
        audit(session, "cancel", "visit", visit.id, f"{visit.number} annulée : {reason}")
    else:
        cancel_pending(session, visit.id)  # nothing should wait for an unbooked visit; make sure
    if keep_to_plan and visit.contract_id is not None:
        visit.status = VisitStatus.TO_PLAN
        visit.technician_id = None
        visit.planned_start = visit.planned_end = None
        visit.promised_from = visit.promised_until = None
    else:
        visit.status = VisitStatus.CANCELLED
        visit.cancel_reason = reason[:200]
    return told


def _contact_time(at: datetime | None) -> datetime:
    """When the call that led to this began (the booking page starts its entry when the caller's
    card opens); never in the future, nor more than a day back."""
    now = now_utc()
    if at is None or at > now or now - at > timedelta(days=1):
        return now
    return at
