"""Importing the office's messy customer sheet: every row accounted for, on both engines."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from planner.db.models import AuditEntry, Contract, Customer, Site, Visit
from planner.domain.enums import Civility, CustomerKind, VisitStatus
from planner.domain.progress import Cancelled, Progress
from planner.domain.timeutil import to_paris
from planner.services.customers import CustomerInput, SiteInput, create_customer
from planner.services.importing import ImportOptions, RowStatus, import_file, preview_file
from planner.services.reference import ensure_reference_data
from tests.imports.messy import (
    DATA_ROWS,
    DUPLICATES,
    IMPORTED,
    REJECTED,
    SKIPPED,
    TODAY,
    write_messy_csv,
    write_messy_xlsx,
)

OPTIONS = ImportOptions(today=TODAY)


@pytest.fixture
def ready(db):
    ensure_reference_data(db)
    return db


def snapshot(db) -> dict[str, list[tuple]]:
    """Everything an import can write, in comparable form."""
    with db.read() as s:
        return {
            "customers": sorted(s.execute(select(Customer.id, Customer.last_name, Customer.first_name,
                                                 Customer.company_name, Customer.phone, Customer.mobile,
                                                 Customer.email, Customer.notes, Customer.version)).all()),
            "sites": sorted(s.execute(select(Site.id, Site.address, Site.postcode, Site.city, Site.version)).all()),
            "contracts": sorted(s.execute(select(Contract.number, Contract.start_date, Contract.end_date)).all()),
            "visits": sorted(s.execute(select(Visit.number, Visit.status, Visit.due_from, Visit.due_until,
                                              Visit.actual_start)).all()),
        }


def by_row(report) -> dict[int, object]:
    return {o.row: o for o in report.customers.outcomes}


def test_messy_workbook_every_row_is_accounted_for(ready, tmp_path):
    path = write_messy_xlsx(tmp_path / "clients.xlsx")
    dry = import_file(ready, path, OPTIONS, dry_run=True)
    section = dry.customers

    assert dry.header_row == 3
    assert section.data_rows == len(DATA_ROWS)
    assert sorted(o.row for o in section.outcomes) == DATA_ROWS
    assert [row for row, _ in section.skipped] == SKIPPED
    counts = {s: section.count(s) for s in RowStatus}
    assert sum(counts.values()) == section.data_rows
    outcomes = by_row(dry)
    assert sorted(r for r, o in outcomes.items() if o.status is RowStatus.IMPORTED) == IMPORTED
    assert {r: o.same_as_row for r, o in outcomes.items() if o.status is RowStatus.DUPLICATE} == DUPLICATES
    for row, reason in REJECTED.items():
        assert outcomes[row].status is RowStatus.REJECTED
        assert reason in outcomes[row].reason
    assert all(o.reason for o in section.outcomes if o.status is RowStatus.REJECTED)
    warnings = dict(section.warnings)
    assert "sophie.martin@@example" in warnings[5]  # bad email: row imported anyway, with a warning
    assert "Platine" in warnings[13]
    assert dict(section.skipped)[14] == "ligne de total"
    assert dry.created == {"customers": 6, "sites": 6, "contracts": 5, "visits": 10}
    with ready.read() as s:  # the dry run wrote nothing
        assert s.scalar(select(func.count()).select_from(Customer)) == 0

    real = import_file(ready, path, OPTIONS)
    assert real.to_json()["rejected"] == dry.to_json()["rejected"]
    assert real.created == dry.created
    assert len(real.new_site_ids) == 6
    with ready.read() as s:
        customers = {c.company_name or c.last_name: c for c in s.scalars(select(Customer))}
        assert set(customers) == {"Dupont", "MARTIN", "Boulangerie Favre", "Girod", "Bouvier", "Rey"}
        dupont = customers["Dupont"]
        assert (dupont.phone, dupont.mobile) == ("+33450451234", "+33612345678")
        assert customers["MARTIN"].phone == "+33450671234"  # typed as the number 450671234
        assert customers["MARTIN"].email == ""
        assert customers["Boulangerie Favre"].kind is CustomerKind.COMPANY
        assert customers["Girod"].civility is Civility.MRS  # « Mme Girod »
        assert customers["Rey"].mobile == "+33655443322"  # second number of the cell
        assert customers["Rey"].email_secondary == "c.rey@example.com"
        sites = {x.customer_id: x for x in s.scalars(select(Site))}
        assert sites[customers["Boulangerie Favre"].id].postcode == "74000"  # « 74 000 »
        assert sites[customers["MARTIN"].id].postcode == "74960"  # the number 74960
        assert sites[customers["Bouvier"].id].city == "Sévrier"  # merged cell over two rows
        tiers = dict(s.execute(select(Contract.customer_id, Contract.number)).all())
        assert customers["Rey"].id not in tiers  # unknown tier: no contract
        dupont_visits = s.scalars(select(Visit).where(Visit.customer_id == dupont.id)).all()
        done = [x for x in dupont_visits if x.status is VisitStatus.DONE]
        assert [to_paris(x.actual_start).date() for x in done] == [date(2025, 5, 15)]  # « 15/05/25 »
        pending = [x for x in dupont_visits if x.status is VisitStatus.TO_PLAN]
        assert [(x.due_from, x.due_until) for x in pending] == [(date(2026, 11, 16), date(2026, 12, 16))]
        girod = s.scalars(select(Visit).where(Visit.customer_id == customers["Girod"].id)).all()
        assert sorted(x.status.value for x in girod) == ["done", "to_plan"]
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "import")) == 1
        dupont_id = dupont.id

    before = snapshot(ready)
    again = import_file(ready, path, OPTIONS)
    assert snapshot(ready) == before  # importing the same file twice changes nothing
    assert again.customers.count(RowStatus.IMPORTED) == 0
    assert again.customers.count(RowStatus.UPDATED) == 0
    assert again.customers.count(RowStatus.DUPLICATE) == 7
    assert again.customers.count(RowStatus.REJECTED) == 2
    again_rows = by_row(again)
    assert again_rows[4].same_as_customer == dupont_id
    assert again_rows[8].same_as_row == 4
    assert again.created == {"customers": 0, "sites": 0, "contracts": 0, "visits": 0}


def test_csv_in_windows_1252_with_semicolons_reads_the_same(ready, tmp_path):
    xlsx = import_file(ready, write_messy_xlsx(tmp_path / "clients.xlsx"), OPTIONS, dry_run=True)
    csv_path = write_messy_csv(tmp_path / "clients.csv")
    preview = preview_file(csv_path)
    assert (preview.encoding, preview.delimiter, preview.header_row) == ("cp1252", ";", 3)
    csv_report = import_file(ready, csv_path, OPTIONS, dry_run=True)
    assert csv_report.customers.to_json()["rejected"] == xlsx.customers.to_json()["rejected"]
    assert csv_report.customers.count(RowStatus.IMPORTED) == len(IMPORTED)
    utf8 = import_file(ready, write_messy_csv(tmp_path / "c.csv", delimiter=",", encoding="utf-8-sig"),
                       OPTIONS, dry_run=True)
    assert utf8.customers.count(RowStatus.IMPORTED) == len(IMPORTED)


def test_a_known_customer_is_completed_never_overwritten(ready, tmp_path):
    known = create_customer(
        ready,
        CustomerInput(last_name="Dupont", first_name="Jean", phone="04 50 45 12 34", email="jd@ancien.fr"),
        SiteInput(address="12 rue Sommeiller", postcode="74000", city="Annecy"),
    )
    report = import_file(ready, write_messy_xlsx(tmp_path / "clients.xlsx"), OPTIONS)
    outcome = by_row(report)[4]
    assert outcome.status is RowStatus.UPDATED
    assert f"client n° {known}" in outcome.reason
    assert any("jean.dupont@example.fr" in w for w in outcome.warnings) is False
    with ready.read() as s:
        customer = s.get(Customer, known)
        assert customer.email == "jd@ancien.fr"  # kept
        assert customer.email_secondary == "jean.dupont@example.fr"  # the file's, in the free slot
        assert customer.mobile == "+33612345678"  # filled
        assert customer.notes == "Chien dans le jardin"
        assert s.scalar(select(func.count()).select_from(Contract).where(Contract.customer_id == known)) == 1
    assert by_row(report)[8].status is RowStatus.DUPLICATE


def test_second_address_becomes_a_second_site_and_namesakes_stay_apart(ready, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Nom", "Prénom", "Adresse", "CP", "Ville", "Portable", "Formule"])
    sheet.append(["Perrin", "Alain", "4 rue du Lac", "74000", "Annecy", "06 01 02 03 04", "Bronze"])
    sheet.append(["Perrin", "Alain", "Chalet Les Aiguilles", "74220", "La Clusaz", "06 01 02 03 04", "Bronze"])
    sheet.append(["Perrin", "Alain", "9 rue Royale", "74000", "Annecy", "06 99 88 77 66", None])
    sheet.append(["Perrin", "Alain", "4 rue du Lac", "74000", "Annecy", None, None])
    path = tmp_path / "perrin.xlsx"
    book.save(path)
    report = import_file(ready, path, OPTIONS)
    rows = by_row(report)
    assert rows[2].status is RowStatus.IMPORTED
    assert rows[3].status is RowStatus.IMPORTED and "autre site" in rows[3].warnings[-1]
    assert rows[4].status is RowStatus.IMPORTED and "autre client" in rows[4].warnings[0]  # other phone
    assert rows[5].status is RowStatus.DUPLICATE and rows[5].same_as_row == 2
    with ready.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 2
        assert s.scalar(select(func.count()).select_from(Site)) == 3
        assert s.scalar(select(func.count()).select_from(Contract)) == 2


def test_manual_mapping_and_header_row(ready, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Liste"])
    sheet.append(["Client", "Rue", "Code", "Localité", "Numéro pro"])
    sheet.append(["Veyrat", "2 place des Romains", "74000", "Annecy", "04 50 00 11 22"])
    path = tmp_path / "liste.xlsx"
    book.save(path)
    preview = preview_file(path)
    assert preview.header_row == 2
    assert preview.mapping == {0: "last_name", 1: "address", 3: "city"}
    assert any("Code postal" in p for p in preview.problems)
    with pytest.raises(Exception, match="Code postal"):
        import_file(ready, path, OPTIONS)
    fixed = ImportOptions(header_row=2, columns={**preview.mapping, 2: "postcode", 4: "phone"}, today=TODAY)
    report = import_file(ready, path, fixed)
    assert report.customers.count(RowStatus.IMPORTED) == 1
    with ready.read() as s:
        assert s.scalar(select(Customer.phone)) == "+33450001122"


def test_cancelling_the_real_run_writes_nothing(ready, tmp_path):
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        import_file(ready, write_messy_xlsx(tmp_path / "clients.xlsx"), OPTIONS, progress=progress)
    with ready.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
