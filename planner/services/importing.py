"""Importing the customer base from an Excel sheet or a CSV file, as people really keep it.

:func:`preview_file` reads the file and finds its header row and columns (for the wizard's
mapping page); :func:`import_file` then reconciles every row and, unless it is a dry run, writes
the result in ONE transaction.  Every data row ends as exactly one of:

* **imported** — a new customer (with their site, contract and visits), or a new site of a
  customer met earlier in the same file;
* **updated** — a customer already in Planner, completed by the row: blank fields filled
  (phone, mobile, e-mail, notes…), a new site, a contract where the site had none, a past
  visit missing from the history.  What Planner already holds is never overwritten: a
  different value is reported as a warning;
* **duplicate** — the row adds nothing: the same customer as an earlier row of the file
  (``same_as`` = that row) or as a customer already in Planner (``same_as`` = customer id);
* **rejected** — with the reason, in French (no name, no address, invalid postcode…).

Title, blank, repeated-header and total rows are *skipped* and listed.  Two rows (or a row and a
customer) are the same customer when they share a phone or mobile (E.164), an e-mail, or their
name and postcode — unless both carry phones or e-mails and none match (two namesakes in one
town).  A second address for the same customer becomes a second site.  So importing the same
file twice changes nothing the second time: every row is then a duplicate.

A Planner export (:mod:`planner.services.exporting`) is recognised by its « N° client » column
and its « Contrats » and « Interventions » sheets: contracts and visits are then restored with
their numbers instead of being derived from the tier and dates of the customers sheet.
"""

from __future__ import annotations

import contextlib
import re
import time as clock
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

import phonenumbers
from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from planner.db.database import Database
from planner.db.models import Contract, ContractTier, Counter, Customer, Site, Technician, Visit
from planner.domain.contracts import DEFAULT_TOLERANCE_DAYS, contract_period_end, visit_due_windows
from planner.domain.enums import (
    COMPLETED_STATUSES,
    SCHEDULED_STATUSES,
    Civility,
    ContractStatus,
    CustomerKind,
    GeocodePrecision,
    VisitKind,
    VisitStatus,
)
from planner.domain.errors import ValidationError
from planner.domain.progress import Progress
from planner.domain.text import customer_display_name, fold
from planner.domain.timeutil import PARIS, add_months, paris_instant, paris_today, to_paris
from planner.services import validation as v
from planner.services.common import audit, lock_for_update, next_number
from planner.services.contracts import create_contract_visits
from planner.services.customers import (
    CustomerInput,
    SiteInput,
    _apply_customer,
    _apply_site,
    validate_customer,
    validate_site,
)
from planner.services.spreadsheet import Sheet, SheetRow, Workbook, column_letter, is_empty, read_workbook

# -- the columns Planner understands -------------------------------------------------------------

#: Field key → French label (shown in the mapping page and in messages).
CUSTOMER_FIELDS: dict[str, str] = {
    "customer_ref": "N° client",
    "kind": "Type de client",
    "civility": "Civilité",
    "last_name": "Nom",
    "first_name": "Prénom",
    "company_name": "Société",
    "phone": "Téléphone",
    "mobile": "Portable",
    "email": "E-mail",
    "email_secondary": "E-mail secondaire",
    "site_label": "Nom du site",
    "address": "Adresse",
    "address_extra": "Complément d'adresse",
    "postcode": "Code postal",
    "city": "Ville",
    "access_notes": "Accès",
    "tier": "Formule",
    "signed_on": "Date de signature",
    "last_visit": "Dernière intervention",
    "next_due": "Prochaine intervention",
    "notes": "Remarques",
    "consent_email": "Rappels par e-mail",
    "consent_sms": "Rappels par SMS",
    "consent_marketing": "Offres commerciales",
}

#: Folded header texts recognised for each field (the first is the canonical one).
CUSTOMER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "customer_ref": ("n client", "no client", "numero client", "numero de client", "code client", "ref client",
                     "reference client", "id client"),
    "kind": ("type de client", "type client", "categorie", "particulier professionnel"),
    "civility": ("civilite", "titre", "civ"),
    "last_name": ("nom", "nom client", "nom du client", "nom de famille", "client", "nom contact", "nom prenom",
                  "nom et prenom"),
    "first_name": ("prenom", "prenom client", "prenom contact"),
    "company_name": ("societe", "entreprise", "raison sociale", "nom societe", "nom de la societe", "etablissement",
                     "organisme"),
    "phone": ("telephone", "tel", "tel fixe", "fixe", "telephone fixe", "tel domicile", "n tel", "no tel",
              "numero de telephone", "tel 1", "telephone 1", "tel bureau"),
    "mobile": ("portable", "mobile", "tel portable", "gsm", "tel mobile", "telephone portable", "port", "tel 2",
               "telephone 2", "cellulaire"),
    "email": ("email", "e mail", "mail", "courriel", "adresse mail", "adresse e mail", "adresse email", "mel",
              "e mail 1", "email 1"),
    "email_secondary": ("e mail secondaire", "email secondaire", "email 2", "e mail 2", "mail 2", "autre e mail",
                        "autre email"),
    "site_label": ("nom du site", "site", "nom site", "batiment"),
    "address": ("adresse", "adresse 1", "rue", "adresse postale", "adresse du site", "voie", "n et rue",
                "adresse ligne 1"),
    "address_extra": ("complement d adresse", "complement", "adresse 2", "complement adresse", "adresse ligne 2",
                      "residence"),
    "postcode": ("code postal", "cp", "c p", "code post", "postal"),
    "city": ("ville", "commune", "localite", "ville commune"),
    "access_notes": ("acces", "acces au site", "consignes d acces", "code d acces", "digicode"),
    "tier": ("contrat formule", "contrat", "formule", "type de contrat", "formule de contrat", "offre", "niveau",
             "type contrat", "abonnement", "formule en cours"),
    "signed_on": ("date signature", "date de signature", "signature", "signe le", "date contrat", "date du contrat",
                  "debut contrat", "date debut contrat", "date de souscription", "souscription"),
    "last_visit": ("derniere intervention", "derniere visite", "dernier passage", "date derniere intervention",
                   "derniere maintenance", "date derniere visite", "dernier entretien"),
    "next_due": ("prochaine intervention due", "prochaine intervention", "prochaine visite", "due", "echeance",
                 "prochain passage", "prochaine echeance", "a prevoir", "prochain entretien",
                 "date prochaine intervention"),
    "notes": ("remarques", "remarque", "observations", "observation", "commentaires", "commentaire", "notes",
              "note", "infos", "informations", "divers"),
    "consent_email": ("rappels par e mail", "consentement e mail", "rappel e mail"),
    "consent_sms": ("rappels par sms", "consentement sms", "rappel sms"),
    "consent_marketing": ("offres commerciales", "consentement offres", "prospection"),
    # Columns of a Planner export that the import reads elsewhere or not at all.
    "_ignore": ("n contrat", "no contrat", "numero de contrat", "latitude", "longitude", "client depuis",
                "position", "precision", "a verifier"),
}

#: The contracts sheet of a Planner export.
CONTRACT_FIELDS: dict[str, str] = {
    "contract_number": "N° contrat",
    "customer_ref": "N° client",
    "customer": "Client",
    "address": "Adresse du site",
    "postcode": "CP du site",
    "city": "Ville du site",
    "tier": "Formule",
    "status": "Statut",
    "start_date": "Début",
    "end_date": "Fin",
    "signed_on": "Signé le",
    "tacit_renewal": "Reconduction tacite",
    "notice_days": "Préavis (jours)",
    "yearly_price": "Prix annuel convenu (€)",
    "cancelled_on": "Résilié le",
    "notes": "Remarques",
}

#: The visits sheet of a Planner export.
VISIT_FIELDS: dict[str, str] = {
    "visit_number": "N° intervention",
    "customer_ref": "N° client",
    "customer": "Client",
    "contract_number": "N° contrat",
    "kind": "Type",
    "status": "Statut",
    "summary": "Objet",
    "address": "Adresse du site",
    "postcode": "CP du site",
    "city": "Ville du site",
    "due_from": "À faire du",
    "due_until": "À faire au",
    "technician": "Technicien",
    "planned_start": "Début prévu",
    "planned_end": "Fin prévue",
    "promised_from": "Arrivée promise de",
    "promised_until": "Arrivée promise à",
    "actual_start": "Début réel",
    "actual_end": "Fin réelle",
    "duration_min": "Durée (min)",
    "priority": "Priorité",
    "locked": "Verrouillée",
    "cancel_reason": "Motif d'annulation",
    "notes": "Remarques",
}

CONTRACT_STATUS_LABELS = {
    ContractStatus.DRAFT: "Brouillon",
    ContractStatus.ACTIVE: "En cours",
    ContractStatus.ENDED: "Terminé",
    ContractStatus.CANCELLED: "Résilié",
}
VISIT_STATUS_LABELS = {
    VisitStatus.TO_PLAN: "À planifier",
    VisitStatus.BOOKED: "Réservée",
    VisitStatus.CONFIRMED: "Confirmée",
    VisitStatus.IN_PROGRESS: "En cours",
    VisitStatus.DONE: "Terminée",
    VisitStatus.REPORTED: "Rapport fait",
    VisitStatus.INVOICED: "Facturée",
    VisitStatus.CANCELLED: "Annulée",
}
VISIT_KIND_LABELS = {
    VisitKind.MAINTENANCE: "Entretien",
    VisitKind.REPAIR: "Dépannage",
    VisitKind.QUOTE: "Visite pour devis",
    VisitKind.FOLLOW_UP: "Suivi",
}
CUSTOMER_KIND_LABELS = {CustomerKind.PERSON: "Particulier", CustomerKind.COMPANY: "Professionnel"}

