"""Small worlds for the engine's tests: places on a line, ten minutes apart, and an office at place 0."""

from __future__ import annotations

import random

import pytest

from planner.optimize.checker import check_solution
from planner.optimize.engine import solve
from planner.optimize.problem import parse_problem

HOUR = 3600
MINUTE = 60
DAY = 86_400


def line_matrix(places: int, step: int = 10 * MINUTE) -> list[list[int]]:
    return [[step * abs(a - b) for b in range(places)] for a in range(places)]


def vehicle(vehicle_id: int, *, day: int = 0, start: int = 8, end: int = 18, **extra) -> dict:
    data = {
        "id": vehicle_id,
        "start_index": 0,
        "end_index": 0,
        "time_window": [day * DAY + start * HOUR, day * DAY + end * HOUR],
    }
    data.update(extra)
    return data


def lunch(break_id: int, day: int = 0) -> dict:
    return {"id": break_id, "time_windows": [[day * DAY + 12 * HOUR, day * DAY + 13 * HOUR]], "service": HOUR}


def job(job_id: int, place: int, *, service: int = 30 * MINUTE, **extra) -> dict:
    data = {"id": job_id, "location_index": place, "service": service}
    data.update(extra)
    return data


def problem_data(jobs: list[dict], vehicles: list[dict], places: int = 8, **extra) -> dict:
    matrix = line_matrix(places)
    data = {
        "jobs": jobs,
        "vehicles": vehicles,
        "matrices": {"car": {"durations": matrix, "distances": matrix}},
    }
    data.update(extra)
    return data


def random_week(jobs: int = 60, technicians: int = 3, days: int = 2, seed: int = 1) -> dict:
    """A mid-size week: places on a 40 km square, lunch breaks, windows over one or two days."""
    rng = random.Random(seed)
    points = [(20.0, 20.0)] + [(rng.uniform(0, 40), rng.uniform(0, 40)) for _ in range(jobs)]
    matrix = [[round(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 * 90) for b in points] for a in points]
    vehicles = [
        vehicle(10 * t + d, day=d, breaks=[lunch(10 * t + d, d)], skills=[1] if t == 0 else [])
        for t in range(technicians)
        for d in range(days)
    ]
    out = []
    for k in range(1, jobs + 1):
        first = rng.randrange(days)
        windows = [[d * DAY + 8 * HOUR, d * DAY + 18 * HOUR] for d in range(first, min(days, first + 2))]
        item = job(k, k, service=rng.choice([30, 45, 60, 90]) * MINUTE, time_windows=windows)
        if k % 7 == 0:
            item["skills"] = [1]
        out.append(item)
    return {
        "jobs": out,
        "vehicles": vehicles,
        "matrices": {"car": {"durations": matrix, "distances": matrix}},
    }


def solved(data: dict, time_limit: float = 0.5, **options):
    """Parse, solve and check: returns (problem, solution); the plan must pass the checker."""
    problem = parse_problem(data)
    solution = solve(problem, time_limit=time_limit, **options)
    check = check_solution(problem, solution)
    assert check.ok, check.violations
    return problem, solution


def served_by(solution) -> dict[int, int]:
    """Job id -> vehicle id."""
    return {job_id: route.vehicle for route in solution.routes for job_id in route.job_ids}


def step_of(solution, job_id: int):
    for route in solution.routes:
        for step in route.steps:
            if step.type == "job" and step.id == job_id:
                return step
    raise AssertionError(f"job {job_id} is not planned")


@pytest.fixture
def week() -> dict:
    return random_week()
