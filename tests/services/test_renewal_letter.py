"""The renewal notice as a printed letter, on SQLite and PostgreSQL: the same text as the email,
addressed for a window envelope, dated from the company's town; recorded as posted with the
text of the letter."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from planner.db.models import ContractNotice, Site
from planner.domain.enums import Civility, ContactChannel
from planner.domain.errors import NotFoundError, PlannerError, ValidationError
from planner.services import contracts, customers, printing, renewals
from planner.services.contracts import ContractInput
from planner.services.customers import CustomerInput, SiteInput
from planner.services.messages import CompanyInfo, save_company
from planner.services.reference import ensure_reference_data
from tests.reports import pdftools
from tests.services.test_contract_alerts import sign, tier_id

ON = date(2026, 9, 10)
#: The email writes dates « 01/12/2026 », the letter « 1er décembre 2026 ».
LONG_DATES = {"31/12/2026": "31 décembre 2026", "01/01/2027": "1er janvier 2027", "31/12/2027": "31 décembre 2027",
              "01/12/2026": "1er décembre 2026"}


@pytest.fixture
def contract_id(db) -> int:
    save_company(db, CompanyInfo(name="Élec Lac d'Annecy", address="12 route d'Annecy, 74320 Sévrier",
                                 phone="04 50 52 40 00", email="contact@elec-lac.fr"))
    _, contract_id = sign(db, "Argent", date(2026, 1, 1), end_date=date(2026, 12, 31), notice_days=30)
    return contract_id


def test_the_letter_says_what_the_email_says(db, contract_id):
    letter = renewals.renewal_letter(db, contract_id, on=ON)
    email = renewals.renewal_notice_preview(db, contract_id, on=ON)
    assert letter.recipient == ("Anne MERMILLOD", "5 route du Lac", "74290 VEYRIER DU LAC")
    assert letter.dateline == "Sévrier, le 10 septembre 2026"
    assert letter.subject == "Votre contrat d'entretien C-2026-0001 : reconduction au 1er janvier 2027"
    assert letter.references == (("Contrat n°", "C-2026-0001"), ("Formule", "Argent"))
    assert (letter.salutation, letter.signatory) == ("Madame, Monsieur,", "Élec Lac d'Annecy")
    assert letter.courtesy == "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
    [boxed] = [p.text for p in letter.paragraphs if p.highlight]
    assert boxed == "DATE LIMITE DE NON-RECONDUCTION : 1er décembre 2026"
    # Every paragraph of the email, but the greeting, the frame and the sign-off, is in the letter.
    body = letter.body_text()
    paragraphs = [p for p in email.text.split("\n\n") if p.strip()][1:]
    said = [p for p in paragraphs if "====" not in p and not p.startswith("Cordialement")]
    assert len(said) == 5 and any("L215-1" in p for p in said)
    for paragraph in said:
        for short, long in LONG_DATES.items():
            paragraph = paragraph.replace(short, long)
        assert paragraph in body


def test_the_printed_letter(db, contract_id, tmp_path):
    result = printing.print_renewal_letter(db, contract_id, tmp_path / "preavis", on=ON)
    assert result.path == tmp_path / "preavis.pdf" and result.pages == pdftools.page_count(result.path) == 1
    assert result.describe().startswith("Préavis de reconduction du contrat C-2026-0001 : 1 page")
    text = pdftools.words(result.path)
    for expected in ("Élec Lac d'Annecy", "Anne MERMILLOD", "5 route du Lac", "74290 VEYRIER DU LAC",
                     "Sévrier, le 10 septembre 2026", "Contrat n° C-2026-0001", "Objet : Votre contrat d'entretien",
                     "du 1er janvier 2027 au 31 décembre 2027", "DATE LIMITE DE NON-RECONDUCTION : 1er décembre 2026",
                     "article L215-1 du Code de la consommation", "Le service clients", "Page 1 / 1"):
        assert expected in text, expected


def test_posting_the_letter_keeps_its_text(db, contract_id):
    letter = renewals.renewal_letter(db, contract_id, on=ON)
    renewals.send_renewal_notice(db, contract_id, channel=ContactChannel.LETTER, on=ON)
    with db.read() as session:
        notice = session.scalar(select(ContractNotice).where(ContractNotice.contract_id == contract_id))
        assert (notice.channel, notice.sent_on, notice.recipient) == (ContactChannel.LETTER, ON, "")
        kept = notice.body_text
    assert kept == f"{letter.subject}\n\n{letter.body_text()}"
    assert "salutations distinguées" in kept and "1er décembre 2026" in kept
    # A copy can still be printed once the notice is recorded.
    assert renewals.renewal_letter(db, contract_id, on=date(2026, 9, 20)).dateline == "Sévrier, le 20 septembre 2026"


def test_a_company_is_written_to_as_la_poste_reads_it(db):
    ensure_reference_data(db)
    customer_id = customers.create_customer(
        db, CustomerInput(company_name="SCI Les Œillets", civility=Civility.MR, last_name="Bœuf", first_name="Jérôme"),
        SiteInput(address="15 avenue de Genève", address_extra="Résidence Le Lac, bâtiment B",
                  postcode="74940", city="Annecy-le-Vieux"),
    )
    site_id = customers.get_customer(db, customer_id).sites[0].id
    contract_id = contracts.create_contract(db, ContractInput(
        customer_id=customer_id, site_id=site_id, tier_id=tier_id(db, "Or"), start_date=date(2026, 3, 1),
        signed_on=date(2026, 3, 1)))
    letter = renewals.renewal_letter(db, contract_id, on=date(2027, 1, 1))
    assert letter.recipient == ("SCI Les Œillets", "Monsieur Jérôme BŒUF", "Résidence Le Lac, bâtiment B",
                                "15 avenue de Genève", "74940 ANNECY LE VIEUX")
    assert letter.salutation == "Monsieur," and letter.courtesy.startswith("Nous vous prions d'agréer, Monsieur, ")
    assert letter.dateline == "Le 1er janvier 2027"  # no company address set: no town


def test_what_cannot_be_printed(db, contract_id, tmp_path):
    with db.write() as session:
        session.execute(Site.__table__.update().values(postcode=""))
    with pytest.raises(ValidationError, match="Adresse : l'adresse postale du client est incomplète"):
        renewals.renewal_letter(db, contract_id, on=ON)
    version = contracts.get_contract(db, contract_id).version
    renewals.refuse_renewal(db, contract_id, version, "Déménagement")
    with pytest.raises(PlannerError, match="ne concerne que les contrats en cours à reconduction tacite"):
        printing.print_renewal_letter(db, contract_id, tmp_path / "x.pdf", on=ON)
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(NotFoundError, match="Contrat C-2026-9999 introuvable"):
        printing.contract_id_of(db, "C-2026-9999")
    assert printing.contract_id_of(db, " c-2026-0001 ") == contract_id


@pytest.mark.parametrize(
    ("address", "town"),
    [("3 avenue du Pré-Félin, 74940 Annecy", "Annecy"), ("BP 12\n74001 Annecy Cedex 1", "Annecy"),
     ("12 route d'Annecy, 74320 Sévrier", "Sévrier"), ("", ""), ("Zone artisanale", "")],
)
def test_the_town_the_letter_is_written_from(db, address, town):
    from planner.services.letters import company_town

    save_company(db, CompanyInfo(name="Élec", address=address))
    with db.read() as session:
        assert company_town(session) == town
