"""Quotes: the service catalogue, and the pipeline request → draft → sent → accepted / refused /
expired.  An accepted quote creates the work visit to book.  Also the business settings the
quotes and outcomes share (hourly rate of overruns, validity of quotes)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.database import Database
from planner.db.models import (
    CatalogueItem,
    ContactLog,
    Customer,
    OutboxMessage,
    Quote,
    QuoteLine,
    Site,
    Visit,
)
from planner.domain.enums import ContactChannel, ContactReason, OutboxChannel, VisitKind, VisitStatus
from planner.domain.errors import ConflictError, NotFoundError, PlannerError, ValidationError
from planner.domain.outcomes import OverrunRule
from planner.domain.quotes import (
    QUOTE_TRANSITIONS,
    TO_SEND_STATUSES,
    VAT_RATES,
    QuoteSource,
    QuoteStatus,
    Totals,
    format_quantity,
    line_total_cents,
    totals,
    vat_label,
)
from planner.domain.text import customer_display_name, fold
from planner.domain.timeutil import now_utc, paris_today, to_paris
from planner.services import letters
from planner.services import validation as v
from planner.services.common import (
    audit,
    current_user,
    get_setting,
    lock_for_update,
    next_number,
    put_setting,
)

# -- business settings ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BusinessSettings:
    """Rates and delays the office can change (« Réglages » of the catalogue dialog)."""

    hourly_rate_cents: int = 6500
    overrun_tolerance_min: int = 10
    overrun_increment_min: int = 15
    overrun_vat_bp: int = 2000
    quote_validity_days: int = 30
    work_due_days: int = 30

    @property
    def overrun_rule(self) -> OverrunRule:
        return OverrunRule(
            self.hourly_rate_cents, self.overrun_tolerance_min, self.overrun_increment_min, self.overrun_vat_bp
        )


_SETTING_KEYS = {
    "hourly_rate_cents": "outcome.hourly_rate_cents",
    "overrun_tolerance_min": "outcome.overrun_tolerance_min",
    "overrun_increment_min": "outcome.overrun_increment_min",
    "overrun_vat_bp": "outcome.overrun_vat_bp",
    "quote_validity_days": "quote.validity_days",
    "work_due_days": "quote.work_due_days",
}


def read_business_settings(session: Session) -> BusinessSettings:
    defaults = BusinessSettings()
    return BusinessSettings(
        **{name: int(get_setting(session, key, getattr(defaults, name))) for name, key in _SETTING_KEYS.items()}
    )


def get_business_settings(db: Database) -> BusinessSettings:
    with db.read() as session:
        return read_business_settings(session)


def save_business_settings(db: Database, data: BusinessSettings) -> BusinessSettings:
    check = v.Collector()
    if not 0 <= data.hourly_rate_cents <= 100_000:
        check.add("Taux horaire", "entre 0 et 1 000 € de l'heure.")
    if not 0 <= data.overrun_tolerance_min <= 120:
        check.add("Tolérance", "entre 0 et 120 minutes.")
    if not 1 <= data.overrun_increment_min <= 60:
        check.add("Facturé par tranche de", "entre 1 et 60 minutes.")
    if data.overrun_vat_bp not in VAT_RATES:
        check.add("TVA des dépassements", "20 %, 10 % ou 5,5 %.")
    if not 1 <= data.quote_validity_days <= 365:
        check.add("Validité des devis", "entre 1 et 365 jours.")
    if not 1 <= data.work_due_days <= 365:
        check.add("Délai des travaux acceptés", "entre 1 et 365 jours.")
    check.raise_if_any()
    with db.write() as session:
        for name, key in _SETTING_KEYS.items():
            put_setting(session, key, getattr(data, name))
        audit(session, "update", "setting", None, "Réglages des devis et des comptes rendus modifiés")
    return data


# -- catalogue -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CatalogueItemInput:
    code: str
    label: str
    unit_price_cents: int
    vat_rate_bp: int = 2000
    unit: str = "u"
    category: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class CatalogueItemView:
    id: int
    version: int
    data: CatalogueItemInput

    @property
    def search_text(self) -> str:
        return fold(f"{self.data.code} {self.data.label} {self.data.category}")


def list_catalogue(db: Database, *, active_only: bool = False) -> list[CatalogueItemView]:
    with db.read() as session:
        statement = select(CatalogueItem).order_by(CatalogueItem.sort_order, CatalogueItem.code)
        if active_only:
            statement = statement.where(CatalogueItem.active.is_(True))
        return [
            CatalogueItemView(
                i.id,
                i.version,
                CatalogueItemInput(i.code, i.label, i.unit_price_cents, i.vat_rate_bp, i.unit, i.category, i.active),
            )
            for i in session.scalars(statement)
        ]


def validate_catalogue_item(data: CatalogueItemInput) -> CatalogueItemInput:
    check = v.Collector()
    code = (check(v.text, data.code, "Code", required=True, max_length=20) or "").upper()
    label = check(v.text, data.label, "Désignation", required=True, max_length=200) or ""
    unit = check(v.text, data.unit, "Unité", required=True, max_length=10) or ""
    category = check(v.text, data.category, "Catégorie", max_length=60) or ""
    if data.unit_price_cents < 0:
        check.add("Prix unitaire HT", "ne peut pas être négatif.")
    if data.vat_rate_bp not in VAT_RATES:
        check.add("TVA", "20 %, 10 % ou 5,5 %.")
    check.raise_if_any()
    return replace(data, code=code, label=label, unit=unit, category=category)


def save_catalogue_item(
    db: Database, item_id: int | None, expected_version: int | None, data: CatalogueItemInput
) -> int:
    """Create (``item_id`` None) or change a catalogue entry; returns its id."""
    data = validate_catalogue_item(data)
    with db.write() as session:
        clash = session.scalar(select(CatalogueItem.id).where(CatalogueItem.code == data.code))
        if clash is not None and clash != item_id:
            raise ValidationError.single("Code", f"« {data.code} » est déjà utilisé par une autre prestation.")
        if item_id is None:
            item = CatalogueItem(sort_order=(session.scalar(select(func.max(CatalogueItem.sort_order))) or 0) + 1)
            session.add(item)
        else:
            item = lock_for_update(session, CatalogueItem, item_id)
            if item is None:
                raise NotFoundError("Cette prestation n'existe plus.")
            if item.version != expected_version:
                raise ConflictError(f"Prestation {item.code}")
        item.code, item.label, item.unit = data.code, data.label, data.unit
        item.unit_price_cents, item.vat_rate_bp = data.unit_price_cents, data.vat_rate_bp
        item.category, item.active = data.category, data.active
        session.flush()
        audit(session, "create" if item_id is None else "update", "catalogue_item", item.id,
              f"Prestation {item.code} « {item.label} » enregistrée")
        return item.id


# -- quotes: what the screens show ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuoteLineInput:
    label: str
    quantity_milli: int
    unit_price_cents: int
    vat_rate_bp: int = 2000
    unit: str = "u"
    catalogue_item_id: int | None = None

    @property
    def total_ht_cents(self) -> int:
        return line_total_cents(self.quantity_milli, self.unit_price_cents)


@dataclass(frozen=True, slots=True)
class QuoteRequestInput:
    customer_id: int
    subject: str
    note: str = ""
    site_id: int | None = None
    source: QuoteSource = QuoteSource.CALL
    visit_id: int | None = None
    #: The contact to note in the customer's log (a call, an email); None notes nothing.
    channel: ContactChannel | None = ContactChannel.PHONE_IN
    requested_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class QuoteDraftInput:
    subject: str
    lines: tuple[QuoteLineInput, ...]
    site_id: int | None = None
    notes: str = ""
    work_duration_min: int = 120


@dataclass(frozen=True, slots=True)
class QuoteRow:
    id: int
    number: str
    customer_id: int
    customer: str
    city: str
    subject: str
    status: QuoteStatus  # as it stands on the day asked (a sent quote past its validity is expired)
    source: QuoteSource
    requested_at: datetime
    sent_at: datetime | None
    valid_until: date | None
    total_ht_cents: int
    total_ttc_cents: int
    work_visit_id: int | None
    search_text: str


@dataclass(frozen=True, slots=True)
class QuoteDetail:
    id: int
    version: int
    number: str
    customer_id: int
    customer_name: str
    customer_email: str
    status: QuoteStatus
    stored_status: QuoteStatus
    source: QuoteSource
    request_note: str
    requested_at: datetime
    sent_at: datetime | None
    valid_until: date | None
    answered_at: datetime | None
    refusal_reason: str
    work_visit_id: int | None
    source_visit_id: int | None
    data: QuoteDraftInput
    totals: Totals
    sites: tuple[tuple[int, str], ...] = field(default=())

    @property
    def editable(self) -> bool:
        return self.status in TO_SEND_STATUSES


def effective_status(status: QuoteStatus, valid_until: date | None, on: date) -> QuoteStatus:
    """A sent quote whose validity has passed reads as expired."""
    if status is QuoteStatus.SENT and valid_until is not None and valid_until < on:
        return QuoteStatus.EXPIRED
    return status


def list_quotes(db: Database, *, on: date | None = None, customer_id: int | None = None) -> list[QuoteRow]:
    on = on or paris_today()
    with db.read() as session:
        statement = (
            select(
                Quote.id, Quote.number, Quote.customer_id, Quote.subject, Quote.status, Quote.source,
                Quote.requested_at, Quote.sent_at, Quote.valid_until, Quote.total_ht_cents,
                Quote.total_ttc_cents, Quote.work_visit_id,
                Customer.company_name, Customer.last_name, Customer.first_name, Site.city,
            )
            .join(Customer, Quote.customer_id == Customer.id)
            .outerjoin(Site, Quote.site_id == Site.id)
            .order_by(Quote.id.desc())
        )
        if customer_id is not None:
            statement = statement.where(Quote.customer_id == customer_id)
        rows = []
        for r in session.execute(statement):
            name = customer_display_name(r.company_name, r.last_name, r.first_name)
            rows.append(
                QuoteRow(
                    id=r.id, number=r.number, customer_id=r.customer_id, customer=name, city=r.city or "",
                    subject=r.subject, status=effective_status(r.status, r.valid_until, on), source=r.source,
                    requested_at=r.requested_at, sent_at=r.sent_at, valid_until=r.valid_until,
                    total_ht_cents=r.total_ht_cents, total_ttc_cents=r.total_ttc_cents,
                    work_visit_id=r.work_visit_id,
                    search_text=fold(f"{r.number} {name} {r.city or ''} {r.subject}"),
                )
            )
        return rows


def _site_text(site: Site) -> str:
    place = f"{site.address}, {site.postcode} {site.city}".strip(", ")
    return f"{site.label} — {place}" if site.label else place


def get_quote(db: Database, quote_id: int, *, on: date | None = None) -> QuoteDetail:
    on = on or paris_today()
    with db.read() as session:
        q = session.get(Quote, quote_id)
        if q is None:
            raise NotFoundError(f"Le devis n° {quote_id} n'existe plus.")
        c = q.customer
        lines = tuple(
            QuoteLineInput(ln.label, ln.quantity_milli, ln.unit_price_cents, ln.vat_rate_bp, ln.unit, ln.catalogue_item_id)
            for ln in q.lines
        )
        return QuoteDetail(
            id=q.id, version=q.version, number=q.number, customer_id=q.customer_id,
            customer_name=customer_display_name(c.company_name, c.last_name, c.first_name),
            customer_email=c.email,
            status=effective_status(q.status, q.valid_until, on), stored_status=q.status, source=q.source,
            request_note=q.request_note, requested_at=q.requested_at, sent_at=q.sent_at,
            valid_until=q.valid_until, answered_at=q.answered_at, refusal_reason=q.refusal_reason,
            work_visit_id=q.work_visit_id, source_visit_id=q.source_visit_id,
            data=QuoteDraftInput(q.subject, lines, q.site_id, q.notes, q.work_duration_min),
            totals=totals((ln.quantity_milli, ln.unit_price_cents, ln.vat_rate_bp) for ln in lines),
            sites=tuple((s.id, _site_text(s)) for s in c.sites),
        )


# -- quotes: changes -----------------------------------------------------------------------------


def _load(session: Session, quote_id: int, expected_version: int | None) -> Quote:
    q = lock_for_update(session, Quote, quote_id)
    if q is None:
        raise NotFoundError(f"Le devis n° {quote_id} n'existe plus.")
    if expected_version is not None and q.version != expected_version:
        raise ConflictError(f"Devis {q.number}")
    return q


def _move(q: Quote, target: QuoteStatus, on: date) -> None:
    current = effective_status(q.status, q.valid_until, on)
    if target not in QUOTE_TRANSITIONS[current]:
        raise PlannerError(
            f"Devis {q.number} : impossible de passer de « {STATUS_FR[current]} » à « {STATUS_FR[target]} »."
        )
    q.status = target


STATUS_FR = {
    QuoteStatus.REQUESTED: "demandé",
    QuoteStatus.DRAFT: "brouillon",
    QuoteStatus.SENT: "envoyé",
    QuoteStatus.ACCEPTED: "accepté",
    QuoteStatus.REFUSED: "refusé",
    QuoteStatus.EXPIRED: "expiré",
    QuoteStatus.CANCELLED: "abandonné",
}


def create_quote_request(session: Session, data: QuoteRequestInput) -> Quote:
    """Record a quote request inside an open transaction (also used by the outcomes)."""
    requested_at = data.requested_at or now_utc()
    quote = Quote(
        number=next_number(session, "D", to_paris(requested_at).year, width=4),
        customer_id=data.customer_id,
        site_id=data.site_id,
        status=QuoteStatus.REQUESTED,
        source=data.source,
        subject=data.subject,
        request_note=data.note,
        requested_at=requested_at,
        source_visit_id=data.visit_id,
        author=current_user(),
    )
    session.add(quote)
    session.flush()
    return quote


def request_quote(db: Database, data: QuoteRequestInput) -> int:
    """Note a quote request (from a call, an email, a visit); the 48-hour clock starts."""
    check = v.Collector()
    subject = check(v.text, data.subject, "Objet", required=True, max_length=200) or ""
    note = check(v.text, data.note, "Précisions", max_length=4000) or ""
    check.raise_if_any()
    data = replace(data, subject=subject, note=note)
    with db.write() as session:
        customer = session.get(Customer, data.customer_id)
        if customer is None:
            raise NotFoundError(f"Le client n° {data.customer_id} n'existe plus.")
        site_id = data.site_id
        if site_id is not None and session.get(Site, site_id) is None:
            raise ValidationError.single("Site", "choisissez un site de ce client.")
        if site_id is None and customer.sites:
            site_id = customer.sites[0].id
        quote = create_quote_request(session, replace(data, site_id=site_id))
        if data.channel is not None:
            session.add(
                ContactLog(
                    customer_id=customer.id, at=quote.requested_at, channel=data.channel,
                    reason=ContactReason.QUOTE_REQUEST, note=f"Demande de devis {quote.number} : {subject}",
                    author=current_user(), visit_id=data.visit_id,
                )
            )
        audit(session, "create", "quote", quote.id, f"Demande de devis {quote.number} : {subject}")
        return quote.id


def validate_draft(data: QuoteDraftInput) -> QuoteDraftInput:
    check = v.Collector()
    subject = check(v.text, data.subject, "Objet", required=True, max_length=200) or ""
    notes = (data.notes or "").strip()
    if not 15 <= data.work_duration_min <= 8 * 60 * 5:
        check.add("Durée des travaux", "entre 15 minutes et 5 jours de travail.")
    lines = []
    for number, line in enumerate(data.lines, start=1):
        label = " ".join((line.label or "").split())
        field_name = f"Ligne {number}"
        if not label:
            check.add(field_name, "indiquez la désignation.")
        elif len(label) > 300:
            check.add(field_name, "désignation de 300 caractères au plus.")
        if line.quantity_milli <= 0:
            check.add(field_name, "la quantité doit être positive.")
        if line.vat_rate_bp not in VAT_RATES:
            check.add(field_name, "TVA à 20 %, 10 % ou 5,5 %.")
        if abs(line.unit_price_cents) > 10_000_000_00:
            check.add(field_name, "prix unitaire hors limites.")
        lines.append(replace(line, label=label, unit=(line.unit or "u").strip()[:10] or "u"))
    check.raise_if_any()
    return replace(data, subject=subject, notes=notes, lines=tuple(lines))


def _apply_draft(session: Session, q: Quote, data: QuoteDraftInput) -> None:
    if data.site_id is not None:
        site = session.get(Site, data.site_id)
        if site is None or site.customer_id != q.customer_id:
            raise ValidationError.single("Site", "choisissez un site de ce client.")
    q.site_id = data.site_id if data.site_id is not None else q.site_id
    q.subject = data.subject
    q.notes = data.notes
    q.work_duration_min = data.work_duration_min
    q.lines.clear()
    session.flush()
    for position, line in enumerate(data.lines, start=1):
        q.lines.append(
            QuoteLine(
                position=position, catalogue_item_id=line.catalogue_item_id, label=line.label, unit=line.unit,
                quantity_milli=line.quantity_milli, unit_price_cents=line.unit_price_cents,
                vat_rate_bp=line.vat_rate_bp, total_ht_cents=line.total_ht_cents,
            )
        )
    result = totals((ln.quantity_milli, ln.unit_price_cents, ln.vat_rate_bp) for ln in data.lines)
    q.total_ht_cents, q.total_vat_cents, q.total_ttc_cents = result.ht_cents, result.vat_cents, result.ttc_cents


def save_quote(db: Database, quote_id: int, expected_version: int, data: QuoteDraftInput) -> int:
    """Write (or rewrite) the quote's lines; a requested quote becomes a draft.  New version."""
    data = validate_draft(data)
    on = paris_today()
    with db.write() as session:
        q = _load(session, quote_id, expected_version)
        _move(q, QuoteStatus.DRAFT, on)
        _apply_draft(session, q, data)
        session.flush()
        audit(session, "update", "quote", q.id, f"Devis {q.number} rédigé ({len(data.lines)} ligne(s))")
        return q.version


