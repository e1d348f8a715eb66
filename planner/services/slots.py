"""Ranked, explained slots for a visit: where it fits best in the technicians' coming rounds.

For each technician who holds the skills and each working day of the horizon, the visit is tried
in every gap of the day's round without moving a booked visit: it must fit the working hours
(absences and public holidays removed), leave room for the lunch break inside its window, and be
reachable from the previous stop and leave enough time to reach the next.  Each fit is priced by
the drive time it adds to the round, then by the zone-day fit, the workload balance (the
technician's booked time that day and that week against the team's average: « journée peu
chargée ») and how far away the day is.  The best morning and afternoon fit of each
technician-day is kept; slots inside the contract's due window come before any outside it, then
the cheapest, spread over days and times so that the first choices are real alternatives.  Each
has its promised arrival window and a plain-French reason:
« mardi 26/11 · 14:00–16:00 · Gaëtan · +6 min de trajet · déjà à Seynod ce jour-là ».
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

import holidays as holiday_calendars
from babel.dates import format_date
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.db.database import Database
from planner.db.models import Absence, Site, Technician, Visit, Zone, ZoneDay
from planner.domain.calendar import Interval, Span, lunch_fits, working_days, working_intervals
from planner.domain.enums import SCHEDULED_STATUSES
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.feasibility import promised_window
from planner.domain.timeutil import now_utc, paris_instant, paris_today, to_paris
from planner.geo.travel import offline_model_of
from planner.services.geocoding import geocode_site, load_geo_settings, make_geocoder, travel_provider

MORNING = "morning"
AFTERNOON = "afternoon"
#: Afternoon slots start at this time at the earliest.
AFTERNOON_FROM = time(13, 30)
#: A visit booked for today starts at least this long from now.
TODAY_MARGIN = timedelta(minutes=60)
#: « déjà à X ce jour-là » when another stop of the day is within this drive.
NEARBY_S = 15 * 60
#: Costs are in minutes of added drive.  Each day outside the contract's window:
OUT_OF_WINDOW_PER_DAY = 15
#: Workload balance: each booked minute above (or below) the team's average that day counts for
#: 0.1 minute of drive (an hour more than the others costs 6 minutes), a minute above its weekly
#: average for 0.025.
DAY_LOAD_PER_MIN = 0.1
WEEK_LOAD_PER_MIN = 0.025
#: « journée peu chargée » when the technician has this much less booked than the team that day;
#: « journée déjà chargée » when this much more.
LIGHT_DAY_MIN = 60
HEAVY_DAY_MIN = 120


@dataclass(frozen=True, slots=True)
class SlotRequest:
    site_id: int
    duration_min: int
    skill_ids: tuple[int, ...] = ()
    due_from: date | None = None
    due_until: date | None = None
    from_day: date | None = None
    horizon_days: int = 10
    day: date | None = None
    part_of_day: str | None = None
    technician_id: int | None = None
    window_minutes: int = 120
    limit: int = 10
    #: When rescheduling: the visit's own booking does not count as taken.
    exclude_visit_id: int | None = None
    now: datetime | None = None


@dataclass(frozen=True, slots=True)
class Slot:
    technician_id: int
    technician: str
    day: date
    start: datetime
    end: datetime
    promised_from: datetime
    promised_until: datetime
    added_drive_s: int
    nearby: str
    zone_fit: bool | None
    in_due_window: bool | None
    cost: float
    label: str
    reason: str


@dataclass
class SlotSuggestions:
    slots: list[Slot] = field(default_factory=list)
    considered: int = 0
    days: list[date] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Stop:
    start: datetime
    end: datetime
    point: int | None
    city: str


def _ceil5(moment: datetime) -> datetime:
    minutes = moment.minute + moment.second / 60 + moment.microsecond / 6e7
    step = math.ceil(round(minutes, 6) / 5) * 5
    return moment.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=step)


@lru_cache(maxsize=512)
def day_label(day: date) -> str:
    """« mardi 26/11 »."""
    return format_date(day, "EEEE dd/MM", locale="fr_FR")


def window_label(start: datetime, end: datetime) -> str:
    return f"{to_paris(start):%H:%M}–{to_paris(end):%H:%M}"


def validate_request(request: SlotRequest) -> None:
    errors = {}
    if not 5 <= request.duration_min <= 12 * 60:
        errors["Durée"] = "entre 5 minutes et 12 heures."
    if not 1 <= request.horizon_days <= 60:
        errors["Horizon"] = "entre 1 et 60 jours ouvrés."
    if not 30 <= request.window_minutes <= 8 * 60:
        errors["Fenêtre promise"] = "entre 30 minutes et 8 heures."
    if request.part_of_day not in (None, MORNING, AFTERNOON):
        errors["Moment"] = "matin ou après-midi."
    if errors:
        raise ValidationError(errors)


def suggest_slots(db: Database, request: SlotRequest, progress: object | None = None) -> SlotSuggestions:
    validate_request(request)
    now = request.now or now_utc()
    today = request.from_day or (to_paris(now).date() if request.now else paris_today())
    result = SlotSuggestions()

    with db.read() as session:
        site = session.get(Site, request.site_id)
        if site is None:
            raise PlannerError("Ce site n'existe plus.")
        located = site.latitude is not None
    if not located:
        geocode_site(db, request.site_id, make_geocoder(db))

    first_day = today
    if request.from_day is None and request.day is None and request.due_from is not None and request.due_from > today:
        # A contract visit whose window opens later: its slots start there (a day chosen in the
        # filter still offers an earlier one when the customer asks for it).
        first_day = request.due_from
        result.warnings.append(
            f"Créneaux à partir du {request.due_from:%d/%m/%Y}, début de la fenêtre du contrat ; "
            "choisissez un jour pour proposer plus tôt."
        )
    french_holidays = holiday_calendars.country_holidays("FR", years=range(today.year, first_day.year + 2))
    days = working_days(first_day, request.horizon_days, skip=french_holidays)
    if request.day is not None:
        days = [d for d in days if d == request.day] or (
            [request.day] if request.day.weekday() < 5 and request.day not in french_holidays else []
        )
    result.days = days
    if not days:
        result.warnings.append("Aucun jour ouvré dans la période demandée.")
        return result
    horizon_start = paris_instant(days[0], time(0))
    horizon_end = paris_instant(days[-1] + timedelta(days=1), time(0))

    with db.read() as session:
        site = session.get(Site, request.site_id)
        if site is None or site.latitude is None or site.longitude is None:
            raise PlannerError(
                "L'adresse de ce site n'est pas localisée : corrigez-la ou saisissez sa position "
                "(Outils › Adresses à vérifier) pour obtenir des créneaux."
            )
        new_point = (site.latitude, site.longitude)
        site_zone = site.zone_id
        zone_names = dict(session.execute(select(Zone.id, Zone.name)).all())
        statement = (
            select(Technician)
            .where(Technician.active.is_(True))
            .options(selectinload(Technician.skills), selectinload(Technician.shifts))
            .order_by(Technician.first_name)
        )
        team = list(session.scalars(statement))
        technicians = [
            t for t in team
            if set(request.skill_ids) <= {s.id for s in t.skills}
            and (request.technician_id is None or t.id == request.technician_id)
        ]
        if not technicians:
            raise PlannerError(
                "Aucun technicien actif n'a les compétences demandées : vérifiez les compétences "
                "des techniciens (page Techniciens)."
            )
        tech_ids = [t.id for t in technicians]
        team_ids = [t.id for t in team]
        # Workload is weighed against the whole team's, over the weeks the horizon touches.
        load_start = paris_instant(days[0] - timedelta(days=days[0].weekday()), time(0))
        load_end = paris_instant(days[-1] + timedelta(days=7 - days[-1].weekday()), time(0))
        absences: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
        for a in session.scalars(
            select(Absence).where(
                Absence.technician_id.in_(team_ids),
                Absence.starts_at < horizon_end,
                Absence.ends_at > horizon_start,
            )
        ):
            absences[a.technician_id].append((a.starts_at, a.ends_at))
        booking_statement = (
            select(Visit.technician_id, Visit.planned_start, Visit.planned_end, Site.latitude, Site.longitude, Site.city)
            .join(Site, Site.id == Visit.site_id)
            .where(
                Visit.technician_id.in_(team_ids),
                Visit.status.in_(SCHEDULED_STATUSES),
                Visit.planned_start < load_end,
                Visit.planned_end > load_start,
            )
        )
        if request.exclude_visit_id is not None:
            booking_statement = booking_statement.where(Visit.id != request.exclude_visit_id)
        bookings = session.execute(booking_statement).all()
        team_spans = {t.id: [Span(s.weekday, s.starts, s.ends) for s in t.shifts] for t in team}
        zone_days: dict[tuple[int, int], set[int]] = defaultdict(set)
        for z in session.scalars(select(ZoneDay).where(ZoneDay.technician_id.in_(tech_ids))):
            zone_days[(z.technician_id, z.weekday)].add(z.zone_id)
        tech_info = [
            (
                t.id,
                t.first_name,
                [Span(s.weekday, s.starts, s.ends) for s in t.shifts],
                (t.start_lat, t.start_lon) if t.start_lat is not None else None,
                (t.end_lat, t.end_lon) if t.end_lat is not None else (
                    (t.start_lat, t.start_lon) if t.start_lat is not None else None
                ),
                t.lunch_earliest,
                t.lunch_latest,
                t.lunch_minutes,
            )
            for t in technicians
        ]

    # -- travel times: one matrix over the new site, the booked sites and the depots --------
    points: list[tuple[float, float]] = [new_point]
    index_of: dict[tuple[float, float], int] = {new_point: 0}

    def point(lat_lon: tuple[float, float] | None) -> int | None:
        if lat_lon is None or lat_lon[0] is None:
            return None
        key = (round(lat_lon[0], 6), round(lat_lon[1], 6))
        if key not in index_of:
            index_of[key] = len(points)
            points.append(key)
        return index_of[key]

    stops: dict[tuple[int, date], list[_Stop]] = defaultdict(list)
    candidate_ids = set(tech_ids)
    for tech_id, start, end, lat, lon, city in bookings:
        if tech_id in candidate_ids and horizon_start <= start < horizon_end:
            stops[(tech_id, to_paris(start).date())].append(_Stop(start, end, point((lat, lon)), city))
    workload = Workload.of(bookings, team_spans, absences, days, french_holidays)
    depots = {info[0]: (point(info[3]), point(info[4])) for info in tech_info}
    settings = load_geo_settings(db)
    provider = travel_provider(settings)
    model = offline_model_of(provider)
    if model is not None:
        # A few thousand lookups at most: cheaper one by one than a whole matrix.
        cache: dict[tuple[int, int], int] = {}

        def drive(a: int | None, b: int | None) -> int:
            if a is None or b is None:
                return 0
            key = (a, b)
            if key not in cache:
                cache[key] = model.duration_s(points[a], points[b])
            return cache[key]
    else:
        matrix = provider.matrix(points)
        result.warnings.extend(getattr(provider, "warnings", []))
        durations = matrix.durations

        def drive(a: int | None, b: int | None) -> int:
            if a is None or b is None:
                return 0
            return int(durations[a, b])

    duration = timedelta(minutes=request.duration_min)
    window = timedelta(minutes=request.window_minutes)
    earliest_today = now + TODAY_MARGIN
    candidates: list[Slot] = []
    for day_index, day in enumerate(days):
        for tech_id, name, _spans, _start, _end, lunch_from, lunch_to, lunch_minutes in tech_info:
            intervals = workload.hours[(tech_id, day)]
            if not intervals:
                continue
            day_stops = sorted(stops.get((tech_id, day), []), key=lambda s: s.start)
            balance = workload.balance(tech_id, day)
            lunch_window = Interval(paris_instant(day, lunch_from), paris_instant(day, lunch_to))
            start_depot, end_depot = depots[tech_id]
            fits_zone = None
            if zone_days.get((tech_id, day.weekday())) and site_zone is not None:
                fits_zone = site_zone in zone_days[(tech_id, day.weekday())]
            # The best fit of the morning and of the afternoon, so that both can be offered.
            # Priced cheaply first; only the winners get their full explanation.
            best: dict[bool, tuple[float, datetime, Interval, int]] = {}
            noon = paris_instant(day, time(12, 0))
            today_or_before = day <= to_paris(now).date()
            for interval in intervals:
                inside = [s for s in day_stops if s.start < interval.end and s.end > interval.start]
                sequence = (
                    [_Stop(interval.start, interval.start, start_depot, "")]
                    + inside
                    + [_Stop(interval.end, interval.end, end_depot, "")]
                )
                for a, b in zip(sequence, sequence[1:], strict=False):
                    result.considered += 1
                    t_in, t_out = drive(a.point, 0), drive(0, b.point)
                    earliest = a.end + timedelta(seconds=t_in)
                    if today_or_before:
                        earliest = max(earliest, earliest_today)
                    latest = b.start - timedelta(seconds=t_out) - duration
                    if latest < earliest:
                        continue
                    added = t_in + t_out - drive(a.point, b.point)
                    cost = _cost(request, day, day_index, added, balance, fits_zone)
                    start = _first_start(
                        earliest, latest, day, duration, t_in, t_out, day_stops, lunch_window,
                        lunch_minutes, request.part_of_day,
                    )
                    if start is None:
                        continue
                    starts = [start]
                    if request.part_of_day is None and start < noon:
                        # The same gap in the afternoon, so that both halves can be offered.
                        later = _first_start(
                            earliest, latest, day, duration, t_in, t_out, day_stops, lunch_window,
                            lunch_minutes, AFTERNOON,
                        )
                        if later is not None:
                            starts.append(later)
                    for option in starts:
                        afternoon = option >= noon
                        if afternoon not in best or cost < best[afternoon][0]:
                            best[afternoon] = (cost, option, interval, added)
            for _cost_value, start, interval, added in best.values():
                candidates.append(
                    _price(
                        request, tech_id, name, day, day_index, start, duration, window, interval,
                        added, balance, fits_zone, zone_names.get(site_zone or -1, ""),
                        day_stops, drive,
                    )
                )
    result.slots = rank(candidates, request.limit)
    return result


#: In the first choices, at most this many slots at the same arrival window on the same day
#: (six technicians free at 8:00 on an empty day are one choice for the customer, not six) …
SAME_WINDOW_CAP = 2
#: … and at most this many on the same day.
SAME_DAY_CAP = 3


def rank(candidates: list[Slot], limit: int) -> list[Slot]:
    """The ``limit`` best slots.  A slot inside the contract's due window always comes before any
    outside it; then the cheapest first.  The first choices are spread over days and times; the
    slots held back for that fill the list after them."""
    ordered = sorted(candidates, key=lambda s: (s.in_due_window is False, s.cost, s.start, s.technician))
    chosen: list[Slot] = []
    held: list[Slot] = []
    per_window: dict[tuple[date, datetime], int] = defaultdict(int)
    per_day: dict[date, int] = defaultdict(int)
    for slot in ordered:
        if len(chosen) >= limit:
            break
        window_key = (slot.day, slot.promised_from)
        if per_window[window_key] >= SAME_WINDOW_CAP or per_day[slot.day] >= SAME_DAY_CAP:
            held.append(slot)
            continue
        per_window[window_key] += 1
        per_day[slot.day] += 1
        chosen.append(slot)
    return (chosen + held)[:limit]


@dataclass
class Workload:
    """Booked minutes per technician-day and per technician-week, with the team's averages."""

    day: dict[tuple[int, date], float]
    week: dict[tuple[int, date], float]
    team_day: dict[date, float]
    team_week: dict[date, float]
    #: Each technician's working hours per day of the horizon (absences and holidays removed).
    hours: dict[tuple[int, date], list[Interval]]

    @classmethod
    def of(
        cls,
        bookings: Iterable[Any],
        spans: dict[int, list[Span]],
        absences: dict[int, list[tuple[datetime, datetime]]],
        days: list[date],
        holidays: Container[date],
    ) -> Workload:
        day: dict[tuple[int, date], float] = defaultdict(float)
        week: dict[tuple[int, date], float] = defaultdict(float)
        for tech_id, start, end, *_ in bookings:
            local = to_paris(start).date()
            minutes = (end - start).total_seconds() / 60
            day[(tech_id, local)] += minutes
            week[(tech_id, _monday(local))] += minutes
        team_day = {}
        hours: dict[tuple[int, date], list[Interval]] = {}
        for d in days:
            for t, s in spans.items():
                hours[(t, d)] = working_intervals(d, s, absences.get(t, ()), holidays)
            working = [t for t in spans if hours[(t, d)]]
            team_day[d] = sum(day[(t, d)] for t in working) / len(working) if working else 0.0
        team_week = {}
        for monday in {_monday(d) for d in days}:
            working = [t for t, s in spans.items() if s]
            team_week[monday] = sum(week[(t, monday)] for t in working) / len(working) if working else 0.0
        return cls(day, week, team_day, team_week, hours)

    def balance(self, tech_id: int, day: date) -> tuple[float, float]:
        """(minutes above the team's average that day, minutes above its average that week);
        negative when the technician is less loaded than the team."""
        monday = _monday(day)
        return (
            self.day.get((tech_id, day), 0.0) - self.team_day.get(day, 0.0),
            self.week.get((tech_id, monday), 0.0) - self.team_week.get(monday, 0.0),
        )


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _first_start(
    earliest: datetime,
    latest: datetime,
    day: date,
    duration: timedelta,
    t_in: int,
    t_out: int,
    day_stops: list[_Stop],
    lunch_window: Interval,
    lunch_minutes: int,
    part_of_day: str | None,
) -> datetime | None:
    """The earliest start in [earliest, latest] that leaves the lunch break room and matches the
    part of the day asked for."""
    noon = paris_instant(day, time(12, 0))
    afternoon = paris_instant(day, AFTERNOON_FROM)
    options = [
        earliest,
        lunch_window.start + timedelta(minutes=lunch_minutes) + timedelta(seconds=t_in),
        afternoon,
    ]
    for option in sorted(_ceil5(o) for o in options):
        if option < earliest or option > latest:
            continue
        if part_of_day == MORNING and option >= noon:
            continue
        if part_of_day == AFTERNOON and option < afternoon:
            continue
        visit = Interval(option - timedelta(seconds=t_in), option + duration + timedelta(seconds=t_out))
        busy = [Interval(s.start, s.end) for s in day_stops] + [visit]
        if lunch_fits(busy, lunch_window, lunch_minutes):
            return option
    return None


