"""Renewing maintenance contracts: the written notice the law requires for tacit renewal
(Code de la consommation, art. L215-1) — an email, or a printed letter with the same text —
then the renewal itself with next year's visits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.database import Database
from planner.db.models import ContactLog, Contract, ContractNotice, OutboxMessage
from planner.domain.alerts import RENEW_LEAD_DAYS, NoticeWindow, renewal_notice_window
from planner.domain.contracts import contract_period_end
from planner.domain.enums import ContactChannel, ContactReason, ContractStatus, OutboxChannel
from planner.domain.errors import NotFoundError, PlannerError, ValidationError
from planner.domain.text import customer_display_name
from planner.domain.timeutil import now_utc, paris_today
from planner.reports import french
from planner.reports.documents import LetterData
from planner.services import letters
from planner.services import validation as v
from planner.services.common import audit, current_user, get_setting, lock_current, lock_for_update
from planner.services.contracts import create_contract_visits

#: How far ahead of the end of its period a contract may be renewed.
RENEW_AT_MOST_DAYS_AHEAD = 92


@dataclass(frozen=True, slots=True)
class NoticePreview:
    contract_id: int
    contract_version: int
    contract_number: str
    customer_id: int
    customer_name: str
    tier: str
    tacit_renewal: bool
    status: ContractStatus
    email: str  # where the email would go; empty when the customer has none
    period_end: date
    window: NoticeWindow
    subject: str
    text: str
    html: str
    #: When the notice of this period went out (None if not yet), and how.
    sent_on: date | None
    sent_channel: ContactChannel | None
    #: True once the day is past the last day the law allows (one month before the deadline).
    late: bool


def _load_contract(session: Session, contract_id: int) -> Contract:
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise NotFoundError(f"Le contrat n° {contract_id} n'existe plus.")
    return contract


def _notice_values(session: Session, k: Contract, day: Callable[[date], str] = letters.day) -> dict[str, str]:
    """The template's values; ``day`` writes the dates (« 01/12/2026 » in the email, « 1er
    décembre 2026 » in the printed letter)."""
    c = k.customer
    site = k.site
    renewal_date = k.end_date + timedelta(days=1)
    window = renewal_notice_window(k.end_date, k.notice_days)
    price = k.yearly_price_cents if k.yearly_price_cents is not None else k.tier.yearly_price_cents
    return {
        "contract_number": k.number,
        "tier": k.tier.name,
        "site": f"{site.address}, {site.postcode} {site.city}".strip(", "),
        "period_end": day(k.end_date),
        "renewal_date": day(renewal_date),
        "next_period_end": day(contract_period_end(renewal_date)),
        "price": letters.money(price),
        "deadline": day(window.deadline),
        "greeting": letters.greeting(c.civility, c.last_name, c.company_name),
        "company_signature": letters.company_signature(session),
    }


def _check_notice_applies(k: Contract) -> None:
    if k.status is not ContractStatus.ACTIVE or not k.tacit_renewal:
        raise PlannerError(f"Contrat {k.number} : le préavis ne concerne que les contrats en cours à reconduction tacite.")


def _letter(session: Session, k: Contract, on: date) -> LetterData:
    """The notice as a letter dated ``on``: the email's text, the customer's postal address (their
    main site), « Sévrier, le … » from the company's address."""
    c = k.customer
    address_site = c.sites[0] if c.sites else k.site
    return letters.letter(
        "renewal_notice", _notice_values(session, k, french.letter_date),
        recipient=letters.postal_address(c, address_site), day=on,
        salutation=letters.salutation(c.civility, c.last_name, c.company_name),
        place=letters.company_town(session),
        references=(("Contrat n°", k.number), ("Formule", k.tier.name)),
        signatory=str(get_setting(session, "company.name", "") or ""), signatory_title="Le service clients",
        title=f"Préavis de reconduction du contrat {k.number}",
    )


