"""Intervention outcomes (« comptes rendus »): actual arrival and departure, the overrun turned
into a billable line, checklist, observations, anomalies with their follow-up, parts used,
files attached, customer satisfaction."""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, select

from planner.db.database import Database
from planner.db.models import (
    Anomaly,
    Attachment,
    BillableLine,
    ContactLog,
    Contract,
    Customer,
    Quote,
    Site,
    Technician,
    Visit,
    VisitPart,
    VisitReport,
)
from planner.domain.enums import (
    COMPLETED_STATUSES,
    SCHEDULED_STATUSES,
    ContactChannel,
    ContactReason,
    VisitKind,
    VisitStatus,
)
from planner.domain.errors import NotFoundError, PlannerError
from planner.domain.outcomes import (
    FOLLOW_UP_DUE_DAYS,
    AnomalySeverity,
    FollowUpKind,
    Overrun,
    OverrunRule,
    overrun,
)
from planner.domain.quotes import VAT_RATES, QuoteSource, line_total_cents
from planner.domain.text import customer_display_name
from planner.domain.timeutil import now_utc, paris_day_bounds, to_paris
from planner.paths import user_data_dir
from planner.services import letters
from planner.services import validation as v
from planner.services.common import audit, current_user, lock_current, next_number
from planner.services.quotes import QuoteRequestInput, create_quote_request, read_business_settings

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
ATTACHMENTS_FOLDER = "attachments"

SEVERITY_FR = {
    AnomalySeverity.MINOR: "mineure",
    AnomalySeverity.MAJOR: "importante",
    AnomalySeverity.DANGER: "danger",
}

#: A visit may get its outcome once it has been booked (or done).
REPORTABLE_STATUSES = SCHEDULED_STATUSES | {VisitStatus.DONE, VisitStatus.REPORTED}


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    label: str
    done: bool = False


@dataclass(frozen=True, slots=True)
class AnomalyInput:
    description: str
    severity: AnomalySeverity = AnomalySeverity.MAJOR
    follow_up: FollowUpKind = FollowUpKind.QUOTE


@dataclass(frozen=True, slots=True)
class PartInput:
    label: str
    quantity_milli: int = 1000
    unit_price_cents: int = 0
    vat_rate_bp: int = 2000
    billable: bool = True
    unit: str = "u"
    catalogue_item_id: int | None = None


@dataclass(frozen=True, slots=True)
class OutcomeInput:
    arrival: datetime
    departure: datetime
    checklist: tuple[ChecklistItem, ...] = ()
    observations: str = ""
    #: New anomalies found on this visit (those recorded before stay as they are).
    anomalies: tuple[AnomalyInput, ...] = ()
    #: Every part used (replaces what was entered before).
    parts: tuple[PartInput, ...] = ()
    #: Files to copy into the data folder and attach (added to those already attached).
    attachments: tuple[str, ...] = ()
    #: Quotes the customer asked for during the visit (one subject each): quote requests.
    quote_requests: tuple[str, ...] = ()
    satisfaction: int | None = None
    satisfaction_comment: str = ""


@dataclass(frozen=True, slots=True)
class AnomalyView:
    id: int
    version: int
    description: str
    severity: AnomalySeverity
    follow_up: FollowUpKind
    follow_up_quote_id: int | None
    follow_up_visit_id: int | None
    follow_up_number: str
    closed: bool


@dataclass(frozen=True, slots=True)
class AttachmentView:
    id: int
    original_name: str
    stored_path: str
    size_bytes: int
    created_at: datetime

    @property
    def path(self) -> Path:
        return attachment_path(self.stored_path)


@dataclass(frozen=True, slots=True)
class BillableLineView:
    kind: str
    label: str
    quantity_milli: int
    unit: str
    unit_price_cents: int
    vat_rate_bp: int
    total_ht_cents: int
    invoiced: bool


