"""Printing from the database, on SQLite and PostgreSQL: the right visits, in the round's order,
with their history, drive times and the company header; nothing half-written."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PIL import Image

from planner.db.models import ContractTier, Site, Visit
from planner.domain.enums import VisitKind, VisitStatus
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.progress import Cancelled, Progress
from planner.domain.timeutil import paris_instant
from planner.services import customers, printing, technicians
from planner.services.customers import CustomerInput, SiteInput
from planner.services.geocoding import GeoSettings, save_geo_settings
from planner.services.messages import CompanyInfo, save_company
from planner.services.planning import load_week
from planner.services.printing import PrintSelection
from planner.services.reference import ensure_reference_data
from planner.services.technicians import TechnicianInput, default_shifts
from tests.reports import pdftools

DAY = date(2026, 11, 24)  # Tuesday
OFFICE = (45.8649, 6.1394)


@dataclass
class Round:
    gaetan: int
    sophie: int
    visits: list[int]  # Gaëtan's three visits of DAY, in time order, then Sophie's one
    numbers: list[str]


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return paris_instant(day, time(hour, minute))


def _technician(db, first: str, last: str) -> int:
    return technicians.save_technician(db, None, None, TechnicianInput(
        first_name=first, last_name=last, shifts=default_shifts(), start_label="Dépôt de Sévrier",
        start_lat=OFFICE[0], start_lon=OFFICE[1], end_lat=OFFICE[0], end_lon=OFFICE[1]))


def _customer(db, last: str, address: str, city: str, point: tuple[float, float], access: str = "") -> tuple[int, int]:
    customer_id = customers.create_customer(
        db, CustomerInput(last_name=last, first_name="Anne", mobile="06 12 34 56 78", email=f"{last.lower()}@exemple.fr"),
        SiteInput(address=address, postcode="74000", city=city, latitude=point[0], longitude=point[1], access_notes=access),
    )
    return customer_id, customers.get_customer(db, customer_id).sites[0].id


@pytest.fixture
def round_(db) -> Round:
    ensure_reference_data(db)
    save_geo_settings(db, GeoSettings(offline=True))
    save_company(db, CompanyInfo(name="Élec Sévrier", phone="04 50 52 40 00", email="contact@elec-sevrier.fr",
                                 address="12 route d'Annecy, 74320 Sévrier", siret="12345678900012"))
    gaetan = _technician(db, "Gaëtan", "Perrin")
    sophie = _technician(db, "Sophie", "Mercier")
    places = [
        ("Œillet", "7 chemin des Œillets", "Annecy", (45.8992, 6.1294), "Digicode 4821"),
        ("Müller", "3 rue de la Paix", "Seynod", (45.8650, 6.0920), ""),
        ("Çelik", "9 avenue de Genève", "Annecy-le-Vieux", (45.9237, 6.1428), "Clé chez la gardienne"),
        ("Bœuf", "1 quai Bayreuth", "Sévrier", (45.8566, 6.1743), ""),
    ]
    visit_ids, numbers = [], []
    with db.write() as session:
        gold = session.query(ContractTier).filter_by(name="Or").one()
        gold_checklist = list(gold.checklist)
    assert gold_checklist
    for index, (last, address, city, point, access) in enumerate(places):
        customer_id, site_id = _customer(db, last, address, city, point, access)
        technician = gaetan if index < 3 else sophie
        # Booked out of time order: printing must sort them.
        start = at(DAY, [14, 9, 11, 10][index])
        with db.write() as session:
            visit = Visit(number=f"I-2026-{100 + index:05d}", kind=VisitKind.MAINTENANCE, status=VisitStatus.BOOKED,
                          customer_id=customer_id, site_id=site_id, summary=f"Entretien {last}", technician_id=technician,
                          planned_start=start, planned_end=start + timedelta(minutes=90), promised_from=start - timedelta(minutes=30),
                          promised_until=start + timedelta(minutes=90), duration_min=90, notes="Prévoir l'échelle")
            session.add(visit)
            if index == 0:
                # The last visit at this site, a year ago.
                past = at(date(2025, 11, 18), 9)
                session.add(Visit(number="I-2025-00007", kind=VisitKind.MAINTENANCE, status=VisitStatus.DONE,
                                  customer_id=customer_id, site_id=site_id, summary="Entretien annuel 2025",
                                  technician_id=sophie, planned_start=past, planned_end=past + timedelta(hours=1),
                                  actual_start=past, actual_end=past + timedelta(hours=1), duration_min=60))
            # A cancelled visit the same day is never printed.
            if index == 1:
                cancelled = at(DAY, 16)
                session.add(Visit(number="I-2026-00900", kind=VisitKind.REPAIR, status=VisitStatus.CANCELLED,
                                  customer_id=customer_id, site_id=site_id, technician_id=gaetan, planned_start=cancelled,
                                  planned_end=cancelled + timedelta(hours=1), duration_min=60))
            session.flush()
            visit_ids.append(visit.id)
            numbers.append(visit.number)
    order = [1, 2, 0, 3]  # by technician, then time: 09:00, 11:00, 14:00 for Gaëtan, Sophie at 10:00
    return Round(gaetan, sophie, [visit_ids[i] for i in order], [numbers[i] for i in order])


def test_work_orders_of_a_day_one_page_each_in_round_order(db, round_, tmp_path):
    result = printing.print_work_orders(db, PrintSelection.day(DAY), tmp_path / "bons.pdf")
    assert (result.documents, result.pages) == (4, 4)
    assert pdftools.page_count(result.path) == 4
    assert "4 bons d'intervention : 4 pages" in result.describe()
    for page, number in enumerate(round_.numbers, start=1):
        text = pdftools.words(result.path, page)
        assert number in text and "Page 1 / 1" in text
        assert pdftools.qr_codes(pdftools.render(result.path, tmp_path, page=page, dpi=150)) == [number]
    first = pdftools.words(result.path, 1)
    assert "MÜLLER Anne" in first and "3 rue de la Paix" in first and "Gaëtan Perrin" in first
    assert "mardi 24 novembre 2026" in first and "09:00 – 10:30 (1 h 30)" in first and "08:30 – 10:30" in first
    assert "Élec Sévrier" in first and "Tél. 04 50 52 40 00" in first
    third = pdftools.words(result.path, 3)
    assert "ŒILLET Anne" in third and "Digicode 4821" in third
    assert "Dernière visite : 18 novembre 2025 (Sophie Mercier — Entretien annuel 2025)" in third
    assert "I-2026-00900" not in pdftools.words(result.path)


def test_work_orders_of_one_technician_and_of_a_week(db, round_, tmp_path):
    result = printing.print_work_orders(db, PrintSelection.day(DAY, round_.sophie), tmp_path / "sophie.pdf")
    assert result.pages == 1 and "BŒUF Anne" in pdftools.words(result.path)
    week = printing.print_work_orders(db, PrintSelection.week(DAY + timedelta(days=2)), tmp_path / "semaine.pdf")
    assert week.pages == 4
    with pytest.raises(PlannerError, match="Aucune intervention planifiée le mercredi 25 novembre 2026"):
        printing.print_work_orders(db, PrintSelection.day(DAY + timedelta(days=1)), tmp_path / "rien.pdf")
    assert not (tmp_path / "rien.pdf").exists()


def test_the_work_order_of_one_visit_prints_its_tier_checklist(db, round_, tmp_path):
    with db.write() as session:
        visit = session.get(Visit, round_.visits[0])
        tier = session.query(ContractTier).filter_by(name="Or").one()
        from planner.db.models import Contract

        contract = Contract(number="C-2026-00001", customer_id=visit.customer_id, site_id=visit.site_id, tier_id=tier.id,
                            start_date=date(2026, 1, 1), end_date=date(2026, 12, 31))
        session.add(contract)
        session.flush()
        visit.contract_id = contract.id
        checklist = list(tier.checklist)
    result = printing.print_visit_work_order(db, round_.visits[0], tmp_path / "un.pdf")
    text = pdftools.words(result.path)
    assert result.pages == 1 and "Entretien — formule Or" in text and "C-2026-00001" in text
    for item in checklist:
        assert " ".join(item.split()[:3]) in text  # long items wrap inside their cell


def test_day_sheets_carry_the_board_drive_times(db, round_, tmp_path):
    sheets = printing.day_sheets_for(db, PrintSelection.day(DAY))
    assert [(s.technician, len(s.stops)) for s in sheets] == [("Gaëtan Perrin", 3), ("Sophie Mercier", 1)]
    board = load_week(db, DAY)
    cell = board.cell(round_.gaetan, DAY)
    gaetan = sheets[0]
    assert [s.number for s in gaetan.stops] == round_.numbers[:3]
    assert [s.drive_s for s in gaetan.stops] == cell.drives_s[:3] and gaetan.return_drive_s == cell.drives_s[3]
    assert all(d and d > 0 for d in cell.drives_s)
    assert gaetan.stops[2].access_notes == "Digicode 4821" and gaetan.start_label == "Dépôt de Sévrier"

    result = printing.print_day_sheets(db, PrintSelection.day(DAY), tmp_path / "feuilles.pdf")
    assert (result.pages, result.documents) == (2, 2)
    text = pdftools.words(result.path, 1)
    assert "Feuille de route" in text and "Gaëtan Perrin" in text and "mardi 24 novembre 2026" in text
    assert "3 visites" in text and "Départ — Dépôt de Sévrier" in text
    positions = [text.index(n) for n in round_.numbers[:3]]
    assert positions == sorted(positions)
    for stop in gaetan.stops:
        minutes = round(stop.drive_s / 60)
        assert f"{minutes} min" in text
    assert "Digicode 4821" in text and "06 12 34 56 78" in text


def test_the_morning_batch_is_each_day_sheet_then_its_work_orders(db, round_, tmp_path):
    result = printing.print_batch(db, PrintSelection.day(DAY), tmp_path / "lot.pdf")
    assert (result.documents, result.pages) == (6, 6)
    assert result.what == "2 feuilles de route et 4 bons d'intervention"
    titles = [pdftools.words(result.path, page) for page in range(1, 7)]
    kinds = ["Feuille de route" if "Feuille de route" in t else "Bon d'intervention" for t in titles]
    assert kinds == ["Feuille de route", "Bon d'intervention", "Bon d'intervention", "Bon d'intervention",
                     "Feuille de route", "Bon d'intervention"]
    assert [n for n in round_.numbers if n in titles[1]] == [round_.numbers[0]]
    assert "Sophie Mercier" in titles[4] and round_.numbers[3] in titles[5]
    only_sheets = printing.print_batch(db, PrintSelection.day(DAY), tmp_path / "f.pdf", work_orders=False)
    assert only_sheets.pages == 2
    with pytest.raises(ValidationError) as refused:
        printing.print_batch(db, PrintSelection.day(DAY), tmp_path / "x.pdf", work_orders=False, day_sheets=False)
    assert "Documents" in refused.value.errors


def test_the_company_logo_is_kept_in_the_database(db, round_, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), "#b3261e").save(logo)
    assert printing.set_company_logo(db, logo) == "logo.png"
    assert printing.logo_name(db) == "logo.png" and printing.load_logo(db) == logo.read_bytes()
    result = printing.print_work_orders(db, PrintSelection.day(DAY), tmp_path / "logo.pdf")
    assert pdftools.image_count(result.path) == 4
    not_an_image = tmp_path / "logo.txt"
    not_an_image.write_text("bonjour", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        printing.set_company_logo(db, not_an_image)
    assert "PNG ou JPEG" in refused.value.errors["Logo"]
    huge = io.BytesIO()
    Image.frombytes("RGB", (800, 800), bytes(range(256)) * 7500).save(huge, "PNG")
    (tmp_path / "huge.png").write_bytes(huge.getvalue() + b"\0" * 1_000_000)
    with pytest.raises(ValidationError, match="trop lourde"):
        printing.set_company_logo(db, tmp_path / "huge.png")
    assert printing.logo_name(db) == "logo.png"  # a refused image leaves the logo as it was
    printing.set_company_logo(db, None)
    assert printing.load_logo(db) is None


def test_a_cancelled_print_leaves_no_file(db, round_, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "annule.pdf"
    target.write_bytes(b"%PDF previous")
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        printing.print_work_orders(db, PrintSelection.day(DAY), target, progress)
    assert target.read_bytes() == b"%PDF previous"
    assert [p.name for p in folder.iterdir()] == ["annule.pdf"]


def test_technician_by_name_and_iso_weeks(db, round_):
    assert printing.find_technician(db, "gaetan") == round_.gaetan
    assert printing.find_technician(db, "MERCIER") == round_.sophie
    assert printing.find_technician(db, "Sophie Mercier") == round_.sophie
    with pytest.raises(ValidationError, match="inconnu"):
        printing.find_technician(db, "Zorro")
    assert printing.parse_iso_week("2026-W48") == date(2026, 11, 23)
    assert printing.parse_iso_week("2026-w01") == date(2025, 12, 29)
    for bad in ("2026-W54", "semaine 48", "2026-13-01"):
        with pytest.raises(ValueError):
            printing.parse_iso_week(bad)


def test_quotes_print_from_their_document_and_unknown_numbers_are_refused(db, round_, tmp_path):
    from tests.reports import samples

    result = printing.print_quote(db, samples.quote(), tmp_path / "devis.pdf")
    text = pdftools.words(result.path)
    assert "Élec Sévrier" in text and "Total TTC 1 248,66 €" in text
    with pytest.raises(PlannerError):
        printing.print_quote_number(db, "D-2099-99999", tmp_path / "x.pdf")
    report = printing.print_report(db, samples.report(), tmp_path / "rapport.pdf")
    assert "Rapport d'intervention" in pdftools.words(report.path)


@dataclass
class _Line:
    label: str
    unit: str
    quantity_milli: int
    unit_price_cents: int
    vat_rate_bp: int


@dataclass
class _QuoteRecord:
    number: str
    subject: str
    author: str
    requested_at: datetime
    sent_at: datetime | None
    valid_until: date | None
    customer: object
    site: Site | None
    lines: list[_Line]


def test_a_recorded_quote_maps_to_its_printed_document(db, round_):
    """The mapping the quote model will use: quantities in thousandths, the customer's first site
    as the address, the validity from the send date."""
    with db.read() as session:
        visit = session.get(Visit, round_.visits[0])
        customer = visit.customer
        _ = customer.sites
        record = _QuoteRecord("D-2026-00003", "Tableau", "Gaëtan", datetime(2026, 11, 20, 9, tzinfo=UTC),
                              datetime(2026, 11, 23, 9, tzinfo=UTC), None, customer, customer.sites[0],
                              [_Line("Main-d'œuvre", "h", 1500, 6500, 2000), _Line("Disjoncteur", "u", 2000, 1999, 1000)])
        data = printing.quote_data(record)
    assert (data.issued_on, data.valid_until) == (date(2026, 11, 23), date(2026, 12, 23))
    assert data.customer.name == "MÜLLER Anne" and data.customer.address_lines[0] == "3 rue de la Paix"
    assert data.site_address == ()  # the same place as the customer's address
    assert [(str(line.quantity), line.unit) for line in data.lines] == [("1.5", "h"), ("2", "u")]
    assert (data.totals.ht_cents, data.totals.vat_cents) == (9750 + 3998, 1950 + 400)


@pytest.fixture
def smtp(memory_keyring):
    from tests.booking.conftest import Inbox, SmtpServer, free_port

    server = SmtpServer(free_port(), Inbox())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def memory_keyring():
    import keyring

    from tests.booking.conftest import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def test_the_intervention_report_is_emailed_with_its_pdf(db, round_, smtp, tmp_path):
    from email import message_from_bytes, policy

    from planner.services import outbox
    from tests.booking.conftest import configure_outbox
    from tests.reports import samples

    configure_outbox(db, smtp.port, sms=False)
    report = replace(samples.report(), customer=replace(samples.report().customer, email="anne@exemple.fr"))
    sent = printing.email_report(db, round_.visits[0], report)
    assert sent.queued and sent.describe() == "Rapport rapport-I-2026-00042.pdf envoyé à anne@exemple.fr (boîte d'envoi)."
    assert not printing.email_report(db, round_.visits[0], report).queued  # the same report goes once
    assert outbox.send_pending(db).sent == 1
    message = message_from_bytes(smtp.inbox.messages[0], policy=policy.default)
    assert message["To"] == "anne@exemple.fr" and "Rapport de l'intervention du mardi 24/11" in message["Subject"]
    assert "répondez simplement à ce message" in message.get_body(("plain",)).get_content()
    attachment = next(p for p in message.walk() if p.get_content_type() == "application/pdf")
    assert attachment.get_filename() == "rapport-I-2026-00042.pdf"
    pdf = tmp_path / "recu.pdf"
    pdf.write_bytes(attachment.get_payload(decode=True))
    assert "Rapport d'intervention" in pdftools.words(pdf) and "★★★★☆ (4/5)" in pdftools.words(pdf)
    no_email = replace(report, customer=replace(report.customer, email=""))
    with pytest.raises(ValidationError) as refused:
        printing.email_report(db, round_.visits[0], no_email)
    assert "E-mail" in refused.value.errors
