"""« Exporter PDF », « Ouvrir » and « Imprimer » for any printed document, and the
« Imprimer les tournées » dialog (day or week, one technician or all).

Every action runs a printing service ``service_fn(db, *args, path, progress=…)`` off the UI
thread, then:

* **export_pdf** asks where to save (the folder is remembered) and writes the PDF there;
* **open_pdf** writes it to a temporary file and opens it in the system's PDF viewer;
* **print_pdf** writes it to a temporary file, shows the system print dialog (printer, copies,
  pages) and prints each page drawn by PDFium at the printer's resolution; ``on_done`` runs only
  once pages went to the printer.  QtPdf is not part of PySide6-Essentials, hence PDFium
  (pypdfium2, a wheel with no system dependency).

The planning board calls the same three functions with its own service and arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.paths import user_data_dir
from planner.services import printing
from planner.services import technicians as technician_service
from planner.services.printing import PrintResult, PrintSelection
from planner.ui.ops import AppContext, Op
from planner.ui.widgets import ErrorBanner

ServiceFn = Callable[..., PrintResult]
#: Printing resolution cap: sharp text, bounded memory (an A4 page at 300 dpi is ~35 Mo).
MAX_PRINT_DPI = 300


def _settings() -> QSettings:
    return QSettings(str(user_data_dir() / "interface.ini"), QSettings.Format.IniFormat)


def export_pdf(parent: QWidget, ctx: AppContext, service_fn: ServiceFn, args: Sequence[Any], default_name: str,
               on_done: Callable[[PrintResult], None] | None = None) -> Op | None:
    """Ask where to save, then write the PDF there."""
    folder = str(_settings().value("printing/folder", "")) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Printing", "Export PDF"), str(Path(folder) / default_name), QCoreApplication.translate("Printing", "PDF (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    _settings().setValue("printing/folder", str(Path(path).parent))
    return _run(parent, ctx, service_fn, args, path, on_done)


def open_pdf(parent: QWidget, ctx: AppContext, service_fn: ServiceFn, args: Sequence[Any], stem: str,
             on_done: Callable[[PrintResult], None] | None = None) -> Op:
    """Write the PDF to a temporary file and open it in the system's PDF viewer."""

    def opened(result: PrintResult) -> None:
        if ctx.interactive:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        if on_done is not None:
            on_done(result)

    return _run(parent, ctx, service_fn, args, printing.temporary_pdf(stem), opened)


def print_pdf(parent: QWidget, ctx: AppContext, service_fn: ServiceFn, args: Sequence[Any], stem: str,
              on_done: Callable[[PrintResult], None] | None = None) -> Op:
    """Write the PDF to a temporary file, then the system print dialog."""

    def ready(result: PrintResult) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(result.path.stem)
        printer.setFromTo(1, result.pages)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
        dialog.setMinMax(1, result.pages)
        if ctx.interactive and dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not print_file(result.path, printer, parent):
            # No page went out (printer unavailable, or cancelled before the first page).
            if ctx.interactive:
                QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Print"),
                                    QCoreApplication.translate("Printing", "Nothing was printed: check the printer, "
                                                               "or export the PDF instead."))
            return
        if on_done is not None:
            on_done(result)

    return _run(parent, ctx, service_fn, args, printing.temporary_pdf(stem), ready)


def _run(parent: QWidget, ctx: AppContext, service_fn: ServiceFn, args: Sequence[Any], path: str | Path,
         success: Callable[[PrintResult], None] | None) -> Op:
    op = Op(ctx, service_fn, *args, path).parent(parent).with_progress(QCoreApplication.translate("Printing", "Preparing the PDF…"))
    if success is not None:
        op.success(success)
    return op.run()


