"""Geographic zones and zone-days.

* :func:`compute_zones` splits the located customer sites into ``k`` compact zones of similar
  workload (contract visits per year × their duration, plus the open visits that belong to no
  contract), names each after its main commune(s) (« Annecy Nord », « Seynod – Cran »), gives it a
  colour, assigns every located site to its zone and proposes zone-days — all in one transaction
  that replaces the former zones.
* :func:`propose_zone_days` says which zone each technician covers on each of the weekdays they
  work (:func:`planner.optimize.zones.zone_days`, then evened out over the days they really work);
  :func:`save_zone_days` stores a whole grid, :func:`set_zone_day` one cell.
* The manager adjusts: :func:`update_zone` (rename, recolour), :func:`move_sites` and
  :func:`move_commune` (sites to another zone).
* A site that gets a position later (typed, geocoded, imported, its pin dragged) joins the nearest
  zone among those already serving its commune (:func:`assign_zone`).

Slot ranking (:mod:`planner.services.slots`) and the weekly optimisation
(:mod:`planner.services.optimisation`) read the zone-days as a soft preference.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, selectinload

from planner.db.database import Database
from planner.db.models import Contract, ContractTier, Site, Technician, Visit, Zone, ZoneDay
from planner.domain.enums import ContractStatus, VisitStatus
from planner.domain.errors import ConflictError, NotFoundError, ValidationError
from planner.domain.geometry import centroid
from planner.domain.progress import Progress
from planner.geo.travel import haversine_m
from planner.optimize.zones import balanced_zones, zone_days
from planner.services import validation as v
from planner.services.common import audit, lock_for_update

WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
#: Distinct colours that stay readable as a light tint under the rounds (Tableau 10, then 10 more).
PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
    "#a6761d", "#666666", "#8dd3c7", "#bebada",
)
MIN_ZONES = 1
MAX_ZONES = 20
#: Above this many sites, nearby sites are grouped in small grid cells before clustering, so that
#: 100 000 customers are zoned in about a second.
MAX_CLUSTER_POINTS = 1500
#: Open visits: booked or still to book.
OPEN_STATUSES = (VisitStatus.TO_PLAN, VisitStatus.BOOKED, VisitStatus.CONFIRMED)
#: A second commune is named with the first (« Seynod – Cran ») when it weighs this share of it.
NAME_SECOND_COMMUNE = 0.35
#: Zones are evened out until each is within this share of the mean workload (when places allow).
BALANCE_TOLERANCE = 0.08


# -- planning zones (no database) ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SitePoint:
    id: int
    lat: float
    lon: float
    city: str
    #: Yearly workload of the site, in hours.
    hours: float = 0.0


@dataclass(slots=True)
class PlannedZone:
    name: str
    colour: str
    centre: tuple[float, float]
    site_ids: list[int]
    hours: float


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return haversine_m(a, b) / 1000


def _groups(sites: Sequence[SitePoint]) -> list[list[int]]:
    """Sites grouped for clustering: one group each for a small world, else grid cells (about a
    kilometre, larger until there are at most :data:`MAX_CLUSTER_POINTS` of them)."""
    if len(sites) <= MAX_CLUSTER_POINTS:
        return [[i] for i in range(len(sites))]
    size = 0.01
    while True:
        cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, s in enumerate(sites):
            cells[(math.floor(s.lat / size), math.floor(s.lon / (size * 1.4)))].append(i)
        if len(cells) <= MAX_CLUSTER_POINTS:
            return [cells[key] for key in sorted(cells)]
        size *= 1.4


def _mean(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    found = centroid(points)
    assert found is not None, "a zone or a group always holds a site"
    return found


def plan_zones(sites: Sequence[SitePoint], k: int) -> list[PlannedZone]:
    """``k`` zones of similar workload over ``sites`` (fewer when there are fewer places), named
    and coloured, heaviest first.  Deterministic."""
    if not sites:
        return []
    k = max(MIN_ZONES, min(int(k), MAX_ZONES))
    weights = [max(0.0, s.hours) for s in sites]
    if not any(weights):  # no workload recorded yet: balance the number of sites
        weights = [1.0] * len(sites)
    groups = _groups(sites)
    points = [_mean([(sites[i].lat, sites[i].lon) for i in members]) for members in groups]
    loads = [sum(weights[i] for i in members) for members in groups]
    labels = _even_out(points, loads, balanced_zones(points, loads, k))
    members_of: dict[int, list[int]] = defaultdict(list)
    for group, label in zip(groups, labels, strict=True):
        members_of[label].extend(group)
    clusters = [sorted(members, key=lambda i: sites[i].id) for _label, members in sorted(members_of.items()) if members]
    clusters.sort(key=lambda members: -sum(weights[i] for i in members))
    names = _names([[sites[i] for i in members] for members in clusters], weights_of={s.id: w for s, w in zip(sites, weights, strict=True)})
    return [
        PlannedZone(
            name=names[index],
            colour=PALETTE[index % len(PALETTE)],
            centre=_mean([(sites[i].lat, sites[i].lon) for i in members]),
            site_ids=[sites[i].id for i in members],
            hours=round(sum(max(0.0, sites[i].hours) for i in members), 2),
        )
        for index, members in enumerate(clusters)
    ]


def _even_out(
    points: Sequence[tuple[float, float]], loads: Sequence[float], labels: Sequence[int], tolerance: float = BALANCE_TOLERANCE
) -> list[int]:
    """Move places across zone borders until every zone is within ``tolerance`` of the mean
    workload: the lightest zone takes the nearest places of its neighbours, the heaviest gives its
    outermost ones — always places on the border, so the zones stay compact."""
    labels = list(labels)
    zones = sorted(set(labels))
    if len(zones) < 2:
        return labels
    load = dict.fromkeys(zones, 0.0)
    sums = {z: [0.0, 0.0, 0.0] for z in zones}  # weight, weighted latitude, weighted longitude
    for p, w, z in zip(points, loads, labels, strict=True):
        load[z] += w
        weight = w or 1e-6
        sums[z][0] += weight
        sums[z][1] += p[0] * weight
        sums[z][2] += p[1] * weight

    def centre(z: int) -> tuple[float, float]:
        weight, lat, lon = sums[z]
        return (lat / weight, lon / weight) if weight else (0.0, 0.0)

    mean = sum(load.values()) / len(zones)
    for _ in range(len(points)):
        light = min(zones, key=lambda z: (load[z], z))
        heavy = max(zones, key=lambda z: (load[z], -z))
        if load[light] >= (1 - tolerance) * mean and load[heavy] <= (1 + tolerance) * mean:
            break
        centres = {z: centre(z) for z in zones}
        best: tuple[float, int, int] | None = None
        if mean - load[light] >= load[heavy] - mean:
            for i, (p, w, z) in enumerate(zip(points, loads, labels, strict=True)):
                if z != light and w > 0 and load[z] - w >= load[light] + w:
                    score = _km(p, centres[light]) - _km(p, centres[z])
                    if best is None or score < best[0]:
                        best = (score, i, light)
        else:
            for i, (p, w, z) in enumerate(zip(points, loads, labels, strict=True)):
                if z != heavy or w <= 0:
                    continue
                own = _km(p, centres[heavy])
                for r in zones:
                    if r != heavy and load[r] + w <= load[heavy] - w:
                        score = _km(p, centres[r]) - own
                        if best is None or score < best[0]:
                            best = (score, i, r)
        if best is None:
            break
        _score, i, target = best
        source, w, p = labels[i], loads[i], points[i]
        weight = w or 1e-6
        for z, sign in ((source, -1), (target, 1)):
            load[z] += sign * w
            sums[z][0] += sign * weight
            sums[z][1] += sign * p[0] * weight
            sums[z][2] += sign * p[1] * weight
        labels[i] = target
    return labels


def _direction(dlat: float, dlon_km: float, four: bool) -> str:
    """« Nord », « Sud-Est »… of a offset (north, east) in km."""
    if four:
        if abs(dlat) >= abs(dlon_km):
            return "Nord" if dlat > 0 else "Sud"
        return "Est" if dlon_km > 0 else "Ouest"
    angle = math.degrees(math.atan2(dlat, dlon_km)) % 360
    sectors = ("Est", "Nord-Est", "Nord", "Nord-Ouest", "Ouest", "Sud-Ouest", "Sud", "Sud-Est")
    return sectors[int(((angle + 22.5) % 360) // 45)]


def _names(zones: list[list[SitePoint]], weights_of: Mapping[int, float]) -> list[str]:
    """A name per zone from its main commune(s): « Rumilly », « Seynod – Cran » (a second commune
    almost as busy), « Annecy Nord » / « Annecy Sud » (a commune split between zones)."""
    by_city: list[dict[str, float]] = []
    for members in zones:
        weight: dict[str, float] = defaultdict(float)
        for s in members:
            weight[s.city.strip() or "Sans commune"] += weights_of.get(s.id, 0.0) + 1e-3
        by_city.append(weight)
    main = [max(w, key=lambda c: (w[c], c)) if w else "Zone" for w in by_city]
    names = [""] * len(zones)
    sharing: dict[str, list[int]] = defaultdict(list)
    for index, city in enumerate(main):
        sharing[city].append(index)
    for city, indexes in sharing.items():
        if len(indexes) == 1:
            index = indexes[0]
            # A second commune almost as busy, unless another zone is already named after it.
            ranked = sorted(by_city[index].items(), key=lambda item: (-item[1], item[0]))
            second = [c for c, w in ranked[1:] if c not in sharing and w >= NAME_SECOND_COMMUNE * ranked[0][1]]
            names[index] = f"{city} – {second[0]}" if second else city
            continue
        # The commune is split: each part named by where it lies in the commune.
        parts = {i: [(s.lat, s.lon) for s in zones[i] if (s.city.strip() or "Sans commune") == city] for i in indexes}
        centre = _mean([p for points in parts.values() for p in points])
        offsets = {}
        for i, points in parts.items():
            here = _mean(points)
            north = _km(centre, (here[0], centre[1])) * (1 if here[0] >= centre[0] else -1)
            east = _km(centre, (centre[0], here[1])) * (1 if here[1] >= centre[1] else -1)
            offsets[i] = (north, east)
        spread = max(math.hypot(*o) for o in offsets.values()) or 1.0
        for i, (north, east) in offsets.items():
            # A part that is mostly other communes is named after the busiest of them.
            zone_weight = sum(by_city[i].values())
            others = sorted(((w, c) for c, w in by_city[i].items() if c not in sharing), reverse=True)
            if by_city[i][city] < 0.5 * zone_weight and others and others[0][0] >= 0.1 * zone_weight:
                names[i] = f"{city} – {others[0][1]}"
            elif len(indexes) > 2 and math.hypot(north, east) < 0.3 * spread:
                names[i] = f"{city} Centre"
            else:
                names[i] = f"{city} {_direction(north, east, four=len(indexes) == 2)}"
    seen: dict[str, int] = defaultdict(int)
    unique = []
    for name in names:
        name = name[:74]
        seen[name] += 1
        unique.append(name if seen[name] == 1 else f"{name} {seen[name]}")
    return unique


def propose_days(
    workloads: Mapping[int, float],
    working: Mapping[int, Sequence[int] | frozenset[int]],
    days: Sequence[int] = (0, 1, 2, 3, 4),
) -> dict[tuple[int, int], int]:
    """(technician, weekday) → zone for the weekdays each technician works: each zone gets a number
    of technician-days proportional to its workload, a technician keeping the same zone from one
    day to the next where possible."""
    technicians = sorted(t for t, weekdays in working.items() if set(weekdays) & set(days))
    zones = sorted(workloads)
    if not technicians or not zones:
        return {}
    grid = zone_days(workloads, technicians, list(days))
    cells = {key: int(z) for key, z in grid.items() if key[1] in set(working[key[0]])}
    if not cells:
        return {}
    # Days off took some technician-days away: even the zones out again over the days worked.
    total = sum(workloads.values()) or 1.0
    exact = {z: len(cells) * (workloads[z] or 0.0) / total for z in zones}
    quota = {z: int(exact[z]) for z in zones}
    for z in sorted(zones, key=lambda z: (quota[z] - exact[z], z))[: len(cells) - sum(quota.values())]:
        quota[z] += 1
    count: dict[int, int] = defaultdict(int)
    for z in cells.values():
        count[z] += 1
    order = sorted(cells, key=lambda key: (key[1], key[0]))
    while True:
        short = [z for z in zones if count[z] < quota[z]]
        if not short:
            break
        wanted = max(short, key=lambda z: (quota[z] - count[z], workloads[z], -z))

        def fit(key: tuple[int, int], wanted: int = wanted) -> tuple[int, int]:
            technician, day = key
            beside = sum(cells.get((technician, day + step)) == wanted for step in (-1, 1))
            alone = sum(cells.get((technician, day + step)) == cells[key] for step in (-1, 1))
            return (beside - alone, -day)

        spare = [key for key in order if count[cells[key]] > quota[cells[key]]]
        if not spare:
            break
        key = max(spare, key=fit)
        count[cells[key]] -= 1
        cells[key] = wanted
        count[wanted] += 1
    return cells


# -- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ZoneRow:
    id: int
    version: int
    name: str
    colour: str
    sites: int
    #: Yearly workload of the zone's sites, in hours.
    hours: float
    #: Share of the workload of all zoned sites (0…1).
    share: float
    #: Its busiest communes, for the table (« Annecy, Seynod… »).
    communes: str


@dataclass(frozen=True, slots=True)
class ZoneTechnician:
    id: int
    name: str
    colour: str
    #: Weekdays (0 = Monday) the technician works.
    weekdays: frozenset[int]


@dataclass(frozen=True, slots=True)
class CommuneRow:
    postcode: str
    city: str
    zone_id: int | None
    sites: int
    hours: float


@dataclass(frozen=True)
class ZonesOverview:
    zones: list[ZoneRow]
    technicians: list[ZoneTechnician]
    #: (technician, weekday) → zone.
    days: dict[tuple[int, int], int]
    #: Weekdays the grid shows (Monday to Friday, plus Saturday or Sunday if someone works then).
    weekdays: list[int]
    communes: list[CommuneRow]
    located_sites: int
    unlocated_sites: int
    unzoned_sites: int
    total_hours: float
    #: The number of zones suggested for a new computation (one per active technician).
    suggested_k: int

    def zone(self, zone_id: int | None) -> ZoneRow | None:
        return next((z for z in self.zones if z.id == zone_id), None)


def _hours_by(session: Session, *keys: Any, located_only: bool = False) -> dict[Any, float]:
    """Yearly workload in hours — active contracts' visits per year × their duration, plus the open
    visits of no contract — summed by site columns (``Site.id``; ``Site.postcode, Site.city,
    Site.zone_id``…): keyed by the value for one column, by the tuple of values for several."""
    located = (Site.latitude.is_not(None),) if located_only else ()
    contracts = (
        select(*keys, func.sum(ContractTier.visits_per_year * ContractTier.visit_duration_min))
        .select_from(Contract)
        .join(ContractTier, ContractTier.id == Contract.tier_id)
        .join(Site, Site.id == Contract.site_id)
        .where(Contract.status == ContractStatus.ACTIVE, *located)
        .group_by(*keys)
    )
    visits = (
        select(*keys, func.sum(Visit.duration_min))
        .select_from(Visit)
        .join(Site, Site.id == Visit.site_id)
        .where(Visit.contract_id.is_(None), Visit.status.in_(OPEN_STATUSES), *located)
        .group_by(*keys)
    )
    hours: dict[Any, float] = defaultdict(float)
    for statement in (contracts, visits):
        for *values, minutes in session.execute(statement):
            hours[values[0] if len(values) == 1 else tuple(values)] += float(minutes or 0) / 60
    return hours


def _technicians(session: Session) -> list[ZoneTechnician]:
    return [
        ZoneTechnician(
            t.id,
            f"{t.first_name} {t.last_name}".strip(),
            t.colour,
            frozenset(s.weekday for s in t.shifts),
        )
        for t in session.scalars(
            select(Technician)
            .where(Technician.active.is_(True))
            .options(selectinload(Technician.shifts))
            .order_by(Technician.first_name, Technician.last_name)
        )
    ]


def _grid_weekdays(technicians: Sequence[ZoneTechnician]) -> list[int]:
    worked = set().union(*(t.weekdays for t in technicians)) if technicians else set()
    return sorted(set(range(5)) | (worked & {5, 6}))


def suggested_zone_count(active_technicians: int, located_sites: int) -> int:
    """One zone per active technician, between 1 and :data:`MAX_ZONES`, never more than the sites."""
    return max(MIN_ZONES, min(max(active_technicians, 2), MAX_ZONES, max(located_sites, 1)))


def load_zones(db: Database) -> ZonesOverview:
    """What the « Zones » editor shows."""
    with db.read() as session:
        zones = session.execute(select(Zone.id, Zone.version, Zone.name, Zone.colour).order_by(Zone.name)).all()
        technicians = _technicians(session)
        days = {(z.technician_id, z.weekday): z.zone_id for z in session.scalars(select(ZoneDay).order_by(ZoneDay.id))}
        located = dict(
            session.execute(
                select(Site.zone_id, func.count()).where(Site.latitude.is_not(None)).group_by(Site.zone_id)
            ).all()
        )
        unlocated = session.scalar(select(func.count()).select_from(Site).where(Site.latitude.is_(None))) or 0
        commune_counts = session.execute(
            select(Site.postcode, Site.city, Site.zone_id, func.count())
            .where(Site.latitude.is_not(None))
            .group_by(Site.postcode, Site.city, Site.zone_id)
        ).all()
        commune_hours = _hours_by(session, Site.postcode, Site.city, Site.zone_id, located_only=True)
    zone_hours: dict[int | None, float] = defaultdict(float)
    for (_postcode, _city, zone_id), hours in commune_hours.items():
        zone_hours[zone_id] += hours
    zoned_total = sum(h for z, h in zone_hours.items() if z is not None) or 0.0
    communes = sorted(
        (
            CommuneRow(postcode, city, zone_id, count, round(commune_hours.get((postcode, city, zone_id), 0.0), 1))
            for postcode, city, zone_id, count in commune_counts
        ),
        key=lambda c: (c.city.casefold(), c.postcode, c.zone_id or 0),
    )
    busiest: dict[int, list[CommuneRow]] = defaultdict(list)
    for commune in communes:
        if commune.zone_id is not None:
            busiest[commune.zone_id].append(commune)
    rows = []
    for zone in zones:
        top = sorted(busiest.get(zone.id, []), key=lambda c: (-c.hours, -c.sites, c.city))
        names = ", ".join(c.city for c in top[:3]) + ("…" if len(top) > 3 else "")
        hours = zone_hours.get(zone.id, 0.0)
        rows.append(
            ZoneRow(
                zone.id, zone.version, zone.name, zone.colour, located.get(zone.id, 0), round(hours, 1),
                hours / zoned_total if zoned_total else 0.0, names,
            )
        )
    located_total = sum(located.values())
    return ZonesOverview(
        zones=rows,
        technicians=technicians,
        days=days,
        weekdays=_grid_weekdays(technicians),
        communes=communes,
        located_sites=located_total,
        unlocated_sites=unlocated,
        unzoned_sites=located.get(None, 0),
        total_hours=round(sum(zone_hours.values()), 1),
        suggested_k=suggested_zone_count(len(technicians), located_total),
    )


# -- computing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComputeResult:
    zones: int
    sites: int
    zone_days: int
    #: Workload of the lightest and heaviest zone, in hours a year.
    lightest_hours: float
    heaviest_hours: float
    warnings: list[str] = field(default_factory=list)

    def describe(self) -> str:
        text = (
            f"{self.zones} zone(s) calculée(s) sur {self.sites} site(s) localisé(s) : de "
            f"{self.lightest_hours:.0f} h à {self.heaviest_hours:.0f} h de travail par an ; "
            f"{self.zone_days} jour(s) de zone proposé(s) aux techniciens."
        )
        return " ".join([text, *self.warnings])


def _site_points(session: Session) -> list[SitePoint]:
    hours = _hours_by(session, Site.id)
    return [
        SitePoint(site_id, lat, lon, city, hours.get(site_id, 0.0))
        for site_id, lat, lon, city in session.execute(
            select(Site.id, Site.latitude, Site.longitude, Site.city)
            .where(Site.latitude.is_not(None))
            .order_by(Site.id)
        )
    ]


def store_zones(session: Session, planned: Sequence[PlannedZone]) -> list[int]:
    """Replace every zone (and zone-day) by ``planned``, assigning the sites; returns the new ids.

    In the caller's transaction: the former zones, their zone-days and the sites' zones go together."""
    session.execute(delete(ZoneDay))
    session.execute(update(Site).where(Site.zone_id.is_not(None)).values(zone_id=None))
    session.execute(delete(Zone))
    session.flush()
    ids = []
    for zone in planned:
        record = Zone(name=zone.name, colour=zone.colour, centre_lat=round(zone.centre[0], 6), centre_lon=round(zone.centre[1], 6))
        session.add(record)
        session.flush()
        ids.append(record.id)
        for start in range(0, len(zone.site_ids), 5000):
            chunk = zone.site_ids[start : start + 5000]
            session.execute(update(Site).where(Site.id.in_(chunk)).values(zone_id=record.id))
    return ids


def compute_zones(db: Database, k: int, progress: Progress | None = None, *, propose: bool = True) -> ComputeResult:
    """Compute ``k`` zones from the located sites, replacing the current zones and zone-days in one
    transaction; with ``propose``, zone-days are proposed and saved for the active technicians."""
    progress = progress or Progress()
    if not isinstance(k, int) or not MIN_ZONES <= k <= MAX_ZONES:
        raise ValidationError.single("Nombre de zones", f"entre {MIN_ZONES} et {MAX_ZONES}.")
    progress.report(0.0, "Lecture des sites et de leur charge de travail…", force=True)
    with db.read() as session:
        sites = _site_points(session)
    if not sites:
        raise ValidationError.single(
            "Zones", "aucun site client n'est localisé : géocodez les adresses avant de calculer les zones."
        )
    progress.check()
    progress.report(0.2, f"Calcul de {k} zones sur {len(sites)} sites…", force=True)
    planned = plan_zones(sites, k)
    progress.check()
    progress.report(0.7, "Enregistrement des zones…", force=True)
    with db.write() as session:
        ids = store_zones(session, planned)
        stored_days = 0
        if propose:
            technicians = _technicians(session)
            proposal = propose_days(
                {zone_id: zone.hours for zone_id, zone in zip(ids, planned, strict=True)},
                {t.id: t.weekdays for t in technicians},
                _grid_weekdays(technicians),
            )
            for (technician_id, weekday), zone_id in sorted(proposal.items()):
                session.add(ZoneDay(technician_id=technician_id, weekday=weekday, zone_id=zone_id))
            stored_days = len(proposal)
        audit(
            session, "compute", "zone", None,
            f"Zones recalculées : {len(planned)} zone(s) sur {len(sites)} site(s)",
            {"k": k, "zones": [z.name for z in planned], "zone_days": stored_days},
        )
    progress.report(1.0, "Zones calculées.", force=True)
    hours = [z.hours for z in planned]
    warnings = []
    if len(planned) < k:
        warnings.append(f"Seulement {len(planned)} zone(s) : trop peu de lieux distincts pour {k}.")
    return ComputeResult(len(planned), len(sites), stored_days, min(hours), max(hours), warnings)


# -- zone-days -----------------------------------------------------------------------------------


def propose_zone_days(db: Database) -> dict[tuple[int, int], int]:
    """A zone-day grid for the active technicians from the current zones (not saved)."""
    with db.read() as session:
        technicians = _technicians(session)
        zone_ids = list(session.scalars(select(Zone.id)))
        hours = _hours_by(session, Site.zone_id)
    if not zone_ids:
        raise ValidationError.single("Zones", "aucune zone : calculez d'abord les zones.")
    workloads = {z: hours.get(z, 0.0) for z in zone_ids}
    if not any(workloads.values()):
        workloads = dict.fromkeys(zone_ids, 1.0)
    return propose_days(workloads, {t.id: t.weekdays for t in technicians}, _grid_weekdays(technicians))


def _check_cell(technician: Technician | None, technician_id: int, weekday: int, zone: Zone | None, zone_id: int | None) -> None:
    if technician is None:
        raise NotFoundError(f"Le technicien n° {technician_id} n'existe plus.")
    day = WEEKDAYS_FR[weekday] if 0 <= weekday <= 6 else str(weekday)
    name = f"{technician.first_name} {technician.last_name}".strip()
    label = f"Zone de {name} le {day}"
    if not 0 <= weekday <= 6:
        raise ValidationError.single(label, "jour de la semaine inconnu.")
    if zone_id is not None and zone is None:
        raise ValidationError.single(label, "cette zone n'existe plus : rechargez les zones.")
    if zone_id is not None and weekday not in {s.weekday for s in technician.shifts}:
        raise ValidationError.single(label, f"{name} ne travaille pas le {day}.")


def save_zone_days(
    db: Database,
    cells: Mapping[tuple[int, int], int | None],
    *,
    expected: Mapping[tuple[int, int], int] | None = None,
) -> int:
    """Store the whole grid: (technician, weekday) → zone (None clears); technicians absent from
    ``cells`` keep theirs.  With ``expected`` (the grid as it was loaded), refuse if another post
    changed the zone-days meanwhile.  Returns the number of zone-days stored."""
    with db.write() as session:
        current = {(z.technician_id, z.weekday): z.zone_id for z in session.scalars(select(ZoneDay))}
        if expected is not None and current != dict(expected):
            raise ConflictError("Jours de zone")
        technician_ids = sorted({t for t, _d in cells})
        technicians = {
            t.id: t
            for t in session.scalars(
                select(Technician).where(Technician.id.in_(technician_ids)).options(selectinload(Technician.shifts))
            )
        }
        zones = {z.id: z for z in session.scalars(select(Zone))}
        errors: dict[str, str] = {}
        for (technician_id, weekday), zone_id in sorted(cells.items(), key=lambda item: item[0]):
            try:
                _check_cell(technicians.get(technician_id), technician_id, weekday, zones.get(zone_id) if zone_id else None, zone_id)
            except ValidationError as exc:
                errors.update(exc.errors)
        if errors:
            raise ValidationError(errors)
        session.execute(delete(ZoneDay).where(ZoneDay.technician_id.in_(technician_ids)))
        stored = 0
        for (technician_id, weekday), zone_id in sorted(cells.items(), key=lambda item: item[0]):
            if zone_id is not None:
                session.add(ZoneDay(technician_id=technician_id, weekday=weekday, zone_id=zone_id))
                stored += 1
        changed = sum(1 for key, zone_id in cells.items() if current.get(key) != zone_id)
        audit(session, "update", "zone_day", None, f"Jours de zone enregistrés ({changed} changement(s))",
              {"cells": [[t, d, z] for (t, d), z in sorted(cells.items(), key=lambda item: item[0])]})
        return stored


def set_zone_day(db: Database, technician_id: int, weekday: int, zone_id: int | None) -> None:
    """The zone a technician covers on a weekday (None: no zone that day)."""
    with db.write() as session:
        technician = session.get(Technician, technician_id, options=[selectinload(Technician.shifts)])
        zone = session.get(Zone, zone_id) if zone_id is not None else None
        _check_cell(technician, technician_id, weekday, zone, zone_id)
        session.execute(delete(ZoneDay).where(ZoneDay.technician_id == technician_id, ZoneDay.weekday == weekday))
        if zone_id is not None:
            session.add(ZoneDay(technician_id=technician_id, weekday=weekday, zone_id=zone_id))
        assert technician is not None
        day = WEEKDAYS_FR[weekday]
        audit(session, "update", "zone_day", technician_id,
              f"{technician.first_name} le {day} : {zone.name if zone else 'aucune zone'}")


# -- editing zones -------------------------------------------------------------------------------


def update_zone(db: Database, zone_id: int, expected_version: int, name: str, colour: str) -> int:
    """Rename or recolour a zone; returns its new version."""
    check = v.Collector()
    name = check(v.text, name, "Nom de la zone", required=True, max_length=80) or ""
    colour = check(v.colour, colour, "Couleur de la zone") or colour
    check.raise_if_any()
    with db.write() as session:
        zone = lock_for_update(session, Zone, zone_id)
        if zone is None:
            raise NotFoundError(f"La zone n° {zone_id} n'existe plus.")
        if zone.version != expected_version:
            raise ConflictError(f"Zone « {zone.name} »")
        clash = session.scalar(select(Zone.id).where(func.lower(Zone.name) == name.lower(), Zone.id != zone_id))
        if clash is not None:
            raise ValidationError.single("Nom de la zone", f"une autre zone s'appelle déjà « {name} ».")
        before = zone.name
        zone.name, zone.colour = name, colour
        session.flush()
        audit(session, "update", "zone", zone.id, f"Zone « {before} » → « {name} » ({colour})")
        return zone.version


def _refresh_centres(session: Session, zone_ids: Sequence[int]) -> None:
    for zone_id in zone_ids:
        zone = session.get(Zone, zone_id)
        if zone is None:
            continue
        lat, lon = session.execute(
            select(func.avg(Site.latitude), func.avg(Site.longitude)).where(
                Site.zone_id == zone_id, Site.latitude.is_not(None)
            )
        ).one()
        if lat is not None:
            zone.centre_lat, zone.centre_lon = round(float(lat), 6), round(float(lon), 6)


def _move(session: Session, site_ids: Sequence[int], zone_id: int) -> int:
    zone = session.get(Zone, zone_id)
    if zone is None:
        raise ValidationError.single("Zone", "cette zone n'existe plus : rechargez les zones.")
    ids = sorted(set(site_ids))
    before: set[int] = set()
    moved = 0
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        before |= set(session.scalars(select(Site.zone_id).where(Site.id.in_(chunk), Site.zone_id.is_not(None)).distinct()))
        moved += session.execute(
            update(Site).where(Site.id.in_(chunk), Site.zone_id.is_distinct_from(zone_id)).values(zone_id=zone_id)
        ).rowcount or 0
    _refresh_centres(session, sorted(before | {zone_id}))
    audit(session, "move", "zone", zone_id, f"{moved} site(s) déplacé(s) dans la zone « {zone.name} »", {"sites": ids[:200]})
    return moved


def move_sites(db: Database, site_ids: Sequence[int], zone_id: int) -> int:
    """Put sites in another zone; returns how many moved."""
    with db.write() as session:
        return _move(session, site_ids, zone_id)


def _commune_sites(session: Session, postcode: str, city: str) -> Any:
    return select(Site.id).where(Site.postcode == postcode, Site.city == city, Site.latitude.is_not(None))


def move_commune(db: Database, postcode: str, city: str, zone_id: int) -> int:
    """Put every located site of a commune in a zone; returns how many moved."""
    return move_communes(db, [(postcode, city)], zone_id)


def move_communes(
    db: Database, communes: Sequence[tuple[str, str] | tuple[str, str, int | None]], zone_id: int
) -> int:
    """Put the located sites of several communes in a zone, in one transaction.  Each commune is
    (postcode, city), or (postcode, city, zone) for only its sites of that zone (None: its sites in
    no zone) — a row of the « Communes » list."""
    with db.write() as session:
        ids: list[int] = []
        for commune in communes:
            statement = _commune_sites(session, commune[0], commune[1])
            if len(commune) == 3:
                from_zone = commune[2]  # type: ignore[misc]
                statement = statement.where(Site.zone_id.is_(None) if from_zone is None else Site.zone_id == from_zone)
            found = list(session.scalars(statement))
            if not found:
                raise ValidationError.single("Commune", f"aucun site localisé à {commune[1]} ({commune[0]}).")
            ids.extend(found)
        return _move(session, ids, zone_id)


# -- sites that get a position -------------------------------------------------------------------


def zone_for(session: Session, lat: float, lon: float, postcode: str = "", city: str = "") -> int | None:
    """The zone a site placed at (lat, lon) joins: the nearest of the zones already serving its
    commune, else the nearest zone; None when there are no zones."""
    centres = [
        (zone_id, (clat, clon))
        for zone_id, clat, clon in session.execute(
            select(Zone.id, Zone.centre_lat, Zone.centre_lon).where(Zone.centre_lat.is_not(None))
        )
    ]
    if not centres:
        return None
    serving: set[int] = set()
    if city:
        serving = set(
            session.scalars(
                select(Site.zone_id)
                .where(Site.postcode == postcode, Site.city == city, Site.zone_id.is_not(None))
                .distinct()
            )
        )
    candidates = [c for c in centres if c[0] in serving] or centres
    return min(candidates, key=lambda c: (_km((lat, lon), c[1]), c[0]))[0]


def assign_zone(session: Session, site: Site) -> None:
    """Give a site that just got (or changed) its position the zone it belongs to (in the
    caller's transaction)."""
    if site.latitude is None or site.longitude is None:
        return
    zone_id = zone_for(session, site.latitude, site.longitude, site.postcode, site.city)
    if zone_id is not None:
        site.zone_id = zone_id
