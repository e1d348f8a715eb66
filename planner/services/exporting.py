"""Exporting customers, contracts and visits to Excel (.xlsx) or CSV.

The customers sheet uses the very headers the import understands, one row per site, so a sheet
exported, corrected in Excel and imported again updates the same customers.  A full workbook
(``what="all"``: sheets « Clients », « Contrats » and « Interventions ») is a complete copy of
the planning data: imported into another Planner it restores every customer, contract and visit
with its number.  Instants are written in Paris time, money in euros.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.database import Database
from planner.db.models import Contract, ContractTier, Customer, Site, Technician, Visit
from planner.domain.enums import COMPLETED_STATUSES, ContractStatus, VisitStatus
from planner.domain.errors import ValidationError
from planner.domain.progress import Progress
from planner.domain.text import customer_display_name
from planner.domain.timeutil import to_paris
from planner.services.importing import (
    CONTRACT_FIELDS,
    CONTRACT_STATUS_LABELS,
    CONTRACTS_SHEET,
    CUSTOMER_KIND_LABELS,
    CUSTOMERS_SHEET,
    VISIT_FIELDS,
    VISIT_KIND_LABELS,
    VISIT_STATUS_LABELS,
    VISITS_SHEET,
)
from planner.services.spreadsheet import OutputTable, write_csv, write_xlsx
from planner.services.validation import phone_display

WHAT = ("customers", "contracts", "visits", "all")
WHAT_ALIASES = {"clients": "customers", "contrats": "contracts", "interventions": "visits", "tout": "all"}

CUSTOMER_HEADERS = (
    "N° client", "Type de client", "Civilité", "Nom", "Prénom", "Société", "Tél.", "Portable", "Email",
    "Email secondaire", "Nom du site", "Adresse", "Complément d'adresse", "CP", "Ville", "Accès", "Latitude",
    "Longitude", "Contrat/Formule", "N° contrat", "Date signature", "Dernière intervention",
    "Prochaine intervention", "Remarques", "Rappels par e-mail", "Rappels par SMS", "Offres commerciales",
    "Client depuis",
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    #: Rows written per sheet title.
    rows: dict[str, int]

    def describe(self) -> str:
        counts = ", ".join(f"{n} ligne(s) « {title} »" for title, n in self.rows.items())
        return f"Export enregistré : {self.path} ({counts})."


def _local(instant: datetime | None) -> datetime | None:
    return None if instant is None else to_paris(instant).replace(tzinfo=None)


def _day(instant: datetime | None) -> date | None:
    return None if instant is None else to_paris(instant).date()


def customers_table(session: Session) -> OutputTable:
    customers = {
        c.id: c for c in session.scalars(select(Customer).where(Customer.anonymised_at.is_(None)).order_by(Customer.id))
    }
    sites: dict[int, list[Site]] = {}
    for s in session.scalars(select(Site).order_by(Site.id)):
        sites.setdefault(s.customer_id, []).append(s)
    contracts: dict[int, tuple[str, str, date | None]] = {}
    for site_id, number, tier, signed in session.execute(
        select(Contract.site_id, Contract.number, ContractTier.name, Contract.signed_on)
        .join(ContractTier, Contract.tier_id == ContractTier.id)
        .where(Contract.status == ContractStatus.ACTIVE)
        .order_by(Contract.start_date)
    ):
        contracts[site_id] = (tier, number, signed)
    last: dict[int, date] = {}
    upcoming: dict[int, date] = {}
    for site_id, status, actual, planned, due_from, due_until in session.execute(
        select(Visit.site_id, Visit.status, Visit.actual_start, Visit.planned_start, Visit.due_from, Visit.due_until)
    ):
        if status in COMPLETED_STATUSES:
            day = _day(actual or planned)
            if day and (site_id not in last or day > last[site_id]):
                last[site_id] = day
        elif status is not VisitStatus.CANCELLED:
            day = _day(planned) or (due_from + (due_until - due_from) / 2 if due_from and due_until else due_from)
            if day and (site_id not in upcoming or day < upcoming[site_id]):
                upcoming[site_id] = day
    rows: list[list[Any]] = []
    for c in customers.values():
        for s in sites.get(c.id) or [None]:
            tier, number, signed = contracts.get(s.id, ("", "", None)) if s else ("", "", None)
            rows.append([
                c.id, CUSTOMER_KIND_LABELS[c.kind], c.civility.value, c.last_name, c.first_name, c.company_name,
                phone_display(c.phone), phone_display(c.mobile), c.email, c.email_secondary,
                s.label if s else "", s.address if s else "", s.address_extra if s else "",
                s.postcode if s else "", s.city if s else "", s.access_notes if s else "",
                s.latitude if s else None, s.longitude if s else None,
                tier, number, signed, last.get(s.id) if s else None, upcoming.get(s.id) if s else None,
                c.notes, c.consent_email, c.consent_sms, c.consent_marketing, _day(c.created_at),
            ])
    widths = (9, 13, 8, 18, 14, 24, 15, 15, 28, 22, 14, 30, 18, 7, 20, 20, 10, 10, 11, 13, 12, 12, 12, 30)
    return OutputTable(CUSTOMERS_SHEET, CUSTOMER_HEADERS, rows, widths)


def contracts_table(session: Session) -> OutputTable:
    rows = []
    for k, tier, c, s in session.execute(
        select(Contract, ContractTier.name, Customer, Site)
        .join(ContractTier, Contract.tier_id == ContractTier.id)
        .join(Customer, Contract.customer_id == Customer.id)
        .join(Site, Contract.site_id == Site.id)
        .where(Customer.anonymised_at.is_(None))
        .order_by(Contract.id)
    ):
        rows.append([
            k.number, c.id, customer_display_name(c.company_name, c.last_name, c.first_name),
            s.address, s.postcode, s.city, tier, CONTRACT_STATUS_LABELS[k.status], k.start_date, k.end_date,
            k.signed_on, k.tacit_renewal, k.notice_days,
            None if k.yearly_price_cents is None else k.yearly_price_cents / 100, k.cancelled_on, k.notes,
        ])
    widths = (14, 9, 24, 30, 8, 18, 10, 10, 11, 11, 11, 10, 9, 12, 11, 30)
    return OutputTable(CONTRACTS_SHEET, list(CONTRACT_FIELDS.values()), rows, widths)


def visits_table(session: Session) -> OutputTable:
    technicians = {
        t.id: " ".join(p for p in (t.first_name, t.last_name) if p) for t in session.scalars(select(Technician))
    }
    contract_numbers = dict(session.execute(select(Contract.id, Contract.number)).all())
    rows = []
    for x, c, s in session.execute(
        select(Visit, Customer, Site)
        .join(Customer, Visit.customer_id == Customer.id)
        .join(Site, Visit.site_id == Site.id)
        .where(Customer.anonymised_at.is_(None))
        .order_by(Visit.id)
    ):
        rows.append([
            x.number, c.id, customer_display_name(c.company_name, c.last_name, c.first_name),
            contract_numbers.get(x.contract_id, "") if x.contract_id else "", VISIT_KIND_LABELS[x.kind],
            VISIT_STATUS_LABELS[x.status], x.summary, s.address, s.postcode, s.city, x.due_from, x.due_until,
            technicians.get(x.technician_id, "") if x.technician_id else "",
            _local(x.planned_start), _local(x.planned_end), _local(x.promised_from), _local(x.promised_until),
            _local(x.actual_start), _local(x.actual_end), x.duration_min, x.priority, x.locked, x.cancel_reason,
            x.notes,
        ])
    widths = (14, 9, 24, 14, 12, 12, 34, 30, 8, 18, 11, 11, 16, 16, 16, 16, 16, 16, 16, 9, 8, 9, 20, 30)
    return OutputTable(VISITS_SHEET, list(VISIT_FIELDS.values()), rows, widths)


TABLES: dict[str, Callable[[Session], OutputTable]] = {
    "customers": customers_table,
    "contracts": contracts_table,
    "visits": visits_table,
}


def export_data(db: Database, what: str, path: str | Path, progress: Progress | None = None) -> ExportResult:
    """Write ``what`` (customers, contracts, visits or all) to ``path`` (.xlsx or .csv)."""
    progress = progress or Progress()
    what = WHAT_ALIASES.get(what, what)
    path = Path(path)
    if what not in WHAT:
        raise ValidationError.single("Données", f"« {what} » : choisissez customers, contracts, visits ou all.")
    suffix = path.suffix.lower()
    if suffix not in {".xlsx", ".csv"}:
        raise ValidationError.single("Fichier", f"« {path.name} » : l'export s'enregistre en .xlsx ou en .csv.")
    if suffix == ".csv" and what == "all":
        raise ValidationError.single(
            "Fichier", "un fichier CSV ne contient qu'un tableau : exportez « all » en .xlsx, ou chaque tableau "
            "dans son propre fichier CSV."
        )
    names = list(TABLES) if what == "all" else [what]
    tables = []
    with db.read() as session:
        for index, name in enumerate(names):
            progress.report(index / (len(names) + 1), f"Lecture : {name}")
            tables.append(TABLES[name](session))
    progress.report(len(names) / (len(names) + 1), "Écriture du fichier…")
    if suffix == ".csv":
        write_csv(path, tables[0])
    else:
        write_xlsx(path, tables)
    progress.report(1.0, "Export terminé", force=True)
    return ExportResult(path, {t.title: len(t.rows) for t in tables})
