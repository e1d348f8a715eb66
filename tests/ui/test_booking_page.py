"""« M. Pierre Dupont appelle pour son entretien annuel »: booked with the keyboard alone."""

from __future__ import annotations

from datetime import timedelta

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from planner.db.models import ContactLog, OutboxMessage, Visit
from planner.domain.enums import ContactReason, VisitStatus
from planner.domain.timeutil import paris_today, to_paris
from planner.services import contracts, customers
from planner.services.contracts import ContractInput
from planner.services.customers import CustomerInput, SiteInput
from planner.services.messages import CompanyInfo, save_company
from planner.services.outbox import OutboxSettings, save_outbox_settings
from planner.ui.ops import Changes
from tests.booking.conftest import MemoryKeyring
from tests.ui.conftest import wait_idle


@pytest.fixture
def pierre_dupont(demo_db):
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    save_company(demo_db, CompanyInfo(name="Élec Annecy", phone="04 50 12 34 56", email="contact@elec-annecy.fr"))
    save_outbox_settings(
        demo_db,
        OutboxSettings(smtp_host="127.0.0.1", smtp_port=2525, smtp_security="none",
                       from_address="contact@elec-annecy.fr", sms_url="http://127.0.0.1:9/sms"),
    )
    customer_id = customers.create_customer(
        demo_db,
        CustomerInput(last_name="Dupont", first_name="Pierre", mobile="06 11 22 33 44",
                      email="pierre.dupont@exemple.fr", consent_sms=True),
        SiteInput(address="25 route d'Albertville", postcode="74320", city="Sévrier", latitude=45.8652, longitude=6.1405),
    )
    site_id = customers.get_customer(demo_db, customer_id).sites[0].id
    argent = next(t for t in contracts.list_tiers(demo_db) if t.name == "Argent")
    contracts.create_contract(
        demo_db, ContractInput(customer_id=customer_id, site_id=site_id, tier_id=argent.id, start_date=paris_today() - timedelta(days=8))
    )
    yield customer_id
    keyring.set_keyring(previous)


def test_annual_maintenance_booked_in_four_keyboard_actions(qtbot, pierre_dupont, window, ctx):
    page = window.show_page("booking")
    wait_idle(qtbot, ctx)
    page.focus_search()
    assert QApplication.focusWidget() is page.search

    actions = 0
    qtbot.keyClicks(page.search, "dupont pierre sevrier")  # QTest types ASCII only
    actions += 1
    assert page.results.count() == 1
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    actions += 1
    wait_idle(qtbot, ctx)
    assert page.customer is not None and page.customer.id == pierre_dupont
    assert page.slots.count() > 0
    assert QApplication.focusWidget() is page.slots
    first = page.slots.item(0).data(Qt.ItemDataRole.UserRole)
    assert "dans la fenêtre du contrat" in first.reason

    qtbot.keyClick(page.slots, Qt.Key.Key_Return)
    actions += 1
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "Confirmer le rendez-vous")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    actions += 1
    wait_idle(qtbot, ctx)
    assert actions <= 6

    assert page.done_label.isVisible() and "DUPONT Pierre" in page.done_label.text()
    with ctx.database.read() as session:
        [visit] = session.scalars(
            select(Visit).where(Visit.customer_id == pierre_dupont, Visit.status == VisitStatus.BOOKED)
        ).all()
        assert visit.technician_id == first.technician_id
        assert to_paris(visit.planned_start) == to_paris(first.start)
        contacts = session.scalars(select(ContactLog).where(ContactLog.customer_id == pierre_dupont)).all()
        assert [c.reason for c in contacts] == [ContactReason.BOOKING]
        kinds = sorted(m.kind for m in session.scalars(select(OutboxMessage).where(OutboxMessage.visit_id == visit.id)))
    assert kinds == ["confirmation", "reminder", "sms_reminder"]


