"""The customer's rights under the GDPR (RGPD): access/portability and erasure.

* :func:`customer_data` / :func:`export_customer_data` — everything Planner holds about one
  customer (record, sites, contracts and renewal notices, visits with their reports, anomalies,
  parts and billable lines, quotes with their lines, attached photos and files — their content
  included —, contact log, messages, audit entries), as JSON.
* :func:`erase_customer` — anonymisation: every personal field of the customer is blanked,
  wherever it was copied (audit trail, messages, geocoding cache, free-text notes), while the
  anonymous facts stay for the statistics (tier, dates and durations of visits, commune).
  Running contracts are terminated and visits still to come are cancelled; the customer's photos
  and files are deleted from the data folder.

Both are recorded in the audit log, without the person's name.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, String, Text, select, update
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from planner import __version__
from planner.db.base import Base
from planner.db.database import Database
from planner.db.models import (
    Anomaly,
    Attachment,
    AuditEntry,
    BillableLine,
    ContactLog,
    Contract,
    ContractNotice,
    Customer,
    GeocodeCache,
    OutboxMessage,
    Quote,
    Visit,
    VisitPart,
    VisitReport,
)
from planner.domain.enums import (
    Civility,
    ContractStatus,
    GeocodePrecision,
    OutboxStatus,
    VisitStatus,
)
from planner.domain.errors import ConflictError, NotFoundError, ValidationError
from planner.domain.text import customer_display_name
from planner.domain.timeutil import now_utc, paris_today
from planner.geo.address import AddressQuery
from planner.services.common import audit, lock_for_update
from planner.services.outcomes import attachment_path
from planner.services.validation import phone_display

ERASED = "(anonymisé)"
#: Personal values shorter than this are not searched for in other records' free text (too
#: many false hits: « Rey », « Gay »); they are still blanked in the customer's own records.
MIN_NEEDLE = 5


#: Tables holding other people's structured data → the free-text columns searched there.
STRUCTURED_TABLES = {
    "customer": {"notes"},
    "site": {"access_notes"},
    "technician": {"notes"},
    "geocode_cache": set(),  # the customer's own addresses are deleted by key
}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _row(record: Any) -> dict[str, Any]:
    return {column.key: _plain(getattr(record, column.key)) for column in record.__table__.columns}


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.anonymised_at is not None:
        raise NotFoundError(f"Le client n° {customer_id} n'existe pas (ou a été anonymisé).")
    return customer


def _related_audit(session: Session, customer: Customer) -> list[AuditEntry]:
    site_ids = [s.id for s in customer.sites]
    contract_ids = list(session.scalars(select(Contract.id).where(Contract.customer_id == customer.id)))
    visit_ids = list(session.scalars(select(Visit.id).where(Visit.customer_id == customer.id)))
    entries = []
    for entity, ids in (("customer", [customer.id]), ("site", site_ids), ("contract", contract_ids),
                        ("visit", visit_ids)):
        if ids:
            entries += session.scalars(
                select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids))
            ).all()
    return sorted(entries, key=lambda e: e.id)


def customer_data(db: Database, customer_id: int) -> dict[str, Any]:
    """Everything Planner holds about the customer, as plain JSON-ready values."""
    with db.read() as session:
        customer = _customer(session, customer_id)
        return {
            "format": "Planner — données personnelles d'un client (RGPD, articles 15 et 20)",
            "version_planner": __version__,
            "exporte_le": now_utc().isoformat(),
            "client": _row(customer),
            "sites": [_row(s) for s in customer.sites],
            "contrats": [_row(k) for k in session.scalars(select(Contract).where(Contract.customer_id == customer_id))],
            "interventions": [
                _row(x) for x in session.scalars(select(Visit).where(Visit.customer_id == customer_id).order_by(Visit.id))
            ],
            "journal_des_contacts": [
                _row(e) for e in session.scalars(
                    select(ContactLog).where(ContactLog.customer_id == customer_id).order_by(ContactLog.at)
                )
            ],
            "messages": [
                _row(m) for m in session.scalars(
                    select(OutboxMessage).where(OutboxMessage.customer_id == customer_id).order_by(OutboxMessage.id)
                )
            ],
            "comptes_rendus": [_row(r) for r in session.scalars(
                select(VisitReport).join(Visit, Visit.id == VisitReport.visit_id)
                .where(Visit.customer_id == customer_id).order_by(VisitReport.id)
            )],
            "anomalies": [_row(a) for a in session.scalars(
                select(Anomaly).where(Anomaly.customer_id == customer_id).order_by(Anomaly.id)
            )],
            "pieces_posees": [_row(p) for p in session.scalars(
                select(VisitPart).join(Visit, Visit.id == VisitPart.visit_id)
                .where(Visit.customer_id == customer_id).order_by(VisitPart.id)
            )],
            "lignes_facturables": [_row(b) for b in session.scalars(
                select(BillableLine).where(BillableLine.customer_id == customer_id).order_by(BillableLine.id)
            )],
            "devis": [
                {**_row(q), "lignes": [_row(line) for line in q.lines]}
                for q in session.scalars(select(Quote).where(Quote.customer_id == customer_id).order_by(Quote.id))
            ],
            "preavis_de_reconduction": [_row(n) for n in session.scalars(
                select(ContractNotice).join(Contract, Contract.id == ContractNotice.contract_id)
                .where(Contract.customer_id == customer_id).order_by(ContractNotice.id)
            )],
            "photos_et_fichiers": [
                _attachment(a) for a in session.scalars(
                    select(Attachment).where(Attachment.customer_id == customer_id).order_by(Attachment.id)
                )
            ],
            "journal_d_audit": [_row(e) for e in _related_audit(session, customer)],
        }


def _attachment(record: Attachment) -> dict[str, Any]:
    """An attached photo or file, with its content (base64): the customer gets the file itself."""
    data = _row(record)
    try:
        data["contenu_base64"] = base64.b64encode(attachment_path(record.stored_path).read_bytes()).decode("ascii")
    except OSError:
        data["contenu_base64"] = None
        data["absent"] = "le fichier n'est plus dans le dossier de données"
    return data


def export_customer_data(db: Database, customer_id: int, path: str | Path) -> Path:
    """Write the customer's data to a JSON file (UTF-8, readable) and record it in the audit."""
    data = customer_data(db, customer_id)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ValidationError.single("Fichier", f"impossible d'écrire « {path} » : {exc.strerror or exc}.") from exc
    with db.write() as session:
        audit(session, "gdpr_export", "customer", customer_id,
              f"Données personnelles du client n° {customer_id} exportées (RGPD)",
              {"sections": {k: len(v) for k, v in data.items() if isinstance(v, list)}})
    return path


