"""Maintenance contracts and their tiers."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.database import Database
from planner.db.models import Contract, ContractTier, Customer, Site, Visit
from planner.domain.contracts import contract_period_end, visit_due_windows
from planner.domain.enums import ContractStatus, VisitKind, VisitStatus
from planner.domain.errors import ConflictError, NotFoundError, ValidationError
from planner.domain.text import customer_display_name, fold
from planner.domain.timeutil import paris_today
from planner.services import validation as v
from planner.services.common import audit, lock_for_update, next_number


@dataclass(frozen=True, slots=True)
class TierView:
    id: int
    name: str
    visits_per_year: int
    visit_duration_min: int
    yearly_price_cents: int
    checklist: tuple[str, ...]
    active: bool


@dataclass(frozen=True, slots=True)
class ContractRow:
    id: int
    number: str
    customer_id: int
    customer: str
    city: str
    tier: str
    status: ContractStatus
    start_date: date
    end_date: date
    tacit_renewal: bool
    next_due: date | None
    search_text: str


@dataclass(frozen=True, slots=True)
class ContractInput:
    customer_id: int
    site_id: int
    tier_id: int
    start_date: date
    end_date: date | None = None  # one year after the start when not given
    signed_on: date | None = None
    tacit_renewal: bool = True
    notice_days: int = 30
    yearly_price_cents: int | None = None
    status: ContractStatus = ContractStatus.ACTIVE
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ContractDetail:
    id: int
    version: int
    number: str
    customer_name: str
    data: ContractInput


def list_tiers(db: Database, *, active_only: bool = False) -> list[TierView]:
    with db.read() as session:
        statement = select(ContractTier).order_by(ContractTier.sort_order, ContractTier.name)
        if active_only:
            statement = statement.where(ContractTier.active.is_(True))
        return [
            TierView(
                t.id, t.name, t.visits_per_year, t.visit_duration_min, t.yearly_price_cents,
                tuple(t.checklist), t.active,
            )
            for t in session.scalars(statement)
        ]


def list_contracts(db: Database) -> list[ContractRow]:
    with db.read() as session:
        next_due = dict(
            session.execute(
                select(Visit.contract_id, func.min(Visit.due_until))
                .where(Visit.status == VisitStatus.TO_PLAN, Visit.contract_id.is_not(None))
                .group_by(Visit.contract_id)
            ).all()
        )
        rows = []
        for r in session.execute(
            select(
                Contract.id,
                Contract.number,
                Contract.customer_id,
                Contract.status,
                Contract.start_date,
                Contract.end_date,
                Contract.tacit_renewal,
                ContractTier.name.label("tier"),
                Customer.company_name,
                Customer.last_name,
                Customer.first_name,
                Site.city,
                Site.postcode,
            )
            .join(ContractTier, Contract.tier_id == ContractTier.id)
            .join(Customer, Contract.customer_id == Customer.id)
            .join(Site, Contract.site_id == Site.id)
            .order_by(Contract.id)
        ):
            name = customer_display_name(r.company_name, r.last_name, r.first_name)
            rows.append(
                ContractRow(
                    id=r.id,
                    number=r.number,
                    customer_id=r.customer_id,
                    customer=name,
                    city=r.city,
                    tier=r.tier,
                    status=r.status,
                    start_date=r.start_date,
                    end_date=r.end_date,
                    tacit_renewal=r.tacit_renewal,
                    next_due=next_due.get(r.id),
                    search_text=fold(f"{r.number} {name} {r.city} {r.postcode} {r.tier}"),
                )
            )
        return rows


def validate_contract(data: ContractInput) -> ContractInput:
    check = v.Collector()
    end = data.end_date or contract_period_end(data.start_date)
    if end < data.start_date:
        check.add("Fin", "la fin du contrat doit suivre son début.")
    if not 0 <= data.notice_days <= 365:
        check.add("Préavis", "entre 0 et 365 jours.")
    if data.yearly_price_cents is not None and data.yearly_price_cents < 0:
        check.add("Prix annuel", "ne peut pas être négatif.")
    if data.signed_on and data.signed_on > paris_today():
        check.add("Signé le", "la date de signature ne peut pas être dans le futur.")
    check.raise_if_any()
    return replace(data, end_date=end, notes=(data.notes or "").strip())


def create_contract_visits(
    session: Session, contract: Contract, tier: ContractTier, period_start: date
) -> list[Visit]:
    """The visits of one contract year, to plan within their due windows."""
    visits = []
    for index, window in enumerate(visit_due_windows(period_start, tier.visits_per_year), start=1):
        visit = Visit(
            number=next_number(session, "I", window.target.year),
            kind=VisitKind.MAINTENANCE,
            status=VisitStatus.TO_PLAN,
            customer_id=contract.customer_id,
            site_id=contract.site_id,
            contract_id=contract.id,
            summary=f"Entretien {tier.name} — visite {index}/{tier.visits_per_year}",
            due_from=window.due_from,
            due_until=window.due_until,
            duration_min=tier.visit_duration_min,
        )
        if tier.required_skill is not None:
            visit.required_skills = [tier.required_skill]
        session.add(visit)
        visits.append(visit)
    return visits


def create_contract(db: Database, data: ContractInput) -> int:
    """Sign a contract: number it and generate its first year's visits, in one transaction."""
    data = validate_contract(data)
    with db.write() as session:
        customer = session.get(Customer, data.customer_id)
        site = session.get(Site, data.site_id)
        tier = session.get(ContractTier, data.tier_id)
        if customer is None:
            raise NotFoundError("Ce client n'existe plus.")
        if site is None or site.customer_id != customer.id:
            raise ValidationError.single("Site", "choisissez un site de ce client.")
        if tier is None or not tier.active:
            raise ValidationError.single("Formule", "choisissez une formule proposée.")
        contract = Contract(
            number=next_number(session, "C", data.start_date.year, width=4),
            customer_id=customer.id,
            site_id=site.id,
            tier_id=tier.id,
            status=data.status,
            signed_on=data.signed_on,
            start_date=data.start_date,
            end_date=data.end_date,
            tacit_renewal=data.tacit_renewal,
            notice_days=data.notice_days,
            yearly_price_cents=data.yearly_price_cents,
            notes=data.notes,
        )
        session.add(contract)
        session.flush()
        if contract.status is ContractStatus.ACTIVE:
            create_contract_visits(session, contract, tier, data.start_date)
        audit(
            session, "create", "contract", contract.id,
            f"Contrat {contract.number} ({tier.name}) signé pour "
            f"« {customer_display_name(customer.company_name, customer.last_name, customer.first_name)} »",
        )
        return contract.id


