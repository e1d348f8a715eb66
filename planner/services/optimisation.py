"""Optimising the manager's week (or a day, or replanning a day when a technician is absent).

The week is turned into the engine's problem — technician-days as vehicles in absolute time (so a
visit due Monday to Wednesday may land on any of those days), working hours with absences and
public holidays removed, lunch as a break inside its window, skills, booked visits held to the
window promised to their customer, locked and started visits pinned, visits still to plan with
their due windows, zone-days as a soft preference and the current plan as the one to stay close
to.  The engine's answer becomes a :class:`Proposal`: nothing is written until someone accepts
it, and accepting writes exactly what the proposal showed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import holidays as holiday_calendars
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from planner.db.database import Database
from planner.db.models import Absence, Customer, OptimisationRun, Technician, Visit, ZoneDay
from planner.domain.calendar import Interval, Span, working_intervals
from planner.domain.enums import (
    COMPLETED_STATUSES,
    SCHEDULED_STATUSES,
    AbsenceKind,
    VisitKind,
    VisitStatus,
)
from planner.domain.errors import ConflictError, PlannerError, ValidationError
from planner.domain.feasibility import promised_window
from planner.domain.progress import Progress
from planner.domain.text import customer_display_name
from planner.domain.timeutil import now_utc, paris_instant, to_paris
from planner.optimize.problem import ProblemError, parse_problem
from planner.optimize.process import solve_in_child
from planner.optimize.solution import solution_from_dict
from planner.services.booking import SLOT_TAKEN_MARKERS
from planner.services.common import audit, current_user, lock_for_update
from planner.services.dashboard import back_and_forth
from planner.services.geocoding import load_geo_settings, travel_provider
from planner.services.messages import cancel_pending, queue_visit_messages

Point = tuple[float, float]

#: Stability: moving a booked visit to another technician costs this much driving (s), to another day this much.
TECHNICIAN_CHANGE_COST = 1800
DAY_CHANGE_COST = 900
ZONE_MISMATCH_COST = 600
PRIORITY_BOOKED = 100
PRIORITY_ABSENT = 90
PRIORITY_OVERDUE = 80
PRIORITY_REPAIR = 70
PRIORITY_DUE = 50
PRIORITY_OTHER = 30
#: Minutes between now and the first visit the optimiser may plan (someone has to get there).
LEAD_TIME_MIN = 30
#: A technician-day keeps its order unless the new one saves at least this much driving (s).
MIN_GAIN_S = 120


@dataclass(frozen=True, slots=True)
class OptimiseRequest:
    first_day: date
    days: int = 5
    technician_ids: tuple[int, ...] = ()
    include_unplanned: bool = True
    time_limit_s: float = 20.0
    #: Replan: this technician is absent (on every day of the scope); their visits move.
    absent_technician_id: int | None = None
    scope: str = "week"
    #: Booked visits may move within their day, outside the window promised to the customer; the
    #: proposal lists them and accepting needs the manager's confirmation (a notice is queued).
    allow_promise_changes: bool = False
    #: The present (default: the clock): nothing is planned before it, visits already begun stay.
    now: datetime | None = None


@dataclass(frozen=True, slots=True)
class Placement:
    technician_id: int
    technician: str
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class VisitChange:
    visit_id: int
    version: int
    number: str
    customer_id: int
    customer: str
    city: str
    summary: str
    before: Placement | None
    after: Placement | None
    promised_from: datetime | None
    promised_until: datetime | None

    @property
    def moved(self) -> bool:
        return self.before != self.after

    @property
    def changes_technician_or_day(self) -> bool:
        if self.before is None or self.after is None:
            return self.before is not self.after
        return (
            self.before.technician_id != self.after.technician_id
            or to_paris(self.before.start).date() != to_paris(self.after.start).date()
        )

    @property
    def breaks_promise(self) -> bool:
        """Booked, and the new arrival is outside the window told to the customer."""
        if (
            self.before is None
            or self.after is None
            or self.promised_from is None
            or self.promised_until is None
        ):
            return False
        return not (self.promised_from <= self.after.start <= self.promised_until)


@dataclass
class DayFigures:
    technician_id: int
    technician: str
    day: date
    drive_before_s: int = 0
    drive_after_s: int = 0
    distance_before_m: int = 0
    distance_after_m: int = 0
    visits_before: int = 0
    visits_after: int = 0
    back_and_forth_before: int = 0
    back_and_forth_after: int = 0


@dataclass
class Proposal:
    request: OptimiseRequest
    days: list[date]
    changes: list[VisitChange]
    figures: list[DayFigures]
    unassigned: list[tuple[VisitChange, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    #: Cancelled before the time limit: the best plan found until then.
    interrupted: bool = False
    #: The engine's stages used (first plan from VROOM, PyVRP search…): its report, for the curious
    #: and the self-check.
    engine: dict[str, Any] = field(default_factory=dict)

    @property
    def moved(self) -> list[VisitChange]:
        return [c for c in self.changes if c.moved and c.after is not None]

    @property
    def promise_changes(self) -> list[VisitChange]:
        return [c for c in self.moved if c.breaks_promise]

    @property
    def newly_planned(self) -> list[VisitChange]:
        return [c for c in self.moved if c.before is None]

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.figures)

    def technicians(self) -> list[tuple[int, str]]:
        return sorted({(f.technician_id, f.technician) for f in self.figures}, key=lambda t: t[1])


# -- building the engine's problem ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _VisitInfo:
    """What the optimiser needs of a visit, read once (no database object leaves the session)."""

    id: int
    number: str
    version: int
    customer_id: int
    customer: str
    city: str
    point: Point | None
    zone_id: int | None
    summary: str
    duration_min: int
    status: VisitStatus
    kind: VisitKind
    locked: bool
    technician_id: int | None
    planned_start: datetime | None
    planned_end: datetime | None
    promised_from: datetime | None
    promised_until: datetime | None
    due_from: date | None
    due_until: date | None
    contract_id: int | None
    skill_ids: tuple[int, ...]

    @property
    def fixed(self) -> bool:
        """Locked, started or finished: the optimiser never moves it."""
        return self.locked or self.status in COMPLETED_STATUSES or self.status is VisitStatus.IN_PROGRESS

    @classmethod
    def of(cls, v: Visit) -> _VisitInfo:
        site, customer = v.site, v.customer
        return cls(
            v.id,
            v.number,
            v.version,
            v.customer_id,
            customer_display_name(customer.company_name, customer.last_name, customer.first_name),
            site.city,
            (site.latitude, site.longitude) if site.latitude is not None else None,
            site.zone_id,
            v.summary,
            v.duration_min,
            v.status,
            v.kind,
            v.locked,
            v.technician_id,
            v.planned_start,
            v.planned_end,
            v.promised_from,
            v.promised_until,
            v.due_from,
            v.due_until,
            v.contract_id,
            tuple(sorted(s.id for s in v.required_skills)),
        )


@dataclass
class _Vehicle:
    id: int
    technician_id: int
    technician: str
    day: date
    start: datetime
    end: datetime
    depot_start: Point | None
    depot_end: Point | None


@dataclass
class _Built:
    data: dict[str, Any]
    base: datetime
    vehicles: dict[int, _Vehicle]
    visits: dict[int, _VisitInfo]
    points: list[Point]
    current: dict[int, Placement]
    skipped: list[tuple[int, str]]
    #: Where each technician starts and ends their day.
    homes: dict[int, tuple[Point | None, Point | None]] = field(default_factory=dict)
    #: Visits that stay where they are: locked, begun, done, in the past or on a site not located.
    frozen: set[int] = field(default_factory=set)
    #: What the user should know about the travel times (OSRM server down, times estimated…).
    warnings: list[str] = field(default_factory=list)


def _seconds(base: datetime, moment: datetime) -> int:
    return int((moment - base).total_seconds())


def _next_five_minutes(moment: datetime) -> datetime:
    moment = moment.replace(second=0, microsecond=0)
    return moment + timedelta(minutes=(-moment.minute) % 5)


def _lunch_piece(pieces: list[Any], starts: datetime, ends: datetime, minutes: int) -> Any | None:
    """The piece of the day that holds lunch: the one overlapping the lunch window most, if it
    leaves room for the whole break."""
    if not minutes:
        return None
    best, best_overlap = None, timedelta(minutes=minutes)
    for piece in pieces:
        overlap = min(piece.end, ends) - max(piece.start, starts)
        if overlap >= best_overlap:
            best, best_overlap = piece, overlap
    return best


def build_problem(db: Database, request: OptimiseRequest) -> _Built:
    if not 1 <= request.days <= 14:
        raise ValidationError.single("Période", "de 1 à 14 jours.")
    if not 1 <= request.time_limit_s <= 600:
        raise ValidationError.single("Durée de calcul", "entre 1 et 600 secondes.")
    days = [request.first_day + timedelta(days=i) for i in range(request.days)]
    base = paris_instant(days[0], time(0))
    end_all = paris_instant(days[-1] + timedelta(days=1), time(0))
    french = holiday_calendars.country_holidays("FR", years={d.year for d in days})
    with db.read() as session:
        statement = (
            select(Technician)
            .where(Technician.active.is_(True))
            .options(selectinload(Technician.skills), selectinload(Technician.shifts))
            .order_by(Technician.first_name)
        )
        if request.technician_ids:
            statement = statement.where(Technician.id.in_(request.technician_ids))
        technicians = list(session.scalars(statement))
        tech_ids = [t.id for t in technicians]
        absences: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
        for a in session.scalars(
            select(Absence).where(
                Absence.technician_id.in_(tech_ids), Absence.starts_at < end_all, Absence.ends_at > base
            )
        ):
            absences[a.technician_id].append((a.starts_at, a.ends_at))
        if request.absent_technician_id is not None:
            absences[request.absent_technician_id].append((base, end_all))
        zone_days: dict[tuple[int, int], list[int]] = defaultdict(list)
        for z in session.scalars(select(ZoneDay).where(ZoneDay.technician_id.in_(tech_ids))):
            zone_days[(z.technician_id, z.weekday)].append(z.zone_id)

        scheduled = [
            _VisitInfo.of(v)
            for v in (
                session.scalars(
                    select(Visit)
                    .where(
                        Visit.technician_id.in_(tech_ids),
                        Visit.planned_start >= base,
                        Visit.planned_start < end_all,
                        Visit.status.in_([*SCHEDULED_STATUSES, *COMPLETED_STATUSES]),
                    )
                    .options(
                        selectinload(Visit.required_skills),
                        selectinload(Visit.site),
                        selectinload(Visit.customer),
                    )
                )
            )
        ]
        unplanned: list[_VisitInfo] = []
        if request.include_unplanned:
            unplanned = [
                _VisitInfo.of(v)
                for v in (
                    session.scalars(
                        select(Visit)
                        .where(
                            Visit.status == VisitStatus.TO_PLAN,
                            or_(Visit.due_from.is_(None), Visit.due_from <= days[-1]),
                        )
                        .options(
                            selectinload(Visit.required_skills),
                            selectinload(Visit.site),
                            selectinload(Visit.customer),
                        )
                        .order_by(Visit.due_until)
                        .limit(1500)
                    )
                )
            ]
        tech_rows = [
            (
                t.id,
                t.first_name,
                [Span(s.weekday, s.starts, s.ends) for s in t.shifts],
                frozenset(s.id for s in t.skills),
                (t.start_lat, t.start_lon) if t.start_lat is not None else None,
                (t.end_lat, t.end_lon)
                if t.end_lat is not None
                else ((t.start_lat, t.start_lon) if t.start_lat is not None else None),
                t.lunch_earliest,
                t.lunch_latest,
                t.lunch_minutes,
            )
            for t in technicians
        ]

    points: list[Point] = []
    index_of: dict[Point, int] = {}

    def place(point: Point | None) -> int | None:
        if point is None:
            return None
        key = (round(point[0], 6), round(point[1], 6))
        if key not in index_of:
            index_of[key] = len(points)
            points.append(key)
        return index_of[key]

    # Visits that stay where they are — locked, started, done, or on a site not located — are not
    # jobs: they cut their technician's day, and the pieces around them end and start at their site.
    visits: dict[int, _VisitInfo] = {}
    current: dict[int, Placement] = {}
    skipped: list[tuple[int, str]] = []
    tech_names = {row[0]: row[1] for row in tech_rows}
    blocks: dict[int, list[_VisitInfo]] = defaultdict(list)
    movable: list[_VisitInfo] = []
    frozen: set[int] = set()
    # Nothing is planned in the past, nor so soon that nobody could get there.
    now = request.now or now_utc()
    earliest = _next_five_minutes(now + timedelta(minutes=LEAD_TIME_MIN))
    for visit in scheduled:
        visits[visit.id] = visit
        current[visit.id] = Placement(
            visit.technician_id,  # type: ignore[arg-type]
            tech_names.get(visit.technician_id, ""),  # type: ignore[arg-type]
            visit.planned_start,  # type: ignore[arg-type]
            visit.planned_end,  # type: ignore[arg-type]
        )
        if visit.point is None:
            skipped.append((visit.id, "site non localisé : elle reste où elle est"))
        if visit.fixed or visit.point is None or visit.planned_start < earliest:  # type: ignore[operator]
            frozen.add(visit.id)
            blocks[visit.technician_id].append(visit)  # type: ignore[index]
        else:
            movable.append(visit)

    vehicles: dict[int, _Vehicle] = {}
    vehicle_data: list[dict[str, Any]] = []
    for (
        tech_id,
        name,
        spans,
        skills,
        depot_start,
        depot_end,
        lunch_from,
        lunch_to,
        lunch_minutes,
    ) in tech_rows:
        ends_at = {b.planned_end: b.point for b in blocks.get(tech_id, ())}
        starts_at = {b.planned_start: b.point for b in blocks.get(tech_id, ())}
        cut = [
            *absences.get(tech_id, ()),
            *((b.planned_start, b.planned_end) for b in blocks.get(tech_id, ())),
        ]
        for day in days:
            pieces = working_intervals(day, spans, cut, french)  # type: ignore[arg-type]
            pieces = [
                Interval(max(p.start, earliest), p.end)
                for p in pieces
                if p.end > earliest + timedelta(minutes=15)
            ]
            lunch_start, lunch_end = paris_instant(day, lunch_from), paris_instant(day, lunch_to)
            lunch_piece = _lunch_piece(pieces, lunch_start, lunch_end, lunch_minutes)
            for interval in pieces:
                vid = len(vehicles) + 1
                start_point = ends_at.get(interval.start) or depot_start
                end_point = starts_at.get(interval.end) or depot_end
                vehicles[vid] = _Vehicle(
                    vid, tech_id, name, day, interval.start, interval.end, start_point, end_point
                )
                entry: dict[str, Any] = {
                    "id": vid,
                    "time_window": [_seconds(base, interval.start), _seconds(base, interval.end)],
                    "skills": sorted(skills),
                    "technician": str(tech_id),
                    "day": (day - days[0]).days,
                }
                s, e = place(start_point), place(end_point)
                if s is not None:
                    entry["start_index"] = s
                if e is not None:
                    entry["end_index"] = e
                if interval is lunch_piece:
                    latest = lunch_end - timedelta(minutes=lunch_minutes)
                    entry["breaks"] = [
                        {
                            "id": vid * 10 + 1,
                            "time_windows": [
                                [
                                    _seconds(base, max(lunch_start, interval.start)),
                                    _seconds(base, max(latest, interval.start)),
                                ]
                            ],
                            "service": lunch_minutes * 60,
                            "description": "déjeuner",
                        }
                    ]
                zones = zone_days.get((tech_id, day.weekday()))
                if zones:
                    entry["zones"] = sorted(zones)
                vehicle_data.append(entry)
    if not vehicles:
        raise PlannerError("Aucun technicien ne travaille sur cette période : rien à optimiser.")

    def vehicle_of(tech_id: int | None, moment: datetime | None) -> int | None:
        if tech_id is None or moment is None:
            return None
        for vid, v in vehicles.items():
            if v.technician_id == tech_id and v.start <= moment < v.end:
                return vid
        return None

    jobs: list[dict[str, Any]] = []
    assignments: list[dict[str, int]] = []
    for visit in movable:
        job: dict[str, Any] = {
            "id": visit.id,
            "location_index": place(visit.point),
            "service": visit.duration_min * 60,
            "skills": list(visit.skill_ids),
            # Colleagues' own customers come first: the absent technician's visits fill the gaps.
            "priority": PRIORITY_ABSENT
            if visit.technician_id == request.absent_technician_id
            else PRIORITY_BOOKED,
            "description": visit.number,
        }
        if visit.zone_id is not None:
            job["zone"] = visit.zone_id
        vid = vehicle_of(visit.technician_id, visit.planned_start)
        flexible = request.allow_promise_changes or visit.technician_id == request.absent_technician_id
        if flexible:
            # Anywhere in the day it was booked for; leaving the promise is shown and confirmed.
            day = to_paris(visit.planned_start).date()  # type: ignore[arg-type]
            job["time_windows"] = [
                [
                    _seconds(base, paris_instant(day, time(0))),
                    _seconds(base, paris_instant(day + timedelta(days=1), time(0))),
                ]
            ]
        elif visit.promised_from is not None and visit.promised_until is not None:
            job["time_windows"] = [
                [_seconds(base, visit.promised_from), _seconds(base, visit.promised_until)]
            ]
        if vid is not None:
            assignments.append({"job": visit.id, "vehicle": vid})
        jobs.append(job)
    for visit in unplanned:
        if visit.point is None:
            skipped.append((visit.id, "site non localisé"))
            continue
        windows = []
        for day in days:
            overdue = visit.due_until is not None and visit.due_until < days[0]
            if (
                overdue
                or visit.due_from is None
                or (visit.due_from <= day and (visit.due_until is None or day <= visit.due_until))
            ):
                windows.append(
                    [
                        _seconds(base, paris_instant(day, time(0))),
                        _seconds(base, paris_instant(day + timedelta(days=1), time(0))),
                    ]
                )
        if not windows:
            continue
        merged: list[list[int]] = []
        for window in windows:  # consecutive days make one window
            if merged and merged[-1][1] >= window[0]:
                merged[-1][1] = window[1]
            else:
                merged.append(window)
        windows = merged
        overdue = visit.due_until is not None and visit.due_until < days[0]
        priority = (
            PRIORITY_OVERDUE
            if overdue
            else PRIORITY_REPAIR
            if visit.kind in (VisitKind.REPAIR, VisitKind.FOLLOW_UP)
            else PRIORITY_DUE
            if visit.contract_id is not None
            else PRIORITY_OTHER
        )
        visits[visit.id] = visit
        job = {
            "id": visit.id,
            "location_index": place(visit.point),
            "service": visit.duration_min * 60,
            "skills": list(visit.skill_ids),
            "priority": priority,
            "time_windows": windows,
            "description": visit.number,
        }
        if visit.zone_id is not None:
            job["zone"] = visit.zone_id
        jobs.append(job)

    matrix = travel_provider(load_geo_settings(db)).matrix(points)
    data: dict[str, Any] = {
        "vehicles": vehicle_data,
        "jobs": jobs,
        "matrices": {"car": {"durations": matrix.durations.tolist(), "distances": matrix.distances.tolist()}},
        "previous_plan": {
            "assignments": assignments,
            "technician_change_cost": TECHNICIAN_CHANGE_COST,
            "day_change_cost": DAY_CHANGE_COST,
        },
    }
    if any("zones" in v for v in vehicle_data):
        data["zone_mismatch_cost"] = ZONE_MISMATCH_COST
    homes = {row[0]: (row[4], row[5]) for row in tech_rows}
    return _Built(data, base, vehicles, visits, points, current, skipped, homes, frozen, list(matrix.warnings))


# -- solving and reading the answer ---------------------------------------------------------------


def optimise(db: Database, request: OptimiseRequest, progress: Progress | None = None) -> Proposal:
    """A proposal for the period; nothing is written."""
    progress = progress or Progress()
    started = now_utc()
    progress.report(0.0, "Préparation de la semaine…", force=True)
    built = build_problem(db, request)
    try:
        parse_problem(built.data)  # checked here: a mistake of ours is explained, not sent to the child
    except ProblemError as exc:
        raise PlannerError(
            "La semaine n'a pas pu être préparée pour l'optimisation : " + "; ".join(exc.messages)
        ) from exc
    answer = solve_in_child(built.data, request.time_limit_s, progress.sub(0.05, 0.95))
    solution = solution_from_dict(answer)
    progress.report(0.96, "Lecture de la proposition…", force=True)
    proposal = _proposal(built, request, solution)
    proposal.warnings[:0] = built.warnings
    proposal.interrupted = progress.cancelled
    proposal.engine = dict(solution.report.get("engine") or {})
    proposal.seconds = (now_utc() - started).total_seconds()
    progress.report(1.0, "Proposition prête.", force=True)
    return proposal


def _proposal(built: _Built, request: OptimiseRequest, solution: Any) -> Proposal:
    days = sorted({v.day for v in built.vehicles.values()})
    legs = _Legs(built)
    after: dict[int, Placement] = {}
    for route in solution.routes:
        vehicle = built.vehicles[route.vehicle]
        for visit_id, start in _timed_route(built, route):
            visit = built.visits[visit_id]
            after[visit_id] = Placement(
                vehicle.technician_id,
                vehicle.technician,
                start,
                start + timedelta(minutes=visit.duration_min),
            )
    for visit_id in built.visits:  # what stays where it is
        if visit_id in built.frozen:
            after[visit_id] = built.current[visit_id]
    reasons = {u.id: getattr(u, "reason", "") or "" for u in solution.unassigned}
    left_out = {v: reasons.get(v) or "pas de place" for v in built.current if v not in after}
    dropped = _keep_days_of(built.current, after, left_out)
    # A technician-day that keeps the same visits keeps its times unless the new order really drives
    # less: the manager is not asked to approve changes that gain nothing.
    routes_before = legs.routes(built.current)
    routes_after = legs.routes(after)
    for key, stops in routes_after.items():
        before = routes_before.get(key, [])
        if set(before) == set(stops) and (
            before == stops or legs.drive(key[0], stops)[0] > legs.drive(key[0], before)[0] - MIN_GAIN_S
        ):
            for visit_id in before:
                after[visit_id] = built.current[visit_id]
            routes_after[key] = list(before)
    changes: list[VisitChange] = []
    unassigned: list[tuple[VisitChange, str]] = []
    for visit_id, visit in built.visits.items():
        before = built.current.get(visit_id)
        change = VisitChange(
            visit_id,
            visit.version,
            visit.number,
            visit.customer_id,
            visit.customer,
            visit.city,
            visit.summary,
            before,
            after.get(visit_id, before),
            visit.promised_from,
            visit.promised_until,
        )
        changes.append(change)
        if visit_id in left_out:
            # A booked visit the engine could not place keeps its place; say why.
            unassigned.append((change, left_out[visit_id]))
        elif visit_id in dropped:
            unassigned.append((change, dropped[visit_id]))
        elif (
            visit_id not in after
            and visit_id in reasons
            and visit.due_until is not None
            and visit.due_until < days[-1]
        ):
            unassigned.append((change, reasons[visit_id] or "pas de place"))
    figures = legs.figures(days, routes_before, routes_after)
    return Proposal(
        request, days, changes, figures, unassigned, [f"intervention {v} : {why}" for v, why in built.skipped]
    )


def _keep_days_of(
    current: dict[int, Placement], after: dict[int, Placement], left_out: dict[int, str]
) -> dict[int, str]:
    """Booked visits the engine left out stay where they are.  A technician-day where one stays
    and the engine changed something else keeps its current plan instead (the new plan did not
    count with that visit); a visit the engine had brought into such a day goes back to its own
    day, checked in turn, and a visit still to plan is dropped.  Returns the dropped visits."""

    def day_of(placement: Placement) -> tuple[int, date]:
        return placement.technician_id, to_paris(placement.start).date()

    dropped: dict[int, str] = {}
    for visit_id in left_out:
        after[visit_id] = current[visit_id]
    waiting = [day_of(current[v]) for v in left_out]
    kept: set[tuple[int, date]] = set()
    while waiting:
        key = waiting.pop()
        if key in kept:
            continue
        if all(current.get(v) == p for v, p in after.items() if day_of(p) == key):
            continue  # nothing new in that day: what stays there meets nothing
        kept.add(key)
        for visit_id, placement in list(after.items()):
            if day_of(placement) != key or (visit_id in current and day_of(current[visit_id]) == key):
                continue
            if visit_id in current:
                after[visit_id] = current[visit_id]
                waiting.append(day_of(current[visit_id]))
            else:
                del after[visit_id]
                dropped[visit_id] = "pas de place sans déplacer un rendez-vous déjà pris"
        for visit_id, placement in current.items():
            if day_of(placement) == key:
                after[visit_id] = placement
    return dropped


def _timed_route(built: _Built, route: Any) -> list[tuple[int, datetime]]:
    """The route's visits with their start times as told to people: on the five minutes when the
    whole route still holds (drives, windows, lunch, end of the day), else to the minute, else the
    engine's own seconds."""
    durations = built.data["matrices"]["car"]["durations"]
    vehicle = next(v for v in built.data["vehicles"] if v["id"] == route.vehicle)
    job_windows = {job["id"]: job.get("time_windows") for job in built.data["jobs"]}
    break_windows = {b["id"]: b["time_windows"] for b in vehicle.get("breaks", ())}
    for grain in (300, 60, 1):
        timed: list[tuple[int, datetime]] = []
        clock, here, fits = vehicle["time_window"][0], vehicle.get("start_index"), True
        for step in route.steps:
            if step.type == "start":
                clock = step.arrival
                continue
            travel = 0
            if step.type in ("job", "end") and here is not None and step.location_index is not None:
                travel = int(durations[here][step.location_index])
            if step.type == "end":
                fits = fits and clock + travel <= vehicle["time_window"][1]
                break
            earliest = max(step.arrival + step.waiting_time, clock + travel)
            start = -(-earliest // grain) * grain
            windows = job_windows.get(step.id) if step.type == "job" else break_windows.get(step.id)
            if windows and not any(a <= start <= b for a, b in windows):
                fits = False
                break
            clock = start + step.service
            if step.type == "job":
                here = step.location_index
                timed.append((step.id, built.base + timedelta(seconds=start)))
        if fits:
            return timed
    return [
        (step.id, built.base + timedelta(seconds=step.arrival + step.waiting_time))
        for step in route.steps
        if step.type == "job"
    ]


class _Legs:
    """Driving on the problem's own matrix, per technician-day, before and after."""

    def __init__(self, built: _Built) -> None:
        self.built = built
        self.durations = built.data["matrices"]["car"]["durations"]
        self.distances = built.data["matrices"]["car"]["distances"]
        self.index = {(round(p[0], 6), round(p[1], 6)): i for i, p in enumerate(built.points)}
        self.depots: dict[int, tuple[int | None, int | None]] = {}
        self.names: dict[int, str] = {}
        for v in built.vehicles.values():
            home_start, home_end = built.homes.get(v.technician_id, (None, None))
            self.depots[v.technician_id] = (self._point(home_start), self._point(home_end))
            self.names[v.technician_id] = v.technician

    def _point(self, point: Point | None) -> int | None:
        return None if point is None else self.index.get((round(point[0], 6), round(point[1], 6)))

    def at(self, visit_id: int) -> int:
        index = self._point(self.built.visits[visit_id].point)
        assert index is not None
        return index

    def between(self, a: int, b: int) -> int:
        return int(self.durations[self.at(a)][self.at(b)])

    def drive(self, technician_id: int, stops: list[int]) -> tuple[int, int]:
        """Seconds and metres from the technician's start, through the stops, to their end."""
        if not stops:
            return 0, 0
        start, end = self.depots.get(technician_id, (None, None))
        chain = [i for i in [start, *[self.at(v) for v in stops], end] if i is not None]
        pairs = list(zip(chain, chain[1:], strict=False))
        return int(sum(self.durations[a][b] for a, b in pairs)), int(
            sum(self.distances[a][b] for a, b in pairs)
        )

    def routes(self, placements: dict[int, Placement]) -> dict[tuple[int, date], list[int]]:
        """Located visits per technician-day, in the order of their start."""
        routes: dict[tuple[int, date], list[int]] = defaultdict(list)
        for visit_id, placement in sorted(placements.items(), key=lambda kv: kv[1].start):
            if self.built.visits[visit_id].point is not None:
                routes[(placement.technician_id, to_paris(placement.start).date())].append(visit_id)
        return routes

    def figures(
        self,
        days: list[date],
        routes_before: dict[tuple[int, date], list[int]],
        routes_after: dict[tuple[int, date], list[int]],
    ) -> list[DayFigures]:
        figures = []
        for technician_id in sorted(self.depots, key=lambda t: self.names[t]):
            for day in days:
                figure = DayFigures(technician_id, self.names[technician_id], day)
                for label, routes in (("before", routes_before), ("after", routes_after)):
                    stops = routes.get((technician_id, day), [])
                    drive, metres = self.drive(technician_id, stops)
                    cities = [self.built.visits[v].city for v in stops]
                    returns, _ = back_and_forth(
                        [cities], [[self.between(a, b) for a, b in zip(stops, stops[1:], strict=False)]]
                    )
                    setattr(figure, f"drive_{label}_s", drive)
                    setattr(figure, f"distance_{label}_m", metres)
                    setattr(figure, f"visits_{label}", len(stops))
                    setattr(figure, f"back_and_forth_{label}", returns)
                if figure.visits_before or figure.visits_after:
                    figures.append(figure)
        return figures


# -- accepting ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AcceptResult:
    applied: int
    #: Customers whose notice (e-mail) is queued in the outbox.
    customers_told: int
    drive_saved_s: int
    #: Customers to phone instead, having no e-mail address: « Name (phone) ».
    to_call: tuple[str, ...] = ()

    def describe(self) -> str:
        text = f"{self.applied} intervention(s) mise(s) à jour"
        if self.customers_told:
            text += f", {self.customers_told} client(s) prévenu(s) par e-mail"
        minutes = round(self.drive_saved_s / 60)
        text += f" ; {minutes} min de route économisées." if minutes > 0 else "."
        if self.to_call:
            text += f" À appeler (sans e-mail) : {', '.join(self.to_call)}."
        return text


def accept_proposal(
    db: Database,
    proposal: Proposal,
    *,
    technician_ids: tuple[int, ...] | None = None,
    confirm_promise_changes: bool = False,
    absence_kind: AbsenceKind = AbsenceKind.OTHER,
) -> AcceptResult:
    """Write the proposal (or the part of it for ``technician_ids``): exactly the changes shown.

    Refused as a whole if a visit changed since the proposal was made, or if a change would break a
    customer's promised window without ``confirm_promise_changes``.  A replan also records the
    technician's absence (unless one is already there) and tells every customer whose visit moved."""
    chosen = set(technician_ids) if technician_ids else None
    changes = [
        c
        for c in proposal.moved
        if chosen is None
        or c.after.technician_id in chosen
        or (c.before is not None and c.before.technician_id in chosen)  # type: ignore[union-attr]
    ]
    if not changes:
        raise PlannerError("Rien à accepter : la proposition ne change rien pour ces techniciens.")
    broken = [c for c in changes if c.breaks_promise]
    if broken and not confirm_promise_changes:
        raise PlannerError(
            f"{len(broken)} client(s) ont une fenêtre d'arrivée promise qui changerait "
            f"({', '.join(c.customer for c in broken[:3])}{'…' if len(broken) > 3 else ''}) : confirmez-le pour "
            "les prévenir."
        )
    figures = [f for f in proposal.figures if chosen is None or f.technician_id in chosen]
    absent = proposal.request.absent_technician_id
    told = 0

    def notify(change: VisitChange) -> bool:
        return change.before is not None and (change.breaks_promise or absent is not None)

    try:
        with db.write() as session:
            if absent is not None:
                _record_absence(session, absent, proposal.days, absence_kind)
            records: dict[int, Visit] = {}
            for change in changes:
                record = lock_for_update(session, Visit, change.visit_id)
                if record is None or record.version != change.version:
                    raise ConflictError(f"Intervention {change.number} (modifiée depuis la proposition)")
                records[change.visit_id] = record
            # Clear the old times first so moves between technicians never meet themselves.
            statuses = {visit_id: record.status for visit_id, record in records.items()}
            for change in changes:
                record = records[change.visit_id]
                if record.status in SCHEDULED_STATUSES:
                    record.planned_start = record.planned_end = None
                    record.technician_id = None
                    record.status = VisitStatus.TO_PLAN
            session.flush()
            for change in changes:
                record = records[change.visit_id]
                after = change.after
                assert after is not None
                record.technician_id = after.technician_id
                record.planned_start, record.planned_end = after.start, after.end
                kept = statuses[change.visit_id]
                record.status = (
                    kept if change.before is not None and not change.breaks_promise else VisitStatus.BOOKED
                )
                if change.before is None:
                    record.promised_from, record.promised_until = promised_window(after.start)
                    record.booked_at = now_utc()
                elif change.breaks_promise:
                    record.promised_from, record.promised_until = promised_window(after.start)
                    record.calendar_sequence += 1
                elif notify(change):
                    record.calendar_sequence += 1
            session.flush()
            to_call: list[str] = []
            for change in changes:
                record = records[change.visit_id]
                if change.before is None:
                    kind = "confirmation"
                elif notify(change):
                    kind = "reschedule"
                    cancel_pending(session, record.id)
                else:
                    continue
                queue_visit_messages(
                    session,
                    record,
                    kind,
                    reason="absence du technicien prévu" if absent and change.before else "",
                )
                customer = session.get(Customer, record.customer_id)
                if customer is not None and customer.email:
                    told += 1
                elif customer is not None:
                    to_call.append(
                        f"{change.customer} ({customer.mobile or customer.phone or 'sans téléphone'})"
                    )
            run = OptimisationRun(
                author=current_user(),
                scope=proposal.request.scope,
                first_day=proposal.days[0],
                last_day=proposal.days[-1],
                visits_moved=len(changes),
                drive_before_s=sum(f.drive_before_s for f in figures),
                drive_after_s=sum(f.drive_after_s for f in figures),
                distance_before_m=sum(f.distance_before_m for f in figures),
                distance_after_m=sum(f.distance_after_m for f in figures),
                back_and_forth_before=sum(f.back_and_forth_before for f in figures),
                back_and_forth_after=sum(f.back_and_forth_after for f in figures),
                details={"technicians": sorted(chosen) if chosen else []},
            )
            session.add(run)
            session.flush()
            audit(
                session,
                "optimise",
                "optimisation_run",
                run.id,
                f"Optimisation acceptée : {len(changes)} intervention(s) du {proposal.days[0]:%d/%m} au {proposal.days[-1]:%d/%m}",
            )
            saved = run.drive_before_s - run.drive_after_s
    except IntegrityError as exc:
        if any(marker in str(exc.orig) for marker in SLOT_TAKEN_MARKERS):
            raise PlannerError(
                "Cette partie de la proposition chevaucherait des interventions d'autres techniciens : "
                "acceptez-la en entier, ou relancez l'optimisation."
            ) from exc
        raise
    return AcceptResult(len(changes), told, saved, tuple(to_call))


def _record_absence(session: Any, technician_id: int, days: list[date], kind: AbsenceKind) -> None:
    starts_at = paris_instant(days[0], time(0))
    ends_at = paris_instant(days[-1] + timedelta(days=1), time(0))
    known = session.scalar(
        select(Absence.id).where(
            Absence.technician_id == technician_id, Absence.starts_at < ends_at, Absence.ends_at > starts_at
        )
    )
    if known is None:
        session.add(
            Absence(
                technician_id=technician_id,
                kind=kind,
                starts_at=starts_at,
                ends_at=ends_at,
                note="Absence saisie lors de la replanification",
            )
        )


def proposal_customers(proposal: Proposal) -> list[str]:
    """The customers whose visit moves (for the day replan's list)."""
    return sorted({c.customer for c in proposal.moved if c.before is not None})
