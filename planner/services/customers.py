"""Customers and their sites: list, read, create, change, log a contact."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, func, or_, select

from planner.db.database import Database
from planner.db.models import ContactLog, Contract, ContractTier, Customer, Site, Technician, Visit
from planner.domain.enums import (
    COMPLETED_STATUSES,
    SCHEDULED_STATUSES,
    Civility,
    ContactChannel,
    ContactReason,
    ContractStatus,
    CustomerKind,
    GeocodePrecision,
    VisitKind,
    VisitStatus,
)
from planner.domain.errors import ConflictError, NotFoundError, ValidationError
from planner.domain.text import customer_display_name, fold
from planner.domain.timeutil import now_utc
from planner.services import validation as v
from planner.services.common import audit, current_user, lock_for_update
from planner.services.zones import assign_zone

# -- what the screens show -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One line of the customers table."""

    id: int
    name: str
    kind: CustomerKind
    city: str
    postcode: str
    phone: str  # shown as typed in France: « 06 12 34 56 78 »
    email: str
    tier: str
    contract_number: str
    next_visit: date | None
    needs_review: bool
    #: Folded words the instant filter looks in (names, phones, email, places, contracts).
    search_text: str
    #: Every contract number of the customer (ended ones too), space-separated.
    contract_numbers: str = ""
    #: « postcode town » of each of the customer's sites, the main one first.
    places: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CustomerInput:
    kind: CustomerKind = CustomerKind.PERSON
    civility: Civility = Civility.NONE
    last_name: str = ""
    first_name: str = ""
    company_name: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    email_secondary: str = ""
    notes: str = ""
    consent_email: bool = True
    consent_sms: bool = False
    consent_marketing: bool = False


@dataclass(frozen=True, slots=True)
class SiteInput:
    label: str = ""
    address: str = ""
    address_extra: str = ""
    postcode: str = ""
    city: str = ""
    access_notes: str = ""
    phone: str = ""
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True, slots=True)
class SiteView:
    id: int
    version: int
    data: SiteInput
    insee_code: str
    precision: GeocodePrecision
    geocode_source: str
    needs_review: bool
    zone: str


@dataclass(frozen=True, slots=True)
class ContractSummary:
    id: int
    number: str
    tier: str
    status: ContractStatus
    start_date: date
    end_date: date
    tacit_renewal: bool
    site_label: str


@dataclass(frozen=True, slots=True)
class VisitSummary:
    id: int
    number: str
    kind: VisitKind
    status: VisitStatus
    summary: str
    day: date | None  # planned (or done) day, else None
    planned_start: datetime | None
    due_from: date | None
    due_until: date | None
    technician: str
    site_label: str
    duration_min: int = 60
    version: int = 1
    contract_id: int | None = None
    site_id: int | None = None


@dataclass(frozen=True, slots=True)
class ContactView:
    id: int
    at: datetime
    channel: ContactChannel
    reason: ContactReason
    note: str
    author: str


@dataclass(frozen=True, slots=True)
class CustomerDetail:
    id: int
    version: int
    name: str
    data: CustomerInput
    created_at: datetime
    sites: list[SiteView] = field(default_factory=list)
    contracts: list[ContractSummary] = field(default_factory=list)
    visits: list[VisitSummary] = field(default_factory=list)
    contacts: list[ContactView] = field(default_factory=list)

    @property
    def next_visit(self) -> VisitSummary | None:
        booked = [x for x in self.visits if x.status in SCHEDULED_STATUSES and x.planned_start]
        return min(booked, key=lambda x: x.planned_start) if booked else None  # type: ignore[arg-type,return-value]

    @property
    def last_visit(self) -> VisitSummary | None:
        done = [x for x in self.visits if x.status in COMPLETED_STATUSES and x.planned_start]
        return max(done, key=lambda x: x.planned_start) if done else None  # type: ignore[arg-type,return-value]


# -- validation ----------------------------------------------------------------------------------


def validate_customer(data: CustomerInput) -> CustomerInput:
    """The normalised input, or a ValidationError listing every field to fix."""
    check = v.Collector()
    last_name = check(v.text, data.last_name, "Nom", max_length=120) or ""
    first_name = check(v.text, data.first_name, "Prénom", max_length=120) or ""
    company = check(v.text, data.company_name, "Société", max_length=200) or ""
    if data.kind is CustomerKind.COMPANY and not company:
        check.add("Société", "obligatoire pour un client professionnel.")
    if data.kind is CustomerKind.PERSON and not last_name:
        check.add("Nom", "obligatoire pour un particulier.")
    phone = check(v.phone, data.phone, "Téléphone") or ""
    mobile = check(v.phone, data.mobile, "Portable") or ""
    email = check(v.email, data.email, "E-mail") or ""
    email2 = check(v.email, data.email_secondary, "E-mail secondaire") or ""
    check.raise_if_any()
    return replace(
        data,
        last_name=last_name,
        first_name=first_name,
        company_name=company,
        phone=phone,
        mobile=mobile,
        email=email,
        email_secondary=email2,
        notes=(data.notes or "").strip(),
    )


