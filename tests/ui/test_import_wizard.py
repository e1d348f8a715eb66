"""The import wizard, the export menu and the customer card's GDPR actions, driven offscreen."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from planner.services import customers as customer_service
from planner.services.geocoding import GeoSettings, save_geo_settings
from planner.services.importing import RowStatus
from tests.imports.messy import write_messy_xlsx
from tests.ui.conftest import wait_idle


def test_import_wizard_from_file_to_geocoded_sites(qtbot, window, ctx, tmp_path):
    save_geo_settings(ctx.database, GeoSettings(offline=True))  # the gazetteer only: no network in tests
    before = len(customer_service.list_customers(ctx.database))
    file_menu = window.menuBar().actions()[0].menu()
    labels = [a.text() for a in file_menu.actions()]
    assert "&Importer un fichier Excel/CSV…" in labels
    window.data_actions.import_action.trigger()
    wizard = window.data_actions.wizard
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "Importer un fichier Excel/CSV"

    wizard.file_page.path.setText(str(write_messy_xlsx(tmp_path / "clients.xlsx")))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)
    mapping = wizard.mapping_page
    assert mapping.header_row.value() == 3
    assert [c.currentText() for c in mapping.combos][:3] == ["Nom", "Prénom", "Société"]
    mapping.combos[13].setCurrentIndex(0)  # « Remarques » ignored by hand
    assert not mapping.banner.isVisible()

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.dry_run_page, timeout=10_000)
    page = wizard.dry_run_page
    section = wizard.dry_run.customers
    imported, updated = section.count(RowStatus.IMPORTED), section.count(RowStatus.UPDATED)
    assert imported + updated == 6  # a demo customer may already match one row
    assert page.summary.text().startswith(
        f"9 lignes de données : {imported} importées, {updated} mises à jour, 1 doublons, 2 rejetées"
    )
    assert page.model.total == 9 + 5  # data rows and skipped rows
    page.filter.setCurrentIndex(page.filter.findData("rejected"))
    assert [r.row for r in page.model.visible_rows()] == [9, 10]
    assert "Code postal" in page.model.visible_rows()[1].detail
    page.filter.setCurrentIndex(page.filter.findData("warnings"))
    assert {5, 13} <= {r.row for r in page.model.visible_rows()}
    assert len(customer_service.list_customers(ctx.database)) == before  # nothing saved yet

    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Importer"
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=20_000)
    assert f"{imported} lignes importées, {updated} mises à jour" in wizard.summary_page.text.text()
    qtbot.waitUntil(lambda: "adresse(s) traitée(s)" in wizard.summary_page.geo_label.text(), timeout=20_000)
    wait_idle(qtbot, ctx)
    names = {r.name for r in customer_service.list_customers(ctx.database)}
    assert {"DUPONT Jean", "Boulangerie Favre", "GIROD Anne"} <= names
    assert len(customer_service.list_customers(ctx.database)) == before + wizard.result.created["customers"]
    wizard.accept()
    window.customers.filter.setText("boulangerie favre")
    qtbot.waitUntil(lambda: [r.name for r in window.customers.model.visible_rows()] == ["Boulangerie Favre"],
                    timeout=10_000)


def test_export_menu_and_gdpr_actions(qtbot, window, ctx, tmp_path):
    out = tmp_path / "clients.xlsx"
    window.data_actions.export("customers", str(out))
    wait_idle(qtbot, ctx)
    assert out.exists()
    assert "Export enregistré" in window.statusBar().currentMessage()

    page = window.customers
    page.table.selectRow(0)
    wait_idle(qtbot, ctx)
    card = page.detail
    name = card.customer.name
    assert card.more_button.text() == "Plus" and card.anonymise_action.text() == "Anonymiser…"
    from planner.ui import gdpr_actions

    gdpr_actions.export_customer_data(ctx, card, card.customer.id, name, str(tmp_path / "rgpd.json"))
    wait_idle(qtbot, ctx)
    assert json.loads((tmp_path / "rgpd.json").read_text(encoding="utf-8"))["client"]["id"] == card.customer.id

    card.anonymise_action.trigger()  # « Plus » › « Anonymiser… »
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=10_000)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert f"« {name} »" in box.text()
    erase = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    assert name in erase.text()
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: all(r.name != name for r in page.model.rows()), timeout=10_000)
    assert "anonymisé" in window.statusBar().currentMessage()
