"""« Adresses à vérifier »: sites placed only approximately (or not at all), to fix by hand,
and the batch that looks up every address still without a position."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.services import geocoding
from planner.services.geocoding import BatchReport, ReviewItem
from planner.ui import labels
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.table_model import Column, RowsTableModel
from planner.ui.widgets import ErrorBanner, FormErrors, configure_table, show_refusal


class AddressReviewDialog(QDialog):
    """List of positions to check; type the right coordinates or search again."""

    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Addresses to check"))
        self.resize(1000, 560)
        intro = QLabel(
            self.tr(
                "These sites are placed only at the town centre, on a street without its number, or not "
                "at all: rounds and slot suggestions may be wrong for them. Type the right position "
                "(from a map application or a GPS), or correct the address on the customer card and "
                "search again."
            )
        )
        intro.setWordWrap(True)
        self.batch_button = QPushButton(self.tr("Locate addresses without a position"))
        self.count = QLabel()
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setStyleSheet("color: #1d3557;")
        self.report.hide()
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.batch_button)

        self.model: RowsTableModel[ReviewItem] = RowsTableModel(
            [
                Column(self.tr("Customer"), lambda r: r.customer),
                Column(self.tr("Address"), lambda r: r.address),
                Column(self.tr("Postcode"), lambda r: r.postcode),
                Column(self.tr("Town"), lambda r: r.city),
                Column(self.tr("Precision"), lambda r: labels.geocode_precision(r.precision)),
                Column(self.tr("Why"), lambda r: r.reason),
            ],
            search_text=lambda r: "",
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)

        self.banner = ErrorBanner()
        self.latitude = _coordinate(-90, 90)
        self.longitude = _coordinate(-180, 180)
        self.save_button = QPushButton(self.tr("Save this position"))
        self.search_button = QPushButton(self.tr("Search again"))
        self.customer_button = QPushButton(self.tr("Open the customer"))
        editor = QGroupBox(self.tr("Position of the selected site"))
        form = QFormLayout(editor)
        form.addRow(self.banner)
        form.addRow(self.tr("Latitude"), self.latitude)
        form.addRow(self.tr("Longitude"), self.longitude)
        hint = QLabel(self.tr("Annecy town hall is at 45.8992, 6.1294."))
        hint.setStyleSheet("color: #666;")
        form.addRow(hint)
        form.addRow(self.save_button)
        form.addRow(self.search_button)
        form.addRow(self.customer_button)
        self.errors = FormErrors(
            self.banner, {"Latitude": self.latitude, "Longitude": self.longitude, "Coordonnées": self.latitude}
        )

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.report)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.batch_button.clicked.connect(self.locate_pending)
        self.save_button.clicked.connect(self._save_position)
        self.search_button.clicked.connect(self._search_again)
        self.customer_button.clicked.connect(self._open_customer)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        ctx.changed.connect(self._on_changes)
        self._set_editable(False)
        self.reload()

    def _on_changes(self, changes: Changes) -> None:
        if changes.customers:
            self.reload()

    def reload(self) -> None:
        Op(self.ctx, geocoding.sites_to_review).key("sites-to-review").parent(self).success(self._loaded).run()

    def _loaded(self, items: list[ReviewItem]) -> None:
        current = self._current()
        self.model.set_rows(items)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("%1 site(s) to check").replace("%1", str(len(items))))
        if current is not None:
            row = self.model.find(lambda r: r.site_id == current.site_id)
            if row >= 0:
                self.table.selectRow(row)
                return
        self._set_editable(False)

    def _current(self) -> ReviewItem | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _set_editable(self, enabled: bool) -> None:
        for widget in (self.latitude, self.longitude, self.save_button, self.search_button, self.customer_button):
            widget.setEnabled(enabled)

    def _current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        item = self.model.row_at(current.row()) if current.isValid() else None
        self._set_editable(item is not None)
        self.errors.clear()
        if item is not None:
            self.latitude.setValue(item.latitude or 0.0)
            self.longitude.setValue(item.longitude or 0.0)

    def _save_position(self) -> None:
        item = self._current()
        if item is None:
            return
        Op(self.ctx, geocoding.set_site_position, item.site_id, self.latitude.value(), self.longitude.value()).parent(
            self
        ).changes(Changes(customers=True)).failure(self._refused).run()

    def _refused(self, exc: Exception) -> bool:
        return show_refusal(exc, self.errors, self.banner)

    def _search_again(self) -> None:
        item = self._current()
        if item is not None:
            Op(self.ctx, geocoding.relocate_site, item.site_id).parent(self).changes(Changes(customers=True)).success(
                lambda result: self.banner.show_message(result.message or "")
            ).run()

    def _open_customer(self) -> None:
        item = self._current()
        if item is not None:
            self.open_customer.emit(item.customer_id)

    def locate_pending(self) -> None:
        self.batch_button.setEnabled(False)
        Op(self.ctx, geocoding.geocode_pending).parent(self).with_progress(
            self.tr("Locating addresses…")
        ).changes(Changes(customers=True)).success(self._batch_done).failure(self._batch_failed).run()

    def _batch_done(self, report: BatchReport) -> None:
        self.batch_button.setEnabled(True)
        text = report.describe()
        if report.notices:
            text += "\n" + "\n".join(report.notices)
        self.report.setText(text)
        self.report.show()

    def _batch_failed(self, exc: Exception) -> bool:
        self.batch_button.setEnabled(True)
        return False


def _coordinate(low: float, high: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(6)
    spin.setSingleStep(0.0005)
    return spin
