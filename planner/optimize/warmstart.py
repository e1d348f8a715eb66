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
DAILY_MAX_PERTURBATIONS = 5
DAILY_PRIZE_ARCS = 3  # prize of a visit (priority 0) in the daily copy, in longest arcs
DAILY_PENALTY = 10.0  # initial penalty per second of lateness (and unit of excess load) in the daily copy
MATRIX_CELLS = 40_000_000  # cells of all profiles' matrices together, in the daily copy


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


def time_axis(
    problem: Problem, vehicles: Sequence[int], offsets: dict[int, int] | None = None
) -> TimeAxis | None:
    """The compression when breaks allow it, an empty axis without breaks, None when not compressible.

    With ``offsets`` (vehicle rank -> start of its day), times are times of day.
    """
    cuts = set()
    for rank in vehicles:
        shift = offsets[rank] if offsets else 0
        for pause in problem.vehicles[rank].breaks:
            if len(pause.time_windows) != 1:
                return None
            ((opening, closing),) = pause.time_windows
            cuts.add((opening - shift, closing - shift, pause.service))
    ordered = sorted(cuts)
    for (_opening, closing, length), (next_opening, _, _) in zip(ordered, ordered[1:], strict=False):
        if closing + length > next_opening:
            return None
    for rank in vehicles:
        vehicle = problem.vehicles[rank]
        shift = offsets[rank] if offsets else 0
        low, high = vehicle.time_window[0] - shift, vehicle.time_window[1] - shift
        expected = {cut for cut in ordered if low <= cut[0] and cut[1] + cut[2] <= high}
        taken = {
            (p.time_windows[0][0] - shift, p.time_windows[0][1] - shift, p.service) for p in vehicle.breaks
        }
        if expected != taken:
            return None
    return TimeAxis(tuple(ordered))


# -- PyVRP model ---------------------------------------------------------------------------------------


def _client_window(axis: TimeAxis, windows: Sequence[TimeWindow], service: int) -> tuple[int, int] | None:
    """The one window PyVRP gets: the job's windows on the compressed axis, without the start times at
    which the service would cover a whole break window; their hull when several pieces remain."""
    pieces = _client_pieces(axis, windows, service)
    if not pieces:
        return None
    return min(a for a, _ in pieces), max(b for _, b in pieces)


def _client_pieces(axis: TimeAxis, windows: Sequence[TimeWindow], service: int) -> list[tuple[int, int]]:
    """The job's windows on the compressed axis, cut around the start times at which the service
    would cover a whole break window."""
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
    return pieces


DAY = 86_400


def daily_offsets(problem: Problem, vehicles: Sequence[int]) -> dict[int, int] | None:
    """Start of each vehicle's day when every shift lies within one day and there are several days."""
    offsets = {}
    for rank in vehicles:
        low, high = problem.vehicles[rank].time_window
        offset = low // DAY * DAY
        if high >= NO_LIMIT or high > offset + DAY:
            return None
        offsets[rank] = offset
    return offsets if len(set(offsets.values())) > 1 else None


