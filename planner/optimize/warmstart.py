"""Warm start with PyVRP: its iterated local search on a simplified copy of the problem.

PyVRP (https://pyvrp.org) is markedly stronger than OR-Tools' guided local search on time-window
problems (see the README's benchmark table), but it lacks some of Planner's rules.  The copy given to it:

* one PyVRP vehicle type per group of identical vehicles (same hours, places, capacity, allowed jobs);
* skills and pinned vehicles as routing profiles whose arcs into forbidden jobs are prohibitively long
  (beyond ``MAX_PROFILES`` distinct restrictions, pinned vehicles are left to the repair);
* several windows of a job become their hull (exact when no shift falls in a gap);
* breaks: when every vehicle takes the same breaks whenever its shift covers them (a company lunch
  hour), time is *compressed*: each break is cut out of the time axis at the opening of its window, so
  any route of the compressed problem keeps its lunch hour.  The one thing lost is the rule that a
  service may not run across the whole break window; routes breaking it are repaired.  Otherwise
  breaks are ignored and the repair deals with them;
* optional jobs carry a prize equal to OR-Tools' drop penalty; previous-plan and zone preferences are
  left to OR-Tools.

The routes found are only a proposal: :mod:`planner.optimize.repair` re-times them exactly before
OR-Tools continues from them.
"""

from __future__ import annotations

import importlib.util
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .ortools_model import drop_penalty
from .problem import NO_LIMIT, Problem, TimeWindow

MAX_PROFILES = 12


def available() -> bool:
    return importlib.util.find_spec("pyvrp") is not None


def choose(problem: Problem, mode: str) -> str | None:
    if mode == "none":
        return None
    if mode in ("auto", "pyvrp"):
        if available():
            return "pyvrp"
        if mode == "pyvrp":
            raise RuntimeError("PyVRP n'est pas installé.")
        return None
    raise ValueError(f"unknown warm start {mode!r}")


def approximate(problem: Problem, allowed: dict[int, list[int]]) -> bool:
    """Whether PyVRP's copy of the problem loses rules that the repair must restore."""
    used = {v for ranks in allowed.values() for v in ranks}
    return any(problem.vehicles[v].breaks for v in used) or any(
        len(problem.jobs[r].windows) > 1 for r in allowed
    )


# -- compressed time ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimeAxis:
    """Breaks cut out of the time axis: ``cuts`` are (window start, window end, duration), sorted."""

    cuts: tuple[tuple[int, int, int], ...] = ()

    def start(self, t: int) -> int:
        """Compressed lower bound for a real start time ``t``."""
        shift = 0
        for opening, _, length in self.cuts:
            if t <= opening:
                break
            if t < opening + length:
                return opening - shift
            shift += length
        return t - shift

    def end(self, t: int) -> int:
        """Compressed upper bound for a real time ``t`` (a start at or after a cut happens after the break)."""
        shift = 0
        for opening, _, length in self.cuts:
            if t < opening:
                break
            if t < opening + length:
                return opening - shift - 1
            shift += length
        return t - shift


def time_axis(problem: Problem, vehicles: Sequence[int]) -> TimeAxis | None:
    """The compression when breaks allow it, an empty axis without breaks, None when not compressible."""
    cuts = set()
    for rank in vehicles:
        for pause in problem.vehicles[rank].breaks:
            if len(pause.time_windows) != 1:
                return None
            ((opening, closing),) = pause.time_windows
            cuts.add((opening, closing, pause.service))
    ordered = sorted(cuts)
    for (_opening, closing, length), (next_opening, _, _) in zip(ordered, ordered[1:], strict=False):
        if closing + length > next_opening:
            return None
    for rank in vehicles:
        vehicle = problem.vehicles[rank]
        low, high = vehicle.time_window
        expected = {cut for cut in ordered if low <= cut[0] and cut[1] + cut[2] <= high}
        taken = {(p.time_windows[0][0], p.time_windows[0][1], p.service) for p in vehicle.breaks}
        if expected != taken:
            return None
    return TimeAxis(tuple(ordered))


# -- PyVRP model ---------------------------------------------------------------------------------------


