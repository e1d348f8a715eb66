"""When a technician can work on a given day: shifts, minus absences, minus public holidays.

Pure functions on plain values, so the slot finder, the planning board and the week optimiser
agree on what « available » means.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from planner.domain.timeutil import paris_instant


@dataclass(frozen=True, slots=True)
class Span:
    """A working span on one weekday (0 = Monday), in Paris wall-clock time."""

    weekday: int
    starts: time
    ends: time


@dataclass(frozen=True, slots=True)
class Interval:
    start: datetime
    end: datetime

    @property
    def minutes(self) -> float:
        return (self.end - self.start).total_seconds() / 60


def working_intervals(
    day: date,
    spans: Iterable[Span],
    absences: Iterable[tuple[datetime, datetime]] = (),
    holidays: Container[date] = (),
) -> list[Interval]:
    """The instants a technician works on ``day``: their spans of that weekday, with any absence
    cut out; nothing on a public holiday."""
    if day in holidays:
        return []
    intervals = [
        Interval(paris_instant(day, s.starts), paris_instant(day, s.ends))
        for s in sorted(spans, key=lambda s: s.starts)
        if s.weekday == day.weekday() and s.ends > s.starts
    ]
    for absent_from, absent_to in absences:
        intervals = [piece for interval in intervals for piece in _subtract(interval, absent_from, absent_to)]
    return intervals


def _subtract(interval: Interval, start: datetime, end: datetime) -> list[Interval]:
    if end <= interval.start or start >= interval.end:
        return [interval]
    pieces = []
    if start > interval.start:
        pieces.append(Interval(interval.start, start))
    if end < interval.end:
        pieces.append(Interval(end, interval.end))
    return pieces


def working_days(first: date, count: int, *, skip: Container[date] = ()) -> list[date]:
    """The next ``count`` weekdays from ``first`` (included) that are not in ``skip`` (holidays)."""
    days: list[date] = []
    day = first
    while len(days) < count:
        if day.weekday() < 5 and day not in skip:
            days.append(day)
        day += timedelta(days=1)
    return days


def free_gaps(busy: Sequence[Interval], within: Interval) -> list[Interval]:
    """The parts of ``within`` not covered by ``busy``."""
    gaps = []
    cursor = within.start
    for interval in sorted(busy, key=lambda i: i.start):
        if interval.end <= cursor:
            continue
        if interval.start >= within.end:
            break
        if interval.start > cursor:
            gaps.append(Interval(cursor, min(interval.start, within.end)))
        cursor = max(cursor, interval.end)
    if cursor < within.end:
        gaps.append(Interval(cursor, within.end))
    return gaps


def lunch_fits(busy: Sequence[Interval], window: Interval, minutes: int) -> bool:
    """True when a break of ``minutes`` still fits inside ``window`` between the busy times."""
    if minutes <= 0:
        return True
    return any(gap.minutes >= minutes for gap in free_gaps(busy, window))
