"""GDPR: a customer's data exported whole, then erased from everywhere (both engines)."""

from __future__ import annotations

import base64
import json
from datetime import date, time

from sqlalchemy import func, select

from planner.db.base import Base
from planner.db.models import (
    Attachment,
    AuditEntry,
    Contract,
    Customer,
    GeocodeCache,
    OutboxMessage,
    Quote,
    Visit,
    VisitReport,
)
from planner.domain.enums import (
    ContactChannel,
    ContactReason,
    ContractStatus,
    GeocodePrecision,
    OutboxChannel,
    VisitStatus,
)
from planner.domain.timeutil import paris_instant
from planner.geo.address import AddressQuery
from planner.services.contracts import ContractInput, create_contract, list_tiers
from planner.services.customers import (
    CustomerInput,
    SiteInput,
    create_customer,
    get_customer,
    list_customers,
    log_contact,
)
from planner.services.gdpr import erase_customer, erasure_preview, export_customer_data
from planner.services.outcomes import AnomalyInput, OutcomeInput, PartInput, attachment_path, save_outcome
from planner.services.quotes import (
    QuoteDraftInput,
    QuoteLineInput,
    QuoteRequestInput,
    request_quote,
    save_quote,
)
from planner.services.reference import ensure_reference_data
from tests.services.test_contract_alerts import book

PERSON = CustomerInput(last_name="Quartzfeld", first_name="Zébulon", phone="04 50 98 76 54",
                       mobile="06 41 42 43 44", email="zebulon.quartzfeld@example.org",
                       notes="Appeler Zébulon Quartzfeld avant 9 h")
SITE = SiteInput(address="17 impasse des Hirondelles", postcode="74290", city="Talloires-Montmin",
                 access_notes="Digicode 4711, chez Quartzfeld", label="Maison Quartzfeld")
NEEDLES = ["Quartzfeld", "Zébulon", "+33450987654", "04 50 98 76 54", "+33641424344", "06 41 42 43 44",
           "zebulon.quartzfeld@example.org", "impasse des Hirondelles", "Digicode 4711"]


def everything_in(db) -> str:
    """Every value of every row of every table, as one text."""
    parts = []
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table)).all():
                parts += [json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else str(v) for v in row]
    return "\n".join(parts)


def make_customer(db) -> tuple[int, int]:
    ensure_reference_data(db)
    customer_id = create_customer(db, PERSON, SITE)
    site_id = get_customer(db, customer_id).sites[0].id
    tier = next(t for t in list_tiers(db) if t.name == "Argent")
    create_contract(db, ContractInput(customer_id=customer_id, site_id=site_id, tier_id=tier.id,
                                      start_date=date(2026, 1, 10), signed_on=date(2026, 1, 5), notes="Signé par Zébulon"))
    log_contact(db, customer_id, ContactChannel.PHONE_IN, ContactReason.BOOKING, "Zébulon Quartzfeld rappellera")
    neighbour = create_customer(db, CustomerInput(last_name="Voisin", first_name="Paul",
                                                  notes="Voisin de Zébulon Quartzfeld"),
                                SiteInput(address="2 chemin du Lavoir", postcode="74290", city="Talloires-Montmin"))
    with db.write() as s:
        s.add(OutboxMessage(idempotency_key=f"rappel-{customer_id}", channel=OutboxChannel.EMAIL, kind="reminder",
                            customer_id=customer_id, recipient="zebulon.quartzfeld@example.org",
                            subject="Votre visite, M. Quartzfeld", body_text="Bonjour Zébulon Quartzfeld,"))
        key = AddressQuery(SITE.address, SITE.postcode, SITE.city).key
        s.add(GeocodeCache(query_key=f"ban|{key}", latitude=45.9, longitude=6.2,
                           precision=GeocodePrecision.HOUSENUMBER, score=0.9, source="ban",
                           label="17 Impasse des Hirondelles 74290 Talloires-Montmin"))
    return customer_id, neighbour


def add_a_visit_report_and_a_quote(db, customer_id: int, tmp_path) -> bytes:
    """A visit done with its report (observations, an anomaly, a part, a photo) and a quote."""
    visit = min(get_customer(db, customer_id).visits, key=lambda v: v.due_from)
    book(db, visit.id, date(2026, 2, 10))
    photo = tmp_path / "tableau-quartzfeld.jpg"
    content = b"\xff\xd8\xff photo du tableau de Zebulon Quartzfeld"
    photo.write_bytes(content)
    with db.read() as s:
        version = s.get(Visit, visit.id).version
    save_outcome(db, visit.id, version, OutcomeInput(
        arrival=paris_instant(date(2026, 2, 10), time(9)), departure=paris_instant(date(2026, 2, 10), time(10, 40)),
        observations="Zébulon Quartzfeld signale des coupures", satisfaction=4,
        satisfaction_comment="Très content, Zébulon",
        anomalies=(AnomalyInput("Tableau vétuste chez M. Quartzfeld"),),
        parts=(PartInput("Disjoncteur 16 A", 1000, 1250),), attachments=(str(photo),),
    ))
    quote_id = request_quote(db, QuoteRequestInput(customer_id, "Borne de recharge", "Garage de Zébulon, 15 m"))
    with db.read() as s:
        quote_version = s.get(Quote, quote_id).version
    save_quote(db, quote_id, quote_version, QuoteDraftInput(
        "Borne de recharge", (QuoteLineInput("Borne 7 kW", 1000, 120000),), notes="Prévenir Zébulon Quartzfeld"))
    return content