def get_contract(db: Database, contract_id: int) -> ContractDetail:
    with db.read() as session:
        k = session.get(Contract, contract_id)
        if k is None:
            raise NotFoundError(f"Le contrat n° {contract_id} n'existe plus.")
        c = k.customer
        return ContractDetail(
            id=k.id,
            version=k.version,
            number=k.number,
            customer_name=customer_display_name(c.company_name, c.last_name, c.first_name),
            data=ContractInput(
                customer_id=k.customer_id,
                site_id=k.site_id,
                tier_id=k.tier_id,
                start_date=k.start_date,
                end_date=k.end_date,
                signed_on=k.signed_on,
                tacit_renewal=k.tacit_renewal,
                notice_days=k.notice_days,
                yearly_price_cents=k.yearly_price_cents,
                status=k.status,
                notes=k.notes,
            ),
        )


def update_contract(db: Database, contract_id: int, expected_version: int, data: ContractInput) -> int:
    """Change a contract's terms (dates, renewal, notice, price, notes, status)."""
    data = validate_contract(data)
    with db.write() as session:
        k = lock_for_update(session, Contract, contract_id)
        if k is None:
            raise NotFoundError(f"Le contrat n° {contract_id} n'existe plus.")
        if k.version != expected_version:
            raise ConflictError(f"Contrat {k.number}")
        if data.site_id != k.site_id:
            site = session.get(Site, data.site_id)
            if site is None or site.customer_id != k.customer_id:
                raise ValidationError.single("Site", "choisissez un site de ce client.")
        k.site_id = data.site_id
        k.start_date = data.start_date
        k.end_date = data.end_date  # type: ignore[assignment]
        k.signed_on = data.signed_on
        k.tacit_renewal = data.tacit_renewal
        k.notice_days = data.notice_days
        k.yearly_price_cents = data.yearly_price_cents
        k.notes = data.notes
        if data.status is ContractStatus.CANCELLED and k.status is not ContractStatus.CANCELLED:
            k.cancelled_on = paris_today()
        k.status = data.status
        session.flush()
        audit(session, "update", "contract", k.id, f"Contrat {k.number} modifié")
        return k.version
