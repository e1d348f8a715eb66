"""Route pool and set partitioning: the best combination of every exact route the searches met.

Field weeks have short routes (four or five visits a technician-day), and PyVRP's search meets tens of
thousands of them while it explores.  Each route is re-timed with the exact rules of
:mod:`planner.optimize.schedule` (lunch breaks included, which PyVRP only sees approximately); the
feasible ones are kept as columns, keyed by the set of their jobs with the cheapest order met.  A
set-partitioning model (CP-SAT) then picks at most one column per vehicle and each job at most once,
placing as many (and as important) jobs as possible, then the least travel and assignment cost.
The plan in force is given as a hint and is itself made of columns, so the selection is never worse.

Vehicles are grouped: the same hours, places, breaks, costs and capacity make a *timing class* (a
route feasible for one is feasible for all, at the same travel cost); within a class, vehicles that
may serve the same jobs at the same assignment costs are interchangeable, and the model counts the
columns given to each such group instead of naming the vehicle.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence

from ortools.sat.python import cp_model

from .problem import Problem
from .schedule import best_order

REORDER_BUDGET = 2_000
MAX_COLUMNS = 60_000
MIN_SECONDS = 0.1


class RoutePool:
    def __init__(
        self,
        problem: Problem,
        allowed: dict[int, list[int]],
        costs: dict[int, dict[int, int]] | None = None,
    ) -> None:
        self.problem = problem
        self.allowed = allowed
        self.costs = costs or {}
        class_of: dict[tuple, int] = {}
        self.class_of_vehicle: list[int] = []
        for vehicle in problem.vehicles:
            key = (
                vehicle.profile,
                vehicle.start_index,
                vehicle.end_index,
                vehicle.time_window,
                vehicle.breaks,
                vehicle.capacity,
                vehicle.costs,
                vehicle.max_tasks,
            )
            self.class_of_vehicle.append(class_of.setdefault(key, len(class_of)))
        jobs_of: list[set[int]] = [set() for _ in problem.vehicles]
        for job_rank, vehicle_ranks in allowed.items():
            for vehicle_rank in vehicle_ranks:
                jobs_of[vehicle_rank].add(job_rank)
        group_of: dict[tuple, int] = {}
        self.group_of_vehicle: list[int | None] = []
        self.groups: list[list[int]] = []  # vehicle ranks
        self.group_jobs: list[frozenset[int]] = []
        self.group_class: list[int] = []
        for vehicle_rank in range(len(problem.vehicles)):
            if not jobs_of[vehicle_rank]:
                self.group_of_vehicle.append(None)
                continue
            extra = tuple(
                sorted(
                    (job, self.costs[job][vehicle_rank])
                    for job in jobs_of[vehicle_rank]
                    if vehicle_rank in self.costs.get(job, {})
                )
            )
            key = (self.class_of_vehicle[vehicle_rank], frozenset(jobs_of[vehicle_rank]), extra)
            if key not in group_of:
                group_of[key] = len(self.groups)
                self.groups.append([])
                self.group_jobs.append(key[1])
                self.group_class.append(key[0])
            self.groups[group_of[key]].append(vehicle_rank)
            self.group_of_vehicle.append(group_of[key])
        self.class_groups: dict[int, list[int]] = {}
        for group, klass in enumerate(self.group_class):
            self.class_groups.setdefault(klass, []).append(group)
        # (class, job set) -> (travel cost, cheapest order met); sequences already checked.
        self.columns: dict[tuple[int, frozenset[int]], tuple[float, tuple[int, ...]]] = {}
        self._checked: set[tuple[int, tuple[int, ...]]] = set()

    def __len__(self) -> int:
        return len(self.columns)

    def add(self, vehicle_rank: int, route: Sequence[int], *, reorder: bool = True) -> bool:
        """Add a route met on this vehicle (in any class member); False when it breaks the exact rules."""
        if not route:
            return False
        klass = self.class_of_vehicle[vehicle_rank]
        sequence = tuple(route)
        key = (klass, sequence)
        if key in self._checked:
            return (klass, frozenset(sequence)) in self.columns
        self._checked.add(key)
        if len(self.columns) >= MAX_COLUMNS:
            return False
        vehicle = self.problem.vehicles[vehicle_rank]
        found = best_order(self.problem, vehicle, sequence, keep_order=True)
        if found is None and reorder:
            found = best_order(self.problem, vehicle, sequence, budget=REORDER_BUDGET)
        if found is None:
            return False
        cost, order = found[0], tuple(found[1])
        column = (klass, frozenset(order))
        known = self.columns.get(column)
        if known is None or cost < known[0]:
            self.columns[column] = (cost, order)
        return True

    def add_plan(self, routes: Sequence[Sequence[int]]) -> None:
        for vehicle_rank, route in enumerate(routes):
            if route:
                self.add(vehicle_rank, route)

    def select(
        self,
        incumbent: Sequence[Sequence[int]],
        deadline: float,
        should_stop: Callable[[], bool] = lambda: False,
        workers: int = 2,
    ) -> list[list[int]] | None:
        """The best plan made of columns (CP-SAT), starting from ``incumbent``; None without a model
        or without time left."""
        if should_stop() or deadline - time.monotonic() < MIN_SECONDS:
            return None
        problem = self.problem
        self.add_plan(incumbent)
        model = cp_model.CpModel()
        incumbent_sets = {
            (self.group_of_vehicle[v], frozenset(route)) for v, route in enumerate(incumbent) if route
        }
        floor = sum(1 + problem.jobs[rank].priority for route in incumbent for rank in route)
        variables: list[tuple] = []  # (variable, group, order)
        by_job: dict[int, list] = {}
        by_group: dict[int, list] = {}
        objective = []
        weights = []
        for (klass, jobs), (cost, order) in self.columns.items():
            weight = sum(1 + problem.jobs[rank].priority for rank in jobs)
            for group in self.class_groups.get(klass, ()):
                if not jobs <= self.group_jobs[group]:
                    continue
                vehicle_rank = self.groups[group][0]
                extra = sum(self.costs.get(rank, {}).get(vehicle_rank, 0) for rank in jobs)
                variable = model.new_bool_var("")
                variables.append((variable, group, order))
                for rank in jobs:
                    by_job.setdefault(rank, []).append(variable)
                by_group.setdefault(group, []).append(variable)
                objective.append((round(cost) + extra, variable))
                weights.append((weight, variable))
                model.add_hint(variable, (group, jobs) in incumbent_sets)
        if not variables or should_stop() or deadline - time.monotonic() < MIN_SECONDS:
            return None
        for members in by_job.values():
            if len(members) > 1:
                model.add_at_most_one(members)
        for group, members in by_group.items():
            if len(members) > len(self.groups[group]):
                model.add(sum(members) <= len(self.groups[group]))
        # As many (and as important) jobs as the plan in force, for the least cost.
        model.add(sum(weight * variable for weight, variable in weights) >= floor)
        model.minimize(sum(coefficient * variable for coefficient, variable in objective))
        solver = cp_model.CpSolver()
        seconds = deadline - time.monotonic()
        if seconds <= 0.05 or should_stop():
            return None
        solver.parameters.max_time_in_seconds = seconds
        solver.parameters.num_workers = workers
        done = threading.Event()

        def watch() -> None:
            while not done.wait(0.05):
                if should_stop():
                    solver.stop_search()
                    return

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        try:
            status = solver.solve(model)
        finally:
            done.set()
            watcher.join()
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None
        self.last_status = solver.status_name(status)
        routes: list[list[int]] = [[] for _ in problem.vehicles]
        free = {group: list(members) for group, members in enumerate(self.groups)}
        chosen = [(group, order) for variable, group, order in variables if solver.boolean_value(variable)]
        # Keep a job set on the vehicle that had it, when it is still free.
        placed = set()
        for position, (group, order) in enumerate(chosen):
            for vehicle_rank in free[group]:
                if frozenset(incumbent[vehicle_rank]) == frozenset(order):
                    routes[vehicle_rank] = list(order)
                    free[group].remove(vehicle_rank)
                    placed.add(position)
                    break
        for position, (group, order) in enumerate(chosen):
            if position not in placed:
                routes[free[group].pop(0)] = list(order)
        return routes
