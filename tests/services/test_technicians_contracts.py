"""Technicians' hours and absences, contracts and the visits they generate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from planner.domain.enums import AbsenceKind, ContractStatus, VisitStatus
from planner.domain.errors import ValidationError
from planner.services import contracts, customers, technicians
from planner.services.contracts import ContractInput
from planner.services.customers import CustomerInput, SiteInput
from planner.services.reference import ensure_reference_data
from planner.services.technicians import ShiftInput, TechnicianInput, default_shifts


def test_a_lunch_window_shorter_than_the_break_is_refused(db):
    data = TechnicianInput(first_name="Sophie", lunch_earliest=time(12), lunch_latest=time(12, 30), lunch_minutes=60)
    with pytest.raises(ValidationError) as refused:
        technicians.save_technician(db, None, None, data)
    assert "Pause déjeuner" in refused.value.errors
    assert technicians.list_technicians(db) == []


def test_overlapping_spans_on_a_day_are_refused(db):
    shifts = (ShiftInput(2, time(8), time(12)), ShiftInput(2, time(11), time(17)))
    with pytest.raises(ValidationError) as refused:
        technicians.save_technician(db, None, None, TechnicianInput(first_name="Julien", shifts=shifts))
    assert refused.value.errors == {"Horaires du mercredi": "deux plages se chevauchent."}


def test_skills_hours_and_absences_are_kept(db):
    ensure_reference_data(db)
    skills = {s.code: s.id for s in technicians.list_skills(db)}
    shifts = default_shifts()[:4] + (ShiftInput(4, time(8), time(12)),)  # Friday mornings only
    technician_id = technicians.save_technician(
        db, None, None,
        TechnicianInput(first_name="Karim", last_name="Benali", phone="06 11 22 33 44",
                        skill_ids=(skills["ELEC"], skills["IRVE"]), shifts=shifts),
    )
    technicians.add_absence(db, technician_id, AbsenceKind.LEAVE, date(2026, 12, 21), date(2026, 12, 24), "Congés")
    with pytest.raises(ValidationError, match="chevauche"):
        technicians.add_absence(db, technician_id, AbsenceKind.SICK, date(2026, 12, 24), date(2026, 12, 24))

    [row] = technicians.list_technicians(db)
    assert row.skills == "ELEC, IRVE"
    assert row.weekly_minutes == 4 * (600 - 60) + (240 - 60)
    detail = technicians.get_technician(db, technician_id)
    assert detail.data.phone == "+33611223344"
    [absence] = detail.absences
    assert absence.starts_at.isoformat() == "2026-12-20T23:00:00+00:00"  # midnight in Paris
    assert absence.ends_at.isoformat() == "2026-12-24T23:00:00+00:00"


def _customer_with_site(db) -> tuple[int, int]:
    customer_id = customers.create_customer(
        db, CustomerInput(last_name="Mermillod", first_name="Anne"),
        SiteInput(address="5 route du Lac", postcode="74290", city="Veyrier-du-Lac"),
    )
    return customer_id, customers.get_customer(db, customer_id).sites[0].id


def test_signing_an_argent_contract_creates_its_two_visits(db):
    ensure_reference_data(db)
    argent = next(t for t in contracts.list_tiers(db) if t.name == "Argent")
    customer_id, site_id = _customer_with_site(db)
    contract_id = contracts.create_contract(
        db, ContractInput(customer_id=customer_id, site_id=site_id, tier_id=argent.id,
                          start_date=date(2026, 1, 15), signed_on=date(2026, 1, 10)),
    )
    [row] = contracts.list_contracts(db)
    assert row.number == "C-2026-0001"
    assert (row.end_date, row.tier, row.status) == (date(2027, 1, 14), "Argent", ContractStatus.ACTIVE)
    visits = sorted(customers.get_customer(db, customer_id).visits, key=lambda v: v.due_from)
    assert [(v.due_from, v.due_until, v.status) for v in visits] == [
        (date(2026, 1, 31), date(2026, 3, 2), VisitStatus.TO_PLAN),
        (date(2026, 6, 30), date(2026, 7, 30), VisitStatus.TO_PLAN),
    ]
    assert [v.number for v in sorted(visits, key=lambda v: v.number)] == ["I-2026-00001", "I-2026-00002"]
    assert row.next_due == date(2026, 3, 2)
    assert contract_id == row.id


def test_a_contract_on_another_customers_site_is_refused(db):
    ensure_reference_data(db)
    tier = contracts.list_tiers(db)[0]
    customer_id, _ = _customer_with_site(db)
    _, foreign_site = _customer_with_site(db)
    with pytest.raises(ValidationError, match="Site"):
        contracts.create_contract(db, ContractInput(customer_id=customer_id, site_id=foreign_site, tier_id=tier.id,
                                                    start_date=date(2026, 3, 1)))
    assert contracts.list_contracts(db) == []


def test_terminating_a_contract_records_the_day(db):
    ensure_reference_data(db)
    tier = contracts.list_tiers(db)[0]
    customer_id, site_id = _customer_with_site(db)
    contract_id = contracts.create_contract(
        db, ContractInput(customer_id=customer_id, site_id=site_id, tier_id=tier.id, start_date=date(2026, 3, 1))
    )
    detail = contracts.get_contract(db, contract_id)
    contracts.update_contract(db, contract_id, detail.version, replace(detail.data, status=ContractStatus.CANCELLED))
    assert contracts.list_contracts(db)[0].status is ContractStatus.CANCELLED
