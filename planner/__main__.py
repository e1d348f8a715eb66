"""``python -m planner`` is the ``planner`` command."""

import sys

from planner.app import main

if __name__ == "__main__":  # not when a solver child process imports this module
    sys.exit(main())
