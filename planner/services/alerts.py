"""The alerts centre: what needs doing, computed for any day from the data itself.

An alert is never stored: it exists while its cause does (a visit not booked, a notice not
sent, a quote not answered…) and leaves by itself when the cause is gone.  Only the snoozes
(« reporter au … », with a reason) are stored, keyed by the cause, so a new cause alerts again.

:func:`compute_alerts` runs one query per kind (no query per row), so it stays fast with
100 000 customers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from planner.db.database import Database
from planner.db.models import (
    AlertSnooze,
    Anomaly,
    Contract,
    ContractNotice,
    ContractTier,
    Customer,
    OutboxMessage,
    Quote,
    Visit,
)
from planner.domain.alerts import (
    DUE_SOON_DAYS,
    QUOTE_TO_SEND_HOURS,
    QUOTE_UNANSWERED_DAYS,
    RENEW_LEAD_DAYS,
    AlertAction,
    AlertKind,
    due_soon_from,
    renewal_notice_window,
)
from planner.domain.enums import ContractStatus, OutboxStatus, VisitStatus
from planner.domain.errors import NotFoundError, PlannerError
from planner.domain.outcomes import FollowUpKind
from planner.domain.quotes import TO_SEND_STATUSES, QuoteStatus
from planner.domain.text import customer_display_name
from planner.domain.timeutil import add_months, paris_day_bounds, paris_today, to_paris
from planner.services import letters
from planner.services import validation as v
from planner.services.common import audit, current_user, lock_for_update
from planner.services.outbox import requeue
from planner.services.outcomes import SEVERITY_FR

KIND_ORDER = tuple(AlertKind)

KIND_FR = {
    AlertKind.VISIT_DUE: "Visite de contrat à planifier",
    AlertKind.VISIT_OVERDUE: "Visite en retard",
    AlertKind.RENEWAL: "Reconduction de contrat",
    AlertKind.QUOTE_TO_SEND: "Devis à envoyer",
    AlertKind.QUOTE_UNANSWERED: "Devis sans réponse",
    AlertKind.ANOMALY: "Anomalie sans suite",
    AlertKind.MESSAGE_FAILED: "Message non envoyé",
}

ACTION_FR = {
    AlertAction.BOOK: "Planifier",
    AlertAction.SEND_NOTICE: "Envoyer le préavis",
    AlertAction.RENEW: "Reconduire",
    AlertAction.WRITE_QUOTE: "Rédiger le devis",
    AlertAction.CHASE_QUOTE: "Relancer le client",
    AlertAction.RETRY_MESSAGE: "Renvoyer le message",
}

MESSAGE_KIND_FR = {"renewal_notice": "Préavis de reconduction", "quote": "Devis"}


@dataclass(slots=True)  # not frozen: tens of thousands are built at a time
class Alert:
    kind: AlertKind
    customer_id: int | None
    customer: str
    subject: str
    #: The day the alert appeared (it has been true since then).
    since: date
    action: AlertAction
    #: Names the cause: a snooze applies to this cause only.
    key: str
    visit_id: int | None = None
    contract_id: int | None = None
    quote_id: int | None = None
    anomaly_id: int | None = None
    message_id: int | None = None
    #: The last day to act in time, when there is one.
    due: date | None = None
    snoozed_until: date | None = None
    snooze_reason: str = ""

    @property
    def action_label(self) -> str:
        return ACTION_FR[self.action]

    @property
    def kind_label(self) -> str:
        return KIND_FR[self.kind]

    def as_json(self) -> dict[str, Any]:
        """The ``planner alerts --json`` form: what the alert is about, for whom, since when, and
        what to do."""
        return {
            "kind": self.kind.value,
            "customer": self.customer,
            "subject": self.subject,
            "since": self.since.isoformat(),
            "action": self.action.value,
        }


def _name(row: Any) -> str:
    if row.company_name is None and row.last_name is None:
        return "—"
    return customer_display_name(row.company_name, row.last_name, row.first_name)


_NAME_COLUMNS = (Customer.company_name, Customer.last_name, Customer.first_name)


def _paris_date(instant: datetime) -> date:
    return to_paris(instant).date()


# -- one query per kind --------------------------------------------------------------------------


def _visits_due(session: Session, on: date, keys_only: bool = False, customer_id: int | None = None) -> list[Any]:
    """Contract visits whose window opens within 30 days (or is open) and are not booked."""
    alerts = []
    statement = (
        select(Visit.id, Visit.number, Visit.summary, Visit.due_from, Visit.due_until, Visit.customer_id,
               Visit.contract_id, *_NAME_COLUMNS)
        .join(Customer, Visit.customer_id == Customer.id)
        .where(
            Visit.status == VisitStatus.TO_PLAN,
            Visit.contract_id.is_not(None),
            Visit.due_until >= on,
            Visit.due_from <= on + timedelta(days=DUE_SOON_DAYS),
        )
    )
    if customer_id is not None:
        statement = statement.where(Customer.id == customer_id)
    if keys_only:
        return [f"visit_due:{i}" for i in session.scalars(statement.with_only_columns(Visit.id))]
    rows = session.execute(statement)
    for r in rows:
        alerts.append(
            Alert(
                kind=AlertKind.VISIT_DUE, customer_id=r.customer_id, customer=_name(r),
                subject=f"{r.summary} — à faire du {letters.day(r.due_from)} au {letters.day(r.due_until)}",
                since=due_soon_from(r.due_from), action=AlertAction.BOOK, key=f"visit_due:{r.id}",
                visit_id=r.id, contract_id=r.contract_id, due=r.due_until,
            )
        )
    return alerts


def _visits_overdue(session: Session, on: date, keys_only: bool = False, customer_id: int | None = None) -> list[Any]:
    """Visits whose due window has closed and that are still not booked (the follow-up visit of
    an open anomaly is reported by the anomaly's alert)."""
    alerts = []
    anomaly_follow_up = exists().where(Anomaly.follow_up_visit_id == Visit.id, Anomaly.closed_at.is_(None))
    statement = (
        select(Visit.id, Visit.number, Visit.summary, Visit.due_until, Visit.customer_id, Visit.contract_id,
               *_NAME_COLUMNS)
        .join(Customer, Visit.customer_id == Customer.id)
        .where(Visit.status == VisitStatus.TO_PLAN, Visit.due_until < on, ~anomaly_follow_up)
    )
    if customer_id is not None:
        statement = statement.where(Customer.id == customer_id)
    if keys_only:
        return [f"visit_overdue:{i}" for i in session.scalars(statement.with_only_columns(Visit.id))]
    rows = session.execute(statement)
    for r in rows:
        late = (on - r.due_until).days
        alerts.append(
            Alert(
                kind=AlertKind.VISIT_OVERDUE, customer_id=r.customer_id, customer=_name(r),
                subject=f"{r.summary} — à faire au plus tard le {letters.day(r.due_until)} "
                f"({late} jour{'s' if late > 1 else ''} de retard)",
                since=r.due_until + timedelta(days=1), action=AlertAction.BOOK, key=f"visit_overdue:{r.id}",
                visit_id=r.id, contract_id=r.contract_id, due=r.due_until,
            )
        )
    return alerts


def _renewals(session: Session, on: date, keys_only: bool = False, customer_id: int | None = None) -> list[Any]:
    """Running contracts near the end of their period.

    * Tacit renewal, notice of this period not sent: from the day the notice window opens
      (three months before the last day to refuse, see
      :func:`planner.domain.alerts.renewal_notice_window` and art. L215-1 of the Code de la
      consommation) — action « envoyer le préavis », due by the day the window closes (one month
      before that last day).  Past that day the alert stays, marked late: the consumer may then
      end the renewed contract at any time.
    * Otherwise (notice sent, or no tacit renewal): from 30 days before the end of the period —
      action « reconduire » (or close).  A period already over without renewal keeps alerting.
    """
    alerts = []
    max_notice = session.scalar(select(func.max(Contract.notice_days)).where(Contract.status == ContractStatus.ACTIVE))
    if max_notice is None:
        return alerts
    horizon = max(add_months(on, 3) + timedelta(days=max_notice), on + timedelta(days=RENEW_LEAD_DAYS))
    statement = (
        select(Contract.id, Contract.number, Contract.end_date, Contract.notice_days, Contract.tacit_renewal,
               Contract.customer_id, ContractTier.name.label("tier"), ContractNotice.sent_on, *_NAME_COLUMNS)
        .join(Customer, Contract.customer_id == Customer.id)
        .join(ContractTier, Contract.tier_id == ContractTier.id)
        .outerjoin(
            ContractNotice,
            and_(ContractNotice.contract_id == Contract.id, ContractNotice.period_end == Contract.end_date),
        )
        .where(Contract.status == ContractStatus.ACTIVE, Contract.end_date <= horizon)
    )
    if customer_id is not None:
        statement = statement.where(Customer.id == customer_id)
    if keys_only:
        statement = statement.with_only_columns(
            Contract.id, Contract.end_date, Contract.notice_days, Contract.tacit_renewal, ContractNotice.sent_on
        )
    rows = session.execute(statement)
    lead = timedelta(days=RENEW_LEAD_DAYS)
    for r in rows:
        renew_from = r.end_date - lead
        if on < renew_from and (
            r.sent_on is not None or not r.tacit_renewal or on < r.end_date - timedelta(days=r.notice_days + 93)
        ):
            continue  # nothing to do yet (a notice window opens at most 92 days before its deadline)
        window = renewal_notice_window(r.end_date, r.notice_days)
        notice_due = r.tacit_renewal and r.sent_on is None and window.opens <= on <= r.end_date
        if keys_only:
            if notice_due:
                alerts.append(f"renewal:notice:{r.id}:{r.end_date.isoformat()}")
            elif on >= renew_from:
                alerts.append(f"renewal:renew:{r.id}:{r.end_date.isoformat()}")
            continue
        what = f"Contrat {r.number} ({r.tier})"
        common = {"customer_id": r.customer_id, "customer": _name(r), "contract_id": r.id}
        if notice_due:
            late = on > window.closes
            subject = (
                f"{what} : préavis de reconduction à envoyer au plus tard le {letters.day(window.closes)} "
                f"(date limite de non-reconduction {letters.day(window.deadline)}, fin de période "
                f"{letters.day(r.end_date)})"
            )
            if late:
                subject += " — EN RETARD : sans ce préavis le client pourra résilier à tout moment après la reconduction"
            alerts.append(
                Alert(kind=AlertKind.RENEWAL, subject=subject, since=window.opens, action=AlertAction.SEND_NOTICE,
                      key=f"renewal:notice:{r.id}:{r.end_date.isoformat()}", due=window.closes, **common)
            )
        elif on >= renew_from:
            if on > r.end_date:
                subject = f"{what} : période terminée le {letters.day(r.end_date)}, à reconduire ou à clore"
            elif r.tacit_renewal:
                subject = f"{what} : reconduction tacite au {letters.day(r.end_date + timedelta(days=1))}, préavis envoyé le {letters.day(r.sent_on)}"
            else:
                subject = f"{what} : se termine le {letters.day(r.end_date)} sans reconduction tacite — proposer de le reconduire"
            alerts.append(
                Alert(kind=AlertKind.RENEWAL, subject=subject, since=renew_from, action=AlertAction.RENEW,
                      key=f"renewal:renew:{r.id}:{r.end_date.isoformat()}", due=r.end_date, **common)
            )
    return alerts


def _open_anomaly_quotes() -> Any:
    return exists().where(Anomaly.follow_up_quote_id == Quote.id, Anomaly.closed_at.is_(None))


def _quotes_to_send(session: Session, on: date, day_end: datetime, keys_only: bool = False, customer_id: int | None = None) -> list[Any]:
    """Quotes requested at least 48 hours before the end of ``on`` and not sent.  Those asked for
    by an anomaly still open are already reported by the anomaly's alert."""
    alerts = []
    cutoff = day_end - timedelta(hours=QUOTE_TO_SEND_HOURS)
    statement = (
        select(Quote.id, Quote.number, Quote.subject, Quote.requested_at, Quote.customer_id, *_NAME_COLUMNS)
        .join(Customer, Quote.customer_id == Customer.id)
        .where(Quote.status.in_(TO_SEND_STATUSES), Quote.requested_at < cutoff, ~_open_anomaly_quotes())
    )
    if customer_id is not None:
        statement = statement.where(Customer.id == customer_id)
    if keys_only:
        return [f"quote_to_send:{i}" for i in session.scalars(statement.with_only_columns(Quote.id))]
    rows = session.execute(statement)
    for r in rows:
        alerts.append(
            Alert(
                kind=AlertKind.QUOTE_TO_SEND, customer_id=r.customer_id, customer=_name(r),
                subject=f"Devis {r.number} — {r.subject} : demandé le {letters.day(_paris_date(r.requested_at))}, pas encore envoyé",
                since=_paris_date(r.requested_at + timedelta(hours=QUOTE_TO_SEND_HOURS)),
                action=AlertAction.WRITE_QUOTE, key=f"quote_to_send:{r.id}", quote_id=r.id,
            )
        )
    return alerts


def _quotes_unanswered(session: Session, on: date, keys_only: bool = False, customer_id: int | None = None) -> list[Any]:
    """Quotes sent 15 days ago or more, still valid and unanswered."""
    alerts = []
    cutoff, _ = paris_day_bounds(on - timedelta(days=QUOTE_UNANSWERED_DAYS - 1))
    statement = (
        select(Quote.id, Quote.number, Quote.subject, Quote.sent_at, Quote.valid_until, Quote.total_ttc_cents,
               Quote.customer_id, *_NAME_COLUMNS)
        .join(Customer, Quote.customer_id == Customer.id)
        .where(
            Quote.status == QuoteStatus.SENT,
            Quote.sent_at < cutoff,
            or_(Quote.valid_until.is_(None), Quote.valid_until >= on),
        )
    )
    if customer_id is not None:
        statement = statement.where(Customer.id == customer_id)
    if keys_only:
        return [f"quote_unanswered:{i}" for i in session.scalars(statement.with_only_columns(Quote.id))]
    rows = session.execute(statement)
    for r in rows:
        sent = _paris_date(r.sent_at)
        validity = f", valable jusqu'au {letters.day(r.valid_until)}" if r.valid_until else ""
        alerts.append(
            Alert(
                kind=AlertKind.QUOTE_UNANSWERED, customer_id=r.customer_id, customer=_name(r),
                subject=f"Devis {r.number} — {r.subject} ({letters.money(r.total_ttc_cents)} TTC) : envoyé le "
                f"{letters.day(sent)}, sans réponse{validity}",
                since=sent + timedelta(days=QUOTE_UNANSWERED_DAYS), action=AlertAction.CHASE_QUOTE,
                key=f"quote_unanswered:{r.id}", quote_id=r.id, due=r.valid_until,
            )
        )
    return alerts


def _anomalies(session: Session, on: date, day_end: datetime, keys_only: bool = False, customer_id: int | None = None) -> list[Any]:
    """Open anomalies whose follow-up has not started: the quote is not sent yet, or the
    follow-up visit is not booked yet."""
    alerts = []
    follow_quote = aliased(Quote)
    follow_visit = aliased(Visit)
    source = aliased(Visit)
    statement = (
        select(
            Anomaly.id, Anomaly.description, Anomaly.severity, Anomaly.follow_up, Anomaly.created_at,
            Anomaly.customer_id, Anomaly.follow_up_quote_id, Anomaly.follow_up_visit_id,
            source.number.label("visit_number"), source.actual_end, follow_visit.due_until, *_NAME_COLUMNS,
        )
        .join(Customer, Anomaly.customer_id == Customer.id)
        .join(source, Anomaly.visit_id == source.id)
        .outerjoin(follow_quote, Anomaly.follow_up_quote_id == follow_quote.id)
        .outerjoin(follow_visit, Anomaly.follow_up_visit_id == follow_visit.id)
        .where(
            Anomaly.closed_at.is_(None),
            func.coalesce(source.actual_end, Anomaly.created_at) < day_end,
            or_(
                and_(
                    Anomaly.follow_up == FollowUpKind.QUOTE,
                    or_(follow_quote.id.is_(None), follow_quote.status.in_(TO_SEND_STATUSES)),
                ),
                and_(
                    Anomaly.follow_up == FollowUpKind.VISIT,
                    or_(follow_visit.id.is_(None), follow_visit.status == VisitStatus.TO_PLAN),
                ),
            ),
        )
    )
    if customer_id is not None:
        statement = statement.where(Customer.id == customer_id)
    if keys_only:
        return [f"anomaly:{i}" for i in session.scalars(statement.with_only_columns(Anomaly.id))]
    rows = session.execute(statement)
    for r in rows:
        found = _paris_date(r.actual_end or r.created_at)
        by_quote = r.follow_up is FollowUpKind.QUOTE
        todo = "devis à rédiger" if by_quote else "visite de suite à planifier"
        if not by_quote and r.due_until is not None:
            todo += f" au plus tard le {letters.day(r.due_until)}" + (" (EN RETARD)" if r.due_until < on else "")
        alerts.append(
            Alert(
                kind=AlertKind.ANOMALY, customer_id=r.customer_id, customer=_name(r),
                subject=f"Anomalie ({SEVERITY_FR[r.severity]}) constatée le {letters.day(found)} lors de "
                f"l'intervention {r.visit_number} : {r.description} — {todo}",
                since=found, action=AlertAction.WRITE_QUOTE if by_quote else AlertAction.BOOK,
                key=f"anomaly:{r.id}", anomaly_id=r.id,
                quote_id=r.follow_up_quote_id if by_quote else None,
                visit_id=None if by_quote else r.follow_up_visit_id,
                due=None if by_quote else r.due_until,
            )
        )
    return alerts


def _failed_messages(session: Session, day_end: datetime, keys_only: bool = False, customer_id: int | None = None) -> list[Any]:
    alerts = []
    statement = (
        select(OutboxMessage.id, OutboxMessage.kind, OutboxMessage.recipient, OutboxMessage.last_error,
               OutboxMessage.created_at, OutboxMessage.next_attempt_at, OutboxMessage.customer_id,
               OutboxMessage.visit_id, *_NAME_COLUMNS)
        .outerjoin(Customer, OutboxMessage.customer_id == Customer.id)
        .where(OutboxMessage.status == OutboxStatus.FAILED, OutboxMessage.created_at < day_end)
    )
    if customer_id is not None:
        statement = statement.where(OutboxMessage.customer_id == customer_id)
    if keys_only:
        return [f"message_failed:{i}" for i in session.scalars(statement.with_only_columns(OutboxMessage.id))]
    rows = session.execute(statement)
    for r in rows:
        what = MESSAGE_KIND_FR.get(r.kind, r.kind)
        error = f" : {r.last_error.splitlines()[0][:160]}" if r.last_error else ""
        alerts.append(
            Alert(
                kind=AlertKind.MESSAGE_FAILED, customer_id=r.customer_id, customer=_name(r),
                subject=f"{what} pour {r.recipient} non envoyé{error}",
                since=_paris_date(r.created_at), action=AlertAction.RETRY_MESSAGE,
                key=f"message_failed:{r.id}", message_id=r.id, visit_id=r.visit_id,
            )
        )
    return alerts


def compute_alerts(
    db: Database, on: date | None = None, *, include_snoozed: bool = False, customer_id: int | None = None
) -> list[Alert]:
    """Every alert of day ``on`` (today by default), most pressing kinds first.

    Snoozed alerts are left out unless ``include_snoozed`` (they then carry ``snoozed_until``);
    ``customer_id`` keeps one customer's (the booking assistant's card).
    Instant-based rules (48 hours) are judged at the end of the day ``on``.
    """
    on = on or paris_today()
    _, day_end = paris_day_bounds(on)
    with db.read() as session:
        only = {"customer_id": customer_id}
        alerts = (
            _visits_due(session, on, **only)
            + _visits_overdue(session, on, **only)
            + _renewals(session, on, **only)
            + _quotes_to_send(session, on, day_end, **only)
            + _quotes_unanswered(session, on, **only)
            + _anomalies(session, on, day_end, **only)
            + _failed_messages(session, day_end, **only)
        )
        snoozes: dict[str, tuple[date, str]] = {}
        for key, until, reason in session.execute(
            select(AlertSnooze.alert_key, AlertSnooze.until, AlertSnooze.reason)
            .where(AlertSnooze.until > on)
            .order_by(AlertSnooze.until)
        ):
            snoozes[key] = (until, reason)
    result = []
    for alert in alerts:
        snooze = snoozes.get(alert.key)
        if snooze is not None:
            if not include_snoozed:
                continue
            alert = replace(alert, snoozed_until=snooze[0], snooze_reason=snooze[1])
        result.append(alert)
    order = {kind: index for index, kind in enumerate(KIND_ORDER)}
    result.sort(key=lambda a: (order[a.kind], a.since, a.customer, a.key))
    return result


def alert_counts(db: Database, on: date | None = None) -> dict[AlertKind, int]:
    """How many alerts of each kind (snoozed ones left out) — the status bar's figures.

    The same queries as :func:`compute_alerts`, reading only the ids that name each alert:
    several times faster, for the status bar while the alerts page is not on screen.
    """
    on = on or paris_today()
    _, day_end = paris_day_bounds(on)
    with db.read() as session:
        keys = {
            AlertKind.VISIT_DUE: _visits_due(session, on, keys_only=True),
            AlertKind.VISIT_OVERDUE: _visits_overdue(session, on, keys_only=True),
            AlertKind.RENEWAL: _renewals(session, on, keys_only=True),
            AlertKind.QUOTE_TO_SEND: _quotes_to_send(session, on, day_end, keys_only=True),
            AlertKind.QUOTE_UNANSWERED: _quotes_unanswered(session, on, keys_only=True),
            AlertKind.ANOMALY: _anomalies(session, on, day_end, keys_only=True),
            AlertKind.MESSAGE_FAILED: _failed_messages(session, day_end, keys_only=True),
        }
        snoozed = set(session.scalars(select(AlertSnooze.alert_key).where(AlertSnooze.until > on)))
    return {kind: sum(1 for key in keys[kind] if key not in snoozed) for kind in KIND_ORDER}


# -- acting on alerts ----------------------------------------------------------------------------


def snooze_alert(
    db: Database, alert_key: str, kind: AlertKind, until: date, reason: str, *, on: date | None = None
) -> int:
    """Put an alert aside until ``until`` (it shows again that day); the reason is required."""
    on = on or paris_today()
    check = v.Collector()
    reason = check(v.text, reason, "Motif", required=True, max_length=300) or ""
    if until <= on:
        check.add("Reporter au", "choisissez un jour après aujourd'hui.")
    elif until > on + timedelta(days=366):
        check.add("Reporter au", "un an au plus.")
    if not alert_key or len(alert_key) > 120:
        check.add("Alerte", "alerte inconnue.")
    check.raise_if_any()
    with db.write() as session:
        snooze = AlertSnooze(kind=kind.value, alert_key=alert_key, until=until, reason=reason, author=current_user())
        session.add(snooze)
        session.flush()
        audit(session, "snooze", "alert", snooze.id, f"Alerte « {alert_key} » reportée au {letters.day(until)} : {reason}")
        return snooze.id


def wake_alert(db: Database, alert_key: str, *, on: date | None = None) -> int:
    """End the snoozes of an alert today: it shows again.  Returns how many were ended."""
    on = on or paris_today()
    with db.write() as session:
        snoozes = list(session.scalars(select(AlertSnooze).where(AlertSnooze.alert_key == alert_key, AlertSnooze.until > on)))
        for snooze in snoozes:
            snooze.until = on
        if snoozes:
            audit(session, "wake", "alert", snoozes[0].id, f"Alerte « {alert_key} » réactivée")
        return len(snoozes)


def retry_message(db: Database, message_id: int) -> int:
    """Put a failed message back in the queue, as the outbox's « Renvoyer » does: a full set of
    attempts, due now; the sender tries it again."""
    with db.write() as session:
        message = lock_for_update(session, OutboxMessage, message_id)
        if message is None:
            raise NotFoundError("Ce message n'existe plus.")
        if message.status is not OutboxStatus.FAILED:
            raise PlannerError("Ce message n'est pas en échec.")
        requeue(session, message)
        session.flush()
        audit(session, "retry", "outbox_message", message.id, f"Message à {message.recipient} remis en file d'envoi")
        return message.version


def drop_message(db: Database, message_id: int) -> int:
    """Give up a failed message (sent another way, or no longer needed)."""
    with db.write() as session:
        message = lock_for_update(session, OutboxMessage, message_id)
        if message is None:
            raise NotFoundError("Ce message n'existe plus.")
        if message.status is not OutboxStatus.FAILED:
            raise PlannerError("Ce message n'est pas en échec.")
        message.status = OutboxStatus.CANCELLED
        session.flush()
        audit(session, "cancel", "outbox_message", message.id, f"Message à {message.recipient} abandonné")
        return message.version