def _daily_windows(
    axis: TimeAxis,
    windows: Sequence[TimeWindow],
    service: int,
    days: set[int],
    preferred: int | None,
) -> tuple[list[tuple[int, int]], bool]:
    """The windows of the day of a job served on ``days`` (their starts), the piece holding the
    preferred start (a time of the plan in force) first; and whether they are the same every day."""
    by_day = []
    for day in days:
        shifted = [
            (max(low, day) - day, min(high, day + DAY - 1) - day)
            for low, high in windows
            if low < day + DAY and high >= day
        ]
        by_day.append(frozenset(_client_pieces(axis, shifted, service)))
    pieces = sorted(set().union(*by_day), key=lambda piece: (piece[0] - piece[1], piece[0]))
    if preferred is not None:
        at = axis.start(preferred - preferred // DAY * DAY)
        pieces.sort(key=lambda piece: not piece[0] <= at <= piece[1])
    return pieces, len(set(by_day)) <= 1


class PyvrpModel:
    """The simplified copy of a problem in PyVRP's terms, and the translation of routes both ways."""

    def __init__(
        self,
        problem: Problem,
        allowed: dict[int, list[int]],
        preferred_starts: dict[int, int] | None = None,
        daily: bool = True,
    ) -> None:
        import numpy as np
        from pyvrp import Client, ClientGroup, Depot, Location, ProblemData, VehicleType

        self.problem = problem
        used = sorted({v for ranks in allowed.values() for v in ranks})
        # Shifts of one day each, several days, the same breaks: times of day, every day on one axis,
        # the day of each job enforced like skills.  Each job then gets one window of the day without
        # the start times where its service would cover the whole lunch window (the side of lunch it
        # has in the plan in force): PyVRP's copy is exact instead of approximate.
        offsets = daily_offsets(problem, used) if daily else None
        axis = time_axis(problem, used, offsets) if offsets else None
        if axis is None:
            offsets = None
            axis = time_axis(problem, used) or TimeAxis()
        self.offsets = offsets
        self.axis = axis
        preferred = preferred_starts or {}
        # Clients: one per job, or in the daily copy one per window of the day, a job's windows
        # making a group of which one client at most is visited.
        pieces: dict[int, list[tuple[int, int]]] = {}
        approximate = False
        for rank in sorted(allowed):
            job = problem.jobs[rank]
            if offsets:
                found, same = _daily_windows(
                    axis, job.windows, job.service, {offsets[v] for v in allowed[rank]}, preferred.get(rank)
                )
                approximate |= not same
            else:
                hull = _client_window(axis, job.windows, job.service)
                found = [hull] if hull is not None else []
                approximate |= len(job.windows) > 1 or bool(axis.cuts)
            if found:
                pieces[rank] = found
        self.client_jobs = [rank for rank, found in pieces.items() for _ in found]
        client_windows = [window for found in pieces.values() for window in found]
        self.client_of = {}
        for k, rank in enumerate(self.client_jobs):
            self.client_of.setdefault(rank, k)
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

        allowed_sets = {rank: set(allowed[rank]) for rank in client_jobs}

        def blocked(rank: int, with_pins: bool) -> frozenset[int]:
            vehicle = problem.vehicles[rank]
            if offsets:
                return frozenset(
                    k for k, job_rank in enumerate(client_jobs) if rank not in allowed_sets[job_rank]
                )
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
        if offsets and len(set(keys.values())) > max(MAX_PROFILES, MATRIX_CELLS // len(places) ** 2):
            self.__init__(problem, allowed, daily=False)
            return
        if len(set(keys.values())) > MAX_PROFILES and not offsets:
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
        max_arc = int(max(matrix.max() for matrix in costs))
        # Daily copy: a visit is worth more than any detour it costs (visits still come first), but not
        # so much more that the search prefers an infeasible plan with one more visit to any feasible
        # one (measured: less stagnation, lower drive at the same number of visits).
        prize = max(1, round(DAILY_PRIZE_ARCS * max_arc)) if offsets else drop_penalty(problem, max_arc, 0)
        shift = offsets or dict.fromkeys(used, 0)
        horizon = max(axis.end(min(problem.vehicles[r].time_window[1], NO_LIMIT) - shift[r]) for r in used)
        self._base_cost = costs[0].copy()
        for key, p in profile_index.items():
            for k in key[3]:
                durations[p][:, first_client + k] = 10 * horizon + 1
                costs[p][:, first_client + k] = 10 * prize
                durations[p][first_client + k, first_client + k] = 0
                costs[p][first_client + k, first_client + k] = 0

        with_tasks = any(problem.vehicles[r].max_tasks is not None for r in used)
        members_of: dict[int, list[int]] = {}
        for k, rank in enumerate(client_jobs):
            members_of.setdefault(rank, []).append(k)
        groups = [members for members in members_of.values() if len(members) > 1]
        group_of = {k: g for g, members in enumerate(groups) for k in members}
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
                    tw_early=client_windows[k][0],
                    tw_late=client_windows[k][1],
                    prize=prize * (1 + job.priority),
                    required=False,
                    group=group_of.get(k),
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
            low, high = vehicle.time_window[0] - shift[rank], vehicle.time_window[1] - shift[rank]
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
            [ClientGroup(members, required=False) for members in groups],
        )
        self._first_client = first_client
        self._hulls = client_windows
        self._allowed_sets = allowed_sets
        self.approximate = approximate  # the copy misses rules: track the best exactly feasible solution
        self._feasible: dict[tuple, bool] = {}

    def daily_neighbours(self, count: int = 50, weight_wait_time: float = 0.2) -> dict:
        """PyVRP's neighbourhood (cost, waiting and lateness between clients), among clients that
        share a vehicle: on the daily axis, clients of different days are not neighbours."""
        import numpy as np
        from pyvrp import Activity, ActivityType

        first = self._first_client
        cost = self._base_cost[first:, first:].astype(float)
        early = np.array([hull[0] for hull in self._hulls], dtype=float)
        late = np.array([hull[1] for hull in self._hulls], dtype=float)
        service = np.array([self.problem.jobs[rank].service for rank in self.client_jobs], dtype=float)
        # Waiting at j after serving i as early as possible, lateness at j when serving i as late.
        wait = np.maximum(early[None, :] - (late[:, None] + service[:, None] + cost), 0)
        warp = np.maximum(early[:, None] + service[:, None] + cost - late[None, :], 0)
        proximity = cost + weight_wait_time * wait + warp
        proximity = np.minimum(proximity, proximity.T)
        vehicles = sorted({v for ranks in self._allowed_sets.values() for v in ranks})
        column = {v: c for c, v in enumerate(vehicles)}
        incidence = np.zeros((len(self.client_jobs), len(vehicles)))
        for k, rank in enumerate(self.client_jobs):
            for v in self._allowed_sets[rank]:
                incidence[k, column[v]] = 1
        proximity[incidence @ incidence.T == 0] = np.inf
        np.fill_diagonal(proximity, np.inf)
        out = {}
        for k in range(len(self.client_jobs)):
            order = np.argsort(proximity[k], kind="stable")[:count]
            out[Activity(ActivityType.CLIENT, k)] = [
                Activity(ActivityType.CLIENT, int(j)) for j in order if np.isfinite(proximity[k, j])
            ]
        return out

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

    def solution_of(self, routes: Sequence[Sequence[int]], *, feasible: bool = False):
        """PyVRP solution from job ranks per vehicle rank (jobs PyVRP does not know are left out).

        With ``feasible``, a route that breaks the copy's rules (an exact route can: the copy's window
        of a job due in the lunch hour is narrower than the real one) loses the visits whose removal
        helps most, until it keeps to them: PyVRP's search then starts from a feasible plan, and puts
        those visits back where it can (its best plan would otherwise be the first feasible one met).
        """
        from pyvrp import Route
        from pyvrp import Solution as PyvrpSolution

        clients = self.data.clients() if feasible else []
        out = []
        for vehicle_rank, route in enumerate(routes):
            visits = [self.client_of[rank] for rank in route if rank in self.client_of]
            if not visits or vehicle_rank not in self.type_of_vehicle:
                continue
            vehicle_type = self.type_of_vehicle[vehicle_rank]
            made = Route(self.data, visits, vehicle_type)
            while feasible and visits and not made.is_feasible():
                options = []
                for position in range(len(visits)):
                    shorter = Route(self.data, visits[:position] + visits[position + 1 :], vehicle_type)
                    prize = clients[visits[position]].prize
                    options.append((not shorter.is_feasible(), shorter.time_warp(), prize, position, shorter))
                *_, position, made = min(options, key=lambda option: option[:4])
                del visits[position]
            if visits:
                out.append(made)
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
        pool=None,
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
        met: set[tuple] = set()
        representative = [group[0] for group in self.members]
        client_jobs = self.client_jobs

        def collect(candidate) -> None:
            # Routes told apart by cheap figures; only new ones are read and re-timed exactly.
            for route in candidate.routes():
                key = (
                    route.vehicle_type(),
                    route.num_clients(),
                    route.distance(),
                    route.duration(),
                    route.service_duration(),
                )
                if key in met or not route.is_feasible():
                    continue
                met.add(key)
                jobs = [client_jobs[activity.idx] for activity in route if activity.is_client()]
                pool.add(representative[key[0]], jobs)

        class Callbacks(IteratedLocalSearchCallbacks):
            def on_iteration(self, current, candidate, best, cost_evaluator):
                if pool is not None:
                    collect(candidate)
                if not model.approximate or not candidate.is_feasible():
                    return
                cost = cost_evaluator.cost(candidate)
                if (clean[0] is None or cost < clean[0]) and model.exactly_feasible(candidate):
                    clean[0], clean[1] = cost, candidate

            def on_best(self, best):
                if on_improvement is not None and best.is_feasible():
                    on_improvement(best.distance_cost())

        rng = RandomNumberGenerator(seed=seed)
        if self.offsets:
            neighbours = self.daily_neighbours()
        else:
            neighbours = compute_neighbours(data, NeighbourhoodParams())
        # Short routes packed full (a technician-day): small perturbations work best (measured on field
        # weeks); other problems keep PyVRP's defaults.
        perturbation = (
            PerturbationParams(1, DAILY_MAX_PERTURBATIONS) if self.offsets else PerturbationParams()
        )
        search = LocalSearch(data, rng, neighbours, PerturbationManager(perturbation))
        for operator in OPERATORS:
            if operator.supports(data):
                search.add_operator(operator(data))
        penalty_params = PenaltyParams()
        initial_penalties = penalty_params.midpoint_penalties(data)
        if self.offsets:
            # Seconds of lateness cost about as much as seconds of driving at first (PyVRP's midpoint,
            # 50 000 per second, forbids every infeasible step and the search stalls near its start).
            loads, _, _ = initial_penalties
            initial_penalties = ([DAILY_PENALTY] * len(loads), DAILY_PENALTY, DAILY_PENALTY)
        penalties = PenaltyManager(initial_penalties, penalty_params)
        if should_stop():
            return None, None
        with warnings.catch_warnings():
            # PyVRP warns when its penalties saturate; on optional jobs this only means some stay out.
            warnings.simplefilter("ignore")
            if initial_routes is not None:
                initial = self.solution_of(initial_routes, feasible=True)
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
    pool=None,
    preferred_starts: dict[int, int] | None = None,
) -> list[list[list[int]]]:
    """Candidate routes (job ranks per vehicle rank) proposed by the warm-start solver, best first."""
    if name != "pyvrp":
        raise ValueError(name)
    if preferred_starts is None and initial_routes is not None:
        preferred_starts = service_starts(problem, initial_routes)
    model = PyvrpModel(problem, allowed, preferred_starts)
    if not model.client_jobs:
        return []
    best, clean = model.search(
        should_stop, initial_routes=initial_routes, on_improvement=on_improvement, seed=seed, pool=pool
    )
    return [routes for routes in (best, clean) if routes is not None]


def service_starts(problem: Problem, routes: Sequence[Sequence[int]]) -> dict[int, int]:
    """Job rank -> start of its service in these routes (exactly scheduled; routes that do not keep
    to the rules give none)."""
    from .schedule import with_breaks
    from .solution import JOB

    starts = {}
    for vehicle_rank, route in enumerate(routes):
        if not route:
            continue
        scheduled = with_breaks(problem, problem.vehicles[vehicle_rank], route)
        if scheduled is None:
            continue
        for step in scheduled.steps:
            if step.type == JOB:
                starts[problem.job_rank(step.id)] = step.arrival + step.waiting_time
    return starts
