"""The data model.  Money in integer cents, instants as aware UTC datetimes, local wall times
(shifts, lunch) as plain ``time`` understood in Europe/Paris."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.db.base import Base, Timestamped, Versioned
from planner.domain.enums import (
    AbsenceKind,
    Civility,
    ContactChannel,
    ContactReason,
    ContractStatus,
    CustomerKind,
    GeocodePrecision,
    OutboxChannel,
    OutboxStatus,
    VisitKind,
    VisitStatus,
)
from planner.domain.outcomes import AnomalySeverity, FollowUpKind
from planner.domain.quotes import QuoteSource, QuoteStatus
from planner.domain.timeutil import now_utc


def enum_type(enum_cls: type[StrEnum], name: str) -> Enum:
    """Store an enum by value in a VARCHAR guarded by a named CHECK constraint."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


technician_skill = Table(
    "technician_skill",
    Base.metadata,
    Column("technician_id", ForeignKey("technician.id", ondelete="CASCADE"), primary_key=True),
    Column("skill_id", ForeignKey("skill.id", ondelete="CASCADE"), primary_key=True),
)

visit_skill = Table(
    "visit_skill",
    Base.metadata,
    Column("visit_id", ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True),
    Column("skill_id", ForeignKey("skill.id", ondelete="CASCADE"), primary_key=True),
)


class Zone(Versioned, Base):
    __tablename__ = "zone"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    colour: Mapped[str] = mapped_column(String(7), default="#7f7f7f")
    centre_lat: Mapped[float | None] = mapped_column(Float)
    centre_lon: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")


class Skill(Base):
    __tablename__ = "skill"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))


