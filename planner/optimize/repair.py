"""Turning approximate routes into exact ones, and inserting jobs into exact routes.

Warm-start solvers work on a simplified model (lunch at a fixed point of a compressed time axis, one
hull window per job...).  Their routes are re-timed here with the exact rules of
:mod:`planner.optimize.schedule`; a route that no longer fits loses the jobs that break it, and the
jobs left over are put back by cheapest exact insertion before OR-Tools takes over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .problem import Problem
from .schedule import best_order, with_breaks

REORDER_BUDGET = 20_000

Cost = Callable[[int, int], int]  # (job rank, vehicle rank) -> extra cost of that assignment


def route_cost(problem: Problem, vehicle_rank: int, route: Sequence[int]) -> float | None:
    """Travel cost of a route if its exact schedule is feasible, else None."""
    scheduled = with_breaks(problem, problem.vehicles[vehicle_rank], route)
    return None if scheduled is None else scheduled.cost


def make_feasible(
    problem: Problem, routes: list[list[int]], allowed: dict[int, list[int]]
) -> list[list[int]]:
    """Each route re-ordered or, failing that, stripped of jobs until it keeps to the exact rules."""
    fixed = []
    for vehicle_rank, route in enumerate(routes):
        route = [rank for rank in route if vehicle_rank in allowed.get(rank, ())]
        vehicle = problem.vehicles[vehicle_rank]
        while route and route_cost(problem, vehicle_rank, route) is None:
            reordered = best_order(problem, vehicle, route, budget=REORDER_BUDGET)
            if reordered is not None:
                route = reordered[1]
                break
            best: tuple[float, list[int]] | None = None
            for position in range(len(route)):
                shorter = route[:position] + route[position + 1 :]
                found = best_order(problem, vehicle, shorter, budget=REORDER_BUDGET // len(route))
                if found is not None and (best is None or found[0] < best[0]):
                    best = found
            if best is not None:
                route = best[1]
            else:  # no single removal is enough: give up the longest job and try again
                longest = max(range(len(route)), key=lambda position: problem.jobs[route[position]].service)
                route = route[:longest] + route[longest + 1 :]
        fixed.append(route)
    return fixed


def insert_jobs(
    problem: Problem,
    routes: list[list[int]],
    jobs: Sequence[int],
    allowed: dict[int, list[int]],
    extra_cost: Cost | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> list[int]:
    """Insert ``jobs`` where each costs least (most constrained and highest priority first).

    ``routes`` is updated in place; returns the jobs that fit nowhere.
    """
    costs = [route_cost(problem, v, route) for v, route in enumerate(routes)]
    order = sorted(jobs, key=lambda rank: (-problem.jobs[rank].priority, len(allowed.get(rank, ()))))
    left = []
    for rank in order:
        if should_stop():
            left.append(rank)
            continue
        best: tuple[float, int, int, float] | None = None
        for vehicle_rank in allowed.get(rank, ()):
            route, before = routes[vehicle_rank], costs[vehicle_rank]
            if before is None:
                continue
            penalty = extra_cost(rank, vehicle_rank) if extra_cost else 0
            for position in range(len(route) + 1):
                after = route_cost(problem, vehicle_rank, route[:position] + [rank] + route[position:])
                if after is None:
                    continue
                added = after - before + penalty
                if best is None or added < best[0]:
                    best = (added, vehicle_rank, position, after)
        if best is None:
            left.append(rank)
            continue
        _, vehicle_rank, position, after = best
        routes[vehicle_rank].insert(position, rank)
        costs[vehicle_rank] = after
    return left
