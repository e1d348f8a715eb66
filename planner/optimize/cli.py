"""``planner solve PROBLEM.json [-o SOLUTION.json] [--time-limit SECONDS]``.

Exit codes: 0 when a plan was written (possibly with unassigned jobs, each with its reason), 2 when the
problem is malformed (every wrong field is named, with its job or vehicle), 1 on an unexpected error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from planner.domain.progress import Progress, ProgressState

from .engine import DEFAULT_TIME_LIMIT, solve
from .problem import ProblemError, load_problem


def solve_command(
    problem_path: str | Path, output_path: str | Path | None = None, time_limit: float | None = None
) -> int:
    """Solve a VROOM-format problem file and write the solution (to stdout without ``output_path``)."""
    if time_limit is not None and not time_limit > 0:
        print("Erreur : « --time-limit » doit être un nombre de secondes positif.", file=sys.stderr)
        return 2
    try:
        problem = load_problem(problem_path)
    except ProblemError as error:
        print(f"Problème invalide ({problem_path}) :", file=sys.stderr)
        for message in error.messages:
            print(f"  - {message}", file=sys.stderr)
        return 2

    def show(state: ProgressState) -> None:
        if output_path is not None and sys.stderr.isatty():
            percent = "" if state.fraction is None else f"{round(100 * state.fraction):3d} % "
            print(f"\r{percent}{state.message:<60}", end="", file=sys.stderr, flush=True)

    solution = solve(
        problem,
        time_limit=DEFAULT_TIME_LIMIT if time_limit is None else time_limit,
        progress=Progress(show, min_interval=0.5),
    )
    text = json.dumps(solution.to_dict(), ensure_ascii=False, indent=1)
    if output_path is None:
        print(text)
    else:
        try:
            Path(output_path).write_text(text + "\n", encoding="utf-8")
        except OSError as error:
            print(
                f"\nErreur : impossible d'écrire « {output_path} » : {error.strerror or error}.",
                file=sys.stderr,
            )
            return 1
        if sys.stderr.isatty():
            print(file=sys.stderr)
    for item in solution.unassigned:
        print(f"Non planifiée — {item.reason}", file=sys.stderr)
    return 0
