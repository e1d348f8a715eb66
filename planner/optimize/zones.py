"""Geographic zones balanced by workload, zone-days, and the back-and-forth measure of routes.

* :func:`balanced_zones` splits customer sites (latitude, longitude) into ``k`` compact zones of similar
  workload: a k-means whose assignment step fills zones up to a workload ceiling, nearest sites first.
* :func:`zone_days` says which zone each technician covers on each day, each zone getting a number of
  technician-days proportional to its workload, spread over the week, a technician keeping the same
  zone from one day to the next when quotas allow.  The engine turns it into a soft preference
  (``vehicles[].zones``, ``jobs[].zone``, ``zone_mismatch_cost``).
* :func:`back_and_forth` measures how often a route comes back to an area it had already left.
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .problem import Problem
    from .solution import Solution

EARTH_RADIUS_KM = 6371.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Equirectangular distance between two (latitude, longitude) points: exact enough within a region."""
    mean_lat = math.radians((a[0] + b[0]) / 2)
    dx = math.radians(b[1] - a[1]) * math.cos(mean_lat)
    dy = math.radians(b[0] - a[0])
    return EARTH_RADIUS_KM * math.hypot(dx, dy)


def balanced_zones(
    points: Sequence[tuple[float, float]],
    workloads: Sequence[float] | None = None,
    k: int = 4,
    *,
    tolerance: float = 0.15,
    iterations: int = 30,
    seed: int = 0,
) -> list[int]:
    """Zone (0..k-1) of each point, zones compact and each within ``tolerance`` of the mean workload.

    ``workloads`` are e.g. the yearly service hours of each site (1 each by default).  A site heavier
    than a zone's ceiling still gets a zone.  Deterministic for a given ``seed``.
    """
    n = len(points)
    if n == 0:
        return []
    k = max(1, min(k, n))
    weights = [1.0] * n if workloads is None else [max(0.0, float(w)) for w in workloads]
    total = sum(weights) or float(n)
    ceiling = (1 + tolerance) * total / k
    rng = random.Random(seed)

    # k-means++ seeding on distance.
    centres = [points[rng.randrange(n)]]
    while len(centres) < k:
        gaps = [min(_km(p, c) for c in centres) ** 2 for p in points]
        if not any(gaps):
            break
        centres.append(points[rng.choices(range(n), weights=gaps)[0]])
    k = len(centres)

    zone = [0] * n
    for _ in range(iterations):
        # Assignment: sites with the strongest preference for their nearest centre choose first.
        distances = [[_km(p, c) for c in centres] for p in points]
        order = sorted(
            range(n), key=lambda i: sorted(distances[i])[1] - min(distances[i]) if k > 1 else 0, reverse=True
        )
        load = [0.0] * k
        new_zone = [0] * n
        for i in order:
            ranked = sorted(range(k), key=lambda z: distances[i][z])
            chosen = next((z for z in ranked if load[z] + weights[i] <= ceiling), None)
            if chosen is None:
                chosen = min(range(k), key=lambda z: load[z])
            new_zone[i] = chosen
            load[chosen] += weights[i]
        # Update: weighted centres.
        for z in range(k):
            members = [i for i in range(n) if new_zone[i] == z]
            if not members:
                continue
            mass = sum(weights[i] for i in members)
            pull = [weights[i] if mass else 1.0 for i in members]  # sites without workload: plain mean
            total_pull = sum(pull)
            centres[z] = (
                sum(points[i][0] * w for i, w in zip(members, pull, strict=True)) / total_pull,
                sum(points[i][1] * w for i, w in zip(members, pull, strict=True)) / total_pull,
            )
        if new_zone == zone:
            break
        zone = new_zone
    return zone


def zone_workloads(zones: Sequence[int], workloads: Sequence[float] | None = None) -> dict[int, float]:
    totals: dict[int, float] = {}
    for position, z in enumerate(zones):
        totals[z] = totals.get(z, 0.0) + (1.0 if workloads is None else workloads[position])
    return totals