@dataclass(frozen=True, slots=True)
class SendResult:
    version: int
    valid_until: date
    message_id: int | None


def quote_message(session: Session, q: Quote, valid_until: date) -> letters.Rendered:
    c = q.customer
    result = totals((ln.quantity_milli, ln.unit_price_cents, ln.vat_rate_bp) for ln in q.lines)
    text_lines = [
        f"- {ln.label} : {format_quantity(ln.quantity_milli)} {ln.unit} × {letters.money(ln.unit_price_cents)} HT "
        f"(TVA {vat_label(ln.vat_rate_bp)}) = {letters.money(ln.total_ht_cents)} HT"
        for ln in q.lines
    ]
    import html as html_module

    cell = 'style="padding: 4px 8px; text-align: right;"'
    html_lines = "\n".join(
        f'<tr><td style="padding: 4px 8px;">{html_module.escape(ln.label)}</td>'
        f"<td {cell}>{format_quantity(ln.quantity_milli)} {html_module.escape(ln.unit)}</td>"
        f"<td {cell}>{letters.money(ln.unit_price_cents)}</td><td {cell}>{vat_label(ln.vat_rate_bp)}</td>"
        f"<td {cell}>{letters.money(ln.total_ht_cents)}</td></tr>"
        for ln in q.lines
    )
    vat_lines = [f"TVA {vat_label(b.rate_bp)} : {letters.money(b.vat_cents)}" for b in result.by_rate]
    return letters.render(
        "quote_sent",
        {
            "quote_number": q.number,
            "subject": q.subject,
            "greeting": letters.greeting(c.civility, c.last_name, c.company_name),
            "lines": "\n".join(text_lines),
            "lines_html": html_lines,
            "total_ht": letters.money(result.ht_cents),
            "vat_lines": "\n".join(vat_lines),
            "vat_lines_html": "<br>".join(html_module.escape(x) for x in vat_lines),
            "total_ttc": letters.money(result.ttc_cents),
            "valid_until": letters.day(valid_until),
            "company_signature": letters.company_signature(session),
        },
    )


