"""Helpers shared by the benchmarks: peers (VROOM, PyVRP), solutions from bare routes, result lines."""

from __future__ import annotations

import importlib.util
import json
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass

from planner.optimize.problem import Problem
from planner.optimize.schedule import with_breaks
from planner.optimize.solution import END, JOB, START, Route, Solution, Step, Unassigned, solution_from_dict


@dataclass
class Run:
    solver: str
    solution: Solution
    seconds: float


def installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def solution_from_routes(problem: Problem, routes: dict[int, Sequence[int]]) -> Solution:
    """A solution from vehicle id -> job ids, timed by Planner's exact rules when feasible.

    Infeasible routes keep bare steps: the checker then reports what is wrong with them.
    """
    out = []
    served: set[int] = set()
    for vehicle_id, job_ids in routes.items():
        if not job_ids:
            continue
        vehicle = problem.vehicles[problem.vehicle_rank(vehicle_id)]
        ranks = [problem.job_rank(job_id) for job_id in job_ids]
        route = with_breaks(problem, vehicle, ranks)
        if route is None:
            steps = [Step(START), *(Step(JOB, id=job_id) for job_id in job_ids), Step(END)]
            route = Route(vehicle_id, steps)
        out.append(route)
        served.update(job_ids)
    unassigned = [Unassigned(job.id, "", "") for job in problem.jobs if job.id not in served]
    return Solution(out, unassigned, amount_size=problem.amount_size)


def run_vroom(problem_data: dict, *, exploration: int = 5, threads: int = 2) -> tuple[Solution, float]:
    """Solve a VROOM-format problem with VROOM itself (pyvroom); returns the solution and wall seconds."""
    import vroom

    handle, path = tempfile.mkstemp(suffix=".json")
    try:
        with os.fdopen(handle, "w") as stream:
            json.dump(_vroom_only(problem_data), stream)
        began = time.monotonic()
        problem = vroom.Input.from_json(path)
        result = problem.solve(exploration_level=exploration, nb_threads=threads)
        seconds = time.monotonic() - began
    finally:
        os.unlink(path)
    data = result.to_dict() if hasattr(result, "to_dict") else json.loads(result.to_json())
    return solution_from_dict(data), seconds


def _vroom_only(problem_data: dict) -> dict:
    """Drop Planner's extensions (VROOM would reject unknown matrices of no profile, not keys; be safe)."""
    data = dict(problem_data)
    data.pop("previous_plan", None)
    data.pop("zone_mismatch_cost", None)
    return data


def percent(value: float) -> str:
    return f"{100 * value:+.2f}%"


def result_line(**fields) -> str:
    parts = []
    for name, value in fields.items():
        if isinstance(value, float):
            value = f"{value:.4f}".rstrip("0").rstrip(".") if value == value else "nan"
        parts.append(f"{name}={value}")
    return "RESULT " + " ".join(parts)
