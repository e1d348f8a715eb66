"""PyVRP's daily copy of field weeks (exact with lunch breaks) and the route pool's set partitioning."""

from __future__ import annotations

import time

import pytest
from conftest import DAY, HOUR, MINUTE, job, lunch, problem_data, random_week, vehicle

from planner.optimize.checker import check_solution
from planner.optimize.eligibility import analyse
from planner.optimize.engine import build_solution, plan_key
from planner.optimize.pool import RoutePool
from planner.optimize.repair import insert_jobs, route_cost

pytest.importorskip("pyvrp")

from planner.optimize import warmstart  # noqa: E402
from planner.optimize.problem import parse_problem  # noqa: E402


def greedy(problem, allowed) -> list[list[int]]:
    routes: list[list[int]] = [[] for _ in problem.vehicles]
    insert_jobs(problem, routes, list(allowed), allowed, thorough=False)
    return routes


def test_the_daily_copy_keeps_lunch_so_that_every_route_found_is_exactly_feasible():
    problem = parse_problem(random_week(jobs=40, technicians=2, days=3, seed=5))
    allowed = analyse(problem).allowed
    model = warmstart.PyvrpModel(problem, allowed)
    assert model.offsets is not None and not model.approximate
    end = time.monotonic() + 1.0
    best, clean = model.search(lambda: time.monotonic() > end, initial_routes=greedy(problem, allowed))
    assert best is not None and clean is None
    for vehicle_rank, route in enumerate(best):
        assert not route or route_cost(problem, vehicle_rank, route) is not None


def test_a_long_service_due_on_several_days_gets_one_client_per_side_of_lunch():
    # 2 h of service, due Monday or Tuesday: it may end by 13:00 or start after lunch, never across it.
    data = problem_data(
        [
            job(
                1,
                1,
                service=2 * HOUR,
                time_windows=[[8 * HOUR, 18 * HOUR], [DAY + 8 * HOUR, DAY + 18 * HOUR]],
            )
        ],
        [vehicle(1, breaks=[lunch(1)]), vehicle(2, day=1, breaks=[lunch(2, 1)])],
    )
    problem = parse_problem(data)
    model = warmstart.PyvrpModel(problem, analyse(problem).allowed)
    clients = model.data.clients()
    assert len(clients) == 2 and len(model.data.groups()) == 1
    windows = sorted((client.tw_early, client.tw_late) for client in clients)
    # On the compressed axis of the day: morning starts by 11:00, afternoon starts from 12:00 on.
    assert windows[0] == (8 * HOUR, 11 * HOUR)
    assert windows[1][0] == 12 * HOUR


def test_the_pool_never_worsens_the_plan_in_force_and_its_plan_passes_the_checker():
    problem = parse_problem(random_week(jobs=50, technicians=3, days=2, seed=7))
    eligibility = analyse(problem)
    allowed = eligibility.allowed
    incumbent = greedy(problem, allowed)
    pool = RoutePool(problem, allowed)
    model = warmstart.PyvrpModel(problem, allowed)
    end = time.monotonic() + 1.0
    model.search(lambda: time.monotonic() > end, initial_routes=incumbent, pool=pool)
    assert len(pool) > 0
    selected = pool.select(incumbent, time.monotonic() + 5)
    assert selected is not None
    assert plan_key(problem, selected, {}) <= plan_key(problem, incumbent, {})
    solution = build_solution(problem, selected, eligibility)
    assert check_solution(problem, solution).ok


def test_the_pool_refuses_a_route_whose_service_covers_the_whole_lunch_window():
    data = problem_data(
        [job(1, 1, service=150 * MINUTE, time_windows=[[11 * HOUR, 11 * HOUR + 10 * MINUTE]])],
        [vehicle(1, breaks=[lunch(1)])],
    )
    problem = parse_problem(data)
    pool = RoutePool(problem, {0: [0]})
    assert not pool.add(0, [0])
    assert len(pool) == 0


def test_the_pool_stops_within_a_second_when_cancelled():
    problem = parse_problem(random_week(jobs=60, technicians=3, days=2, seed=3))
    allowed = analyse(problem).allowed
    incumbent = greedy(problem, allowed)
    pool = RoutePool(problem, allowed)
    pool.add_plan(incumbent)
    began = time.monotonic()
    cancel_at = began + 0.2
    pool.select(incumbent, began + 30, should_stop=lambda: time.monotonic() > cancel_at)
    assert time.monotonic() - began < 1.2


def _lunch_hour_route() -> tuple:
    # A job due 11:00-13:00 started at 12:05 before lunch (45 min, lunch at 12:50): exact, but the daily
    # copy's window of that job ends at 12:00, so the route breaks the copy's rules.
    data = problem_data(
        [
            job(1, 1, service=3 * HOUR + 45 * MINUTE, time_windows=[[8 * HOUR, 8 * HOUR + 30 * MINUTE]]),
            job(2, 2, service=45 * MINUTE, time_windows=[[11 * HOUR, 13 * HOUR]]),
            job(3, 3, time_windows=[[DAY + 8 * HOUR, DAY + 18 * HOUR]]),
        ],
        [vehicle(1, breaks=[lunch(1)]), vehicle(2, day=1, breaks=[lunch(2, 1)])],
    )
    problem = parse_problem(data)
    routes = [[0, 1], [2]]
    assert all(route_cost(problem, v, route) is not None for v, route in enumerate(routes))
    return problem, routes


def test_a_start_that_breaks_the_daily_copy_loses_the_visits_that_break_it_and_no_other():
    problem, routes = _lunch_hour_route()
    model = warmstart.PyvrpModel(problem, analyse(problem).allowed)
    assert model.offsets is not None
    assert not model.solution_of(routes).is_feasible()
    start = model.solution_of(routes, feasible=True)
    assert start.is_feasible()
    assert start.num_clients() == 2  # one of the Monday jobs, and Tuesday's


def test_the_search_from_such_a_start_returns_exact_routes_and_the_engine_keeps_every_visit():
    problem, routes = _lunch_hour_route()
    allowed = analyse(problem).allowed
    model = warmstart.PyvrpModel(problem, allowed)
    end = time.monotonic() + 0.5
    best, _ = model.search(lambda: time.monotonic() > end, initial_routes=routes)
    assert best is not None and sum(len(route) for route in best) == 2
    for vehicle_rank, route in enumerate(best):
        assert not route or route_cost(problem, vehicle_rank, route) is not None
    # The engine offers the exact plan it starts from as well: nothing is lost.
    from planner.optimize.engine import solve

    solution = solve(problem, time_limit=2.0)
    assert check_solution(problem, solution).ok and not solution.unassigned
