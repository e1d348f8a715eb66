"""The File menu's data actions (import wizard, exports) and the daily backup at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from planner.services import backup as backup_service
from planner.services import exporting
from planner.ui.import_wizard import ImportWizard
from planner.ui.ops import AppContext, Op


class DataActions:
    """« Importer un fichier Excel/CSV… » and « Exporter » in the File menu of ``window``."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        self.window = window
        self.ctx = ctx
        self.wizard: ImportWizard | None = None
        self.import_action = QAction(QCoreApplication.translate("DataActions", "&Import an Excel/CSV file…"), window)
        self.import_action.triggered.connect(self.open_import_wizard)
        self.export_menu = QMenu(QCoreApplication.translate("DataActions", "&Export"), window)
        self.export_actions: dict[str, QAction] = {}
        for what, label in (
            ("customers", QCoreApplication.translate("DataActions", "Customers…")),
            ("contracts", QCoreApplication.translate("DataActions", "Contracts…")),
            ("visits", QCoreApplication.translate("DataActions", "Visits…")),
            ("all", QCoreApplication.translate("DataActions", "Everything (Excel workbook)…")),
        ):
            action = QAction(label, window)
            action.triggered.connect(lambda _=False, what=what: self.export(what))
            self.export_menu.addAction(action)
            self.export_actions[what] = action

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.import_action)
        menu.addMenu(self.export_menu)

    def open_import_wizard(self) -> ImportWizard:
        self.wizard = ImportWizard(self.ctx, self.window)
        self.wizard.open()
        return self.wizard

    def export(self, what: str, path: str | None = None) -> Op | None:
        if path is None:
            names = {"customers": "clients", "contracts": "contrats", "visits": "interventions", "all": "planner"}
            filters = QCoreApplication.translate("DataActions", "Excel workbook (*.xlsx)") if what == "all" else QCoreApplication.translate("DataActions", "Excel workbook (*.xlsx);;CSV file (*.csv)")
            path, chosen = QFileDialog.getSaveFileName(
                self.window, QCoreApplication.translate("DataActions", "Export"), str(Path.home() / f"{names[what]}.xlsx"), filters
            )
            if not path:
                return None
            if not Path(path).suffix:
                path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        return Op(self.ctx, exporting.export_data, what, path).parent(self.window).with_progress(
            QCoreApplication.translate("DataActions", "Exporting…")
        ).success(lambda result: self.window.statusBar().showMessage(result.describe(), 15_000)).run()


def start_daily_backup(ctx: AppContext, window: QMainWindow) -> Op:
    """Today's backup of the embedded database, in the background (nothing for PostgreSQL)."""

    def done(result) -> None:  # type: ignore[no-untyped-def]
        if result is not None:
            window.statusBar().showMessage(result.describe(), 10_000)

    def failed(exc: Exception) -> bool:
        window.statusBar().showMessage(QCoreApplication.translate("DataActions", "Daily backup failed: %1").replace("%1", str(exc)), 30_000)
        return True

    return Op(ctx, backup_service.daily_backup).key("daily-backup").success(done).failure(failed).run()
