"""Alembic environment for Planner.

Planner runs migrations itself (``planner.db.migrate``) and passes its connection in
``config.attributes["connection"]``.  From a shell, ``alembic`` (with alembic.ini at the top of
the checkout) uses ``--db``-style resolution: ``PLANNER_DATABASE_URL`` or the default file.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection

from planner.db import models  # noqa: F401 - registers every table on the metadata
from planner.db.base import Base
from planner.db.types import UTCDateTime

config = context.config
target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_with(connection)
        return
    from planner.db.database import create_planner_engine, resolve_url

    engine = create_planner_engine(resolve_url(config.get_main_option("sqlalchemy.url") or None))
    with engine.begin() as new_connection:
        run_with(new_connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Planner's migrations run online only (planner check / planner start them).")
run_migrations_online()
