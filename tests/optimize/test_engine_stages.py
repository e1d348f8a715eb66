"""The stages behind the engine: exact re-ordering of routes, and a week planned at least as well as VROOM."""

from __future__ import annotations

import pytest
from conftest import HOUR, job, lunch, problem_data, random_week, solved, vehicle

from planner.optimize.checker import check_solution
from planner.optimize.problem import parse_problem
from planner.optimize.repair import make_feasible
from planner.optimize.schedule import with_breaks
from planner.optimize.solution import solution_from_dict


def test_a_route_proposed_in_an_impossible_order_is_reordered_not_emptied():
    data = problem_data(
        [
            job(1, 1, service=2 * HOUR, time_windows=[[8 * HOUR, 9 * HOUR]]),
            job(2, 2, service=3 * HOUR, time_windows=[[13 * HOUR, 14 * HOUR]]),
        ],
        [vehicle(1, breaks=[lunch(1)])],
    )
    problem = parse_problem(data)
    assert with_breaks(problem, problem.vehicles[0], [1, 0]) is None
    assert make_feasible(problem, [[1, 0]], {0: [0], 1: [0]}) == [[0, 1]]


def test_a_job_that_fits_no_order_is_dropped_and_the_rest_kept():
    data = problem_data(
        [job(1, 1, service=4 * HOUR), job(2, 1, service=4 * HOUR), job(3, 1, service=HOUR)],
        [vehicle(1, breaks=[lunch(1)])],
    )
    problem = parse_problem(data)
    (route,) = make_feasible(problem, [[0, 1, 2]], {0: [0], 1: [0], 2: [0]})
    assert len(route) == 2  # 4 h + lunch + 4 h fit in the day, not the third job as well


def test_a_week_with_lunch_breaks_places_at_least_as_many_visits_as_vroom(tmp_path):
    vroom = pytest.importorskip("vroom")
    import json

    data = random_week(jobs=70, technicians=3, days=2, seed=4)
    path = tmp_path / "week.json"
    path.write_text(json.dumps(data))
    theirs = solution_from_dict(
        vroom.Input.from_json(str(path)).solve(exploration_level=5, nb_threads=1).to_dict()
    )
    problem, ours = solved(data, time_limit=5)
    assert check_solution(problem, ours).assigned >= check_solution(problem, theirs).assigned
