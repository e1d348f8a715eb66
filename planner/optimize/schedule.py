"""Timing of one route: the earliest schedule of a given sequence of jobs and breaks.

Rules (VROOM's, with one freedom VROOM does not take):

* the vehicle leaves its start at the beginning of its ``time_window`` (later if that only removes
  waiting at the first job) and must reach its end by the window's end;
* a job's service starts at its arrival or at the opening of its next time window, whichever is later,
  and must start inside one of its windows (the ``pinned_start`` replaces the windows);
* a break placed between two stops may be taken anywhere on that leg: on leaving the previous stop, on
  the way, or on arrival before the next service.  It starts at the opening of one of its windows at the
  earliest, and the driving left when it ends is done afterwards;
* deliveries are loaded at the start, pickups unloaded at the end; the load never exceeds ``capacity``.

Earliest times are optimal for feasibility: starting anything later never helps a later constraint.
The independent checker (:mod:`planner.optimize.checker`) re-implements these rules on purpose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .problem import Break, Job, Problem, TimeWindow, Vehicle
from .solution import BREAK, END, JOB, START, Route, Step


@dataclass(frozen=True, slots=True)
class Item:
    """One element of a route sequence: a job (rank in ``problem.jobs``) or a break (rank in ``vehicle.breaks``)."""

    kind: str
    rank: int


def earliest_start(windows: Sequence[TimeWindow], time: float) -> float | None:
    """The earliest time ≥ ``time`` inside one of ``windows`` (sorted), or None."""
    for start, end in windows:
        if time <= end:
            return max(time, start)
    return None


def schedule_route(problem: Problem, vehicle: Vehicle, items: Sequence[Item]) -> Route | None:
    """The earliest schedule of ``items`` for ``vehicle``, or None if it breaks a rule above."""
    jobs = [problem.jobs[item.rank] for item in items if item.kind == JOB]
    if vehicle.max_tasks is not None and len(jobs) > vehicle.max_tasks:
        return None
    if any(not job.skills <= vehicle.skills for job in jobs):
        return None
    if sorted(item.rank for item in items if item.kind == BREAK) != list(range(len(vehicle.breaks))):
        return None
    size = problem.amount_size
    load = [sum(job.delivery[k] for job in jobs if job.delivery) for k in range(size)]
    if not _fits(load, vehicle):
        return None

    time: float = vehicle.time_window[0]
    previous = vehicle.start_index
    travelled = 0.0
    distance = 0.0
    cost = float(vehicle.costs.fixed)
    steps = [
        Step(START, arrival=int(time), load=tuple(load), location_index=previous, location=vehicle.start)
    ]
    pending: list[Break] = []
    for item in [*items, Item(END, -1)]:
        if item.kind == BREAK:
            pending.append(vehicle.breaks[item.rank])
            continue
        job: Job | None = problem.jobs[item.rank] if item.kind == JOB else None
        target = job.location_index if job is not None else vehicle.end_index
        leg = problem.duration(vehicle, previous, target)
        leg_distance = problem.distance(vehicle, previous, target)
        cost += problem.travel_cost(vehicle, previous, target)
        remaining = leg
        for pause in pending:
            start = earliest_start(pause.time_windows, time)
            if start is None:
                return None
            driven = min(remaining, start - time)
            remaining -= driven
            travelled += driven
            part = distance + (leg_distance * driven / leg if leg else 0)
            steps.append(
                Step(
                    BREAK,
                    id=pause.id,
                    arrival=round(time + driven),
                    duration=round(travelled),
                    distance=round(part),
                    service=pause.service,
                    waiting_time=round(start - time - driven),
                    load=tuple(load),
                    description=pause.description,
                )
            )
            time = start + pause.service
        pending = []
        arrival = time + remaining
        travelled += remaining
        distance += leg_distance
        if job is None:
            if arrival > vehicle.time_window[1]:
                return None
            steps.append(
                Step(
                    END,
                    arrival=round(arrival),
                    duration=round(travelled),
                    distance=round(distance),
                    load=tuple(load),
                    location_index=target,
                    location=vehicle.end,
                )
            )
            break
        start = earliest_start(job.windows, arrival)
        if start is None:
            return None
        for k in range(size):
            load[k] += (job.pickup[k] if job.pickup else 0) - (job.delivery[k] if job.delivery else 0)
        if not _fits(load, vehicle):
            return None
        steps.append(
            Step(
                JOB,
                id=job.id,
                arrival=round(arrival),
                duration=round(travelled),
                distance=round(distance),
                service=job.service,
                waiting_time=round(start - arrival),
                load=tuple(load),
                location_index=target,
                location=job.location,
                description=job.description,
            )
        )
        time = start + job.service
        previous = target
    _leave_later(steps)
    return Route(vehicle=vehicle.id, steps=steps, cost=round(cost), description=vehicle.description)


def _fits(load: Sequence[int], vehicle: Vehicle) -> bool:
    if not load or vehicle.capacity is None:
        return True
    return all(amount <= capacity for amount, capacity in zip(load, vehicle.capacity, strict=True))


def _leave_later(steps: list[Step]) -> None:
    """Leave the start later instead of waiting at the first job (VROOM reports routes that way)."""
    if len(steps) > 1 and steps[1].type == JOB and steps[1].waiting_time > 0:
        delay = steps[1].waiting_time
        steps[0].arrival += delay
        steps[1].arrival += delay
        steps[1].waiting_time = 0


def with_breaks(problem: Problem, vehicle: Vehicle, job_ranks: Sequence[int]) -> Route | None:
    """Schedule jobs in this order, each break on a leg where it fits; None if impossible."""
    found = best_order(problem, vehicle, job_ranks, keep_order=True)
    return None if found is None else schedule_route(problem, vehicle, found[2])


def best_order(
    problem: Problem,
    vehicle: Vehicle,
    job_ranks: Sequence[int],
    *,
    budget: int = 200_000,
    keep_order: bool = False,
) -> tuple[float, list[int], list[Item]] | None:
    """The cheapest feasible order of these jobs for this vehicle (travel cost), breaks placed on the way.

    Depth-first search over orders, each break taken on the leg where the search chooses to take it;
    branches are cut as soon as a job left behind can no longer be reached in time.  Gives up (None)
    after ``budget`` partial routes; returns None as well when no order is feasible.  With
    ``keep_order`` only the given order is tried (a quick feasibility and cost check).  Returns the
    cost, the jobs in order, and the whole sequence with the breaks.
    """
    jobs = [problem.jobs[rank] for rank in job_ranks]
    if any(not job.skills <= vehicle.skills for job in jobs):
        return None
    if vehicle.max_tasks is not None and len(jobs) > vehicle.max_tasks:
        return None
    size = problem.amount_size
    initial_load = [sum(job.delivery[k] for job in jobs if job.delivery) for k in range(size)]
    if not _fits(initial_load, vehicle):
        return None
    break_ranks = sorted(range(len(vehicle.breaks)), key=lambda b: vehicle.breaks[b].time_windows[0][0])
    breaks = [vehicle.breaks[b] for b in break_ranks]
    latest = [job.windows[-1][1] for job in jobs]
    best: list = [None, None]
    visits = [0]

    def leg(time: float, origin: int | None, target: int | None, taken: int, count: int) -> float | None:
        remaining = problem.duration(vehicle, origin, target)
        for pause in breaks[taken : taken + count]:
            start = earliest_start(pause.time_windows, time)
            if start is None:
                return None
            remaining -= min(remaining, start - time)
            time = start + pause.service
        return time + remaining

    def explore(
        time: float, here: int | None, taken: int, cost: float, left: list[int], order: list[Item], load
    ) -> None:
        visits[0] += 1
        if visits[0] > budget or (best[0] is not None and cost >= best[0]):
            return
        if not left:
            for count in range(len(breaks) - taken, len(breaks) - taken + 1):
                arrival = leg(time, here, vehicle.end_index, taken, count)
                if arrival is not None and arrival <= vehicle.time_window[1]:
                    total = cost + problem.travel_cost(vehicle, here, vehicle.end_index)
                    if best[0] is None or total < best[0]:
                        best[0] = total
                        best[1] = order + [Item(BREAK, b) for b in break_ranks[taken : taken + count]]
            return
        for position in left:
            if time + problem.duration(vehicle, here, jobs[position].location_index) > latest[position]:
                return  # a job can no longer be reached: no order from here works
        for position in left[:1] if keep_order else left:
            job = jobs[position]
            step_cost = cost + problem.travel_cost(vehicle, here, job.location_index)
            for count in range(len(breaks) - taken + 1):
                arrival = leg(time, here, job.location_index, taken, count)
                if arrival is None:
                    break
                start = earliest_start(job.windows, arrival)
                if start is None:
                    continue
                new_load = load
                if size:
                    new_load = [
                        load[k]
                        + (job.pickup[k] if job.pickup else 0)
                        - (job.delivery[k] if job.delivery else 0)
                        for k in range(size)
                    ]
                    if not _fits(new_load, vehicle):
                        continue
                added = [Item(BREAK, b) for b in break_ranks[taken : taken + count]]
                added.append(Item(JOB, job_ranks[position]))
                explore(
                    start + job.service,
                    job.location_index,
                    taken + count,
                    step_cost,
                    [p for p in left if p != position],
                    order + added,
                    new_load,
                )

    explore(
        vehicle.time_window[0],
        vehicle.start_index,
        0,
        float(vehicle.costs.fixed),
        list(range(len(jobs))),
        [],
        initial_load,
    )
    if best[0] is None:
        return None
    items = best[1]
    return best[0], [item.rank for item in items if item.kind == JOB], items
