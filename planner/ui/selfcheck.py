"""The Qt half of ``planner --self-check``: French translations load and the main window
opens and draws (offscreen) on a throw-away database."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner.services.selfcheck import SelfCheckReport


def run_qt_self_check(report: SelfCheckReport) -> None:
    from planner.ui.application import create_qapplication

    app = create_qapplication()

    def translations() -> str:
        translated = QCoreApplication.translate("MainWindow", "Customers")
        context, source = "QPlatformTheme", "Cancel"  # Qt's own catalogue (qtbase_fr), not ours
        qt_own = QCoreApplication.translate(context, source)
        if translated != "Clients":
            raise ValueError(f"interface non traduite (« {translated} »)")
        if qt_own != "Annuler":
            raise ValueError(f"traductions de Qt absentes (« {qt_own} »)")
        return "français (Planner et Qt)"

    def window() -> str:
        from planner.services.context import open_planner_database
        from planner.ui.main_window import MainWindow
        from planner.ui.ops import AppContext

        with tempfile.TemporaryDirectory(prefix="planner-selfcheck-ui-") as folder:
            database = open_planner_database(str(Path(folder) / "planner.sqlite3"))
            ctx = AppContext(database, interactive=False)
            try:
                main = MainWindow(ctx, remember_layout=False)
                main.resize(1000, 700)
                main.show()
                ctx.wait_idle()
                image = main.grab()
                main.close()
                app.processEvents()
                if image.isNull() or image.width() < 100:
                    raise ValueError("fenêtre non dessinée")
                if ctx.errors:
                    raise ValueError(str(ctx.errors[0]))
            finally:
                ctx.pool.waitForDone(10_000)
                database.dispose()
        return f"fenêtre principale dessinée ({image.width()}×{image.height()})"

    def printing() -> str:
        from PySide6.QtPrintSupport import QPrinter

        from planner.services.selfcheck import render_test_pdf
        from planner.ui.printing import print_file

        with tempfile.TemporaryDirectory(prefix="planner-selfcheck-print-") as folder:
            source = render_test_pdf(Path(folder) / "test.pdf")
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(Path(folder) / "printed.pdf"))
            printer.setResolution(72)
            pages = print_file(source, printer)
            printed = (Path(folder) / "printed.pdf").stat().st_size
        if pages != 1 or printed < 1000:
            raise ValueError("la page n'a pas été envoyée à l'imprimante")
        return "PDFium et la boîte d'impression de Qt"

    report.add("Traductions", translations)
    report.add("Interface", window)
    report.add("Impression", printing)
