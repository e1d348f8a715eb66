"""« Importer un fichier Excel/CSV… »: choose the file, check how its columns are read, see what
each row will become (dry run), import in one go, then place the new sites on the map."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from planner.domain.progress import Cancelled, Progress, ProgressState
from planner.services import importing
from planner.services.importing import (
    CUSTOMER_FIELDS,
    FilePreview,
    ImportOptions,
    ImportReport,
    RowStatus,
)
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.table_model import Column, RowsTableModel
from planner.ui.widgets import ErrorBanner, configure_table


def _preview(_database, path: str, options: ImportOptions) -> FilePreview:  # type: ignore[no-untyped-def]
    return importing.preview_file(path, options)


class _ProgressRelay(QObject):
    """Carries a worker thread's progress to the UI thread."""

    changed = Signal(object)


class ReconciliationRow:
    """One line of the dry-run table."""

    def __init__(self, row: int, kind: str, name: str, detail: str, warning: bool) -> None:
        self.row = row
        self.kind = kind
        self.name = name
        self.detail = detail
        self.warning = warning


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file (separated by ; or ,). "
                                 "Nothing is saved before the last step."))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("File to import"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.banner = ErrorBanner()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addStretch()
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a file"), str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)"),
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard_
        if wizard.preview is not None and str(wizard.preview.path) == self.path.text().strip():
            return True
        wizard.load_preview(self.path.text().strip(), ImportOptions(), then_next=True)
        return False


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Planner found the header row and recognised the columns below. "
                                 "Correct a column with its list if needed."))
        self.sheet = QComboBox()
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 10_000)
        form = QFormLayout()
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Header row"), self.header_row)
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("importColumns")
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Title in the file"), self.tr("Read as")])
        self.columns.verticalHeader().setVisible(False)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sample = QTableWidget(0, 0)
        self.sample.setMaximumHeight(160)
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.banner = ErrorBanner()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.columns, 2)
        layout.addWidget(QLabel(self.tr("First rows of the file:")))
        layout.addWidget(self.sample, 1)
        self.combos: list[QComboBox] = []
        self._loading = False
        self.sheet.currentTextChanged.connect(self._layout_changed)
        self.header_row.editingFinished.connect(self._layout_changed)

    def show_preview(self, preview: FilePreview) -> None:
        self._loading = True
        self.sheet.clear()
        self.sheet.addItems(preview.sheets)
        self.sheet.setCurrentText(preview.sheet)
        self.sheet.setEnabled(len(preview.sheets) > 1)
        self.header_row.setValue(preview.header_row or 1)
        self.columns.setRowCount(len(preview.columns))
        self.combos = []
        for row, column in enumerate(preview.columns):
            self.columns.setItem(row, 0, QTableWidgetItem(column.letter))
            self.columns.setItem(row, 1, QTableWidgetItem(column.header))
            combo = QComboBox()
            combo.addItem(self.tr("— ignored —"), "")
            for key, label in CUSTOMER_FIELDS.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(column.field)))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.columns.resizeColumnToContents(0)
        width = len(preview.columns)
        self.sample.setColumnCount(width)
        self.sample.setHorizontalHeaderLabels([c.letter for c in preview.columns])
        self.sample.setRowCount(len(preview.sample))
        self.sample.setVerticalHeaderLabels([str(r.number) for r in preview.sample])
        for r, sheet_row in enumerate(preview.sample):
            for c in range(width):
                value = sheet_row.value(c)
                self.sample.setItem(r, c, QTableWidgetItem("" if value is None else importing._text(value)))
        self.banner.show_message("\n".join(preview.problems))
        self._loading = False
        self.completeChanged.emit()

    def mapping(self) -> dict[int, str]:
        return {index: combo.currentData() for index, combo in enumerate(self.combos) if combo.currentData()}

    def options(self) -> ImportOptions:
        return ImportOptions(sheet=self.sheet.currentText() or None, header_row=self.header_row.value(),
                             columns=self.mapping())

    def _layout_changed(self) -> None:
        preview = self.wizard_.preview
        if self._loading or preview is None:
            return
        if self.sheet.currentText() == preview.sheet and self.header_row.value() == preview.header_row:
            return
        sheet = self.sheet.currentText() or None
        header = self.header_row.value() if sheet == preview.sheet else None
        self.wizard_.load_preview(str(preview.path), ImportOptions(sheet=sheet, header_row=header))

    def _mapping_changed(self) -> None:
        if self._loading:
            return
        fields = set(self.mapping().values())
        problems = []
        if not fields & {"last_name", "company_name"}:
            problems.append(self.tr("Choose the column holding the customer's name (Last name or Company)."))
        for key in ("address", "postcode", "city"):
            if key not in fields:
                problems.append(self.tr("No column is read as « %1 »: the site address is needed.")
                                .replace("%1", CUSTOMER_FIELDS[key]))
        self.banner.show_message("\n".join(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.banner.isVisible() and bool(self.combos)

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard_
        if wizard.dry_run is not None and wizard.dry_run_options == self.options():
            return True
        wizard.run_dry_run(self.options())
        return False


class DryRunPage(QWizardPage):
    FILTERS = ("all", "imported", "updated", "duplicate", "rejected", "warnings", "skipped")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("What each row will become"))
        self.setSubTitle(self.tr("Nothing has been saved yet. Check the rejected rows and the warnings, "
                                 "then click Import."))
        self.summary = QLabel()
        self.summary.setObjectName("dryRunSummary")
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        labels = {
            "all": self.tr("All rows"), "imported": self.tr("Imported"), "updated": self.tr("Updated"),
            "duplicate": self.tr("Duplicates"), "rejected": self.tr("Rejected"), "warnings": self.tr("Warnings"),
            "skipped": self.tr("Skipped"),
        }
        for key in self.FILTERS:
            self.filter.addItem(labels[key], key)
        self.kind_labels = {
            "imported": self.tr("imported"), "updated": self.tr("updated"), "duplicate": self.tr("duplicate"),
            "rejected": self.tr("rejected"), "skipped": self.tr("skipped"),
        }
        self.model: RowsTableModel[ReconciliationRow] = RowsTableModel(
            [
                Column(self.tr("Row"), lambda r: r.row, align_right=True),
                Column(self.tr("Result"), lambda r: self.kind_labels[r.kind], colour=self._colour),
                Column(self.tr("Customer"), lambda r: r.name),
                Column(self.tr("Details"), lambda r: r.detail),
            ],
            search_text=lambda r: r.kind + (" warnings" if r.warning else ""),
        )
        self.table = QTableView()
        self.table.setObjectName("dryRunTable")
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.filter.currentIndexChanged.connect(self._filter)

    @staticmethod
    def _colour(row: ReconciliationRow) -> str | None:
        return {"rejected": "#b03a2e", "duplicate": "#7d6608", "updated": "#1f618d", "skipped": "#777777"}.get(
            row.kind, "#9a5b00" if row.warning else None)

    def show_report(self, report: ImportReport) -> None:
        section = report.customers
        rows: list[ReconciliationRow] = []
        for outcome in section.outcomes:
            details = [outcome.reason] + [f"⚠ {w}" for w in outcome.warnings]
            rows.append(ReconciliationRow(outcome.row, outcome.status.value, outcome.name,
                                          "\n".join(d for d in details if d),
                                          bool(outcome.warnings) and outcome.status is not RowStatus.REJECTED))
        rows += [ReconciliationRow(row, "skipped", "", reason, False) for row, reason in section.skipped]
        rows.sort(key=lambda r: r.row)
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        created = report.created
        self.summary.setText(
            self.tr("%1 data rows: %2 imported, %3 updated, %4 duplicates, %5 rejected; %6 warnings; "
                    "%7 rows skipped. Will create %8 customers, %9 sites, %10 contracts and %11 visits.")
            .replace("%10", str(created.get("contracts", 0)))
            .replace("%11", str(created.get("visits", 0)))
            .replace("%1", str(section.data_rows))
            .replace("%2", str(section.count(RowStatus.IMPORTED)))
            .replace("%3", str(section.count(RowStatus.UPDATED)))
            .replace("%4", str(section.count(RowStatus.DUPLICATE)))
            .replace("%5", str(section.count(RowStatus.REJECTED)))
            .replace("%6", str(len(section.warnings)))
            .replace("%7", str(len(section.skipped)))
            .replace("%8", str(created.get("customers", 0)))
            .replace("%9", str(created.get("sites", 0)))
        )
        self._filter()

    def _filter(self) -> None:
        key = self.filter.currentData()
        self.model.set_filter("" if key == "all" else ("warnings" if key == "warnings" else key))

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard_
        if wizard.result is not None:
            return True
        wizard.run_import()
        return False


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Import done"))
        self.text = QLabel()
        self.text.setObjectName("importSummary")
        self.text.setWordWrap(True)
        self.geo_label = QLabel()
        self.geo_label.setWordWrap(True)
        self.geo_bar = QProgressBar()
        self.geo_bar.setRange(0, 1000)
        self.geo_cancel = QPushButton(self.tr("Stop placing"))
        geo_row = QHBoxLayout()
        geo_row.addWidget(self.geo_bar, 1)
        geo_row.addWidget(self.geo_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addWidget(self.geo_label)
        layout.addLayout(geo_row)
        layout.addStretch()
        self.geo_cancel.clicked.connect(wizard.stop_geocoding)

    def show_result(self, report: ImportReport) -> None:
        section, created = report.customers, report.created
        self.text.setText(
            self.tr("%1 rows imported, %2 updated, %3 duplicates left out, %4 rejected (see the list of the "
                    "previous step). Created: %5 customers, %6 sites, %7 contracts, %8 visits.")
            .replace("%1", str(section.count(RowStatus.IMPORTED)))
            .replace("%2", str(section.count(RowStatus.UPDATED)))
            .replace("%3", str(section.count(RowStatus.DUPLICATE)))
            .replace("%4", str(section.count(RowStatus.REJECTED)))
            .replace("%5", str(created.get("customers", 0)))
            .replace("%6", str(created.get("sites", 0)))
            .replace("%7", str(created.get("contracts", 0)))
            .replace("%8", str(created.get("visits", 0)))
        )

    def geocoding(self, state: ProgressState) -> None:
        if state.fraction is not None:
            self.geo_bar.setValue(int(state.fraction * 1000))
        if state.message:
            self.geo_label.setText(state.message)


class ImportWizard(QWizard):
    """The four steps; every service call runs off the UI thread through an Op."""

    finished_import = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import an Excel/CSV file"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 640)
        self.preview: FilePreview | None = None
        self.dry_run: ImportReport | None = None
        self.dry_run_options: ImportOptions | None = None
        self.result: ImportReport | None = None
        self.geo_progress: Progress | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.mapping_page, self.dry_run_page, self.summary_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.dry_run_page.setCommitPage(True)
        self.relay = _ProgressRelay(self)
        self.relay.changed.connect(self.summary_page.geocoding)
        self.finished.connect(lambda _result: self.stop_geocoding())

    def _busy(self, busy: bool) -> None:
        for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
                       QWizard.WizardButton.BackButton):
            self.button(button).setEnabled(not busy)

    def _failed(self, page: QWizardPage, exc: Exception) -> bool:
        self._busy(False)
        from planner.domain.errors import PlannerError

        if isinstance(exc, PlannerError):
            banner = getattr(page, "banner", None)
            if banner is not None:
                banner.show_message(str(exc))
                return True
        return isinstance(exc, Cancelled)

    # -- steps ----------------------------------------------------------------------------------
    def load_preview(self, path: str, options: ImportOptions, *, then_next: bool = False) -> None:
        self._busy(True)
        page = self.currentPage()

        def loaded(preview: FilePreview) -> None:
            self._busy(False)
            self.preview = preview
            self.dry_run = None
            self.file_page.banner.show_message("")
            self.mapping_page.show_preview(preview)
            if then_next:
                self.next()

        Op(self.ctx, _preview, path, options).key("import-preview").parent(self).success(loaded).failure(
            lambda exc: self._failed(page, exc)
        ).run()

    def run_dry_run(self, options: ImportOptions) -> None:
        assert self.preview is not None
        self._busy(True)

        def done(report: ImportReport) -> None:
            self._busy(False)
            self.dry_run, self.dry_run_options = report, options
            self.dry_run_page.show_report(report)
            self.next()

        Op(self.ctx, importing.import_file, str(self.preview.path), options, dry_run=True).parent(self).with_progress(
            self.tr("Reading the file…")
        ).success(done).failure(lambda exc: self._failed(self.mapping_page, exc)).run()

    def run_import(self) -> None:
        assert self.preview is not None and self.dry_run_options is not None
        self._busy(True)

        def done(report: ImportReport) -> None:
            self._busy(False)
            self.result = report
            self.summary_page.show_result(report)
            self.next()
            self.finished_import.emit(report)
            self.start_geocoding(report.new_site_ids)

        Op(self.ctx, importing.import_file, str(self.preview.path), self.dry_run_options).parent(self).with_progress(
            self.tr("Importing…")
        ).changes(Changes(customers=True, contracts=True, visits=True)).success(done).failure(
            lambda exc: self._failed(self.dry_run_page, exc)
        ).run()

    def start_geocoding(self, site_ids: list[int]) -> None:
        page = self.summary_page
        if not site_ids:
            page.geo_label.setText(self.tr("No new address to place on the map."))
            page.geo_bar.hide()
            page.geo_cancel.hide()
            return
        self.geo_progress = Progress(self.relay.changed.emit, min_interval=0.1)
        page.geo_label.setText(self.tr("Placing %1 new sites on the map…").replace("%1", str(len(site_ids))))

        def done(report) -> None:  # type: ignore[no-untyped-def]
            page.geo_bar.setValue(1000)
            page.geo_cancel.hide()
            page.geo_label.setText(report.describe())
            self.geo_progress = None

        def failed(exc: Exception) -> bool:
            page.geo_cancel.hide()
            page.geo_label.setText(str(exc))
            self.geo_progress = None
            return True

        Op(self.ctx, importing.geocode_new_sites, site_ids, progress=self.geo_progress).key("import-geocoding").changes(
            Changes(customers=True)
        ).success(done).failure(failed).run()

    def stop_geocoding(self) -> None:
        if self.geo_progress is not None:
            self.geo_progress.cancel()


__all__ = ["ImportWizard"]
