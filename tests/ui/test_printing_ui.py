"""Printing from the window: a visit's work order from the customer card, the rounds of a day
from the technicians page, the company logo in the settings, and sending pages to a printer."""

from __future__ import annotations

from datetime import date

from PIL import Image
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog

from planner.domain.enums import SCHEDULED_STATUSES
from planner.services import printing as printing_service
from planner.ui import printing
from tests.reports import pdftools
from tests.ui.conftest import DEMO_DAY, wait_idle


def save_as(monkeypatch, path):
    """The system « Save as » dialog answers ``path`` (Qt's dialog, not Planner's code)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "PDF (*.pdf)")))


def test_work_order_of_a_visit_from_the_customer_card(qtbot, window, ctx, monkeypatch, tmp_path):
    page = window.customers
    customer = next(r for r in page.model.visible_rows() if r.next_visit)
    page.select_customer(customer.id)
    wait_idle(qtbot, ctx)
    card = page.detail
    assert not card.work_order_export.isEnabled()
    assert card.tabs.tabText(3).startswith("Interventions")
    card.tabs.setCurrentIndex(3)
    rows = card.visits.model.visible_rows()
    index = next(i for i, v in enumerate(rows) if v.status in SCHEDULED_STATUSES)
    card.visits.table.selectRow(index)
    assert card.work_order_export.isEnabled() and card.work_order_print.text() == "Imprimer…"
    save_as(monkeypatch, tmp_path / "bon")
    card.work_order_export.click()
    wait_idle(qtbot, ctx)
    out = tmp_path / "bon.pdf"
    assert pdftools.page_count(out) == 1
    assert rows[index].number in pdftools.words(out)
    assert pdftools.qr_codes(pdftools.render(out, tmp_path, dpi=150)) == [rows[index].number]


def test_print_rounds_dialog_exports_day_sheets_and_work_orders(qtbot, window, ctx, monkeypatch, tmp_path):
    window.show_page("technicians")
    wait_idle(qtbot, ctx)
    window.technicians.print_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, printing.PrintRoundsDialog) and w.isVisible())
    wait_idle(qtbot, ctx)
    assert dialog.windowTitle() == "Imprimer les tournées"
    assert dialog.technician.count() == 7 and dialog.technician.itemText(0) == "Tous les techniciens"
    day = date(2026, 11, 24)
    dialog.day.setDate(QDate(day.year, day.month, day.day))
    dialog.technician.setCurrentIndex(1)
    assert dialog.file_stem().startswith("tournees-2026-11-24-")
    save_as(monkeypatch, tmp_path / "tournee.pdf")
    dialog.export_button.click()
    wait_idle(qtbot, ctx)
    result = dialog.last_result
    assert result is not None and result.path == tmp_path / "tournee.pdf"
    assert pdftools.page_count(result.path) == result.pages == result.documents
    assert result.what.startswith("1 feuille de route et ")
    assert "Feuille de route" in pdftools.words(result.path, 1)
    # A Saturday: nothing planned, said in the dialog, no file.
    dialog.day.setDate(QDate(2026, 11, 28))
    save_as(monkeypatch, tmp_path / "samedi.pdf")
    dialog.export_button.click()
    wait_idle(qtbot, ctx)
    assert not (tmp_path / "samedi.pdf").exists()
    assert "Aucune intervention planifiée le samedi 28 novembre 2026" in dialog.banner.text()
    dialog.close()


def test_pages_go_to_the_printer(qtbot, ctx, tmp_path):
    source = printing_service.print_batch(ctx.database, printing_service.PrintSelection.day(DEMO_DAY.replace(day=24)),
                                          tmp_path / "lot.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "imprime.pdf"))
    printer.setResolution(100)
    printer.setFromTo(2, 3)
    assert printing.print_file(source.path, printer) == 2
    printed = tmp_path / "imprime.pdf"
    assert pdftools.page_count(printed) == 2
    ink = pdftools.darkness_profile(pdftools.render(printed, tmp_path, dpi=30))
    assert sum(ink) > 0.3  # real pages, not blank sheets


def test_company_logo_from_the_settings(qtbot, window, ctx, monkeypatch, tmp_path):
    from planner.ui.settings_dialog import SettingsDialog

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), "#1d3557").save(logo)
    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ctx)
    assert dialog.logo_label.text() == "aucun" and not dialog.logo_remove.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(logo), "")))
    dialog.logo_choose.click()
    wait_idle(qtbot, ctx)
    assert dialog.logo_label.text() == "logo.png" and dialog.logo_remove.isEnabled()
    assert printing_service.load_logo(ctx.database) == logo.read_bytes()
    text_file = tmp_path / "pas-une-image.png"
    text_file.write_text("bonjour", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(text_file), "")))
    dialog.logo_choose.click()
    wait_idle(qtbot, ctx)
    assert "PNG ou JPEG" in dialog.banner.text()
    dialog.logo_remove.click()
    wait_idle(qtbot, ctx)
    assert printing_service.load_logo(ctx.database) is None and dialog.logo_label.text() == "aucun"


def test_work_order_from_a_visit_block_on_the_board(qtbot, window, ctx, monkeypatch, tmp_path):
    window.show_page("board")
    board = window.board
    board.go_to(DEMO_DAY.replace(day=24))
    wait_idle(qtbot, ctx)
    visit = next(v for cell in board.week.cells.values() for v in cell.visits)
    rect = board.canvas.rect_of(visit.id)
    board._context_menu(visit, board.canvas.mapToGlobal(rect.center().toPoint()))
    menu = board.context_menu
    export = next(a for a in menu.actions() if a.text() == "Exporter le bon d'intervention en PDF…")
    menu.close()
    save_as(monkeypatch, tmp_path / "bon-planning.pdf")
    export.trigger()
    wait_idle(qtbot, ctx)
    out = tmp_path / "bon-planning.pdf"
    assert pdftools.page_count(out) == 1 and visit.number in pdftools.words(out)
