"""Time rules: instants are stored in UTC, shown and reasoned about in Europe/Paris."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
#: « AAAA-MM-JJ »: the business day Planner believes it is (demonstrations, tests, training); the time
#: of day stays the real one.  Unset: the real date.
TODAY_VARIABLE = "PLANNER_TODAY"


def _shift() -> timedelta:
    wanted = os.environ.get(TODAY_VARIABLE, "").strip()
    if not wanted:
        return timedelta(0)
    try:
        return timedelta(days=(date.fromisoformat(wanted) - datetime.now(PARIS).date()).days)
    except ValueError:
        raise ValueError(f"{TODAY_VARIABLE} : « {wanted} » n'est pas une date AAAA-MM-JJ.") from None


def now_utc() -> datetime:
    return datetime.now(UTC) + _shift()


def to_paris(instant: datetime) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("naive datetime: an instant must carry its time zone")
    return instant.astimezone(PARIS)


def paris_instant(day: date, at: time) -> datetime:
    """The UTC instant of wall-clock time ``at`` on ``day`` in Paris."""
    return datetime.combine(day, at, tzinfo=PARIS).astimezone(UTC)


def paris_day_bounds(day: date) -> tuple[datetime, datetime]:
    """UTC instants of the start of ``day`` and of the next day, in Paris."""
    return paris_instant(day, time(0)), paris_instant(day + timedelta(days=1), time(0))


def paris_today() -> date:
    return (datetime.now(PARIS) + _shift()).date()


def minutes_of(at: time) -> int:
    return at.hour * 60 + at.minute


def time_of_minutes(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")
