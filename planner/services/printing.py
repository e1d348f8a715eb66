"""Printing: gather what a document shows from the database, then draw it (planner.reports).

* work orders (« bons d'intervention ») of a day or a week, for one technician or all, or of one
  visit;
* technician day sheets (« feuilles de route »), with the drive times of the planning board;
* the batch a technician takes in the morning: each day sheet followed by that day's work orders;
* quotes and intervention reports, from their plain documents (:class:`QuoteData`,
  :class:`ReportData`) or from the database once quotes and outcomes are recorded there;
* letters to customers (:class:`LetterData`), such as the renewal notice of a contract
  (:func:`renewal_letter`), to post in a window envelope;
* the company logo printed in the header of every document.

A PDF is written to a temporary file beside the target and renamed at the end: a cancelled or
failed print never leaves half a file behind.
"""

from __future__ import annotations

import base64
import os
import re
import tempfile
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.db.database import Database
from planner.db.models import (
    Anomaly,
    Contract,
    Customer,
    Quote,
    Site,
    Technician,
    Visit,
    VisitPart,
    VisitReport,
)
from planner.domain.enums import COMPLETED_STATUSES, SCHEDULED_STATUSES, Civility, VisitKind
from planner.domain.errors import NotFoundError, PlannerError, ValidationError
from planner.domain.progress import Progress
from planner.domain.text import customer_display_name, fold
from planner.domain.timeutil import paris_instant, to_paris
from planner.reports import french
from planner.reports.documents import (
    ChecklistResult,
    CompanyHeader,
    DaySheetData,
    Document,
    FoundAnomaly,
    LetterData,
    OpenAnomaly,
    Party,
    PastVisit,
    QuoteData,
    QuoteLine,
    ReportData,
    Stop,
    UsedPart,
    WorkOrderData,
)
from planner.reports.images import check_logo
from planner.reports.render import render_documents
from planner.services.common import audit, get_setting, put_setting
from planner.services.messages import load_company
from planner.services.planning import load_week, monday_of
from planner.services.renewals import renewal_letter
from planner.services.validation import phone_display

KIND_LABELS = {
    VisitKind.MAINTENANCE: "Entretien",
    VisitKind.REPAIR: "Dépannage",
    VisitKind.QUOTE: "Visite pour devis",
    VisitKind.FOLLOW_UP: "Suite à donner",
}
PRINTED_STATUSES = SCHEDULED_STATUSES | COMPLETED_STATUSES
LOGO_SETTING = "company.logo"
LOGO_MAX_BYTES = 1_000_000
QUOTE_VALIDITY_DAYS = 30
DEFAULT_QUOTE_CONDITIONS = (
    "Prix en euros, fermes jusqu'à la date de validité du devis.",
    "Travaux réalisés après retour de ce devis signé ; paiement à réception de la facture, par virement ou chèque.",
    "Tout travail supplémentaire non prévu fera l'objet d'un devis complémentaire.",
)


# -- what to print ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintSelection:
    """A day or a week, for one technician or all of them."""

    first_day: date
    days: int = 1
    technician_id: int | None = None

    @classmethod
    def day(cls, day: date, technician_id: int | None = None) -> PrintSelection:
        return cls(day, 1, technician_id)

    @classmethod
    def week(cls, any_day: date, technician_id: int | None = None) -> PrintSelection:
        return cls(monday_of(any_day), 7, technician_id)

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(days=self.days - 1)

    @property
    def days_list(self) -> list[date]:
        return [self.first_day + timedelta(days=i) for i in range(self.days)]

    def describe(self) -> str:
        if self.days == 1:
            return f"le {french.long_date(self.first_day)}"
        iso = self.first_day.isocalendar()
        return f"la semaine {iso.week} ({french.short_date(self.first_day)} – {french.short_date(self.last_day)})"


@dataclass(frozen=True)
class PrintResult:
    path: Path
    pages: int
    documents: int
    what: str

    def describe(self) -> str:
        pages = f"{self.pages} page{'s' if self.pages > 1 else ''}"
        return f"{self.what} : {pages}, enregistré dans {self.path}"


