"""Closed vocabularies of the domain, stored by their ``value`` in the database."""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class Civility(StrEnum):
    NONE = ""
    MR = "M."
    MRS = "Mme"


class GeocodePrecision(StrEnum):
    """How precisely a site's coordinates are known, from best to worst."""

    HOUSENUMBER = "housenumber"
    STREET = "street"
    MUNICIPALITY = "municipality"
    MANUAL = "manual"
    NONE = "none"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    ENDED = "ended"
    CANCELLED = "cancelled"


class VisitKind(StrEnum):
    MAINTENANCE = "maintenance"
    REPAIR = "repair"
    QUOTE = "quote"
    FOLLOW_UP = "follow_up"


class VisitStatus(StrEnum):
    TO_PLAN = "to_plan"
    BOOKED = "booked"
    CONFIRMED = "confirmed"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    REPORTED = "reported"
    INVOICED = "invoiced"
    CANCELLED = "cancelled"


#: Statuses in which a visit holds a slot in a technician's day.
SCHEDULED_STATUSES = frozenset(
    {VisitStatus.BOOKED, VisitStatus.CONFIRMED, VisitStatus.IN_PROGRESS}
)
#: Statuses of a visit that took place.
COMPLETED_STATUSES = frozenset({VisitStatus.DONE, VisitStatus.REPORTED, VisitStatus.INVOICED})

#: The lifecycle: which status may follow which.
VISIT_TRANSITIONS: dict[VisitStatus, frozenset[VisitStatus]] = {
    VisitStatus.TO_PLAN: frozenset({VisitStatus.BOOKED, VisitStatus.CANCELLED}),
    VisitStatus.BOOKED: frozenset(
        {VisitStatus.CONFIRMED, VisitStatus.IN_PROGRESS, VisitStatus.TO_PLAN, VisitStatus.CANCELLED}
    ),
    VisitStatus.CONFIRMED: frozenset(
        {VisitStatus.IN_PROGRESS, VisitStatus.BOOKED, VisitStatus.TO_PLAN, VisitStatus.CANCELLED}
    ),
    VisitStatus.IN_PROGRESS: frozenset({VisitStatus.DONE}),
    VisitStatus.DONE: frozenset({VisitStatus.REPORTED}),
    VisitStatus.REPORTED: frozenset({VisitStatus.INVOICED}),
    VisitStatus.INVOICED: frozenset(),
    VisitStatus.CANCELLED: frozenset({VisitStatus.TO_PLAN}),
}


class ContactChannel(StrEnum):
    PHONE_IN = "phone_in"
    PHONE_OUT = "phone_out"
    EMAIL_IN = "email_in"
    EMAIL_OUT = "email_out"
    SMS = "sms"
    LETTER = "letter"
    ON_SITE = "on_site"


class ContactReason(StrEnum):
    BOOKING = "booking"
    RESCHEDULE = "reschedule"
    CANCELLATION = "cancellation"
    COMPLAINT = "complaint"
    QUOTE_REQUEST = "quote_request"
    QUESTION = "question"
    RENEWAL = "renewal"
    OTHER = "other"


class OutboxChannel(StrEnum):
    EMAIL = "email"
    SMS = "sms"


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class AbsenceKind(StrEnum):
    LEAVE = "leave"
    SICK = "sick"
    TRAINING = "training"
    OTHER = "other"
