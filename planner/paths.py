"""Where Planner finds its read-only files (resources, migrations) and keeps the user's data.

Works from a source checkout, an installed package and a PyInstaller bundle.  Standard library
only, so every layer may use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Planner"


def _bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    override = os.environ.get("PLANNER_RESOURCES")
    return Path(override) if override else _bundle_root() / "resources"


def migrations_dir() -> Path:
    return _bundle_root() / "db"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The user's data folder (``PLANNER_DATA_DIR`` overrides it, for tests and portable use)."""
    override = os.environ.get("PLANNER_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False, roaming=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "planner.sqlite3"