def parse_iso_week(text: str) -> date:
    """« 2026-W48 » (or « 2026-48 ») → the Monday of that ISO week; ValueError otherwise."""
    match = re.fullmatch(r"\s*(\d{4})-?[Ww]?(\d{1,2})\s*", text)
    if not match:
        raise ValueError(text)
    return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)


def find_technician(db: Database, name: str) -> int:
    """The technician called ``name`` (first name, last name or both; accents and case ignored)."""
    wanted = fold(name)
    with db.read() as session:
        technicians = [(t.id, f"{t.first_name} {t.last_name}".strip()) for t in session.scalars(select(Technician))]
    exact = [tid for tid, full in technicians if wanted in {fold(full), *fold(full).split()}]
    if not exact:
        exact = [tid for tid, full in technicians if wanted and wanted in fold(full)]
    if len(exact) == 1:
        return exact[0]
    known = ", ".join(sorted(full for _, full in technicians)) or "aucun"
    if not exact:
        raise ValidationError.single("Technicien", f"« {name} » inconnu (techniciens : {known}).")
    names = ", ".join(sorted(full for tid, full in technicians if tid in exact))
    raise ValidationError.single("Technicien", f"« {name} » désigne plusieurs techniciens ({names}) : précisez.")


# -- company header and logo ------------------------------------------------------------------------


def company_header(db: Database) -> CompanyHeader:
    info = load_company(db)
    return CompanyHeader(
        name=info.name,
        address=info.address,
        phone=phone_display(info.phone) or info.phone,
        email=info.email,
        siret=info.siret,
        logo=load_logo(db),
    )


def load_logo(db: Database) -> bytes | None:
    with db.read() as session:
        stored = get_setting(session, LOGO_SETTING)
    if not stored or not isinstance(stored, dict) or not stored.get("data"):
        return None
    return base64.b64decode(stored["data"])


def set_company_logo(db: Database, path: str | Path | None) -> str | None:
    """Store the image at ``path`` (PNG or JPEG, up to 1 Mo) as the logo printed on every
    document; ``None`` removes it.  The image is kept in the database, so every office PC sharing
    it prints the same header.  Returns the logo's file name."""
    with db.write() as session:
        if path is None:
            put_setting(session, LOGO_SETTING, None)
            audit(session, "update", "setting", None, "Logo de l'entreprise retiré")
            return None
        source = Path(path)
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise ValidationError.single("Logo", f"impossible de lire {source} ({exc.strerror or exc}).") from None
        if len(data) > LOGO_MAX_BYTES:
            raise ValidationError.single("Logo", f"image trop lourde ({len(data) // 1000} ko) : 1 000 ko au plus.")
        try:
            check_logo(data)
        except ValueError as exc:
            raise ValidationError.single("Logo", str(exc)) from None
        put_setting(session, LOGO_SETTING, {"name": source.name, "data": base64.b64encode(data).decode("ascii")})
        audit(session, "update", "setting", None, f"Logo de l'entreprise : {source.name}")
        return source.name


def logo_name(db: Database) -> str | None:
    with db.read() as session:
        stored = get_setting(session, LOGO_SETTING)
    return stored.get("name") if isinstance(stored, dict) and stored.get("data") else None


# -- gathering the data -----------------------------------------------------------------------------


def _person(technician: Technician | None) -> str:
    return f"{technician.first_name} {technician.last_name}".strip() if technician else ""


def _customer_name(customer: Customer) -> str:
    name = customer_display_name(customer.company_name, customer.last_name, customer.first_name)
    if customer.civility is not Civility.NONE and not customer.company_name:
        return f"{customer.civility.value} {name}"
    return name


def _address_lines(site: Site) -> tuple[str, ...]:
    town = f"{site.postcode} {site.city}".strip()
    return tuple(line for line in (site.address, site.address_extra, town) if line)


def _phones(*numbers: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(phone_display(n) for n in numbers if n))