def validate_site(data: SiteInput) -> SiteInput:
    check = v.Collector()
    address = check(v.text, data.address, "Adresse", required=True, max_length=200) or ""
    extra = check(v.text, data.address_extra, "Complément d'adresse", max_length=200) or ""
    postcode = check(v.postcode, data.postcode, "Code postal") or ""
    city = check(v.text, data.city, "Ville", required=True, max_length=120) or ""
    label = check(v.text, data.label, "Nom du site", max_length=80) or ""
    phone = check(v.phone, data.phone, "Téléphone sur place") or ""
    if (data.latitude is None) != (data.longitude is None):
        check.add("Coordonnées", "indiquez la latitude et la longitude, ou aucune des deux.")
    if data.latitude is not None and not (41.0 <= data.latitude <= 51.5):
        check.add("Latitude", f"{data.latitude} est hors de France métropolitaine (41 à 51,5).")
    if data.longitude is not None and not (-5.5 <= data.longitude <= 10.0):
        check.add("Longitude", f"{data.longitude} est hors de France métropolitaine (-5,5 à 10).")
    check.raise_if_any()
    return replace(
        data,
        label=label,
        address=address,
        address_extra=extra,
        postcode=postcode,
        city=city,
        phone=phone,
        access_notes=(data.access_notes or "").strip(),
    )


# -- queries ---------------------------------------------------------------------------------


def search_text_for(
    customer: CustomerInput, site: SiteInput | None = None, contract_number: str = ""
) -> str:
    parts = [customer.last_name, customer.first_name, customer.company_name, customer.email]
    for number in (customer.phone, customer.mobile):
        if number:
            parts += [number, v.phone_display(number).replace(" ", "")]
    if site is not None:
        parts += [site.postcode, site.city, site.address]
    parts.append(contract_number)
    return fold(" ".join(p for p in parts if p))


def list_customers(db: Database) -> list[CustomerRow]:
    """Every customer with their main site, running contract and next booked visit.  The search
    words cover every site (street, postcode, town) and every contract number, ended ones too:
    a caller reads the number on whatever paper they have."""
    with db.read() as session:
        sites: dict[int, list[Row[Any]]] = defaultdict(list)
        for row in session.execute(
            select(Site.customer_id, Site.postcode, Site.city, Site.address, Site.needs_review).order_by(
                Site.customer_id, Site.id
            )
        ):
            sites[row.customer_id].append(row)
        contracts: dict[int, Row[Any]] = {}
        numbers: dict[int, list[str]] = defaultdict(list)
        for row in session.execute(
            select(Contract.customer_id, Contract.number, Contract.status, ContractTier.name)
            .join(ContractTier, Contract.tier_id == ContractTier.id)
            .order_by(Contract.customer_id, Contract.start_date, Contract.id)
        ):
            numbers[row.customer_id].append(row.number)
            if row.status is ContractStatus.ACTIVE:
                contracts[row.customer_id] = row  # the latest running one
        next_visits = dict(
            session.execute(
                select(Visit.customer_id, func.min(Visit.planned_start))
                .where(Visit.status.in_(SCHEDULED_STATUSES))
                .group_by(Visit.customer_id)
            ).all()
        )
        rows: list[CustomerRow] = []
        for c in session.execute(
            select(
                Customer.id,
                Customer.kind,
                Customer.last_name,
                Customer.first_name,
                Customer.company_name,
                Customer.phone,
                Customer.mobile,
                Customer.email,
            ).where(Customer.anonymised_at.is_(None))
        ):
            own_sites = sites.get(c.id, [])
            site = own_sites[0] if own_sites else None
            contract = contracts.get(c.id)
            phone = c.mobile or c.phone
            display_phone = v.phone_display(phone)
            words = [
                c.last_name,
                c.first_name,
                c.company_name,
                c.email,
                display_phone.replace(" ", ""),
                v.phone_display(c.phone).replace(" ", "") if c.mobile and c.phone else "",
            ]
            for place in own_sites:
                words += [place.postcode, place.city, place.address]
            words += numbers.get(c.id, [])
            planned = next_visits.get(c.id)
            rows.append(
                CustomerRow(
                    id=c.id,
                    name=customer_display_name(c.company_name, c.last_name, c.first_name),
                    kind=c.kind,
                    city=site.city if site else "",
                    postcode=site.postcode if site else "",
                    phone=display_phone,
                    email=c.email,
                    tier=contract.name if contract else "",
                    contract_number=contract.number if contract else "",
                    next_visit=_paris_date(planned),
                    needs_review=any(p.needs_review for p in own_sites),
                    search_text=fold(" ".join(w for w in words if w)),
                    contract_numbers=" ".join(numbers.get(c.id, [])),
                    places=tuple(dict.fromkeys(f"{p.postcode} {p.city}".strip() for p in own_sites)),
                )
            )
        return rows


