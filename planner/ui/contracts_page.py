"""« Contrats »: every maintenance contract, filtered by text, status and tier."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from planner.domain.enums import ContractStatus
from planner.services import contracts as contract_service
from planner.services.contracts import ContractDetail, ContractRow
from planner.ui import labels
from planner.ui.contract_dialog import ContractDialog
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.table_model import Column, RowsTableModel
from planner.ui.widgets import FilterEdit, ReloadsWhenShown, configure_table


class ContractsPage(ReloadsWhenShown, QWidget):
    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        self._rows: list[ContractRow] = []

        self.filter = FilterEdit(self.tr("Filter: contract no., customer, town, tier"))
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in ContractStatus:
            self.status.addItem(labels.contract_status(status), status)
        self.status.setCurrentIndex(self.status.findData(ContractStatus.ACTIVE))
        self.tier = QComboBox()
        self.tier.addItem(self.tr("All tiers"), None)
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("New contract"))
        self.customer_button = QPushButton(self.tr("Open customer"))
        self.renewal_button = QPushButton(self.tr("Renewal…"))
        self.renewal_button.setToolTip(self.tr("Renewal notice, renewal for the next period, end of the contract"))
        self.tier_button = QPushButton(self.tr("Change tier…"))
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.status)
        top.addWidget(self.tier)
        top.addWidget(self.count)
        top.addWidget(self.customer_button)
        top.addWidget(self.renewal_button)
        top.addWidget(self.tier_button)
        top.addWidget(self.new_button)

        self.model: RowsTableModel[ContractRow] = RowsTableModel(
            [
                Column(self.tr("No."), lambda r: r.number),
                Column(self.tr("Customer"), lambda r: r.customer),
                Column(self.tr("Town"), lambda r: r.city),
                Column(self.tr("Tier"), lambda r: r.tier),
                Column(self.tr("Status"), lambda r: labels.contract_status(r.status)),
                Column(self.tr("Since"), lambda r: r.start_date),
                Column(self.tr("Period ends"), lambda r: r.end_date),
                Column(self.tr("Renewal"), lambda r: self.tr("tacit") if r.tacit_renewal else self.tr("no")),
                Column(self.tr("Next visit due by"), lambda r: r.next_due),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("contractsTable")
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((110, 230, 150, 80, 90, 95, 95, 80)):
            self.table.setColumnWidth(column, width)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

        self.filter.textChanged.connect(self.model.set_filter)
        self.filter.textChanged.connect(self._update_count)
        self.status.currentIndexChanged.connect(self._apply_choices)
        self.tier.currentIndexChanged.connect(self._apply_choices)
        self.table.doubleClicked.connect(self._edit)
        self.table.activated.connect(self._edit)
        self.new_button.clicked.connect(self.new_item)
        self.customer_button.clicked.connect(self._open_customer)
        self.renewal_button.clicked.connect(self.open_renewal)
        self.tier_button.clicked.connect(self.change_tier)
        ctx.changed.connect(self._on_changes)

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def new_item(self) -> None:
        ContractDialog(self.ctx, self).open()

    def reload(self) -> None:
        self._dirty = False
        Op(self.ctx, contract_service.list_contracts).key("contracts-list").parent(self).success(self._loaded).run()

    def _loaded(self, rows: list[ContractRow]) -> None:
        self._rows = rows
        tiers = sorted({r.tier for r in rows})
        current = self.tier.currentData()
        self.tier.blockSignals(True)
        while self.tier.count() > 1:
            self.tier.removeItem(1)
        for tier in tiers:
            self.tier.addItem(tier, tier)
        self.tier.setCurrentIndex(max(0, self.tier.findData(current)))
        self.tier.blockSignals(False)
        self._apply_choices()

    def _apply_choices(self) -> None:
        # Qt hands enum data back as plain strings: compare by value.
        status, tier = self.status.currentData(), self.tier.currentData()
        self.model.set_rows(
            [r for r in self._rows if (status is None or r.status == status) and (tier is None or r.tier == tier)]
        )
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 contracts").replace("%1", str(self.model.rowCount())))

    def _on_changes(self, changes: Changes) -> None:
        if changes.contracts or changes.customers or changes.visits:
            self.reload_or_mark()

    def _current(self) -> ContractRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _edit(self) -> None:
        row = self._current()
        if row is not None:
            Op(self.ctx, contract_service.get_contract, row.id).parent(self).success(self._open_dialog).run()

    def _open_dialog(self, detail: ContractDetail) -> None:
        ContractDialog(self.ctx, self, contract=detail).open()

    def _open_customer(self) -> None:
        row = self._current()
        if row is not None:
            self.open_customer.emit(row.customer_id)

    def open_renewal(self) -> None:
        from planner.ui.renewal_dialog import RenewalDialog

        row = self._current()
        if row is not None:
            RenewalDialog(self.ctx, row.id, self).open()

    def change_tier(self) -> None:
        from planner.ui.renewal_dialog import ChangeTierDialog

        row = self._current()
        if row is not None:
            Op(self.ctx, contract_service.get_contract, row.id).parent(self).success(
                lambda detail: ChangeTierDialog(self.ctx, detail, self).open()
            ).run()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("contracts/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        if (state := settings.value("contracts/header")) is not None:
            self.table.horizontalHeader().restoreState(state)