def _cost(
    request: SlotRequest,
    day: date,
    day_index: int,
    added_s: int,
    balance: tuple[float, float],
    fits_zone: bool | None,
) -> float:
    """The price of a fit, in minutes of added drive: the drive itself, the zone-day fit, how far
    outside the contract's window (such a slot also ranks after every one inside it, see
    :func:`rank`), the workload against the team's and how far away the day is."""
    cost = added_s / 60
    if fits_zone is True:
        cost -= 5
    elif fits_zone is False:
        cost += 8
    if request.due_from is not None and request.due_until is not None:
        if day < request.due_from:
            cost += OUT_OF_WINDOW_PER_DAY * (request.due_from - day).days
        elif day > request.due_until:
            cost += OUT_OF_WINDOW_PER_DAY * (day - request.due_until).days
    above_day, above_week = balance
    return cost + DAY_LOAD_PER_MIN * above_day + WEEK_LOAD_PER_MIN * above_week + 0.4 * day_index


def _price(
    request: SlotRequest,
    tech_id: int,
    name: str,
    day: date,
    day_index: int,
    start: datetime,
    duration: timedelta,
    window: timedelta,
    interval: Interval,
    added_s: int,
    balance: tuple[float, float],
    fits_zone: bool | None,
    zone_name: str,
    day_stops: list[_Stop],
    drive: Callable[[int | None, int | None], int],
) -> Slot:
    promised_from, promised_until = promised_window(start, int(window.total_seconds() // 60), not_before=interval.start)
    cost = _cost(request, day, day_index, added_s, balance, fits_zone)
    reasons = [f"+{round(added_s / 60)} min de trajet"]
    nearby = ""
    close = [s for s in day_stops if s.point is not None and drive(0, s.point) <= NEARBY_S]
    if close:
        nearest = min(close, key=lambda s: drive(0, s.point))
        nearby = nearest.city
        reasons.append(f"déjà à {nearby} ce jour-là")
    if fits_zone is True:
        reasons.append(f"jour de la zone {zone_name}" if zone_name else "jour de sa zone")
    in_window = None
    if request.due_from is not None and request.due_until is not None:
        in_window = request.due_from <= day <= request.due_until
        if in_window:
            reasons.append("dans la fenêtre du contrat")
        elif day < request.due_from:
            reasons.append(f"avant la fenêtre du contrat (à partir du {request.due_from:%d/%m})")
        else:
            reasons.append(f"après la fenêtre du contrat (jusqu'au {request.due_until:%d/%m})")
    above_day = balance[0]
    if above_day <= -LIGHT_DAY_MIN:
        reasons.append("journée peu chargée")
    elif above_day >= HEAVY_DAY_MIN:
        reasons.append("journée déjà chargée")
    label = f"{day_label(day)} · {window_label(promised_from, promised_until)}"
    return Slot(
        technician_id=tech_id,
        technician=name,
        day=day,
        start=start,
        end=start + duration,
        promised_from=promised_from,
        promised_until=promised_until,
        added_drive_s=int(added_s),
        nearby=nearby,
        zone_fit=fits_zone,
        in_due_window=in_window,
        cost=round(cost, 3),
        label=label,
        reason=" · ".join([label, name, *reasons]),
    )