def _party(customer: Customer, site: Site | None) -> Party:
    return Party(
        name=_customer_name(customer),
        address_lines=_address_lines(site) if site else (),
        phones=_phones(customer.mobile, customer.phone),
        email=customer.email,
    )


def _last_visits(session: Session, site_ids: set[int]) -> dict[int, list[tuple[datetime, str, str]]]:
    """Visits that took place at each site: (when, technician, summary), oldest first."""
    history: dict[int, list[tuple[datetime, str, str]]] = defaultdict(list)
    if not site_ids:
        return history
    rows = session.execute(
        select(Visit.site_id, Visit.actual_start, Visit.planned_start, Visit.summary, Technician.first_name, Technician.last_name)
        .outerjoin(Technician, Technician.id == Visit.technician_id)
        .where(Visit.site_id.in_(sorted(site_ids)), Visit.status.in_(list(COMPLETED_STATUSES)))
    ).all()
    for site_id, actual, planned, summary, first, last in rows:
        when = actual or planned
        if when is not None:
            history[site_id].append((when, f"{first or ''} {last or ''}".strip(), summary))
    for visits in history.values():
        visits.sort(key=lambda item: item[0])
    return history


def _open_anomalies(session: Session, site_ids: set[int]) -> dict[int, list[OpenAnomaly]]:
    """Anomalies found on these sites and not closed yet, to check on the next visit."""
    found: dict[int, list[OpenAnomaly]] = {}
    if not site_ids:
        return found
    for anomaly in session.scalars(
        select(Anomaly).where(Anomaly.site_id.in_(site_ids), Anomaly.closed_at.is_(None)).order_by(Anomaly.id)
    ):
        found.setdefault(anomaly.site_id, []).append(
            OpenAnomaly(anomaly.description, anomaly.severity.value, to_paris(anomaly.created_at).date())
        )
    return found


def _work_orders(session: Session, visits: Sequence[Visit]) -> list[WorkOrderData]:
    history = _last_visits(session, {v.site_id for v in visits})
    anomalies = _open_anomalies(session, {v.site_id for v in visits})
    orders = []
    for visit in visits:
        customer, site = visit.customer, visit.site
        contract: Contract | None = visit.contract
        tier = contract.tier if contract else None
        before = visit.planned_start or visit.created_at
        past = [h for h in history.get(visit.site_id, []) if before is None or h[0] < before]
        last = past[-1] if past else None
        orders.append(WorkOrderData(
            number=visit.number,
            kind=KIND_LABELS.get(visit.kind, str(visit.kind)),
            summary=visit.summary,
            customer=_party(customer, None),
            customer_notes=customer.notes,
            site_label=site.label,
            site_address=_address_lines(site),
            site_phone=phone_display(site.phone),
            access_notes=site.access_notes,
            technician=_person(visit.technician),
            planned_start=visit.planned_start,
            planned_end=visit.planned_end,
            promised_from=visit.promised_from,
            promised_until=visit.promised_until,
            duration_min=visit.duration_min,
            contract_number=contract.number if contract else "",
            tier=tier.name if tier else "",
            checklist=tuple(tier.checklist or ()) if tier else (),
            skills=tuple(s.code for s in visit.required_skills),
            notes=visit.notes,
            last_visit=PastVisit(to_paris(last[0]).date(), last[1], last[2]) if last else None,
            open_anomalies=tuple(anomalies.get(visit.site_id, ())),
        ))
    return orders


def _visit_query():  # type: ignore[no-untyped-def]
    return select(Visit).options(
        selectinload(Visit.customer),
        selectinload(Visit.site),
        selectinload(Visit.technician),
        selectinload(Visit.required_skills),
        selectinload(Visit.contract).selectinload(Contract.tier),
    )


def _selected_visits(session: Session, selection: PrintSelection) -> list[Visit]:
    start = paris_instant(selection.first_day, datetime.min.time())
    end = paris_instant(selection.last_day + timedelta(days=1), datetime.min.time())
    statement = (
        _visit_query()
        .join(Technician, Technician.id == Visit.technician_id)
        .where(Visit.planned_start >= start, Visit.planned_start < end, Visit.status.in_(list(PRINTED_STATUSES)))
        .order_by(Technician.first_name, Technician.last_name, Technician.id, Visit.planned_start)
    )
    if selection.technician_id is not None:
        statement = statement.where(Visit.technician_id == selection.technician_id)
    return list(session.scalars(statement))