@dataclass(frozen=True, slots=True)
class OutcomeForm:
    """Everything the outcome dialog shows for one visit."""

    visit_id: int
    visit_version: int
    number: str
    kind: VisitKind
    status: VisitStatus
    summary: str
    customer_id: int
    customer_name: str
    site_label: str
    technician: str
    contract_number: str
    planned_start: datetime | None
    planned_end: datetime | None
    duration_min: int
    rule: OverrunRule
    has_report: bool
    arrival: datetime | None
    departure: datetime | None
    checklist: tuple[ChecklistItem, ...]
    observations: str = ""
    satisfaction: int | None = None
    satisfaction_comment: str = ""
    anomalies: tuple[AnomalyView, ...] = ()
    parts: tuple[PartInput, ...] = ()
    attachments: tuple[AttachmentView, ...] = ()
    billable_lines: tuple[BillableLineView, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class OutcomeResult:
    visit_version: int
    overrun: Overrun
    billable_line_ids: tuple[int, ...]
    anomaly_ids: tuple[int, ...]
    follow_up_quote_ids: tuple[int, ...]
    follow_up_visit_ids: tuple[int, ...]
    attachment_ids: tuple[int, ...]


def attachment_path(stored_path: str) -> Path:
    """Where an attachment's file is on this computer."""
    return user_data_dir().joinpath(*stored_path.split("/"))


# -- reading -------------------------------------------------------------------------------------


def _site_label(site: Site) -> str:
    place = f"{site.address}, {site.postcode} {site.city}".strip(", ")
    return f"{site.label} — {place}" if site.label else place


def get_outcome_form(db: Database, visit_id: int) -> OutcomeForm:
    with db.read() as session:
        x = session.get(Visit, visit_id)
        if x is None:
            raise NotFoundError(f"L'intervention n° {visit_id} n'existe plus.")
        c = x.customer
        report = session.scalar(select(VisitReport).where(VisitReport.visit_id == x.id))
        contract = session.get(Contract, x.contract_id) if x.contract_id else None
        if report is not None and report.checklist:
            checklist = tuple(ChecklistItem(i["label"], bool(i.get("done"))) for i in report.checklist)
        elif contract is not None and x.kind is VisitKind.MAINTENANCE:
            checklist = tuple(ChecklistItem(label) for label in contract.tier.checklist)
        else:
            checklist = ()
        anomalies = []
        for a in session.scalars(select(Anomaly).where(Anomaly.visit_id == x.id).order_by(Anomaly.id)):
            number = ""
            if a.follow_up_quote_id:
                number = session.scalar(select(Quote.number).where(Quote.id == a.follow_up_quote_id)) or ""
            elif a.follow_up_visit_id:
                number = session.scalar(select(Visit.number).where(Visit.id == a.follow_up_visit_id)) or ""
            anomalies.append(
                AnomalyView(a.id, a.version, a.description, a.severity, a.follow_up, a.follow_up_quote_id,
                            a.follow_up_visit_id, number, a.closed_at is not None)
            )
        parts = tuple(
            PartInput(p.label, p.quantity_milli, p.unit_price_cents, p.vat_rate_bp, p.billable, p.unit, p.catalogue_item_id)
            for p in session.scalars(select(VisitPart).where(VisitPart.visit_id == x.id).order_by(VisitPart.id))
        )
        attachments = tuple(
            AttachmentView(f.id, f.original_name, f.stored_path, f.size_bytes, f.created_at)
            for f in session.scalars(select(Attachment).where(Attachment.visit_id == x.id).order_by(Attachment.id))
        )
        lines = tuple(
            BillableLineView(b.kind, b.label, b.quantity_milli, b.unit, b.unit_price_cents, b.vat_rate_bp,
                             b.total_ht_cents, b.invoiced_at is not None)
            for b in session.scalars(select(BillableLine).where(BillableLine.visit_id == x.id).order_by(BillableLine.id))
        )
        technician = session.get(Technician, x.technician_id) if x.technician_id else None
        return OutcomeForm(
            visit_id=x.id, visit_version=x.version, number=x.number, kind=x.kind, status=x.status,
            summary=x.summary, customer_id=c.id,
            customer_name=customer_display_name(c.company_name, c.last_name, c.first_name),
            site_label=_site_label(x.site),
            technician=f"{technician.first_name} {technician.last_name}".strip() if technician else "",
            contract_number=contract.number if contract else "",
            planned_start=x.planned_start, planned_end=x.planned_end, duration_min=x.duration_min,
            rule=read_business_settings(session).overrun_rule, has_report=report is not None,
            arrival=x.actual_start, departure=x.actual_end, checklist=checklist,
            observations=report.observations if report else "",
            satisfaction=report.satisfaction if report else None,
            satisfaction_comment=report.satisfaction_comment if report else "",
            anomalies=tuple(anomalies), parts=parts, attachments=attachments, billable_lines=lines,
        )


@dataclass(frozen=True, slots=True)
class DayVisit:
    """One line of the day's list, from which outcomes are entered."""

    id: int
    number: str
    planned_start: datetime
    technician: str
    customer_id: int
    customer: str
    city: str
    summary: str
    kind: VisitKind
    status: VisitStatus
    has_report: bool


def visits_of_day(db: Database, day: date) -> list[DayVisit]:
    """The visits planned on ``day`` (Paris), by technician and time, and whether their outcome
    is entered."""
    start, end = paris_day_bounds(day)
    with db.read() as session:
        reported = set(
            session.scalars(
                select(VisitReport.visit_id).join(Visit, Visit.id == VisitReport.visit_id).where(
                    Visit.planned_start >= start, Visit.planned_start < end
                )
            )
        )
        rows = session.execute(
            select(
                Visit.id, Visit.number, Visit.planned_start, Visit.summary, Visit.kind, Visit.status,
                Visit.customer_id, Technician.first_name, Technician.last_name, Customer.company_name,
                Customer.last_name.label("c_last"), Customer.first_name.label("c_first"), Site.city,
            )
            .join(Customer, Visit.customer_id == Customer.id)
            .join(Site, Visit.site_id == Site.id)
            .outerjoin(Technician, Visit.technician_id == Technician.id)
            .where(
                Visit.planned_start >= start, Visit.planned_start < end,
                Visit.status.in_(REPORTABLE_STATUSES | COMPLETED_STATUSES),
            )
            .order_by(Technician.first_name, Visit.planned_start)
        )
        return [
            DayVisit(
                id=r.id, number=r.number, planned_start=r.planned_start,
                technician=f"{r.first_name or ''} {r.last_name or ''}".strip(), customer_id=r.customer_id,
                customer=customer_display_name(r.company_name, r.c_last, r.c_first), city=r.city,
                summary=r.summary, kind=r.kind, status=r.status, has_report=r.id in reported,
            )
            for r in rows
        ]


@dataclass(frozen=True, slots=True)
class VisitBrief:
    id: int
    number: str
    customer_id: int
    customer_name: str
    status: VisitStatus
    summary: str


def visit_brief(db: Database, visit_id: int) -> VisitBrief:
    with db.read() as session:
        x = session.get(Visit, visit_id)
        if x is None:
            raise NotFoundError(f"L'intervention n° {visit_id} n'existe plus.")
        c = x.customer
        return VisitBrief(x.id, x.number, c.id, customer_display_name(c.company_name, c.last_name, c.first_name),
                          x.status, x.summary)


# -- saving --------------------------------------------------------------------------------------


def validate_outcome(data: OutcomeInput) -> OutcomeInput:
    check = v.Collector()
    if data.arrival.tzinfo is None or data.departure.tzinfo is None:
        raise ValueError("arrival and departure must be aware datetimes")
    if data.departure <= data.arrival:
        check.add("Départ", "l'heure de départ doit suivre l'heure d'arrivée.")
    elif data.departure - data.arrival > timedelta(hours=16):
        check.add("Départ", "plus de 16 heures sur place : vérifiez les heures et la date.")
    observations = (data.observations or "").strip()
    if len(observations) > 8000:
        check.add("Observations", "8 000 caractères au plus.")
    if data.satisfaction is not None and not 1 <= data.satisfaction <= 5:
        check.add("Satisfaction", "une note de 1 à 5.")
    comment = (data.satisfaction_comment or "").strip()
    if len(comment) > 2000:
        check.add("Commentaire du client", "2 000 caractères au plus.")
    anomalies = []
    for number, anomaly in enumerate(data.anomalies, start=1):
        text = " ".join((anomaly.description or "").split())
        if not text:
            check.add(f"Anomalie {number}", "décrivez ce qui a été constaté.")
        elif len(text) > 2000:
            check.add(f"Anomalie {number}", "2 000 caractères au plus.")
        anomalies.append(replace(anomaly, description=text))
    parts = []
    for number, part in enumerate(data.parts, start=1):
        label = " ".join((part.label or "").split())
        name = f"Pièce {number}"
        if not label:
            check.add(name, "indiquez la désignation.")
        elif len(label) > 200:
            check.add(name, "200 caractères au plus.")
        if part.quantity_milli <= 0:
            check.add(name, "la quantité doit être positive.")
        if part.unit_price_cents < 0:
            check.add(name, "le prix ne peut pas être négatif.")
        if part.vat_rate_bp not in VAT_RATES:
            check.add(name, "TVA à 20 %, 10 % ou 5,5 %.")
        parts.append(replace(part, label=label, unit=(part.unit or "u").strip()[:10] or "u"))
    requests = []
    for number, subject in enumerate(data.quote_requests, start=1):
        text = " ".join((subject or "").split())
        if len(text) > 200:
            check.add(f"Devis demandé {number}", "200 caractères au plus.")
        if text:
            requests.append(text)
    for path_text in data.attachments:
        path = Path(path_text)
        if not path.is_file():
            check.add("Pièces jointes", f"« {path.name} » est introuvable.")
        elif path.stat().st_size > MAX_ATTACHMENT_BYTES:
            check.add("Pièces jointes", f"« {path.name} » dépasse 50 Mo.")
    check.raise_if_any()
    checklist = tuple(ChecklistItem(" ".join(i.label.split()), bool(i.done)) for i in data.checklist if i.label.strip())
    return replace(
        data, observations=observations, satisfaction_comment=comment, anomalies=tuple(anomalies),
        parts=tuple(parts), checklist=checklist, quote_requests=tuple(requests),
    )


def _store_file(source: Path) -> tuple[str, str, int, bool]:
    """Copy ``source`` into the attachments folder, named by its SHA-256 (the same file twice is
    stored once).  Returns the relative path, the digest, the size and whether it was new."""
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    sha = digest.hexdigest()
    suffix = "".join(ch for ch in source.suffix.lower() if ch.isalnum() or ch == ".")[:10]
    relative = f"{ATTACHMENTS_FOLDER}/{sha[:2]}/{sha}{suffix}"
    target = attachment_path(relative)
    if target.exists():
        return relative, sha, target.stat().st_size, False
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    shutil.copyfile(source, partial)
    partial.replace(target)
    return relative, sha, target.stat().st_size, True


def save_outcome(db: Database, visit_id: int, expected_version: int, data: OutcomeInput) -> OutcomeResult:
    """Record a visit's outcome in one transaction.

    The visit gets its actual arrival and departure and the status « compte rendu » ; an overrun
    beyond the tolerance becomes a billable line at the hourly rate (see
    :class:`planner.domain.outcomes.OverrunRule`), billable parts too; each new anomaly creates
    its follow-up (a quote request, or a visit due within 2 / 15 / 60 days by severity), each
    quote the customer asked for on site a quote request.  Saving again replaces the parts and
    the lines not invoiced yet.
    """
    data = validate_outcome(data)
    stored: list[tuple[str, str, int, str, bool]] = []
    try:
        for path_text in data.attachments:
            path = Path(path_text)
            relative, sha, size, new = _store_file(path)
            stored.append((relative, sha, size, path.name, new))
        return _save_outcome(db, visit_id, expected_version, data, stored)
    except BaseException:
        for relative, _, _, _, new in stored:
            if new:
                attachment_path(relative).unlink(missing_ok=True)
        raise


def _save_outcome(
    db: Database, visit_id: int, expected_version: int, data: OutcomeInput,
    stored: list[tuple[str, str, int, str, bool]],
) -> OutcomeResult:
    with db.write() as session:
        x = lock_current(session, Visit, visit_id, expected_version, "Intervention")
        if x.status is VisitStatus.INVOICED:
            raise PlannerError(f"Intervention {x.number} : déjà facturée, son compte rendu ne peut plus changer.")
        if x.status not in REPORTABLE_STATUSES:
            raise PlannerError(
                f"Intervention {x.number} : elle n'a pas été planifiée ; planifiez-la avant d'en saisir le compte rendu."
            )
        if session.scalar(
            select(BillableLine.id).where(BillableLine.visit_id == x.id, BillableLine.invoiced_at.is_not(None)).limit(1)
        ):
            raise PlannerError(f"Intervention {x.number} : déjà facturée, son compte rendu ne peut plus changer.")
        settings = read_business_settings(session)
        actual_min = int((data.departure - data.arrival).total_seconds() // 60)
        result = overrun(x.duration_min, actual_min, settings.overrun_rule)

        x.actual_start, x.actual_end = data.arrival, data.departure
        x.status = VisitStatus.REPORTED
        report = session.scalar(select(VisitReport).where(VisitReport.visit_id == x.id))
        if report is None:
            report = VisitReport(visit_id=x.id)
            session.add(report)
        report.checklist = [{"label": i.label, "done": i.done} for i in data.checklist]
        report.observations = data.observations
        report.satisfaction = data.satisfaction
        report.satisfaction_comment = data.satisfaction_comment
        report.overrun_min = result.overrun_min
        report.author = current_user()

        session.execute(delete(VisitPart).where(VisitPart.visit_id == x.id))
        session.execute(delete(BillableLine).where(BillableLine.visit_id == x.id, BillableLine.invoiced_at.is_(None)))
        lines: list[BillableLine] = []
        if result.billed_min:
            rule = settings.overrun_rule
            lines.append(
                BillableLine(
                    visit_id=x.id, customer_id=x.customer_id, kind="overrun",
                    label=f"Dépassement de {result.overrun_min} min sur la durée prévue de {x.duration_min} min "
                    f"(intervention {x.number}) : {result.billed_min} min facturées à "
                    f"{letters.money(rule.hourly_rate_cents)} HT de l'heure",
                    unit="h", quantity_milli=result.billed_min * 1000 // 60,
                    unit_price_cents=rule.hourly_rate_cents, vat_rate_bp=rule.vat_rate_bp,
                    total_ht_cents=result.amount_cents,
                )
            )
        for part in data.parts:
            session.add(
                VisitPart(
                    visit_id=x.id, catalogue_item_id=part.catalogue_item_id, label=part.label, unit=part.unit,
                    quantity_milli=part.quantity_milli, unit_price_cents=part.unit_price_cents,
                    vat_rate_bp=part.vat_rate_bp, billable=part.billable,
                )
            )
            if part.billable and part.unit_price_cents:
                lines.append(
                    BillableLine(
                        visit_id=x.id, customer_id=x.customer_id, kind="part",
                        label=f"{part.label} (intervention {x.number})", unit=part.unit,
                        quantity_milli=part.quantity_milli, unit_price_cents=part.unit_price_cents,
                        vat_rate_bp=part.vat_rate_bp,
                        total_ht_cents=line_total_cents(part.quantity_milli, part.unit_price_cents),
                    )
                )
        session.add_all(lines)

        anomaly_ids, quote_ids, visit_ids = [], [], []
        found_on = to_paris(data.departure).date()
        for anomaly in data.anomalies:
            record = Anomaly(
                visit_id=x.id, customer_id=x.customer_id, site_id=x.site_id, description=anomaly.description,
                severity=anomaly.severity, follow_up=anomaly.follow_up,
            )
            if anomaly.follow_up is FollowUpKind.QUOTE:
                quote = create_quote_request(
                    session,
                    QuoteRequestInput(
                        customer_id=x.customer_id, site_id=x.site_id, source=QuoteSource.ANOMALY, visit_id=x.id,
                        subject=f"Suite à l'anomalie ({SEVERITY_FR[anomaly.severity]}) : {anomaly.description}"[:200],
                        note=f"Constatée lors de l'intervention {x.number} du {letters.day(found_on)}.",
                        channel=None, requested_at=data.departure,
                    ),
                )
                record.follow_up_quote_id = quote.id
                quote_ids.append(quote.id)
            else:
                follow = Visit(
                    number=next_number(session, "I", found_on.year),
                    kind=VisitKind.FOLLOW_UP, status=VisitStatus.TO_PLAN,
                    customer_id=x.customer_id, site_id=x.site_id, contract_id=x.contract_id,
                    summary=f"Suite anomalie ({SEVERITY_FR[anomaly.severity]}) : {anomaly.description}"[:200],
                    due_from=found_on,
                    due_until=found_on + timedelta(days=FOLLOW_UP_DUE_DAYS[anomaly.severity]),
                    duration_min=60,
                    priority={AnomalySeverity.DANGER: 2, AnomalySeverity.MAJOR: 1}.get(anomaly.severity, 0),
                    notes=f"Anomalie constatée lors de l'intervention {x.number} : {anomaly.description}",
                )
                session.add(follow)
                session.flush()
                record.follow_up_visit_id = follow.id
                visit_ids.append(follow.id)
            session.add(record)
            session.flush()
            anomaly_ids.append(record.id)

        for subject in data.quote_requests:
            quote = create_quote_request(
                session,
                QuoteRequestInput(
                    customer_id=x.customer_id, site_id=x.site_id, source=QuoteSource.VISIT, visit_id=x.id,
                    subject=subject, note=f"Demandé au technicien lors de l'intervention {x.number} du {letters.day(found_on)}.",
                    channel=None, requested_at=data.departure,
                ),
            )
            quote_ids.append(quote.id)
            session.add(
                ContactLog(
                    customer_id=x.customer_id, at=data.departure, channel=ContactChannel.ON_SITE,
                    reason=ContactReason.QUOTE_REQUEST, note=f"Demande de devis {quote.number} : {subject}",
                    author=current_user(), visit_id=x.id,
                )
            )

        attachment_ids = []
        for relative, sha, size, name, _new in stored:
            attachment = Attachment(
                customer_id=x.customer_id, visit_id=x.id, original_name=name[:255], stored_path=relative,
                sha256=sha, size_bytes=size, content_type=mimetypes.guess_type(name)[0] or "",
                author=current_user(),
            )
            session.add(attachment)
            session.flush()
            attachment_ids.append(attachment.id)
        session.flush()
        audit(
            session, "report", "visit", x.id,
            f"Compte rendu de l'intervention {x.number} ({actual_min} min sur place"
            + (f", dépassement facturable de {result.billed_min} min" if result.billed_min else "")
            + (f", {len(anomaly_ids)} anomalie(s)" if anomaly_ids else "") + ")",
        )
        return OutcomeResult(
            visit_version=x.version, overrun=result, billable_line_ids=tuple(b.id for b in lines),
            anomaly_ids=tuple(anomaly_ids), follow_up_quote_ids=tuple(quote_ids),
            follow_up_visit_ids=tuple(visit_ids), attachment_ids=tuple(attachment_ids),
        )


def close_anomaly(db: Database, anomaly_id: int, expected_version: int, note: str) -> int:
    """Close an anomaly whatever its follow-up became (the customer declined, solved otherwise)."""
    note = v.text(note, "Note de clôture", required=True, max_length=300)
    with db.write() as session:
        a = lock_current(session, Anomaly, anomaly_id, expected_version, "Anomalie")
        if a.closed_at is not None:
            raise PlannerError("Cette anomalie est déjà close.")
        a.closed_at = now_utc()
        a.closing_note = note
        session.flush()
        audit(session, "close", "anomaly", a.id, f"Anomalie close : {note}")
        return a.version

