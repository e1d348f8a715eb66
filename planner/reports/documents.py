"""What each printed document shows, as plain data.

The services gather these from the database; the renderers of this package draw them.  Texts are
ready to print (French labels, phones in their national form); instants are aware datetimes,
printed in Europe/Paris; money is integer cents, VAT rates basis points (``2000`` = 20 %).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from planner.domain.quotes import Totals, VatBreakdown, line_total_cents, totals
from planner.reports.french import letter_date

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class CompanyHeader:
    """Who prints: the page header of every document and the legal line of the footer."""

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    siret: str = ""
    #: A PNG or JPEG image, printed at most 45 × 18 mm in the header.
    logo: bytes | None = None

    def legal_line(self) -> str:
        parts = [self.name, self.address]
        if self.siret:
            digits = self.siret
            parts.append(f"SIRET {digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}".strip())
        return " — ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class Party:
    """A customer as a document addresses them."""

    name: str
    address_lines: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    email: str = ""


# -- work order ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PastVisit:
    day: date
    technician: str = ""
    summary: str = ""


@dataclass(frozen=True, slots=True)
class OpenAnomaly:
    description: str
    #: « minor », « major » or « danger » (see SEVERITY_LABELS).
    severity: str = "minor"
    found_on: date | None = None


SEVERITY_LABELS = {"minor": "Mineure", "major": "Majeure", "danger": "Danger"}


@dataclass(frozen=True, slots=True)
class WorkOrderData:
    """« Bon d'intervention »: everything the technician needs on site, and boxes to fill in."""

    number: str
    kind: str
    customer: Party
    site_address: tuple[str, ...]
    summary: str = ""
    site_label: str = ""
    site_phone: str = ""
    access_notes: str = ""
    technician: str = ""
    planned_start: datetime | None = None
    planned_end: datetime | None = None
    promised_from: datetime | None = None
    promised_until: datetime | None = None
    duration_min: int = 0
    contract_number: str = ""
    tier: str = ""
    checklist: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    notes: str = ""
    customer_notes: str = ""
    last_visit: PastVisit | None = None
    open_anomalies: tuple[OpenAnomaly, ...] = ()

    @property
    def qr_payload(self) -> str:
        """What the QR code carries: the visit number, nothing else."""
        return self.number


# -- technician day sheet --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stop:
    number: str
    customer: str
    address: str
    city: str = ""
    summary: str = ""
    tier: str = ""
    phone: str = ""
    access_notes: str = ""
    arrival: datetime | None = None
    departure: datetime | None = None
    promised_from: datetime | None = None
    promised_until: datetime | None = None
    #: Drive from the previous stop (or the start point), seconds; None when unknown.
    drive_s: int | None = None
    point: Point | None = None


@dataclass(frozen=True, slots=True)
class DaySheetData:
    """A technician's day: the stops in order, the drives between them and a route sketch."""

    technician: str
    day: date
    stops: tuple[Stop, ...]
    start_label: str = ""
    start_point: Point | None = None
    end_label: str = ""
    end_point: Point | None = None
    #: Drive from the last stop back to the end point, seconds.
    return_drive_s: int | None = None
    #: Working hours, e.g. ("08:00–12:00", "13:30–17:30").
    hours: tuple[str, ...] = ()
    lunch: str = ""
    holiday: str = ""
    absence: str = ""

    @property
    def drive_total_s(self) -> int:
        return sum(s.drive_s or 0 for s in self.stops) + (self.return_drive_s or 0)


# -- quote ----------------------------------------------------------------------------------------



@dataclass(frozen=True, slots=True)
class QuoteLine:
    description: str
    quantity: Decimal
    unit_price_cents: int
    vat_rate_bp: int
    unit: str = "u"

    @property
    def quantity_milli(self) -> int:
        return int((Decimal(self.quantity) * 1000).to_integral_value())

    @property
    def total_ht_cents(self) -> int:
        """Quantity × unit price excluding VAT, rounded to the cent (half away from zero)."""
        return line_total_cents(self.quantity_milli, self.unit_price_cents)


#: The per-rate VAT line and the totals are the domain's: what is printed is what is stored.
VatLine = VatBreakdown
QuoteTotals = Totals


def quote_totals(lines: tuple[QuoteLine, ...] | list[QuoteLine]) -> QuoteTotals:
    """Totals exact to the cent, by :func:`planner.domain.quotes.totals`: each line's HT rounded
    to the cent, VAT once per rate on that rate's total (the per-rate breakdown a French quote
    shows, art. 242 nonies A of the CGI annex II), TTC = HT + TVA exactly."""
    return totals((line.quantity_milli, line.unit_price_cents, line.vat_rate_bp) for line in lines)