def zone_days(
    workloads: Mapping[int, float], technicians: Sequence[Hashable], days: Sequence[Hashable]
) -> dict[tuple[Hashable, Hashable], int]:
    """(technician, day) -> zone covered, proportional to workload, stable for a technician when possible."""
    if not workloads or not technicians or not days:
        return {}
    slots = len(technicians) * len(days)
    total = sum(workloads.values()) or 1.0
    zones = sorted(workloads, key=lambda z: -workloads[z])
    exact = {z: slots * workloads[z] / total for z in zones}
    quota = {z: int(exact[z]) for z in zones}
    for z in sorted(zones, key=lambda z: exact[z] - quota[z], reverse=True)[: slots - sum(quota.values())]:
        quota[z] += 1

    # Spread each zone's technician-days over the days (remainders rotate so no day is favoured).
    per_day: list[dict[int, int]] = [dict.fromkeys(zones, 0) for _ in days]
    offset = 0
    for z in zones:
        base, extra = divmod(quota[z], len(days))
        for d in range(len(days)):
            per_day[d][z] = base + (1 if (d - offset) % len(days) < extra else 0)
        offset += extra
    # Days may now hold more or fewer slots than technicians: move surplus to days that lack.
    for d in range(len(days)):
        while sum(per_day[d].values()) > len(technicians):
            z = max(per_day[d], key=lambda zz: per_day[d][zz])
            target = min(range(len(days)), key=lambda e: sum(per_day[e].values()))
            per_day[d][z] -= 1
            per_day[target][z] += 1

    result: dict[tuple[Hashable, Hashable], int] = {}
    previous: dict[Hashable, int] = {}
    for d, day in enumerate(days):
        left = dict(per_day[d])
        free = []
        for technician in technicians:
            z = previous.get(technician)
            if z is not None and left.get(z, 0) > 0:
                result[(technician, day)] = z
                left[z] -= 1
            else:
                free.append(technician)
        for technician in free:
            z = max(left, key=lambda zz: left[zz]) if left else zones[0]
            if left.get(z, 0) <= 0:
                z = max(zones, key=lambda zz: workloads[zz])
            else:
                left[z] -= 1
            result[(technician, day)] = z
            previous[technician] = z
        for technician in technicians:
            previous[technician] = result[(technician, day)]
    return result


# -- back-and-forth ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BackAndForth:
    """``reentries``: times a route enters an area it had already left; ``reentry_drive``: drive spent on
    the legs that do so; ``drive``: the route's whole drive."""

    reentries: int
    reentry_drive: float
    drive: float


def back_and_forth(areas: Sequence[Hashable], legs: Sequence[float] | None = None) -> BackAndForth:
    """Measure a route given the area of each of its stops, in order (and the drive of each leg).

    An area counts as *left* when the route goes to a stop in another area; each later arrival in a left
    area is one re-entry ("30 min de trajet pour rien, j'étais déjà à Annecy-le-Vieux").  ``legs[i]`` is
    the drive from stop ``i`` to stop ``i + 1``; the drive of re-entering legs is summed so that the
    measure also says what the back-and-forth costs.  Consecutive stops in the same area never count,
    nor does the return to the depot (callers pass the visits only, plus the start if they like).
    """
    left: set[Hashable] = set()
    reentries = 0
    reentry_drive = 0.0
    for position in range(1, len(areas)):
        before, here = areas[position - 1], areas[position]
        if here == before:
            continue
        left.add(before)
        if here in left:
            reentries += 1
            if legs is not None:
                reentry_drive += legs[position - 1]
    drive = float(sum(legs)) if legs is not None else 0.0
    return BackAndForth(reentries, reentry_drive, drive)


def travel_areas(
    durations: Sequence[Sequence[float]], indices: Sequence[int], radius: float = 600
) -> dict[int, int]:
    """Group matrix locations into areas: a location joins the first area whose seed is within
    ``radius`` seconds both ways, else it seeds a new area.  Deterministic (locations in index order)."""
    seeds: list[int] = []
    area: dict[int, int] = {}
    for index in sorted(set(indices)):
        for number, seed in enumerate(seeds):
            if durations[index][seed] <= radius and durations[seed][index] <= radius:
                area[index] = number
                break
        else:
            area[index] = len(seeds)
            seeds.append(index)
    return area


def back_and_forth_report(problem: Problem, solution: Solution, radius: float = 600) -> dict[str, Any]:
    """Back-and-forth of every route: areas are the jobs' ``zone`` when all have one, else travel areas
    of ``radius`` seconds (10 minutes) computed from the duration matrix."""
    from .solution import JOB

    jobs = {job.id: job for job in problem.jobs}
    use_zones = all(job.zone is not None for job in problem.jobs)
    groupings: dict[str, dict[int, int]] = {}
    per_route = []
    total_reentries = 0
    total_reentry_drive = 0.0
    total_drive = 0.0
    for route in solution.routes:
        vehicle = problem.vehicles[problem.vehicle_rank(route.vehicle)]
        stops = [jobs[step.id] for step in route.steps if step.type == JOB]
        durations = problem.matrices[vehicle.profile].durations
        if use_zones:
            areas = [job.zone for job in stops]
        else:
            if vehicle.profile not in groupings:
                indices = [job.location_index for job in problem.jobs]
                groupings[vehicle.profile] = travel_areas(durations, indices, radius)
            areas = [groupings[vehicle.profile][job.location_index] for job in stops]
        legs = [durations[a.location_index][b.location_index] for a, b in zip(stops, stops[1:], strict=False)]
        measure = back_and_forth(areas, legs)
        total_reentries += measure.reentries
        total_reentry_drive += measure.reentry_drive
        total_drive += route.duration
        per_route.append(
            {
                "vehicle": route.vehicle,
                "reentries": measure.reentries,
                "reentry_drive": round(measure.reentry_drive),
            }
        )
    return {
        "areas": "zones" if use_zones else f"travel areas of {round(radius)} s",
        "reentries": total_reentries,
        "reentry_drive": round(total_reentry_drive),
        "reentry_drive_share": round(total_reentry_drive / total_drive, 4) if total_drive else 0.0,
        "routes": per_route,
    }
