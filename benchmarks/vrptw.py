"""VRPTW benchmark on Solomon / Gehring-Homberger instances, against VROOM, PyVRP and plain OR-Tools.

    python -m benchmarks.vrptw --instances ../shared/benchmarks/vrptw/solomon \\
        --bks ../shared/benchmarks/vrptw/BKS.json --seconds 10 --peers vroom,pyvrp,ortools

Each instance becomes a VROOM problem (one vehicle type, capacities, time windows) with integer
matrices: Euclidean distances times ``--scale``, travel times rounded *up* so that every plan feasible
for the solvers stays feasible with exact distances.  Every plan is then checked by the independent
checker on the exact float distances, and its exact total distance compared with the best known one
(``NAME_distance`` in BKS.json when present, i.e. distance-only objective).

Peers run on the same instances in the same run: ``vroom`` (pyvroom, exploration level 5, 2 threads),
``pyvrp`` (PyVRP's ``solve`` for the same seconds) and ``ortools`` (Planner's model with OR-Tools guided
local search alone, no warm start).  The last line reads ``RESULT mean_gap=… assigned=… drive=… wall=…``
(drive: total exact distance of Planner's plans, wall: Planner's total seconds).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

from planner.optimize.checker import check_solution
from planner.optimize.engine import SolveOptions, solve
from planner.optimize.problem import Matrices, Problem, parse_problem

from ._common import installed, percent, result_line, run_vroom, solution_from_routes

PEERS = ("vroom", "pyvrp", "ortools")


def read_instance(path: Path) -> tuple[int, int, list[tuple[float, float, int, int, int, int]]]:
    """(vehicles, capacity, rows of x, y, demand, ready, due, service) — row 0 is the depot."""
    lines = [line.split() for line in path.read_text().splitlines()]
    vehicles = capacity = 0
    rows = []
    for position, fields in enumerate(lines):
        if fields[:2] == ["NUMBER", "CAPACITY"]:
            vehicles, capacity = int(lines[position + 1][0]), int(lines[position + 1][1])
        if len(fields) == 7 and all(_number(value) for value in fields):
            _, x, y, demand, ready, due, service = fields
            rows.append(
                (float(x), float(y), int(demand), int(float(ready)), int(float(due)), int(float(service)))
            )
    return vehicles, capacity, rows


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def build(path: Path, scale: int) -> tuple[dict, Problem]:
    """The VROOM problem with integer matrices, and the same problem with exact float matrices."""
    vehicles, capacity, rows = read_instance(path)
    exact = [[math.hypot(a[0] - b[0], a[1] - b[1]) * scale for b in rows] for a in rows]
    durations = [[math.ceil(value - 1e-9) for value in row] for row in exact]
    distances = [[round(value) for value in row] for row in exact]
    depot = rows[0]
    data = {
        "vehicles": [
            {
                "id": k + 1,
                "start_index": 0,
                "end_index": 0,
                "capacity": [capacity],
                "time_window": [depot[3] * scale, depot[4] * scale],
            }
            for k in range(vehicles)
        ],
        "jobs": [
            {
                "id": k,
                "location_index": k,
                "service": row[5] * scale,
                "delivery": [row[2]],
                "time_windows": [[row[3] * scale, row[4] * scale]],
            }
            for k, row in enumerate(rows)
            if k > 0
        ],
        "matrices": {"car": {"durations": durations, "distances": distances, "costs": distances}},
    }
    problem = parse_problem(data)
    floats = Problem(problem.jobs, problem.vehicles, {"car": Matrices(exact, exact, exact)}, amount_size=1)
    return data, floats


def run_pyvrp(problem: Problem, data: dict, seconds: float, seed: int = 0):
    import numpy as np
    from pyvrp import Client, Depot, Location, ProblemData, VehicleType, solve
    from pyvrp.stop import MaxRuntime

    matrices = data["matrices"]["car"]
    size = len(matrices["durations"])
    depot_window = data["vehicles"][0]["time_window"]
    clients = [
        Client(
            location=job["location_index"],
            delivery=job["delivery"],
            service_duration=job["service"],
            tw_early=job["time_windows"][0][0],
            tw_late=job["time_windows"][0][1],
        )
        for job in data["jobs"]
    ]
    vehicle_type = VehicleType(
        num_available=len(data["vehicles"]),
        capacity=data["vehicles"][0]["capacity"],
        tw_early=depot_window[0],
        tw_late=depot_window[1],
    )
    pyvrp_data = ProblemData(
        [Location(0.0, 0.0) for _ in range(size)],
        clients,
        [Depot(location=0, tw_early=depot_window[0], tw_late=depot_window[1])],
        [vehicle_type],
        [np.asarray(matrices["costs"], dtype=np.int64)],
        [np.asarray(matrices["durations"], dtype=np.int64)],
    )
    began = time.monotonic()
    result = solve(pyvrp_data, MaxRuntime(seconds), seed=seed, display=False)
    seconds_used = time.monotonic() - began
    routes = {}
    for number, route in enumerate(result.best.routes()):
        routes[data["vehicles"][number]["id"]] = [data["jobs"][a.idx]["id"] for a in route if a.is_client()]
    return solution_from_routes(problem, routes), seconds_used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", required=True, type=Path, help="directory of instance .txt files")
    parser.add_argument("--bks", required=True, type=Path, help="BKS.json")
    parser.add_argument("--seconds", type=float, default=10.0, help="time limit per instance")
    parser.add_argument("--peers", default="", help=f"comma-separated among {', '.join(PEERS)}")
    parser.add_argument("--only", default="", help="comma-separated instance names (default: all)")
    parser.add_argument("--scale", type=int, default=1000, help="integer scaling of distances and times")
    arguments = parser.parse_args(argv)

    bks = json.loads(arguments.bks.read_text())
    peers = [name for name in arguments.peers.split(",") if name]
    for name in peers:
        if name not in PEERS:
            parser.error(f"unknown peer {name!r}")
    skipped = [name for name in peers if name != "ortools" and not installed(name)]
    peers = [name for name in peers if name not in skipped]
    if skipped:
        print(f"# peers not installed (extra 'bench'): {', '.join(skipped)}")
    only = {name for name in arguments.only.split(",") if name}
    paths = sorted(p for p in arguments.instances.glob("*.txt") if not only or p.stem in only)
    solvers = ["planner", *peers]
    gaps: dict[str, list[float]] = {name: [] for name in solvers}
    failures: dict[str, int] = dict.fromkeys(solvers, 0)
    assigned = total_jobs = 0
    drive = wall = 0.0
    print(f"# {len(paths)} instances, {arguments.seconds:g} s each, scale {arguments.scale}")
    print("instance  " + "  ".join(f"{name:>22}" for name in solvers))
    for path in paths:
        name = path.stem
        best = (bks.get(f"{name}_distance") or bks.get(name) or {}).get("best_known_cost")
        data, exact = build(path, arguments.scale)
        problem = parse_problem(data)
        cells = []
        for solver in solvers:
            began = time.monotonic()
            if solver == "planner":
                solution = solve(problem, time_limit=arguments.seconds)
                used = time.monotonic() - began
            elif solver == "ortools":
                solution = solve(
                    problem, time_limit=arguments.seconds, options=SolveOptions(warm_start="none")
                )
                used = time.monotonic() - began
            elif solver == "vroom":
                solution, used = run_vroom(data)
            else:
                solution, used = run_pyvrp(problem, data, arguments.seconds)
            check = check_solution(exact, solution, check_claimed_times=False)
            distance = check.distance / arguments.scale
            complete = check.assigned == len(problem.jobs)
            if check.ok and complete and best:
                gap = distance / best - 1
                gaps[solver].append(gap)
                cells.append(f"{distance:9.2f} {percent(gap):>7} {used:4.1f}s")
            else:
                failures[solver] += 1
                state = "infeasible" if not check.ok else f"{len(problem.jobs) - check.assigned} unassigned"
                cells.append(f"{state:>22}")
            if solver == "planner":
                assigned += check.assigned
                total_jobs += len(problem.jobs)
                drive += distance
                wall += used
                if not check.ok:
                    print(f"# {name}: {check.violations[:3]}", file=sys.stderr)
        print(f"{name:<9} " + "  ".join(f"{cell:>22}" for cell in cells), flush=True)

    def mean(values: list[float]) -> float:
        return statistics.fmean(values) if values else float("nan")

    print("mean gap  " + "  ".join(f"{percent(mean(gaps[s])):>22}" for s in solvers))
    extra = {f"{s}_mean_gap_pct": round(100 * mean(gaps[s]), 3) for s in peers}
    extra.update({f"{s}_failures": failures[s] for s in peers})
    print(
        result_line(
            instances=len(paths),
            mean_gap_pct=round(100 * mean(gaps["planner"]), 3),
            failures=failures["planner"],
            assigned=f"{assigned}/{total_jobs}",
            drive=round(drive, 2),
            wall=round(wall, 1),
            **extra,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