# -- erasure -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErasurePreview:
    """What the confirmation says before anything is erased."""

    customer_id: int
    version: int
    name: str
    active_contracts: int
    upcoming_visits: int

    def confirmation(self) -> str:
        text = (
            f"Anonymiser définitivement le client « {self.name} » (n° {self.customer_id}) ? Son nom, ses "
            "coordonnées, ses adresses et toutes les notes le concernant seront effacés partout dans Planner ; "
            "seules des données anonymes restent pour les statistiques. Cette opération est irréversible."
        )
        if self.active_contracts or self.upcoming_visits:
            text += (
                f" {self.active_contracts} contrat(s) en cours seront résiliés et "
                f"{self.upcoming_visits} intervention(s) à venir annulées."
            )
        return text


@dataclass
class ErasureReport:
    customer_id: int
    contracts_cancelled: int = 0
    visits_cancelled: int = 0
    #: Records outside the customer's own where a personal value was found and blanked.
    scrubbed: dict[str, int] = field(default_factory=dict)
    #: Photos and files of the customer deleted.
    files_deleted: int = 0

    def describe(self) -> str:
        text = f"Client n° {self.customer_id} anonymisé."
        if self.contracts_cancelled or self.visits_cancelled:
            text += (f" {self.contracts_cancelled} contrat(s) résilié(s), {self.visits_cancelled} "
                     "intervention(s) annulée(s).")
        if self.files_deleted:
            text += f" {self.files_deleted} photo(s) ou fichier(s) supprimé(s)."
        if self.scrubbed:
            text += " Mentions effacées ailleurs : " + ", ".join(f"{t} ({n})" for t, n in self.scrubbed.items()) + "."
        return text


_OPEN_VISITS = (VisitStatus.TO_PLAN, VisitStatus.BOOKED, VisitStatus.CONFIRMED)


def erasure_preview(db: Database, customer_id: int) -> ErasurePreview:
    with db.read() as session:
        customer = _customer(session, customer_id)
        contracts = session.scalars(
            select(Contract.id).where(Contract.customer_id == customer_id, Contract.status == ContractStatus.ACTIVE)
        ).all()
        visits = session.scalars(
            select(Visit.id).where(Visit.customer_id == customer_id, Visit.status.in_(_OPEN_VISITS))
        ).all()
        return ErasurePreview(
            customer_id, customer.version,
            customer_display_name(customer.company_name, customer.last_name, customer.first_name),
            len(contracts), len(visits),
        )


