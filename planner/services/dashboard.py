"""« Tableau de bord »: the figures the manager watches, over a chosen period.

Driving (time and kilometres per technician and day, and what optimisations saved), rounds'
back-and-forth, visits done against planned, contract visits overdue or due soon, renewals ahead,
quotes by status and their conversion, satisfaction and repeat contacts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from sqlalchemy import func, select

from planner.db.database import Database
from planner.db.models import Contract, OptimisationRun, Quote, Visit, VisitReport
from planner.domain.enums import COMPLETED_STATUSES, SCHEDULED_STATUSES, ContractStatus, VisitStatus
from planner.domain.errors import ValidationError
from planner.domain.quotes import QuoteStatus
from planner.domain.timeutil import paris_instant, paris_today
from planner.services.planning import load_week, monday_of

MAX_DAYS = 366


@dataclass
class TechnicianDriving:
    technician_id: int
    name: str
    colour: str
    #: Per working day of the period: (day, drive seconds, metres, visits).
    days: list[tuple[date, int, int, int]] = field(default_factory=list)

    @property
    def drive_s(self) -> int:
        return sum(d[1] for d in self.days)

    @property
    def distance_m(self) -> int:
        return sum(d[2] for d in self.days)

    @property
    def visits(self) -> int:
        return sum(d[3] for d in self.days)


@dataclass(frozen=True)
class QuoteFigures:
    by_status: dict[QuoteStatus, int]
    #: Accepted among the quotes answered (accepted, refused or expired) in the period.
    conversion: float | None


@dataclass
class Dashboard:
    start: date
    end: date
    driving: list[TechnicianDriving]
    #: Times a round came back to an area it had already left, and the drive it cost.
    back_and_forth: int
    back_and_forth_s: int
    visits_done: int
    visits_planned: int
    overdue_contract_visits: int
    due_within_30_days: int
    renewals_within_90_days: int
    quotes: QuoteFigures
    satisfaction: float | None
    satisfaction_count: int
    repeat_contacts: int
    incoming_contacts: int
    #: Drive saved by accepted optimisations in the period, when recorded.
    optimisation_saved_s: int = 0

    @property
    def drive_s(self) -> int:
        return sum(t.drive_s for t in self.driving)

    @property
    def distance_m(self) -> int:
        return sum(t.distance_m for t in self.driving)


def compute_dashboard(db: Database, start: date, end: date, *, today: date | None = None) -> Dashboard:
    if end < start:
        raise ValidationError.single("Période", "la fin doit suivre le début.")
    if (end - start).days > MAX_DAYS:
        raise ValidationError.single("Période", "un an au plus.")
    today = today or paris_today()
    driving: dict[int, TechnicianDriving] = {}
    areas: list[list[str]] = []
    legs: list[list[int]] = []
    monday = monday_of(start)
    while monday <= end:
        week = load_week(db, monday, days=7)
        for technician in week.technicians:
            row = driving.setdefault(technician.id, TechnicianDriving(technician.id, technician.name, technician.colour))
            for day in week.days:
                if not start <= day <= end:
                    continue
                cell = week.cell(technician.id, day)
                if cell.visits:
                    row.days.append((day, cell.drive_s, cell.distance_m, len(cell.visits)))
                    areas.append([v.city for v in cell.visits])
                    legs.append(cell.drives_s[1:-1])
        monday += timedelta(days=7)
    re_entries, re_entry_s = back_and_forth(areas, legs)

    period_start, period_end = paris_instant(start, _midnight()), paris_instant(end + timedelta(days=1), _midnight())
    with db.read() as session:
        visits = dict(
            session.execute(
                select(Visit.status, func.count())
                .where(Visit.planned_start >= period_start, Visit.planned_start < period_end)
                .group_by(Visit.status)
            ).all()
        )
        done = sum(n for status, n in visits.items() if status in COMPLETED_STATUSES)
        planned = done + sum(n for status, n in visits.items() if status in SCHEDULED_STATUSES)
        overdue = session.scalar(
            select(func.count()).select_from(Visit).where(
                Visit.status == VisitStatus.TO_PLAN, Visit.contract_id.is_not(None), Visit.due_until < today
            )
        ) or 0
        due_soon = session.scalar(
            select(func.count()).select_from(Visit).where(
                Visit.status == VisitStatus.TO_PLAN, Visit.contract_id.is_not(None),
                Visit.due_until >= today, Visit.due_from <= today + timedelta(days=30),
            )
        ) or 0
        renewals = session.scalar(
            select(func.count()).select_from(Contract).where(
                Contract.status == ContractStatus.ACTIVE,
                Contract.end_date >= today, Contract.end_date <= today + timedelta(days=90),
            )
        ) or 0
        quote_rows = session.execute(
            select(Quote.status, Quote.valid_until, func.count())
            .where(Quote.requested_at >= period_start, Quote.requested_at < period_end)
            .group_by(Quote.status, Quote.valid_until)
        ).all()
        satisfaction = session.execute(
            select(func.avg(VisitReport.satisfaction), func.count(VisitReport.satisfaction))
            .join(Visit, Visit.id == VisitReport.visit_id)
            .where(Visit.actual_start >= period_start, Visit.actual_start < period_end, VisitReport.satisfaction.is_not(None))
        ).one()
    by_status: dict[QuoteStatus, int] = defaultdict(int)
    for status, valid_until, count in quote_rows:
        effective = QuoteStatus.EXPIRED if status is QuoteStatus.SENT and valid_until and valid_until < today else status
        by_status[effective] += count
    answered = by_status[QuoteStatus.ACCEPTED] + by_status[QuoteStatus.REFUSED] + by_status[QuoteStatus.EXPIRED]
    conversion = by_status[QuoteStatus.ACCEPTED] / answered if answered else None
    from planner.services.contacts import repeat_contacts

    repeats = repeat_contacts(db, since=start, until=end)
    return Dashboard(
        start=start,
        end=end,
        driving=sorted(driving.values(), key=lambda t: t.name),
        back_and_forth=re_entries,
        back_and_forth_s=re_entry_s,
        visits_done=done,
        visits_planned=planned,
        overdue_contract_visits=overdue,
        due_within_30_days=due_soon,
        renewals_within_90_days=renewals,
        quotes=QuoteFigures(dict(by_status), conversion),
        satisfaction=float(satisfaction[0]) if satisfaction[0] is not None else None,
        satisfaction_count=int(satisfaction[1] or 0),
        repeat_contacts=repeats.repeats,
        incoming_contacts=repeats.contacts,
        optimisation_saved_s=_optimisation_savings(db, period_start, period_end),
    )


def back_and_forth(areas: list[list[str]], legs: list[list[int]]) -> tuple[int, int]:
    """How often rounds came back to an area they had already left (here: a commune), and the
    drive time of those returning legs.  ``areas[k]`` are the k-th round's stops in order,
    ``legs[k][i]`` the drive from stop i to stop i + 1."""
    count = seconds = 0
    for stops, drives in zip(areas, legs, strict=False):
        left: set[str] = set()
        for i in range(1, len(stops)):
            if stops[i] != stops[i - 1]:
                left.add(stops[i - 1])
                if stops[i] in left:
                    count += 1
                    seconds += drives[i - 1] if i - 1 < len(drives) else 0
    return count, seconds


def _midnight() -> time:
    return time(0)


def _optimisation_savings(db: Database, start, end) -> int:  # type: ignore[no-untyped-def]
    """Drive saved by the optimisations accepted in the period (what the proposal showed)."""
    with db.read() as session:
        return int(
            session.scalar(
                select(func.coalesce(func.sum(OptimisationRun.drive_before_s - OptimisationRun.drive_after_s), 0)).where(
                    OptimisationRun.accepted_at >= start, OptimisationRun.accepted_at < end
                )
            )
            or 0
        )
