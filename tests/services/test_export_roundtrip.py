"""Export → import keeps every customer, contract and visit (a full workbook, both engines)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select

from planner.db.base import Base
from planner.db.models import (
    Contract,
    ContractTier,
    Counter,
    Customer,
    Technician,
    Visit,
)
from planner.services.demo import DemoOptions, generate_demo
from planner.services.exporting import export_data
from planner.services.importing import ImportOptions, RowStatus, import_file, preview_file
from planner.services.spreadsheet import read_workbook

DAY = date(2026, 11, 23)


def planning_data(db) -> dict[str, list[tuple]]:
    with db.read() as s:
        technicians = dict(s.execute(select(Technician.id, Technician.first_name)).all())
        tiers = dict(s.execute(select(ContractTier.id, ContractTier.name)).all())
        customers = {}
        for c in s.scalars(select(Customer)):
            sites = tuple(sorted((x.label, x.address, x.address_extra, x.postcode, x.city, x.access_notes)
                                 for x in c.sites))
            customers[c.id] = (c.kind, c.civility, c.last_name, c.first_name, c.company_name, c.phone, c.mobile,
                               c.email, c.email_secondary, c.notes, c.consent_email, c.consent_sms,
                               c.consent_marketing, sites)
        numbers = dict(s.execute(select(Contract.id, Contract.number)).all())
        contracts = [
            (k.number, customers[k.customer_id][2:5], k.site.address, tiers[k.tier_id], k.status, k.signed_on,
             k.start_date, k.end_date, k.tacit_renewal, k.notice_days, k.yearly_price_cents, k.cancelled_on,
             k.notes)
            for k in s.scalars(select(Contract))
        ]
        visits = [
            (x.number, customers[x.customer_id][2:5], x.site.address, numbers.get(x.contract_id), x.kind,
             x.status, x.summary, x.due_from, x.due_until, technicians.get(x.technician_id), x.planned_start,
             x.planned_end, x.promised_from, x.promised_until, x.actual_start, x.actual_end, x.duration_min,
             x.priority, x.locked, x.cancel_reason, x.notes)
            for x in s.scalars(select(Visit))
        ]
        return {"customers": sorted(customers.values()), "contracts": sorted(contracts), "visits": sorted(visits)}


def test_full_export_then_import_restores_everything(db, tmp_path):
    generate_demo(db, DemoOptions(customers=30, technicians=3, seed=11, today=DAY))
    before = planning_data(db)
    assert len(before["visits"]) > 30
    path = export_data(db, "all", tmp_path / "planner.xlsx").path
    assert [s.name for s in read_workbook(path).sheets] == ["Clients", "Contrats", "Interventions"]
    assert preview_file(path).restore

    # Importing it back into the same database changes nothing.
    again = import_file(db, path, ImportOptions(today=DAY))
    assert again.customers.count(RowStatus.IMPORTED) == 0 and again.customers.count(RowStatus.UPDATED) == 0
    assert again.contracts.count(RowStatus.DUPLICATE) == again.contracts.data_rows
    assert again.visits.count(RowStatus.DUPLICATE) == again.visits.data_rows
    assert planning_data(db) == before

    # Into a database that lost them (technicians and tiers kept): everything comes back.
    kept = {"technician", "technician_shift", "technician_skill", "skill", "contract_tier", "zone", "zone_day",
            "absence", "setting", "catalogue_item", "geocode_cache", "alembic_version"}
    with db.write() as s:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in kept:
                s.execute(delete(table))
    report = import_file(db, path, ImportOptions(today=DAY))
    for section in report.sections:
        assert section.count(RowStatus.REJECTED) == 0, section.to_json()["rejected"]
    assert planning_data(db) == before
    # Numbering continues after the restored numbers.
    with db.read() as s:
        counters = dict(s.execute(select(Counter.name, Counter.value)).all())
        last_visit = max(int(n.rsplit("-", 1)[1]) for n in s.scalars(select(Visit.number)) if n.startswith("I-2026"))
    assert counters["I-2026"] == last_visit


def test_csv_export_of_each_table(db, tmp_path):
    generate_demo(db, DemoOptions(customers=12, technicians=2, seed=3, today=DAY))
    for what in ("customers", "contracts", "visits"):
        result = export_data(db, what, tmp_path / f"{what}.csv")
        raw = result.path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with its BOM
        sheet = read_workbook(result.path).sheets[0]
        assert len(sheet.rows) - 1 == next(iter(result.rows.values()))
    customers_csv = tmp_path / "customers.csv"
    assert preview_file(customers_csv).header_row == 1
