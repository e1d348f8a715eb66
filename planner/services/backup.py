"""Backups of the embedded SQLite database, and restoring one.

* :func:`daily_backup` — at start, once a day: a copy through SQLite's online backup API (a
  consistent snapshot even while another connection writes), checked with ``integrity_check``,
  in ``<data folder>/backups/planner-AAAA-MM-JJ.sqlite3``; the 14 most recent are kept (and,
  apart, the 14 most recent taken on demand).
* :func:`backup_now` — the same on demand (``planner backup``), named with the time.
* :func:`restore_backup` — puts a backup back in place of the current database, after checking
  it is a healthy Planner database and keeping a copy of the current one first.

PostgreSQL is backed up with its own tools (``pg_dump`` / ``pg_restore``, see the README).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from planner.db.database import Database, resolve_url, sqlite_path
from planner.db.sqlite_file import FileKind, inspect_sqlite_file, quick_integrity
from planner.domain.errors import DatabaseError, PlannerError
from planner.domain.timeutil import PARIS, paris_today
from planner.paths import user_data_dir

KEEP = 14
PREFIX = "planner-"
SUFFIX = ".sqlite3"
_BACKUP_NAME = re.compile(r"^planner-\d{4}-\d{2}-\d{2}(?:_\d{6}(?:-\d+)?)?\.sqlite3$")
POSTGRES_HINT = (
    "La base PostgreSQL se sauvegarde avec les outils de PostgreSQL : "
    "pg_dump -Fc -f planner.dump postgresql://… (et pg_restore pour la restaurer), voir le README."
)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    #: Backups removed because more than KEEP were there.
    removed: tuple[Path, ...] = ()

    def describe(self) -> str:
        text = f"Sauvegarde enregistrée : {self.path} ({self.size / 1_048_576:.1f} Mo, intégrité vérifiée)."
        if self.removed:
            text += f" {len(self.removed)} ancienne(s) sauvegarde(s) supprimée(s) ({KEEP} conservées)."
        return text


def backups_dir() -> Path:
    return user_data_dir() / "backups"


def list_backups(directory: Path | None = None) -> list[Path]:
    """Planner's backups in ``directory``, oldest first."""
    directory = directory or backups_dir()
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if _BACKUP_NAME.match(p.name))


def _source_path(db: Database) -> Path:
    path = sqlite_path(db.url)
    if path is None:
        raise PlannerError(POSTGRES_HINT)
    return path


def copy_database(source: Path, target: Path) -> int:
    """Copy ``source`` into a new file ``target`` with the online backup API, then check it.

    Readers and writers of ``source`` are not blocked for long: the copy is one consistent
    snapshot (WAL mode lets writers go on meanwhile).  A copy that fails its integrity check is
    deleted and an error raised.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a standalone file, no -wal beside it
        finally:
            dst.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"La sauvegarde de « {source} » a échoué : {exc}.") from exc
    finally:
        src.close()
    problems = quick_integrity(partial)
    if problems:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"La sauvegarde de « {source} » est incohérente ({problems[0]}) : elle a été supprimée.")
    partial.replace(target)
    return target.stat().st_size


_DAILY_NAME = re.compile(r"^planner-\d{4}-\d{2}-\d{2}\.sqlite3$")


def _prune(directory: Path, keep: int, *, daily: bool) -> tuple[Path, ...]:
    """Keep the ``keep`` most recent backups of one kind: the daily ones, or those taken on
    demand (a day of manual backups never pushes the daily ones out, nor the reverse)."""
    backups = [p for p in list_backups(directory) if bool(_DAILY_NAME.match(p.name)) == daily]
    removed = tuple(backups[: max(0, len(backups) - keep)])
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def daily_backup(
    db: Database, directory: Path | None = None, *, today: date | None = None, keep: int = KEEP
) -> BackupResult | None:
    """Today's backup, unless there is one already (None then, and for PostgreSQL)."""
    if not db.is_sqlite or sqlite_path(db.url) is None:
        return None
    directory = directory or backups_dir()
    day = (today or paris_today()).isoformat()
    if any(p.name.startswith(f"{PREFIX}{day}") for p in list_backups(directory)):
        return None
    target = directory / f"{PREFIX}{day}{SUFFIX}"
    size = copy_database(_source_path(db), target)
    return BackupResult(target, size, _prune(directory, keep, daily=True))


