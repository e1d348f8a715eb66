"""Sign a new maintenance contract, or change the terms of one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.contracts import contract_period_end
from planner.domain.enums import ContractStatus
from planner.domain.timeutil import paris_today
from planner.services import contracts as contract_service
from planner.services import customers as customer_service
from planner.services.contracts import ContractDetail, ContractInput, TierView
from planner.services.customers import CustomerDetail, CustomerRow
from planner.ui import labels
from planner.ui.customer_dialogs import _SavingDialog
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.widgets import FormErrors


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ContractDialog(_SavingDialog):
    """New contract (for a given customer, or one picked by name) or edit of an existing one."""

    saved = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        customer: CustomerDetail | None = None,
        contract: ContractDetail | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.contract = contract
        self.customer = customer
        self.setWindowTitle(
            self.tr("New contract") if contract is None else self.tr("Contract %1").replace("%1", contract.number)
        )
        self.setMinimumWidth(520)

        self.customer_box = QComboBox()
        self.customer_box.setEditable(True)
        self.customer_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer_box.lineEdit().setPlaceholderText(self.tr("Type a name, a town…"))
        self._customer_rows: list[CustomerRow] = []
        self.site = QComboBox()
        self.tier = QComboBox()
        self.tier_info = QLabel()
        self.tier_info.setStyleSheet("color: #555;")
        self.signed_on = QDateEdit(calendarPopup=True)
        self.start = QDateEdit(calendarPopup=True)
        self.end = QDateEdit(calendarPopup=True)
        for edit in (self.signed_on, self.start, self.end):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(QDate.currentDate())
        self.end.setDate(to_qdate(contract_period_end(paris_today())))
        self.tacit = QCheckBox(self.tr("Renewed automatically each year (tacit renewal)"))
        self.tacit.setChecked(True)
        self.notice = QSpinBox()
        self.notice.setRange(0, 365)
        self.notice.setValue(30)
        self.notice.setSuffix(self.tr(" days"))
        self.price = QDoubleSpinBox()
        self.price.setRange(0, 100000)
        self.price.setDecimals(2)
        self.price.setSuffix(" €")
        self.price.setSpecialValueText(self.tr("tier price"))
        self.status = QComboBox()
        for status in ContractStatus:
            self.status.addItem(labels.contract_status(status), status)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)

        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.customer_box)
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow("", self.tier_info)
        form.addRow(self.tr("Signed on"), self.signed_on)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End of current period"), self.end)
        form.addRow("", self.tacit)
        form.addRow(self.tr("Notice period"), self.notice)
        form.addRow(self.tr("Agreed yearly price"), self.price)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.errors = FormErrors(
            self.banner,
            {
                "Site": self.site,
                "Formule": self.tier,
                "Fin": self.end,
                "Préavis": self.notice,
                "Prix annuel": self.price,
                "Signé le": self.signed_on,
                "Client": self.customer_box,
            },
        )
        self.tier.currentIndexChanged.connect(self._tier_changed)
        self.start.dateChanged.connect(self._start_changed)
        self._tiers: list[TierView] = []
        Op(ctx, contract_service.list_tiers, active_only=contract is None).parent(self).success(self._tiers_loaded).run()

        if contract is not None:
            self.customer_box.addItem(contract.customer_name, contract.data.customer_id)
            self.customer_box.setEnabled(False)
            self.tier.setEnabled(False)  # changing tier regenerates visits: a dedicated action
            self._load_contract(contract.data)
            Op(ctx, customer_service.get_customer, contract.data.customer_id).parent(self).success(
                self._customer_loaded
            ).run()
        elif customer is not None:
            self.customer_box.addItem(customer.name, customer.id)
            self.customer_box.setEnabled(False)
            self._customer_loaded(customer)
            self.status.setCurrentIndex(self.status.findData(ContractStatus.ACTIVE))
        else:
            self.status.setCurrentIndex(self.status.findData(ContractStatus.ACTIVE))
            Op(ctx, customer_service.list_customers).parent(self).success(self._customers_loaded).run()

    # -- loading -----------------------------------------------------------------------------
    def _customers_loaded(self, rows: list[CustomerRow]) -> None:
        self._customer_rows = sorted(rows, key=lambda r: r.name)
        texts = [f"{r.name} — {r.postcode} {r.city}".strip(" —") for r in self._customer_rows]
        completer = QCompleter(QStringListModel(texts, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._customer_chosen)
        self.customer_box.setCompleter(completer)
        self.customer_box.lineEdit().setText("")

    def _customer_chosen(self, text: str) -> None:
        for row in self._customer_rows:
            if f"{row.name} — {row.postcode} {row.city}".strip(" —") == text:
                self.customer_box.clear()
                self.customer_box.addItem(text, row.id)
                Op(self.ctx, customer_service.get_customer, row.id).key("contract-customer").parent(
                    self
                ).success(self._customer_loaded).run()
                return

    def _customer_loaded(self, detail: CustomerDetail) -> None:
        self.customer = detail
        current = self.contract.data.site_id if self.contract else None
        self.site.clear()
        for site in detail.sites:
            self.site.addItem(customer_service.site_label_of(site), site.id)
        if current is not None:
            self.site.setCurrentIndex(max(0, self.site.findData(current)))

    def _tiers_loaded(self, tiers: list[TierView]) -> None:
        self._tiers = tiers
        self.tier.clear()
        for tier in tiers:
            self.tier.addItem(tier.name, tier.id)
        if self.contract is not None:
            self.tier.setCurrentIndex(max(0, self.tier.findData(self.contract.data.tier_id)))
        else:
            argent = self.tier.findText("Argent")
            self.tier.setCurrentIndex(argent if argent >= 0 else 0)
        self._tier_changed()

    def _tier_changed(self) -> None:
        tier = next((t for t in self._tiers if t.id == self.tier.currentData()), None)
        if tier is None:
            self.tier_info.clear()
            return
        self.tier_info.setText(
            self.tr("%1 visit(s) a year of %2 min — %3 a year")
            .replace("%1", str(tier.visits_per_year))
            .replace("%2", str(tier.visit_duration_min))
            .replace("%3", labels.money(tier.yearly_price_cents))
        )

    def _start_changed(self, day: QDate) -> None:
        if self.contract is None:
            self.end.setDate(to_qdate(contract_period_end(from_qdate(day))))

    def _load_contract(self, data: ContractInput) -> None:
        if data.signed_on:
            self.signed_on.setDate(to_qdate(data.signed_on))
        self.start.setDate(to_qdate(data.start_date))
        if data.end_date:
            self.end.setDate(to_qdate(data.end_date))
        self.tacit.setChecked(data.tacit_renewal)
        self.notice.setValue(data.notice_days)
        self.price.setValue((data.yearly_price_cents or 0) / 100)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.notes.setPlainText(data.notes)

    # -- saving ------------------------------------------------------------------------------
    def contract_input(self) -> ContractInput | None:
        customer_id = self.customer_box.currentData()
        if customer_id is None:
            assert self.errors is not None
            self.errors.show({"Client": "choisissez le client dans la liste."})
            return None
        price = round(self.price.value() * 100)
        return ContractInput(
            customer_id=customer_id,
            site_id=self.site.currentData() or 0,
            tier_id=self.tier.currentData() or 0,
            start_date=from_qdate(self.start.date()),
            end_date=from_qdate(self.end.date()),
            signed_on=from_qdate(self.signed_on.date()),
            tacit_renewal=self.tacit.isChecked(),
            notice_days=self.notice.value(),
            yearly_price_cents=price or None,
            status=ContractStatus(self.status.currentData()),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        data = self.contract_input()
        if data is None:
            return
        self._saving(True)
        if self.contract is None:
            op = Op(self.ctx, contract_service.create_contract, data)
        else:
            op = Op(self.ctx, contract_service.update_contract, self.contract.id, self.contract.version, data)
        op.parent(self).changes(Changes(contracts=True, customers=True, visits=True)).success(
            self._done
        ).failure(self._refused).run()

    def _done(self, result: int) -> None:
        self.saved.emit(self.contract.id if self.contract else result)
        super().accept()