def _paris_date(instant: datetime | None) -> date | None:
    from planner.domain.timeutil import to_paris

    return to_paris(instant).date() if instant is not None else None


def _customer_input(c: Customer) -> CustomerInput:
    return CustomerInput(
        kind=c.kind,
        civility=c.civility,
        last_name=c.last_name,
        first_name=c.first_name,
        company_name=c.company_name,
        phone=c.phone,
        mobile=c.mobile,
        email=c.email,
        email_secondary=c.email_secondary,
        notes=c.notes,
        consent_email=c.consent_email,
        consent_sms=c.consent_sms,
        consent_marketing=c.consent_marketing,
    )


def _site_view(s: Site) -> SiteView:
    return SiteView(
        id=s.id,
        version=s.version,
        data=SiteInput(
            label=s.label,
            address=s.address,
            address_extra=s.address_extra,
            postcode=s.postcode,
            city=s.city,
            access_notes=s.access_notes,
            phone=s.phone,
            latitude=s.latitude,
            longitude=s.longitude,
        ),
        insee_code=s.insee_code,
        precision=s.geocode_precision,
        geocode_source=s.geocode_source,
        needs_review=s.needs_review,
        zone=s.zone.name if s.zone else "",
    )


def format_site_label(label: str, address: str, postcode: str, city: str) -> str:
    """« Atelier — 12 rue Sommeiller, 74000 Annecy »."""
    place = f"{address}, {postcode} {city}".strip(", ")
    return f"{label} — {place}" if label else place


def site_label(s: Site) -> str:
    return format_site_label(s.label, s.address, s.postcode, s.city)


def site_label_of(site: SiteView) -> str:
    d = site.data
    return format_site_label(d.label, d.address, d.postcode, d.city)


def get_customer(db: Database, customer_id: int) -> CustomerDetail:
    with db.read() as session:
        c = session.get(Customer, customer_id)
        if c is None or c.anonymised_at is not None:
            raise NotFoundError(f"Le client n° {customer_id} n'existe pas (ou plus).")
        sites = {s.id: s for s in c.sites}
        contracts = [
            ContractSummary(
                id=k.id,
                number=k.number,
                tier=k.tier.name,
                status=k.status,
                start_date=k.start_date,
                end_date=k.end_date,
                tacit_renewal=k.tacit_renewal,
                site_label=site_label(k.site),
            )
            for k in c.contracts
        ]
        technicians = dict(session.execute(select(Technician.id, Technician.first_name)).all())
        visits = [
            VisitSummary(
                id=x.id,
                number=x.number,
                kind=x.kind,
                status=x.status,
                summary=x.summary,
                day=_paris_date(x.actual_start or x.planned_start),
                planned_start=x.planned_start,
                due_from=x.due_from,
                due_until=x.due_until,
                technician=technicians.get(x.technician_id, "") if x.technician_id else "",
                site_label=site_label(sites[x.site_id]) if x.site_id in sites else "",
                duration_min=x.duration_min,
                version=x.version,
                contract_id=x.contract_id,
                site_id=x.site_id,
            )
            for x in session.scalars(
                select(Visit).where(Visit.customer_id == customer_id).order_by(Visit.id)
            )
        ]
        visits.sort(
            key=lambda x: (x.day or x.due_from or date.max, x.id), reverse=True
        )
        contacts = [
            ContactView(e.id, e.at, e.channel, e.reason, e.note, e.author)
            for e in session.scalars(
                select(ContactLog)
                .where(ContactLog.customer_id == customer_id)
                .order_by(ContactLog.at.desc(), ContactLog.id.desc())
            )
        ]
        return CustomerDetail(
            id=c.id,
            version=c.version,
            name=customer_display_name(c.company_name, c.last_name, c.first_name),
            data=_customer_input(c),
            created_at=c.created_at,
            sites=[_site_view(s) for s in c.sites],
            contracts=contracts,
            visits=visits,
            contacts=contacts,
        )


