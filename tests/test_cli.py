"""The planner command as a user runs it."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from planner import __version__


def planner(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version():
    result = planner("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Planner {__version__}"


def test_demo_then_check_a_healthy_database(tmp_path):
    path = tmp_path / "planner.sqlite3"
    demo = planner("demo", "--customers", "40", "--technicians", "3", "--seed", "5", "--db", str(path))
    assert demo.returncode == 0, demo.stderr
    assert "40 clients" in demo.stdout
    check = planner("check", "--db", str(path))
    assert check.returncode == 0, check.stdout
    assert "schéma à jour" in check.stdout and "Aucun problème." in check.stdout


def test_database_chosen_by_environment_variable(tmp_path):
    path = tmp_path / "env.sqlite3"
    demo = planner("demo", "--customers", "10", "--technicians", "3", env={"PLANNER_DATABASE_URL": str(path)})
    assert demo.returncode == 0, demo.stderr
    assert path.exists()


def test_check_refuses_a_file_that_is_not_a_planner_database(tmp_path):
    path = tmp_path / "carnet.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contact (nom TEXT)")
    connection.commit()
    connection.close()
    before = sha(path)
    result = planner("check", "--db", str(path))
    assert result.returncode == 1
    assert "pas une base Planner" in result.stdout and "n'a pas été modifié" in result.stdout
    assert sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["carnet.db"]  # no -wal/-shm left


def test_check_reports_a_truncated_file_without_touching_it(tmp_path):
    path = tmp_path / "planner.sqlite3"
    assert planner("demo", "--customers", "30", "--technicians", "3", "--db", str(path)).returncode == 0
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 4096 - 300])
    for sibling in tmp_path.glob("planner.sqlite3-*"):
        sibling.unlink()
    before = sha(path)
    result = planner("check", "--db", str(path))
    assert result.returncode == 1
    assert "endommagée" in result.stdout and "tronqué" in result.stdout
    assert sha(path) == before


def test_demo_with_bad_options_names_the_option(tmp_path):
    result = planner("demo", "--customers", "0", "--db", str(tmp_path / "x.sqlite3"))
    assert result.returncode == 2
    assert "--customers" in result.stderr


def test_screenshot_renders_a_view(tmp_path):
    path = tmp_path / "planner.sqlite3"
    assert planner("demo", "--customers", "30", "--technicians", "3", "--db", str(path)).returncode == 0
    out = tmp_path / "clients.png"
    result = planner("screenshot", "clients", str(out), "--db", str(path), "--size", "1200x700",
                     env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 700)
    unknown = planner("screenshot", "nowhere", str(tmp_path / "x.png"), "--db", str(path),
                      env={"QT_QPA_PLATFORM": "offscreen"})
    assert unknown.returncode == 1 and "vues possibles" in unknown.stderr
