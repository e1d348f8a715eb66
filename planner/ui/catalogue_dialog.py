"""« Formules, catalogue et tarifs »: the contract tiers (visits, duration, price, checklist),
the service catalogue quotes are written from, and the rates of overruns and quotes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import ValidationError
from planner.domain.quotes import VAT_RATES, parse_cents
from planner.domain.text import fold
from planner.services import contracts as contract_service
from planner.services import quotes as quote_service
from planner.services.contracts import TierInput, TierView
from planner.services.quotes import BusinessSettings, CatalogueItemInput, CatalogueItemView
from planner.ui import labels
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.quotes_page import cents_text
from planner.ui.table_model import Column, RowsTableModel
from planner.ui.widgets import (
    EnterDoesNotSubmit,
    ErrorBanner,
    FilterEdit,
    FormErrors,
    configure_table,
    show_refusal,
)


class _EditorTab(QWidget):
    """A list on the left, the selected entry's form on the right, New and Save below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = ErrorBanner(self)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #2e7d32;")
        self.table = QTableView()
        configure_table(self.table)
        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.form_widget, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.left = QWidget()
        self.left_layout = QVBoxLayout(self.left)
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.left_layout.addWidget(self.table)
        splitter.addWidget(self.left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.new_button.clicked.connect(self.new_entry)
        self.save_button.clicked.connect(self.save)

    def _row_changed(self, row: int) -> None:
        self.saved_label.clear()
        self._select(row)

    def _show_saved(self) -> None:
        if self._just_saved:
            self._just_saved = False
            self.saved_label.setText(self.tr("Saved."))

    _just_saved = False

    def _select(self, row: int) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def new_entry(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _refused(self, exc: Exception) -> bool:
        self.save_button.setEnabled(True)
        return show_refusal(exc, self.errors, self.banner)

    errors: FormErrors | None = None


class TiersTab(_EditorTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current: TierView | None = None
        self.model: RowsTableModel[TierView] = RowsTableModel(
            [
                Column(self.tr("Tier"), lambda t: t.name),
                Column(self.tr("Visits/year"), lambda t: t.visits_per_year, align_right=True),
                Column(self.tr("Duration"), lambda t: f"{t.visit_duration_min} min", sort_key=lambda t: t.visit_duration_min),
                Column(self.tr("Yearly price"), lambda t: labels.money(t.yearly_price_cents), sort_key=lambda t: t.yearly_price_cents),
                Column(self.tr("Checks"), lambda t: len(t.checklist), align_right=True),
                Column(self.tr("Offered"), lambda t: t.active),
            ],
            search_text=lambda t: "",
        )
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.name = QLineEdit()
        self.visits = QSpinBox()
        self.visits.setRange(0, 12)
        self.duration = QSpinBox()
        self.duration.setRange(15, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.price = QDoubleSpinBox()
        self.price.setRange(0, 100000)
        self.price.setDecimals(2)
        self.price.setSuffix(" €")
        self.checklist = QPlainTextEdit()
        self.checklist.setPlaceholderText(self.tr("One check per line"))
        self.active = QCheckBox(self.tr("Offered to new contracts"))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Visits per year"), self.visits)
        self.form.addRow(self.tr("Visit duration"), self.duration)
        self.form.addRow(self.tr("Yearly price"), self.price)
        self.form.addRow(self.tr("Checklist"), self.checklist)
        self.form.addRow("", self.active)
        note = QLabel(self.tr("Running contracts keep their visits; new terms apply to contracts signed, renewed or "
                              "moved to this tier from now on."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.form.addRow(note)
        self.errors = FormErrors(self.banner, {"Nom de la formule": self.name, "Visites par an": self.visits,
                                               "Durée de visite": self.duration, "Prix annuel": self.price,
                                               "Points de contrôle": self.checklist})
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._row_changed(current.row()))
        self.reload()

    def reload(self, select: int | None = None) -> None:
        def loaded(tiers: list[TierView]) -> None:
            self.model.set_rows(tiers)
            row = self.model.find(lambda t: t.id == (select if select is not None else (self.current.id if self.current else -1)))
            self.table.selectRow(max(row, 0))
            if tiers:
                self._select(max(row, 0))
            self._show_saved()

        Op(self.ctx, contract_service.list_tiers).key("settings-tiers").parent(self).success(loaded).run()

    def _select(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        tier = self.model.row_at(row)
        self.current = tier
        self.name.setText(tier.name)
        self.visits.setValue(tier.visits_per_year)
        self.duration.setValue(tier.visit_duration_min)
        self.price.setValue(tier.yearly_price_cents / 100)
        self.checklist.setPlainText("\n".join(tier.checklist))
        self.active.setChecked(tier.active)
        self.errors.clear()

    def new_entry(self) -> None:
        self.current = None
        self.table.clearSelection()
        self.name.clear()
        self.visits.setValue(1)
        self.duration.setValue(60)
        self.price.setValue(0)
        self.checklist.clear()
        self.active.setChecked(True)
        self.name.setFocus()

    def tier_input(self) -> TierInput:
        return TierInput(
            self.name.text(), self.visits.value(), self.duration.value(), round(self.price.value() * 100),
            tuple(self.checklist.toPlainText().splitlines()), self.active.isChecked(),
        )

    def save(self) -> None:
        self.save_button.setEnabled(False)
        current = self.current
        Op(self.ctx, contract_service.save_tier, current.id if current else None, current.version if current else None,
           self.tier_input()).parent(self).changes(Changes(contracts=True, settings=True)).success(self._saved).failure(
            self._refused
        ).run()

    def _saved(self, tier_id: int) -> None:
        self.save_button.setEnabled(True)
        self.errors.clear()
        self._just_saved = True
        self.reload(select=tier_id)


class CatalogueTab(_EditorTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current: CatalogueItemView | None = None
        self.filter = FilterEdit(self.tr("Filter: code, designation, category"))
        self.filter.setMinimumWidth(200)
        self.left_layout.insertWidget(0, self.filter)
        self.model: RowsTableModel[CatalogueItemView] = RowsTableModel(
            [
                Column(self.tr("Code"), lambda i: i.data.code),
                Column(self.tr("Designation"), lambda i: i.data.label),
                Column(self.tr("Unit"), lambda i: i.data.unit),
                Column(self.tr("Price excl. VAT"), lambda i: labels.money(i.data.unit_price_cents),
                       sort_key=lambda i: i.data.unit_price_cents, align_right=True),
                Column(self.tr("VAT"), lambda i: labels.vat(i.data.vat_rate_bp), sort_key=lambda i: i.data.vat_rate_bp),
                Column(self.tr("Category"), lambda i: i.data.category),
                Column(self.tr("Offered"), lambda i: i.data.active),
            ],
            search_text=lambda i: fold(f"{i.data.code} {i.data.label} {i.data.category}"),
        )
        self.table.setModel(self.model)
        self.table.setColumnWidth(1, 320)
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.label = QLineEdit()
        self.unit = QLineEdit()
        self.unit.setMaxLength(10)
        self.unit.setPlaceholderText(self.tr("u, h, m, package…"))
        self.price = QLineEdit()
        self.price.setPlaceholderText("380,00")
        self.vat = QComboBox()
        for rate in VAT_RATES:
            self.vat.addItem(labels.vat(rate), rate)
        self.category = QLineEdit()
        self.active = QCheckBox(self.tr("Offered in quotes"))
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("Designation"), self.label)
        self.form.addRow(self.tr("Unit"), self.unit)
        self.form.addRow(self.tr("Unit price excl. VAT (€)"), self.price)
        self.form.addRow(self.tr("VAT"), self.vat)
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow("", self.active)
        self.errors = FormErrors(self.banner, {"Code": self.code, "Désignation": self.label, "Unité": self.unit,
                                               "Prix unitaire HT": self.price, "TVA": self.vat, "Catégorie": self.category})
        self.filter.textChanged.connect(self.model.set_filter)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._row_changed(current.row()))
        self.reload()

    def reload(self, select: int | None = None) -> None:
        def loaded(items: list[CatalogueItemView]) -> None:
            self.model.set_rows(items)
            target = select if select is not None else (self.current.id if self.current else -1)
            row = self.model.find(lambda i: i.id == target)
            if self.model.rowCount():
                self.table.selectRow(max(row, 0))
                self._select(max(row, 0))
            self._show_saved()

        Op(self.ctx, quote_service.list_catalogue).key("settings-catalogue").parent(self).success(loaded).run()

    def _select(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        item = self.model.row_at(row)
        self.current = item
        d = item.data
        self.code.setText(d.code)
        self.label.setText(d.label)
        self.unit.setText(d.unit)
        self.price.setText(cents_text(d.unit_price_cents))
        self.vat.setCurrentIndex(max(0, self.vat.findData(d.vat_rate_bp)))
        self.category.setText(d.category)
        self.active.setChecked(d.active)
        self.errors.clear()

    def new_entry(self) -> None:
        self.current = None
        self.table.clearSelection()
        for edit in (self.code, self.label, self.price, self.category):
            edit.clear()
        self.unit.setText("u")
        self.vat.setCurrentIndex(0)
        self.active.setChecked(True)
        self.code.setFocus()

    def save(self) -> None:
        try:
            price = parse_cents(self.price.text())
        except ValueError:
            self.errors.show({"Prix unitaire HT": f"« {self.price.text()} » n'est pas un prix (ex. 380,00)."})
            return
        data = CatalogueItemInput(self.code.text(), self.label.text(), price, int(self.vat.currentData()),
                                  self.unit.text(), self.category.text(), self.active.isChecked())
        self.save_button.setEnabled(False)
        current = self.current
        Op(self.ctx, quote_service.save_catalogue_item, current.id if current else None,
           current.version if current else None, data).parent(self).changes(Changes(settings=True)).success(
            self._saved
        ).failure(self._refused).run()

    def _saved(self, item_id: int) -> None:
        self.save_button.setEnabled(True)
        self.errors.clear()
        self._just_saved = True
        self.reload(select=item_id)


class RatesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = ErrorBanner(self)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #2e7d32;")
        self.hourly = QDoubleSpinBox()
        self.hourly.setRange(0, 1000)
        self.hourly.setDecimals(2)
        self.hourly.setSuffix(self.tr(" € excl. VAT / h"))
        self.tolerance = QSpinBox()
        self.tolerance.setRange(0, 120)
        self.tolerance.setSuffix(self.tr(" min"))
        self.increment = QSpinBox()
        self.increment.setRange(1, 60)
        self.increment.setSuffix(self.tr(" min"))
        self.vat = QComboBox()
        for rate in VAT_RATES:
            self.vat.addItem(labels.vat(rate), rate)
        self.validity = QSpinBox()
        self.validity.setRange(1, 365)
        self.validity.setSuffix(self.tr(" days"))
        self.work_due = QSpinBox()
        self.work_due.setRange(1, 365)
        self.work_due.setSuffix(self.tr(" days"))
        form = QFormLayout()
        form.addRow(self.tr("Hourly rate of overruns"), self.hourly)
        form.addRow(self.tr("Overrun not billed up to"), self.tolerance)
        form.addRow(self.tr("Billed by blocks of"), self.increment)
        form.addRow(self.tr("VAT on overruns"), self.vat)
        form.addRow(self.tr("Quotes valid for"), self.validity)
        form.addRow(self.tr("Accepted work to do within"), self.work_due)
        self.save_button = QPushButton(self.tr("Save"))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch()
        self.errors = FormErrors(self.banner, {"Taux horaire": self.hourly, "Tolérance": self.tolerance,
                                               "Facturé par tranche de": self.increment, "TVA des dépassements": self.vat,
                                               "Validité des devis": self.validity,
                                               "Délai des travaux acceptés": self.work_due})
        self.save_button.clicked.connect(self.save)
        Op(ctx, quote_service.get_business_settings).parent(self).success(self._loaded).run()

    def _loaded(self, s: BusinessSettings) -> None:
        self.hourly.setValue(s.hourly_rate_cents / 100)
        self.tolerance.setValue(s.overrun_tolerance_min)
        self.increment.setValue(s.overrun_increment_min)
        self.vat.setCurrentIndex(max(0, self.vat.findData(s.overrun_vat_bp)))
        self.validity.setValue(s.quote_validity_days)
        self.work_due.setValue(s.work_due_days)

    def settings_input(self) -> BusinessSettings:
        return BusinessSettings(
            hourly_rate_cents=round(self.hourly.value() * 100), overrun_tolerance_min=self.tolerance.value(),
            overrun_increment_min=self.increment.value(), overrun_vat_bp=int(self.vat.currentData()),
            quote_validity_days=self.validity.value(), work_due_days=self.work_due.value(),
        )

    def save(self) -> None:
        self.save_button.setEnabled(False)
        Op(self.ctx, quote_service.save_business_settings, self.settings_input()).parent(self).changes(
            Changes(settings=True)
        ).success(self._saved).failure(self._refused).run()

    def _saved(self, _settings: BusinessSettings) -> None:
        self.save_button.setEnabled(True)
        self.errors.clear()
        self.saved_label.setText(self.tr("Saved."))

    def _refused(self, exc: Exception) -> bool:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc.errors)
            return True
        return False


class CatalogueSettingsDialog(EnterDoesNotSubmit, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tiers, catalogue and rates"))
        self.resize(1000, 620)
        self.tiers = TiersTab(ctx)
        self.catalogue = CatalogueTab(ctx)
        self.rates = RatesTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tiers, self.tr("Contract tiers"))
        self.tabs.addTab(self.catalogue, self.tr("Service catalogue"))
        self.tabs.addTab(self.rates, self.tr("Rates and delays"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(row)
