"""Maintenance contracts and their tiers."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.database import Database
from planner.db.models import Contract, ContractTier, Customer, Site, Visit
from planner.domain.contracts import DEFAULT_TOLERANCE_DAYS, contract_period_end, visit_due_windows
from planner.domain.enums import (
    COMPLETED_STATUSES,
    SCHEDULED_STATUSES,
    ContractStatus,
    VisitKind,
    VisitStatus,
)
from planner.domain.errors import ConflictError, NotFoundError, ValidationError
from planner.domain.text import customer_display_name, fold
from planner.domain.timeutil import add_months, paris_today
from planner.services import validation as v
from planner.services.booking import withdraw_visit
from planner.services.common import audit, lock_current, lock_for_update, next_number


@dataclass(frozen=True, slots=True)
class TierView:
    id: int
    name: str
    visits_per_year: int
    visit_duration_min: int
    yearly_price_cents: int
    checklist: tuple[str, ...]
    active: bool
    version: int = 1


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
                tuple(t.checklist), t.active, t.version,
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


def current_period_start(contract: Contract) -> date:
    """First day of the contract year that ends on ``contract.end_date``."""
    return max(contract.start_date, add_months(contract.end_date + timedelta(days=1), -12))


def create_contract_visits(
    session: Session, contract: Contract, tier: ContractTier, period_start: date, *, first_index: int = 1,
    not_before: date | None = None,
) -> list[Visit]:
    """The visits of one contract year, to plan within their due windows.

    ``first_index`` skips the windows already covered (visits kept when the tier changes);
    ``not_before`` moves a window already closed on that day to a catch-up window starting that
    day (as wide as a normal one), so a visit the customer pays for is never silently dropped.
    """
    visits = []
    windows = visit_due_windows(period_start, tier.visits_per_year)
    period_end = contract_period_end(period_start)
    for index, window in enumerate(windows, start=1):
        if index < first_index:
            continue
        if not_before is not None and window.due_until < not_before:
            if not_before > period_end:
                continue
            window = replace(
                window,
                due_from=not_before,
                due_until=min(period_end, not_before + timedelta(days=2 * DEFAULT_TOLERANCE_DAYS)),
            )
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
            # An imported contract signed years ago gets the visits of its current year.
            create_contract_visits(session, contract, tier, current_period_start(contract))
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
        k = lock_current(session, Contract, contract_id, expected_version, "Contrat")
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
        was = k.status
        k.status = data.status
        session.flush()
        if was is ContractStatus.ACTIVE and data.status is ContractStatus.CANCELLED:
            cancel_open_visits(session, k, f"Contrat résilié ({k.number})")
        elif was is not ContractStatus.ACTIVE and data.status is ContractStatus.ACTIVE:
            regenerate_period_visits(session, k, k.tier, paris_today(), f"Contrat {k.number} réactivé")
        session.flush()
        audit(session, "update", "contract", k.id, f"Contrat {k.number} modifié")
        return k.version


# -- tiers ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TierInput:
    name: str
    visits_per_year: int
    visit_duration_min: int
    yearly_price_cents: int
    checklist: tuple[str, ...] = ()
    active: bool = True


def validate_tier(data: TierInput) -> TierInput:
    check = v.Collector()
    name = check(v.text, data.name, "Nom de la formule", required=True, max_length=40) or ""
    if not 0 <= data.visits_per_year <= 12:
        check.add("Visites par an", "entre 0 et 12.")
    if not 15 <= data.visit_duration_min <= 600:
        check.add("Durée de visite", "entre 15 et 600 minutes.")
    if data.yearly_price_cents < 0:
        check.add("Prix annuel", "ne peut pas être négatif.")
    items = tuple(" ".join(item.split()) for item in data.checklist if item and item.strip())
    if any(len(item) > 200 for item in items):
        check.add("Points de contrôle", "200 caractères au plus par point.")
    if len(items) > 60:
        check.add("Points de contrôle", "60 points au plus.")
    check.raise_if_any()
    return replace(data, name=name, checklist=items)


def save_tier(db: Database, tier_id: int | None, expected_version: int | None, data: TierInput) -> int:
    """Create or change a tier.  Running contracts keep their visits; the new terms apply to
    contracts signed, renewed or moved to this tier from now on."""
    data = validate_tier(data)
    with db.write() as session:
        clash = session.scalar(select(ContractTier.id).where(func.lower(ContractTier.name) == data.name.lower()))
        if clash is not None and clash != tier_id:
            raise ValidationError.single("Nom de la formule", f"« {data.name} » existe déjà.")
        if tier_id is None:
            tier = ContractTier(sort_order=(session.scalar(select(func.max(ContractTier.sort_order))) or 0) + 1)
            session.add(tier)
        else:
            tier = lock_for_update(session, ContractTier, tier_id)
            if tier is None:
                raise NotFoundError("Cette formule n'existe plus.")
            if tier.version != expected_version:
                raise ConflictError(f"Formule {tier.name}")
        tier.name = data.name
        tier.visits_per_year = data.visits_per_year
        tier.visit_duration_min = data.visit_duration_min
        tier.yearly_price_cents = data.yearly_price_cents
        tier.checklist = list(data.checklist)
        tier.active = data.active
        session.flush()
        audit(session, "create" if tier_id is None else "update", "contract_tier", tier.id, f"Formule {tier.name} enregistrée")
        return tier.id


# -- visits follow the contract --------------------------------------------------------------------

_OPEN_STATUSES = frozenset({VisitStatus.TO_PLAN}) | SCHEDULED_STATUSES


def cancel_open_visits(session: Session, contract: Contract, reason: str, *, booked_too: bool = True) -> int:
    """Cancel the contract's visits not done yet (to plan, and booked unless told otherwise).

    A booked visit goes through the booking's own cancellation: its reminders are withdrawn and
    the customer gets the cancellation with the invitation's same UID and a higher SEQUENCE."""
    statuses = _OPEN_STATUSES if booked_too else frozenset({VisitStatus.TO_PLAN})
    count = 0
    for visit in session.scalars(
        select(Visit).where(Visit.contract_id == contract.id, Visit.status.in_(statuses)).order_by(Visit.id)
    ):
        withdraw_visit(session, visit, reason)
        count += 1
    return count