# -- changes ---------------------------------------------------------------------------------


def _apply_customer(c: Customer, data: CustomerInput) -> None:
    if (c.consent_email, c.consent_sms, c.consent_marketing) != (
        data.consent_email,
        data.consent_sms,
        data.consent_marketing,
    ) or c.id is None:
        c.consent_updated_at = now_utc()
    c.kind = data.kind
    c.civility = data.civility
    c.last_name = data.last_name
    c.first_name = data.first_name
    c.company_name = data.company_name
    c.phone = data.phone
    c.mobile = data.mobile
    c.email = data.email
    c.email_secondary = data.email_secondary
    c.notes = data.notes
    c.consent_email = data.consent_email
    c.consent_sms = data.consent_sms
    c.consent_marketing = data.consent_marketing


def _apply_site(s: Site, data: SiteInput) -> bool:
    """Copy the form onto the site; True when it got a new position (its zone may change)."""
    moved = (s.address, s.postcode, s.city) != (data.address, data.postcode, data.city)
    s.label = data.label
    s.address = data.address
    s.address_extra = data.address_extra
    s.postcode = data.postcode
    s.city = data.city
    s.access_notes = data.access_notes
    s.phone = data.phone
    if data.latitude is not None and (data.latitude, data.longitude) != (s.latitude, s.longitude):
        s.latitude, s.longitude = data.latitude, data.longitude
        s.geocode_precision = GeocodePrecision.MANUAL
        s.geocode_source = "saisie"
        s.geocode_score = None
        s.needs_review = False
        s.geocoded_at = now_utc()
        return True
    if moved and s.id is not None:
        # A new address invalidates the old position: it will be looked up again.
        s.latitude = s.longitude = s.geocode_score = None
        s.geocode_precision = GeocodePrecision.NONE
        s.geocode_source = ""
        s.needs_review = True
        s.insee_code = ""
    return False


def create_customer(db: Database, customer: CustomerInput, site: SiteInput | None = None) -> int:
    """Record a new customer (and their first site); nothing is saved if anything is invalid."""
    errors: dict[str, str] = {}
    try:
        customer = validate_customer(customer)
    except ValidationError as exc:
        errors.update(exc.errors)
    if site is not None:
        try:
            site = validate_site(site)
        except ValidationError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    with db.write() as session:
        record = Customer(kind=customer.kind)
        _apply_customer(record, customer)
        session.add(record)
        if site is not None:
            new_site = Site(geocode_precision=GeocodePrecision.NONE, needs_review=True)
            placed = _apply_site(new_site, site)
            record.sites.append(new_site)
            if placed:
                assign_zone(session, new_site)
        session.flush()
        name = customer_display_name(customer.company_name, customer.last_name, customer.first_name)
        audit(session, "create", "customer", record.id, f"Nouveau client « {name} »")
        return record.id


def update_customer(
    db: Database, customer_id: int, expected_version: int, data: CustomerInput
) -> int:
    """Save changes made on the version the user opened; returns the new version.

    If another PC saved the customer meanwhile, raises ConflictError and changes nothing.
    """
    data = validate_customer(data)
    with db.write() as session:
        record = lock_for_update(session, Customer, customer_id)
        if record is None:
            raise NotFoundError(f"Le client n° {customer_id} n'existe plus.")
        name = customer_display_name(record.company_name, record.last_name, record.first_name)
        if record.version != expected_version:
            raise ConflictError(f"Client « {name} »")
        before = _customer_input(record)
        _apply_customer(record, data)
        session.flush()
        changed = sorted(
            f for f in CustomerInput.__dataclass_fields__ if getattr(before, f) != getattr(data, f)
        )
        audit(session, "update", "customer", customer_id, f"Client « {name} » modifié", {"fields": changed})
        return record.version


def add_site(db: Database, customer_id: int, data: SiteInput) -> int:
    data = validate_site(data)
    with db.write() as session:
        if session.get(Customer, customer_id) is None:
            raise NotFoundError(f"Le client n° {customer_id} n'existe plus.")
        site = Site(customer_id=customer_id, geocode_precision=GeocodePrecision.NONE, needs_review=True)
        placed = _apply_site(site, data)
        session.add(site)
        if placed:
            assign_zone(session, site)
        session.flush()
        audit(session, "create", "site", site.id, f"Nouveau site : {site_label(site)}")
        return site.id


