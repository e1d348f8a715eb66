"""Solving in a child process, so the window never waits for the solvers.

OR-Tools, PyVRP and VROOM are C++ libraries that hold Python's interpreter lock for long stretches;
in the window's own process that would freeze the interface.  The child receives the problem (as
VROOM JSON), reports progress over a pipe, and answers a cancel with the best plan found so far.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

from planner.domain.errors import PlannerError
from planner.domain.progress import Cancelled, Progress

#: After a cancel, how long the child has to hand over its best plan before it is stopped.
CANCEL_GRACE_S = 0.8
#: Starting a child (importing the solvers) takes a moment; counted on top of the time limit.
START_ALLOWANCE_S = 30.0


def solve_in_child(
    problem_data: dict[str, Any], time_limit: float, progress: Progress | None = None
) -> dict[str, Any]:
    """The solution (VROOM JSON) of ``problem_data``; with ``progress.cancelled``, the best plan
    the child had (or :class:`Cancelled` if it had none in time)."""
    progress = progress or Progress()
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_child, args=(problem_data, time_limit, child), daemon=True)
    process.start()
    child.close()
    cancelled_at: float | None = None
    give_up = time.monotonic() + time_limit + START_ALLOWANCE_S
    try:
        while True:
            if progress.cancelled and cancelled_at is None:
                cancelled_at = time.monotonic()
                with contextlib.suppress(BrokenPipeError, OSError):
                    parent.send(("cancel", None))
            if parent.poll(0.05):
                try:
                    kind, payload = parent.recv()
                except EOFError:
                    break
                if kind == "progress":
                    progress.report(*payload)
                elif kind == "solution":
                    return payload
                elif kind == "error":
                    raise PlannerError(f"Le calcul des tournées a échoué : {payload}")
            elif not process.is_alive():
                break
            now = time.monotonic()
            if cancelled_at is not None and now - cancelled_at > CANCEL_GRACE_S:
                raise Cancelled()
            if now > give_up:
                raise PlannerError("Le calcul des tournées ne s'est pas terminé dans le temps prévu.")
        if cancelled_at is not None:
            raise Cancelled()
        raise PlannerError("Le calcul des tournées s'est arrêté de façon inattendue.")
    finally:
        parent.close()
        if process.is_alive():
            process.terminate()
        process.join(2)


def _child(problem_data: dict[str, Any], time_limit: float, connection: Connection) -> None:
    from planner.optimize.engine import solve
    from planner.optimize.problem import ProblemError, parse_problem

    lock = threading.Lock()

    def send(message: tuple[str, Any]) -> None:
        with lock, contextlib.suppress(BrokenPipeError, OSError):
            connection.send(message)

    progress = Progress(lambda state: send(("progress", (state.fraction, state.message))), min_interval=0.2)

    def listen() -> None:
        try:
            while True:
                kind, _ = connection.recv()
                if kind == "cancel":
                    progress.cancel()
                    return
        except (EOFError, OSError):
            progress.cancel()

    threading.Thread(target=listen, daemon=True).start()
    try:
        problem = parse_problem(problem_data)
        solution = solve(problem, time_limit=time_limit, progress=progress)
        send(("solution", solution.to_dict()))
    except ProblemError as exc:
        send(("error", "; ".join(exc.messages)))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which explains it
        send(("error", f"{type(exc).__name__}: {exc}"))
