"""What deserves an alert, and from which day.  Pure date rules; the queries live in
``planner.services.alerts``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from planner.domain.timeutil import add_months


class AlertKind(StrEnum):
    VISIT_DUE = "visit_due"  # contract visit due within 30 days and not booked
    VISIT_OVERDUE = "visit_overdue"  # due window closed, still not booked
    RENEWAL = "renewal"  # tacit renewal: notice to send, or period to renew
    QUOTE_TO_SEND = "quote_to_send"  # requested 48 h ago and not sent
    QUOTE_UNANSWERED = "quote_unanswered"  # sent 15 days ago, no answer
    ANOMALY = "anomaly"  # anomaly found on site whose follow-up has not started
    MESSAGE_FAILED = "message_failed"  # an email or text that could not be sent


class AlertAction(StrEnum):
    BOOK = "book"
    SEND_NOTICE = "send_notice"
    RENEW = "renew"
    WRITE_QUOTE = "write_quote"
    CHASE_QUOTE = "chase_quote"
    RETRY_MESSAGE = "retry_message"


#: A contract visit raises « à planifier » this many days before its window opens.
DUE_SOON_DAYS = 30
#: A requested quote raises « à envoyer » after this many hours.
QUOTE_TO_SEND_HOURS = 48
#: A sent quote raises « sans réponse » after this many days.
QUOTE_UNANSWERED_DAYS = 15
#: An active contract raises « à reconduire » this many days before its period ends.
RENEW_LEAD_DAYS = 30


def due_soon_from(due_from: date) -> date:
    return due_from - timedelta(days=DUE_SOON_DAYS)


@dataclass(frozen=True, slots=True)
class NoticeWindow:
    """When the renewal notice of a tacitly renewed contract must reach the consumer."""

    deadline: date  # last day the consumer may refuse the renewal
    opens: date  # not before: three months before the deadline
    closes: date  # not after: one month before the deadline


def renewal_notice_window(period_end: date, notice_days: int) -> NoticeWindow:
    """The notice window of a contract whose current period ends on ``period_end``.

    Code de la consommation, art. L215-1: for a service contract renewed tacitly, the
    professional informs the consumer in writing « au plus tôt trois mois et au plus tard un mois
    avant le terme de la période autorisant le rejet de la reconduction » of their right not to
    renew.  That term is the last day the consumer may refuse: the end of the period minus the
    contract's notice (``notice_days``).  The notice is therefore due from three calendar months
    before that deadline (``opens``) to one calendar month before it (``closes``) — a contract
    ending on 31/12/2026 with 30 days' notice has its deadline on 01/12/2026, so the notice goes
    out between 01/09/2026 and 01/11/2026.
    """
    deadline = period_end - timedelta(days=max(0, notice_days))
    return NoticeWindow(deadline=deadline, opens=add_months(deadline, -3), closes=add_months(deadline, -1))