def work_orders_for(db: Database, selection: PrintSelection) -> list[WorkOrderData]:
    """The work orders of the visits planned in the selection, by technician then time."""
    with db.read() as session:
        return _work_orders(session, _selected_visits(session, selection))


def work_order_for_visit(db: Database, visit_id: int) -> WorkOrderData:
    with db.read() as session:
        visit = session.scalars(_visit_query().where(Visit.id == visit_id)).first()
        if visit is None:
            raise NotFoundError("Cette intervention n'existe plus.")
        return _work_orders(session, [visit])[0]


def _id_by_number(db: Database, model: type[Visit] | type[Contract], number: str, what: str) -> int:
    """The id of the record numbered ``number`` (« I-2026-00012 », « C-2025-0039 »), as typed."""
    with db.read() as session:
        found = session.scalar(select(model.id).where(model.number == number.strip().upper()))
    if found is None:
        raise NotFoundError(f"{what} {number} introuvable.")
    return found


def visit_id_of(db: Database, number: str) -> int:
    return _id_by_number(db, Visit, number, "Intervention")


def day_sheets_for(db: Database, selection: PrintSelection) -> list[DaySheetData]:
    """One sheet per technician and day that has visits, technicians in name order."""
    monday = monday_of(selection.first_day)
    days_needed = (selection.last_day - monday).days + 1
    week = load_week(db, monday, days=days_needed,
                     technician_ids=[selection.technician_id] if selection.technician_id else None)
    visit_ids = [v.id for cell in week.cells.values() for v in cell.visits]
    details: dict[int, tuple[str, str, str, str]] = {}
    with db.read() as session:
        depots = {
            tid: (start or "", (end or start or ""))
            for tid, start, end in session.execute(
                select(Technician.id, Technician.start_label, Technician.end_label)
                .where(Technician.id.in_([t.id for t in week.technicians]))
            )
        }
        for chunk in range(0, len(visit_ids), 500):
            rows = session.execute(
                select(Visit.id, Site.address, Site.address_extra, Site.postcode, Site.city, Site.phone,
                       Site.access_notes, Customer.phone, Customer.mobile)
                .join(Site, Site.id == Visit.site_id)
                .join(Customer, Customer.id == Visit.customer_id)
                .where(Visit.id.in_(visit_ids[chunk : chunk + 500]))
            ).all()
            for vid, address, extra, postcode, city, site_phone, access, phone, mobile in rows:
                street = ", ".join(p for p in (address, extra) if p)
                line = f"{street}, {postcode} {city}".strip(", ").strip()
                details[vid] = (line, _phones(site_phone, mobile, phone)[0] if any((site_phone, mobile, phone)) else "",
                                access, city)
    sheets: list[DaySheetData] = []
    wanted = set(selection.days_list)
    for technician in week.technicians:
        for day in week.days:
            if day not in wanted:
                continue
            cell = week.cell(technician.id, day)
            if not cell.visits or all(v.status not in PRINTED_STATUSES for v in cell.visits):
                continue
            stops = []
            for visit, drive in zip(cell.visits, cell.drives_s, strict=False):
                address, phone, access, city = details.get(visit.id, ("", "", "", visit.city))
                stops.append(Stop(
                    number=visit.number, customer=visit.customer, address=address, city=city or visit.city,
                    summary=visit.summary, tier=visit.tier, phone=phone, access_notes=access,
                    arrival=visit.start, departure=visit.end,
                    promised_from=visit.promised_from, promised_until=visit.promised_until,
                    drive_s=drive, point=visit.point,
                ))
            lunch = ""
            if cell.lunch_window is not None and cell.lunch_minutes:
                lunch = (f"pause déjeuner {french.duration(cell.lunch_minutes)} entre "
                         f"{french.clock(cell.lunch_window.start)} et {french.clock(cell.lunch_window.end)}")
            absence = ", ".join(french.window(a.start, a.end) for a in cell.absent)
            sheets.append(DaySheetData(
                technician=technician.name,
                day=day,
                stops=tuple(stops),
                start_label=depots.get(technician.id, ("", ""))[0],
                start_point=technician.start,
                end_label=depots.get(technician.id, ("", ""))[1],
                end_point=technician.end,
                return_drive_s=cell.drives_s[-1] if len(cell.drives_s) > len(cell.visits) else None,
                hours=tuple(french.window(i.start, i.end).replace(" – ", "–") for i in cell.working),
                lunch=lunch,
                holiday=cell.holiday,
                absence=absence,
            ))
    return sheets


