"""The manager's week: what each technician does each day, what is still to plan, and moving
visits by hand with the same rules the booking assistant applies."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import holidays as holiday_calendars
from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from planner.db.database import Database
from planner.db.models import Absence, Contract, ContractTier, Customer, Site, Technician, Visit
from planner.domain.calendar import Interval, Span, working_intervals
from planner.domain.enums import SCHEDULED_STATUSES, VisitKind, VisitStatus
from planner.domain.errors import ConflictError, NotFoundError, PlannerError
from planner.domain.feasibility import Placement, Verdict, VisitNeeds, check_placement, promised_window
from planner.domain.text import customer_display_name
from planner.domain.timeutil import now_utc, paris_instant, to_paris
from planner.geo.travel import offline_model_of
from planner.services.booking import flush_or_taken
from planner.services.common import audit, lock_current
from planner.services.geocoding import load_geo_settings, travel_provider
from planner.services.messages import cancel_pending, queue_visit_messages

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class BoardVisit:
    id: int
    number: str
    version: int
    customer_id: int
    customer: str
    city: str
    summary: str
    kind: VisitKind
    status: VisitStatus
    technician_id: int | None
    start: datetime | None
    end: datetime | None
    promised_from: datetime | None
    promised_until: datetime | None
    duration_min: int
    locked: bool
    skills: frozenset[str]
    point: Point | None
    due_from: date | None
    due_until: date | None
    tier: str
    zone_id: int | None
    #: The site visited, and whether its position is only approximate (« à vérifier »).
    site_id: int | None = None
    needs_review: bool = False

    @property
    def needs(self) -> VisitNeeds:
        return VisitNeeds(self.skills, self.promised_from, self.promised_until, self.locked)


@dataclass(frozen=True, slots=True)
class BoardTechnician:
    id: int
    name: str
    colour: str
    skills: frozenset[str]
    start: Point | None
    end: Point | None
    lunch_from: time
    lunch_to: time
    lunch_minutes: int
    spans: tuple[Span, ...]


@dataclass
class BoardDay:
    technician_id: int
    day: date
    working: list[Interval]
    lunch_window: Interval | None
    lunch_minutes: int
    holiday: str
    absent: list[Interval]
    visits: list[BoardVisit] = field(default_factory=list)
    #: Drive before each visit (from the depot or the previous visit), then back to the depot.
    drives_s: list[int] = field(default_factory=list)
    #: The same legs in metres.
    distances_m: list[int] = field(default_factory=list)

    @property
    def drive_s(self) -> int:
        return sum(self.drives_s)

    @property
    def distance_m(self) -> int:
        return sum(self.distances_m)

    @property
    def busy_minutes(self) -> float:
        return sum(v.duration_min for v in self.visits)


@dataclass
class WeekBoard:
    monday: date
    days: list[date]
    technicians: list[BoardTechnician]
    cells: dict[tuple[int, date], BoardDay]
    unplanned: list[BoardVisit]
    holidays: dict[date, str]
    #: What the manager should know about the drive times shown (OSRM server down, estimated…).
    warnings: list[str] = field(default_factory=list)

    def cell(self, technician_id: int, day: date) -> BoardDay:
        return self.cells[(technician_id, day)]

    def technician(self, technician_id: int) -> BoardTechnician:
        return next(t for t in self.technicians if t.id == technician_id)

    def find(self, visit_id: int) -> BoardVisit | None:
        for cell in self.cells.values():
            for visit in cell.visits:
                if visit.id == visit_id:
                    return visit
        return next((v for v in self.unplanned if v.id == visit_id), None)

    def placement(self, visit: BoardVisit, technician_id: int, start: datetime) -> Placement:
        day = to_paris(start).date()
        technician = self.technician(technician_id)
        cell = self.cells.get((technician_id, day))
        end = start + timedelta(minutes=visit.duration_min)
        if cell is None:
            return Placement(start, end, technician.skills, [], None, 0, [], "")
        others = [Interval(v.start, v.end) for v in cell.visits if v.id != visit.id and v.start and v.end]
        return Placement(
            start, end, technician.skills, cell.working, cell.lunch_window, cell.lunch_minutes, others, cell.holiday
        )

    def check(self, visit: BoardVisit, technician_id: int, start: datetime) -> Verdict:
        return check_placement(visit.needs, self.placement(visit, technician_id, start))


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


Leg = Callable[[Point | None, Point | None], tuple[int, int]]


def _leg_function(db: Database, points: list[Point]) -> tuple[Leg, list[str]]:
    """(seconds, metres) of the drive between two points, by the configured travel provider, and
    the warnings of that provider (a server down and its times estimated)."""
    provider = travel_provider(load_geo_settings(db))
    model = offline_model_of(provider)
    if model is not None:
        return (
            lambda a, b: (0, 0) if a is None or b is None else (model.duration_s(a, b), model.distance_m(a, b))
        ), []
    unique = list(dict.fromkeys(points))
    index = {p: i for i, p in enumerate(unique)}
    matrix = provider.matrix(unique) if unique else None

    def leg(a: Point | None, b: Point | None) -> tuple[int, int]:
        if a is None or b is None or matrix is None:
            return 0, 0
        return int(matrix.durations[index[a], index[b]]), int(matrix.distances[index[a], index[b]])

    return leg, list(matrix.warnings) if matrix is not None else []


def _board_visit(v: Visit, customer: Customer, site: Site, tier: str) -> BoardVisit:
    return BoardVisit(
        id=v.id, number=v.number, version=v.version, customer_id=v.customer_id,
        customer=customer_display_name(customer.company_name, customer.last_name, customer.first_name),
        city=site.city, summary=v.summary, kind=v.kind, status=v.status, technician_id=v.technician_id,
        start=v.planned_start, end=v.planned_end, promised_from=v.promised_from, promised_until=v.promised_until,
        duration_min=v.duration_min, locked=v.locked, skills=frozenset(s.code for s in v.required_skills),
        point=(site.latitude, site.longitude) if site.latitude is not None else None,
        due_from=v.due_from, due_until=v.due_until, tier=tier, zone_id=site.zone_id,
        site_id=site.id, needs_review=site.needs_review,
    )


def load_week(db: Database, monday: date, *, days: int = 5, technician_ids: Sequence[int] | None = None) -> WeekBoard:
    """Everything the board shows for the week starting on ``monday``."""
    monday = monday_of(monday)
    week_days = [monday + timedelta(days=i) for i in range(days)]
    start, end = paris_instant(week_days[0], time(0)), paris_instant(week_days[-1] + timedelta(days=1), time(0))
    french = holiday_calendars.country_holidays("FR", years={d.year for d in week_days})
    holidays = {d: str(french.get(d)) for d in week_days if d in french}
    with db.read() as session:
        statement = (
            select(Technician)
            .where(Technician.active.is_(True))
            .options(selectinload(Technician.skills), selectinload(Technician.shifts))
            .order_by(Technician.first_name, Technician.last_name)
        )
        if technician_ids:
            statement = statement.where(Technician.id.in_(list(technician_ids)))
        technicians = [
            BoardTechnician(
                id=t.id, name=f"{t.first_name} {t.last_name}".strip(), colour=t.colour,
                skills=frozenset(s.code for s in t.skills),
                start=(t.start_lat, t.start_lon) if t.start_lat is not None else None,
                end=(t.end_lat, t.end_lon) if t.end_lat is not None else ((t.start_lat, t.start_lon) if t.start_lat is not None else None),
                lunch_from=t.lunch_earliest, lunch_to=t.lunch_latest, lunch_minutes=t.lunch_minutes,
                spans=tuple(Span(s.weekday, s.starts, s.ends) for s in t.shifts),
            )
            for t in session.scalars(statement)
        ]
        ids = [t.id for t in technicians]
        absences: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
        for a in session.scalars(
            select(Absence).where(Absence.technician_id.in_(ids), Absence.starts_at < end, Absence.ends_at > start)
        ):
            absences[a.technician_id].append((a.starts_at, a.ends_at))
        tier_of = dict(
            session.execute(select(Contract.id, ContractTier.name).join(ContractTier, Contract.tier_id == ContractTier.id)).all()
        )
        booked_rows = session.execute(
            select(Visit, Customer, Site)
            .join(Customer, Customer.id == Visit.customer_id)
            .join(Site, Site.id == Visit.site_id)
            .where(
                Visit.technician_id.in_(ids),
                Visit.planned_start < end,
                Visit.planned_end > start,
                Visit.status != VisitStatus.CANCELLED,
            )
            .options(selectinload(Visit.required_skills))
        ).all()
        booked = [_board_visit(v, c, s, tier_of.get(v.contract_id, "")) for v, c, s in booked_rows]
        unplanned_rows = session.execute(
            select(Visit, Customer, Site)
            .join(Customer, Customer.id == Visit.customer_id)
            .join(Site, Site.id == Visit.site_id)
            .where(Visit.status == VisitStatus.TO_PLAN, or_(Visit.due_from.is_(None), Visit.due_from <= week_days[-1]))
            .options(selectinload(Visit.required_skills))
            .order_by(Visit.due_until)
            .limit(2000)
        ).all()
        unplanned = [_board_visit(v, c, s, tier_of.get(v.contract_id, "")) for v, c, s in unplanned_rows]

    points = [v.point for v in booked if v.point] + [p for t in technicians for p in (t.start, t.end) if p]
    leg, warnings = _leg_function(db, points)
    cells: dict[tuple[int, date], BoardDay] = {}
    for technician in technicians:
        for day in week_days:
            working = working_intervals(day, technician.spans, absences.get(technician.id, ()), holidays)
            nominal = working_intervals(day, technician.spans)
            absent = [
                Interval(max(a, paris_instant(day, time(0))), min(b, paris_instant(day + timedelta(days=1), time(0))))
                for a, b in absences.get(technician.id, ())
                if a < paris_instant(day + timedelta(days=1), time(0)) and b > paris_instant(day, time(0))
            ]
            cells[(technician.id, day)] = BoardDay(
                technician.id, day, working,
                Interval(paris_instant(day, technician.lunch_from), paris_instant(day, technician.lunch_to)) if nominal else None,
                technician.lunch_minutes, holidays.get(day, ""), absent,
            )
    for visit in booked:
        cell = cells.get((visit.technician_id, to_paris(visit.start).date()))  # type: ignore[arg-type]
        if cell is not None:
            cell.visits.append(visit)
    for technician in technicians:
        for day in week_days:
            cell = cells[(technician.id, day)]
            cell.visits.sort(key=lambda v: v.start)  # type: ignore[arg-type,return-value]
            _compute_drives(cell, technician, leg)
    return WeekBoard(monday, week_days, technicians, cells, unplanned, holidays, warnings)


def _compute_drives(cell: BoardDay, technician: BoardTechnician, leg: Leg) -> None:
    cell.drives_s, cell.distances_m = [], []
    if not cell.visits:
        return
    previous = technician.start
    for visit in cell.visits:
        seconds, metres = leg(previous, visit.point)
        cell.drives_s.append(seconds)
        cell.distances_m.append(metres)
        previous = visit.point or previous
    seconds, metres = leg(previous, technician.end)
    cell.drives_s.append(seconds)
    cell.distances_m.append(metres)


# -- moving visits by hand ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MoveResult:
    visit_id: int
    version: int
    previous_technician_id: int | None
    previous_start: datetime | None
    customer_told: bool


def _check_on_server(db: Database, visit: BoardVisit, technician_id: int, start: datetime) -> Verdict:
    week = load_week(db, monday_of(to_paris(start).date()), technician_ids=[technician_id])
    if not week.technicians:
        raise PlannerError("Ce technicien n'est plus actif.")
    return week.check(visit, technician_id, start)


def load_visit(db: Database, visit_id: int) -> BoardVisit:
    with db.read() as session:
        row = session.execute(
            select(Visit, Customer, Site)
            .join(Customer, Customer.id == Visit.customer_id)
            .join(Site, Site.id == Visit.site_id)
            .where(Visit.id == visit_id)
            .options(selectinload(Visit.required_skills))
        ).first()
        if row is None:
            raise NotFoundError("Cette intervention n'existe plus.")
        v, c, s = row
        tier = ""
        if v.contract_id:
            tier = session.scalar(
                select(ContractTier.name).join(Contract, Contract.tier_id == ContractTier.id).where(Contract.id == v.contract_id)
            ) or ""
        return _board_visit(v, c, s, tier)


def move_visit(
    db: Database,
    visit_id: int,
    expected_version: int,
    technician_id: int,
    start: datetime,
    *,
    confirm_promise_change: bool = False,
) -> MoveResult:
    """Put a visit on ``technician_id`` at ``start`` (planning it if it was still to plan).

    Refused with the reasons when a rule forbids it; a move outside the window promised to the
    customer needs ``confirm_promise_change``, and then the customer gets the new window."""
    visit = load_visit(db, visit_id)
    if visit.version != expected_version:
        raise ConflictError(f"Intervention {visit.number}")
    verdict = _check_on_server(db, visit, technician_id, start)
    if not verdict.allowed:
        raise PlannerError(f"Déplacement impossible : {' ; '.join(verdict.refusals)}.")
    if verdict.breaks_promise and not confirm_promise_change:
        raise PlannerError(
            "Ce déplacement sort de la fenêtre d'arrivée promise au client : confirmez-le pour que le "
            "client reçoive le nouvel horaire."
        )
    with db.write() as session:
        record = lock_current(session, Visit, visit_id, expected_version, "Intervention")
        previous = (record.technician_id, record.planned_start)
        was_planned = record.status in SCHEDULED_STATUSES
        record.technician_id = technician_id
        record.planned_start = start
        record.planned_end = start + timedelta(minutes=record.duration_min)
        told = False
        if not was_planned or record.promised_from is None or verdict.breaks_promise:
            record.promised_from, record.promised_until = promised_window(start)
        if not was_planned:
            record.status = VisitStatus.BOOKED
            record.booked_at = now_utc()
        flush_or_taken(session)
        if was_planned and verdict.breaks_promise:
            record.calendar_sequence += 1
            cancel_pending(session, record.id)
            queue_visit_messages(session, record, "reschedule")
            told = True
        elif not was_planned:
            # Planned from the board: the customer learns the date like after a phone booking.
            queue_visit_messages(session, record, "confirmation")
            told = True
        audit(
            session, "move", "visit", record.id,
            f"{record.number} → technicien {technician_id}, {to_paris(start):%d/%m %H:%M}",
            {"from_technician": previous[0], "from_start": previous[1].isoformat() if previous[1] else None},
        )
        session.flush()
        return MoveResult(record.id, record.version, previous[0], previous[1], told)


def unplan_visit(db: Database, visit_id: int, expected_version: int) -> MoveResult:
    """Take a visit off the rounds, back to « à planifier » (the customer is not told here)."""
    with db.write() as session:
        record = lock_current(session, Visit, visit_id, expected_version, "Intervention")
        if record.locked:
            raise PlannerError(f"L'intervention {record.number} est verrouillée.")
        previous = (record.technician_id, record.planned_start)
        record.status = VisitStatus.TO_PLAN
        record.technician_id = None
        record.planned_start = record.planned_end = None
        audit(session, "unplan", "visit", record.id, f"{record.number} retirée du planning")
        session.flush()
        return MoveResult(record.id, record.version, previous[0], previous[1], False)


def set_locked(db: Database, visit_id: int, expected_version: int, locked: bool) -> int:
    """A locked visit stays where it is through every optimisation."""
    with db.write() as session:
        record = lock_current(session, Visit, visit_id, expected_version, "Intervention")
        record.locked = locked
        audit(session, "lock" if locked else "unlock", "visit", record.id, f"{record.number} {'verrouillée' if locked else 'déverrouillée'}")
        session.flush()
        return record.version
