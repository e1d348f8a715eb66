"""« planner print » as a user runs it, on the demo data."""

from __future__ import annotations

import re

from tests.reports import pdftools
from tests.test_cli import planner


def test_print_commands(tmp_path):
    db = str(tmp_path / "planner.sqlite3")
    demo = planner("demo", "--customers", "60", "--technicians", "2", "--today", "2026-11-23", "--db", db)
    assert demo.returncode == 0, demo.stderr

    out = tmp_path / "bons.pdf"
    done = planner("print", "work-orders", "--date", "2026-11-24", "-o", str(out), "--db", db)
    assert done.returncode == 0, done.stderr
    count = int(re.match(r"(\d+) bons? d'intervention : (\d+) pages?", done.stdout).group(1))
    assert count >= 2 and pdftools.page_count(out) == count
    assert "Bon d'intervention" in pdftools.words(out, 1) and "mardi 24 novembre 2026" in pdftools.words(out, 1)

    sheets = tmp_path / "feuilles.pdf"
    week = planner("print", "day-sheet", "--week", "2026-W48", "-o", str(sheets), "--db", db)
    assert week.returncode == 0 and "feuille" in week.stdout and pdftools.page_count(sheets) >= 2, week.stderr

    name = pdftools.words(out, 1).split("Technicien ")[1].split()[0]
    batch = tmp_path / "lot.pdf"
    one = planner("print", "batch", "--date", "2026-11-24", "--technician", name, "-o", str(batch), "--db", db)
    assert one.returncode == 0 and one.stdout.startswith("1 feuille de route et "), one.stderr

    bad_week = planner("print", "work-orders", "--week", "2026-W60", "-o", str(out), "--db", db)
    assert bad_week.returncode == 2 and "n'est pas une semaine AAAA-Wss" in bad_week.stderr
    unknown = planner("print", "day-sheet", "--date", "2026-11-24", "--technician", "Zorro", "-o", str(out), "--db", db)
    assert unknown.returncode == 2 and "Technicien : « Zorro » inconnu" in unknown.stderr
    saturday = planner("print", "work-orders", "--date", "2026-11-28", "-o", str(tmp_path / "x.pdf"), "--db", db)
    assert saturday.returncode == 1 and "Aucune intervention planifiée le samedi 28 novembre 2026" in saturday.stderr
    assert not (tmp_path / "x.pdf").exists()
    quote = planner("print", "quote", "D-2026-99999", "-o", str(tmp_path / "d.pdf"), "--db", db)
    assert quote.returncode == 1 and quote.stderr.startswith("Erreur : ") and "Traceback" not in quote.stderr