def _needles(customer: Customer) -> list[str]:
    """The personal values to hunt for in every text of the database, longest first."""
    values: set[str] = set()
    names = [customer.last_name, customer.first_name, customer.company_name]
    display = customer_display_name(customer.company_name, customer.last_name, customer.first_name)
    values |= {display, f"{customer.first_name} {customer.last_name}", f"{customer.last_name} {customer.first_name}"}
    values |= {n for n in names}
    for number in (customer.phone, customer.mobile, *(s.phone for s in customer.sites)):
        if number:
            shown = phone_display(number)
            values |= {number, shown, shown.replace(" ", ""), "0" + number[3:] if number.startswith("+33") else ""}
    values |= {customer.email, customer.email_secondary}
    for s in customer.sites:
        values |= {s.address, s.address_extra, s.access_notes}
    values = {" ".join(x.split()) for x in values if x}
    return sorted((x for x in values if len(x) >= MIN_NEEDLE), key=len, reverse=True)


def _scrub_text(text: str, needles: list[str]) -> str:
    lowered = text.lower()
    for needle in needles:
        if needle.lower() in lowered:
            # Case-insensitive replacement keeping the rest of the text.
            out, start, low_needle = [], 0, needle.lower()
            while True:
                index = lowered.find(low_needle, start)
                if index < 0:
                    break
                out.append(text[start:index])
                out.append(ERASED)
                start = index + len(needle)
            out.append(text[start:])
            text = "".join(out)
            lowered = text.lower()
    return text


def _scrub_value(value: Any, needles: list[str]) -> Any:
    if isinstance(value, str):
        return _scrub_text(value, needles)
    if isinstance(value, list):
        return [_scrub_value(v, needles) for v in value]
    if isinstance(value, dict):
        return {_scrub_value(k, needles): _scrub_value(v, needles) for k, v in value.items()}
    return value


