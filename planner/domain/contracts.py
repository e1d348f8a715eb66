"""Contract rules: when a contract's visits fall due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from planner.domain.timeutil import add_months

DEFAULT_TOLERANCE_DAYS = 15


@dataclass(frozen=True, slots=True)
class DueWindow:
    """When a contract visit should take place: ``due_from`` ≤ visit day ≤ ``due_until``."""

    target: date
    due_from: date
    due_until: date


def visit_due_windows(
    period_start: date,
    visits_per_year: int,
    *,
    tolerance_days: int = DEFAULT_TOLERANCE_DAYS,
) -> list[DueWindow]:
    """Due windows of one contract year starting on ``period_start``.

    The first visit falls one month after signature (as the company does today), the next ones
    spread evenly over the year: two visits → about one and six months after signature, four →
    one, three, six and nine months.  Each window is the target ± ``tolerance_days``, never before
    the period starts nor after it ends.
    """
    if visits_per_year < 0:
        raise ValueError("visits_per_year must be positive")
    period_end = add_months(period_start, 12) - timedelta(days=1)
    windows: list[DueWindow] = []
    for k in range(visits_per_year):
        months = 1 if k == 0 else round(k * 12 / visits_per_year)
        target = add_months(period_start, months)
        target = min(target, period_end)
        start = max(period_start, target - timedelta(days=tolerance_days))
        end = min(period_end, target + timedelta(days=tolerance_days))
        windows.append(DueWindow(target, start, end))
    return windows


def contract_period_end(period_start: date, months: int = 12) -> date:
    """Last day of a contract period of ``months`` starting on ``period_start``."""
    return add_months(period_start, months) - timedelta(days=1)
