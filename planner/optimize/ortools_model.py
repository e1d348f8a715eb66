"""The OR-Tools routing model: the exact problem, solved by guided local search.

Nodes are the plannable jobs plus one node per distinct start or end location (and one "anywhere" node,
at zero distance from everything, for routes without a fixed start or end).  Every vehicle is one
OR-Tools vehicle: a technician-day with its own absolute time window, so a job whose windows span
several days may land on any of them.

* arc cost: VROOM's cost (travel time, or ``per_hour``/``per_km`` rates, or a custom ``costs`` matrix);
* ``time`` dimension: service plus travel, waiting allowed, job windows as cumul domains with holes,
  vehicle windows on the start and end cumuls, breaks as OR-Tools break intervals inside the route;
* one capacity dimension per amount component (deliveries, pickups, or both with a linking constraint),
  and a task counter for ``max_tasks``;
* skills, capacity pre-checks and pinned vehicles restrict each node's vehicle variable;
* every job is optional: dropping it costs a penalty far above any travel cost, scaled by priority;
* stability with a previous plan and zone-day preferences are a per-vehicle cost of serving a job,
  summed by an ``assignment`` dimension with a span cost.

The search runs until its deadline or until the caller's progress object is cancelled; a
``CustomLimit`` polls both (and hands the interpreter to other threads while the C++ search runs).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ortools.constraint_solver import pywrapcp, routing_enums_pb2

from .problem import Problem, Vehicle

BREAK_NAME = "break {vehicle} {rank}"


@dataclass
class OrToolsResult:
    routes: list[list[int]]  # per vehicle rank: job ranks in visiting order
    objective: int
    solutions_found: int


def drop_penalty(problem: Problem, max_arc_cost: int, max_assignment_cost: int) -> int:
    """Cost of leaving a job of priority 0 out: above what any single job can add to the routes."""
    return max(1_000_000, 4 * (2 * max_arc_cost + max_assignment_cost) * max(1, len(problem.jobs)))


class OrToolsModel:
    def __init__(
        self,
        problem: Problem,
        allowed: dict[int, list[int]],
        assignment_costs: dict[int, dict[int, int]] | None = None,
    ) -> None:
        """``allowed``: job rank -> vehicle ranks (jobs absent are left out of the model);
        ``assignment_costs``: job rank -> {vehicle rank: extra cost of that vehicle serving it}."""
        self.problem = problem
        self._closed = False
        self._found = 0
        self._deadline = 0.0
        self._should_stop: Callable[[], bool] = lambda: False
        self._on_solution: Callable[[int], None] | None = None
        self.job_ranks = sorted(allowed)
        self.used_vehicles = {v for ranks in allowed.values() for v in ranks}
        vehicles = problem.vehicles
        depot_locations: list[int | None] = []
        for vehicle in vehicles:
            for location in (vehicle.start_index, vehicle.end_index):
                if location not in depot_locations:
                    depot_locations.append(location)
        jobs_count = len(self.job_ranks)
        self.node_location: list[int | None] = [problem.jobs[r].location_index for r in self.job_ranks]
        self.node_location += depot_locations
        depot_node = {location: jobs_count + k for k, location in enumerate(depot_locations)}
        self.service = [problem.jobs[r].service for r in self.job_ranks] + [0] * len(depot_locations)
        self.manager = pywrapcp.RoutingIndexManager(
            len(self.node_location),
            len(vehicles),
            [depot_node[v.start_index] for v in vehicles],
            [depot_node[v.end_index] for v in vehicles],
        )
        self.routing = pywrapcp.RoutingModel(self.manager)
        self.index_of_job = {rank: self.manager.NodeToIndex(node) for node, rank in enumerate(self.job_ranks)}

        self._add_costs()
        self._add_time()
        self._add_amounts()
        max_assignment = self._add_assignment_costs(assignment_costs or {})
        penalty = drop_penalty(problem, self.max_arc_cost, max_assignment)
        for node, rank in enumerate(self.job_ranks):
            index = self.manager.NodeToIndex(node)
            # SetAllowedVehiclesForIndex does not accept Python lists in recent bindings; the vehicle
            # variable's domain expresses the same restriction (-1 stands for "not performed").
            self.routing.VehicleVar(index).SetValues([*allowed[rank], -1])
            self.routing.AddDisjunction([index], penalty * (1 + problem.jobs[rank].priority))

    # -- model pieces ---------------------------------------------------------------------------------
    def _matrix(
        self, vehicle: Vehicle, value: Callable[[Vehicle, int | None, int | None], float]
    ) -> list[list[int]]:
        locations = self.node_location
        return [[round(value(vehicle, a, b)) for b in locations] for a in locations]

    def _add_costs(self) -> None:
        problem, routing = self.problem, self.routing
        classes: dict[tuple, int] = {}
        self.max_arc_cost = 0
        for rank, vehicle in enumerate(problem.vehicles):
            key = (vehicle.profile, vehicle.costs.per_hour, vehicle.costs.per_km)
            if key not in classes:
                matrix = self._matrix(vehicle, problem.travel_cost)
                self.max_arc_cost = max(self.max_arc_cost, max(max(row) for row in matrix))
                classes[key] = routing.RegisterTransitMatrix(matrix)
            routing.SetArcCostEvaluatorOfVehicle(classes[key], rank)
            if vehicle.costs.fixed:
                routing.SetFixedCostOfVehicle(vehicle.costs.fixed, rank)

    def _add_time(self) -> None:
        problem, routing, manager = self.problem, self.routing, self.manager
        callbacks: dict[str, int] = {}
        for vehicle in problem.vehicles:
            if vehicle.profile not in callbacks:
                travel = self._matrix(vehicle, problem.duration)
                for a, row in enumerate(travel):
                    service = self.service[a]
                    for b in range(len(row)):
                        row[b] += service
                callbacks[vehicle.profile] = routing.RegisterTransitMatrix(travel)
        times = [t for job in problem.jobs for window in job.windows for t in window if t < 2**32 - 1]
        times += [t for v in problem.vehicles for t in v.time_window if t < 2**32 - 1]
        longest = max(max(max(m.durations[i]) for i in range(m.size)) for m in problem.matrices.values())
        horizon = max(times, default=0) + sum(self.service) + 2 * longest + 1
        horizon = max(horizon, 2**32)
        self.horizon = horizon
        routing.AddDimensionWithVehicleTransits(
            [callbacks[v.profile] for v in problem.vehicles], horizon, horizon, False, "time"
        )
        time_dim = routing.GetDimensionOrDie("time")
        self.time_dimension = time_dim
        for node, rank in enumerate(self.job_ranks):
            cumul = time_dim.CumulVar(manager.NodeToIndex(node))
            windows = problem.jobs[rank].windows
            cumul.SetRange(windows[0][0], min(windows[-1][1], horizon))
            for (_, end), (start, _) in zip(windows, windows[1:], strict=False):
                if start > end + 1:
                    cumul.RemoveInterval(end + 1, start - 1)
        solver = routing.solver()
        visit_transits = [0] * routing.Size()
        for index in range(routing.Size()):
            visit_transits[index] = self.service[manager.IndexToNode(index)]
        self.break_intervals: list[list] = []
        for rank, vehicle in enumerate(problem.vehicles):
            start, end = routing.Start(rank), routing.End(rank)
            low, high = vehicle.time_window[0], min(vehicle.time_window[1], horizon)
            time_dim.CumulVar(start).SetRange(low, high)
            time_dim.CumulVar(end).SetRange(low, high)
            intervals = []
            for break_rank, pause in enumerate(vehicle.breaks if rank in self.used_vehicles else ()):
                windows = pause.time_windows
                start_var = solver.IntVar(
                    windows[0][0], min(windows[-1][1], horizon), f"break start {rank} {break_rank}"
                )
                for (_, w_end), (w_start, _) in zip(windows, windows[1:], strict=False):
                    if w_start > w_end + 1:
                        start_var.RemoveInterval(w_end + 1, w_start - 1)
                interval = solver.FixedDurationIntervalVar(
                    start_var, pause.service, BREAK_NAME.format(vehicle=rank, rank=break_rank)
                )
                # Breaks belong to the route: not before leaving, not after coming back.
                solver.Add(interval.StartExpr() >= time_dim.CumulVar(start))
                solver.Add(interval.EndExpr() <= time_dim.CumulVar(end))
                intervals.append(interval)
            if intervals:
                time_dim.SetBreakIntervalsOfVehicle(intervals, rank, visit_transits)
            self.break_intervals.append(intervals)

    def _node_amount(self, kind: str, k: int) -> list[int]:
        values = []
        for node in range(len(self.node_location)):
            if node < len(self.job_ranks):
                amounts = getattr(self.problem.jobs[self.job_ranks[node]], kind)
                values.append(amounts[k] if amounts else 0)
            else:
                values.append(0)
        return values

    def _add_amounts(self) -> None:
        problem, routing = self.problem, self.routing
        solver = routing.solver()
        for k in range(problem.amount_size):
            capacities = [(v.capacity[k] if v.capacity else 0) for v in problem.vehicles]
            deliveries = self._node_amount("delivery", k)
            pickups = self._node_amount("pickup", k)
            if any(pickups) and any(deliveries):
                # load = (deliveries still on board) + (pickups collected): two counters and a link.
                delivered = routing.RegisterUnaryTransitVector(deliveries)
                routing.AddDimensionWithVehicleCapacity(delivered, 0, capacities, True, f"delivered {k}")
                change = routing.RegisterUnaryTransitVector(
                    [p - d for p, d in zip(pickups, deliveries, strict=True)]
                )
                routing.AddDimensionWithVehicleCapacity(change, 0, capacities, False, f"load {k}")
                done, load = (
                    routing.GetDimensionOrDie(f"delivered {k}"),
                    routing.GetDimensionOrDie(f"load {k}"),
                )
                for rank in range(len(problem.vehicles)):
                    solver.Add(load.CumulVar(routing.Start(rank)) == done.CumulVar(routing.End(rank)))
            elif any(pickups) or any(deliveries):
                vector = routing.RegisterUnaryTransitVector(pickups if any(pickups) else deliveries)
                routing.AddDimensionWithVehicleCapacity(vector, 0, capacities, True, f"amount {k}")
        if any(v.max_tasks is not None for v in problem.vehicles):
            ones = routing.RegisterUnaryTransitVector(
                [1 if node < len(self.job_ranks) else 0 for node in range(len(self.node_location))]
            )
            limits = [len(self.job_ranks) if v.max_tasks is None else v.max_tasks for v in problem.vehicles]
            routing.AddDimensionWithVehicleCapacity(ones, 0, limits, True, "tasks")

    def _add_assignment_costs(self, costs: dict[int, dict[int, int]]) -> int:
        if not any(any(per_vehicle.values()) for per_vehicle in costs.values()):
            return 0
        routing = self.routing
        nodes = len(self.node_location)
        callbacks = []
        largest = 0
        for vehicle_rank in range(len(self.problem.vehicles)):
            vector = [0] * nodes
            for node, rank in enumerate(self.job_ranks):
                vector[node] = costs.get(rank, {}).get(vehicle_rank, 0)
            largest = max(largest, max(vector))
            callbacks.append(routing.RegisterUnaryTransitVector(vector))
        total = largest * len(self.job_ranks) + 1
        routing.AddDimensionWithVehicleTransits(callbacks, 0, total, True, "assignment")
        routing.GetDimensionOrDie("assignment").SetSpanCostCoefficientForAllVehicles(1)
        return largest

    # -- solving --------------------------------------------------------------------------------------
    def solve(
        self,
        deadline: float,
        initial_routes: Sequence[Sequence[int]] | None = None,
        should_stop: Callable[[], bool] = lambda: False,
        on_solution: Callable[[int], None] | None = None,
    ) -> OrToolsResult | None:
        """Search until ``deadline`` (``time.monotonic()``) or ``should_stop()``; None if nothing found.

        May be called again (e.g. first alone, later from a better plan): the model stays the same.
        """
        routing = self.routing
        self._deadline, self._should_stop, self._on_solution = deadline, should_stop, on_solution
        parameters = pywrapcp.DefaultRoutingSearchParameters()
        parameters.first_solution_strategy = (
            routing_enums_pb2.FirstSolutionStrategy.PARALLEL_CHEAPEST_INSERTION
        )
        parameters.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
        remaining = max(0.05, deadline - time.monotonic())
        parameters.time_limit.FromMilliseconds(int(remaining * 1000))
        if not self._closed:
            limit = routing.solver().CustomLimit(
                lambda: self._should_stop() or time.monotonic() >= self._deadline
            )
            routing.AddSearchMonitor(limit)
            routing.AddAtSolutionCallback(self._at_solution)
            routing.CloseModelWithParameters(parameters)
            self._closed = True
        self._found = 0
        initial = None
        if initial_routes is not None:
            initial = routing.ReadAssignmentFromRoutes(
                [[self.index_of_job[rank] for rank in route] for route in initial_routes], True
            )
        if initial is not None:
            assignment = routing.SolveFromAssignmentWithParameters(initial, parameters)
            if assignment is None:
                assignment = initial
        else:
            assignment = routing.SolveWithParameters(parameters)
        if assignment is None:
            return None
        return OrToolsResult(self.routes_of(assignment), assignment.ObjectiveValue(), self._found)

    def _at_solution(self) -> None:
        self._found += 1
        if self._on_solution is not None:
            self._on_solution(self.routing.CostVar().Value())

    def routes_of(self, assignment) -> list[list[int]]:
        routing, manager = self.routing, self.manager
        routes = []
        for rank in range(len(self.problem.vehicles)):
            index = assignment.Value(routing.NextVar(routing.Start(rank)))
            route = []
            while not routing.IsEnd(index):
                route.append(self.job_ranks[manager.IndexToNode(index)])
                index = assignment.Value(routing.NextVar(index))
            routes.append(route)
        return routes
