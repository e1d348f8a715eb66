"""Geographic zones balanced by workload, zone-days, and the back-and-forth measure of routes.

* :func:`balanced_zones` splits customer sites (latitude, longitude) into ``k`` compact zones of similar
  workload that never overlap: straight cuts, recursively, each between two groups of the right
  workload ratio, in the direction leaving the tightest groups.
* :func:`zone_days` says which zone each technician covers on each day, each zone getting a number of
  technician-days proportional to its workload, spread over the week, a technician keeping the same
  zone from one day to the next when quotas allow.  The engine turns it into a soft preference
  (``vehicles[].zones``, ``jobs[].zone``, ``zone_mismatch_cost``).
* :func:`back_and_forth` measures how often a route comes back to an area it had already left.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .problem import Problem
    from .solution import Solution

EARTH_RADIUS_KM = 6371.0


def balanced_zones(
    points: Sequence[tuple[float, float]],
    workloads: Sequence[float] | None = None,
    k: int = 4,
    *,
    angles: int = 12,
) -> list[int]:
    """Zone (0..k-1) of each point: ``k`` compact zones that never overlap, each with about the
    same workload.

    Recursive weighted bisection: the sites are cut by a straight line into two groups whose
    workloads stand in the ratio of the zones each will hold (2 : 2, 2 : 1…), the line chosen
    among ``angles`` directions as the one leaving the tightest groups (least workload-weighted
    spread), and each group is cut again.  Every zone is thus a convex piece of the map, and the
    workloads differ by at most the heaviest site at each cut (a site heavier than a zone's share
    still gets a zone).  ``workloads`` are e.g. the yearly service hours of each site (1 each by
    default).  Deterministic.
    """
    n = len(points)
    if n == 0:
        return []
    k = max(1, min(k, n))
    weights = [1.0] * n if workloads is None else [max(0.0, float(w)) for w in workloads]
    # Plane coordinates in km around the sites' centre (equirectangular: exact enough in a region).
    lat0 = sum(p[0] for p in points) / n
    lon0 = sum(p[1] for p in points) / n
    scale = math.cos(math.radians(lat0))
    xy = [
        (math.radians(p[1] - lon0) * scale * EARTH_RADIUS_KM, math.radians(p[0] - lat0) * EARTH_RADIUS_KM)
        for p in points
    ]
    # A site without workload still weighs a little, so that empty-handed sites spread too.
    mass = [w + 1e-6 for w in weights]
    directions = [(math.cos(math.pi * a / angles), math.sin(math.pi * a / angles)) for a in range(angles)]
    zone = [0] * n
    labels = iter(range(k))

    def spread(members: Sequence[int]) -> float:
        total = sum(mass[i] for i in members)
        cx = sum(xy[i][0] * mass[i] for i in members) / total
        cy = sum(xy[i][1] * mass[i] for i in members) / total
        return sum(mass[i] * ((xy[i][0] - cx) ** 2 + (xy[i][1] - cy) ** 2) for i in members)

    def split(members: list[int], parts: int) -> None:
        if parts == 1:
            label = next(labels)
            for i in members:
                zone[i] = label
            return
        left_parts = parts // 2
        share = left_parts / parts * sum(mass[i] for i in members)
        best: tuple[float, list[int], list[int]] | None = None
        for dx, dy in directions:
            ordered = sorted(members, key=lambda i: (xy[i][0] * dx + xy[i][1] * dy, i))
            # The cut nearest the share, leaving each side at least one site per zone.
            acc, cut, gap = 0.0, left_parts, math.inf
            for position, i in enumerate(ordered[:-1], start=1):
                acc += mass[i]
                if position < left_parts or len(ordered) - position < parts - left_parts:
                    continue
                if abs(acc - share) < gap:
                    cut, gap = position, abs(acc - share)
                elif acc > share:
                    break
            left, right = ordered[:cut], ordered[cut:]
            score = spread(left) + spread(right)
            if best is None or score < best[0]:
                best = (score, left, right)
        assert best is not None
        split(best[1], left_parts)
        split(best[2], parts - left_parts)

    split(list(range(n)), k)
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