@dataclass(frozen=True, slots=True)
class QuoteData:
    """« Devis »."""

    number: str
    issued_on: date
    valid_until: date
    customer: Party
    lines: tuple[QuoteLine, ...]
    subject: str = ""
    site_address: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    notes: str = ""
    author: str = ""

    @property
    def totals(self) -> QuoteTotals:
        return quote_totals(self.lines)

    @property
    def reduced_vat(self) -> bool:
        return any(line.vat_rate_bp < 2000 for line in self.lines)


# -- intervention report --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChecklistResult:
    label: str
    #: True done / compliant, False not done / not compliant, None not applicable.
    done: bool | None
    comment: str = ""


@dataclass(frozen=True, slots=True)
class FoundAnomaly:
    description: str
    severity: str = "minor"
    follow_up: str = ""


@dataclass(frozen=True, slots=True)
class UsedPart:
    label: str
    quantity: Decimal = Decimal(1)
    unit: str = "u"


@dataclass(frozen=True, slots=True)
class ReportData:
    """« Rapport d'intervention »: what was done, for the customer."""

    number: str
    kind: str
    customer: Party
    site_address: tuple[str, ...]
    arrival: datetime
    departure: datetime
    technician: str = ""
    summary: str = ""
    tier: str = ""
    contract_number: str = ""
    checklist: tuple[ChecklistResult, ...] = ()
    observations: str = ""
    anomalies: tuple[FoundAnomaly, ...] = ()
    parts: tuple[UsedPart, ...] = ()
    #: The mark the customer gave on site (1–5), if any.
    satisfaction: int | None = None
    satisfaction_comment: str = ""
    #: How to give an opinion (« Répondez à cet e-mail… »); a default is printed when empty.
    satisfaction_request: str = ""
    signed_by: str = ""

    @property
    def duration_min(self) -> int:
        return max(0, int((self.departure - self.arrival).total_seconds() // 60))


# -- letter -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LetterParagraph:
    text: str
    #: Printed bold in a frame: what the reader must not miss (a deadline, an amount due).
    highlight: bool = False


@dataclass(frozen=True, slots=True)
class LetterData:
    """A letter to a customer, laid out as a French business letter: the postal address where the
    right-hand window of a DL or C5/6 envelope shows it, place and date, references, « Objet »,
    salutation, body, courtesy formula and signature."""

    #: The address block as La Poste reads it (NF Z 10-011): at most six lines, the recipient
    #: first, « CODE POSTAL LOCALITÉ » last.
    recipient: tuple[str, ...]
    day: date
    subject: str
    paragraphs: tuple[LetterParagraph, ...]
    salutation: str = "Madame, Monsieur,"
    #: The courtesy formula; by default built on the salutation (see :meth:`courtesy`).
    closing: str = ""
    #: The town the letter is written from (« Annecy »), printed before the date.
    place: str = ""
    #: (label, value) pairs printed on the left of the address: « Contrat n° », « Formule »…
    references: tuple[tuple[str, str], ...] = ()
    #: The signature block: who signs (« Le service clients ») and for which company.
    signatory: str = ""
    signatory_title: str = ""
    #: « P. J. » lines: what comes with the letter.
    enclosures: tuple[str, ...] = ()
    #: The PDF's title (its properties, the viewer's window).
    title: str = "Courrier"

    @property
    def dateline(self) -> str:
        """« Annecy, le 2 décembre 2026 » (« Le 1er décembre 2026 » without a town)."""
        when = f"le {letter_date(self.day)}"
        return f"{self.place}, {when}" if self.place else when[0].upper() + when[1:]

    @property
    def courtesy(self) -> str:
        if self.closing:
            return self.closing
        whom = self.salutation.strip().rstrip(",").strip() or "Madame, Monsieur"
        return f"Nous vous prions d'agréer, {whom}, l'expression de nos salutations distinguées."

    def body_text(self) -> str:
        """The letter as plain text, from the salutation to the signature (what is kept on file)."""
        parts = [self.salutation, *(p.text for p in self.paragraphs), self.courtesy]
        signature = "\n".join(line for line in (self.signatory_title, self.signatory) if line)
        if signature:
            parts.append(signature)
        if self.enclosures:
            parts.append("P. J. : " + " ; ".join(self.enclosures))
        return "\n\n".join(p for p in parts if p)


Document = WorkOrderData | DaySheetData | QuoteData | ReportData | LetterData