def _client_window(axis: TimeAxis, windows: Sequence[TimeWindow], service: int) -> tuple[int, int] | None:
    """The one window PyVRP gets: the job's windows on the compressed axis, without the start times at
    which the service would cover a whole break window; their hull when several pieces remain."""
    pieces = []
    for low, high in windows:
        low, high = axis.start(low), axis.end(high)
        for opening, closing, _ in axis.cuts:
            at, width = axis.start(opening), closing - opening
            if service <= width or not low < at or high <= at + width - service:
                continue
            # Starts in (at + width - service, at) would cover [at, at + width]: keep what is around.
            before, after = (low, min(high, at + width - service)), (max(low, at), high)
            if before[0] <= before[1] and after[0] <= after[1]:
                pieces.append(before)
                low, high = after
            elif before[0] <= before[1]:
                low, high = before
            else:
                low, high = after
        if low <= high:
            pieces.append((low, high))
    if not pieces:
        return None
    return min(a for a, _ in pieces), max(b for _, b in pieces)


class PyvrpModel:
    """The simplified copy of a problem in PyVRP's terms, and the translation of routes both ways."""

    def __init__(self, problem: Problem, allowed: dict[int, list[int]]) -> None:
        import numpy as np
        from pyvrp import Client, Depot, Location, ProblemData, VehicleType

        self.problem = problem
        used = sorted({v for ranks in allowed.values() for v in ranks})
        self.axis = time_axis(problem, used) or TimeAxis()
        axis = self.axis
        hulls = {
            rank: _client_window(axis, problem.jobs[rank].windows, problem.jobs[rank].service)
            for rank in sorted(allowed)
        }
        self.client_jobs = [rank for rank, hull in hulls.items() if hull is not None]
        self.client_of = {rank: k for k, rank in enumerate(self.client_jobs)}
        client_jobs = self.client_jobs

        # PyVRP places: the depots, then one place per client (so that a prohibition hits one job only).
        depot_places: list[int | None] = []
        for rank in used:
            for place in (problem.vehicles[rank].start_index, problem.vehicles[rank].end_index):
                if place not in depot_places:
                    depot_places.append(place)
        places = depot_places + [problem.jobs[rank].location_index for rank in client_jobs]
        first_client = len(depot_places)

        def lift(matrix) -> np.ndarray:
            """The matrix between places; None (no fixed start or end) is at zero distance from all."""
            size = len(matrix)
            base = np.zeros((size + 1, size + 1))
            base[:size, :size] = np.asarray(matrix, dtype=float)
            index = np.array([size if place is None else place for place in places])
            return base[np.ix_(index, index)]

        def blocked(rank: int, with_pins: bool) -> frozenset[int]:
            vehicle = problem.vehicles[rank]
            return frozenset(
                k
                for k, job_rank in enumerate(client_jobs)
                if not problem.jobs[job_rank].skills <= vehicle.skills
                or (with_pins and problem.jobs[job_rank].pinned_vehicle not in (None, vehicle.id))
            )

        def profile_key(rank: int, with_pins: bool) -> tuple:
            vehicle = problem.vehicles[rank]
            return (vehicle.profile, vehicle.costs.per_hour, vehicle.costs.per_km, blocked(rank, with_pins))

        keys = {rank: profile_key(rank, True) for rank in used}
        if len(set(keys.values())) > MAX_PROFILES:
            keys = {rank: profile_key(rank, False) for rank in used}
        profile_index: dict[tuple, int] = {}
        durations, costs = [], []
        for rank in used:
            if keys[rank] in profile_index:
                continue
            vehicle = problem.vehicles[rank]
            matrices = problem.matrices[vehicle.profile]
            duration = lift(matrices.durations)
            if matrices.costs is not None:
                cost = lift(matrices.costs)
            else:
                cost = duration * (vehicle.costs.per_hour / 3600)
                if vehicle.costs.per_km and matrices.distances is not None:
                    cost += lift(matrices.distances) * (vehicle.costs.per_km / 1000)
            profile_index[keys[rank]] = len(durations)
            durations.append(np.ceil(duration).astype(np.int64))
            costs.append(np.rint(cost).astype(np.int64))
        prize = drop_penalty(problem, int(max(matrix.max() for matrix in costs)), 0)
        horizon = max(axis.end(min(problem.vehicles[r].time_window[1], NO_LIMIT)) for r in used)
        for key, p in profile_index.items():
            for k in key[3]:
                durations[p][:, first_client + k] = 10 * horizon + 1
                costs[p][:, first_client + k] = 10 * prize
                durations[p][first_client + k, first_client + k] = 0
                costs[p][first_client + k, first_client + k] = 0

        with_tasks = any(problem.vehicles[r].max_tasks is not None for r in used)
        clients = []
        for k, rank in enumerate(client_jobs):
            job = problem.jobs[rank]
            delivery = list(job.delivery) if job.delivery else [0] * problem.amount_size
            pickup = list(job.pickup) if job.pickup else [0] * problem.amount_size
            clients.append(
                Client(
                    location=first_client + k,
                    delivery=delivery + [1] * with_tasks,
                    pickup=pickup + [0] * with_tasks,
                    service_duration=job.service,
                    tw_early=hulls[rank][0],
                    tw_late=hulls[rank][1],
                    prize=prize * (1 + job.priority),
                    required=False,
                )
            )

        # Vehicle types: identical vehicles grouped.
        type_of: dict[tuple, int] = {}
        self.members: list[list[int]] = []
        for rank in used:
            vehicle = problem.vehicles[rank]
            capacity = list(vehicle.capacity) if vehicle.capacity else [0] * problem.amount_size
            if with_tasks:
                capacity.append(len(clients) if vehicle.max_tasks is None else vehicle.max_tasks)
            low, high = vehicle.time_window
            attributes = (
                tuple(capacity),
                depot_places.index(vehicle.start_index),
                depot_places.index(vehicle.end_index),
                vehicle.costs.fixed,
                axis.start(low),
                axis.end(min(high, NO_LIMIT)),
                profile_index[keys[rank]],
                frozenset(k for k, job_rank in enumerate(client_jobs) if rank in allowed[job_rank]),
            )
            if attributes not in type_of:
                type_of[attributes] = len(self.members)
                self.members.append([])
            self.members[type_of[attributes]].append(rank)
        self.type_of_vehicle = {rank: t for t, group in enumerate(self.members) for rank in group}
        types = [
            VehicleType(
                num_available=len(self.members[t]),
                capacity=list(attributes[0]),
                start_depot=attributes[1],
                end_depot=attributes[2],
                fixed_cost=attributes[3],
                tw_early=attributes[4],
                tw_late=attributes[5],
                profile=attributes[6],
            )
            for attributes, t in type_of.items()
        ]
        self.data = ProblemData(
            [Location(0.0, 0.0) for _ in places],
            clients,
            [Depot(location=k) for k in range(first_client)],
            types,
            costs,
            durations,
        )
        self.exact = bool(axis.cuts) or any(len(problem.jobs[r].windows) > 1 for r in self.client_jobs)
        self._feasible: dict[tuple, bool] = {}

    def routes_of(self, solution) -> list[list[int]]:
        """Job ranks per vehicle rank."""
        routes: list[list[int]] = [[] for _ in self.problem.vehicles]
        free = [list(group) for group in self.members]
        for route in solution.routes():
            vehicle_rank = free[route.vehicle_type()].pop(0)
            routes[vehicle_rank] = [
                self.client_jobs[activity.idx] for activity in route if activity.is_client()
            ]
        return routes

    def solution_of(self, routes: Sequence[Sequence[int]]):
        """PyVRP solution from job ranks per vehicle rank (jobs PyVRP does not know are left out)."""
        from pyvrp import Route
        from pyvrp import Solution as PyvrpSolution

        out = []
        for vehicle_rank, route in enumerate(routes):
            visits = [self.client_of[rank] for rank in route if rank in self.client_of]
            if visits and vehicle_rank in self.type_of_vehicle:
                out.append(Route(self.data, visits, self.type_of_vehicle[vehicle_rank]))
        return PyvrpSolution(self.data, out)

    def exactly_feasible(self, solution) -> bool:
        """Whether every route keeps to Planner's exact rules (PyVRP's copy misses some)."""
        from .repair import route_cost

        free = [list(group) for group in self.members]
        for route in solution.routes():
            vehicle_rank = free[route.vehicle_type()].pop(0)
            jobs = tuple(self.client_jobs[activity.idx] for activity in route if activity.is_client())
            key = (self.type_of_vehicle[vehicle_rank], jobs)
            if key not in self._feasible:
                self._feasible[key] = route_cost(self.problem, vehicle_rank, list(jobs)) is not None
            if not self._feasible[key]:
                return False
        return True

    def search(
        self,
        should_stop: Callable[[], bool],
        *,
        initial_routes: Sequence[Sequence[int]] | None = None,
        on_improvement: Callable[[int], None] | None = None,
        seed: int = 0,
    ) -> tuple[list[list[int]] | None, list[list[int]] | None]:
        """PyVRP's iterated local search (its ``solve`` loop, with our stop and callbacks).

        Returns the best routes, and the best routes that keep to the exact rules when they differ
        (tracked only when the copy is approximate: breaks or several windows per job).
        """
        from pyvrp import (
            IteratedLocalSearch,
            IteratedLocalSearchParams,
            PenaltyManager,
            RandomNumberGenerator,
        )
        from pyvrp import Solution as PyvrpSolution
        from pyvrp.IteratedLocalSearch import IteratedLocalSearchCallbacks
        from pyvrp.PenaltyManager import PenaltyParams
        from pyvrp.search import (
            OPERATORS,
            LocalSearch,
            NeighbourhoodParams,
            PerturbationManager,
            PerturbationParams,
            compute_neighbours,
        )

        data = self.data
        model = self
        clean: list = [None, None]  # cost, solution

        class Callbacks(IteratedLocalSearchCallbacks):
            def on_iteration(self, current, candidate, best, cost_evaluator):
                if not model.exact or not candidate.is_feasible():
                    return
                cost = cost_evaluator.cost(candidate)
                if (clean[0] is None or cost < clean[0]) and model.exactly_feasible(candidate):
                    clean[0], clean[1] = cost, candidate

            def on_best(self, best):
                if on_improvement is not None and best.is_feasible():
                    on_improvement(best.distance_cost())

        rng = RandomNumberGenerator(seed=seed)
        neighbours = compute_neighbours(data, NeighbourhoodParams())
        search = LocalSearch(data, rng, neighbours, PerturbationManager(PerturbationParams()))
        for operator in OPERATORS:
            if operator.supports(data):
                search.add_operator(operator(data))
        penalty_params = PenaltyParams()
        penalties = PenaltyManager(penalty_params.midpoint_penalties(data), penalty_params)
        if should_stop():
            return None, None
        with warnings.catch_warnings():
            # PyVRP warns when its penalties saturate; on optional jobs this only means some stay out.
            warnings.simplefilter("ignore")
            if initial_routes is not None:
                initial = self.solution_of(initial_routes)
            else:
                initial = search(
                    PyvrpSolution.make_random(data, rng), penalties.max_cost_evaluator(), exhaustive=True
                )
            algorithm = IteratedLocalSearch(
                data, penalties, search, initial, IteratedLocalSearchParams(callbacks=Callbacks())
            )
            result = algorithm.run(lambda _cost: should_stop(), collect_stats=False)
        best = result.best
        best_routes = self.routes_of(best) if best.is_feasible() else None
        clean_routes = self.routes_of(clean[1]) if clean[1] is not None and clean[1] is not best else None
        return best_routes, clean_routes


def run(
    name: str,
    problem: Problem,
    allowed: dict[int, list[int]],
    *,
    should_stop: Callable[[], bool],
    on_improvement: Callable[[int], None] | None = None,
    seed: int = 0,
    initial_routes: Sequence[Sequence[int]] | None = None,
) -> list[list[list[int]]]:
    """Candidate routes (job ranks per vehicle rank) proposed by the warm-start solver, best first."""
    if name != "pyvrp":
        raise ValueError(name)
    model = PyvrpModel(problem, allowed)
    if not model.client_jobs:
        return []
    best, clean = model.search(
        should_stop, initial_routes=initial_routes, on_improvement=on_improvement, seed=seed
    )
    return [routes for routes in (best, clean) if routes is not None]
