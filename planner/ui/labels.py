"""How the domain's vocabularies read on screen (translated through Qt)."""

from __future__ import annotations

from babel.numbers import format_currency
from PySide6.QtCore import QCoreApplication

from planner.domain.alerts import AlertAction, AlertKind
from planner.domain.enums import (
    AbsenceKind,
    ContactChannel,
    ContactReason,
    ContractStatus,
    CustomerKind,
    GeocodePrecision,
    VisitKind,
    VisitStatus,
)
from planner.domain.outcomes import AnomalySeverity, FollowUpKind
from planner.domain.quotes import QuoteSource, QuoteStatus, vat_label


def visit_status(value: VisitStatus) -> str:
    return {
        VisitStatus.TO_PLAN: QCoreApplication.translate("Labels", "To plan"),
        VisitStatus.BOOKED: QCoreApplication.translate("Labels", "Booked"),
        VisitStatus.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed"),
        VisitStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        VisitStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        VisitStatus.REPORTED: QCoreApplication.translate("Labels", "Reported"),
        VisitStatus.INVOICED: QCoreApplication.translate("Labels", "Invoiced"),
        VisitStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }[value]


def visit_kind(value: VisitKind) -> str:
    return {
        VisitKind.MAINTENANCE: QCoreApplication.translate("Labels", "Maintenance"),
        VisitKind.REPAIR: QCoreApplication.translate("Labels", "Repair"),
        VisitKind.QUOTE: QCoreApplication.translate("Labels", "Quote visit"),
        VisitKind.FOLLOW_UP: QCoreApplication.translate("Labels", "Follow-up"),
    }[value]


def contract_status(value: ContractStatus) -> str:
    return {
        ContractStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        ContractStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        ContractStatus.ENDED: QCoreApplication.translate("Labels", "Ended"),
        ContractStatus.CANCELLED: QCoreApplication.translate("Labels", "Terminated"),
    }[value]


def customer_kind(value: CustomerKind) -> str:
    return {
        CustomerKind.PERSON: QCoreApplication.translate("Labels", "Private individual"),
        CustomerKind.COMPANY: QCoreApplication.translate("Labels", "Business"),
    }[value]


def contact_channel(value: ContactChannel) -> str:
    return {
        ContactChannel.PHONE_IN: QCoreApplication.translate("Labels", "Incoming call"),
        ContactChannel.PHONE_OUT: QCoreApplication.translate("Labels", "Outgoing call"),
        ContactChannel.EMAIL_IN: QCoreApplication.translate("Labels", "Email received"),
        ContactChannel.EMAIL_OUT: QCoreApplication.translate("Labels", "Email sent"),
        ContactChannel.SMS: QCoreApplication.translate("Labels", "Text message"),
        ContactChannel.LETTER: QCoreApplication.translate("Labels", "Letter"),
        ContactChannel.ON_SITE: QCoreApplication.translate("Labels", "On site"),
    }[value]


