"""The independent checker recomputes arrivals from the matrices and catches tampered plans."""

from __future__ import annotations

from conftest import HOUR, job, lunch, problem_data, solved, vehicle

from planner.optimize.checker import check_solution
from planner.optimize.problem import Matrices, Problem
from planner.optimize.solution import Step


def planned():
    data = problem_data(
        [job(1, 2, time_windows=[[9 * HOUR, 10 * HOUR]]), job(2, 4, skills=[1]), job(3, 6)],
        [vehicle(1, skills=[1], breaks=[lunch(5)])],
    )
    return solved(data)


def test_a_plan_from_the_engine_passes():
    problem, solution = planned()
    assert check_solution(problem, solution).ok


def test_an_arrival_announced_too_early_is_caught():
    problem, solution = planned()
    step = next(s for s in solution.routes[0].steps if s.type == "job")
    step.arrival -= 1200
    assert any(
        "too early" in v or "outside its windows" in v for v in check_solution(problem, solution).violations
    )


def test_a_missing_break_is_caught():
    problem, solution = planned()
    route = solution.routes[0]
    route.steps = [s for s in route.steps if s.type != "break"]
    assert any("breaks taken" in v for v in check_solution(problem, solution).violations)


def test_a_job_served_twice_or_forgotten_is_caught():
    problem, solution = planned()
    route = solution.routes[0]
    route.steps.insert(1, Step("job", id=route.job_ids[0]))
    assert "served twice" in " ".join(check_solution(problem, solution, check_claimed_times=False).violations)
    route.steps = [route.steps[0], route.steps[-1]]
    assert "neither served nor listed unassigned" in " ".join(check_solution(problem, solution).violations)


def test_a_missing_skill_is_caught():
    problem, solution = planned()
    weaker = Problem(
        problem.jobs,
        tuple(
            v.__class__(**{**{f: getattr(v, f) for f in v.__slots__}, "skills": frozenset()})
            for v in problem.vehicles
        ),
        problem.matrices,
    )
    assert any("lacks skills [1]" in v for v in check_solution(weaker, solution).violations)


def test_exact_float_travel_times_can_make_a_window_unreachable():
    problem, solution = planned()
    slower = {
        name: Matrices([[d * 10 for d in row] for row in m.durations]) for name, m in problem.matrices.items()
    }
    stretched = Problem(problem.jobs, problem.vehicles, slower)
    violations = check_solution(stretched, solution, check_claimed_times=False).violations
    assert violations