def renewal_letter(db: Database, contract_id: int, *, on: date | None = None) -> LetterData:
    """The renewal notice of the contract's current period as a printed letter dated ``on``
    (today by default), to post when the customer has no email or prefers paper."""
    on = on or paris_today()
    with db.read() as session:
        k = _load_contract(session, contract_id)
        _check_notice_applies(k)
        return _letter(session, k, on)


def _existing_notice(session: Session, k: Contract) -> ContractNotice | None:
    return session.scalar(
        select(ContractNotice).where(ContractNotice.contract_id == k.id, ContractNotice.period_end == k.end_date)
    )


def renewal_notice_preview(db: Database, contract_id: int, *, on: date | None = None) -> NoticePreview:
    """The notice as the customer will read it, and where things stand for this period."""
    on = on or paris_today()
    with db.read() as session:
        k = _load_contract(session, contract_id)
        rendered = letters.render("renewal_notice", _notice_values(session, k))
        window = renewal_notice_window(k.end_date, k.notice_days)
        notice = _existing_notice(session, k)
        c = k.customer
        return NoticePreview(
            contract_id=k.id, contract_version=k.version, contract_number=k.number, customer_id=c.id,
            customer_name=customer_display_name(c.company_name, c.last_name, c.first_name),
            tier=k.tier.name, tacit_renewal=k.tacit_renewal, status=k.status, email=c.email,
            period_end=k.end_date, window=window, subject=rendered.subject, text=rendered.text,
            html=rendered.html, sent_on=notice.sent_on if notice else None,
            sent_channel=notice.channel if notice else None, late=on > window.closes,
        )


@dataclass(frozen=True, slots=True)
class NoticeResult:
    notice_id: int
    message_id: int | None
    sent_on: date
    late: bool


def send_renewal_notice(
    db: Database, contract_id: int, *, channel: ContactChannel = ContactChannel.EMAIL_OUT, on: date | None = None
) -> NoticeResult:
    """Send this period's renewal notice: an email through the outbox (``EMAIL_OUT``) or a
    letter posted by the office (``LETTER``, recorded with its text).  Once per period."""
    on = on or paris_today()
    if channel not in (ContactChannel.EMAIL_OUT, ContactChannel.LETTER):
        raise ValidationError.single("Envoi", "par e-mail ou par courrier.")
    with db.write() as session:
        k = lock_for_update(session, Contract, contract_id)
        if k is None:
            raise NotFoundError(f"Le contrat n° {contract_id} n'existe plus.")
        _check_notice_applies(k)
        existing = _existing_notice(session, k)
        if existing is not None:
            raise PlannerError(
                f"Contrat {k.number} : le préavis de cette période a déjà été envoyé le {letters.day(existing.sent_on)}."
            )
        customer = k.customer
        if channel is ContactChannel.EMAIL_OUT and not customer.email:
            raise ValidationError.single(
                "E-mail", "le client n'a pas d'adresse e-mail : envoyez le préavis par courrier."
            )
        rendered = letters.render("renewal_notice", _notice_values(session, k))
        window = renewal_notice_window(k.end_date, k.notice_days)
        message_id = None
        if channel is ContactChannel.EMAIL_OUT:
            message = OutboxMessage(
                idempotency_key=f"renewal-notice:{k.id}:{k.end_date.isoformat()}",
                channel=OutboxChannel.EMAIL, kind="renewal_notice", customer_id=customer.id,
                recipient=customer.email, subject=rendered.subject, body_text=rendered.text,
                body_html=rendered.html,
            )
            session.add(message)
            session.flush()
            message_id = message.id
        if channel is ContactChannel.LETTER:  # kept as posted: the printed letter of that day
            posted = _letter(session, k, on)
            body_text = f"{posted.subject}\n\n{posted.body_text()}"
        else:
            body_text = f"{rendered.subject}\n\n{rendered.text}"
        notice = ContractNotice(
            contract_id=k.id, period_end=k.end_date, deadline=window.deadline, sent_on=on, channel=channel,
            outbox_message_id=message_id, recipient=customer.email if message_id else "",
            body_text=body_text, author=current_user(),
        )
        session.add(notice)
        late = on > window.closes
        session.add(
            ContactLog(
                customer_id=customer.id, at=now_utc(), channel=channel, reason=ContactReason.RENEWAL,
                note=f"Préavis de reconduction du contrat {k.number} "
                f"({'e-mail' if message_id else 'courrier'}) ; date limite de non-reconduction {letters.day(window.deadline)}"
                + (" — envoyé hors délai" if late else ""),
                author=current_user(),
            )
        )
        session.flush()
        audit(session, "notice", "contract", k.id, f"Préavis de reconduction du contrat {k.number} envoyé")
        return NoticeResult(notice.id, message_id, on, late)


