"""Solving a problem: eligibility, optional warm start, OR-Tools search, exact schedule, report.

:func:`solve` is the engine's entry point.  It always returns a plan: when time runs out or the user
cancels, the best plan found so far, with every job it could not place listed with its reason.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from planner.domain.progress import Progress

from . import vroom_start, warmstart
from .eligibility import CANCELLED, Eligibility, analyse, lack_of_time_reason
from .ortools_model import OrToolsModel
from .pool import RoutePool
from .problem import Problem
from .repair import insert_jobs, make_feasible
from .schedule import with_breaks
from .solution import Solution, Unassigned
from .zones import back_and_forth_report

DEFAULT_TIME_LIMIT = 10.0
# Share of the time limit kept for building the model and writing the solution.
FINISH_RESERVE = 0.04
MIN_VROOM_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class SolveOptions:
    """How the time limit is spent.

    ``warm_start``: "auto" (PyVRP when installed), "pyvrp" or "none" (OR-Tools alone).
    ``first_plan``: for problems PyVRP only sees approximately (breaks, several windows), where its
    search starts from: "auto" (VROOM when installed, else OR-Tools), "vroom", "ortools" or "none".
    ``first_plan_share`` bounds the time of that first plan (VROOM usually ends well before: PyVRP
    starts then); PyVRP searches until ``warm_start_share`` of the limit, and OR-Tools refines the
    result during the rest.
    """

    warm_start: str = "auto"
    first_plan: str = "auto"
    first_plan_share: float = 0.5
    warm_start_share: float = 0.85
    seed: int = 0
    pool: bool = True
    pool_share: float = 0.93


def solve(
    problem: Problem,
    *,
    time_limit: float | None = None,
    progress: Progress | None = None,
    options: SolveOptions = SolveOptions(),
) -> Solution:
    """The best plan found within ``time_limit`` seconds (default 10), or when ``progress`` is cancelled."""
    began = time.monotonic()
    limit = DEFAULT_TIME_LIMIT if time_limit is None else max(0.1, float(time_limit))
    deadline = began + limit * (1 - FINISH_RESERVE)
    progress = progress or Progress()

    def at(share: float) -> float:
        return began + (deadline - began) * share

    def stop_at(moment: float):
        return lambda: progress.cancelled or time.monotonic() >= moment

    stages: dict[str, float] = {}

    def report(message: str) -> None:
        elapsed = time.monotonic() - began
        stages.setdefault(message, round(elapsed, 2))
        progress.report(min(1.0, elapsed / limit), message)

    report("Analyse des tâches et des véhicules")
    eligibility = analyse(problem)
    allowed = eligibility.allowed
    costs = assignment_costs(problem, eligibility)
    plan = _Plan(problem, costs)
    engine: dict = {"backbone": "ortools"}
    searched = None
    if problem.previous_plan is not None and allowed:
        # The plan in force is a candidate like any other: a proposal is never worse than it.
        plan.offer(make_feasible(problem, previous_routes(problem, allowed), allowed))
        engine["previous_plan_offered"] = True

    def ortools(until: float, initial, message: str, also_stop=lambda: False) -> None:
        # A model is searched once: after a search, OR-Tools may refuse to load given routes.
        model = OrToolsModel(problem, allowed, costs)
        result = model.solve(
            until,
            initial_routes=initial,
            should_stop=lambda: progress.cancelled or also_stop(),
            on_solution=lambda cost: report(message),
        )
        if result is not None:
            plan.offer(result.routes)
            engine["ortools_solutions"] = engine.get("ortools_solutions", 0) + result.solutions_found

    solver_name = warmstart.choose(problem, options.warm_start)
    if allowed and solver_name is not None and not progress.cancelled:
        # PyVRP is much stronger than OR-Tools' local search but sees breaks and several windows only
        # approximately; it then starts from an exact first plan, which also keeps every job placed
        # there: VROOM's, computed in a child process (a quick greedy plan meanwhile answers a
        # cancel), else OR-Tools' own.
        initial = None
        approximate = warmstart.approximate(problem, allowed)
        pool = RoutePool(problem, allowed, costs) if approximate and options.pool else None
        if approximate and options.first_plan != "none":
            report("Premier plan")
            share_end = at(options.first_plan_share)
            seconds = share_end - time.monotonic()
            if _first_plan_source(options.first_plan) == "vroom" and seconds >= MIN_VROOM_SECONDS:
                vroom_run = vroom_start.VroomRun(problem, allowed, seconds, threads=2)
                greedy: list[list[int]] = [[] for _ in problem.vehicles]
                greedy_stop = stop_at(share_end)
                insert_jobs(
                    problem,
                    greedy,
                    list(allowed),
                    allowed,
                    _extra_cost(costs),
                    lambda: vroom_run.finished() or greedy_stop(),
                    thorough=False,
                )
                plan.offer(greedy)
                # Its child takes a moment to start: a little grace before giving up on it.
                found = vroom_run.collect(stop_at(share_end + max(1.5, 0.1 * limit)))
                if found is not None:
                    plan.offer(make_feasible(problem, found, allowed))
                    engine["first_plan"] = "vroom"
                    if pool is not None:
                        pool.add_plan(found)
            if "first_plan" not in engine and not progress.cancelled:
                ortools(at(options.first_plan_share * 0.6), None, "Premier plan")
                engine["first_plan"] = "ortools"
            initial = plan.routes if plan.found else None
        if not progress.cancelled:
            report("Recherche de meilleures tournées (PyVRP)")
            warm_end = at(options.warm_start_share)
            candidates = warmstart.run(
                solver_name,
                problem,
                allowed,
                should_stop=stop_at(warm_end),
                on_improvement=lambda cost: report("Recherche de meilleures tournées (PyVRP)"),
                seed=options.seed,
                initial_routes=initial,
                pool=pool,
            )
            searched = None
            for found in candidates:
                repaired = make_feasible(problem, found, allowed)
                served = {rank for route in repaired for rank in route}
                missing = [rank for rank in allowed if rank not in served]
                insert_jobs(problem, repaired, missing, allowed, _extra_cost(costs), stop_at(deadline))
                plan.offer(repaired)
                if searched is None or plan_key(problem, repaired, costs) < plan_key(
                    problem, searched, costs
                ):
                    searched = repaired
            if candidates:
                engine["warm_start"] = solver_name
            if pool is not None and plan.found and not progress.cancelled:
                # The best combination of every exact route met so far.
                report("Combinaison des meilleures tournées")
                pool.add_plan(plan.routes)
                selected = pool.select(plan.routes, at(options.pool_share), lambda: progress.cancelled)
                engine["pool_columns"] = len(pool)
                if selected is not None:
                    before = plan.key
                    plan.offer(selected)
                    if plan.key != before:
                        searched = plan.routes
                        engine["pool_improved"] = True

    if allowed and not progress.cancelled:
        # OR-Tools continues from PyVRP's plan even when the repair lost a job or two there: it is
        # cheaper, and OR-Tools' moves usually put those jobs back.  The best plan wins in the end.
        report("Amélioration des tournées (OR-Tools)")
        start = searched if searched is not None else (plan.routes if plan.found else None)
        ortools(deadline, start, "Amélioration des tournées (OR-Tools)")
    if allowed and not progress.cancelled and (not plan.found or plan.key[0] == 0):
        # Too little time for the solvers (a fraction of a second): a greedy exact plan still beats none.
        greedy = [[] for _ in problem.vehicles]
        insert_jobs(problem, greedy, list(allowed), allowed, _extra_cost(costs), thorough=False)
        plan.offer(greedy)
    routes = plan.routes

    report("Mise en forme du plan")
    solution = build_solution(problem, routes, eligibility, cancelled=progress.cancelled and not any(routes))
    solution.computing_times = {"loading": 0, "solving": round((time.monotonic() - began) * 1000)}
    if eligibility.unusable_vehicles:
        # Vehicles whose breaks do not fit in their own hours cannot take any job.
        engine["unusable_vehicles"] = [problem.vehicles[rank].id for rank in eligibility.unusable_vehicles]
    engine["stages"] = stages
    solution.report = {"engine": engine, "back_and_forth": back_and_forth_report(problem, solution)}
    progress.report(1.0, "Plan prêt", force=True)
    return solution


def previous_routes(problem: Problem, allowed: dict[int, list[int]]) -> list[list[int]]:
    """The previous plan as routes: each job on its previous vehicle, in the order of its windows."""
    previous = problem.previous_plan
    routes: list[list[int]] = [[] for _ in problem.vehicles]
    if previous is None:
        return routes
    for job_id, vehicle_id in previous.assignments.items():
        job_rank = problem.job_rank(job_id)
        vehicle_rank = problem.vehicle_rank(vehicle_id)
        if vehicle_rank in allowed.get(job_rank, ()):
            routes[vehicle_rank].append(job_rank)
    for route in routes:
        route.sort(key=lambda rank: problem.jobs[rank].windows[0][0])
    return routes


def _extra_cost(costs: dict[int, dict[int, int]]):
    if not costs:
        return None
    return lambda job_rank, vehicle_rank: costs.get(job_rank, {}).get(vehicle_rank, 0)


def _first_plan_source(choice: str) -> str:
    if choice == "auto":
        return "vroom" if vroom_start.available() else "ortools"
    if choice not in ("vroom", "ortools"):
        raise ValueError(f"unknown first plan {choice!r}")
    return choice


class _Plan:
    """The best plan so far: more (and higher-priority) jobs first, then travel and assignment costs."""

    def __init__(self, problem: Problem, costs: dict[int, dict[int, int]]) -> None:
        self.problem = problem
        self.costs = costs
        self.routes: list[list[int]] = [[] for _ in problem.vehicles]
        self.key: tuple | None = None

    @property
    def found(self) -> bool:
        return self.key is not None

    def offer(self, routes: list[list[int]]) -> list[list[int]]:
        key = plan_key(self.problem, routes, self.costs)
        if self.key is None or key <= self.key:
            self.routes, self.key = [list(route) for route in routes], key
        return self.routes


def plan_key(problem: Problem, routes: list[list[int]], costs: dict[int, dict[int, int]]) -> tuple:
    """Order of plans: more (and higher-priority) jobs first, then travel and assignment costs."""
    served = [rank for route in routes for rank in route]
    weight = sum(1 + problem.jobs[rank].priority for rank in served)
    travel = 0.0
    for vehicle_rank, route in enumerate(routes):
        if route:
            scheduled = with_breaks(problem, problem.vehicles[vehicle_rank], route)
            travel += scheduled.cost if scheduled is not None else float("inf")
    extra = sum(costs.get(rank, {}).get(v, 0) for v, route in enumerate(routes) for rank in route)
    return (-weight, travel + extra)


def assignment_costs(problem: Problem, eligibility: Eligibility) -> dict[int, dict[int, int]]:
    """Extra cost of each (job, vehicle): leaving the previous plan, serving outside the vehicle's zones."""
    previous = problem.previous_plan
    costs: dict[int, dict[int, int]] = {}
    for job_rank, vehicle_ranks in eligibility.allowed.items():
        job = problem.jobs[job_rank]
        before = None
        if previous is not None and job.id in previous.assignments:
            before = problem.vehicles[problem.vehicle_rank(previous.assignments[job.id])]
        per_vehicle = {}
        for vehicle_rank in vehicle_ranks:
            vehicle = problem.vehicles[vehicle_rank]
            cost = 0
            if before is not None:
                if vehicle.technician_key != before.technician_key:
                    cost += previous.technician_change_cost
                if vehicle.day_key != before.day_key:
                    cost += previous.day_change_cost
            if (
                problem.zone_mismatch_cost
                and job.zone is not None
                and vehicle.zones
                and job.zone not in vehicle.zones
            ):
                cost += problem.zone_mismatch_cost
            if cost:
                per_vehicle[vehicle_rank] = cost
        if per_vehicle:
            costs[job_rank] = per_vehicle
    return costs