def regenerate_period_visits(session: Session, contract: Contract, tier: ContractTier, on: date, reason: str) -> list[Visit]:
    """Rebuild what is not done of the current contract year for ``tier``.

    Visits done or booked in the period are kept and count as the first visits of the year;
    those still to plan are cancelled (« reason ») and the remaining windows generated again —
    a window already closed on ``on`` becomes a catch-up window starting on ``on``.  When the
    new tier has fewer visits a year than are already done and booked, the latest bookings
    beyond it are cancelled and the customer told, like any cancelled booking.
    """
    period_start = current_period_start(contract)
    in_period = list(
        session.scalars(
            select(Visit)
            .where(
                Visit.contract_id == contract.id,
                Visit.kind == VisitKind.MAINTENANCE,
                Visit.due_from >= period_start,
                Visit.due_from <= contract.end_date,
            )
            .order_by(Visit.id)
        )
    )
    done = sum(1 for x in in_period if x.status in COMPLETED_STATUSES)
    booked = sorted(
        (x for x in in_period if x.status in SCHEDULED_STATUSES),
        key=lambda x: (x.status is not VisitStatus.IN_PROGRESS, x.planned_start or x.due_from),  # type: ignore[arg-type,return-value]
    )
    room = max(0, tier.visits_per_year - done)
    for visit in booked[room:]:
        if visit.status is not VisitStatus.IN_PROGRESS:  # a technician on site finishes the job
            withdraw_visit(session, visit, reason)
    for visit in in_period:
        if visit.status is VisitStatus.TO_PLAN:
            withdraw_visit(session, visit, reason)
    kept = done + sum(1 for x in booked if x.status in SCHEDULED_STATUSES)
    session.flush()
    return create_contract_visits(session, contract, tier, period_start, first_index=kept + 1, not_before=on)


def change_tier(
    db: Database, contract_id: int, expected_version: int, tier_id: int, *, on: date | None = None
) -> int:
    """Move a contract to another tier from ``on`` (today): the year's visits not done are
    regenerated for the new tier.  Returns the contract's new version."""
    on = on or paris_today()
    with db.write() as session:
        k = lock_current(session, Contract, contract_id, expected_version, "Contrat")
        tier = session.get(ContractTier, tier_id)
        if tier is None or not tier.active:
            raise ValidationError.single("Formule", "choisissez une formule proposée.")
        if tier.id == k.tier_id:
            raise ValidationError.single("Formule", f"le contrat est déjà en formule {tier.name}.")
        if k.status is not ContractStatus.ACTIVE:
            raise ValidationError.single("Formule", "seul un contrat en cours peut changer de formule.")
        old = k.tier.name
        k.tier_id = tier.id
        session.flush()
        session.refresh(k)
        visits = regenerate_period_visits(session, k, tier, on, f"Formule changée : {old} → {tier.name}")
        session.flush()
        audit(session, "update", "contract", k.id, f"Contrat {k.number} : formule {old} → {tier.name}",
              {"visits_created": len(visits)})
        return k.version
