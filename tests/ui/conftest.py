"""A main window on demo data, driven offscreen by pytest-qt."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from planner.db.database import open_database
from planner.services.demo import DemoOptions, generate_demo
from planner.services.geocoding import GeoSettings, save_geo_settings

DEMO_DAY = date(2026, 11, 23)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "planner.sqlite3"
    database = open_database(str(path))
    generate_demo(database, DemoOptions(customers=300, technicians=6, seed=2026, today=DEMO_DAY))
    # Tests never reach the internet: geocoding uses the cache and the offline gazetteer.
    save_geo_settings(database, GeoSettings(offline=True))
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture(scope="session")
def pg_demo_url(pg_server) -> str:
    """The same demo in a PostgreSQL database (shared: tests using it only read)."""
    url = pg_server.create()
    database = open_database(url)
    generate_demo(database, DemoOptions(customers=300, technicians=6, seed=2026, today=DEMO_DAY))
    save_geo_settings(database, GeoSettings(offline=True))
    database.dispose()
    return url


@pytest.fixture
def demo_db(request: pytest.FixtureRequest, tmp_path: Path, demo_file: Path) -> Iterator:
    """The demo on SQLite; a test parametrised with ``indirect=["demo_db"]`` and
    ``"postgresql"`` gets it on PostgreSQL."""
    from planner.services.context import open_planner_database

    if getattr(request, "param", "sqlite") == "postgresql":
        database = open_planner_database(request.getfixturevalue("pg_demo_url"))
    else:
        path = tmp_path / "planner.sqlite3"
        shutil.copyfile(demo_file, path)
        database = open_planner_database(str(path))
    yield database
    database.dispose()


def db_argument(database) -> str:  # type: ignore[no-untyped-def]
    """What ``planner --db`` takes for this database: the file's path, or the server's URL."""
    if database.is_sqlite:
        return str(database.url.database)
    return database.url.render_as_string(hide_password=False)


@pytest.fixture
def ctx(qapp, demo_db):
    from planner.ui.application import install_translations
    from planner.ui.ops import AppContext

    if not getattr(qapp, "_planner_translated", False):
        install_translations(qapp)
        qapp._planner_translated = True
    context = AppContext(demo_db, interactive=False)
    yield context
    context.pool.waitForDone(10_000)
    assert context.errors == [], f"operations failed: {context.errors}"


def wait_idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.busy, timeout=20_000)
    qtbot.wait(10)


@pytest.fixture
def window(qtbot, ctx):
    from planner.ui.main_window import MainWindow

    main = MainWindow(ctx, remember_layout=False)
    qtbot.addWidget(main)
    main.resize(1400, 860)
    main.show()
    qtbot.waitExposed(main)
    main.show_page("customers")
    wait_idle(qtbot, ctx)
    yield main
    wait_idle(qtbot, ctx)