def print_file(path: str | Path, printer: QPrinter, parent: QWidget | None = None) -> int:
    """Print the pages of a PDF on ``printer`` (its page range respected); returns the number of
    pages sent.  Each page is drawn by PDFium at the printer's resolution (300 dpi at most)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        count = len(document)
        first, last = printer.fromPage(), printer.toPage()
        if first == 0 and last == 0:
            first, last = 1, count
        pages = list(range(max(1, first), min(count, last or count) + 1))
        dpi = min(MAX_PRINT_DPI, printer.resolution())
        progress = QProgressDialog(QCoreApplication.translate("Printing", "Printing…"), QCoreApplication.translate("Printing", "Cancel"), 0, len(pages), parent)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        painter = QPainter()
        if not painter.begin(printer):
            progress.close()
            return 0
        sent = 0
        try:
            for index, number in enumerate(pages):
                if progress.wasCanceled():
                    break
                if index:
                    printer.newPage()
                bitmap = document[number - 1].render(scale=dpi / 72, prefer_bgrx=True, may_draw_forms=False)
                image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                                       Qt.TransformationMode.SmoothTransformation))
                sent += 1
                progress.setValue(index + 1)
                QApplication.processEvents()
        finally:
            painter.end()
            progress.close()
        return sent
    finally:
        document.close()


class PrintRoundsDialog(QDialog):
    """« Imprimer les tournées »: day sheets and work orders of a day or a week."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, day: date | None = None,
                 technician_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Print rounds"))
        self.banner = ErrorBanner()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd dd/MM/yyyy")
        start = day or QDate.currentDate().addDays(1).toPython()
        self.day.setDate(QDate(start.year, start.month, start.day))
        self.one_day = QRadioButton(self.tr("This day"))
        self.whole_week = QRadioButton(self.tr("Its whole week"))
        self.one_day.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.one_day)
        scope.addButton(self.whole_week)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.one_day)
        scope_row.addWidget(self.whole_week)
        scope_row.addStretch()
        self.technician = QComboBox()
        self.technician.addItem(self.tr("All technicians"), None)
        self._wanted_technician = technician_id
        self.day_sheets = QCheckBox(self.tr("Day sheets (stops, drive times, route sketch)"))
        self.work_orders = QCheckBox(self.tr("Work orders (one page per visit)"))
        self.day_sheets.setChecked(True)
        self.work_orders.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Day"), self.day)
        form.addRow("", scope_row)
        form.addRow(self.tr("Technician"), self.technician)
        form.addRow(self.tr("Documents"), self.day_sheets)
        form.addRow("", self.work_orders)

        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.export_button.clicked.connect(lambda: self._do(export_pdf))
        self.open_button.clicked.connect(lambda: self._do(open_pdf))
        self.print_button.clicked.connect(lambda: self._do(print_pdf))
        self.last_result: PrintResult | None = None
        Op(ctx, technician_service.list_technicians).parent(self).success(self._technicians_loaded).run()

    def _technicians_loaded(self, rows: list) -> None:  # type: ignore[type-arg]
        for row in rows:
            if row.active:
                self.technician.addItem(row.name, row.id)
        if self._wanted_technician is not None:
            self.technician.setCurrentIndex(max(0, self.technician.findData(self._wanted_technician)))

    def selection(self) -> PrintSelection:
        day = self.day.date().toPython()
        technician = self.technician.currentData()
        if self.whole_week.isChecked():
            return PrintSelection.week(day, technician)
        return PrintSelection.day(day, technician)

    def file_stem(self) -> str:
        selection = self.selection()
        if selection.days == 1:
            when = selection.first_day.isoformat()
        else:
            iso = selection.first_day.isocalendar()
            when = f"{iso.year}-S{iso.week:02d}"
        who = self.technician.currentText() if self.technician.currentData() is not None else self.tr("all")
        return self.tr("rounds-%1-%2").replace("%1", when).replace("%2", who)

    def _do(self, action: Callable[..., Op | None]) -> None:
        self.banner.hide()
        options = {"day_sheets": self.day_sheets.isChecked(), "work_orders": self.work_orders.isChecked()}

        def service(db, selection, path, progress=None):  # type: ignore[no-untyped-def]
            return printing.print_batch(db, selection, path, progress=progress, **options)

        name = self.file_stem() + (".pdf" if action is export_pdf else "")
        op = action(self, self.ctx, service, [self.selection()], name, self._done)
        if op is not None:
            op.failure(self._failed)

    def _done(self, result: PrintResult) -> None:
        self.last_result = result
        self.banner.hide()

    def _failed(self, exc: Exception) -> bool:
        from planner.domain.errors import PlannerError

        if isinstance(exc, PlannerError):
            self.banner.show_message(str(exc))
            return True
        return False


def visit_work_order(parent: QWidget, ctx: AppContext, visit_id: int, number: str,
                     action: Callable[..., Any]) -> Op | None:
    """Export, open or print (``action``: :func:`export_pdf`, :func:`open_pdf`, :func:`print_pdf`)
    the work order of one visit, from wherever the visit is shown."""
    stem = QCoreApplication.translate("Printing", "work-order-%1").replace("%1", number)
    return action(parent, ctx, printing.print_visit_work_order, [visit_id], stem + ".pdf" if action is export_pdf else stem)


def document_button(
    parent: QWidget,
    ctx: AppContext,
    label: str,
    service_fn: ServiceFn,
    target: Callable[[], tuple[list[Any], str] | None],
) -> QPushButton:
    """A « label ▾ » button whose menu exports, opens or prints one document.

    ``target`` gives, when the menu is used, the service arguments and the file name (without
    « .pdf »), or None when nothing is selected.
    """
    from PySide6.QtWidgets import QMenu

    button = QPushButton(label, parent)
    menu = QMenu(button)

    def run(action: Callable[..., Any]) -> None:
        chosen = target()
        if chosen is None:
            return
        args, stem = chosen
        action(parent, ctx, service_fn, args, stem + ".pdf" if action is export_pdf else stem)

    for text, action in (
        (QCoreApplication.translate("Printing", "Export PDF…"), export_pdf),
        (QCoreApplication.translate("Printing", "Open"), open_pdf),
        (QCoreApplication.translate("Printing", "Print…"), print_pdf),
    ):
        menu.addAction(text).triggered.connect(lambda _=False, act=action: run(act))
    button.setMenu(menu)
    return button
