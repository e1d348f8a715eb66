"""Turning approximate routes into exact ones, and inserting jobs into exact routes.

Warm-start solvers work on a simplified model (lunch at a fixed point of a compressed time axis, one
hull window per job...).  Their routes are re-timed here with the exact rules of
:mod:`planner.optimize.schedule`; a route that no longer fits loses the jobs that break it, and the
jobs left over are put back by cheapest exact insertion before OR-Tools takes over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .problem import Problem
from .schedule import best_order

REORDER_BUDGET = 20_000

Cost = Callable[[int, int], int]  # (job rank, vehicle rank) -> extra cost of that assignment


def route_cost(problem: Problem, vehicle_rank: int, route: Sequence[int]) -> float | None:
    """Travel cost of a route if it keeps to the exact rules in this order, else None."""
    if not route:
        return 0.0
    found = best_order(problem, problem.vehicles[vehicle_rank], route, keep_order=True)
    return None if found is None else found[0]


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
            # Drop the job whose loss weighs least: lowest priority first, then cheapest route left.
            best: tuple[tuple[int, float], list[int]] | None = None
            for position in range(len(route)):
                shorter = route[:position] + route[position + 1 :]
                found = best_order(problem, vehicle, shorter, budget=REORDER_BUDGET // len(route))
                key = (problem.jobs[route[position]].priority, found[0]) if found is not None else None
                if key is not None and (best is None or key < best[0]):
                    best = (key, found[1])
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
    thorough: bool = True,
) -> list[int]:
    """Insert ``jobs`` where each costs least (most constrained and highest priority first).

    For each job, in turn: the cheapest position in any route; else (``thorough``) the cheapest route
    re-ordered with it; else a swap, the job taking the place of another which moves to another route.
    Only the routes nearest to the job are re-ordered.  ``routes`` is updated in place; returns the
    jobs that fit nowhere.
    """
    inserter = _Inserter(problem, routes, allowed, extra_cost)
    order = sorted(jobs, key=lambda rank: (-problem.jobs[rank].priority, len(allowed.get(rank, ()))))
    left = []
    for rank in order:
        if should_stop():
            left.append(rank)
            continue
        move = inserter.at_best_position(rank, allowed.get(rank, ()))
        if move is None and thorough:
            move = inserter.reordered(rank, inserter.nearest(rank, allowed.get(rank, ())))
        if move is None and thorough and not should_stop():
            move = inserter.swapped(rank, should_stop)
        if move is None:
            left.append(rank)
            continue
        inserter.apply(move)
    return left


NEAREST_ROUTES = 8
SEARCH_BUDGET = 3_000


class _Inserter:
    """Insertion moves on exact routes; a move is (added cost, {vehicle rank: (new route, new cost)})."""

    def __init__(self, problem: Problem, routes: list[list[int]], allowed, extra_cost: Cost | None) -> None:
        self.problem = problem
        self.routes = routes
        self.allowed = allowed
        self.extra = extra_cost or (lambda job, vehicle: 0)
        self.costs = [route_cost(problem, v, route) for v, route in enumerate(routes)]

    def apply(self, move) -> None:
        for vehicle_rank, (route, cost) in move[1].items():
            self.routes[vehicle_rank][:] = route
            self.costs[vehicle_rank] = cost

    def nearest(self, rank: int, vehicles: Sequence[int], exclude: int | None = None) -> list[int]:
        """The usable routes passing closest to the job."""
        problem = self.problem
        place = problem.jobs[rank].location_index

        def closeness(vehicle_rank: int) -> float:
            vehicle = problem.vehicles[vehicle_rank]
            stops = [problem.jobs[r].location_index for r in self.routes[vehicle_rank]] or [
                vehicle.start_index
            ]
            return min(problem.duration(vehicle, stop, place) for stop in stops)

        usable = [v for v in vehicles if v != exclude and self.costs[v] is not None]
        return sorted(usable, key=closeness)[:NEAREST_ROUTES]

    def at_best_position(self, rank: int, vehicles: Sequence[int], exclude: int | None = None):
        best = None
        for vehicle_rank in vehicles:
            route, before = self.routes[vehicle_rank], self.costs[vehicle_rank]
            if vehicle_rank == exclude or before is None:
                continue
            extra = self.extra(rank, vehicle_rank)
            for position in range(len(route) + 1):
                candidate = route[:position] + [rank] + route[position:]
                after = route_cost(self.problem, vehicle_rank, candidate)
                if after is not None and (best is None or after - before + extra < best[0]):
                    best = (after - before + extra, {vehicle_rank: (candidate, after)})
        return best

    def reordered(self, rank: int, vehicles: Sequence[int]):
        best = None
        for vehicle_rank in vehicles:
            vehicle = self.problem.vehicles[vehicle_rank]
            found = best_order(
                self.problem, vehicle, [*self.routes[vehicle_rank], rank], budget=SEARCH_BUDGET
            )
            if found is not None:
                added = found[0] - self.costs[vehicle_rank] + self.extra(rank, vehicle_rank)
                if best is None or added < best[0]:
                    best = (added, {vehicle_rank: (found[1], found[0])})
        return best

    def swapped(self, rank: int, should_stop: Callable[[], bool]):
        best = None
        for vehicle_rank in self.nearest(rank, self.allowed.get(rank, ())):
            vehicle = self.problem.vehicles[vehicle_rank]
            route = self.routes[vehicle_rank]
            for out in route:
                if should_stop():
                    return best
                rest = [r for r in route if r != out]
                found = best_order(self.problem, vehicle, [*rest, rank], budget=SEARCH_BUDGET)
                if found is None:
                    continue
                added = found[0] - self.costs[vehicle_rank] + self.extra(rank, vehicle_rank)
                added -= self.extra(out, vehicle_rank)
                if best is not None and added >= best[0]:
                    continue
                others = self.nearest(out, self.allowed.get(out, ()), exclude=vehicle_rank)
                elsewhere = self.at_best_position(out, others, exclude=vehicle_rank)
                if elsewhere is None:
                    continue
                total = added + elsewhere[0]
                if best is None or total < best[0]:
                    best = (total, {vehicle_rank: (found[1], found[0]), **elsewhere[1]})
        return best