#: The sheet names of a Planner export.
CUSTOMERS_SHEET, CONTRACTS_SHEET, VISITS_SHEET = "Clients", "Contrats", "Interventions"

#: Time given to a past visit whose hour the spreadsheet does not say.
HISTORY_VISIT_TIME = time(8, 0)
DEFAULT_VISIT_MINUTES = 60
_HEADER_SCAN_ROWS = 40
_TOTAL_WORDS = re.compile(r"^(sous )?(total|totaux|nombre de clients|nb clients|somme)\b")
_CIVILITY_PREFIX = re.compile(
    r"^(?P<title>monsieur|madame|mademoiselle|mme|mlle|mr|m)\b\.?\s+(?P<rest>.+)$", re.IGNORECASE
)
_FRENCH_MONTHS = {
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5,
    "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
}
_TRUE_WORDS = {"oui", "o", "x", "yes", "vrai", "1", "true", "ok"}
_FALSE_WORDS = {"non", "n", "no", "faux", "0", "false", ""}


def _synonym_index(synonyms: Mapping[str, Sequence[str]]) -> dict[str, str]:
    return {text: key for key, texts in synonyms.items() for text in texts}


def _canonical_synonyms(labels: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    return {key: (fold(label),) for key, label in labels.items()}


def match_header(text: Any, synonyms: Mapping[str, Sequence[str]] = CUSTOMER_SYNONYMS) -> str:
    """The field a column header names (``""`` when none): exact folded match first, then the
    longest known name found as whole words in it, then a close spelling (« Telephonne »)."""
    folded = fold(str(text)) if not is_empty(text) else ""
    if not folded or len(folded) > 60:
        return ""
    index = _synonym_index(synonyms)
    if folded in index:
        return "" if index[folded] == "_ignore" else index[folded]
    padded = f" {folded} "
    best, best_len = "", 0
    for candidate, key in index.items():
        if len(candidate) > 2 and f" {candidate} " in padded and len(candidate) > best_len:
            best, best_len = key, len(candidate)
    if best:
        return "" if best == "_ignore" else best
    for candidate, key in index.items():
        if len(candidate) >= 5 and fuzz.ratio(folded, candidate) >= 88:
            return "" if key == "_ignore" else key
    return ""


def detect_columns(headers: Sequence[Any], synonyms: Mapping[str, Sequence[str]] = CUSTOMER_SYNONYMS) -> dict[int, str]:
    """Column index → field for a header row; a field is given to its first column only, except
    phones and e-mails (a second « Tél. » column is the mobile, a second e-mail the secondary)."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = match_header(header, synonyms)
        if not key:
            continue
        if key in taken:
            key = {"phone": "mobile", "email": "email_secondary", "address": "address_extra"}.get(key, "")
            if not key or key in taken:
                continue
        mapping[index] = key
        taken.add(key)
    return mapping


# -- the file's layout ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ColumnInfo:
    index: int
    letter: str
    header: str
    #: The field it feeds (a key of CUSTOMER_FIELDS), or "" when ignored.
    field: str


@dataclass(frozen=True)
class ImportOptions:
    """Choices the user can correct in the wizard (or on the command line)."""

    sheet: str | None = None
    #: Excel row number of the header; found automatically when None.
    header_row: int | None = None
    #: Column index (0-based) → field key ("" to ignore the column); detected when None.
    columns: Mapping[int, str] | None = None
    #: The day the import happens (contracts' current period, « in the future » checks).
    today: date | None = None


@dataclass
class FilePreview:
    """What the wizard shows before anything is imported."""

    path: Path
    kind: str
    sheets: list[str]
    sheet: str
    header_row: int | None
    columns: list[ColumnInfo]
    #: A few data rows to show under the mapping.
    sample: list[SheetRow]
    encoding: str = ""
    delimiter: str = ""
    #: A Planner export (customers, contracts and visits sheets).
    restore: bool = False
    #: French sentences: what prevents the import (the user must correct the mapping).
    problems: list[str] = field(default_factory=list)

    @property
    def mapping(self) -> dict[int, str]:
        return {c.index: c.field for c in self.columns if c.field}


def _header_score(row: SheetRow, synonyms: Mapping[str, Sequence[str]]) -> int:
    return len(set(detect_columns(row.values, synonyms).values()))


def find_header_row(sheet: Sheet, synonyms: Mapping[str, Sequence[str]] = CUSTOMER_SYNONYMS) -> int | None:
    """The Excel number of the row naming the most known columns (at least three, one of them
    a name) among the first rows; None when there is no such row."""
    best, best_score = None, 2
    for row in sheet.rows[:_HEADER_SCAN_ROWS]:
        if row.blank:
            continue
        mapping = detect_columns(row.values, synonyms)
        fields = set(mapping.values())
        if synonyms is CUSTOMER_SYNONYMS and not fields & {"last_name", "company_name"}:
            continue
        if len(fields) > best_score:
            best, best_score = row.number, len(fields)
    return best


def _layout_problems(mapping: Mapping[int, str]) -> list[str]:
    fields = set(mapping.values())
    problems = []
    if not fields & {"last_name", "company_name"}:
        problems.append("Aucune colonne Nom ni Société : indiquez quelle colonne contient le nom du client.")
    for key in ("address", "postcode", "city"):
        if key not in fields:
            problems.append(f"Aucune colonne « {CUSTOMER_FIELDS[key]} » : indiquez-la, sinon aucune ligne ne "
                            "pourra être importée (l'adresse du site est nécessaire).")
    return problems


def _restore_sheets(workbook: Workbook, main: Sheet) -> tuple[Sheet | None, Sheet | None]:
    if workbook.kind != "xlsx":
        return None, None
    contracts = visits = None
    for sheet in workbook.sheets:
        if sheet is main or not sheet.rows:
            continue
        header = sheet.rows[0].values
        keys = set(detect_columns(header, _canonical_synonyms(CONTRACT_FIELDS)).values())
        if {"contract_number", "customer_ref", "tier", "start_date"} <= keys and "visit_number" not in keys:
            contracts = contracts or sheet
            continue
        keys = set(detect_columns(header, _canonical_synonyms(VISIT_FIELDS)).values())
        if {"visit_number", "customer_ref", "status", "kind"} <= keys:
            visits = visits or sheet
    return contracts, visits


def _choose_sheet(workbook: Workbook, name: str | None) -> Sheet:
    if name is not None:
        return workbook.sheet(name)
    scored = [(1 if find_header_row(s) else 0, -i, s) for i, s in enumerate(workbook.sheets)]
    return max(scored, key=lambda t: (t[0], t[1]))[2]


def _preview(workbook: Workbook, options: ImportOptions) -> FilePreview:
    sheet = _choose_sheet(workbook, options.sheet)
    header_row = options.header_row or find_header_row(sheet)
    if header_row is not None and not 1 <= header_row <= len(sheet.rows):
        raise ValidationError.single("Ligne d'en-tête", f"la feuille n'a que {len(sheet.rows)} ligne(s).")
    headers = sheet.rows[header_row - 1].values if header_row else (None,) * sheet.width
    detected = detect_columns(headers) if header_row else {}
    mapping = dict(detected if options.columns is None else {i: f for i, f in options.columns.items() if f})
    unknown = {f for f in mapping.values() if f not in CUSTOMER_FIELDS}
    if unknown:
        raise ValidationError.single("Colonnes", f"champ(s) inconnu(s) : {', '.join(sorted(unknown))}.")
    columns = [
        ColumnInfo(i, column_letter(i), "" if is_empty(h) else str(h), mapping.get(i, ""))
        for i, h in enumerate(headers)
    ]
    start = header_row or 0
    sample = [r for r in sheet.rows[start : start + 40] if not r.blank][:8]
    problems = [] if header_row else [
        "Ligne d'en-tête introuvable : indiquez la ligne qui porte les titres des colonnes (Nom, Adresse, CP…)."
    ]
    if header_row:
        problems += _layout_problems(mapping)
    contracts, visits = _restore_sheets(workbook, sheet)
    return FilePreview(
        path=workbook.path,
        kind=workbook.kind,
        sheets=[s.name for s in workbook.sheets],
        sheet=sheet.name,
        header_row=header_row,
        columns=columns,
        sample=sample,
        encoding=workbook.encoding,
        delimiter=workbook.delimiter,
        restore="customer_ref" in mapping.values() and (contracts is not None or visits is not None),
        problems=problems,
    )


def preview_file(path: str | Path, options: ImportOptions | None = None) -> FilePreview:
    """Read the file and say how it will be understood (sheet, header row, columns)."""
    return _preview(read_workbook(path), options or ImportOptions())


# -- the reconciliation --------------------------------------------------------------------------


class RowStatus(StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


ROW_STATUS_LABELS = {
    RowStatus.IMPORTED: "importée",
    RowStatus.UPDATED: "mise à jour",
    RowStatus.DUPLICATE: "doublon",
    RowStatus.REJECTED: "rejetée",
}


@dataclass
class RowOutcome:
    """What became of one data row."""

    row: int
    status: RowStatus
    #: French: why rejected, what it duplicates, what it changed.
    reason: str = ""
    #: How the row names its customer (for the wizard's table).
    name: str = ""
    same_as_row: int | None = None
    same_as_customer: int | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def same_as(self) -> int | None:
        return self.same_as_row if self.same_as_row is not None else self.same_as_customer


@dataclass
class SectionReport:
    """The reconciliation of one sheet."""

    sheet: str
    header_row: int | None
    data_rows: int = 0
    outcomes: list[RowOutcome] = field(default_factory=list)
    #: (row, reason) of the rows that are not data: title, blank, total, repeated header.
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def count(self, status: RowStatus) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def warnings(self) -> list[tuple[int, str]]:
        return [(o.row, w) for o in self.outcomes if o.status is not RowStatus.REJECTED for w in o.warnings]

    @property
    def balanced(self) -> bool:
        return len(self.outcomes) == self.data_rows

    def to_json(self) -> dict[str, Any]:
        duplicates = []
        for o in self.outcomes:
            if o.status is RowStatus.DUPLICATE:
                entry: dict[str, Any] = {"row": o.row, "same_as": o.same_as}
                entry["against"] = "file" if o.same_as_row is not None else "database"
                entry["reason"] = o.reason
                duplicates.append(entry)
        return {
            "data_rows": self.data_rows,
            "imported": self.count(RowStatus.IMPORTED),
            "updated": self.count(RowStatus.UPDATED),
            "duplicates": duplicates,
            "rejected": [{"row": o.row, "reason": o.reason} for o in self.outcomes if o.status is RowStatus.REJECTED],
            "warnings": [{"row": row, "reason": text} for row, text in self.warnings],
            "skipped": [row for row, _ in self.skipped],
        }


@dataclass
class ImportReport:
    path: Path
    sheet: str
    header_row: int | None
    columns: list[ColumnInfo]
    dry_run: bool
    customers: SectionReport
    contracts: SectionReport | None = None
    visits: SectionReport | None = None
    #: What the run created (or would create): customers, sites, contracts, visits.
    created: dict[str, int] = field(default_factory=dict)
    #: Sites created by the run, to geocode next (empty for a dry run).
    new_site_ids: list[int] = field(default_factory=list)
    elapsed_s: float = 0.0

    @property
    def sections(self) -> list[SectionReport]:
        return [s for s in (self.customers, self.contracts, self.visits) if s is not None]

    def to_json(self) -> dict[str, Any]:
        data = self.customers.to_json()
        data.update(
            {
                "file": str(self.path),
                "sheet": self.sheet,
                "header_row": self.header_row,
                "dry_run": self.dry_run,
                "created": dict(self.created),
                "skipped_reasons": {str(row): reason for row, reason in self.customers.skipped},
            }
        )
        if self.contracts is not None:
            data["contracts"] = self.contracts.to_json()
        if self.visits is not None:
            data["visits"] = self.visits.to_json()
        return data

    def describe(self) -> list[str]:
        """The reconciliation in French, row by row, for the terminal."""
        lines = [f"Fichier : {self.path.name} — feuille « {self.sheet} », en-tête ligne {self.header_row}"]
        mapped = ", ".join(f"{c.letter} {c.header or '(sans titre)'} → {CUSTOMER_FIELDS[c.field]}"
                           for c in self.columns if c.field)
        lines.append(f"Colonnes reconnues : {mapped}")
        for section in self.sections:
            lines += _describe_section(section)
        created = self.created
        verb = "seraient créés" if self.dry_run else "créés"
        lines.append(
            f"{'Simulation' if self.dry_run else 'Import terminé'} : {created.get('customers', 0)} client(s), "
            f"{created.get('sites', 0)} site(s), {created.get('contracts', 0)} contrat(s), "
            f"{created.get('visits', 0)} intervention(s) {verb} en {self.elapsed_s:.1f} s."
        )
        if self.dry_run:
            lines.append("Simulation : rien n'a été enregistré.")
        return lines


def _describe_section(section: SectionReport) -> list[str]:
    s = section
    lines = [
        f"Feuille « {s.sheet} » : {s.data_rows} ligne(s) de données = {s.count(RowStatus.IMPORTED)} importée(s) + "
        f"{s.count(RowStatus.UPDATED)} mise(s) à jour + {s.count(RowStatus.DUPLICATE)} doublon(s) + "
        f"{s.count(RowStatus.REJECTED)} rejetée(s) ; {len(s.warnings)} avertissement(s) ; "
        f"{len(s.skipped)} ligne(s) ignorée(s)."
    ]
    for status, title in ((RowStatus.REJECTED, "Rejetées"), (RowStatus.DUPLICATE, "Doublons"),
                          (RowStatus.UPDATED, "Mises à jour")):
        chosen = [o for o in s.outcomes if o.status is status]
        if chosen:
            lines.append(f"  {title} :")
            lines += [f"    ligne {o.row} : {o.reason}" for o in chosen]
    if s.warnings:
        lines.append("  Avertissements :")
        lines += [f"    ligne {row} : {text}" for row, text in s.warnings]
    if s.skipped:
        lines.append("  Lignes ignorées : " + ", ".join(f"{row} ({reason})" for row, reason in s.skipped))
    return lines


# -- reading one row ------------------------------------------------------------------------------


@dataclass
class _RowData:
    row: int
    customer: CustomerInput
    site: SiteInput | None
    tier: ContractTier | None
    signed_on: date | None
    last_visit: date | None
    next_due: date | None
    ref: str
    phones: list[str]
    emails: list[str]
    name_key: str
    warnings: list[str]

    @property
    def display_name(self) -> str:
        c = self.customer
        return customer_display_name(c.company_name, c.last_name, c.first_name)


def _text(value: Any) -> str:
    if is_empty(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return " ".join(str(value).split())


def _shown(value: Any) -> str:
    return _text(value) if not isinstance(value, str) else value.strip()


def name_key(company: str, last: str, first: str) -> str:
    """Folded words of the name, in any order (« Jean Dupont » = « DUPONT Jean »)."""
    text = company if company else f"{last} {first}"
    return " ".join(sorted(fold(text).split()))


def parse_date(value: Any, field_label: str) -> date | None:
    """Real dates, Excel day numbers, « 15/05/25 », « 15/05/2025 », « 15 mai 2025 »."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20_000 <= value <= 80_000:  # an Excel serial day (1954 … 2119)
            return date(1899, 12, 30) + timedelta(days=int(value))
        raise ValidationError.single(field_label, f"« {_text(value)} » n'est pas une date (jj/mm/aaaa).")
    text = str(value).strip()
    match = re.fullmatch(r"(\d{1,2})(?:er)?\s+([a-zA-Zéèûô.]+)\s+(\d{2,4})", text)
    if match:
        month = _FRENCH_MONTHS.get(fold(match.group(2)).replace(" ", ""))
        if month:
            year = int(match.group(3))
            year += 2000 if year < 100 and year < 69 else 1900 if year < 100 else 0
            try:
                return date(year, month, int(match.group(1)))
            except ValueError:
                pass
    text = text.split(" ")[0] if re.fullmatch(r"\S+ \d{1,2}:\d{2}(:\d{2})?", text) else text
    return v.french_date(text, field_label)


def _parse_bool(value: Any, default: bool) -> bool:
    if is_empty(value):
        return default
    if isinstance(value, bool):
        return value
    word = fold(str(value))
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    return default


def _split_civility(name: str) -> tuple[Civility, str]:
    match = _CIVILITY_PREFIX.match(name)
    if not match:
        return Civility.NONE, name
    title = fold(match.group("title"))
    civility = Civility.MR if title in {"m", "mr", "monsieur"} else Civility.MRS
    rest = match.group("rest").strip()
    if fold(rest).startswith(("et ", "& ")):  # « M. et Mme Favre »: a couple, keep it as typed
        return Civility.NONE, name
    return civility, rest


def _phone_candidates(value: Any) -> tuple[list[str], list[str]]:
    """(E.164 numbers, texts that are not numbers) found in one cell."""
    if is_empty(value):
        return [], []
    try:
        return [v.phone(value)], []
    except ValidationError:
        pass
    text = str(value)
    found = [
        phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        for m in phonenumbers.PhoneNumberMatcher(text, "FR")
        if phonenumbers.is_valid_number(m.number)
    ]
    if found:
        return found, []
    return [], [_shown(value)]


def _is_mobile(e164: str) -> bool:
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    }


