"""The import, export, GDPR, backup and self-check commands as a user runs them."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from tests.imports.messy import write_messy_xlsx
from tests.test_cli import planner, sha


def test_import_json_dry_run_then_real_run_then_nothing_new(tmp_path):
    db = str(tmp_path / "planner.sqlite3")
    path = write_messy_xlsx(tmp_path / "clients.xlsx")
    dry = planner("import", str(path), "--dry-run", "--json", "--today", "2026-11-23", "--db", db)
    assert dry.returncode == 0, dry.stderr
    data = json.loads(dry.stdout)
    assert data["data_rows"] == 9
    assert data["imported"] + data["updated"] + len(data["duplicates"]) + len(data["rejected"]) == data["data_rows"]
    assert data["duplicates"] == [{"row": 8, "same_as": 4, "against": "file",
                                   "reason": "même client que la ligne 4 : même téléphone (06 12 34 56 78)"}]
    assert [r["row"] for r in data["rejected"]] == [9, 10]
    assert data["skipped"] == [1, 2, 3, 6, 14]
    assert data["dry_run"] is True

    real = planner("import", str(path), "--today", "2026-11-23", "--db", db)
    assert real.returncode == 0, real.stderr
    assert "6 importée(s)" in real.stdout and "ligne 10 : Code postal" in real.stdout
    assert "planner geocode --pending" in real.stdout
    again = planner("import", str(path), "--json", "--today", "2026-11-23", "--db", db)
    data = json.loads(again.stdout)
    assert (data["imported"], data["updated"], len(data["duplicates"])) == (0, 0, 7)

    fixed = planner("import", str(path), "--dry-run", "--map", "Z=nom", "--db", db)
    assert fixed.returncode == 2 and "colonne « Z » introuvable" in fixed.stderr

    out = tmp_path / "tout.xlsx"
    export = planner("export", "all", str(out), "--db", db)
    assert export.returncode == 0 and out.exists(), export.stderr
    bad = planner("export", "all", str(tmp_path / "tout.csv"), "--db", db)
    assert bad.returncode == 2 and "CSV" in bad.stderr

    gdpr = tmp_path / "client.json"
    assert planner("gdpr-export", "1", str(gdpr), "--db", db).returncode == 0
    assert json.loads(gdpr.read_text(encoding="utf-8"))["client"]["last_name"] == "Dupont"
    refused = planner("gdpr-erase", "1", "--db", db)
    assert refused.returncode == 2 and "« DUPONT Jean »" in refused.stderr and "--yes" in refused.stderr
    erased = planner("gdpr-erase", "1", "--yes", "--db", db)
    assert erased.returncode == 0 and "anonymisé" in erased.stdout


def test_backup_and_restore_commands(tmp_path):
    db = tmp_path / "planner.sqlite3"
    assert planner("demo", "--customers", "10", "--technicians", "2", "--db", str(db)).returncode == 0
    backup = planner("backup", "--dir", str(tmp_path / "sauvegardes"), "--db", str(db))
    assert backup.returncode == 0 and "intégrité vérifiée" in backup.stdout
    saved = next((tmp_path / "sauvegardes").glob("planner-*.sqlite3"))

    other = tmp_path / "carnet.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE contact (nom TEXT)")
    before = sha(other)
    refused = planner("restore", str(other), "--db", str(db), env={"PLANNER_DATA_DIR": str(tmp_path / "data")})
    assert refused.returncode == 1 and "pas une base Planner" in refused.stderr
    assert sha(other) == before
    restored = planner("restore", str(saved), "--db", str(db), env={"PLANNER_DATA_DIR": str(tmp_path / "data")})
    assert restored.returncode == 0, restored.stderr
    assert "L'ancienne base a été gardée" in restored.stdout
    assert list((tmp_path / "data" / "backups").glob("avant-restauration-*.sqlite3"))
    assert planner("check", "--db", str(db)).returncode == 0


def test_self_check_from_source():
    result = planner("--self-check", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Auto-vérification réussie." in result.stdout
    assert "PDF" in result.stdout and "Interface" in result.stdout
    # What a stale bundle broke: the customers' messages, the solvers in their child processes,
    # the map's tiles through Qt's network module, HTTPS.
    assert "✓ Messages aux clients : confirmation avec invitation .ics, rappel, annulation" in result.stdout
    assert "placées par VROOM, PyVRP et OR-Tools" in result.stdout
    assert "fenêtre principale et carte dessinées" in result.stdout
    assert "✓ HTTPS (fond de carte)" in result.stdout


def test_self_check_names_a_resource_missing_from_the_installation(tmp_path):
    # A bundle built without the message templates: bookings would fail; the self-check says so.
    resources = tmp_path / "resources"
    shutil.copytree(Path(__file__).resolve().parents[1] / "resources", resources,
                    ignore=shutil.ignore_patterns("screenshots", "templates"))
    result = planner("--self-check", env={"QT_QPA_PLATFORM": "offscreen", "PLANNER_RESOURCES": str(resources)})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "✗ Fichiers de l'application : FileNotFoundError" in result.stdout
    assert "confirmation.html" in result.stdout
    assert "✗ Messages aux clients : FileNotFoundError" in result.stdout
    assert "Auto-vérification : 2 échec(s)." in result.stdout
