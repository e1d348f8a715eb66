"""The alerts centre, quotes and outcomes as the office uses them, on the demo data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from planner.db.models import BillableLine, ContractNotice, Quote, Visit
from planner.domain.alerts import AlertAction, AlertKind
from planner.domain.enums import SCHEDULED_STATUSES, VisitStatus
from planner.domain.quotes import QuoteStatus
from planner.services import alerts as alert_service
from planner.services import quotes as quote_service
from tests.reports import pdftools
from tests.ui.conftest import DEMO_DAY, db_argument, wait_idle


def dialogs_of(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def on_demo_day(qtbot, window, ctx, *, show: bool = True):
    """The alerts of the demo day; with ``show`` the page is on screen (and lists them)."""
    if show:
        window.show_page("alerts")
    window.alerts.set_day(DEMO_DAY)
    wait_idle(qtbot, ctx)
    return window.alerts


BOTH_ENGINES = pytest.mark.parametrize("demo_db", ["sqlite", "postgresql"], indirect=True)


@BOTH_ENGINES
def test_status_bar_counts_match_planner_alerts(qtbot, window, ctx):
    page = on_demo_day(qtbot, window, ctx, show=False)  # page hidden: the status bar's fast count
    assert window.current_page() is window.customers
    shown = window.alert_counts.counts()
    result = subprocess.run(
        [sys.executable, "-m", "planner", "alerts", "--on", DEMO_DAY.isoformat(), "--json", "--db",
         db_argument(ctx.database)],
        capture_output=True, text=True, timeout=120, env={**os.environ}, check=False,
    )
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert set(listed[0]) == {"kind", "customer", "subject", "since", "action"}
    assert {kind.value: n for kind, n in shown.items() if n} == dict(Counter(a["kind"] for a in listed))
    assert len([k for k, n in shown.items() if n]) >= 6  # the demo has something of (nearly) every kind
    renewals = window.alert_counts.buttons[AlertKind.RENEWAL]
    assert renewals.isVisible() and renewals.text() == f"Reconductions : {shown[AlertKind.RENEWAL]}"
    window.show_page("alerts")  # the list itself agrees too
    wait_idle(qtbot, ctx)
    assert page.kind.itemText(0) == f"Toutes les alertes ({sum(shown.values())})"
    assert page.model.rowCount() == len(listed) and window.alert_counts.counts() == shown


@BOTH_ENGINES
def test_clicking_a_count_opens_the_alerts_of_that_kind(qtbot, window, ctx):
    page = on_demo_day(qtbot, window, ctx, show=False)
    qtbot.mouseClick(window.alert_counts.buttons[AlertKind.QUOTE_TO_SEND], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert window.current_page() is page
    rows = page.model.visible_rows()
    assert rows and {a.kind for a in rows} == {AlertKind.QUOTE_TO_SEND}
    assert page.action_button.text() == "Rédiger le devis"
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "Rendez-vous", "Planning", "Clients", "Contrats", "Techniciens", "Alertes", "Devis", "Tableau de bord"]


@BOTH_ENGINES
def test_book_opens_the_visit_in_the_customer_card(qtbot, window, ctx):
    page = on_demo_day(qtbot, window, ctx)
    page.show_kind(AlertKind.VISIT_DUE)
    alert = page.model.visible_rows()[0]
    page.select_alert(lambda a: a.key == alert.key)
    with qtbot.waitSignal(page.open_booking) as booked:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert booked.args == [alert.visit_id]
    wait_idle(qtbot, ctx)
    booking = window.booking
    qtbot.waitUntil(lambda: booking.customer is not None and booking.customer.id == alert.customer_id, timeout=10_000)
    assert window.current_page() is booking
    assert booking.visit.currentData() == alert.visit_id


def test_write_the_quote_opens_the_editor_and_sending_clears_the_alert(qtbot, window, ctx):
    page = on_demo_day(qtbot, window, ctx)
    page.show_kind(AlertKind.QUOTE_TO_SEND)
    alert = page.model.visible_rows()[0]
    to_send = page.counts()[AlertKind.QUOTE_TO_SEND]
    page.perform(alert)
    wait_idle(qtbot, ctx)
    editor = window.quotes.editor
    assert window.current_page() is window.quotes and editor is not None and editor.isVisible()
    assert editor.detail.id == alert.quote_id and editor.detail.number in alert.subject

    qtbot.keyClicks(editor.catalogue_edit, "TAB-4M")
    qtbot.keyClick(editor.catalogue_edit, Qt.Key.Key_Return)
    editor.add_line(quote_service.QuoteLineInput("Déplacement", 1000, 4500, 2000))
    editor.lines.item(editor.lines.rowCount() - 1, 1).setText("1,5")
    text = editor.totals.text().replace("\u202f", " ").replace("\xa0", " ")
    lines = {editor.lines.item(r, 0).text() for r in range(editor.lines.rowCount())}
    assert "Remplacement tableau 4 modules" in lines
    assert editor.current_totals.by_rate  # computed live
    assert "Total TTC" in text and "TVA 10 %" in text
    before = editor.current_totals
    editor.lines.item(editor.lines.rowCount() - 1, 1).setText("deux")
    assert editor.lines.item(editor.lines.rowCount() - 1, 5).text() == "?"
    editor.save()
    assert editor.banner.isVisible() and "illisible" in editor.banner.text()
    editor.lines.item(editor.lines.rowCount() - 1, 1).setText("1,5")
    qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: editor.detail.status is QuoteStatus.SENT, timeout=10_000)
    assert editor.notice.isVisible() and "file d'envoi" in editor.notice.text()
    assert editor.detail.totals.ttc_cents == before.ttc_cents
    qtbot.waitUntil(lambda: window.alert_counts.counts()[AlertKind.QUOTE_TO_SEND] == to_send - 1, timeout=10_000)
    window.show_page("alerts")
    wait_idle(qtbot, ctx)
    assert all(a.key != alert.key for a in page.model.rows())

    qtbot.mouseClick(editor.accept_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: editor.detail.status is QuoteStatus.ACCEPTED, timeout=10_000)
    assert editor.book_button.isVisible()
    with ctx.database.read() as session:
        work = session.get(Visit, editor.detail.work_visit_id)
        assert work.status is VisitStatus.TO_PLAN and editor.detail.number in work.summary
    work_visit = editor.detail.work_visit_id
    qtbot.mouseClick(editor.book_button, Qt.MouseButton.LeftButton)  # to the booking assistant
    wait_idle(qtbot, ctx)
    booking = window.booking
    qtbot.waitUntil(lambda: booking.visit.currentData() == work_visit, timeout=10_000)
    assert window.current_page() is booking


def test_send_the_notice_from_its_alert(qtbot, window, ctx):
    from planner.ui.renewal_dialog import RenewalDialog

    page = on_demo_day(qtbot, window, ctx)
    page.show_kind(AlertKind.RENEWAL)
    alert = page.select_alert(lambda a: a.action is AlertAction.SEND_NOTICE and "RETARD" not in a.subject)
    assert alert is not None and page.action_button.text() == "Envoyer le préavis"
    dialog = page.perform()
    assert isinstance(dialog, RenewalDialog)
    wait_idle(qtbot, ctx)
    assert "L215-1" in dialog.header.text() and "DATE LIMITE" in dialog.browser.toPlainText().upper()
    if dialog.send_button.isEnabled():
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    else:  # no email address: the posted letter
        qtbot.mouseClick(dialog.letter_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.sent_on == DEMO_DAY, timeout=10_000)
    assert not dialog.send_button.isEnabled() and dialog.notice.isVisible()
    with ctx.database.read() as session:
        assert session.scalar(select(ContractNotice.sent_on).where(ContractNotice.contract_id == alert.contract_id)) == DEMO_DAY
    qtbot.waitUntil(lambda: all(a.key != alert.key for a in page.model.rows()), timeout=10_000)
    dialog.close()


def test_print_the_notice_as_a_letter_then_record_it_as_posted(qtbot, window, ctx, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from planner.db.models import ContactLog
    from planner.domain.enums import ContactChannel
    from planner.reports import french
    from planner.ui.renewal_dialog import RenewalDialog

    page = on_demo_day(qtbot, window, ctx)
    page.show_kind(AlertKind.RENEWAL)
    alert = page.select_alert(lambda a: a.action is AlertAction.SEND_NOTICE)
    dialog = page.perform()
    assert isinstance(dialog, RenewalDialog)
    wait_idle(qtbot, ctx)
    preview = dialog.preview
    assert dialog.print_letter_button.text() == "Imprimer le courrier…"
    assert dialog.export_letter_button.text() == "Exporter le PDF…" and dialog.export_letter_button.isEnabled()
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda _parent, _title, name, _filter: offered.append(name) or (str(tmp_path / "preavis.pdf"), "PDF (*.pdf)")))
    qtbot.mouseClick(dialog.export_letter_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert offered[0].endswith(f"preavis-reconduction-{preview.contract_number}.pdf")
    pdf = tmp_path / "preavis.pdf"
    assert dialog.last_letter is not None and dialog.last_letter.path == pdf and dialog.notice.isVisible()
    text = pdftools.words(pdf)
    for expected in (f"Contrat n° {preview.contract_number}", preview.customer_name.split()[0],
                     f"Annecy, le {french.letter_date(DEMO_DAY)}",
                     f"DATE LIMITE DE NON-RECONDUCTION : {french.letter_date(preview.window.deadline)}", "L215-1"):
        assert expected in text, expected

    # Then the offer to record it as posted: the same record as « Enregistrer un courrier posté ».
    box = dialog.record_offer
    assert box is not None and box.isVisible()
    record = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    assert record.text() == "Enregistrer l'envoi"
    qtbot.mouseClick(record, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.preview.sent_on == DEMO_DAY, timeout=10_000)
    assert dialog.preview.sent_channel is ContactChannel.LETTER and not dialog.letter_button.isEnabled()
    with ctx.database.read() as session:
        notice = session.scalar(select(ContractNotice).where(ContractNotice.contract_id == alert.contract_id,
                                                             ContractNotice.period_end == preview.period_end))
        kept, channel = notice.body_text, notice.channel
        logged = session.scalar(select(ContactLog.note).where(ContactLog.customer_id == alert.customer_id)
                                .order_by(ContactLog.id.desc()))
    assert channel is ContactChannel.LETTER and "courrier" in logged
    assert kept.startswith(f"Votre contrat d'entretien {preview.contract_number}")
    assert "Nous vous prions d'agréer" in kept and french.letter_date(preview.window.deadline) in kept
    qtbot.waitUntil(lambda: all(a.key != alert.key for a in page.model.rows()), timeout=10_000)

    # A copy can still be printed; nothing more to record.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "copie"), "")))
    first_offer = dialog.record_offer
    qtbot.mouseClick(dialog.export_letter_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert (tmp_path / "copie.pdf").exists() and dialog.record_offer is first_offer and not first_offer.isVisible()
    dialog.close()


def test_a_failed_message_is_resent_from_its_alert(qtbot, window, ctx):
    page = on_demo_day(qtbot, window, ctx)
    page.show_kind(AlertKind.MESSAGE_FAILED)
    [alert] = page.model.visible_rows()
    dialog = page.perform(alert)
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: window.alert_counts.counts()[AlertKind.MESSAGE_FAILED] == 0, timeout=10_000)
    assert not window.alert_counts.buttons[AlertKind.MESSAGE_FAILED].isVisible()


def test_snoozing_needs_a_reason_and_hides_the_alert(qtbot, window, ctx):
    page = on_demo_day(qtbot, window, ctx)
    page.show_kind(AlertKind.VISIT_OVERDUE)
    alert = page.model.visible_rows()[0]
    before = window.alert_counts.counts()[AlertKind.VISIT_OVERDUE]
    page.select_alert(lambda a: a.key == alert.key)
    dialog = page.snooze()
    dialog.accept()
    wait_idle(qtbot, ctx)
    assert dialog.isVisible() and "Motif" in dialog.banner.text()
    qtbot.keyClicks(dialog.reason, "Client absent, rappeler le 1er decembre")
    dialog.accept()
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: window.alert_counts.counts()[AlertKind.VISIT_OVERDUE] == before - 1, timeout=10_000)
    assert all(a.key != alert.key for a in page.model.visible_rows())
    page.snoozed.setChecked(True)
    row = page.select_alert(lambda a: a.key == alert.key)
    assert row is not None and row.snooze_reason == "Client absent, rappeler le 1er decembre"
    assert not page.wake_button.isHidden()


def test_outcome_from_the_customer_card_bills_the_overrun_and_raises_the_anomaly(qtbot, window, ctx):
    from planner.ui.outcome_dialog import OutcomeDialog

    page = on_demo_day(qtbot, window, ctx)
    anomalies_before = window.alert_counts.counts()[AlertKind.ANOMALY]
    customers = window.customers
    window.show_page("customers")
    wait_idle(qtbot, ctx)
    row = customers.model.find(lambda r: bool(r.tier) and r.next_visit is not None)
    customers.table.selectRow(row)
    wait_idle(qtbot, ctx)
    card = customers.detail
    booked = next(v for v in card.customer.visits if v.status in SCHEDULED_STATUSES)
    card.select_visit(booked.id)
    qtbot.mouseClick(card.report_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    [dialog] = dialogs_of(OutcomeDialog)
    form = dialog.form
    assert form is not None and form.visit_id == booked.id
    dialog.day.setDate(QDate(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day))  # done this morning
    start = dialog.arrival.time()
    dialog.departure.setTime(start.addSecs((form.duration_min + 30) * 60))  # 30 minutes over
    assert "dépassement de 30 min" in dialog.overrun_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert all(dialog.checklist.item(i).checkState() == Qt.CheckState.Checked for i in range(dialog.checklist.count()))
    qtbot.keyClicks(dialog.observations, "Serrage du tableau fait")
    qtbot.keyClicks(dialog.anomaly_text, "Prise de terre absente dans la buanderie")
    qtbot.keyClick(dialog.anomaly_text, Qt.Key.Key_Return)
    assert len(dialog.new_anomalies) == 1
    qtbot.keyClicks(dialog.quote_text, "Eclairage du jardin")
    qtbot.keyClick(dialog.quote_text, Qt.Key.Key_Return)
    assert dialog.quote_requests == ["Eclairage du jardin"] and dialog.isVisible()
    dialog.satisfaction.setValue(4)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    with ctx.database.read() as session:
        [line] = session.scalars(select(BillableLine).where(BillableLine.visit_id == booked.id)).all()
        assert line.kind == "overrun" and line.total_ht_cents == 3250
        assert session.get(Visit, booked.id).status is VisitStatus.REPORTED
        requested = session.scalars(select(Quote).where(Quote.source_visit_id == booked.id).order_by(Quote.id)).all()
        assert [q.status for q in requested] == [QuoteStatus.REQUESTED, QuoteStatus.REQUESTED]
        assert requested[1].subject == "Eclairage du jardin"
    qtbot.waitUntil(lambda: window.alert_counts.counts()[AlertKind.ANOMALY] == anomalies_before + 1, timeout=10_000)
    assert page.counts()[AlertKind.ANOMALY] == anomalies_before + 1


def test_the_days_list_opens_the_outcome_with_enter(qtbot, window, ctx):
    from planner.ui.outcome_dialog import OutcomeDialog

    page = on_demo_day(qtbot, window, ctx)
    window.show_page("alerts")
    page.tabs.setCurrentWidget(page.day_visits)
    panel = page.day_visits
    with ctx.database.read() as session:
        first = session.scalars(
            select(Visit.planned_start).where(Visit.status.in_(SCHEDULED_STATUSES)).order_by(Visit.planned_start)
        ).first()
    from planner.domain.timeutil import to_paris

    panel.set_day(to_paris(first).date())
    wait_idle(qtbot, ctx)
    assert panel.model.rowCount() > 0
    assert "comptes rendus à saisir" in panel.count.text()
    visit = panel.current()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    wait_idle(qtbot, ctx)
    [dialog] = dialogs_of(OutcomeDialog)
    assert dialog.form.visit_id == visit.id
    dialog.arrival.setTime(QTime(8, 30))
    dialog.departure.setTime(QTime(8, 20))
    dialog.accept()
    wait_idle(qtbot, ctx)
    assert dialog.isVisible() and "Départ" in dialog.banner.text()
    dialog.departure.setTime(QTime(9, 0))
    dialog.accept()
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: any(r.id == visit.id and r.has_report for r in panel.model.rows()), timeout=10_000)
    with ctx.database.read() as session:
        done = session.get(Visit, visit.id)
        assert done.status is VisitStatus.REPORTED and to_paris(done.actual_start).time() == time(8, 30)


def test_settings_dialog_edits_the_catalogue_tiers_and_rates(qtbot, window, ctx):
    from planner.ui.catalogue_dialog import CatalogueSettingsDialog

    window.catalogue_action.trigger()
    wait_idle(qtbot, ctx)
    [dialog] = dialogs_of(CatalogueSettingsDialog)
    assert dialog.windowTitle() == "Formules, catalogue et tarifs"
    tab = dialog.catalogue
    qtbot.keyClicks(tab.filter, "tableau 4")
    row = tab.model.find(lambda i: i.data.code == "TAB-4M")
    tab.table.selectRow(row)
    tab.price.setText("abc")
    tab.save()
    assert "Prix unitaire HT" in tab.banner.text()
    tab.price.setText("395,50")
    tab.save()
    wait_idle(qtbot, ctx)
    assert {i.data.code: i.data.unit_price_cents for i in quote_service.list_catalogue(ctx.database)}["TAB-4M"] == 39550

    tiers = dialog.tiers
    tiers.new_entry()
    qtbot.keyClicks(tiers.name, "Platine")
    tiers.visits.setValue(4)
    tiers.duration.setValue(150)
    tiers.price.setValue(890)
    tiers.checklist.setPlainText("Thermographie\nMesure d'isolement")
    tiers.save()
    wait_idle(qtbot, ctx)
    assert tiers.saved_label.text() == "Enregistré."
    from planner.services import contracts as contract_service

    platine = next(t for t in contract_service.list_tiers(ctx.database) if t.name == "Platine")
    assert (platine.visits_per_year, platine.yearly_price_cents, platine.checklist) == (
        4, 89000, ("Thermographie", "Mesure d'isolement"))

    rates = dialog.rates
    rates.hourly.setValue(72)
    rates.save()
    wait_idle(qtbot, ctx)
    assert quote_service.get_business_settings(ctx.database).hourly_rate_cents == 7200
    dialog.close()


def test_contracts_page_renews_and_changes_tier(qtbot, window, ctx):
    from planner.ui.renewal_dialog import ChangeTierDialog, RenewalDialog

    window.show_page("contracts")
    wait_idle(qtbot, ctx)
    page = window.contracts
    rows = page.model.visible_rows()
    target = min(rows, key=lambda r: r.end_date)
    page.table.selectRow(page.model.find(lambda r: r.id == target.id))
    qtbot.mouseClick(page.tier_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    [tier_dialog] = dialogs_of(ChangeTierDialog)
    tier_dialog.tier.setCurrentIndex(0)
    new_tier = tier_dialog.tier.currentText().split(" — ")[0]
    tier_dialog.accept()
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not tier_dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: any(r.id == target.id and r.tier == new_tier for r in page.model.rows()), timeout=10_000)

    page.table.selectRow(page.model.find(lambda r: r.id == target.id))
    qtbot.mouseClick(page.renewal_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    [renewal] = dialogs_of(RenewalDialog)
    assert renewal.preview is not None and renewal.preview.contract_id == target.id
    assert renewal.renew_button.isEnabled()
    renewal.on = max(DEMO_DAY, target.end_date)
    qtbot.mouseClick(renewal.renew_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: renewal.preview.period_end > target.end_date, timeout=10_000)
    assert renewal.notice.isVisible()
    renewal.close()
    [kept] = [r for r in alert_service.compute_alerts(ctx.database, DEMO_DAY) if r.contract_id == target.id] or [None]
    assert kept is None or kept.kind is not AlertKind.RENEWAL


def test_a_quote_request_from_the_customer_card(qtbot, window, ctx):
    from planner.ui.quotes_page import QuoteRequestDialog

    customers = window.customers
    customers.table.selectRow(3)
    wait_idle(qtbot, ctx)
    card = customers.detail
    qtbot.mouseClick(card.quote_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    [dialog] = dialogs_of(QuoteRequestDialog)
    dialog.accept()
    assert dialog.isVisible()
    wait_idle(qtbot, ctx)
    assert "Objet" in dialog.banner.text()
    qtbot.keyClicks(dialog.subject, "Borne de recharge")
    qtbot.keyClicks(dialog.note, "Garage a 20 m du tableau")
    dialog.accept()
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    [row] = [r for r in quote_service.list_quotes(ctx.database) if r.subject == "Borne de recharge"]
    assert row.customer_id == card.customer.id and row.status is QuoteStatus.REQUESTED
    qtbot.waitUntil(lambda: "sur 90 jours" in card.repeat_label.text(), timeout=10_000)
    assert isinstance(dialog, QDialog)