def send_quote(
    db: Database, quote_id: int, expected_version: int, *, by_email: bool = True, at: datetime | None = None
) -> SendResult:
    """Send the quote (an email through the outbox, or handed over otherwise) now (or ``at``);
    its validity starts that day.  An expired quote may be sent again with a new validity."""
    at = at or now_utc()
    on = to_paris(at).date()
    with db.write() as session:
        q = _load(session, quote_id, expected_version)
        if not q.lines:
            raise ValidationError.single("Lignes", "ajoutez au moins une ligne avant d'envoyer le devis.")
        customer = q.customer
        if by_email and not customer.email:
            raise ValidationError.single(
                "E-mail", "le client n'a pas d'adresse e-mail : ajoutez-la à sa fiche, ou remettez le devis en main propre."
            )
        _move(q, QuoteStatus.SENT, on)
        settings = read_business_settings(session)
        valid_until = on + timedelta(days=settings.quote_validity_days)
        q.sent_at = at
        q.valid_until = valid_until
        message_id = None
        if by_email:
            rendered = quote_message(session, q, valid_until)
            message = OutboxMessage(
                idempotency_key=f"quote-sent:{q.id}:{q.version}",
                channel=OutboxChannel.EMAIL, kind="quote", customer_id=customer.id,
                recipient=customer.email, subject=rendered.subject,
                body_text=rendered.text, body_html=rendered.html,
            )
            session.add(message)
            session.flush()
            message_id = message.id
        session.add(
            ContactLog(
                customer_id=customer.id, at=q.sent_at,
                channel=ContactChannel.EMAIL_OUT if by_email else ContactChannel.ON_SITE,
                reason=ContactReason.QUOTE_REQUEST,
                note=f"Devis {q.number} envoyé ({letters.money(q.total_ttc_cents)} TTC, valable jusqu'au {letters.day(valid_until)})",
                author=current_user(),
            )
        )
        session.flush()
        audit(session, "send", "quote", q.id, f"Devis {q.number} envoyé{' par e-mail' if by_email else ''}")
        return SendResult(q.version, valid_until, message_id)


