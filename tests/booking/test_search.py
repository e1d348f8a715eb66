"""The search field finds a caller however they are typed."""

from __future__ import annotations

from datetime import date

import pytest

from planner.services.contracts import ContractInput
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
        CustomerInput(last_name="Mollard", first_name="Hugo", mobile="+33 6 69 12 34 55"),
        SiteInput(address="4 impasse des Lilas", postcode="74370", city="Argonay"),
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
    assert query_words("+33 6 69") == query_words("0033 669") == query_words("6 69") == ["0669"]
    assert query_words("06-69-12") == query_words("06.69.12") == ["066912"]
    assert query_words("C-2025-0012") == ["c", "2025", "0012"]
    assert query_words("Thônes") == ["thones"]


AS_TYPED = [
    "06", "06 6", "06 69", "0669", "6 69", "6 69 12", "+33 6", "+33 6 69", "+336 69", "0033 6", "0033 6691",
    "0033 6 69 12", "+33 (0)6 69", "06.69.12", "06-69-12", "06 69 12 34", "+33 6 69 12 34 55",
]


def test_a_phone_number_is_found_while_it_is_typed(index):
    for typed in AS_TYPED:
        hits = index.search(typed, limit=500)
        assert "MOLLARD Hugo" in [h.name for h in hits], typed
        if len(query_words(typed)[0]) >= 6:
            assert hits[0].name == "MOLLARD Hugo" and hits[0].how == "téléphone", typed


def test_every_site_and_every_contract_number_is_searchable(sqlite_db):
    from dataclasses import replace

    from planner.domain.enums import ContractStatus
    from planner.services import contracts, customers
    from planner.services.customers import add_site
    from planner.services.reference import ensure_reference_data

    ensure_reference_data(sqlite_db)
    customer_id = create_customer(
        sqlite_db,
        CustomerInput(last_name="Gaillard", first_name="Anne", mobile="06 44 55 66 77"),
        SiteInput(address="3 rue Royale", postcode="74000", city="Annecy"),
    )
    add_site(sqlite_db, customer_id, SiteInput(label="Chalet", address="120 route du Col", postcode="74220", city="La Clusaz"))
    tiers = {t.name: t.id for t in contracts.list_tiers(sqlite_db)}
    site_id = customers.get_customer(sqlite_db, customer_id).sites[0].id
    old = contracts.create_contract(
        sqlite_db, ContractInput(customer_id=customer_id, site_id=site_id, tier_id=tiers["Bronze"], start_date=date(2025, 1, 10))
    )
    detail = contracts.get_contract(sqlite_db, old)
    contracts.update_contract(sqlite_db, old, detail.version, replace(detail.data, status=ContractStatus.CANCELLED))
    new = contracts.create_contract(
        sqlite_db, ContractInput(customer_id=customer_id, site_id=site_id, tier_id=tiers["Or"], start_date=date(2026, 3, 1))
    )
    index = load_search_index(sqlite_db)
    for query in ("la clusaz", "74220", "route du col gaillard", "annecy gaillard"):
        assert [h.name for h in index.search(query)] == ["GAILLARD Anne"], query
    assert index.search("74220")[0].how == "code postal"
    for number in (contracts.get_contract(sqlite_db, old).number, contracts.get_contract(sqlite_db, new).number):
        hits = index.search(number)
        assert hits[0].customer_id == customer_id and hits[0].how == "contrat", number
