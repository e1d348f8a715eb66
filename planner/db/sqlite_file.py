"""What an SQLite file on disk is, decided without ever writing to it.

Planner marks its databases with SQLite's ``application_id`` header field, so a file can be
recognised from its first 100 bytes: another program's database, a document renamed ``.sqlite3``
or a file cut short by a crash are refused before any connection could alter them.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from planner.domain.errors import DatabaseError

#: « PLNR » — written into every Planner SQLite file (PRAGMA application_id).
PLANNER_APPLICATION_ID = 0x504C4E52
SQLITE_MAGIC = b"SQLite format 3\x00"

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "fuse.rclone",
        "davfs",
        "fuse.davfs2",
        "glusterfs",
        "ceph",
    }
)


class FileKind(Enum):
    MISSING = "missing"
    EMPTY = "empty"  # zero bytes: SQLite treats it as a new database
    NEW_DATABASE = "new_database"  # an SQLite database with no table yet
    PLANNER = "planner"
    FOREIGN = "foreign"  # an SQLite database of another program
    NOT_SQLITE = "not_sqlite"
    DAMAGED = "damaged"


@dataclass(frozen=True, slots=True)
class FileState:
    path: Path
    kind: FileKind
    detail: str = ""

    @property
    def usable(self) -> bool:
        return self.kind in {FileKind.MISSING, FileKind.EMPTY, FileKind.NEW_DATABASE, FileKind.PLANNER}

    def refusal(self) -> str:
        """The French explanation of why this file cannot be opened, or ''."""
        name = str(self.path)
        if self.kind is FileKind.NOT_SQLITE:
            return (
                f"Le fichier « {name} » n'est pas une base de données Planner "
                "(ce n'est pas un fichier SQLite). Il n'a pas été modifié. "
                "Choisissez un autre fichier ou un dossier vide."
            )
        if self.kind is FileKind.FOREIGN:
            return (
                f"Le fichier « {name} » est une base SQLite d'un autre logiciel, pas une base "
                f"Planner ({self.detail}). Il n'a pas été modifié."
            )
        if self.kind is FileKind.DAMAGED:
            return (
                f"La base « {name} » est endommagée : {self.detail}. Elle n'a pas été modifiée. "
                "Restaurez la dernière sauvegarde (planner restore) ou contactez le support."
            )
        return ""


def inspect_sqlite_file(path: Path) -> FileState:
    """Classify ``path`` by reading it; the file is never opened for writing."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return FileState(path, FileKind.MISSING)
    if path.is_dir():
        return FileState(path, FileKind.NOT_SQLITE, "c'est un dossier")
    if size == 0:
        return FileState(path, FileKind.EMPTY)
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return FileState(path, FileKind.NOT_SQLITE)

    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = int.from_bytes(header[24:28], "big")
    page_count = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    application_id = int.from_bytes(header[68:72], "big")

    if page_size < 512 or page_size & (page_size - 1):
        return FileState(path, FileKind.DAMAGED, "en-tête SQLite invalide")
    if size % page_size:
        return FileState(
            path,
            FileKind.DAMAGED,
            f"fichier tronqué ({size} octets, pas un multiple de la page de {page_size} octets)",
        )
    if change_counter == valid_for and page_count and size < page_count * page_size:
        return FileState(
            path,
            FileKind.DAMAGED,
            f"fichier tronqué ({size} octets au lieu de {page_count * page_size})",
        )

    if application_id == PLANNER_APPLICATION_ID:
        return FileState(path, FileKind.PLANNER)
    # Not marked as ours: accept it only if it holds nothing at all.
    try:
        tables = _count_schema_objects(path)
    except sqlite3.DatabaseError as exc:
        return FileState(path, FileKind.DAMAGED, f"illisible ({exc})")
    if tables == 0 and application_id == 0:
        return FileState(path, FileKind.NEW_DATABASE)
    if application_id:
        return FileState(path, FileKind.FOREIGN, f"identifiant d'application {application_id:#x}")
    return FileState(path, FileKind.FOREIGN, f"{tables} objet(s) inconnu(s) dans le schéma")


def _count_schema_objects(path: Path) -> int:
    # immutable=1: no lock, no journal, no -wal/-shm file is created next to it.
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    finally:
        connection.close()


def quick_integrity(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` on a read-only connection; an empty list means healthy."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        rows = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
        fk = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()
    problems = [r for r in rows if r != "ok"]
    problems += [f"clé étrangère rompue : table {t}, ligne {rowid} → {parent}" for t, rowid, parent, _ in fk]
    return problems


# -- network shares ---------------------------------------------------------------------------


def network_location_reason(path: Path) -> str:
    """Why ``path`` is on a network share (French), or '' when it is local."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return f"« {text} » est un chemin réseau (UNC)"
    if sys.platform == "win32":
        return _windows_remote_drive(path)
    return _posix_network_mount(path)


def _windows_remote_drive(path: Path) -> str:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path.resolve()))[0]
    if not drive:
        return ""
    drive_remote = 4
    if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote:
        return f"le lecteur {drive} est un lecteur réseau"
    return ""


def _posix_network_mount(path: Path) -> str:
    mountinfo = Path("/proc/self/mountinfo")
    if not mountinfo.exists():
        return ""
    target = path.resolve()
    while not target.exists() and target != target.parent:
        target = target.parent
    best_point, best_type = "", ""
    for line in mountinfo.read_text(encoding="utf-8", errors="replace").splitlines():
        left, _, right = line.partition(" - ")
        fields = left.split()
        if len(fields) < 5 or not right:
            continue
        point = fields[4].replace("\\040", " ")
        fstype = right.split()[0]
        if (str(target) == point or str(target).startswith(point.rstrip("/") + "/")) and len(
            point
        ) >= len(best_point):
            best_point, best_type = point, fstype
    if best_type in NETWORK_FILESYSTEMS:
        return f"« {best_point} » est un partage réseau ({best_type})"
    return ""


def refuse_network_location(path: Path) -> None:
    reason = network_location_reason(path)
    if reason:
        raise DatabaseError(
            f"La base Planner ne peut pas être placée sur un partage réseau : {reason}. "
            "SQLite y perd ou corrompt des données dès que deux postes écrivent. "
            "Placez le fichier sur un disque local de ce poste, ou utilisez le mode "
            "multi-postes avec PostgreSQL (--db postgresql://…)."
        )