def test_a_new_caller_already_known_is_offered_instead_of_a_duplicate(qtbot, pierre_dupont, window, ctx):
    page = window.show_page("booking")
    wait_idle(qtbot, ctx)
    page.new_caller()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "Nouveau client")
    qtbot.keyClicks(dialog.last_name, "Dupont")
    qtbot.keyClicks(dialog.mobile, "+33 6 11 22 33 44")
    qtbot.keyClicks(dialog.site_form.address, "25 route d'Albertville")
    qtbot.keyClicks(dialog.site_form.postcode, "74320")
    dialog.site_form.city.setText("Sévrier")
    dialog.accept()
    wait_idle(qtbot, ctx)
    assert dialog.duplicates.isVisible()
    assert "DUPONT Pierre" in dialog.duplicate_list.item(0).text() and "même téléphone" in dialog.duplicate_list.item(0).text()
    qtbot.mouseClick(dialog.use_existing, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert page.customer is not None and page.customer.id == pierre_dupont
    assert len([r for r in customers.list_customers(ctx.database) if r.name == "DUPONT Pierre" and r.city == "Sévrier"]) == 1


def test_ctrl_k_opens_the_assistant_from_anywhere(qtbot, window, ctx):
    window.show_page("technicians")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.booking
    assert QApplication.focusWidget() is window.booking.search


def test_the_card_shows_open_quotes_and_alerts(qtbot, pierre_dupont, window, ctx):
    from planner.services import quotes
    from planner.services.quotes import QuoteRequestInput

    quotes.request_quote(ctx.database, QuoteRequestInput(pierre_dupont, "Borne de recharge au garage"))
    page = window.show_page("booking")
    wait_idle(qtbot, ctx)
    page.select_customer(pierre_dupont)
    wait_idle(qtbot, ctx)
    text = page.open_items.text()
    assert "Borne de recharge au garage" in text and "demandé" in text
    assert "⚑" in text  # the contract visit to plan


def test_the_call_entry_starts_with_the_card_and_is_saved_with_its_reason(qtbot, pierre_dupont, window, ctx):
    page = window.show_page("booking")
    wait_idle(qtbot, ctx)
    page.select_customer(pierre_dupont)
    wait_idle(qtbot, ctx)
    assert page.call_reason.currentText() == "Prise de RDV" and page.call_note.text() == ""
    assert page.call_started.text().startswith("Appel commencé à")

    # The caller first complains, and a visit is booked to sort it out.
    page.call_reason.setCurrentIndex(page.call_reason.findData(ContactReason.COMPLAINT.value))
    qtbot.keyClicks(page.call_note, "Disjoncteur qui saute depuis la visite")
    index_before = page.index
    page.slots.setCurrentRow(0)
    page.book_selected()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "Confirmer le rendez-vous")
    assert dialog.note.text() == "Disjoncteur qui saute depuis la visite"
    dialog.accept()
    wait_idle(qtbot, ctx)
    with ctx.database.read() as session:
        [(reason, note)] = session.execute(
            select(ContactLog.reason, ContactLog.note).where(ContactLog.customer_id == pierre_dupont)
        ).all()
    assert reason is ContactReason.COMPLAINT and "Disjoncteur qui saute" in note and "RDV pris" in note
    # The entry is saved: the next one starts afresh, and the search index was not rebuilt for a booking.
    assert page.call_reason.currentText() == "Prise de RDV" and page.call_note.text() == ""
    assert page.index is index_before

    # A question, no booking: « Noter l'appel » saves it with its reason.
    page.call_reason.setCurrentIndex(page.call_reason.findData(ContactReason.QUESTION.value))
    qtbot.keyClicks(page.call_note, "Demande le prix d'une borne")
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    with ctx.database.read() as session:
        reasons = [(c.reason, c.note) for c in session.scalars(
            select(ContactLog).where(ContactLog.customer_id == pierre_dupont).order_by(ContactLog.id))]
    assert reasons[-1] == (ContactReason.QUESTION, "Demande le prix d'une borne") and len(reasons) == 2
    assert "Question" in page.history.text() or "question" in page.history.text().lower()
    assert page.index is index_before  # a contact noted leaves the index too

    # A change of name does rebuild it.
    detail = customers.get_customer(ctx.database, pierre_dupont)
    from dataclasses import replace

    customers.update_customer(ctx.database, pierre_dupont, detail.version, replace(detail.data, last_name="Dupont-Favre"))
    ctx.announce(Changes(customers=True))
    wait_idle(qtbot, ctx)
    assert page.index is not index_before
    assert [h.name for h in page.index.search("dupont-favre pierre")] == ["DUPONT-FAVRE Pierre"]