def renew_contract(db: Database, contract_id: int, expected_version: int, *, on: date | None = None) -> int:
    """Renew the contract for the next period and generate that year's visits; new version."""
    on = on or paris_today()
    with db.write() as session:
        k = lock_current(session, Contract, contract_id, expected_version, "Contrat")
        if k.status is ContractStatus.CANCELLED:
            raise PlannerError(f"Contrat {k.number} : un contrat résilié ne se reconduit pas ; signez-en un nouveau.")
        if (k.end_date - on).days > RENEW_AT_MOST_DAYS_AHEAD:
            raise PlannerError(
                f"Contrat {k.number} : la période en cours se termine le {letters.day(k.end_date)} ; "
                "il sera temps de le reconduire dans les trois derniers mois."
            )
        tier = k.tier
        if not tier.active:
            raise ValidationError.single(
                "Formule", f"la formule {tier.name} n'est plus proposée : changez de formule avant de reconduire."
            )
        next_start = k.end_date + timedelta(days=1)
        previous_end = k.end_date
        k.end_date = contract_period_end(next_start)
        k.status = ContractStatus.ACTIVE
        session.flush()
        visits = create_contract_visits(session, k, tier, next_start)
        session.flush()
        audit(
            session, "renew", "contract", k.id,
            f"Contrat {k.number} reconduit du {letters.day(next_start)} au {letters.day(k.end_date)}",
            {"previous_end": previous_end.isoformat(), "visits_created": len(visits)},
        )
        return k.version


def refuse_renewal(
    db: Database, contract_id: int, expected_version: int, note: str = "",
    *, channel: ContactChannel = ContactChannel.PHONE_IN,
) -> int:
    """The customer does not want the contract renewed: it runs to the end of its period, then
    ends.  Noted in the contact log."""
    note = v.text(note, "Note", max_length=300)
    with db.write() as session:
        k = lock_current(session, Contract, contract_id, expected_version, "Contrat")
        k.tacit_renewal = False
        session.add(
            ContactLog(
                customer_id=k.customer_id, at=now_utc(), channel=channel, reason=ContactReason.RENEWAL,
                note=f"Refus de reconduction du contrat {k.number} (fin le {letters.day(k.end_date)})"
                + (f" : {note}" if note else ""),
                author=current_user(),
            )
        )
        session.flush()
        audit(session, "update", "contract", k.id, f"Contrat {k.number} : le client refuse la reconduction")
        return k.version


def end_contract(db: Database, contract_id: int, expected_version: int, *, on: date | None = None) -> int:
    """Close a contract that will not be renewed, from a month before the end of its period.
    The visits of the period stay due: the customer paid for them."""
    on = on or paris_today()
    with db.write() as session:
        k = lock_current(session, Contract, contract_id, expected_version, "Contrat")
        if k.status is not ContractStatus.ACTIVE:
            raise PlannerError(f"Contrat {k.number} : il n'est plus en cours.")
        if (k.end_date - on).days > RENEW_LEAD_DAYS:
            raise PlannerError(
                f"Contrat {k.number} : sa période se termine le {letters.day(k.end_date)} ; pour l'arrêter "
                "avant, résiliez-le depuis sa fiche."
            )
        k.status = ContractStatus.ENDED
        k.tacit_renewal = False
        session.flush()
        audit(session, "end", "contract", k.id, f"Contrat {k.number} terminé le {letters.day(k.end_date)}")
        return k.version