def backup_now(db: Database, directory: Path | None = None, *, keep: int = KEEP) -> BackupResult:
    """A backup now (``planner backup``), named by date and time."""
    directory = directory or backups_dir()
    stamp = datetime.now(PARIS).strftime("%Y-%m-%d_%H%M%S")
    target = directory / f"{PREFIX}{stamp}{SUFFIX}"
    counter = 1
    while target.exists():  # two backups in the same second
        counter += 1
        target = directory / f"{PREFIX}{stamp}-{counter}{SUFFIX}"
    size = copy_database(_source_path(db), target)
    return BackupResult(target, size, _prune(directory, keep, daily=False))


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    database: Path
    #: The copy of the database as it was just before (None when there was none).
    previous_copy: Path | None

    def describe(self) -> str:
        text = f"Base {self.database} restaurée depuis {self.restored_from}."
        if self.previous_copy is not None:
            text += f" L'ancienne base a été gardée : {self.previous_copy}."
        return text


def check_backup_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not a healthy Planner database."""
    if not path.exists():
        raise PlannerError(f"Le fichier « {path} » n'existe pas.")
    state = inspect_sqlite_file(path)
    if state.kind is not FileKind.PLANNER:
        reason = state.refusal() or f"« {path} » n'est pas une base de données Planner."
        raise PlannerError(f"Restauration refusée : {reason}")
    problems = quick_integrity(path)
    if problems:
        raise PlannerError(f"Restauration refusée : la sauvegarde « {path} » est endommagée ({problems[0]}).")
    from planner.db import migrate

    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        revision = None
    finally:
        connection.close()
    if revision is None:
        raise PlannerError(f"Restauration refusée : « {path} » n'a pas de schéma Planner.")
    if revision[0] not in migrate.known_revisions():
        raise PlannerError(
            f"Restauration refusée : « {path} » vient d'une version plus récente de Planner "
            f"(révision {revision[0]}). Installez la dernière version de Planner."
        )


def restore_backup(backup: str | Path, database_url: str | None = None, directory: Path | None = None) -> RestoreResult:
    """Replace the database with ``backup``; the current database is copied aside first.

    Close Planner on this PC before restoring.  The restored database is then migrated to this
    version of Planner when it is older.
    """
    backup = Path(backup).expanduser().absolute()
    url = resolve_url(database_url)
    target = sqlite_path(url)
    if target is None:
        raise PlannerError(POSTGRES_HINT)
    check_backup_file(backup)
    if target.exists() and backup.resolve() == target.resolve():
        raise PlannerError("Restauration refusée : ce fichier est la base elle-même.")
    directory = directory or backups_dir()
    stamp = datetime.now(PARIS).strftime("%Y-%m-%d_%H%M%S")
    previous: Path | None = directory / f"avant-restauration-{stamp}{SUFFIX}"
    assert previous is not None
    if target.exists() and inspect_sqlite_file(target).kind is FileKind.PLANNER:
        copy_database(target, previous)
    elif target.exists() and target.stat().st_size:
        # A damaged or foreign file: keep its bytes as they are.
        directory.mkdir(parents=True, exist_ok=True)
        previous.write_bytes(target.read_bytes())
    else:
        previous = None
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst)  # page by page into the live file, under SQLite's locks
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise DatabaseError(
            f"La restauration a échoué ({exc}) ; la base n'a pas été remplacée. Fermez Planner sur ce poste "
            "et recommencez."
        ) from exc
    finally:
        src.close()
    problems = quick_integrity(target)
    if problems:
        raise DatabaseError(f"La base restaurée est incohérente ({problems[0]}) ; l'ancienne est dans {previous}.")
    from planner.db.database import open_database

    open_database(url).dispose()  # migrates an older backup to this version
    return RestoreResult(backup, target, previous)
