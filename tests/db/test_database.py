"""Opening databases: the embedded file's settings, transactions, refusals that touch nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text

from planner.db import migrate
from planner.db.database import open_database
from planner.db.models import AuditEntry
from planner.db.sqlite_file import PLANNER_APPLICATION_ID
from planner.domain.errors import DatabaseError


def fingerprint(path: Path) -> tuple[str, int, list[str]]:
    """Content hash, mtime and the files beside it: what 'untouched' means."""
    data = path.read_bytes()
    siblings = sorted(p.name for p in path.parent.iterdir())
    return hashlib.sha256(data).hexdigest(), path.stat().st_mtime_ns, siblings


def test_embedded_file_uses_wal_full_sync_foreign_keys_and_is_marked(sqlite_db):
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == PLANNER_APPLICATION_ID


def test_write_transaction_takes_the_lock_before_its_first_read(sqlite_db):
    path = sqlite_db.url.database
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with sqlite_db.read() as session:
            session.execute(text("SELECT count(*) FROM customer")).scalar()
            other.execute("BEGIN IMMEDIATE")  # a reader does not block a writer
            other.execute("ROLLBACK")
        with sqlite_db.write() as session:
            session.execute(text("SELECT count(*) FROM customer")).scalar()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


def test_instants_keep_their_time_zone(db):
    paris_noon = datetime(2026, 7, 14, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    with db.write() as session:
        session.add(AuditEntry(at=paris_noon, action="test", entity="t", summary=""))
    with db.read() as session:
        stored = session.scalar(select(AuditEntry.at))
    assert stored == paris_noon
    assert stored.tzinfo is not None and stored.utcoffset() == timedelta(0)
    assert stored == datetime(2026, 7, 14, 10, 0, tzinfo=UTC)


def test_naive_instants_are_refused(db):
    from sqlalchemy.exc import StatementError

    with pytest.raises(StatementError, match="naive"), db.write() as session:
        session.add(AuditEntry(at=datetime(2026, 1, 1, 9, 0), action="x", entity="t", summary=""))
        session.flush()


def test_a_network_share_is_refused():
    with pytest.raises(DatabaseError, match="partage réseau"):
        open_database("//serveur/partage/planner.sqlite3")


def test_a_text_file_is_never_touched(tmp_path):
    path = tmp_path / "clients.sqlite3"
    path.write_text("Nom;Prénom\nDupont;Pierre\n", encoding="utf-8")
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="n'est pas une base de données Planner"):
        open_database(str(path))
    assert fingerprint(path) == before


def test_another_programs_database_is_never_touched(tmp_path):
    path = tmp_path / "compta.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE facture (id INTEGER PRIMARY KEY, montant REAL)")
    connection.execute("INSERT INTO facture (montant) VALUES (120.5)")
    connection.commit()
    connection.close()
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="autre logiciel"):
        open_database(str(path))
    assert fingerprint(path) == before


def test_a_truncated_planner_database_is_never_touched(tmp_path, sqlite_template):
    path = tmp_path / "planner.sqlite3"
    data = sqlite_template.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="tronqué"):
        open_database(str(path))
    assert fingerprint(path) == before


def test_an_empty_file_becomes_a_planner_database(tmp_path):
    path = tmp_path / "vide.sqlite3"
    path.touch()
    database = open_database(str(path))
    try:
        assert migrate.current_revision(database) == migrate.head_revision()
    finally:
        database.dispose()


def test_a_database_from_a_newer_planner_is_refused(empty_db_url):
    database = open_database(empty_db_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    database.dispose()
    with pytest.raises(DatabaseError, match="version plus récente"):
        open_database(empty_db_url)


def test_a_postgresql_database_of_another_program_is_refused(pg_server):
    url = pg_server.create()
    try:
        from sqlalchemy import create_engine

        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE stock (id serial primary key, ref text)"))
        engine.dispose()
        with pytest.raises(DatabaseError, match="autre logiciel"):
            open_database(url)
        engine = create_engine(url)
        with engine.connect() as connection:
            tables = connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars().all()
        engine.dispose()
        assert tables == ["stock"]
    finally:
        pg_server.drop(url)


def test_a_windows_unc_path_is_refused():
    with pytest.raises(DatabaseError, match="partage réseau"):
        open_database("\\\\serveur\\partage\\planner.sqlite3")