class _Gazette:
    """Postcode ↔ commune from the shipped gazetteer, to fill a missing city or postcode."""

    _by_postcode: dict[str, list[str]] | None = None
    _by_name: dict[str, set[str]] | None = None

    @classmethod
    def _load(cls) -> None:
        if cls._by_postcode is not None:
            return
        from planner.geo.gazetteer import default_gazetteer

        by_postcode: dict[str, list[str]] = {}
        by_name: dict[str, set[str]] = {}
        for place in default_gazetteer().places:
            if place.postcode:
                by_postcode.setdefault(place.postcode, []).append(place.name)
                by_name.setdefault(fold(place.name), set()).add(place.postcode)
        cls._by_postcode, cls._by_name = by_postcode, by_name

    @classmethod
    def city_of(cls, postcode: str) -> str:
        cls._load()
        names = (cls._by_postcode or {}).get(postcode, [])
        return names[0] if len(set(names)) == 1 else ""

    @classmethod
    def postcode_of(cls, city: str) -> str:
        cls._load()
        codes = (cls._by_name or {}).get(fold(city), set())
        return next(iter(codes)) if len(codes) == 1 else ""


class _RowReader:
    """Turns one sheet row into normalised customer, site and contract data, or reasons."""

    def __init__(
        self, mapping: Mapping[int, str], tiers: Sequence[ContractTier], today: date, *, allow_no_site: bool = False
    ) -> None:
        self.allow_no_site = allow_no_site
        self.columns: dict[str, list[int]] = {}
        for index, key in sorted(mapping.items()):
            self.columns.setdefault(key, []).append(index)
        self.tiers = list(tiers)
        self.today = today

    def values(self, row: SheetRow, key: str) -> list[Any]:
        return [row.value(i) for i in self.columns.get(key, ()) if not is_empty(row.value(i))]

    def text(self, row: SheetRow, key: str) -> str:
        return " ".join(_text(x) for x in self.values(row, key))

    def first(self, row: SheetRow, key: str) -> Any:
        found = self.values(row, key)
        return found[0] if found else None

    def tier(self, value: Any) -> ContractTier | None:
        words = [w for w in fold(str(value)).split() if w not in {"contrat", "formule", "offre", "entretien"}]
        wanted = " ".join(words)
        for tier in self.tiers:
            if fold(tier.name) == wanted:
                return tier
        matching = [t for t in self.tiers if fold(t.name) in words]
        return matching[0] if len(matching) == 1 else None

    def read(self, row: SheetRow) -> tuple[_RowData | None, list[str]]:
        """The row's data and warnings, or None and the reasons it is rejected."""
        warnings: list[str] = []
        errors: list[str] = []

        last = self.text(row, "last_name")
        first = self.text(row, "first_name")
        company = self.text(row, "company_name")
        civility = Civility.NONE
        raw_civility = fold(self.text(row, "civility"))
        if raw_civility in {"m", "mr", "monsieur"}:
            civility = Civility.MR
        elif raw_civility in {"mme", "madame", "mlle", "mademoiselle"}:
            civility = Civility.MRS
        if last:
            prefixed, last = _split_civility(last)
            civility = civility if civility is not Civility.NONE else prefixed
        kind_text = fold(self.text(row, "kind"))
        if kind_text.startswith(("pro", "entreprise", "societe")):
            kind = CustomerKind.COMPANY
        elif kind_text.startswith("part"):
            kind = CustomerKind.PERSON
        else:
            kind = CustomerKind.COMPANY if company else CustomerKind.PERSON
        if kind is CustomerKind.COMPANY and not company:
            kind = CustomerKind.PERSON
        if kind is CustomerKind.PERSON and not last:
            if company:
                kind = CustomerKind.COMPANY
            else:
                errors.append("Nom ou société manquant")

        # Phones: every number found in the phone and mobile columns, mobiles to « Portable ».
        numbers: list[tuple[str, str]] = []
        for key in ("phone", "mobile"):
            for cell in self.values(row, key):
                found, bad = _phone_candidates(cell)
                numbers += [(key, n) for n in found]
                for text in bad:
                    warnings.append(f"{CUSTOMER_FIELDS[key]} « {text} » n'est pas un numéro valide : non repris")
        unique: list[tuple[str, str]] = []
        for key, number in numbers:
            if number not in [n for _, n in unique]:
                unique.append((key, number))
        mobiles = [n for _, n in unique if _is_mobile(n)]
        fixed = [n for _, n in unique if n not in mobiles]
        phone = fixed[0] if fixed else ""
        mobile = mobiles[0] if mobiles else ""
        if not phone and len(mobiles) > 1:
            phone = mobiles[1]
        extra = [n for _, n in unique if n not in {phone, mobile}]

        emails: list[str] = []
        for cell in self.values(row, "email") + self.values(row, "email_secondary"):
            for part in re.split(r"[;,\s/]+", str(cell).strip()):
                if not part:
                    continue
                try:
                    address = v.email(part)
                except ValidationError:
                    warnings.append(f"E-mail « {part} » invalide : non repris")
                    continue
                if address.lower() not in [e.lower() for e in emails]:
                    emails.append(address)

        notes = "\n".join(_shown(x) for x in self.values(row, "notes"))
        if extra:
            notes = "\n".join(p for p in (notes, "Autre(s) numéro(s) : " + ", ".join(v.phone_display(n) for n in extra)) if p)
        if len(emails) > 2:
            notes = "\n".join(p for p in (notes, "Autre(s) e-mail(s) : " + ", ".join(emails[2:])) if p)

        customer = CustomerInput(
            kind=kind,
            civility=civility if kind is CustomerKind.PERSON else Civility.NONE,
            last_name=last,
            first_name=first,
            company_name=company,
            phone=phone,
            mobile=mobile,
            email=emails[0] if emails else "",
            email_secondary=emails[1] if len(emails) > 1 else "",
            notes=notes,
            consent_email=_parse_bool(self.first(row, "consent_email"), True),
            consent_sms=_parse_bool(self.first(row, "consent_sms"), False),
            consent_marketing=_parse_bool(self.first(row, "consent_marketing"), False),
        )
        if not errors:
            try:
                customer = validate_customer(customer)
            except ValidationError as exc:
                errors += [f"{label} : {reason}" for label, reason in exc.errors.items()]

        # The site.
        address = self.text(row, "address")
        raw_postcode = self.first(row, "postcode")
        city = self.text(row, "city")
        postcode = ""
        if is_empty(raw_postcode) and city:
            postcode = _Gazette.postcode_of(city)
            if postcode:
                warnings.append(f"Code postal absent : {postcode} déduit de la ville {city}")
        elif not is_empty(raw_postcode):
            try:
                postcode = v.postcode(raw_postcode)
            except ValidationError as exc:
                errors += [f"{label} : {reason}" for label, reason in exc.errors.items()]
                raw_postcode = None
        if postcode and not city:
            city = _Gazette.city_of(postcode)
            if city:
                warnings.append(f"Ville absente : {city} déduite du code postal {postcode}")
        site = SiteInput(
            label=self.text(row, "site_label"),
            address=address,
            address_extra=self.text(row, "address_extra"),
            postcode=postcode,
            city=city,
            access_notes="\n".join(_shown(x) for x in self.values(row, "access_notes")),
        )
        no_site = False
        if not address and not postcode and not city and is_empty(raw_postcode):
            if self.allow_no_site:
                no_site = True
                warnings.append("Sans adresse : client repris sans site")
            else:
                errors.append("Adresse manquante (Adresse, CP, Ville)")
        else:
            try:
                site = validate_site(site)
            except ValidationError as exc:
                errors += [
                    f"{label} : {reason}" for label, reason in exc.errors.items()
                    if not (label == "Code postal" and any(e.startswith("Code postal") for e in errors))
                ]

        # Contract and visits.
        tier = None
        raw_tier = self.first(row, "tier")
        if not is_empty(raw_tier) and fold(str(raw_tier)) not in {"non", "aucun", "aucune", "sans", "0", "pas de contrat"}:
            tier = self.tier(raw_tier)
            if tier is None:
                names = ", ".join(t.name for t in self.tiers)
                warnings.append(f"Formule « {_shown(raw_tier)} » inconnue (formules : {names}) : client importé sans contrat")
        dates: dict[str, date | None] = {}
        for key in ("signed_on", "last_visit", "next_due"):
            raw = self.first(row, key)
            try:
                dates[key] = parse_date(raw, CUSTOMER_FIELDS[key])
            except ValidationError:
                dates[key] = None
                warnings.append(f"{CUSTOMER_FIELDS[key]} « {_shown(raw)} » n'est pas une date : non reprise")
        if dates["signed_on"] and dates["signed_on"] > self.today:
            warnings.append(f"Date de signature {dates['signed_on']:%d/%m/%Y} dans le futur : non reprise")
            dates["signed_on"] = None
        if dates["last_visit"] and dates["last_visit"] > self.today:
            warnings.append(
                f"Dernière intervention {dates['last_visit']:%d/%m/%Y} dans le futur : non reprise"
            )
            dates["last_visit"] = None

        if errors:
            return None, errors
        phones = [n for n in (customer.phone, customer.mobile) if n]
        mails = [e.lower() for e in (customer.email, customer.email_secondary) if e]
        return (
            _RowData(
                row=row.number,
                customer=customer,
                site=None if no_site else site,
                tier=tier,
                signed_on=dates["signed_on"],
                last_visit=dates["last_visit"],
                next_due=dates["next_due"],
                ref=self.text(row, "customer_ref"),
                phones=phones,
                emails=mails,
                name_key=name_key(customer.company_name, customer.last_name, customer.first_name),
                warnings=warnings,
            ),
            warnings,
        )


