"""Demo data for the contracts' follow-up: quotes at every stage, outcomes of the latest visits
(with overruns and anomalies), renewal notices, a message that failed, a few repeat calls.

Called at the end of the demo build, in its transaction; deterministic (same seed and day → same
rows) and bounded (a few hundred rows whatever the number of customers), so it adds well under a
second even at 100 000 customers.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.bulk import bulk_insert
from planner.db.models import (
    BillableLine,
    CatalogueItem,
    ContactLog,
    Contract,
    ContractNotice,
    ContractTier,
    Customer,
    OutboxMessage,
    Visit,
    VisitReport,
)
from planner.domain.alerts import renewal_notice_window
from planner.domain.enums import (
    ContactChannel,
    ContactReason,
    ContractStatus,
    OutboxChannel,
    OutboxStatus,
    VisitKind,
    VisitStatus,
)
from planner.domain.outcomes import FOLLOW_UP_DUE_DAYS, AnomalySeverity, FollowUpKind, overrun
from planner.domain.quotes import QuoteSource, QuoteStatus
from planner.domain.timeutil import add_months, paris_instant, to_paris
from planner.services import letters
from planner.services.common import get_setting, next_number, put_setting
from planner.services.quotes import (
    QuoteDraftInput,
    QuoteLineInput,
    QuoteRequestInput,
    _apply_draft,
    create_quote_request,
    read_business_settings,
)

COMPANY = {
    "company.name": "Élec Lac d'Annecy",
    "company.address": "3 avenue du Pré-Félin, 74940 Annecy",
    "company.phone": "04 50 27 41 00",
    "company.email": "contact@elec-annecy.fr",
}

#: (subject, catalogue codes with quantities in thousandths, work minutes)
QUOTE_MODELS = (
    ("Remplacement du tableau électrique", (("TAB-2R", 1000), ("DIFF-30", 2000), ("MO-H", 2000)), 300),
    ("Borne de recharge au garage", (("IRVE-7", 1000), ("DEPL", 1000)), 240),
    ("Mise en sécurité de l'installation", (("MISE-SEC", 1000), ("TERRE", 1000), ("PARAF", 1000)), 240),
    ("Prises supplémentaires cuisine et terrasse", (("PRISE", 3000), ("PRISE-EXT", 1000)), 180),
    ("Éclairage extérieur avec détecteurs", (("ECL-EXT", 2000), ("MO-H", 1000)), 150),
    ("Programmation du chauffage électrique", (("PROG-CH", 1000), ("DELEST", 1000)), 180),
    ("Remplacement tableau 4 modules du garage", (("TAB-4M", 1000), ("DISJ", 2000)), 120),
    ("Diagnostic complet avant vente", (("DIAG", 1000), ("THERMO", 1000)), 120),
)

OBSERVATIONS = (
    "Installation en bon état ; serrage des connexions effectué.",
    "RAS. Différentiels testés, tous déclenchent.",
    "Tableau propre, repérage des circuits refait.",
    "Légère chauffe sur un bornier, resserré. À surveiller à la prochaine visite.",
    "Client absent, accès par la gardienne. Contrôles faits.",
)

ANOMALIES = (
    ("Pas de différentiel 30 mA sur le circuit des prises de la buanderie", AnomalySeverity.MAJOR, FollowUpKind.QUOTE),
    ("Boîte de dérivation ouverte au sous-sol, conducteurs accessibles", AnomalySeverity.DANGER, FollowUpKind.VISIT),
    ("Prise extérieure fendue", AnomalySeverity.MINOR, FollowUpKind.QUOTE),
)


def add_contracts_demo(session: Session, today: date, now: datetime, seed: int) -> None:
    rng = random.Random(seed * 31 + 6)
    for key, value in COMPANY.items():
        if not get_setting(session, key, ""):
            put_setting(session, key, value)
    session.flush()
    customers = list(
        session.scalars(
            select(Customer).where(Customer.anonymised_at.is_(None), Customer.email != "").order_by(Customer.id).limit(400)
        )
    )
    if not customers:
        return
    catalogue = {item.code: item for item in session.scalars(select(CatalogueItem))}
    _quotes(session, rng, customers, catalogue, today, now)
    _outcomes(session, rng, catalogue, today, now)
    _notices(session, today)
    _failed_message(session, rng, customers, now)
    _repeat_calls(session, rng, customers, now)
    session.flush()


def _lines(catalogue: dict[str, CatalogueItem], codes: tuple[tuple[str, int], ...]) -> tuple[QuoteLineInput, ...]:
    return tuple(
        QuoteLineInput(catalogue[c].label, q, catalogue[c].unit_price_cents, catalogue[c].vat_rate_bp,
                       catalogue[c].unit, catalogue[c].id)
        for c, q in codes
        if c in catalogue
    )


def _quotes(
    session: Session, rng: random.Random, customers: list[Customer], catalogue: dict[str, CatalogueItem],
    today: date, now: datetime,
) -> None:
    validity = read_business_settings(session).quote_validity_days
    # (stage, age of the request in days)
    plan = (
        ("requested", 0), ("requested", 3), ("requested", 6), ("draft", 1), ("draft", 4),
        ("sent", 5), ("sent", 19), ("sent", 24), ("sent", 40),
        ("accepted", 12), ("accepted", 20), ("accepted", 33), ("refused", 26), ("refused", 50),
    )
    chosen = rng.sample(customers, min(len(plan), len(customers)))
    for (stage, age), customer in zip(plan, chosen, strict=False):
        subject, codes, minutes = rng.choice(QUOTE_MODELS)
        requested_at = now - timedelta(days=age, hours=rng.randint(0, 5))
        quote = create_quote_request(
            session,
            QuoteRequestInput(
                customer_id=customer.id, subject=subject, site_id=customer.sites[0].id if customer.sites else None,
                source=QuoteSource.CALL, channel=None, requested_at=requested_at,
                note=rng.choice(("Rappeler en fin de journée", "Souhaite une intervention avant l'hiver", "")),
            ),
        )
        session.add(
            ContactLog(customer_id=customer.id, at=requested_at, channel=ContactChannel.PHONE_IN,
                       reason=ContactReason.QUOTE_REQUEST, note=f"Demande de devis {quote.number} : {subject}",
                       author="assistante")
        )
        if stage == "requested":
            continue
        _apply_draft(session, quote, QuoteDraftInput(subject, _lines(catalogue, codes), quote.site_id, "", minutes))
        quote.status = QuoteStatus.DRAFT
        if stage == "draft":
            continue
        sent_at = requested_at + timedelta(days=1, hours=2)
        quote.status = QuoteStatus.SENT
        quote.sent_at = sent_at
        quote.valid_until = to_paris(sent_at).date() + timedelta(days=validity)
        session.add(
            OutboxMessage(
                idempotency_key=f"quote-sent:{quote.id}:demo", channel=OutboxChannel.EMAIL, kind="quote",
                customer_id=customer.id, recipient=customer.email, subject=f"Votre devis {quote.number} : {subject}",
                body_text=f"Devis {quote.number} — {letters.money(quote.total_ttc_cents)} TTC",
                status=OutboxStatus.SENT, sent_at=sent_at, created_at=sent_at, not_before=sent_at,
            )
        )
        if stage == "sent":
            continue
        answered = sent_at + timedelta(days=rng.randint(3, 9))
        quote.answered_at = answered
        if stage == "refused":
            quote.status = QuoteStatus.REFUSED
            quote.refusal_reason = rng.choice(("Trop cher", "A choisi un autre artisan", "Projet reporté"))
            continue
        quote.status = QuoteStatus.ACCEPTED
        day = to_paris(answered).date()
        visit = Visit(
            number=next_number(session, "I", day.year), kind=VisitKind.REPAIR, status=VisitStatus.TO_PLAN,
            customer_id=customer.id, site_id=quote.site_id, summary=f"Travaux du devis {quote.number} : {subject}"[:200],
            due_from=day, due_until=day + timedelta(days=30), duration_min=minutes, created_at=answered,
        )
        session.add(visit)
        session.flush()
        quote.work_visit_id = visit.id
    session.flush()


def _outcomes(
    session: Session, rng: random.Random, catalogue: dict[str, CatalogueItem], today: date, now: datetime
) -> None:
    """Outcomes for the latest visits done, as the technicians would have entered them."""
    rule = read_business_settings(session).overrun_rule
    visits = list(
        session.scalars(
            select(Visit)
            .where(Visit.status.in_((VisitStatus.DONE, VisitStatus.REPORTED)), Visit.actual_end.is_not(None))
            .order_by(Visit.actual_end.desc(), Visit.id)
            .limit(40)
        )
    )
    tiers = {t.id: t for t in session.scalars(select(ContractTier))}
    contracts = {
        k.id: k.tier_id
        for k in session.scalars(select(Contract).where(Contract.id.in_({v.contract_id for v in visits if v.contract_id})))
    }
    anomalies = list(ANOMALIES)
    for index, visit in enumerate(visits):
        if index % 7 == 6:
            continue  # a few outcomes still to enter
        tier = tiers.get(contracts.get(visit.contract_id or 0, -1))
        checklist = [{"label": item, "done": rng.random() < 0.95} for item in (tier.checklist if tier else ())]
        minutes = int((visit.actual_end - visit.actual_start).total_seconds() // 60)
        result = overrun(visit.duration_min, minutes, rule)
        session.add(
            VisitReport(
                visit_id=visit.id, checklist=checklist, observations=rng.choice(OBSERVATIONS),
                satisfaction=rng.choice((5, 5, 5, 4, 4, 3)) if rng.random() < 0.8 else None,
                satisfaction_comment=rng.choice(("", "", "Technicien très aimable", "Ponctuel et efficace")),
                overrun_min=result.overrun_min, author="technicien",
            )
        )
        visit.status = VisitStatus.REPORTED
        if result.billed_min:
            session.add(
                BillableLine(
                    visit_id=visit.id, customer_id=visit.customer_id, kind="overrun",
                    label=f"Dépassement de {result.overrun_min} min sur la durée prévue de {visit.duration_min} min "
                    f"(intervention {visit.number}) : {result.billed_min} min facturées à "
                    f"{letters.money(rule.hourly_rate_cents)} HT de l'heure",
                    unit="h", quantity_milli=result.billed_min * 1000 // 60, unit_price_cents=rule.hourly_rate_cents,
                    vat_rate_bp=rule.vat_rate_bp, total_ht_cents=result.amount_cents, created_at=visit.actual_end,
                )
            )
        if anomalies and index % 9 == 1:
            description, severity, follow_up = anomalies.pop(0)
            _anomaly(session, visit, description, severity, follow_up)
    session.flush()


def _anomaly(session: Session, visit: Visit, description: str, severity: AnomalySeverity, follow_up: FollowUpKind) -> None:
    from planner.db.models import Anomaly
    from planner.services.outcomes import SEVERITY_FR

    found = to_paris(visit.actual_end).date()  # type: ignore[arg-type]
    record = Anomaly(visit_id=visit.id, customer_id=visit.customer_id, site_id=visit.site_id, description=description,
                     severity=severity, follow_up=follow_up, created_at=visit.actual_end, updated_at=visit.actual_end)
    if follow_up is FollowUpKind.QUOTE:
        quote = create_quote_request(
            session,
            QuoteRequestInput(
                customer_id=visit.customer_id, site_id=visit.site_id, source=QuoteSource.ANOMALY, visit_id=visit.id,
                subject=f"Suite à l'anomalie ({SEVERITY_FR[severity]}) : {description}"[:200],
                note=f"Constatée lors de l'intervention {visit.number}.", channel=None, requested_at=visit.actual_end,
            ),
        )
        record.follow_up_quote_id = quote.id
    else:
        follow = Visit(
            number=next_number(session, "I", found.year), kind=VisitKind.FOLLOW_UP, status=VisitStatus.TO_PLAN,
            customer_id=visit.customer_id, site_id=visit.site_id, contract_id=visit.contract_id,
            summary=f"Suite anomalie ({SEVERITY_FR[severity]}) : {description}"[:200], due_from=found,
            due_until=found + timedelta(days=FOLLOW_UP_DUE_DAYS[severity]), duration_min=60, priority=2,
            created_at=visit.actual_end,
        )
        session.add(follow)
        session.flush()
        record.follow_up_visit_id = follow.id
    session.add(record)


def _notices(session: Session, today: date) -> None:
    """The office has sent the notices due this season, but for a third of those still in
    time (this week's list)."""
    rows = session.execute(
        select(Contract.id, Contract.end_date, Contract.notice_days)
        .where(
            Contract.status == ContractStatus.ACTIVE,
            Contract.tacit_renewal.is_(True),
            Contract.end_date >= today,
            Contract.end_date <= add_months(today, 4) + timedelta(days=366),
        )
        .order_by(Contract.id)
    )
    notices = []
    for index, (contract_id, end_date, notice_days) in enumerate(rows):
        window = renewal_notice_window(end_date, notice_days)
        if today < window.opens or (today <= window.closes and index % 3 == 0):
            continue
        latest = min(today, window.closes)
        notices.append(
            {
                "contract_id": contract_id, "period_end": end_date, "deadline": window.deadline,
                "sent_on": window.opens + timedelta(days=(index * 7) % ((latest - window.opens).days + 1)),
                "channel": ContactChannel.LETTER if index % 4 == 0 else ContactChannel.EMAIL_OUT,
                "outbox_message_id": None, "recipient": "", "body_text": "Préavis de reconduction (courrier type)",
                "author": "assistante", "created_at": paris_instant(today, time(8)),
            }
        )
    table = ContractNotice.__table__
    bulk_insert(session.connection(), table, notices, [c.name for c in table.columns if c.name != "id"])


def _failed_message(session: Session, rng: random.Random, customers: list[Customer], now: datetime) -> None:
    customer = customers[rng.randrange(len(customers))]
    at = now - timedelta(days=1, hours=3)
    session.add(
        OutboxMessage(
            idempotency_key=f"demo-failed:{customer.id}", channel=OutboxChannel.EMAIL, kind="quote",
            customer_id=customer.id, recipient=customer.email, subject="Votre devis",
            body_text="Bonjour, veuillez trouver notre devis.", status=OutboxStatus.FAILED, attempts=5,
            last_error=f"550 5.1.1 <{customer.email}>: Recipient address rejected: User unknown",
            created_at=at, not_before=at,
        )
    )


def _repeat_calls(session: Session, rng: random.Random, customers: list[Customer], now: datetime) -> None:
    """Customers who called twice for the same thing within a week."""
    for customer in rng.sample(customers, min(3, len(customers))):
        first = now - timedelta(days=rng.randint(8, 40), hours=rng.randint(0, 6))
        for offset, note in ((0, "Demande à décaler la visite"), (rng.randint(2, 6), "Rappelle : toujours pas de nouvelle date")):
            session.add(
                ContactLog(customer_id=customer.id, at=first + timedelta(days=offset), channel=ContactChannel.PHONE_IN,
                           reason=ContactReason.RESCHEDULE, note=note, author="assistante")
            )