def batch_for(db: Database, selection: PrintSelection, *, day_sheets: bool = True, work_orders: bool = True) -> list[Document]:
    """What technicians take in the morning: for each technician and day, the day sheet followed by
    that day's work orders in the order of the round."""
    orders = work_orders_for(db, selection) if work_orders else []
    if not day_sheets:
        return list(orders)
    sheets = day_sheets_for(db, selection)
    by_key: dict[tuple[str, date], list[WorkOrderData]] = defaultdict(list)
    for order in orders:
        if order.planned_start is not None:
            by_key[(order.technician, french.paris_day(order.planned_start))].append(order)
    documents: list[Document] = []
    for sheet in sheets:
        documents.append(sheet)
        documents.extend(by_key.pop((sheet.technician, sheet.day), []))
    for rest in by_key.values():
        documents.extend(rest)
    return documents


# -- writing the PDF --------------------------------------------------------------------------------


def _write(db: Database, documents: Sequence[Document], path: str | Path, title: str, what: str,
           progress: Progress | None) -> PrintResult:
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    if not target.parent.exists():
        raise ValidationError.single("Fichier", f"le dossier {target.parent} n'existe pas.")
    company = company_header(db)
    temporary = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}.pdf.part")
    try:
        result = render_documents(documents, company, temporary, title=title,
                                  progress=progress.sub(0.1, 1.0) if progress else None)
        os.replace(temporary, target)
    except PermissionError:
        raise PlannerError(
            f"Impossible d'écrire {target} : le fichier est peut-être ouvert dans un autre programme. "
            "Fermez-le ou choisissez un autre nom."
        ) from None
    finally:
        temporary.unlink(missing_ok=True)
    return PrintResult(target, result.pages, result.documents, what)


def _nothing(selection: PrintSelection, db: Database, what: str) -> PlannerError:
    who = ""
    if selection.technician_id is not None:
        with db.read() as session:
            who = f" pour {_person(session.get(Technician, selection.technician_id))}"
    return PlannerError(f"Aucune intervention planifiée {selection.describe()}{who} : {what} à imprimer.")


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def print_work_orders(db: Database, selection: PrintSelection, path: str | Path,
                      progress: Progress | None = None) -> PrintResult:
    if progress:
        progress.report(0.0, "Lecture des interventions…")
    orders = work_orders_for(db, selection)
    if not orders:
        raise _nothing(selection, db, "aucun bon d'intervention")
    what = _plural(len(orders), "bon d'intervention", "bons d'intervention")
    return _write(db, orders, path, f"Bons d'intervention — {selection.describe()}", what, progress)


def print_day_sheets(db: Database, selection: PrintSelection, path: str | Path,
                     progress: Progress | None = None) -> PrintResult:
    if progress:
        progress.report(0.0, "Lecture des tournées…")
    sheets = day_sheets_for(db, selection)
    if not sheets:
        raise _nothing(selection, db, "aucune feuille de route")
    what = _plural(len(sheets), "feuille de route", "feuilles de route")
    return _write(db, sheets, path, f"Feuilles de route — {selection.describe()}", what, progress)