def accept_quote(db: Database, quote_id: int, expected_version: int, *, at: datetime | None = None) -> int:
    """The customer said yes (now, or ``at``): the work visit is created, to book; returns its id."""
    at = at or now_utc()
    on = to_paris(at).date()
    with db.write() as session:
        q = _load(session, quote_id, expected_version)
        if effective_status(q.status, q.valid_until, on) is QuoteStatus.EXPIRED:
            raise PlannerError(
                f"Devis {q.number} : expiré le {letters.day(q.valid_until)}. Renvoyez-le avec une nouvelle "  # type: ignore[arg-type]
                "validité avant de l'accepter."
            )
        _move(q, QuoteStatus.ACCEPTED, on)
        q.answered_at = at
        settings = read_business_settings(session)
        site_id = q.site_id or (q.customer.sites[0].id if q.customer.sites else None)
        if site_id is None:
            raise ValidationError.single("Site", "le client n'a aucun site où faire les travaux.")
        visit = Visit(
            number=next_number(session, "I", on.year),
            kind=VisitKind.REPAIR,
            status=VisitStatus.TO_PLAN,
            customer_id=q.customer_id,
            site_id=site_id,
            summary=f"Travaux du devis {q.number} : {q.subject}"[:200],
            due_from=on,
            due_until=on + timedelta(days=settings.work_due_days),
            duration_min=q.work_duration_min,
            notes="\n".join(f"{format_quantity(ln.quantity_milli)} {ln.unit} × {ln.label}" for ln in q.lines),
        )
        session.add(visit)
        session.flush()
        q.work_visit_id = visit.id
        session.add(
            ContactLog(
                customer_id=q.customer_id, at=q.answered_at, channel=ContactChannel.PHONE_IN,
                reason=ContactReason.QUOTE_REQUEST, note=f"Devis {q.number} accepté : travaux à planifier",
                author=current_user(), visit_id=visit.id,
            )
        )
        audit(session, "accept", "quote", q.id, f"Devis {q.number} accepté ; intervention {visit.number} à planifier")
        return visit.id


def refuse_quote(
    db: Database, quote_id: int, expected_version: int, reason: str = "", *, at: datetime | None = None
) -> int:
    at = at or now_utc()
    on = to_paris(at).date()
    reason = v.text(reason, "Motif", max_length=300)
    with db.write() as session:
        q = _load(session, quote_id, expected_version)
        _move(q, QuoteStatus.REFUSED, on)
        q.answered_at = at
        q.refusal_reason = reason
        session.flush()
        audit(session, "refuse", "quote", q.id, f"Devis {q.number} refusé{f' : {reason}' if reason else ''}")
        return q.version


def cancel_quote(db: Database, quote_id: int, expected_version: int, reason: str, *, on: date | None = None) -> int:
    """Drop a request or a draft that will not be sent (the customer changed their mind)."""
    on = on or paris_today()
    reason = v.text(reason, "Motif", required=True, max_length=300)
    with db.write() as session:
        q = _load(session, quote_id, expected_version)
        _move(q, QuoteStatus.CANCELLED, on)
        q.refusal_reason = reason
        session.flush()
        audit(session, "cancel", "quote", q.id, f"Devis {q.number} abandonné : {reason}")
        return q.version