class Customer(Versioned, Timestamped, Base):
    __tablename__ = "customer"
    __table_args__ = (
        Index("ix_customer_phone", "phone"),
        Index("ix_customer_mobile", "mobile"),
        Index("ix_customer_email", "email"),
        Index("ix_customer_last_name", "last_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CustomerKind] = mapped_column(enum_type(CustomerKind, "customer_kind"))
    civility: Mapped[Civility] = mapped_column(enum_type(Civility, "civility"), default=Civility.NONE)
    last_name: Mapped[str] = mapped_column(String(120), default="")
    first_name: Mapped[str] = mapped_column(String(120), default="")
    company_name: Mapped[str] = mapped_column(String(200), default="")
    #: Phones in E.164 (« +33612345678 »), empty when unknown.
    phone: Mapped[str] = mapped_column(String(20), default="")
    mobile: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    email_secondary: Mapped[str] = mapped_column(String(254), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Consent to reminders by email / SMS, and to commercial offers.
    consent_email: Mapped[bool] = mapped_column(Boolean, default=True)
    consent_sms: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_updated_at: Mapped[datetime | None]
    anonymised_at: Mapped[datetime | None]

    sites: Mapped[list[Site]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Site.id"
    )
    contracts: Mapped[list[Contract]] = relationship(
        back_populates="customer", order_by="Contract.start_date"
    )


class Site(Versioned, Timestamped, Base):
    __tablename__ = "site"
    __table_args__ = (
        CheckConstraint("(latitude IS NULL) = (longitude IS NULL)", name="coordinates_pair"),
        CheckConstraint("latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude_range"),
        CheckConstraint(
            "longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude_range"
        ),
        Index("ix_site_postcode", "postcode"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(80), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    address_extra: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(5), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    insee_code: Mapped[str] = mapped_column(String(5), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geocode_precision: Mapped[GeocodePrecision] = mapped_column(
        enum_type(GeocodePrecision, "geocode_precision"), default=GeocodePrecision.NONE
    )
    geocode_source: Mapped[str] = mapped_column(String(40), default="")
    geocode_score: Mapped[float | None] = mapped_column(Float)
    #: « À vérifier »: the position is not a trusted house-number match.
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    geocoded_at: Mapped[datetime | None]
    access_notes: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("zone.id", ondelete="SET NULL"))

    customer: Mapped[Customer] = relationship(back_populates="sites")
    zone: Mapped[Zone | None] = relationship()


class ContractTier(Versioned, Base):
    __tablename__ = "contract_tier"
    __table_args__ = (
        CheckConstraint("visits_per_year >= 0", name="visits_per_year_positive"),
        CheckConstraint("visit_duration_min > 0", name="visit_duration_positive"),
        CheckConstraint("yearly_price_cents >= 0", name="price_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    visits_per_year: Mapped[int] = mapped_column(Integer)
    visit_duration_min: Mapped[int] = mapped_column(Integer)
    yearly_price_cents: Mapped[int] = mapped_column(Integer)
    checklist: Mapped[list[str]] = mapped_column(default=list)
    required_skill_id: Mapped[int | None] = mapped_column(
        ForeignKey("skill.id", ondelete="SET NULL")
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    required_skill: Mapped[Skill | None] = relationship()


class Contract(Versioned, Timestamped, Base):
    __tablename__ = "contract"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
        CheckConstraint("notice_days >= 0", name="notice_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    tier_id: Mapped[int] = mapped_column(ForeignKey("contract_tier.id"))
    status: Mapped[ContractStatus] = mapped_column(
        enum_type(ContractStatus, "contract_status"), default=ContractStatus.ACTIVE
    )
    signed_on: Mapped[date | None]
    start_date: Mapped[date]
    end_date: Mapped[date]
    tacit_renewal: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Days before the end by which either side must refuse the renewal.
    notice_days: Mapped[int] = mapped_column(Integer, default=30)
    #: Price agreed for this contract when it differs from the tier's.
    yearly_price_cents: Mapped[int | None] = mapped_column(Integer)
    cancelled_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship(back_populates="contracts")
    site: Mapped[Site] = relationship()
    tier: Mapped[ContractTier] = relationship()


class Technician(Versioned, Timestamped, Base):
    __tablename__ = "technician"
    __table_args__ = (
        CheckConstraint("lunch_minutes >= 0", name="lunch_positive"),
        CheckConstraint("lunch_latest >= lunch_earliest", name="lunch_window_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80), default="")
    colour: Mapped[str] = mapped_column(String(7), default="#1f77b4")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Where the technician's day starts and ends (the office unless stated otherwise).
    start_label: Mapped[str] = mapped_column(String(200), default="")
    start_lat: Mapped[float | None] = mapped_column(Float)
    start_lon: Mapped[float | None] = mapped_column(Float)
    end_label: Mapped[str] = mapped_column(String(200), default="")
    end_lat: Mapped[float | None] = mapped_column(Float)
    end_lon: Mapped[float | None] = mapped_column(Float)
    #: Lunch: ``lunch_minutes`` taken somewhere between the two wall-clock times.
    lunch_earliest: Mapped[time] = mapped_column(default=time(12, 0))
    lunch_latest: Mapped[time] = mapped_column(default=time(14, 0))
    lunch_minutes: Mapped[int] = mapped_column(Integer, default=60)
    notes: Mapped[str] = mapped_column(Text, default="")

    skills: Mapped[list[Skill]] = relationship(secondary=technician_skill, order_by="Skill.code")
    shifts: Mapped[list[TechnicianShift]] = relationship(
        back_populates="technician",
        cascade="all, delete-orphan",
        order_by="(TechnicianShift.weekday, TechnicianShift.starts)",
    )
    absences: Mapped[list[Absence]] = relationship(
        back_populates="technician", cascade="all, delete-orphan", order_by="Absence.starts_at"
    )


class TechnicianShift(Base):
    """Working hours on one weekday (0 = Monday); several rows make a split day."""

    __tablename__ = "technician_shift"
    __table_args__ = (
        UniqueConstraint("technician_id", "weekday", "starts"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("ends > starts", name="hours_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    technician_id: Mapped[int] = mapped_column(ForeignKey("technician.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)
    starts: Mapped[time]
    ends: Mapped[time]

    technician: Mapped[Technician] = relationship(back_populates="shifts")


class Absence(Base):
    __tablename__ = "absence"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="period_ordered"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    technician_id: Mapped[int] = mapped_column(
        ForeignKey("technician.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[AbsenceKind] = mapped_column(
        enum_type(AbsenceKind, "absence_kind"), default=AbsenceKind.LEAVE
    )
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    note: Mapped[str] = mapped_column(String(200), default="")

    technician: Mapped[Technician] = relationship(back_populates="absences")


class ZoneDay(Base):
    """Which zone a technician covers on a weekday (a soft preference for planning)."""

    __tablename__ = "zone_day"
    __table_args__ = (
        UniqueConstraint("technician_id", "weekday", "zone_id"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    technician_id: Mapped[int] = mapped_column(ForeignKey("technician.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id", ondelete="CASCADE"))


class Visit(Versioned, Timestamped, Base):
    __tablename__ = "visit"
    __table_args__ = (
        CheckConstraint("duration_min > 0", name="duration_positive"),
        CheckConstraint("(planned_start IS NULL) = (planned_end IS NULL)", name="planned_pair"),
        CheckConstraint(
            "planned_end IS NULL OR planned_end > planned_start", name="planned_ordered"
        ),
        CheckConstraint(
            "promised_until IS NULL OR promised_until >= promised_from", name="promise_ordered"
        ),
        CheckConstraint(
            "due_until IS NULL OR due_from IS NULL OR due_until >= due_from", name="due_ordered"
        ),
        CheckConstraint("actual_end IS NULL OR actual_end >= actual_start", name="actual_ordered"),
        Index("ix_visit_technician_planned", "technician_id", "planned_start"),
        Index("ix_visit_status_due", "status", "due_until"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Work-order number printed for the technician (« I-2026-000123 »).
    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[VisitKind] = mapped_column(enum_type(VisitKind, "visit_kind"))
    status: Mapped[VisitStatus] = mapped_column(
        enum_type(VisitStatus, "visit_status"), default=VisitStatus.TO_PLAN
    )
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contract.id"), index=True)
    summary: Mapped[str] = mapped_column(String(200), default="")
    due_from: Mapped[date | None]
    due_until: Mapped[date | None]
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("technician.id"))
    planned_start: Mapped[datetime | None]
    planned_end: Mapped[datetime | None]
    #: Arrival window promised to the customer.
    promised_from: Mapped[datetime | None]
    promised_until: Mapped[datetime | None]
    duration_min: Mapped[int] = mapped_column(Integer)
    actual_start: Mapped[datetime | None]
    actual_end: Mapped[datetime | None]
    priority: Mapped[int] = mapped_column(Integer, default=0)
    #: A locked visit is never moved by an optimisation.
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    booked_at: Mapped[datetime | None]
    #: iCalendar SEQUENCE of the invitation sent to the customer (raised on each change).
    calendar_sequence: Mapped[int] = mapped_column(Integer, default=0)
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship()
    site: Mapped[Site] = relationship()
    contract: Mapped[Contract | None] = relationship()
    technician: Mapped[Technician | None] = relationship()
    required_skills: Mapped[list[Skill]] = relationship(secondary=visit_skill)


class ContactLog(Base):
    __tablename__ = "contact_log"
    __table_args__ = (Index("ix_contact_log_customer_at", "customer_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(default=now_utc)
    channel: Mapped[ContactChannel] = mapped_column(enum_type(ContactChannel, "contact_channel"))
    reason: Mapped[ContactReason] = mapped_column(enum_type(ContactReason, "contact_reason"))
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(80), default="")
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))


class OutboxMessage(Versioned, Base):
    """A message to a customer or technician, written in the same transaction as its cause and
    sent later by the outbox sender; ``idempotency_key`` makes sure it exists (and goes) once."""

    __tablename__ = "outbox_message"
    __table_args__ = (Index("ix_outbox_message_status_not_before", "status", "not_before"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(120), unique=True)
    channel: Mapped[OutboxChannel] = mapped_column(enum_type(OutboxChannel, "outbox_channel"))
    kind: Mapped[str] = mapped_column(String(40))
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), index=True
    )
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    #: ``[{"filename": …, "content_type": …, "text": …}]``
    attachments: Mapped[list[Any]] = mapped_column(default=list)
    not_before: Mapped[datetime] = mapped_column(default=now_utc)
    status: Mapped[OutboxStatus] = mapped_column(
        enum_type(OutboxStatus, "outbox_status"), default=OutboxStatus.PENDING
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(Text, default="")
    #: While a sender holds the message (status « sending »), nobody else takes it: the lease,
    #: renewed by the sender's heartbeat as long as it runs.
    locked_until: Mapped[datetime | None]
    #: The claim under which a sender holds the message (one per claim, never reused).
    claim_token: Mapped[str | None] = mapped_column(String(32))
    #: Which sender holds it: « poste:pid:run ».
    claimed_by: Mapped[str | None] = mapped_column(String(120))
    sent_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=now_utc)


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(default=now_utc, onupdate=now_utc)


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=now_utc)
    author: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Counter(Base):
    """Named sequences for human-facing numbers (visits, contracts, quotes)."""

    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class GeocodeCache(Base):
    """One lookup of one address by one source, so no address is looked up twice."""

    __tablename__ = "geocode_cache"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The folded address as it was asked (see ``planner.domain.text.fold``).
    query_key: Mapped[str] = mapped_column(String(400), unique=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    precision: Mapped[GeocodePrecision] = mapped_column(
        enum_type(GeocodePrecision, "geocode_precision")
    )
    score: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(5), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    insee_code: Mapped[str] = mapped_column(String(5), default="")
    created_at: Mapped[datetime] = mapped_column(default=now_utc)


# -- contracts that plan themselves: catalogue, quotes, outcomes, alerts (migration 0004) ---------

_VAT_KNOWN = "vat_rate_bp IN (2000, 1000, 550)"


class CatalogueItem(Versioned, Base):
    """A service or part the company sells, with its price excluding VAT."""

    __tablename__ = "catalogue_item"
    __table_args__ = (CheckConstraint(_VAT_KNOWN, name="vat_rate_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(10), default="u")
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer, default=2000)
    category: Mapped[str] = mapped_column(String(60), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Quote(Versioned, Timestamped, Base):
    """A quote, from the request (« D-2026-0001 ») to the answer."""

    __tablename__ = "quote"
    __table_args__ = (Index("ix_quote_status_requested", "status", "requested_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="SET NULL"))
    status: Mapped[QuoteStatus] = mapped_column(
        enum_type(QuoteStatus, "quote_status"), default=QuoteStatus.REQUESTED
    )
    source: Mapped[QuoteSource] = mapped_column(
        enum_type(QuoteSource, "quote_source"), default=QuoteSource.CALL
    )
    subject: Mapped[str] = mapped_column(String(200), default="")
    request_note: Mapped[str] = mapped_column(Text, default="")
    requested_at: Mapped[datetime] = mapped_column(default=now_utc)
    #: The visit during which the customer asked for it (or found the anomaly).
    source_visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))
    sent_at: Mapped[datetime | None]
    valid_until: Mapped[date | None]
    answered_at: Mapped[datetime | None]
    refusal_reason: Mapped[str] = mapped_column(String(300), default="")
    #: The work visit created when the customer accepted.
    work_visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))
    work_duration_min: Mapped[int] = mapped_column(Integer, default=120)
    total_ht_cents: Mapped[int] = mapped_column(Integer, default=0)
    total_vat_cents: Mapped[int] = mapped_column(Integer, default=0)
    total_ttc_cents: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(80), default="")

    customer: Mapped[Customer] = relationship()
    site: Mapped[Site | None] = relationship()
    lines: Mapped[list[QuoteLine]] = relationship(
        back_populates="quote", cascade="all, delete-orphan", order_by="QuoteLine.position"
    )


class QuoteLine(Base):
    __tablename__ = "quote_line"
    __table_args__ = (CheckConstraint(_VAT_KNOWN, name="vat_rate_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quote.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    catalogue_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("catalogue_item.id", ondelete="SET NULL")
    )
    label: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(10), default="u")
    #: Thousandths: 1500 = 1,5.
    quantity_milli: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    total_ht_cents: Mapped[int] = mapped_column(Integer)

    quote: Mapped[Quote] = relationship(back_populates="lines")


class VisitReport(Versioned, Timestamped, Base):
    """The outcome of a visit (« compte rendu »); arrival and departure are the visit's
    ``actual_start`` / ``actual_end``."""

    __tablename__ = "visit_report"
    __table_args__ = (
        CheckConstraint("satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="satisfaction_range"),
        CheckConstraint("overrun_min >= 0", name="overrun_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), unique=True)
    #: ``[{"label": …, "done": bool}]``, in the tier's order.
    checklist: Mapped[list[Any]] = mapped_column(default=list)
    observations: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    satisfaction_comment: Mapped[str] = mapped_column(Text, default="")
    overrun_min: Mapped[int] = mapped_column(Integer, default=0)
    author: Mapped[str] = mapped_column(String(80), default="")


class Anomaly(Versioned, Timestamped, Base):
    """Something wrong found on site, and what was started about it."""

    __tablename__ = "anomaly"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    description: Mapped[str] = mapped_column(Text)
    severity: Mapped[AnomalySeverity] = mapped_column(enum_type(AnomalySeverity, "anomaly_severity"))
    follow_up: Mapped[FollowUpKind] = mapped_column(enum_type(FollowUpKind, "follow_up_kind"))
    follow_up_quote_id: Mapped[int | None] = mapped_column(ForeignKey("quote.id", ondelete="SET NULL"))
    follow_up_visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))
    closed_at: Mapped[datetime | None]
    closing_note: Mapped[str] = mapped_column(String(300), default="")


class VisitPart(Base):
    """A part used during a visit."""

    __tablename__ = "visit_part"
    __table_args__ = (
        CheckConstraint(_VAT_KNOWN, name="vat_rate_known"),
        CheckConstraint("quantity_milli > 0", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    catalogue_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("catalogue_item.id", ondelete="SET NULL")
    )
    label: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(10), default="u")
    quantity_milli: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[int] = mapped_column(Integer, default=0)
    vat_rate_bp: Mapped[int] = mapped_column(Integer, default=2000)
    billable: Mapped[bool] = mapped_column(Boolean, default=True)


class BillableLine(Base):
    """Something to invoice that came out of a visit (an overrun, a part)."""

    __tablename__ = "billable_line"
    __table_args__ = (CheckConstraint(_VAT_KNOWN, name="vat_rate_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # « overrun », « part »
    label: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(10), default="u")
    quantity_milli: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    total_ht_cents: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=now_utc)
    invoiced_at: Mapped[datetime | None]


class Attachment(Base):
    """A photo or file kept in Planner's data folder (``attachments/…``), named by content."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"), index=True)
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quote.id", ondelete="SET NULL"))
    original_name: Mapped[str] = mapped_column(String(255))
    #: Relative to the data folder, with forward slashes.
    stored_path: Mapped[str] = mapped_column(String(400))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=now_utc)
    author: Mapped[str] = mapped_column(String(80), default="")


class AlertSnooze(Base):
    """An alert put aside until a day, with the reason."""

    __tablename__ = "alert_snooze"
    __table_args__ = (Index("ix_alert_snooze_key_until", "alert_key", "until"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    #: Names the alert's cause (« visit_due:123 »); a new cause is a new key.
    alert_key: Mapped[str] = mapped_column(String(120))
    #: The alert shows again on this day.
    until: Mapped[date]
    reason: Mapped[str] = mapped_column(String(300))
    author: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=now_utc)


class ContractNotice(Base):
    """The renewal notice sent for one period of a tacitly renewed contract (art. L215-1)."""

    __tablename__ = "contract_notice"
    __table_args__ = (UniqueConstraint("contract_id", "period_end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id", ondelete="CASCADE"))
    period_end: Mapped[date]
    deadline: Mapped[date]
    sent_on: Mapped[date]
    channel: Mapped[ContactChannel] = mapped_column(enum_type(ContactChannel, "contact_channel"))
    outbox_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbox_message.id", ondelete="SET NULL")
    )
    recipient: Mapped[str] = mapped_column(String(254), default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=now_utc)


class OptimisationRun(Base):
    """An optimisation whose proposal someone accepted: what it changed and what it saved."""

    __tablename__ = "optimisation_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    accepted_at: Mapped[datetime] = mapped_column(default=now_utc, index=True)
    author: Mapped[str] = mapped_column(String(80), default="")
    #: « week », « day » or « replan » (a technician absent for the day).
    scope: Mapped[str] = mapped_column(String(20))
    first_day: Mapped[date]
    last_day: Mapped[date]
    visits_moved: Mapped[int] = mapped_column(Integer, default=0)
    drive_before_s: Mapped[int] = mapped_column(Integer, default=0)
    drive_after_s: Mapped[int] = mapped_column(Integer, default=0)
    distance_before_m: Mapped[int] = mapped_column(Integer, default=0)
    distance_after_m: Mapped[int] = mapped_column(Integer, default=0)
    back_and_forth_before: Mapped[int] = mapped_column(Integer, default=0)
    back_and_forth_after: Mapped[int] = mapped_column(Integer, default=0)
    #: The technicians whose part of the proposal was accepted (all when empty).
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class CalendarEntry(Base):
    """What a technician's phone calendar was last given for a visit: its event, to update it, and
    to withdraw it (as cancelled) once the visit leaves that technician's week."""

    __tablename__ = "calendar_entry"
    __table_args__ = (UniqueConstraint("technician_id", "visit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    technician_id: Mapped[int] = mapped_column(ForeignKey("technician.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    #: Where the event stood when it was last published (to find it in a week).
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    published_at: Mapped[datetime] = mapped_column(default=now_utc)