def _classify_non_data(row: SheetRow, reader: _RowReader, header: SheetRow) -> str:
    """Why a row after the header is not a data row ('' when it is one)."""
    if row.blank:
        return "ligne vide"
    texts = [fold(_text(x)) for x in row.values if not is_empty(x)]
    header_texts = [fold(_text(x)) for x in header.values if not is_empty(x)]
    if texts and texts == header_texts:
        return "en-tête répété"
    contact = any(reader.values(row, key) for key in ("phone", "mobile", "email", "address"))
    if not contact and any(_TOTAL_WORDS.match(t) for t in texts):
        return "ligne de total"
    return ""


# -- planning ------------------------------------------------------------------------------------


def site_key(address: str, postcode: str) -> str:
    return f"{fold(address)}|{postcode}"


@dataclass
class _PlannedContract:
    tier: ContractTier
    signed_on: date | None
    last_visit: date | None
    next_due: date | None


@dataclass
class _ContractPlan:
    period_start: date
    #: Per window of the contract year: "to_plan", "done" or "drop".
    fates: list[str]
    #: (due from, due until) per window, after « Prochaine intervention ».
    windows: list[tuple[date, date]]
    #: Visits outside the year's windows: ("history" | "next", day).
    extras: list[tuple[str, date]]


def _middle(due_from: date, due_until: date) -> date:
    return due_from + (due_until - due_from) / 2


@dataclass
class _PlannedSite:
    key: str
    data: SiteInput
    site_id: int | None = None
    active_tiers: list[str] = field(default_factory=list)
    has_to_plan: bool = False
    contract: _PlannedContract | None = None
    #: Standalone visits: (kind "history" | "next", day).
    visits: list[tuple[str, date]] = field(default_factory=list)
    record: Site | None = None


