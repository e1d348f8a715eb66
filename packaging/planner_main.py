"""Entry point of the PyInstaller bundle (``planner`` / ``planner.exe``)."""

import sys

from planner.app import main

if __name__ == "__main__":
    sys.exit(main())
