"""The window as the office uses it: find customers, create one, edit technicians."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from planner.services import customers as customer_service
from planner.services import technicians as technician_service
from tests.ui.conftest import wait_idle


def visible_names(page) -> list[str]:
    return [row.name for row in page.model.visible_rows()]


def open_dialog() -> QDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert len(dialogs) == 1, dialogs
    return dialogs[0]


def test_window_opens_in_french_on_demo_data(window):
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Rendez-vous", "Planning", "Clients", "Contrats", "Techniciens", "Alertes", "Devis", "Tableau de bord"]
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.customers.model.rowCount() == 300
    assert window.customers.count.text() == "300 clients"
    header = window.customers.table.model().headerData(0, Qt.Orientation.Horizontal)
    assert header == "Nom"


def test_filter_narrows_the_customers_as_you_type(qtbot, window):
    page = window.customers
    qtbot.keyClicks(page.filter, "annecy")
    shown = page.model.visible_rows()
    assert 0 < len(shown) < 300
    assert all("annecy" in row.search_text for row in shown)
    assert page.count.text() == f"{len(shown)} sur 300"

    page.filter.clear()
    target = page.model.visible_rows()[150]
    qtbot.keyClicks(page.filter, target.phone)  # « 06 12 34 56 78 », spaces and all
    assert target.name in visible_names(page)
    qtbot.keyClick(page.filter, Qt.Key.Key_Escape)
    assert page.model.rowCount() == 300


def test_sorting_by_town_ignores_accents(window):
    page = window.customers
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    towns = [row.city for row in page.model.visible_rows()]
    from planner.domain.text import fold

    assert [fold(t) for t in towns] == sorted(fold(t) for t in towns)


def test_creating_a_customer_refuses_a_bad_postcode_then_saves(qtbot, window, ctx):
    page = window.customers
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog()
    qtbot.keyClicks(dialog.last_name, "Vuarchex")
    qtbot.keyClicks(dialog.first_name, "Odile")
    qtbot.keyClicks(dialog.mobile, "0645454545")
    form = dialog.site_form
    qtbot.keyClicks(form.address, "14 chemin des Granges")
    qtbot.keyClicks(form.postcode, "7400")
    qtbot.keyClicks(form.city, "Annecy")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)

    assert dialog.isVisible()
    assert dialog.banner.isVisible()
    assert "Code postal : « 7400 » doit compter 5 chiffres" in dialog.banner.text()
    assert form.postcode.toolTip().startswith("« 7400 »")
    assert not any(r.name == "VUARCHEX Odile" for r in customer_service.list_customers(ctx.database))

    form.postcode.clear()
    qtbot.keyClicks(form.postcode, "74000")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    wait_idle(qtbot, ctx)

    assert page.model.total == 301
    qtbot.keyClicks(page.filter, "vuarchex")
    assert visible_names(page) == ["VUARCHEX Odile"]
    qtbot.waitUntil(lambda: page.detail.name.text() == "VUARCHEX Odile", timeout=10_000)
    stored = [r for r in customer_service.list_customers(ctx.database) if r.name == "VUARCHEX Odile"]
    assert stored and stored[0].phone == "06 45 45 45 45"


def test_ctrl_f_goes_to_the_filter_of_the_current_page(qtbot, window):
    window.show_page("contracts")
    window.contracts.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.contracts.filter.hasFocus() or QApplication.focusWidget() is window.contracts.filter


def test_customer_card_shows_contract_visits_and_contacts(qtbot, window, ctx):
    page = window.customers
    row = page.model.find(lambda r: bool(r.tier) and r.next_visit is not None)
    page.table.selectRow(row)
    wait_idle(qtbot, ctx)
    card = page.detail
    assert card.name.text() == page.model.row_at(row).name
    assert "Contrat" in card.summary.text() and "prochaine visite" in card.summary.text()
    assert card.contracts.model.rowCount() >= 1
    assert card.visits.model.rowCount() >= 1
    assert card.tabs.tabText(3).startswith("Interventions (")


def test_contracts_page_filters_by_status_and_text(qtbot, window, ctx):
    window.show_page("contracts")
    wait_idle(qtbot, ctx)
    page = window.contracts
    active = page.model.rowCount()
    assert active > 0
    assert all(r.status.value == "active" for r in page.model.visible_rows())
    page.status.setCurrentIndex(0)  # all statuses
    assert page.model.rowCount() >= active
    number = page.model.visible_rows()[0].number
    qtbot.keyClicks(page.filter, number)
    assert [r.number for r in page.model.visible_rows()] == [number]


def test_technician_editor_explains_a_refusal_then_saves(qtbot, window, ctx):
    window.show_page("technicians")
    wait_idle(qtbot, ctx)
    page = window.technicians
    page.table.selectRow(0)
    wait_idle(qtbot, ctx)
    editor = page.editor
    name = editor.first_name.text()
    assert name
    editor.lunch_minutes.setValue(150)  # longer than the 12:00–14:00 window
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.banner.isVisible() and "Pause déjeuner" in editor.banner.text()

    editor.lunch_minutes.setValue(45)
    editor.days[2].works.setChecked(False)  # no longer works on Wednesdays
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert not editor.banner.isVisible()
    saved = next(t for t in technician_service.list_technicians(ctx.database) if t.name.startswith(name))
    detail = technician_service.get_technician(ctx.database, saved.id)
    assert detail.data.lunch_minutes == 45
    assert 2 not in {s.weekday for s in detail.data.shifts}


def test_window_layout_is_remembered(qtbot, ctx):
    from planner.ui.main_window import MainWindow

    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 690)  # the offscreen screen is 800×800
    first.show_page("technicians")
    wait_idle(qtbot, ctx)
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    wait_idle(qtbot, ctx)
    assert (second.width(), second.height()) == (790, 690)
    assert second.current_page() is second.technicians
    second.close()


def test_new_button_opens_the_dialog_in_french(qtbot, window):
    button = window.customers.findChild(QPushButton, None)
    qtbot.mouseClick(window.customers.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog()
    assert dialog.windowTitle() == "Nouveau client"
    assert dialog.buttons.button(dialog.buttons.StandardButton.Save).text() == "Enregistrer"
    dialog.reject()
    assert button is not None