def build_solution(
    problem: Problem, routes: list[list[int]], eligibility: Eligibility, *, cancelled: bool = False
) -> Solution:
    """Exact schedules of the routes, in VROOM's output format, with the unassigned jobs' reasons."""
    out_routes = []
    served: set[int] = set()
    for vehicle_rank, route in enumerate(routes):
        if not route:
            continue
        vehicle = problem.vehicles[vehicle_rank]
        scheduled = with_breaks(problem, vehicle, route)
        if scheduled is None:  # pragma: no cover - the solvers only return feasible routes
            raise RuntimeError(f"route infaisable pour le véhicule {vehicle.id} : {route}")
        out_routes.append(scheduled)
        served.update(route)
    unassigned = []
    for rank, job in enumerate(problem.jobs):
        if rank in served:
            continue
        if rank in eligibility.impossible:
            code, reason = eligibility.impossible[rank]
        elif cancelled:
            code, reason = CANCELLED, "calcul annulé avant qu'un plan ne la place."
        else:
            code, reason = lack_of_time_reason()
        unassigned.append(
            Unassigned(
                id=job.id,
                reason_code=code,
                reason=f"Tâche {job.id} : {reason}",
                location_index=job.location_index,
                location=job.location,
                description=job.description,
            )
        )
    priority = sum(problem.jobs[rank].priority for rank in served)
    return Solution(out_routes, unassigned, priority=priority, amount_size=problem.amount_size)
