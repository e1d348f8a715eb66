"""The contact log's figures: repeat contacts (the same customer coming back for the same reason
within a week — a sign the first answer did not settle it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from planner.db.database import Database
from planner.db.models import ContactLog
from planner.domain.enums import ContactChannel, ContactReason
from planner.domain.timeutil import paris_day_bounds, paris_today

REPEAT_WINDOW_DAYS = 7
#: Contacts that come from the customer (our own calls, emails and letters are not repeats).
INBOUND_CHANNELS = frozenset({ContactChannel.PHONE_IN, ContactChannel.EMAIL_IN, ContactChannel.ON_SITE})


@dataclass(frozen=True, slots=True)
class RepeatContacts:
    since: date
    until: date
    window_days: int
    #: Contacts from customers in the period.
    contacts: int
    #: Of which repeats: same customer, same reason, within ``window_days`` of the previous one.
    repeats: int
    by_reason: dict[ContactReason, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.repeats / self.contacts if self.contacts else 0.0

    def describe(self) -> str:
        if not self.contacts:
            return "aucun contact entrant sur la période"
        percent = f"{self.rate * 100:.1f}".replace(".", ",")
        return (
            f"{self.repeats} contact(s) répété(s) sur {self.contacts} ({percent} %) — même client, même motif, "
            f"moins de {self.window_days} jours après le précédent"
        )


def repeat_contacts(
    db: Database,
    *,
    customer_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
    window_days: int = REPEAT_WINDOW_DAYS,
) -> RepeatContacts:
    """The repeat-contact figure over ``since``–``until`` (the last 90 days by default), for one
    customer or everyone.  Counted on incoming contacts (calls, emails, on site)."""
    until = until or paris_today()
    since = since or until - timedelta(days=89)
    start, _ = paris_day_bounds(since - timedelta(days=window_days))
    _, end = paris_day_bounds(until)
    period_start, _ = paris_day_bounds(since)
    statement = (
        select(ContactLog.customer_id, ContactLog.reason, ContactLog.at)
        .where(ContactLog.at >= start, ContactLog.at < end, ContactLog.channel.in_(INBOUND_CHANNELS))
        .order_by(ContactLog.customer_id, ContactLog.reason, ContactLog.at)
    )
    if customer_id is not None:
        statement = statement.where(ContactLog.customer_id == customer_id)
    window = timedelta(days=window_days)
    contacts = repeats = 0
    by_reason: dict[ContactReason, int] = {}
    previous: tuple[int, ContactReason] | None = None
    previous_at = None
    with db.read() as session:
        for customer, reason, at in session.execute(statement):
            same = previous == (customer, reason)
            if at >= period_start:
                contacts += 1
                if same and previous_at is not None and at - previous_at <= window:
                    repeats += 1
                    by_reason[reason] = by_reason.get(reason, 0) + 1
            previous, previous_at = (customer, reason), at
    return RepeatContacts(since, until, window_days, contacts, repeats, by_reason)