@dataclass
class _PlannedCustomer:
    data: CustomerInput
    customer_id: int | None = None
    first_row: int | None = None
    sites: list[_PlannedSite] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    done_days: set[date] = field(default_factory=set)
    record: Customer | None = None
    rows: list[int] = field(default_factory=list)
    #: « N° client » values of the rows (a Planner export): two refs are two customers.
    refs: set[str] = field(default_factory=set)

    @property
    def new(self) -> bool:
        return self.customer_id is None

    @property
    def name(self) -> str:
        return customer_display_name(self.data.company_name, self.data.last_name, self.data.first_name)

    def find_site(self, key: str) -> _PlannedSite | None:
        return next((s for s in self.sites if s.key == key), None)

    def phones(self) -> set[str]:
        return {n for n in (self.data.phone, self.data.mobile) if n}

    def emails(self) -> set[str]:
        return {e.lower() for e in (self.data.email, self.data.email_secondary) if e}


@dataclass
class _Index:
    by_phone: dict[str, Any] = field(default_factory=dict)
    by_email: dict[str, Any] = field(default_factory=dict)
    by_name: dict[tuple[str, str], list[Any]] = field(default_factory=dict)


class _Planner:
    """Decides what each row does; nothing is written until :meth:`apply`."""

    def __init__(self, session: Session, today: date, source: str) -> None:
        self.session = session
        self.today = today
        self.source = source
        self.customers: list[_PlannedCustomer] = []
        self.file = _Index()
        self.db = _Index()
        self.by_id: dict[int, _PlannedCustomer] = {}
        self.by_ref: dict[str, _PlannedCustomer] = {}
        self.db_contacts: dict[int, tuple[set[str], set[str]]] = {}
        self.db_names: dict[int, str] = {}
        self.created = {"customers": 0, "sites": 0, "contracts": 0, "visits": 0}
        self.new_sites: list[_PlannedSite] = []
        self._load_index()

    # -- what the database holds ----------------------------------------------------------------
    def _load_index(self) -> None:
        session = self.session
        postcodes: dict[int, set[str]] = {}
        for customer_id, postcode in session.execute(select(Site.customer_id, Site.postcode)):
            postcodes.setdefault(customer_id, set()).add(postcode)
        for c in session.execute(
            select(
                Customer.id, Customer.last_name, Customer.first_name, Customer.company_name,
                Customer.phone, Customer.mobile, Customer.email, Customer.email_secondary,
            ).where(Customer.anonymised_at.is_(None))
        ):
            phones = {n for n in (c.phone, c.mobile) if n}
            emails = {e.lower() for e in (c.email, c.email_secondary) if e}
            self.db_contacts[c.id] = (phones, emails)
            self.db_names[c.id] = customer_display_name(c.company_name, c.last_name, c.first_name)
            for number in phones:
                self.db.by_phone.setdefault(number, c.id)
            for address in emails:
                self.db.by_email.setdefault(address, c.id)
            key = name_key(c.company_name, c.last_name, c.first_name)
            for postcode in postcodes.get(c.id, ()):
                self.db.by_name.setdefault((key, postcode), []).append(c.id)

    def _load_customer(self, customer_id: int) -> _PlannedCustomer:
        if customer_id in self.by_id:
            return self.by_id[customer_id]
        session = self.session
        c = session.get(Customer, customer_id)
        assert c is not None
        data = CustomerInput(
            kind=c.kind, civility=c.civility, last_name=c.last_name, first_name=c.first_name,
            company_name=c.company_name, phone=c.phone, mobile=c.mobile, email=c.email,
            email_secondary=c.email_secondary, notes=c.notes, consent_email=c.consent_email,
            consent_sms=c.consent_sms, consent_marketing=c.consent_marketing,
        )
        planned = _PlannedCustomer(data=data, customer_id=customer_id)
        active: dict[int, list[str]] = {}
        for site_id, tier_name in session.execute(
            select(Contract.site_id, ContractTier.name)
            .join(ContractTier, Contract.tier_id == ContractTier.id)
            .where(Contract.customer_id == customer_id, Contract.status == ContractStatus.ACTIVE)
        ):
            active.setdefault(site_id, []).append(tier_name)
        to_plan = set(
            session.scalars(
                select(Visit.site_id).where(Visit.customer_id == customer_id, Visit.status == VisitStatus.TO_PLAN)
            )
        )
        for s in c.sites:
            planned.sites.append(
                _PlannedSite(
                    key=site_key(s.address, s.postcode),
                    data=SiteInput(label=s.label, address=s.address, address_extra=s.address_extra,
                                   postcode=s.postcode, city=s.city, access_notes=s.access_notes, phone=s.phone),
                    site_id=s.id,
                    active_tiers=active.get(s.id, []),
                    has_to_plan=s.id in to_plan,
                )
            )
        for started, planned_start in session.execute(
            select(Visit.actual_start, Visit.planned_start).where(
                Visit.customer_id == customer_id, Visit.status.in_(COMPLETED_STATUSES)
            )
        ):
            instant = started or planned_start
            if instant is not None:
                planned.done_days.add(to_paris(instant).date())
        self.by_id[customer_id] = planned
        return planned

    # -- matching -------------------------------------------------------------------------------
    def _contradicts(self, phones: set[str], emails: set[str], row: _RowData) -> bool:
        mine = set(row.phones) | set(row.emails)
        theirs = phones | emails
        return bool(mine and theirs and not mine & theirs)

    def find(self, row: _RowData) -> tuple[_PlannedCustomer | None, str]:
        if row.ref and row.ref in self.by_ref:
            return self.by_ref[row.ref], f"même n° client ({row.ref})"
        for index, in_file in ((self.file, True), (self.db, False)):
            for number in row.phones:
                if number in index.by_phone and not self._other_ref(index.by_phone[number], in_file, row):
                    return self._target(index.by_phone[number], in_file), f"même téléphone ({v.phone_display(number)})"
            for address in row.emails:
                if address in index.by_email and not self._other_ref(index.by_email[address], in_file, row):
                    return self._target(index.by_email[address], in_file), f"même e-mail ({address})"
            postcode = row.site.postcode if row.site is not None else ""
            for candidate in index.by_name.get((row.name_key, postcode), []):
                if self._other_ref(candidate, in_file, row):
                    continue
                if in_file:
                    phones, emails = candidate.phones(), candidate.emails()
                else:
                    phones, emails = self.db_contacts.get(candidate, (set(), set()))
                if self._contradicts(phones, emails, row):
                    row.warnings.append(
                        "Même nom et code postal que "
                        + (f"la ligne {candidate.first_row}" if in_file else f"le client n° {candidate}")
                        + ", mais téléphone et e-mail différents : importé comme un autre client"
                    )
                    continue
                return self._target(candidate, in_file), "même nom et code postal"
        return None, ""

    def _target(self, found: Any, in_file: bool) -> _PlannedCustomer:
        return found if in_file else self._load_customer(found)

    def _other_ref(self, found: Any, in_file: bool, row: _RowData) -> bool:
        """In a Planner export, rows with different « N° client » are different customers."""
        if not row.ref:
            return False
        planned = found if in_file else self.by_id.get(found)
        return planned is not None and bool(planned.refs) and row.ref not in planned.refs

    def _register(self, planned: _PlannedCustomer, row: _RowData) -> None:
        for number in planned.phones() | set(row.phones):
            self.file.by_phone.setdefault(number, planned)
        for address in planned.emails() | set(row.emails):
            self.file.by_email.setdefault(address, planned)
        keys = {row.name_key, name_key(planned.data.company_name, planned.data.last_name, planned.data.first_name)}
        for key in keys:
            for site in planned.sites:
                bucket = self.file.by_name.setdefault((key, site.data.postcode), [])
                if planned not in bucket:
                    bucket.append(planned)
        if row.ref:
            self.by_ref.setdefault(row.ref, planned)
            planned.refs.add(row.ref)

    # -- merging a row into a customer ------------------------------------------------------------
    def _merge_customer(self, planned: _PlannedCustomer, row: _RowData, warnings: list[str]) -> list[str]:
        """Fill the customer's blank fields from the row; French names of what was filled."""
        data, incoming, filled = planned.data, row.customer, []
        changes: dict[str, Any] = {}
        for key, label in (("last_name", "nom"), ("first_name", "prénom"), ("company_name", "société")):
            if not getattr(data, key) and getattr(incoming, key):
                changes[key] = getattr(incoming, key)
                filled.append(label)
        if data.civility is Civility.NONE and incoming.civility is not Civility.NONE and data.kind is CustomerKind.PERSON:
            changes["civility"] = incoming.civility
            filled.append("civilité")
        known = {data.phone, data.mobile}
        for number in (incoming.phone, incoming.mobile):
            if not number or number in known:
                continue
            slot = "mobile" if _is_mobile(number) and not data.mobile and "mobile" not in changes else (
                "phone" if not data.phone and "phone" not in changes else
                "mobile" if not data.mobile and "mobile" not in changes else ""
            )
            if slot:
                changes[slot] = number
                known.add(number)
                filled.append("portable" if slot == "mobile" else "téléphone")
            else:
                warnings.append(f"Autre numéro {v.phone_display(number)} non repris (le client en a déjà deux)")
        known_mail = {data.email.lower(), data.email_secondary.lower()} - {""}
        for address in (incoming.email, incoming.email_secondary):
            if not address or address.lower() in known_mail:
                continue
            slot = "email" if not data.email and "email" not in changes else (
                "email_secondary" if not data.email_secondary and "email_secondary" not in changes else ""
            )
            if slot:
                changes[slot] = address
                known_mail.add(address.lower())
                filled.append("e-mail")
            else:
                warnings.append(f"Autre e-mail {address} non repris (le client en a déjà deux)")
        if incoming.notes and fold(incoming.notes) not in fold(data.notes):
            changes["notes"] = f"{data.notes}\n{incoming.notes}".strip()
            filled.append("remarques")
        if changes:
            planned.data = replace(data, **changes)
            planned.changed += [k for k in changes if k not in planned.changed]
        return filled

    def _merge_site(self, planned: _PlannedCustomer, site: _PlannedSite, row: _RowData, warnings: list[str]) -> list[str]:
        changes: list[str] = []
        current = site.active_tiers + ([site.contract.tier.name] if site.contract else [])
        if row.tier is not None:
            if current:
                if row.tier.name not in current:
                    warnings.append(
                        f"Formule {row.tier.name} différente du contrat en cours ({', '.join(current)}) : non modifiée"
                    )
            else:
                site.contract = _PlannedContract(row.tier, row.signed_on, row.last_visit, row.next_due)
                changes.append(f"contrat {row.tier.name} créé")
                if row.signed_on is None:
                    warnings.append(f"Date de signature absente : contrat {row.tier.name} daté du jour de "
                                    f"l'import ({self.today:%d/%m/%Y})")
                if row.last_visit:
                    planned.done_days.add(row.last_visit)
                return changes
        if row.last_visit and row.last_visit not in planned.done_days:
            site.visits.append(("history", row.last_visit))
            planned.done_days.add(row.last_visit)
            changes.append(f"intervention du {row.last_visit:%d/%m/%Y} ajoutée à l'historique")
        if row.next_due and not current and not site.has_to_plan and not any(k == "next" for k, _ in site.visits):
            site.visits.append(("next", row.next_due))
            changes.append(f"intervention à prévoir vers le {row.next_due:%d/%m/%Y}")
        return changes

    def _new_site(self, planned: _PlannedCustomer, row: _RowData) -> _PlannedSite:
        assert row.site is not None
        site = _PlannedSite(key=site_key(row.site.address, row.site.postcode), data=row.site)
        planned.sites.append(site)
        self.new_sites.append(site)
        return site

    # -- one row --------------------------------------------------------------------------------
    def plan_row(self, row: _RowData) -> RowOutcome:
        warnings = row.warnings
        planned, how = self.find(row)
        if planned is None:
            planned = _PlannedCustomer(data=row.customer, first_row=row.row)
            self.customers.append(planned)
            if row.site is not None:
                site = self._new_site(planned, row)
                self._merge_site(planned, site, row, warnings)
            planned.rows.append(row.row)
            self._register(planned, row)
            return RowOutcome(row.row, RowStatus.IMPORTED, "nouveau client", row.display_name, warnings=warnings)

        if planned not in self.customers:
            self.customers.append(planned)
        filled = self._merge_customer(planned, row, warnings)
        added_site, site_changes = False, []
        if row.site is not None:
            site = planned.find_site(site_key(row.site.address, row.site.postcode))
            added_site = site is None
            if site is None:
                site = self._new_site(planned, row)
            site_changes = self._merge_site(planned, site, row, warnings)
        seen_row = planned.first_row
        planned.rows.append(row.row)
        if planned.first_row is None:
            planned.first_row = row.row
        self._register(planned, row)
        changes = ([f"{', '.join(filled)} complété(s)"] if filled else []) + (
            ["nouveau site"] if added_site else []
        ) + site_changes
        where = f"la ligne {seen_row}" if seen_row is not None else (
            f"le client n° {planned.customer_id} ({self.db_names.get(planned.customer_id or 0, planned.name)})"
        )
        if added_site and planned.new:
            warnings.append(f"Même client que {where} ({how}) : adresse ajoutée comme un autre site")
            return RowOutcome(row.row, RowStatus.IMPORTED, f"nouveau site de {planned.name}", row.display_name,
                              warnings=warnings)
        if changes and not planned.new:
            return RowOutcome(
                row.row, RowStatus.UPDATED,
                f"client n° {planned.customer_id} ({planned.name}) : " + " ; ".join(changes),
                row.display_name, warnings=warnings,
            )
        if changes:
            warnings.append(f"Informations reprises sur {where} : " + " ; ".join(changes))
        return RowOutcome(
            row.row, RowStatus.DUPLICATE,
            f"même client que {where} : {how}" if seen_row is not None else f"déjà dans Planner : {where}, {how}",
            row.display_name,
            same_as_row=seen_row,
            same_as_customer=None if seen_row is not None else planned.customer_id,
            warnings=warnings,
        )

    # -- counting what a run creates ----------------------------------------------------------
    def count_planned(self) -> None:
        created = self.created
        for planned in self.customers:
            created["customers"] += planned.new
            for site in planned.sites:
                created["sites"] += site.site_id is None
                if site.contract is not None:
                    created["contracts"] += 1
                    layout = self._contract_plan(site.contract)
                    created["visits"] += sum(f != "drop" for f in layout.fates) + len(layout.extras)
                created["visits"] += len(site.visits)

    def _period_start(self, start: date) -> date:
        if start > self.today:
            return start
        years = 0
        while add_months(start, 12 * (years + 1)) <= self.today:
            years += 1
        return add_months(start, 12 * years)

    def _contract_plan(self, contract: _PlannedContract) -> _ContractPlan:
        """How a contract to create turns into visits.

        The visits of the current contract year are those the tier gives; the row's « Dernière
        intervention » completes the window it falls in (earlier windows of the year are taken as
        done before it and not created; a visit before the year goes to the history), and
        « Prochaine intervention » becomes the due date of the next visit (windows it supersedes
        are not created; later ones move if they would overlap).
        """
        start = contract.signed_on or self.today
        period = self._period_start(start)
        windows = [(w.due_from, w.due_until) for w in visit_due_windows(period, contract.tier.visits_per_year)]
        fates = ["to_plan"] * len(windows)
        extras: list[tuple[str, date]] = []
        if contract.last_visit is not None:
            covered = [i for i, (due_from, _) in enumerate(windows) if due_from <= contract.last_visit]
            for i in covered:
                fates[i] = "drop"
            if covered:
                fates[covered[-1]] = "done"
            else:
                extras.append(("history", contract.last_visit))
        if contract.next_due is not None:
            pending = [i for i, fate in enumerate(fates) if fate == "to_plan"]
            if not pending:
                extras.append(("next", contract.next_due))
            else:
                before = [i for i in pending if _middle(*windows[i]) <= contract.next_due]
                chosen = before[-1] if before else pending[0]
                for i in pending:
                    if i < chosen:
                        fates[i] = "drop"
                tolerance = timedelta(days=DEFAULT_TOLERANCE_DAYS)
                windows[chosen] = (contract.next_due - tolerance, contract.next_due + tolerance)
                previous_end = windows[chosen][1]
                for i in pending:
                    if i > chosen:
                        due_from, due_until = windows[i]
                        if due_from <= previous_end:
                            shift = previous_end - due_from + timedelta(days=1)
                            windows[i] = (due_from + shift, due_until + shift)
                        previous_end = windows[i][1]
        return _ContractPlan(period, fates, windows, extras)

    # -- writing --------------------------------------------------------------------------------
    def apply(self, progress: Progress) -> list[int]:
        session = self.session
        total = max(1, len(self.customers))
        for done, planned in enumerate(self.customers, start=1):
            if planned.new:
                record = Customer(kind=planned.data.kind)
                _apply_customer(record, planned.data)
                session.add(record)
                session.flush()
                planned.customer_id = record.id
                self.created["customers"] += 1
                audit(session, "import", "customer", record.id,
                      f"Client importé « {planned.name} » ({self.source}, ligne {planned.first_row})")
            elif planned.changed:
                record = lock_for_update(session, Customer, planned.customer_id or 0)
                for key in planned.changed:
                    setattr(record, key, getattr(planned.data, key))
                session.flush()
                audit(session, "import", "customer", record.id,
                      f"Client complété par l'import ({self.source}, ligne(s) "
                      f"{', '.join(map(str, planned.rows))})", {"fields": list(planned.changed)})
            else:
                record = session.get(Customer, planned.customer_id)
            planned.record = record
            for site in planned.sites:
                self._apply_site(planned, site)
            progress.step(done, total, f"Enregistrement : {done} / {total} clients")
        session.flush()
        return [s.record.id for s in self.new_sites if s.record is not None]

    def _apply_site(self, planned: _PlannedCustomer, site: _PlannedSite) -> None:
        session = self.session
        assert planned.record is not None
        if site.site_id is None:
            record = Site(customer_id=planned.record.id, geocode_precision=GeocodePrecision.NONE, needs_review=True)
            _apply_site(record, site.data)
            session.add(record)
            session.flush()
            site.site_id = record.id
            self.created["sites"] += 1
        else:
            record = session.get(Site, site.site_id)
        site.record = record
        if site.contract is not None:
            self._create_contract(planned, site, site.contract)
        for what, day in site.visits:
            if what == "history":
                self._history_visit(planned.record.id, record.id, None, day, "Intervention", DEFAULT_VISIT_MINUTES)
            else:
                self._next_visit(planned.record.id, record.id, None, day, "Entretien (repris du fichier)",
                                 DEFAULT_VISIT_MINUTES)

    def _create_contract(self, planned: _PlannedCustomer, site: _PlannedSite, plan: _PlannedContract) -> None:
        session = self.session
        tier = plan.tier
        start = plan.signed_on or self.today
        layout = self._contract_plan(plan)
        contract = Contract(
            number=next_number(session, "C", start.year, width=4),
            customer_id=planned.record.id,  # type: ignore[union-attr]
            site_id=site.site_id,
            tier_id=tier.id,
            status=ContractStatus.ACTIVE,
            signed_on=plan.signed_on,
            start_date=start,
            end_date=contract_period_end(layout.period_start),
            tacit_renewal=True,
            notice_days=30,
            notes=f"Repris de {self.source}.",
        )
        session.add(contract)
        session.flush()
        self.created["contracts"] += 1
        visits = create_contract_visits(session, contract, tier, layout.period_start)
        for index, visit in enumerate(visits):
            fate = layout.fates[index] if index < len(layout.fates) else "drop"
            if fate == "drop":
                # Superseded by « Dernière / Prochaine intervention »: never to plan.
                if visit in session.new:
                    session.expunge(visit)
                else:
                    session.delete(visit)
                continue
            self.created["visits"] += 1
            if fate == "done":
                self._mark_done(visit, plan.last_visit)  # type: ignore[arg-type]
            else:
                visit.due_from, visit.due_until = layout.windows[index]
                if plan.next_due is not None and visit.due_from == plan.next_due - timedelta(days=DEFAULT_TOLERANCE_DAYS):
                    visit.notes = f"Date prévue reprise de {self.source}."
        for what, day in layout.extras:
            if what == "history":
                self._history_visit(contract.customer_id, contract.site_id, contract.id, day,
                                    f"Entretien {tier.name}", tier.visit_duration_min)
            else:
                self._next_visit(contract.customer_id, contract.site_id, contract.id, day,
                                 f"Entretien {tier.name} — prochaine visite", tier.visit_duration_min)
        audit(session, "import", "contract", contract.id,
              f"Contrat {contract.number} ({tier.name}) repris de {self.source}")

    def _mark_done(self, visit: Visit, day: date) -> None:
        start = paris_instant(day, HISTORY_VISIT_TIME)
        end = start + timedelta(minutes=visit.duration_min)
        visit.status = VisitStatus.DONE
        visit.planned_start = visit.actual_start = start
        visit.planned_end = visit.actual_end = end
        visit.notes = f"Dernière intervention reprise de {self.source} (heure et technicien inconnus)."

    def _history_visit(self, customer_id: int, site_id: int, contract_id: int | None, day: date,
                       summary: str, minutes: int) -> None:
        visit = Visit(
            number=next_number(self.session, "I", day.year),
            kind=VisitKind.MAINTENANCE,
            status=VisitStatus.TO_PLAN,
            customer_id=customer_id,
            site_id=site_id,
            contract_id=contract_id,
            summary=summary,
            duration_min=minutes,
        )
        self._mark_done(visit, day)
        self.session.add(visit)
        self.created["visits"] += 1

    def _next_visit(self, customer_id: int, site_id: int, contract_id: int | None, day: date,
                    summary: str, minutes: int) -> None:
        self.session.add(
            Visit(
                number=next_number(self.session, "I", day.year),
                kind=VisitKind.MAINTENANCE,
                status=VisitStatus.TO_PLAN,
                customer_id=customer_id,
                site_id=site_id,
                contract_id=contract_id,
                summary=summary,
                due_from=day - timedelta(days=DEFAULT_TOLERANCE_DAYS),
                due_until=day + timedelta(days=DEFAULT_TOLERANCE_DAYS),
                duration_min=minutes,
                notes=f"Date prévue reprise de {self.source}.",
            )
        )
        self.created["visits"] += 1


