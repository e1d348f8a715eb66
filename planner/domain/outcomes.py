"""Intervention outcome rules: anomalies and the billing of overruns."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AnomalySeverity(StrEnum):
    MINOR = "minor"  # to plan at the next convenient time
    MAJOR = "major"  # to deal with within weeks
    DANGER = "danger"  # a hazard to people or property: within days


class FollowUpKind(StrEnum):
    QUOTE = "quote"  # work to propose: a quote request
    VISIT = "visit"  # a visit to come back (check, make safe)


#: Within how many days a follow-up visit is due, by severity.
FOLLOW_UP_DUE_DAYS = {
    AnomalySeverity.DANGER: 2,
    AnomalySeverity.MAJOR: 15,
    AnomalySeverity.MINOR: 60,
}


@dataclass(frozen=True, slots=True)
class OverrunRule:
    """How a visit longer than planned is billed.

    Up to ``tolerance_min`` over the planned duration is not billed; beyond it the whole overrun
    is billed by started blocks of ``increment_min`` at ``hourly_rate_cents`` excluding VAT.
    """

    hourly_rate_cents: int = 6500
    tolerance_min: int = 10
    increment_min: int = 15
    vat_rate_bp: int = 2000


@dataclass(frozen=True, slots=True)
class Overrun:
    actual_min: int
    planned_min: int
    overrun_min: int  # actual − planned, never negative
    billed_min: int  # 0 when within the tolerance
    amount_cents: int  # excluding VAT


def overrun(planned_min: int, actual_min: int, rule: OverrunRule) -> Overrun:
    over = max(0, actual_min - planned_min)
    if over <= rule.tolerance_min or over == 0:
        billed = 0
    else:
        step = max(1, rule.increment_min)
        billed = -(-over // step) * step
    # billed minutes × rate / 60, rounded half up to the cent.
    amount = (billed * rule.hourly_rate_cents * 2 + 60) // 120
    return Overrun(actual_min, planned_min, over, billed, amount)
