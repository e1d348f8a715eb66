"""Entry point of the PyInstaller bundle (``planner`` / ``planner.exe``).

The bundle's executable is also its own child processes, as there is no Python interpreter to run:
the optimiser's ``multiprocessing`` child (``spawn`` start method, handled by ``freeze_support``) and
VROOM's first plan (``planner --vroom-child …``, see planner.optimize.vroom_start).  Both are handled
before the application itself is imported, so that a child starts quickly.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    # A multiprocessing child runs here and exits (PyInstaller's hook does it on every platform).
    multiprocessing.freeze_support()
    if sys.argv[1:2] == ["--vroom-child"]:  # planner.optimize.vroom_start.CHILD_FLAG
        from planner.optimize.vroom_start import run_child

        sys.exit(run_child(sys.argv[2:]))
    from planner.app import main

    sys.exit(main())
