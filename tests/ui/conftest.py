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


@pytest.fixture
def demo_db(tmp_path: Path, demo_file: Path) -> Iterator:
    path = tmp_path / "planner.sqlite3"
    shutil.copyfile(demo_file, path)
    from planner.services.context import open_planner_database

    database = open_planner_database(str(path))
    yield database
    database.dispose()


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
