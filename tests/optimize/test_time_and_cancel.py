"""The solver keeps to its time limit, reports progress, and stops on cancel with the best plan so far."""

from __future__ import annotations

import threading
import time

from conftest import random_week

from planner.domain.progress import Progress
from planner.optimize.checker import check_solution
from planner.optimize.engine import SolveOptions, solve
from planner.optimize.problem import parse_problem


def test_time_limit_is_respected_within_ten_percent(week):
    problem = parse_problem(week)
    began = time.monotonic()
    solution = solve(problem, time_limit=3)
    elapsed = time.monotonic() - began
    assert 2.7 <= elapsed <= 3.3
    assert check_solution(problem, solution).ok
    assert solution.assigned >= 50


def test_time_limit_holds_for_ortools_alone(week):
    problem = parse_problem(week)
    began = time.monotonic()
    solve(problem, time_limit=1.5, options=SolveOptions(warm_start="none"))
    assert time.monotonic() - began <= 1.65


def test_progress_is_reported_throttled_and_reaches_the_end(week):
    states = []
    progress = Progress(states.append, min_interval=0.2)
    solve(parse_problem(week), time_limit=1.5, progress=progress)
    assert states[-1].fraction == 1.0
    fractions = [s.fraction for s in states if s.fraction is not None]
    assert fractions == sorted(fractions)
    assert len(states) < 1.5 / 0.2 + 10  # throttled: a handful of phases plus one report per 0.2 s
    assert any("OR-Tools" in s.message for s in states)


def cancel_after(progress: Progress, seconds: float) -> threading.Thread:
    thread = threading.Thread(target=lambda: (time.sleep(seconds), progress.cancel()))
    thread.start()
    return thread


def test_cancel_stops_within_a_second_with_the_best_plan_so_far():
    problem = parse_problem(random_week(jobs=90, technicians=3, days=3))
    progress = Progress()
    thread = cancel_after(progress, 1.5)
    began = time.monotonic()
    solution = solve(problem, time_limit=30, progress=progress)
    elapsed = time.monotonic() - began
    thread.join()
    assert elapsed < 2.5
    assert check_solution(problem, solution).ok
    assert solution.assigned > 0


def test_cancel_during_the_ortools_search_keeps_its_plan(week):
    problem = parse_problem(week)
    progress = Progress()
    thread = cancel_after(progress, 1.0)
    began = time.monotonic()
    solution = solve(problem, time_limit=30, progress=progress, options=SolveOptions(warm_start="none"))
    thread.join()
    assert time.monotonic() - began < 2.0
    assert check_solution(problem, solution).ok
    assert solution.assigned > 0


def test_cancel_before_anything_was_found_lists_every_job_as_cancelled(week):
    problem = parse_problem(week)
    progress = Progress()
    progress.cancel()
    solution = solve(problem, time_limit=5, progress=progress)
    assert solution.routes == []
    assert {item.reason_code for item in solution.unassigned} == {"cancelled"}