# -- restoring contracts and visits of a Planner export -------------------------------------------


def _section_rows(sheet: Sheet, synonyms: Mapping[str, Sequence[str]]) -> tuple[SectionReport, dict[str, int], list[SheetRow]]:
    header = sheet.rows[0]
    mapping = {key: index for index, key in detect_columns(header.values, synonyms).items()}
    section = SectionReport(sheet.name, 1)
    rows = []
    for row in sheet.rows[1:]:
        if row.blank:
            section.skipped.append((row.number, "ligne vide"))
        else:
            rows.append(row)
    section.data_rows = len(rows)
    return section, mapping, rows


def _label_value(text: Any, labels: Mapping[Any, str], enum_cls: type[StrEnum], field_label: str) -> Any:
    folded = fold(_text(text))
    for member, label in labels.items():
        if folded in {fold(label), member.value}:
            return member
    raise ValidationError.single(field_label, f"« {_text(text)} » inconnu ({', '.join(labels.values())}).")


def _paris_datetime(value: Any, field_label: str) -> datetime | None:
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        local = value
    elif isinstance(value, date):
        local = datetime.combine(value, time(0))
    else:
        text = str(value).strip()
        for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"):
            try:
                local = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        else:
            raise ValidationError.single(field_label, f"« {text} » n'est pas une date et heure (jj/mm/aaaa hh:mm).")
    if local.tzinfo is not None:
        return local
    from datetime import UTC

    return local.replace(tzinfo=PARIS).astimezone(UTC)


