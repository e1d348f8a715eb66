"""Shared fixtures.

``db`` runs every data-layer test twice: on a fresh SQLite file and on a PostgreSQL database
created for this run on the local server.  If the PostgreSQL half cannot run, the session fails:
a green run always means both engines were exercised.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt or asks for the data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA_DIR = Path(tempfile.mkdtemp(prefix="planner-tests-"))
os.environ["PLANNER_DATA_DIR"] = str(_DATA_DIR)
os.environ.pop("PLANNER_DATABASE_URL", None)
# The demo data is generated around this day; Planner believes it is that day whatever the real date.
os.environ["PLANNER_TODAY"] = "2026-11-23"

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from planner.db.base import Base  # noqa: E402
from planner.db.database import Database, open_database  # noqa: E402

PG_ADMIN_URL = os.environ.get(
    "PLANNER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
ENGINES = ["sqlite", "postgresql"]


# -- PostgreSQL ----------------------------------------------------------------------------------


class PostgresServer:
    """Creates and drops throw-away databases on the local server."""

    def __init__(self, admin_url: str) -> None:
        url = make_url(admin_url)
        if url.drivername in {"postgresql", "postgres"}:
            url = url.set(drivername="postgresql+psycopg")
        self.admin_url = url
        self.engine = create_engine(url, isolation_level="AUTOCOMMIT")
        self.created: list[str] = []

    def create(self) -> str:
        name = f"planner_test_{uuid.uuid4().hex[:12]}"
        with self.engine.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.engine.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if name in self.created:
            self.created.remove(name)

    def close(self) -> None:
        for name in list(self.created):
            with self.engine.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.engine.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    server = PostgresServer(PG_ADMIN_URL)
    try:
        with server.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - any failure means the half cannot run
        pytest.fail(
            f"PostgreSQL unreachable at {PG_ADMIN_URL} ({exc}); the PostgreSQL half of the suite "
            "must run. Start it with: pg_ctlcluster --skip-systemctl-redirect "
            "$(ls /etc/postgresql) main start",
            pytrace=False,
        )
    yield server
    server.close()


@pytest.fixture(scope="session")
def pg_database(pg_server: PostgresServer) -> Iterator[Database]:
    database = open_database(pg_server.create())
    yield database
    database.dispose()


def _truncate_all(database: Database) -> None:
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with database.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE TABLE {names} RESTART IDENTITY CASCADE"))


# -- SQLite --------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (much faster than migrating each time)."""
    path = tmp_path_factory.mktemp("template") / "planner.sqlite3"
    database = open_database(str(path))
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


# -- the fixtures tests use ----------------------------------------------------------------------


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty Planner database, on SQLite then on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "planner.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        database = open_database(str(path))
        yield database
        database.dispose()
    else:
        database = request.getfixturevalue("pg_database")
        _truncate_all(database)
        yield database


@pytest.fixture(params=ENGINES)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a database that does not exist yet (SQLite) or is empty (PostgreSQL)."""
    if request.param == "sqlite":
        yield str(tmp_path / "new.sqlite3")
    else:
        server: PostgresServer = request.getfixturevalue("pg_server")
        url = server.create()
        yield url
        server.drop(url)


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """SQLite only, for tests about the embedded file itself (and the GUI tests)."""
    path = tmp_path / "planner.sqlite3"
    shutil.copyfile(sqlite_template, path)
    database = open_database(str(path))
    yield database
    database.dispose()


# -- the PostgreSQL half must run ----------------------------------------------------------------

_pg_outcomes: dict[str, list[str]] = {"passed": [], "skipped": [], "failed": []}


def _is_pg_item(nodeid: str) -> bool:
    return "[postgresql" in nodeid or "-postgresql" in nodeid


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if not _is_pg_item(report.nodeid):
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        _pg_outcomes.setdefault(report.outcome, []).append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    skipped = _pg_outcomes.get("skipped", [])
    if skipped:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(
                f"ERROR: {len(skipped)} PostgreSQL test(s) were skipped; the PostgreSQL half "
                "of the suite must run.",
                red=True,
            )
    shutil.rmtree(_DATA_DIR, ignore_errors=True)
