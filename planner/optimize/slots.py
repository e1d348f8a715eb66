"""Ranking the slots where a new visit fits in an existing plan (for the booking assistant).

For each technician-day able to do the visit, the best place in its route: the exact schedule is
recomputed with the visit inserted (windows, breaks, shift end), the extra driving measured, and a
visit outside the zones that technician covers that day costs ``zone_mismatch_cost`` more — planning
by zone-days is a preference, not a rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from .problem import Problem
from .schedule import with_breaks
from .solution import JOB, Solution


@dataclass(frozen=True, slots=True)
class Slot:
    vehicle: int  # id of the technician-day
    position: int  # rank of the visit among the route's jobs
    start: int  # service start of the visit
    added_drive: int  # extra travel time, seconds
    zone_penalty: int  # zone_mismatch_cost when outside the technician-day's zones, else 0

    @property
    def score(self) -> int:
        return self.added_drive + self.zone_penalty


def rank_slots(problem: Problem, solution: Solution, job_id: int, *, limit: int = 10) -> list[Slot]:
    """Best slot per technician-day for job ``job_id`` (a job of ``problem`` not planned in ``solution``),
    cheapest first."""
    rank = problem.job_rank(job_id)
    job = problem.jobs[rank]
    routes = {route.vehicle: [problem.job_rank(j) for j in route.job_ids] for route in solution.routes}
    slots = []
    for vehicle in problem.vehicles:
        if not job.skills <= vehicle.skills or job.pinned_vehicle not in (None, vehicle.id):
            continue
        current = routes.get(vehicle.id, [])
        before = with_breaks(problem, vehicle, current) if current else None
        drive_before = before.duration if before is not None else 0
        penalty = 0
        if (
            problem.zone_mismatch_cost
            and job.zone is not None
            and vehicle.zones
            and job.zone not in vehicle.zones
        ):
            penalty = problem.zone_mismatch_cost
        best: Slot | None = None
        for position in range(len(current) + 1):
            after = with_breaks(problem, vehicle, [*current[:position], rank, *current[position:]])
            if after is None:
                continue
            step = next(s for s in after.steps if s.type == JOB and s.id == job_id)
            slot = Slot(
                vehicle.id, position, step.arrival + step.waiting_time, after.duration - drive_before, penalty
            )
            if best is None or slot.score < best.score:
                best = slot
        if best is not None:
            slots.append(best)
    slots.sort(key=lambda slot: (slot.score, slot.start))
    return slots[:limit]