def _number(value: Any, field_label: str, *, allow_float: bool = False) -> float | None:
    if is_empty(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = str(value).replace("\u202f", "").replace(" ", "").replace("€", "").replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        raise ValidationError.single(field_label, f"« {value} » n'est pas un nombre.") from None
    if not allow_float and not number.is_integer():
        raise ValidationError.single(field_label, f"« {value} » doit être un nombre entier.")
    return number


class _Restorer:
    """Contracts and visits of a Planner export, linked to the customers of its first sheet."""

    def __init__(self, planner: _Planner) -> None:
        self.planner = planner
        self.session = planner.session
        self.contracts: list[tuple[_PlannedCustomer, _PlannedSite, dict[str, Any]]] = []
        self.visits: list[tuple[_PlannedCustomer, _PlannedSite, dict[str, Any]]] = []
        self.contract_numbers = set(self.session.scalars(select(Contract.number)))
        self.visit_numbers = set(self.session.scalars(select(Visit.number)))
        self.tiers = {fold(t.name): t for t in self.session.scalars(select(ContractTier))}
        self.technicians = {
            fold(f"{t.first_name} {t.last_name}"): t.id for t in self.session.scalars(select(Technician))
        }
        self.planned_contracts: set[str] = set()

    def _site(self, row: SheetRow, mapping: dict[str, int]) -> tuple[_PlannedCustomer, _PlannedSite]:
        ref = _text(row.value(mapping.get("customer_ref", -1)))
        planned = self.planner.by_ref.get(ref)
        if planned is None:
            raise ValidationError.single("N° client", f"le client n° {ref or '?'} n'a pas été repris de la feuille "
                                         f"{CUSTOMERS_SHEET} (ligne rejetée ou absente)")
        address = _text(row.value(mapping.get("address", -1)))
        postcode = _text(row.value(mapping.get("postcode", -1)))
        with contextlib.suppress(ValidationError):
            postcode = v.postcode(postcode) if postcode else ""
        site = planned.find_site(site_key(address, postcode))
        if site is None:
            if len(planned.sites) == 1 and not address:
                return planned, planned.sites[0]
            raise ValidationError.single("Site", f"adresse « {address}, {postcode} » inconnue pour ce client")
        return planned, site

    def plan_contracts(self, sheet: Sheet, progress: Progress) -> SectionReport:
        section, mapping, rows = _section_rows(sheet, _canonical_synonyms(CONTRACT_FIELDS))
        for row in rows:
            get = lambda key, row=row: row.value(mapping.get(key, -1))  # noqa: E731
            number = _text(get("contract_number"))
            try:
                if not number:
                    raise ValidationError.single("N° contrat", "manquant")
                if number in self.contract_numbers:
                    section.outcomes.append(RowOutcome(row.number, RowStatus.DUPLICATE,
                                                       f"contrat {number} déjà dans Planner", number))
                    continue
                if number in self.planned_contracts:
                    raise ValidationError.single("N° contrat", f"{number} figure deux fois dans la feuille")
                planned, site = self._site(row, mapping)
                tier = self.tiers.get(fold(_text(get("tier"))))
                if tier is None:
                    raise ValidationError.single("Formule", f"« {_text(get('tier'))} » inconnue")
                start = parse_date(get("start_date"), "Début")
                if start is None:
                    raise ValidationError.single("Début", "manquant")
                end = parse_date(get("end_date"), "Fin") or contract_period_end(start)
                if end < start:
                    raise ValidationError.single("Fin", "avant le début")
                price = _number(get("yearly_price"), "Prix annuel", allow_float=True)
                notice = _number(get("notice_days"), "Préavis")
                values = {
                    "number": number,
                    "tier_id": tier.id,
                    "status": _label_value(get("status"), CONTRACT_STATUS_LABELS, ContractStatus, "Statut")
                    if not is_empty(get("status")) else ContractStatus.ACTIVE,
                    "signed_on": parse_date(get("signed_on"), "Signé le"),
                    "start_date": start,
                    "end_date": end,
                    "tacit_renewal": _parse_bool(get("tacit_renewal"), True),
                    "notice_days": int(notice) if notice is not None else 30,
                    "yearly_price_cents": round(price * 100) if price is not None else None,
                    "cancelled_on": parse_date(get("cancelled_on"), "Résilié le"),
                    "notes": _shown(get("notes")) if not is_empty(get("notes")) else "",
                }
            except ValidationError as exc:
                reason = " ; ".join(f"{k} : {r}" for k, r in exc.errors.items())
                section.outcomes.append(RowOutcome(row.number, RowStatus.REJECTED, reason, number))
                continue
            self.planned_contracts.add(number)
            self.contracts.append((planned, site, values))
            section.outcomes.append(RowOutcome(row.number, RowStatus.IMPORTED, f"contrat {number}", number))
            progress.check()
        return section

    def plan_visits(self, sheet: Sheet, progress: Progress) -> SectionReport:
        section, mapping, rows = _section_rows(sheet, _canonical_synonyms(VISIT_FIELDS))
        seen: set[str] = set()
        for row in rows:
            get = lambda key, row=row: row.value(mapping.get(key, -1))  # noqa: E731
            number = _text(get("visit_number"))
            warnings: list[str] = []
            try:
                if not number:
                    raise ValidationError.single("N° intervention", "manquant")
                if number in self.visit_numbers:
                    section.outcomes.append(RowOutcome(row.number, RowStatus.DUPLICATE,
                                                       f"intervention {number} déjà dans Planner", number))
                    continue
                if number in seen:
                    raise ValidationError.single("N° intervention", f"{number} figure deux fois dans la feuille")
                planned, site = self._site(row, mapping)
                contract_number = _text(get("contract_number"))
                if contract_number and contract_number not in self.planned_contracts | self.contract_numbers:
                    warnings.append(f"Contrat {contract_number} introuvable : intervention reprise sans contrat")
                    contract_number = ""
                status = _label_value(get("status"), VISIT_STATUS_LABELS, VisitStatus, "Statut")
                kind = _label_value(get("kind"), VISIT_KIND_LABELS, VisitKind, "Type")
                duration = _number(get("duration_min"), "Durée")
                if duration is None or duration <= 0:
                    raise ValidationError.single("Durée", "doit être un nombre de minutes positif")
                values: dict[str, Any] = {
                    "number": number,
                    "kind": kind,
                    "status": status,
                    "contract_number": contract_number,
                    "summary": _text(get("summary")),
                    "due_from": parse_date(get("due_from"), "À faire du"),
                    "due_until": parse_date(get("due_until"), "À faire au"),
                    "duration_min": int(duration),
                    "priority": int(_number(get("priority"), "Priorité") or 0),
                    "locked": _parse_bool(get("locked"), False),
                    "cancel_reason": _text(get("cancel_reason")),
                    "notes": _shown(get("notes")) if not is_empty(get("notes")) else "",
                }
                for key in ("planned_start", "planned_end", "promised_from", "promised_until", "actual_start",
                            "actual_end"):
                    values[key] = _paris_datetime(get(key), VISIT_FIELDS[key])
                technician = _text(get("technician"))
                values["technician_id"] = self.technicians.get(fold(technician)) if technician else None
                if technician and values["technician_id"] is None:
                    if status in SCHEDULED_STATUSES:
                        warnings.append(f"Technicien « {technician} » inconnu : intervention remise à planifier")
                        values["status"] = VisitStatus.TO_PLAN
                        for key in ("planned_start", "planned_end", "promised_from", "promised_until"):
                            values[key] = None
                    else:
                        warnings.append(f"Technicien « {technician} » inconnu : non repris")
                if (values["planned_start"] is None) != (values["planned_end"] is None):
                    raise ValidationError.single("Début prévu", "indiquez le début et la fin prévus, ou aucun")
            except ValidationError as exc:
                reason = " ; ".join(f"{k} : {r}" for k, r in exc.errors.items())
                section.outcomes.append(RowOutcome(row.number, RowStatus.REJECTED, reason, number))
                continue
            seen.add(number)
            self.visits.append((planned, site, values))
            section.outcomes.append(RowOutcome(row.number, RowStatus.IMPORTED, f"intervention {number}", number,
                                               warnings=warnings))
            progress.check()
        return section

    def count(self, created: dict[str, int]) -> None:
        created["contracts"] += len(self.contracts)
        created["visits"] += len(self.visits)

    def apply(self) -> None:
        session = self.session
        ids: dict[str, int] = dict(session.execute(select(Contract.number, Contract.id)).all())
        for planned, site, values in self.contracts:
            contract = Contract(customer_id=planned.record.id, site_id=site.site_id, **values)  # type: ignore[union-attr]
            session.add(contract)
            session.flush()
            ids[contract.number] = contract.id
            _bump_counter(session, contract.number)
            self.planner.created["contracts"] += 1
        for planned, site, values in self.visits:
            values = dict(values)
            contract_number = values.pop("contract_number")
            session.add(
                Visit(customer_id=planned.record.id, site_id=site.site_id,  # type: ignore[union-attr]
                      contract_id=ids.get(contract_number) if contract_number else None, **values)
            )
            _bump_counter(session, values["number"])
            self.planner.created["visits"] += 1
        session.flush()


_NUMBER = re.compile(r"^([A-Z]+)-(\d{4})-(\d+)$")


def _bump_counter(session: Session, number: str) -> None:
    """Make the yearly sequence continue after a restored number (« C-2025-0042 » → 42)."""
    match = _NUMBER.match(number)
    if not match:
        return
    name, value = f"{match.group(1)}-{match.group(2)}", int(match.group(3))
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(Counter).values(name=name, value=value)
    statement = statement.on_conflict_do_update(
        index_elements=[Counter.name],
        set_={"value": _greatest(session, Counter.value, statement.excluded.value)},
    )
    session.execute(statement)


def _greatest(session: Session, a: Any, b: Any) -> Any:
    from sqlalchemy import func

    return func.greatest(a, b) if session.get_bind().dialect.name == "postgresql" else func.max(a, b)


# -- the use case --------------------------------------------------------------------------------


def import_file(
    db: Database,
    path: str | Path,
    options: ImportOptions | None = None,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import (or, with ``dry_run``, only reconcile) the customers of an .xlsx or .csv file.

    The real run is one transaction: cancelled or failed, it leaves the database untouched.
    """
    started = clock.monotonic()
    progress = progress or Progress()
    options = options or ImportOptions()
    today = options.today or paris_today()
    progress.report(0.0, "Lecture du fichier…", force=True)
    workbook = read_workbook(path)
    preview = _preview(workbook, options)
    if preview.problems:
        raise ValidationError({"Fichier": " ".join(preview.problems)})
    sheet = workbook.sheet(preview.sheet)
    mapping = preview.mapping
    contracts_sheet, visits_sheet = _restore_sheets(workbook, sheet) if preview.restore else (None, None)
    if contracts_sheet is not None:  # contracts come from their own sheet
        mapping = {i: f for i, f in mapping.items() if f not in {"tier", "signed_on"}}
    if visits_sheet is not None:
        mapping = {i: f for i, f in mapping.items() if f not in {"last_visit", "next_due"}}
    source = Path(path).name
    header_row = preview.header_row or 1
    header = sheet.rows[header_row - 1]

    session_scope = db.read() if dry_run else db.write()
    with session_scope as session:
        tiers = list(session.scalars(select(ContractTier).order_by(ContractTier.sort_order)))
        reader = _RowReader(mapping, [t for t in tiers if t.active], today, allow_no_site=preview.restore)
        planner = _Planner(session, today, source)
        section = SectionReport(sheet.name, header_row)
        section.skipped = [(r.number, "avant l'en-tête (titre)" if not r.blank else "ligne vide")
                           for r in sheet.rows[: header_row - 1]]
        section.skipped.append((header_row, "en-tête"))
        body = sheet.rows[header_row:]
        plan_progress = progress.sub(0.0, 0.5)
        for position, row in enumerate(body, start=1):
            why = _classify_non_data(row, reader, header)
            if why:
                section.skipped.append((row.number, why))
                continue
            section.data_rows += 1
            data, problems = reader.read(row)
            if data is None:
                name = customer_display_name(reader.text(row, "company_name"), reader.text(row, "last_name"),
                                             reader.text(row, "first_name"))
                section.outcomes.append(
                    RowOutcome(row.number, RowStatus.REJECTED, " ; ".join(problems), name if name != "(sans nom)" else "")
                )
            else:
                section.outcomes.append(planner.plan_row(data))
            if position % 25 == 0:
                plan_progress.step(position, len(body), f"Analyse : ligne {row.number}")
        restorer = _Restorer(planner) if preview.restore else None
        report = ImportReport(
            path=Path(path), sheet=sheet.name, header_row=preview.header_row, columns=preview.columns,
            dry_run=dry_run, customers=section,
        )
        if restorer is not None:
            if contracts_sheet is not None:
                report.contracts = restorer.plan_contracts(contracts_sheet, progress)
            if visits_sheet is not None:
                report.visits = restorer.plan_visits(visits_sheet, progress)
        if dry_run:
            planner.count_planned()
            if restorer is not None:
                restorer.count(planner.created)
        else:
            report.new_site_ids = planner.apply(progress.sub(0.5, 0.95))
            if restorer is not None:
                restorer.apply()
            summary = report.customers
            audit(
                session, "import", "import", None,
                f"Import de {source} : {summary.count(RowStatus.IMPORTED)} importée(s), "
                f"{summary.count(RowStatus.UPDATED)} mise(s) à jour, {summary.count(RowStatus.DUPLICATE)} doublon(s), "
                f"{summary.count(RowStatus.REJECTED)} rejetée(s) sur {summary.data_rows} ligne(s)",
                {"data_rows": summary.data_rows, "created": dict(planner.created)},
            )
        report.created = dict(planner.created)
    report.elapsed_s = clock.monotonic() - started
    progress.report(1.0, "Import terminé" if not dry_run else "Simulation terminée", force=True)
    return report


def geocode_new_sites(db: Database, site_ids: Sequence[int], progress: Progress | None = None) -> Any:
    """Place the sites an import created (the wizard runs it in the background afterwards)."""
    from planner.services.geocoding import geocode_pending_sites, make_geocoder

    return geocode_pending_sites(db, make_geocoder(db), progress, site_ids=list(site_ids))


def import_summary(report: ImportReport) -> str:
    s = report.customers
    return (
        f"{s.count(RowStatus.IMPORTED)} importée(s), {s.count(RowStatus.UPDATED)} mise(s) à jour, "
        f"{s.count(RowStatus.DUPLICATE)} doublon(s), {s.count(RowStatus.REJECTED)} rejetée(s) "
        f"sur {s.data_rows} ligne(s) de données"
    )


__all__ = [
    "CONTRACT_FIELDS",
    "CUSTOMER_FIELDS",
    "VISIT_FIELDS",
    "ColumnInfo",
    "FilePreview",
    "ImportOptions",
    "ImportReport",
    "RowOutcome",
    "RowStatus",
    "SectionReport",
    "detect_columns",
    "find_header_row",
    "import_file",
    "match_header",
    "preview_file",
]