def print_batch(db: Database, selection: PrintSelection, path: str | Path, *, day_sheets: bool = True,
                work_orders: bool = True, progress: Progress | None = None) -> PrintResult:
    if not (day_sheets or work_orders):
        raise ValidationError.single("Documents", "choisissez les feuilles de route, les bons d'intervention ou les deux.")
    if progress:
        progress.report(0.0, "Lecture des tournées…")
    documents = batch_for(db, selection, day_sheets=day_sheets, work_orders=work_orders)
    if not documents:
        raise _nothing(selection, db, "rien")
    sheets = sum(isinstance(d, DaySheetData) for d in documents)
    orders = len(documents) - sheets
    parts = [p for p in (sheets and _plural(sheets, "feuille de route", "feuilles de route"),
                         orders and _plural(orders, "bon d'intervention", "bons d'intervention")) if p]
    return _write(db, documents, path, f"Tournées — {selection.describe()}", " et ".join(parts), progress)


def print_visit_work_order(db: Database, visit_id: int, path: str | Path, progress: Progress | None = None) -> PrintResult:
    order = work_order_for_visit(db, visit_id)
    return _write(db, [order], path, f"Bon d'intervention {order.number}", f"Bon d'intervention {order.number}", progress)


def print_quote(db: Database, quote: QuoteData, path: str | Path, progress: Progress | None = None) -> PrintResult:
    if not quote.lines:
        raise ValidationError.single("Lignes", "ajoutez au moins une ligne avant d'imprimer le devis.")
    return _write(db, [quote], path, f"Devis {quote.number}", f"Devis {quote.number}", progress)


def print_report(db: Database, report: ReportData, path: str | Path, progress: Progress | None = None) -> PrintResult:
    return _write(db, [report], path, f"Rapport d'intervention {report.number}",
                  f"Rapport d'intervention {report.number}", progress)


def print_letter(db: Database, letter: LetterData, path: str | Path, progress: Progress | None = None) -> PrintResult:
    return _write(db, [letter], path, letter.title, letter.title, progress)


def contract_id_of(db: Database, number: str) -> int:
    return _id_by_number(db, Contract, number, "Contrat")


def print_renewal_letter(db: Database, contract_id: int, path: str | Path, progress: Progress | None = None,
                         *, on: date | None = None) -> PrintResult:
    """The renewal notice of the contract as a letter to post (same text as the email), dated
    ``on`` (today by default).  Printing it records nothing: the office records the letter as
    posted once it is in the mail (:func:`planner.services.renewals.send_renewal_notice`)."""
    if progress:
        progress.report(0.0, "Préparation du courrier…")
    return print_letter(db, renewal_letter(db, contract_id, on=on), path, progress)


def print_quote_number(db: Database, number: str, path: str | Path, progress: Progress | None = None) -> PrintResult:
    return print_quote(db, load_quote(db, number), path, progress)


def print_visit_report(db: Database, visit_id: int, path: str | Path, progress: Progress | None = None) -> PrintResult:
    return print_report(db, load_report(db, visit_id), path, progress)


def temporary_pdf(stem: str) -> Path:
    """A fresh path for a PDF to open or print (never one a viewer still holds open)."""
    folder = Path(tempfile.gettempdir()) / "Planner"
    folder.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^\w.-]+", "-", stem, flags=re.UNICODE).strip("-") or "document"
    return folder / f"{safe}-{uuid.uuid4().hex[:6]}.pdf"


# -- quotes and intervention reports from the database ----------------------------------------------
#
# Quotes (« quote », « quote_line ») and outcomes (« visit_report », « anomaly », « visit_part »)
# come with the contracts work.  The two mappings below read them through these protocols; the
# loaders find the tables when the schema has them.


class QuoteLineRecord(Protocol):
    label: str
    unit: str
    quantity_milli: int
    unit_price_cents: int
    vat_rate_bp: int


class QuoteRecord(Protocol):
    number: str
    subject: str
    author: str
    requested_at: datetime
    sent_at: datetime | None
    valid_until: date | None
    customer: Customer
    site: Site | None
    lines: Sequence[Any]