def contact_reason(value: ContactReason) -> str:
    return {
        ContactReason.BOOKING: QCoreApplication.translate("Labels", "Booking"),
        ContactReason.RESCHEDULE: QCoreApplication.translate("Labels", "Rescheduling"),
        ContactReason.CANCELLATION: QCoreApplication.translate("Labels", "Cancellation"),
        ContactReason.COMPLAINT: QCoreApplication.translate("Labels", "Complaint"),
        ContactReason.QUOTE_REQUEST: QCoreApplication.translate("Labels", "Quote request"),
        ContactReason.QUESTION: QCoreApplication.translate("Labels", "Question"),
        ContactReason.RENEWAL: QCoreApplication.translate("Labels", "Renewal"),
        ContactReason.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def absence_kind(value: AbsenceKind) -> str:
    return {
        AbsenceKind.LEAVE: QCoreApplication.translate("Labels", "Leave"),
        AbsenceKind.SICK: QCoreApplication.translate("Labels", "Sick leave"),
        AbsenceKind.TRAINING: QCoreApplication.translate("Labels", "Training"),
        AbsenceKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def geocode_precision(value: GeocodePrecision) -> str:
    return {
        GeocodePrecision.HOUSENUMBER: QCoreApplication.translate("Labels", "House number"),
        GeocodePrecision.STREET: QCoreApplication.translate("Labels", "Street"),
        GeocodePrecision.MUNICIPALITY: QCoreApplication.translate("Labels", "Town centre"),
        GeocodePrecision.MANUAL: QCoreApplication.translate("Labels", "Entered by hand"),
        GeocodePrecision.NONE: QCoreApplication.translate("Labels", "Not located"),
    }[value]


def weekday(index: int) -> str:
    return (
        QCoreApplication.translate("Labels", "Monday"),
        QCoreApplication.translate("Labels", "Tuesday"),
        QCoreApplication.translate("Labels", "Wednesday"),
        QCoreApplication.translate("Labels", "Thursday"),
        QCoreApplication.translate("Labels", "Friday"),
        QCoreApplication.translate("Labels", "Saturday"),
        QCoreApplication.translate("Labels", "Sunday"),
    )[index]


def duration(seconds: int, *, short: bool = True) -> str:
    """« 45 min », « 1 h 05 » (always « 0 h 45 » with ``short=False``, for columns of hours)."""
    minutes = round(seconds / 60)
    if short and abs(minutes) < 60:
        return f"{minutes} min"
    sign = "−" if minutes < 0 else ""
    minutes = abs(minutes)
    return f"{sign}{minutes // 60} h {minutes % 60:02d}"


def distance(metres: int) -> str:
    """« 12,4 km », French decimal comma."""
    return f"{metres / 1000:.1f} km".replace(".", ",")


def money(cents: int | None) -> str:
    """« 1 234,50 € », with French typography (Babel)."""
    if cents is None:
        return ""
    return format_currency(cents / 100, "EUR", locale="fr_FR")


# -- contracts that plan themselves: alerts, quotes, outcomes -------------------------------------


def alert_kind(value: AlertKind) -> str:
    return {
        AlertKind.VISIT_DUE: QCoreApplication.translate("Labels", "Visits to book"),
        AlertKind.VISIT_OVERDUE: QCoreApplication.translate("Labels", "Overdue visits"),
        AlertKind.RENEWAL: QCoreApplication.translate("Labels", "Renewals"),
        AlertKind.QUOTE_TO_SEND: QCoreApplication.translate("Labels", "Quotes to send"),
        AlertKind.QUOTE_UNANSWERED: QCoreApplication.translate("Labels", "Unanswered quotes"),
        AlertKind.ANOMALY: QCoreApplication.translate("Labels", "Anomalies without follow-up"),
        AlertKind.MESSAGE_FAILED: QCoreApplication.translate("Labels", "Messages not sent"),
    }[value]


def alert_kind_short(value: AlertKind) -> str:
    """The status bar's word for a kind of alert (the tooltip gives the whole name)."""
    return {
        AlertKind.VISIT_DUE: QCoreApplication.translate("Labels", "To book"),
        AlertKind.VISIT_OVERDUE: QCoreApplication.translate("Labels", "Overdue"),
        AlertKind.RENEWAL: QCoreApplication.translate("Labels", "Renewals"),
        AlertKind.QUOTE_TO_SEND: QCoreApplication.translate("Labels", "Quotes to send"),
        AlertKind.QUOTE_UNANSWERED: QCoreApplication.translate("Labels", "Unanswered quotes"),
        AlertKind.ANOMALY: QCoreApplication.translate("Labels", "Anomalies"),
        AlertKind.MESSAGE_FAILED: QCoreApplication.translate("Labels", "Failed messages"),
    }[value]


def alert_action(value: AlertAction) -> str:
    return {
        AlertAction.BOOK: QCoreApplication.translate("Labels", "Book"),
        AlertAction.SEND_NOTICE: QCoreApplication.translate("Labels", "Send the notice"),
        AlertAction.RENEW: QCoreApplication.translate("Labels", "Renew"),
        AlertAction.WRITE_QUOTE: QCoreApplication.translate("Labels", "Write the quote"),
        AlertAction.CHASE_QUOTE: QCoreApplication.translate("Labels", "Chase the customer"),
        AlertAction.RETRY_MESSAGE: QCoreApplication.translate("Labels", "Resend the message"),
    }[value]


def quote_status(value: QuoteStatus) -> str:
    return {
        QuoteStatus.REQUESTED: QCoreApplication.translate("Labels", "Requested"),
        QuoteStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        QuoteStatus.SENT: QCoreApplication.translate("Labels", "Sent"),
        QuoteStatus.ACCEPTED: QCoreApplication.translate("Labels", "Accepted"),
        QuoteStatus.REFUSED: QCoreApplication.translate("Labels", "Refused"),
        QuoteStatus.EXPIRED: QCoreApplication.translate("Labels", "Expired"),
        QuoteStatus.CANCELLED: QCoreApplication.translate("Labels", "Dropped"),
    }[value]


def quote_source(value: QuoteSource) -> str:
    return {
        QuoteSource.CALL: QCoreApplication.translate("Labels", "Call"),
        QuoteSource.VISIT: QCoreApplication.translate("Labels", "During a visit"),
        QuoteSource.ANOMALY: QCoreApplication.translate("Labels", "Anomaly"),
        QuoteSource.OFFICE: QCoreApplication.translate("Labels", "Office"),
    }[value]


def anomaly_severity(value: AnomalySeverity) -> str:
    return {
        AnomalySeverity.MINOR: QCoreApplication.translate("Labels", "Minor"),
        AnomalySeverity.MAJOR: QCoreApplication.translate("Labels", "Major"),
        AnomalySeverity.DANGER: QCoreApplication.translate("Labels", "Danger"),
    }[value]


def follow_up_kind(value: FollowUpKind) -> str:
    return {
        FollowUpKind.QUOTE: QCoreApplication.translate("Labels", "Quote"),
        FollowUpKind.VISIT: QCoreApplication.translate("Labels", "Follow-up visit"),
    }[value]


def vat(rate_bp: int) -> str:
    """« 20 % », « 5,5 % »."""
    return vat_label(rate_bp)
