"""Starting the desktop application: Qt, French translations, the database, the window."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import __version__
from planner.domain.errors import PlannerError
from planner.paths import resource
from planner.services.context import open_planner_database
from planner.ui.data_actions import start_daily_backup
from planner.ui.main_window import MainWindow
from planner.ui.ops import AppContext

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def install_translations(app: QApplication) -> list[QTranslator]:
    """French for Qt's own dialogs (qtbase) and for Planner's windows (planner_fr.qm)."""
    QLocale.setDefault(FRENCH)
    installed = []
    qt_translator = QTranslator(app)
    if qt_translator.load(FRENCH, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    ours = QTranslator(app)
    if ours.load(str(resource("translations", "planner_fr.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def create_qapplication() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Planner")
    app.setOrganizationName("Planner")
    app.setApplicationDisplayName("Planner")
    app.setApplicationVersion(__version__)
    install_translations(app)
    return app


def run_gui(database_url: str | None = None) -> int:
    app = create_qapplication()
    try:
        database = open_planner_database(database_url)
    except PlannerError as exc:
        QMessageBox.critical(None, "Planner", str(exc))
        return 1
    ctx = AppContext(database)
    window = MainWindow(ctx)
    window.show()
    # What exists now — modules, classes, the window — lives as long as the application: keep it
    # out of every later garbage collection, which then scans only what the session creates.
    gc.collect()
    gc.freeze()
    QTimer.singleShot(0, window.offer_demo_if_empty)
    QTimer.singleShot(0, lambda: start_daily_backup(ctx, window))
    try:
        return app.exec()
    finally:
        ctx.pool.waitForDone(10_000)
        database.dispose()