def _scrub_everywhere(session: Session, needles: list[str], report: ErasureReport) -> None:
    """Blank the personal values wherever they were copied (any table, any text or JSON
    column): audit summaries, other customers' notes (« voisin de M. Dupont »), message
    bodies… so tables added later are covered too."""
    if not needles:
        return
    for table in Base.metadata.sorted_tables:
        primary = list(table.primary_key.columns)
        if not primary:
            continue
        text_columns = [
            c for c in table.columns
            if isinstance(c.type, String | Text) and not isinstance(c.type, SAEnum) and not c.primary_key
        ]
        json_columns = [c for c in table.columns if isinstance(c.type, JSON) or isinstance(
            getattr(c.type, "impl", None), JSON)]
        if table.name in STRUCTURED_TABLES:
            # Other people's own fields (a neighbour at the same address, a technician who is
            # also a customer) are theirs: only the free-text notes are searched.
            text_columns = [c for c in text_columns if c.name in STRUCTURED_TABLES[table.name]]
            json_columns = []
        for column in text_columns:
            condition = None
            for needle in needles:
                clause = column.ilike(f"%{_like_escape(needle)}%", escape="\\")
                condition = clause if condition is None else condition | clause
            rows = session.execute(select(*primary, column).where(condition)).all()
            for row in rows:
                new = _scrub_text(row[-1], needles)
                if new != row[-1]:
                    key = {c.name: row[i] for i, c in enumerate(primary)}
                    session.execute(update(table).where(*(c == key[c.name] for c in primary)).values({column.name: new}))
                    report.scrubbed[table.name] = report.scrubbed.get(table.name, 0) + 1
        for column in json_columns:
            for row in session.execute(select(*primary, column).where(column.is_not(None))).all():
                value = row[-1]
                text = json.dumps(value, ensure_ascii=False).lower()
                if not any(n.lower() in text for n in needles):
                    continue
                key = {c.name: row[i] for i, c in enumerate(primary)}
                session.execute(
                    update(table).where(*(c == key[c.name] for c in primary)).values({column.name: _scrub_value(value, needles)})
                )
                report.scrubbed[table.name] = report.scrubbed.get(table.name, 0) + 1


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def erase_customer(db: Database, customer_id: int, expected_version: int | None = None) -> ErasureReport:
    """Anonymise the customer in one transaction (see the module's docstring)."""
    report = ErasureReport(customer_id)
    with db.write() as session:
        customer = lock_for_update(session, Customer, customer_id)
        if customer is None or customer.anonymised_at is not None:
            raise NotFoundError(f"Le client n° {customer_id} n'existe pas (ou a déjà été anonymisé).")
        if expected_version is not None and customer.version != expected_version:
            raise ConflictError("Client")
        needles = _needles(customer)
        today = paris_today()

        # Running contracts end, visits still to come are cancelled (nobody to visit any more).
        for contract in session.scalars(select(Contract).where(Contract.customer_id == customer_id)):
            if contract.status is ContractStatus.ACTIVE:
                contract.status = ContractStatus.CANCELLED
                contract.cancelled_on = today
                report.contracts_cancelled += 1
            contract.notes = ""
        for visit in session.scalars(select(Visit).where(Visit.customer_id == customer_id)):
            if visit.status in _OPEN_VISITS:
                visit.status = VisitStatus.CANCELLED
                visit.technician_id = None
                visit.planned_start = visit.planned_end = None
                visit.promised_from = visit.promised_until = None
                report.visits_cancelled += 1
            visit.summary = visit.summary if visit.contract_id else ERASED
            visit.notes = ""
            visit.cancel_reason = ERASED if visit.status is VisitStatus.CANCELLED else ""
        session.flush()

        # The places: the commune stays (anonymous statistics), the street goes.
        for site in customer.sites:
            query = AddressQuery(site.address, site.postcode, site.city).key
            if query:
                session.execute(GeocodeCache.__table__.delete().where(GeocodeCache.query_key.like(f"%|{_like_escape(query)}", escape="\\")))
            site.label = ""
            site.address = ERASED
            site.address_extra = ""
            site.access_notes = ""
            site.phone = ""
            site.latitude = site.longitude = site.geocode_score = None
            site.geocode_precision = GeocodePrecision.NONE
            site.geocode_source = ""
            site.needs_review = False
            site.geocoded_at = None

        for entry in session.scalars(select(ContactLog).where(ContactLog.customer_id == customer_id)):
            entry.note = ""
        # What was written about the visits in free text goes; scores, durations and amounts stay.
        visit_ids = select(Visit.id).where(Visit.customer_id == customer_id)
        for report_row in session.scalars(select(VisitReport).where(VisitReport.visit_id.in_(visit_ids))):
            report_row.observations = ""
            report_row.satisfaction_comment = ""
        for anomaly in session.scalars(select(Anomaly).where(Anomaly.customer_id == customer_id)):
            anomaly.description = ERASED
            anomaly.closing_note = ""
        for quote in session.scalars(select(Quote).where(Quote.customer_id == customer_id)):
            quote.request_note = ""
            quote.notes = ""
            quote.refusal_reason = ""
        for notice in session.scalars(
            select(ContractNotice).join(Contract, Contract.id == ContractNotice.contract_id)
            .where(Contract.customer_id == customer_id)
        ):
            notice.recipient = ERASED
            notice.body_text = ""
        # Photos and files: the records go now, the files once the erasure is committed.
        files = list(session.scalars(select(Attachment).where(Attachment.customer_id == customer_id)))
        stored_paths = {a.stored_path for a in files}
        for attached in files:
            session.delete(attached)
        report.files_deleted = len(files)
        for message in session.scalars(select(OutboxMessage).where(OutboxMessage.customer_id == customer_id)):
            if message.status in {OutboxStatus.PENDING, OutboxStatus.FAILED, OutboxStatus.SENDING}:
                message.status = OutboxStatus.CANCELLED
            message.recipient = ERASED
            message.subject = ERASED
            message.body_text = ""
            message.body_html = ""
            message.attachments = []
            message.last_error = ""
        for entry in _related_audit(session, customer):
            entry.summary = f"{entry.action} {entry.entity} n° {entry.entity_id} ({ERASED})"
            entry.details = {}

        customer.civility = Civility.NONE
        customer.last_name = ""
        customer.first_name = ""
        customer.company_name = ""
        customer.phone = customer.mobile = ""
        customer.email = customer.email_secondary = ""
        customer.notes = ""
        customer.consent_email = customer.consent_sms = customer.consent_marketing = False
        customer.consent_updated_at = now_utc()
        customer.anonymised_at = now_utc()
        session.flush()

        _scrub_everywhere(session, needles, report)
        audit(session, "gdpr_erase", "customer", customer_id,
              f"Client n° {customer_id} anonymisé (RGPD)",
              {"contracts_cancelled": report.contracts_cancelled, "visits_cancelled": report.visits_cancelled,
               "files_deleted": report.files_deleted})
    # Files are named by their content: one still attached to another customer stays.
    with db.read() as session:
        still_used = set(session.scalars(select(Attachment.stored_path).where(Attachment.stored_path.in_(stored_paths))))
    for stored_path in stored_paths - still_used:
        attachment_path(stored_path).unlink(missing_ok=True)
    return report