def quote_data(record: QuoteRecord, *, conditions: Sequence[str] = DEFAULT_QUOTE_CONDITIONS,
               validity_days: int = QUOTE_VALIDITY_DAYS) -> QuoteData:
    """The printed quote of a recorded one: dated the day it was sent (else requested)."""
    issued = to_paris(record.sent_at or record.requested_at).date()
    customer_site = record.customer.sites[0] if record.customer.sites else None
    return QuoteData(
        number=record.number,
        issued_on=issued,
        valid_until=record.valid_until or issued + timedelta(days=validity_days),
        customer=_party(record.customer, customer_site),
        subject=record.subject,
        site_address=_address_lines(record.site) if record.site is not None and record.site is not customer_site else (),
        lines=tuple(
            QuoteLine(line.label, Decimal(line.quantity_milli) / 1000, line.unit_price_cents, line.vat_rate_bp, line.unit)
            for line in record.lines
        ),
        conditions=tuple(conditions),
        author=record.author,
    )


def load_quote(db: Database, number: str) -> QuoteData:
    with db.read() as session:
        record = session.scalars(
            select(Quote).where(Quote.number == number.strip().upper())
            .options(selectinload(Quote.lines), selectinload(Quote.customer).selectinload(Customer.sites))
        ).first()
        if record is None:
            raise NotFoundError(f"Devis {number} introuvable.")
        conditions = get_setting(session, "quote.conditions", None) or DEFAULT_QUOTE_CONDITIONS
        validity = int(get_setting(session, "quote.validity_days", QUOTE_VALIDITY_DAYS) or QUOTE_VALIDITY_DAYS)
        return quote_data(record, conditions=tuple(conditions), validity_days=validity)


SEVERITIES = {"minor", "major", "danger"}


def report_data(visit: Visit, outcome: Any, anomalies: Sequence[Any], parts: Sequence[Any], company_phone: str) -> ReportData:
    """The intervention report of a visit whose outcome was recorded: ``outcome`` has
    ``checklist`` (``[{"label", "done"}]``), ``observations``, ``satisfaction`` (1–5 or None) and
    ``satisfaction_comment``; each anomaly ``description``, ``severity`` and ``follow_up``; each
    part ``label``, ``quantity_milli`` and ``unit``."""
    if visit.actual_start is None or visit.actual_end is None:
        raise ValidationError.single("Heures", "l'arrivée et le départ du technicien ne sont pas enregistrés.")
    follow = {"quote": "Devis proposé", "visit": "Nouvelle visite prévue"}
    contact = f" au {company_phone}" if company_phone else ""
    contract = visit.contract
    return ReportData(
        number=visit.number,
        kind=KIND_LABELS.get(visit.kind, str(visit.kind)),
        customer=_party(visit.customer, visit.customer.sites[0] if visit.customer.sites else None),
        site_address=_address_lines(visit.site),
        arrival=visit.actual_start,
        departure=visit.actual_end,
        technician=_person(visit.technician),
        summary=visit.summary,
        tier=contract.tier.name if contract else "",
        contract_number=contract.number if contract else "",
        checklist=tuple(ChecklistResult(str(item.get("label", "")), item.get("done"), str(item.get("comment", "")))
                        for item in (outcome.checklist or [])),
        observations=outcome.observations,
        anomalies=tuple(
            FoundAnomaly(a.description, str(getattr(a.severity, "value", a.severity)),
                         follow.get(str(getattr(a.follow_up, "value", a.follow_up)), ""))
            for a in anomalies
        ),
        parts=tuple(UsedPart(p.label, Decimal(p.quantity_milli) / 1000, p.unit) for p in parts),
        satisfaction=outcome.satisfaction,
        satisfaction_comment=outcome.satisfaction_comment,
        satisfaction_request=(
            "Votre avis nous aide à bien vous servir : comment jugez-vous cette intervention, de 1 (pas satisfait) "
            f"à 5 (très satisfait) ? Répondez simplement au message qui accompagne ce rapport, ou appelez-nous{contact}."
        ),
    )


