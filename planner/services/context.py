"""What the user interface needs to hold a database without touching it.

The window keeps a :class:`Database` handle and passes it, through its op runner, to the use
cases; it never opens a session itself.
"""

from __future__ import annotations

from planner.db.database import Database, open_database

__all__ = ["Database", "is_empty", "open_planner_database"]


def open_planner_database(url: str | None = None) -> Database:
    """Open (create, migrate) the database and make sure its reference data exists."""
    from planner.services.reference import ensure_reference_data

    database = open_database(url)
    ensure_reference_data(database)
    return database


def is_empty(database: Database) -> bool:
    """True when nothing was ever entered: no customer and no technician."""
    from sqlalchemy import func, select

    from planner.db.models import Customer, Technician

    with database.read() as session:
        customers = session.scalar(select(func.count()).select_from(Customer)) or 0
        technicians = session.scalar(select(func.count()).select_from(Technician)) or 0
    return customers == 0 and technicians == 0
