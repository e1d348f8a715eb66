"""Independent feasibility checker: trusts nothing in a solution but the order of its steps.

It recomputes every arrival from the problem's matrices (which may hold exact floats, e.g. Euclidean
distances of benchmark instances, while the solver worked on rounded integers) and reports each broken
rule: job served twice or neither served nor listed unassigned, missing skill, wrong pinned vehicle,
service outside every window, break missing or outside its windows, shift end exceeded, capacity or
``max_tasks`` exceeded.  With ``check_claimed_times`` it also verifies the times the solution itself
announces (``arrival`` + ``waiting_time``) against the same rules.

The timing rules are those of :mod:`planner.optimize.schedule`, written again here on purpose so that
a mistake in one is caught by the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .problem import Problem, Vehicle
from .solution import BREAK, END, JOB, START, Solution

# Slack for comparisons when matrices are floats.
EPSILON = 1e-6


@dataclass
class CheckResult:
    violations: list[str] = field(default_factory=list)
    duration: float = 0.0  # total travel time recomputed from the matrices
    distance: float = 0.0  # total distance recomputed from the matrices
    assigned: int = 0

    @property
    def ok(self) -> bool:
        return not self.violations


def check_solution(problem: Problem, solution: Solution, *, check_claimed_times: bool = True) -> CheckResult:
    result = CheckResult()
    seen_jobs: dict[int, int] = {}
    seen_vehicles: set[int] = set()
    vehicles = {vehicle.id: vehicle for vehicle in problem.vehicles}
    jobs = {job.id: job for job in problem.jobs}
    for route in solution.routes:
        vehicle = vehicles.get(route.vehicle)
        if vehicle is None:
            result.violations.append(f"route of unknown vehicle {route.vehicle}")
            continue
        if route.vehicle in seen_vehicles:
            result.violations.append(f"vehicle {route.vehicle} has several routes")
        seen_vehicles.add(route.vehicle)
        for step in route.steps:
            if step.type == JOB:
                if step.id not in jobs:
                    result.violations.append(f"vehicle {vehicle.id}: unknown job {step.id}")
                elif step.id in seen_jobs:
                    result.violations.append(f"job {step.id} served twice")
                seen_jobs[step.id] = vehicle.id
        if all(step.id in jobs for step in route.steps if step.type == JOB):
            _check_route(problem, vehicle, route.steps, result, check_claimed_times)
    unassigned = {item.id for item in solution.unassigned}
    for job in problem.jobs:
        if job.id not in seen_jobs and job.id not in unassigned:
            result.violations.append(f"job {job.id} neither served nor listed unassigned")
        if job.id in seen_jobs and job.id in unassigned:
            result.violations.append(f"job {job.id} served and listed unassigned")
    result.assigned = len(seen_jobs)
    return result


def _check_route(problem: Problem, vehicle: Vehicle, steps, result: CheckResult, claimed: bool) -> None:
    problems = result.violations
    where = f"vehicle {vehicle.id}"
    if len(steps) < 2 or steps[0].type != START or steps[-1].type != END:
        problems.append(f"{where}: a route must begin with a start step and finish with an end step")
        return
    middle = steps[1:-1]
    if any(step.type not in (JOB, BREAK) for step in middle):
        problems.append(f"{where}: only job and break steps may lie between start and end")
        return
    jobs = {job.id: job for job in problem.jobs}
    breaks = {pause.id: pause for pause in vehicle.breaks}
    route_jobs = [jobs[step.id] for step in middle if step.type == JOB]
    taken = [step.id for step in middle if step.type == BREAK]
    if route_jobs and sorted(taken) != sorted(breaks):
        problems.append(f"{where}: breaks taken {sorted(taken)} instead of {sorted(breaks)}")
    if vehicle.max_tasks is not None and len(route_jobs) > vehicle.max_tasks:
        problems.append(f"{where}: {len(route_jobs)} jobs for max_tasks {vehicle.max_tasks}")
    for job in route_jobs:
        if not job.skills <= vehicle.skills:
            problems.append(f"{where}: lacks skills {sorted(job.skills - vehicle.skills)} of job {job.id}")
        if job.pinned_vehicle is not None and job.pinned_vehicle != vehicle.id:
            problems.append(f"{where}: job {job.id} is pinned to vehicle {job.pinned_vehicle}")

    # Loads: deliveries on board at the start, pickups collected on the way.
    if problem.amount_size:
        capacity = vehicle.capacity or (0,) * problem.amount_size
        load = [
            sum(job.delivery[k] for job in route_jobs if job.delivery) for k in range(problem.amount_size)
        ]
        if any(a > c for a, c in zip(load, capacity, strict=True)):
            problems.append(f"{where}: load {load} at start exceeds capacity {list(capacity)}")
        for job in route_jobs:
            for k in range(problem.amount_size):
                load[k] += (job.pickup[k] if job.pickup else 0) - (job.delivery[k] if job.delivery else 0)
            if any(a > c for a, c in zip(load, capacity, strict=True)):
                problems.append(f"{where}: load {load} after job {job.id} exceeds capacity {list(capacity)}")

    matrices = problem.matrices[vehicle.profile]

    def travel(a, b):
        return 0 if a is None or b is None else matrices.durations[a][b]

    def length(a, b):
        if a is None or b is None or matrices.distances is None:
            return 0
        return matrices.distances[a][b]

    def window_start(windows, t):
        for low, high in windows:
            if t <= high + EPSILON:
                return max(t, low)
        return None

    def inside(windows, t):
        return any(low - EPSILON <= t <= high + EPSILON for low, high in windows)

    # Earliest schedule recomputed from the matrices.
    now = vehicle.time_window[0]
    here = vehicle.start_index
    pauses: list = []
    for step in middle + [steps[-1]]:
        if step.type == BREAK:
            pauses.append(breaks.get(step.id))
            continue
        there = jobs[step.id].location_index if step.type == JOB else vehicle.end_index
        drive = travel(here, there)
        result.duration += drive
        result.distance += length(here, there)
        left = drive
        for pause in pauses:
            if pause is None:
                continue
            begin = window_start(pause.time_windows, now)
            if begin is None:
                problems.append(f"{where}: break {pause.id} cannot start inside its windows (ready at {now})")
                return
            left -= min(left, begin - now)
            now = begin + pause.service
        pauses = []
        now += left
        if step.type == END:
            if now > vehicle.time_window[1] + EPSILON:
                problems.append(
                    f"{where}: back at {now}, after the end of its time window {vehicle.time_window[1]}"
                )
        else:
            job = jobs[step.id]
            begin = window_start(job.windows, now)
            if begin is None:
                problems.append(f"{where}: job {job.id} reached at {now}, after all its time windows")
                return
            now = begin + job.service
        here = there

    if claimed:
        _check_claimed(vehicle, steps, jobs, breaks, travel, problems)


def _check_claimed(vehicle: Vehicle, steps, jobs, breaks, travel, problems: list[str]) -> None:
    """Check the times announced by the solution: each start inside its windows, each leg long enough.

    Between two stops the announced arrival must leave room for the drive plus the breaks taken on the
    leg, and each break must start once the previous stop (or break) is over.
    """
    where = f"vehicle {vehicle.id}"
    if steps[0].arrival < vehicle.time_window[0]:
        problems.append(f"{where}: leaves at {steps[0].arrival}, before its time window")
    if steps[-1].arrival > vehicle.time_window[1]:
        problems.append(f"{where}: announced back at {steps[-1].arrival}, after its time window")
    departure = free = steps[0].arrival
    paused = 0
    here = vehicle.start_index
    for step in steps[1:]:
        begin = step.arrival + step.waiting_time
        if step.type == BREAK:
            pause = breaks.get(step.id)
            if pause is not None and not any(low <= begin <= high for low, high in pause.time_windows):
                problems.append(f"{where}: break {step.id} announced at {begin}, outside its windows")
            if begin < free:
                problems.append(f"{where}: break {step.id} announced at {begin}, before the vehicle is free")
            paused += step.service
            free = begin + step.service
            continue
        there = jobs[step.id].location_index if step.type == JOB else vehicle.end_index
        if step.arrival < max(free, departure + travel(here, there) + paused) - EPSILON:
            label = "the end" if step.type == END else f"job {step.id}"
            problems.append(f"{where}: {label} announced at {step.arrival}, too early to be reached")
        if step.type == JOB and not any(low <= begin <= high for low, high in jobs[step.id].windows):
            problems.append(f"{where}: job {step.id} announced at {begin}, outside its windows")
        departure = free = begin + step.service
        paused = 0
        here = there
