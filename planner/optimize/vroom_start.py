"""A first plan from VROOM (pyvroom), run in a child process.

VROOM handles breaks, several windows, skills and priorities natively, fast, and its plans keep to
Planner's rules (its breaks are taken on arrival at the next stop, a case of Planner's "anywhere on the
leg").  It is the warm start of problems that PyVRP only sees approximately (lunch breaks, several
windows): PyVRP then improves VROOM's plan.

pyvroom holds the interpreter lock for the whole solve, which would freeze the application's interface
and ignore a cancel: the child process keeps the parent responsive, and is killed on cancel.  It is a
plain subprocess, not a ``multiprocessing`` one: the engine itself runs in a daemonic child
(:mod:`planner.optimize.process`), which may not have children of its own.  From a checkout it is
``python -c`` with a script that imports VROOM alone; in the PyInstaller bundle there is no Python to
run ``-c``, so the bundle's executable runs it when given :data:`CHILD_FLAG` first
(``packaging/planner_main.py``).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

from .problem import NO_LIMIT, Problem

_CHILD = """
import datetime, json, sys, vroom
path, level, seconds, threads, output = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
problem = vroom.Input.from_json(path)
solution = problem.solve(exploration_level=level, nb_threads=threads, timeout=datetime.timedelta(seconds=seconds))
with open(output, "w") as stream:
    json.dump(solution.to_dict(), stream)
"""


#: First argument of the bundle's executable that makes it VROOM's child (see ``packaging/planner_main.py``).
CHILD_FLAG = "--vroom-child"


def child_command(*arguments: str) -> list[str]:
    """The command line of VROOM's child process, from a checkout or from the frozen bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG, *arguments]
    return [sys.executable, "-c", _CHILD, *arguments]


def run_child(arguments: list[str]) -> int:
    """VROOM's child inside the bundle (``planner --vroom-child PROBLEM LEVEL SECONDS THREADS OUTPUT``):
    the same script as ``python -c`` runs from a checkout."""
    sys.argv = ["vroom-child", *arguments]
    exec(compile(_CHILD, "<vroom-child>", "exec"), {"__name__": "__main__"})
    return 0


def available() -> bool:
    return importlib.util.find_spec("vroom") is not None


def to_vroom(problem: Problem, allowed: dict[int, list[int]]) -> dict:
    """VROOM's input for the plannable jobs; pins become a private skill of the pinned vehicle."""
    private = 1 + max(
        [skill for job in problem.jobs for skill in job.skills]
        + [skill for vehicle in problem.vehicles for skill in vehicle.skills]
        + [0]
    )
    pin_skill = {}
    for rank in allowed:
        pinned = problem.jobs[rank].pinned_vehicle
        if pinned is not None and pinned not in pin_skill:
            pin_skill[pinned] = private + len(pin_skill)
    vehicles = []
    for vehicle in problem.vehicles:
        data: dict = {"id": vehicle.id, "profile": vehicle.profile}
        if vehicle.start_index is not None:
            data["start_index"] = vehicle.start_index
        if vehicle.end_index is not None:
            data["end_index"] = vehicle.end_index
        # Coordinates are optional with matrices, but VROOM's heuristics use them when given.
        if vehicle.start is not None:
            data["start"] = list(vehicle.start)
        if vehicle.end is not None:
            data["end"] = list(vehicle.end)
        if vehicle.time_window != (0, NO_LIMIT):
            data["time_window"] = list(vehicle.time_window)
        skills = set(vehicle.skills) | ({pin_skill[vehicle.id]} if vehicle.id in pin_skill else set())
        if skills:
            data["skills"] = sorted(skills)
        if vehicle.capacity is not None:
            data["capacity"] = list(vehicle.capacity)
        if vehicle.max_tasks is not None:
            data["max_tasks"] = vehicle.max_tasks
        if vehicle.breaks:
            data["breaks"] = [
                {
                    "id": pause.id,
                    "time_windows": [list(w) for w in pause.time_windows],
                    "service": pause.service,
                }
                for pause in vehicle.breaks
            ]
        costs = vehicle.costs
        if (costs.fixed, costs.per_hour, costs.per_km) != (0, 3600, 0):
            data["costs"] = {"fixed": costs.fixed, "per_hour": costs.per_hour, "per_km": costs.per_km}
        vehicles.append(data)
    jobs = []
    for rank in sorted(allowed):
        job = problem.jobs[rank]
        data = {"id": job.id, "location_index": job.location_index, "service": job.service}
        if job.location is not None:
            data["location"] = list(job.location)
        skills = set(job.skills) | (
            {pin_skill[job.pinned_vehicle]} if job.pinned_vehicle is not None else set()
        )
        if skills:
            data["skills"] = sorted(skills)
        if job.priority:
            data["priority"] = job.priority
        if job.delivery:
            data["delivery"] = list(job.delivery)
        if job.pickup:
            data["pickup"] = list(job.pickup)
        if job.windows != ((0, NO_LIMIT),):
            data["time_windows"] = [list(window) for window in job.windows]
        jobs.append(data)
    matrices = {}
    for name, m in problem.matrices.items():
        matrices[name] = {"durations": [list(row) for row in m.durations]}
        if m.distances is not None:
            matrices[name]["distances"] = [list(row) for row in m.distances]
        if m.costs is not None:
            matrices[name]["costs"] = [list(row) for row in m.costs]
    return {"vehicles": vehicles, "jobs": jobs, "matrices": matrices}


def exploration_level(jobs: int) -> int:
    """VROOM's exploration level: its best (5) while it takes a few seconds, lighter on large weeks."""
    return 5 if jobs <= 250 else 3 if jobs <= 600 else 1


class VroomRun:
    """VROOM solving in a child process; the parent is free meanwhile (the engine runs OR-Tools)."""

    def __init__(
        self, problem: Problem, allowed: dict[int, list[int]], seconds: float, threads: int = 1
    ) -> None:
        self.problem = problem
        self._folder = tempfile.TemporaryDirectory(prefix="planner-vroom-")
        problem_path = os.path.join(self._folder.name, "problem.json")
        self._output = os.path.join(self._folder.name, "solution.json")
        with open(problem_path, "w", encoding="utf-8") as stream:
            json.dump(to_vroom(problem, allowed), stream)
        level = exploration_level(len(allowed))
        self._child = subprocess.Popen(
            child_command(
                problem_path,
                str(level),
                f"{max(0.2, seconds - 1.0):.2f}",
                str(threads),
                self._output,
            ),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def finished(self) -> bool:
        return self._child.poll() is not None

    def collect(self, should_stop: Callable[[], bool]) -> list[list[int]] | None:
        """Wait for VROOM's routes (job ranks per vehicle rank); None if stopped first or failed."""
        try:
            while self._child.poll() is None:
                if should_stop():
                    self._child.kill()
                    self._child.wait()
                    return None
                time.sleep(0.02)
            if self._child.returncode != 0 or not os.path.exists(self._output):
                return None
            with open(self._output, encoding="utf-8") as stream:
                return routes_from(self.problem, json.load(stream))
        finally:
            self._folder.cleanup()


def routes_from(problem: Problem, solution: dict) -> list[list[int]]:
    routes: list[list[int]] = [[] for _ in problem.vehicles]
    for route in solution.get("routes", []):
        vehicle_rank = problem.vehicle_rank(route["vehicle"])
        routes[vehicle_rank] = [
            problem.job_rank(step.get("id", step.get("job")))
            for step in route["steps"]
            if step["type"] == "job"
        ]
    return routes
