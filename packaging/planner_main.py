"""Entry point of the PyInstaller bundle (``planner`` / ``planner.exe``)."""

import multiprocessing
import sys

from planner.app import main

if __name__ == "__main__":
    # The optimiser solves in a child process: a frozen bundle must let it start.
    multiprocessing.freeze_support()
    sys.exit(main())
