"""Two office PCs editing the same record: the second save is refused, nothing is lost."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.db.database import open_database
from planner.db.models import Customer
from planner.domain.errors import ConflictError
from planner.services import customers, technicians
from planner.services.customers import CustomerInput, SiteInput
from planner.services.technicians import TechnicianInput, default_shifts


@pytest.fixture
def second_pc(db):
    """Another connection pool on the same database, as a second office PC has."""
    other = open_database(db.url.render_as_string(hide_password=False), migrate=False)
    yield other
    other.dispose()


def test_second_save_of_the_same_customer_is_refused(db, second_pc):
    customer_id = customers.create_customer(
        db,
        CustomerInput(last_name="Dupont", first_name="Pierre", phone="04 50 12 34 56"),
        SiteInput(address="12 rue Sommeiller", postcode="74000", city="Annecy"),
    )
    on_pc_a = customers.get_customer(db, customer_id)
    on_pc_b = customers.get_customer(second_pc, customer_id)

    customers.update_customer(db, customer_id, on_pc_a.version, replace(on_pc_a.data, mobile="06 12 34 56 78"))
    with pytest.raises(ConflictError, match="modifié par un autre poste") as refused:
        customers.update_customer(
            second_pc, customer_id, on_pc_b.version, replace(on_pc_b.data, email="pierre@exemple.fr")
        )
    assert "DUPONT Pierre" in str(refused.value)

    now = customers.get_customer(db, customer_id)
    assert now.data.mobile == "+33612345678"  # the first save is kept
    assert now.data.email == ""  # the refused one left nothing behind

    reloaded = customers.get_customer(second_pc, customer_id)
    customers.update_customer(second_pc, customer_id, reloaded.version, replace(reloaded.data, email="pierre@exemple.fr"))
    final = customers.get_customer(db, customer_id)
    assert (final.data.mobile, final.data.email) == ("+33612345678", "pierre@exemple.fr")


def test_saving_an_object_loaded_before_another_change_is_refused(db, second_pc):
    customer_id = customers.create_customer(db, CustomerInput(last_name="Favre"))
    with db.read() as session:
        stale = session.get(Customer, customer_id)
        session.expunge(stale)
    detail = customers.get_customer(second_pc, customer_id)
    customers.update_customer(second_pc, customer_id, detail.version, replace(detail.data, notes="poste B"))

    with pytest.raises(ConflictError), db.write() as session:
        session.add(stale)
        stale.notes = "poste A"
    assert customers.get_customer(db, customer_id).data.notes == "poste B"


def test_changing_only_a_technicians_hours_still_detects_a_conflict(db, second_pc):
    data = TechnicianInput(first_name="Gaëtan", last_name="Perrin", shifts=default_shifts())
    technician_id = technicians.save_technician(db, None, None, data)
    a = technicians.get_technician(db, technician_id)
    b = technicians.get_technician(second_pc, technician_id)
    technicians.save_technician(db, technician_id, a.version, replace(a.data, shifts=default_shifts()[:4]))
    with pytest.raises(ConflictError, match="modifié par un autre poste"):
        technicians.save_technician(second_pc, technician_id, b.version, replace(b.data, lunch_minutes=45))
    assert len(technicians.get_technician(db, technician_id).data.shifts) == 4
