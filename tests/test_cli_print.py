"""« planner print » as a user runs it, on the demo data."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select

from planner.db.database import open_database
from planner.db.models import Contract, Customer, Site
from planner.domain.alerts import renewal_notice_window
from planner.domain.enums import ContractStatus
from tests.reports import pdftools
from tests.test_cli import planner

FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre")


def in_french(day: date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"


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

    renewal_letter(tmp_path, db)


def renewal_letter(tmp_path, db):
    """``planner print renewal``: the notice of a contract as a letter to post."""
    database = open_database(db)
    with database.read() as session:
        contracts = session.execute(
            select(Contract.number, Contract.end_date, Contract.notice_days, Contract.tacit_renewal, Contract.status,
                   Customer.company_name, Customer.last_name, Site.postcode)
            .join(Customer, Customer.id == Contract.customer_id)
            .join(Site, Site.id == Contract.site_id).order_by(Contract.number)
        ).all()
    database.dispose()
    due = next(c for c in contracts if c.tacit_renewal and c.status is ContractStatus.ACTIVE)
    out = tmp_path / "preavis.pdf"
    done = planner("print", "renewal", due.number.lower(), "--date", "2026-11-23", "-o", str(out), "--db", db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Préavis de reconduction du contrat {due.number} : 1 page, enregistré dans {out}")
    text = pdftools.words(out)
    deadline = renewal_notice_window(due.end_date, due.notice_days).deadline
    for expected in (due.company_name or due.last_name.upper(), due.postcode, f"Contrat n° {due.number}",
                     "Annecy, le 23 novembre 2026", f"DATE LIMITE DE NON-RECONDUCTION : {in_french(deadline)}",
                     f"reconduit tacitement pour un an, du {in_french(date.fromordinal(due.end_date.toordinal() + 1))}",
                     "L215-1"):
        assert expected in text, expected
    ended = next(c for c in contracts if not c.tacit_renewal or c.status is not ContractStatus.ACTIVE)
    refused = planner("print", "renewal", ended.number, "-o", str(tmp_path / "non.pdf"), "--db", db)
    assert refused.returncode == 1 and "ne concerne que les contrats en cours à reconduction tacite" in refused.stderr
    assert not (tmp_path / "non.pdf").exists()
    unknown = planner("print", "renewal", "C-1999-0001", "-o", str(tmp_path / "x.pdf"), "--db", db)
    assert unknown.returncode == 1 and unknown.stderr.strip().endswith("Erreur : Contrat C-1999-0001 introuvable.")