def update_site(db: Database, site_id: int, expected_version: int, data: SiteInput) -> int:
    data = validate_site(data)
    with db.write() as session:
        site = lock_for_update(session, Site, site_id)
        if site is None:
            raise NotFoundError(f"Le site n° {site_id} n'existe plus.")
        if site.version != expected_version:
            raise ConflictError(f"Site « {site_label(site)} »")
        if _apply_site(site, data):
            assign_zone(session, site)
        session.flush()
        audit(session, "update", "site", site_id, f"Site modifié : {site_label(site)}")
        return site.version


def log_contact(
    db: Database,
    customer_id: int,
    channel: ContactChannel,
    reason: ContactReason,
    note: str = "",
    *,
    visit_id: int | None = None,
    at: datetime | None = None,
) -> int:
    note = v.text(note, "Note", max_length=4000) if note else ""
    with db.write() as session:
        if session.get(Customer, customer_id) is None:
            raise NotFoundError(f"Le client n° {customer_id} n'existe plus.")
        entry = ContactLog(
            customer_id=customer_id,
            at=at or now_utc(),
            channel=channel,
            reason=reason,
            note=note,
            author=current_user(),
            visit_id=visit_id,
        )
        session.add(entry)
        session.flush()
        return entry.id


# -- duplicates ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    id: int
    name: str
    detail: str
    why: str


def find_duplicates(db: Database, customer: CustomerInput, site: SiteInput | None = None) -> list[DuplicateCandidate]:
    """Customers who may be the same person or company: same phone, same e-mail, or same name in
    the same postcode.  Invalid fields are ignored here (the form explains them)."""
    phones = set()
    for raw in (customer.phone, customer.mobile):
        try:
            number = v.phone(raw)
        except ValidationError:
            number = ""
        if number:
            phones.add(number)
    try:
        email = v.email(customer.email).lower()
    except ValidationError:
        email = ""
    postcode = ""
    if site is not None:
        try:
            postcode = v.postcode(site.postcode, required=False)
        except ValidationError:
            postcode = ""
    found: dict[int, tuple[Customer, str]] = {}
    with db.read() as session:
        base = select(Customer).where(Customer.anonymised_at.is_(None))
        if phones:
            for c in session.scalars(base.where(or_(Customer.phone.in_(phones), Customer.mobile.in_(phones)))):
                found.setdefault(c.id, (c, "même téléphone"))
        if email:
            for c in session.scalars(base.where(func.lower(Customer.email) == email)):
                found.setdefault(c.id, (c, "même e-mail"))
        name = (customer.company_name or customer.last_name).strip()
        if name and postcode:
            column = Customer.company_name if customer.company_name else Customer.last_name
            for c in session.scalars(
                base.join(Site, Site.customer_id == Customer.id)
                .where(func.lower(column) == name.lower(), Site.postcode == postcode)
            ):
                found.setdefault(c.id, (c, "même nom et même code postal"))
        out = []
        for c, why in found.values():
            first_site = c.sites[0] if c.sites else None
            detail = " · ".join(
                p for p in (
                    f"{first_site.postcode} {first_site.city}" if first_site else "",
                    v.phone_display(c.mobile or c.phone),
                    c.email,
                ) if p
            )
            out.append(DuplicateCandidate(c.id, customer_display_name(c.company_name, c.last_name, c.first_name), detail, why))
        return out



# -- what is still open for a customer (the booking assistant's card) ------------------------------


@dataclass(frozen=True, slots=True)
class OpenQuote:
    number: str
    subject: str
    status_label: str
    total_ttc_cents: int


@dataclass(frozen=True, slots=True)
class OpenItems:
    quotes: tuple[OpenQuote, ...]
    alerts: tuple[str, ...]


def open_items_of(db: Database, customer_id: int) -> OpenItems:
    """Quotes still in progress and the customer's alerts of today."""
    from planner.domain.quotes import QuoteStatus
    from planner.services.alerts import compute_alerts
    from planner.services.quotes import list_quotes

    open_statuses = {QuoteStatus.REQUESTED: "demandé", QuoteStatus.DRAFT: "brouillon", QuoteStatus.SENT: "envoyé"}
    quotes = tuple(
        OpenQuote(q.number, q.subject, open_statuses[q.status], q.total_ttc_cents)
        for q in list_quotes(db, customer_id=customer_id)
        if q.status in open_statuses
    )
    alerts = tuple(a.subject for a in compute_alerts(db, customer_id=customer_id))
    return OpenItems(quotes, alerts)