def test_gdpr_export_holds_the_whole_customer(db, tmp_path):
    customer_id, _ = make_customer(db)
    photo = add_a_visit_report_and_a_quote(db, customer_id, tmp_path)
    path = export_customer_data(db, customer_id, tmp_path / "client.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["comptes_rendus"][0]["observations"] == "Zébulon Quartzfeld signale des coupures"
    assert data["comptes_rendus"][0]["satisfaction_comment"] == "Très content, Zébulon"
    assert "Quartzfeld" in data["anomalies"][0]["description"]
    assert data["pieces_posees"][0]["label"] == "Disjoncteur 16 A"
    # The anomaly's follow-up quote request, and the one asked for on the phone with its line.
    asked = next(q for q in data["devis"] if q["subject"] == "Borne de recharge")
    assert asked["notes"] == "Prévenir Zébulon Quartzfeld"
    assert asked["lignes"][0]["label"] == "Borne 7 kW"
    (attached,) = data["photos_et_fichiers"]
    assert attached["original_name"] == "tableau-quartzfeld.jpg"
    assert base64.b64decode(attached["contenu_base64"]) == photo
    assert data["client"]["last_name"] == "Quartzfeld"
    assert data["sites"][0]["address"] == SITE.address
    assert len(data["contrats"]) == 1 and len(data["interventions"]) == 2
    assert data["journal_des_contacts"][0]["note"] == "Zébulon Quartzfeld rappellera"
    assert data["messages"][0]["recipient"] == "zebulon.quartzfeld@example.org"
    assert {e["entity"] for e in data["journal_d_audit"]} >= {"customer", "contract"}
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "gdpr_export")).one()
        assert entry.entity_id == customer_id and "Quartzfeld" not in entry.summary


def test_gdpr_erase_leaves_no_personal_field_anywhere(db, tmp_path):
    customer_id, neighbour = make_customer(db)
    add_a_visit_report_and_a_quote(db, customer_id, tmp_path)
    with db.read() as s:
        photo_file = attachment_path(s.scalars(select(Attachment.stored_path)).one())
    assert photo_file.exists()
    text = everything_in(db)
    stored = [n for n in NEEDLES if not n.startswith("0")]  # phones are stored in E.164 only
    assert [n for n in stored if n not in text] == []  # the test would catch them
    with db.read() as s:
        visits_before = s.scalar(select(func.count()).select_from(Visit).where(Visit.customer_id == customer_id))

    preview = erasure_preview(db, customer_id)
    assert "« QUARTZFELD Zébulon »" in preview.confirmation()
    assert preview.active_contracts == 1 and preview.upcoming_visits == 1  # the other one is done
    report = erase_customer(db, customer_id, preview.version)
    assert report.contracts_cancelled == 1 and report.visits_cancelled == 1 and report.files_deleted == 1
    assert not photo_file.exists()

    text = everything_in(db)
    leftovers = [n for n in NEEDLES if n.lower() in text.lower()]
    assert leftovers == []
    with db.read() as s:
        customer = s.get(Customer, customer_id)
        assert customer.anonymised_at is not None
        assert s.scalar(select(func.count()).select_from(Visit).where(Visit.customer_id == customer_id)) == visits_before
        contract = s.scalars(select(Contract).where(Contract.customer_id == customer_id)).one()
        assert contract.status is ContractStatus.CANCELLED  # the anonymous statistics stay
        statuses = {v.status for v in s.scalars(select(Visit).where(Visit.customer_id == customer_id))}
        assert statuses == {VisitStatus.CANCELLED, VisitStatus.REPORTED}
        assert s.scalars(select(VisitReport)).one().satisfaction == 4  # the anonymous score stays
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0
        assert s.get(Customer, neighbour).notes == "Voisin de (anonymisé)"
        assert s.get(Customer, neighbour).sites[0].address == "2 chemin du Lavoir"
        messages = s.scalars(select(OutboxMessage)).all()
        assert messages and all(m.status.value == "cancelled" for m in messages)
        assert s.scalar(select(func.count()).select_from(GeocodeCache)) == 0
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "gdpr_erase")).one().entity_id == customer_id
    assert [r.name for r in list_customers(db)] == ["VOISIN Paul"]
