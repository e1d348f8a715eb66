"""Opening a Planner database (embedded SQLite or PostgreSQL) and working in it.

:class:`Database` is the session factory every service receives.  ``db.read()`` gives a session
for queries; ``db.write()`` a session whose transaction is taken *before* the first read, so the
rows a change is based on cannot move under it (``BEGIN IMMEDIATE`` on SQLite; on PostgreSQL the
services lock what they read with ``SELECT … FOR UPDATE`` and every shared record carries a
version number).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from planner.db.sqlite_file import (
    PLANNER_APPLICATION_ID,
    FileKind,
    inspect_sqlite_file,
    refuse_network_location,
)
from planner.domain.errors import ConflictError, DatabaseError
from planner.paths import default_database_path

ENV_URL = "PLANNER_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_S = 30


def resolve_url(url: str | None = None) -> URL:
    """The database to use: ``--db`` first, then ``PLANNER_DATABASE_URL``, else the default file.

    A plain path is taken as an SQLite file; ``postgresql://`` uses psycopg 3.
    """
    text = url or os.environ.get(ENV_URL) or ""
    if not text:
        return make_url(f"sqlite:///{default_database_path()}")
    if "://" not in text:
        if text.startswith(("\\\\", "//")):
            refuse_network_location(Path(text))
        return make_url(f"sqlite:///{Path(text).expanduser().absolute()}")
    try:
        parsed = make_url(text)
    except ArgumentError as exc:
        raise DatabaseError(f"Adresse de base de données invalide : « {text} » ({exc}).") from exc
    if parsed.drivername in {"postgresql", "postgres", "postgresql+psycopg2"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in {"sqlite", "postgresql"}:
        raise DatabaseError(
            f"Base « {parsed.get_backend_name()} » non prise en charge : "
            "utilisez un fichier SQLite ou une adresse postgresql://."
        )
    return parsed


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def create_planner_engine(url: URL, **kwargs: Any) -> Engine:
    """An engine with Planner's connection rules (pragmas, explicit BEGIN on SQLite)."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S}, **kwargs
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


@dataclass
class Database:
    """The session factory handed to every service."""

    url: URL
    engine: Engine

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        write_engine = (
            self.engine.execution_options(sqlite_begin="IMMEDIATE")
            if self.is_sqlite
            else self.engine
        )
        self._write = sessionmaker(write_engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def dialect(self) -> str:
        return self.url.get_backend_name()

    @property
    def display_url(self) -> str:
        """The URL without its password, to show to the user."""
        path = sqlite_path(self.url)
        if path is not None:
            return str(path)
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; whatever it changes is rolled back."""
        with self._read() as session, session.begin():
            yield session
            session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction begins now and commits when the block ends.

        A record saved over a newer version raises :class:`ConflictError`; nothing is written.
        """
        with self._write() as session:
            try:
                with session.begin():
                    yield session
            except StaleDataError as exc:
                raise ConflictError() from exc

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | URL | None = None, *, migrate: bool = True) -> Database:
    """Open (and create or upgrade when needed) the Planner database at ``url``.

    Refuses, without touching it, a file that is not a Planner database, a damaged file and an
    SQLite file on a network share.
    """
    from planner.db import migrate as migrations

    resolved = url if isinstance(url, URL) else resolve_url(url)
    path = sqlite_path(resolved)
    if path is not None:
        refuse_network_location(path)
        state = inspect_sqlite_file(path)
        if not state.usable:
            raise DatabaseError(state.refusal())
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_planner_engine(resolved)
    database = Database(resolved, engine)
    try:
        if path is not None:
            _mark_sqlite(engine)
        else:
            _refuse_foreign_postgresql(engine, resolved)
        if migrate:
            migrations.upgrade(database)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(
            f"Impossible d'ouvrir la base « {database.display_url} » : {exc.orig}"
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return database


def _mark_sqlite(engine: Engine) -> None:
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        current = raw.execute("PRAGMA application_id").fetchone()[0]
        if current != PLANNER_APPLICATION_ID:
            raw.execute(f"PRAGMA application_id={PLANNER_APPLICATION_ID}")


def _refuse_foreign_postgresql(engine: Engine, url: URL) -> None:
    tables = set(inspect(engine).get_table_names())
    if tables and "alembic_version" not in tables:
        raise DatabaseError(
            f"La base PostgreSQL « {url.render_as_string(hide_password=True)} » contient déjà "
            f"{len(tables)} table(s) d'un autre logiciel ; Planner ne l'utilisera pas. "
            "Créez une base vide pour Planner (createdb planner)."
        )


def file_kind(url: URL) -> FileKind | None:
    path = sqlite_path(url)
    return None if path is None else inspect_sqlite_file(path).kind