def load_report(db: Database, visit_id: int) -> ReportData:
    outcome_model, anomaly_model, part_model = VisitReport, Anomaly, VisitPart
    company_phone = phone_display(load_company(db).phone)
    with db.read() as session:
        visit = session.scalars(
            _visit_query().where(Visit.id == visit_id).options(selectinload(Visit.customer).selectinload(Customer.sites))
        ).first()
        if visit is None:
            raise NotFoundError("Cette intervention n'existe plus.")
        outcome = session.scalar(select(outcome_model).where(outcome_model.visit_id == visit_id))
        if outcome is None:
            raise PlannerError(f"Le compte rendu de l'intervention {visit.number} n'est pas encore saisi.")
        anomalies = list(session.scalars(select(anomaly_model).where(anomaly_model.visit_id == visit_id).order_by(anomaly_model.id)))
        parts = list(session.scalars(select(part_model).where(part_model.visit_id == visit_id).order_by(part_model.id)))
        return report_data(visit, outcome, anomalies, parts, company_phone)


# -- e-mailing the intervention report ----------------------------------------------------------------


@dataclass(frozen=True)
class ReportEmail:
    recipient: str
    filename: str
    queued: bool  # False when this very report was already queued for this visit

    def describe(self) -> str:
        if not self.queued:
            return f"Ce rapport est déjà dans la boîte d'envoi pour {self.recipient}."
        return f"Rapport {self.filename} envoyé à {self.recipient} (boîte d'envoi)."


def email_report(db: Database, visit_id: int, report: ReportData) -> ReportEmail:
    """Queue the report for the customer: an e-mail from the ``report`` template with the PDF
    attached, sent by the outbox.  The same report queued twice goes once; a corrected report
    (different content) is a new message."""
    import hashlib
    import io

    from babel.dates import format_date

    from planner.db.models import Technician as TechnicianModel
    from planner.domain.enums import OutboxChannel
    from planner.services.messages import company_info, queue_message, render_email, visit_context

    recipient = report.customer.email
    if not recipient:
        raise ValidationError.single("E-mail", "le client n'a pas d'adresse e-mail : ajoutez-la à sa fiche, ou imprimez le rapport.")
    buffer = io.BytesIO()
    render_documents([report], company_header(db), buffer, title=f"Rapport d'intervention {report.number}")
    pdf = buffer.getvalue()
    digest = hashlib.sha256(repr(report).encode()).hexdigest()[:16]  # the content, not the PDF's dates
    filename = f"rapport-{report.number}.pdf"
    with db.write() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFoundError("Cette intervention n'existe plus.")
        customer, site = visit.customer, visit.site
        technician = session.get(TechnicianModel, visit.technician_id) if visit.technician_id else None
        company = company_info(session)
        context = visit_context(visit, customer, site, technician, company) if (visit.promised_from or visit.planned_start) else {}
        day = to_paris(report.arrival).date()
        context.update({
            "greeting": context.get("greeting") or report.customer.name,
            "company_name": company.name, "company_phone": phone_display(company.phone) or company.phone,
            "day_label": format_date(day, "EEEE dd/MM", locale="fr_FR"),
            "day_long": format_date(day, "EEEE d MMMM y", locale="fr_FR"),
            "visit_number": report.number, "technician": report.technician,
        })
        subject, text_body, html_body = render_email("report", context)
        queued = queue_message(
            session,
            idempotency_key=f"visit:{visit_id}:report:{digest}",
            channel=OutboxChannel.EMAIL, kind="report", customer_id=customer.id, visit_id=visit_id,
            recipient=recipient, subject=subject, body_text=text_body, body_html=html_body,
            attachments=[{"filename": filename, "content_type": "application/pdf",
                          "base64": base64.b64encode(pdf).decode("ascii")}],
        )
        if queued:
            audit(session, "email", "visit", visit_id, f"Rapport {report.number} envoyé à {recipient}")
    return ReportEmail(recipient, filename, queued)


def email_visit_report(db: Database, visit_id: int) -> ReportEmail:
    """Queue the recorded outcome's report to the customer (PDF attached)."""
    return email_report(db, visit_id, load_report(db, visit_id))
