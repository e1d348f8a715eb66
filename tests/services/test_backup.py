"""Backups of the embedded database: taken while another connection writes, checked, kept 14,
restored with a copy of the current database first."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from planner.db.database import open_database
from planner.db.models import Customer
from planner.db.sqlite_file import quick_integrity
from planner.domain.errors import PlannerError
from planner.services.backup import KEEP, backup_now, daily_backup, list_backups, restore_backup
from planner.services.customers import CustomerInput, SiteInput, create_customer


def test_backup_while_another_connection_writes_restores_a_healthy_database(sqlite_db, tmp_path):
    stop = threading.Event()
    written = []

    def writer() -> None:
        n = 0
        while not stop.is_set() and n < 400:
            n += 1
            written.append(create_customer(
                sqlite_db, CustomerInput(last_name=f"Écrivain{n}", notes="x" * 2000),
                SiteInput(address=f"{n} rue du Test", postcode="74000", city="Annecy"),
            ))

    thread = threading.Thread(target=writer)
    thread.start()
    backups = []
    try:
        while len(written) < 20:
            threading.Event().wait(0.01)
        for _ in range(3):
            backups.append(backup_now(sqlite_db, tmp_path / "backups"))
    finally:
        stop.set()
        thread.join()
    assert len(list_backups(tmp_path / "backups")) == 3
    for result in backups:
        assert quick_integrity(result.path) == []

    chosen = backups[-1].path
    with sqlite3.connect(chosen) as connection:
        saved = connection.execute("SELECT count(*) FROM customer").fetchone()[0]
    assert 20 <= saved <= len(written)
    path = sqlite_db.url.database
    sqlite_db.dispose()
    result = restore_backup(chosen, path, tmp_path / "backups")
    assert result.previous_copy is not None and quick_integrity(result.previous_copy) == []
    restored = open_database(path)
    try:
        with restored.read() as s:
            assert s.scalar(select(func.count()).select_from(Customer)) == saved
    finally:
        restored.dispose()
    from pathlib import Path

    assert quick_integrity(Path(path)) == []
    with sqlite3.connect(result.previous_copy) as connection:
        assert connection.execute("SELECT count(*) FROM customer").fetchone()[0] == len(written)


def test_daily_backup_once_a_day_fourteen_kept(sqlite_db, tmp_path):
    folder = tmp_path / "backups"
    first = date(2026, 11, 1)
    assert daily_backup(sqlite_db, folder, today=first) is not None
    assert daily_backup(sqlite_db, folder, today=first) is None  # already done today
    for offset in range(1, 20):
        daily_backup(sqlite_db, folder, today=first + timedelta(days=offset))
    kept = list_backups(folder)
    assert len(kept) == KEEP
    assert kept[-1].name == "planner-2026-11-20.sqlite3" and kept[0].name == "planner-2026-11-07.sqlite3"
    # A busy day of backups on demand keeps its own fourteen and never pushes a daily one out.
    for _ in range(KEEP + 2):
        backup_now(sqlite_db, folder)
    kept = list_backups(folder)
    assert len(kept) == 2 * KEEP
    assert [p.name for p in kept if "_" not in p.name][0] == "planner-2026-11-07.sqlite3"


def test_restore_refuses_what_is_not_a_healthy_planner_database(sqlite_db, tmp_path):
    foreign = tmp_path / "carnet.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE contact (nom TEXT)")
    with pytest.raises(PlannerError, match="pas une base Planner"):
        restore_backup(foreign, sqlite_db.url.database, tmp_path / "b")
    good = backup_now(sqlite_db, tmp_path / "b").path
    truncated = tmp_path / "coupee.sqlite3"
    truncated.write_bytes(good.read_bytes()[:-1500])
    with pytest.raises(PlannerError, match="endommagée|tronqué"):
        restore_backup(truncated, sqlite_db.url.database, tmp_path / "b")


def test_postgresql_is_not_backed_up_by_planner(db, tmp_path):
    if db.is_sqlite:
        assert daily_backup(db, tmp_path / "b") is not None
    else:
        assert daily_backup(db) is None
        with pytest.raises(PlannerError, match="pg_dump"):
            backup_now(db)
