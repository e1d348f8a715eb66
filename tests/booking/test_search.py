"""The search field finds a caller however they are typed."""

from __future__ import annotations

from datetime import date

import pytest

from planner.services.customers import CustomerInput, SiteInput, create_customer
from planner.services.demo import DemoOptions, generate_demo
from planner.services.search import CustomerSearchIndex, load_search_index, query_words


@pytest.fixture
def index(sqlite_db) -> CustomerSearchIndex:
    generate_demo(sqlite_db, DemoOptions(customers=400, technicians=3, seed=11, today=date(2026, 11, 23)))
    create_customer(
        sqlite_db,
        CustomerInput(last_name="Dupont", first_name="Pierre", mobile="06 12 34 56 78", email="pierre.dupont@free.fr"),
        SiteInput(address="12 rue Sommeiller", postcode="74000", city="Annecy"),
    )
    create_customer(
        sqlite_db,
        CustomerInput(last_name="Bétemps", first_name="Hélène", phone="04 50 45 12 12"),
        SiteInput(address="1 chemin des Granges", postcode="74230", city="Thônes"),
    )
    return load_search_index(sqlite_db)


def names(index: CustomerSearchIndex, query: str) -> list[str]:
    return [hit.name for hit in index.search(query)]


@pytest.mark.parametrize("typed", ["06 12 34 56 78", "0612345678", "+33 6 12 34 56 78", "+33612345678", "0033612345678", "06.12.34.56.78"])
def test_a_phone_number_in_any_format(index, typed):
    hits = index.search(typed)
    assert [h.name for h in hits] == ["DUPONT Pierre"]
    assert hits[0].how == "téléphone"


def test_names_accents_case_and_order_do_not_matter(index):
    assert "BÉTEMPS Hélène" in names(index, "betemps helene")
    assert "BÉTEMPS Hélène" in names(index, "HÉLÈNE Bétemps")
    assert names(index, "dupont pierre")[0] == "DUPONT Pierre"


def test_a_typo_still_finds_the_customer(index):
    hits = index.search("Dupond Pierre")
    assert hits and hits[0].name.startswith("DUPONT") and hits[0].how == "approchant"


def test_email_postcode_town_and_contract_number(index):
    assert names(index, "pierre.dupont@free")[0] == "DUPONT Pierre"
    assert all(h.detail.startswith("74230") for h in index.search("74230"))
    assert "BÉTEMPS Hélène" in names(index, "thones betemps")
    contract = next(row for row in index.rows if row.contract_number)
    hits = index.search(contract.contract_number)
    assert hits[0].customer_id == contract.id and hits[0].how == "contrat"


def test_nothing_found_is_an_empty_list(index):
    assert index.search("zzzzqx") == []
    assert index.search("   ") == []


def test_query_words():
    assert query_words("+33 6 12 34 56 78") == ["0612345678"]
    assert query_words("C-2025-0012") == ["c", "2025", "0012"]
    assert query_words("Thônes") == ["thones"]
