"""« Clients »: the customers table with its instant filter, and the selected customer's card."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import SCHEDULED_STATUSES, CustomerKind
from planner.services import contacts as contact_service
from planner.services import customers as customer_service
from planner.services import geocoding
from planner.services import printing as printing_service
from planner.services.customers import (
    ContactView,
    ContractSummary,
    CustomerDetail,
    CustomerRow,
    SiteView,
    VisitSummary,
)
from planner.services.validation import phone_display
from planner.ui import gdpr_actions, labels, printing
from planner.ui.contract_dialog import ContractDialog
from planner.ui.customer_dialogs import ContactDialog, CustomerDialog, SiteDialog
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.table_model import Column, RowsTableModel, display
from planner.ui.widgets import FilterEdit, ReloadsWhenShown, configure_table, empty_state


class CustomersPage(ReloadsWhenShown, QWidget):
    """The customers list; selecting one shows its card on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self._dirty = True
        self._reselect: int | None = None

        self.filter = FilterEdit(self.tr("Filter: name, phone, email, town, postcode, contract no."))
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("New customer"))
        self.new_button.setToolTip(self.tr("Create a customer (Ctrl+N)"))
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        top.addWidget(self.new_button)

        self.model: RowsTableModel[CustomerRow] = RowsTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Town"), lambda r: r.city),
                Column(self.tr("Postcode"), lambda r: r.postcode),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(self.tr("Email"), lambda r: r.email),
                Column(self.tr("Contract"), lambda r: r.tier),
                Column(self.tr("Next visit"), lambda r: r.next_visit),
                Column(
                    self.tr("Location"),
                    lambda r: self.tr("to check") if r.needs_review else "",
                    tooltip=lambda r: self.tr("The address position is approximate: check it")
                    if r.needs_review
                    else "",
                ),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("customersTable")
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((220, 140, 70, 120, 220, 80, 100)):
            self.table.setColumnWidth(column, width)

        self.detail = CustomerCard(ctx)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.filter.textChanged.connect(self._filter_changed)
        self.filter.returnPressed.connect(self._focus_first)
        self.new_button.clicked.connect(self.new_item)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _: self.detail.setFocus())
        self.detail.customer_changed.connect(self._customer_saved)
        ctx.changed.connect(self._on_changes)

    # -- actions the window calls -----------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def new_item(self) -> None:
        dialog = CustomerDialog(self.ctx, self)
        dialog.saved.connect(self._customer_saved)
        dialog.open()

    def select_customer(self, customer_id: int) -> None:
        row = self.model.find(lambda r: r.id == customer_id)
        if row < 0 and self.filter.text():
            self.filter.clear()
            row = self.model.find(lambda r: r.id == customer_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self._reselect = customer_id

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        self._dirty = False
        Op(self.ctx, customer_service.list_customers).key("customers-list").parent(self).success(self._loaded_rows).run()

    def _loaded_rows(self, rows: list[CustomerRow]) -> None:
        selected = self._reselect or self.detail.customer_id
        self.model.set_rows(rows)
        self._loaded = True
        self._update_count()
        if selected is not None:
            self._reselect = None
            self.select_customer(selected)

    def _on_changes(self, changes: Changes) -> None:
        if changes.customers or changes.contracts or changes.visits:
            self.reload_or_mark()

    def _customer_saved(self, customer_id: int) -> None:
        self._reselect = customer_id
        self.detail.show_customer(customer_id)
        locate_in_background(self.ctx, customer_id, self)

    # -- filter and selection ---------------------------------------------------------------
    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()
        if self.model.rowCount() == 1:
            self.table.selectRow(0)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(
            self.tr("%1 customers").replace("%1", f"{total:,}".replace(",", "\u202f"))
            if shown == total
            else self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        )

    def _focus_first(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.model.row_at(indexes[0].row())
        self.detail.show_customer(row.id)

    # -- layout memory ------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("customers/splitter", self.splitter.saveState())
        settings.setValue("customers/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        if (state := settings.value("customers/splitter")) is not None:
            self.splitter.restoreState(state)
        if (state := settings.value("customers/header")) is not None:
            self.table.horizontalHeader().restoreState(state)


class CustomerCard(QWidget):
    """Everything about one customer: details, sites, contracts, visits and contact log."""

    customer_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer: CustomerDetail | None = None
        self.customer_id: int | None = None

        self.stack = QStackedWidget()
        self.stack.addWidget(empty_state(self.tr("Select a customer to see their card.")))
        body = QWidget()
        self.stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.name = QLabel()
        self.name.setObjectName("customerName")
        self.name.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit"))
        self.site_button = QPushButton(self.tr("Add a site"))
        self.contract_button = QPushButton(self.tr("New contract"))
        self.contact_button = QPushButton(self.tr("Log a call"))
        self.quote_button = QPushButton(self.tr("Quote request"))
        for button in (self.edit_button, self.site_button, self.contract_button, self.contact_button, self.quote_button):
            buttons.addWidget(button)
        buttons.addStretch()
        # GDPR: the customer's data for them, or their erasure (planner.ui.gdpr_actions) — rare,
        # so in a menu: the row of everyday actions fits a half-screen card.
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.gdpr_export_action = self.more_menu.addAction(self.tr("Export data (GDPR)…"))
        self.more_menu.addSeparator()
        self.anonymise_action = self.more_menu.addAction(self.tr("Anonymise…"))
        self.more_button.setMenu(self.more_menu)
        buttons.addWidget(self.more_button)

        self.details = QWidget()
        self.details_form = QFormLayout(self.details)
        self.sites = _ListTable(
            [
                Column(self.tr("Site"), lambda s: s.data.label or "—"),
                Column(self.tr("Address"), lambda s: f"{s.data.address}, {s.data.postcode} {s.data.city}"),
                Column(self.tr("Location"), lambda s: labels.geocode_precision(s.precision)
                       + (" ⚠" if s.needs_review else "")),
                Column(self.tr("Access"), lambda s: s.data.access_notes),
            ]
        )
        self.contracts = _ListTable(
            [
                Column(self.tr("No."), lambda k: k.number),
                Column(self.tr("Tier"), lambda k: k.tier),
                Column(self.tr("Status"), lambda k: labels.contract_status(k.status)),
                Column(self.tr("Start"), lambda k: k.start_date),
                Column(self.tr("End"), lambda k: k.end_date),
                Column(self.tr("Renewal"), lambda k: self.tr("tacit") if k.tacit_renewal else self.tr("no")),
            ]
        )
        self.visits = _ListTable(
            [
                Column(self.tr("Date"), lambda v: v.day or _due_text(v), sort_key=lambda v: v.day or v.due_from),
                Column(self.tr("Type"), lambda v: labels.visit_kind(v.kind)),
                Column(self.tr("Subject"), lambda v: v.summary),
                Column(self.tr("Status"), lambda v: labels.visit_status(v.status)),
                Column(self.tr("Technician"), lambda v: v.technician),
                Column(self.tr("No."), lambda v: v.number),
            ]
        )
        self.contacts = _ListTable(
            [
                Column(self.tr("When"), lambda c: c.at),
                Column(self.tr("Channel"), lambda c: labels.contact_channel(c.channel)),
                Column(self.tr("Reason"), lambda c: labels.contact_reason(c.reason)),
                Column(self.tr("Note"), lambda c: c.note),
                Column(self.tr("By"), lambda c: c.author),
            ]
        )
        # Outcomes are entered from the visits tab; the contact log shows the repeat-contact figure.
        self.report_button = QPushButton(self.tr("Enter the outcome"))
        self.report_button.setToolTip(self.tr("Arrival and departure, checklist, anomalies, parts, photos (or double-click)"))
        visits_bar = QHBoxLayout()
        visits_bar.addWidget(self.report_button)
        visits_bar.addStretch()
        self.visits.layout().insertLayout(0, visits_bar)
        self.repeat_label = QLabel()
        self.repeat_label.setObjectName("repeatContacts")
        self.repeat_label.setStyleSheet("color: #555;")
        self.contacts.layout().insertWidget(0, self.repeat_label)
        self._pending_visit: int | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.sites, self.tr("Sites"))
        self.tabs.addTab(self.contracts, self.tr("Contracts"))
        # The selected visit's work order (planner.ui.printing).
        self.work_order_export = QPushButton(self.tr("Export PDF…"))
        self.work_order_open = QPushButton(self.tr("Open"))
        self.work_order_print = QPushButton(self.tr("Print…"))
        self.report_pdf = printing.document_button(
            self, ctx, self.tr("Report PDF"), printing_service.print_visit_report,
            lambda: ([v.id], f"rapport-{v.number}") if (v := self.visits.current()) is not None else None,
        )
        self.report_email = QPushButton(self.tr("Email the report"))
        self.report_email.clicked.connect(self._email_report)
        self.document_notice = QLabel()
        self.document_notice.setWordWrap(True)
        visits_tab = QWidget()
        visits_layout = QVBoxLayout(visits_tab)
        visits_layout.setContentsMargins(0, 0, 0, 0)
        visits_layout.addWidget(self.visits)
        work_order_row = QHBoxLayout()
        work_order_row.addWidget(QLabel(self.tr("Selected visit — work order:")))
        for button in (self.work_order_export, self.work_order_open, self.work_order_print, self.report_pdf,
                       self.report_email):
            button.setEnabled(False)
            work_order_row.addWidget(button)
        work_order_row.addStretch()
        visits_layout.addLayout(work_order_row)
        visits_layout.addWidget(self.document_notice)
        self.tabs.addTab(visits_tab, self.tr("Visits"))
        self.tabs.addTab(self.contacts, self.tr("Contact log"))

        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.name)
        body_layout.addWidget(self.summary)
        body_layout.addLayout(buttons)
        body_layout.addWidget(self.tabs, 1)

        self.edit_button.clicked.connect(self._edit)
        self.site_button.clicked.connect(self._add_site)
        self.contract_button.clicked.connect(self._new_contract)
        self.contact_button.clicked.connect(self._log_contact)
        self.gdpr_export_action.triggered.connect(self._gdpr_export)
        self.anonymise_action.triggered.connect(self._anonymise)
        self.quote_button.clicked.connect(self._request_quote)
        self.report_button.clicked.connect(self.enter_outcome)
        self.visits.table.doubleClicked.connect(lambda _: self.enter_outcome())
        self.sites.table.doubleClicked.connect(self._edit_site)
        self.visits.table.selectionModel().selectionChanged.connect(self._visit_selected)
        self.work_order_export.clicked.connect(lambda: self._work_order(printing.export_pdf))
        self.work_order_open.clicked.connect(lambda: self._work_order(printing.open_pdf))
        self.work_order_print.clicked.connect(lambda: self._work_order(printing.print_pdf))
        ctx.changed.connect(self._on_changes)

    def show_customer(self, customer_id: int) -> None:
        self.customer_id = customer_id
        Op(self.ctx, customer_service.get_customer, customer_id).key("customer-card").parent(self).success(
            self._show
        ).failure(self._gone).run()

    def _gone(self, exc: Exception) -> bool:
        from planner.domain.errors import NotFoundError

        if isinstance(exc, NotFoundError):
            self.customer = None
            self.customer_id = None
            self.stack.setCurrentIndex(0)
            return True
        return False

    def _on_changes(self, changes: Changes) -> None:
        if self.customer_id is not None and (changes.customers or changes.contracts or changes.visits):
            QTimer.singleShot(0, lambda: self.show_customer(self.customer_id) if self.customer_id else None)

    def _show(self, detail: CustomerDetail) -> None:
        previous = self.visits.current() if self.customer is not None and self.customer.id == detail.id else None
        self.customer = detail
        self.stack.setCurrentIndex(1)
        self.name.setText(detail.name)
        data = detail.data
        parts = []
        active = [k for k in detail.contracts if k.status.value == "active"]
        if active:
            parts.append(
                self.tr("Contract <b>%1</b> (%2) until %3")
                .replace("%1", active[-1].tier)
                .replace("%2", active[-1].number)
                .replace("%3", display(active[-1].end_date))
            )
        else:
            parts.append(self.tr("No running contract"))
        due = [v for v in detail.visits if v.status.value == "to_plan" and v.due_until]
        if due:
            first = min(due, key=lambda v: v.due_until)  # type: ignore[arg-type,return-value]
            parts.append(
                self.tr("visit due %1 – %2").replace("%1", display(first.due_from)).replace("%2", display(first.due_until))
            )
        upcoming = [v for v in detail.visits if v.status in SCHEDULED_STATUSES and v.planned_start]
        if upcoming:
            nxt = min(upcoming, key=lambda v: v.planned_start)  # type: ignore[arg-type,return-value]
            parts.append(
                self.tr("next visit %1 with %2").replace("%1", display(nxt.planned_start)).replace("%2", nxt.technician)
            )
        if detail.last_visit is not None:
            parts.append(self.tr("last visit %1").replace("%1", display(detail.last_visit.day)))
        self.summary.setText(" · ".join(parts))

        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        rows = [
            (self.tr("Type"), labels.customer_kind(data.kind)),
            (self.tr("Phone"), phone_display(data.phone)),
            (self.tr("Mobile"), phone_display(data.mobile)),
            (self.tr("Email"), data.email),
            (self.tr("Second email"), data.email_secondary),
            (
                self.tr("Consents"),
                ", ".join(
                    label
                    for label, given in (
                        (self.tr("email reminders"), data.consent_email),
                        (self.tr("text reminders"), data.consent_sms),
                        (self.tr("offers"), data.consent_marketing),
                    )
                    if given
                )
                or self.tr("none"),
            ),
            (self.tr("Customer since"), display(detail.created_at.date())),
            (self.tr("Notes"), data.notes),
        ]
        if data.kind is CustomerKind.PERSON and data.company_name:
            rows.insert(1, (self.tr("Company"), data.company_name))
        for label, value in rows:
            if value:
                text = QLabel(value)
                text.setWordWrap(True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.details_form.addRow(label, text)
        self.sites.set_rows(detail.sites)
        self.contracts.set_rows(detail.contracts)
        self.visits.set_rows(detail.visits)
        self.contacts.set_rows(detail.contacts)
        self.tabs.setTabText(1, self.tr("Sites (%1)").replace("%1", str(len(detail.sites))))
        self.tabs.setTabText(2, self.tr("Contracts (%1)").replace("%1", str(len(detail.contracts))))
        self.tabs.setTabText(3, self.tr("Visits (%1)").replace("%1", str(len(detail.visits))))
        self.tabs.setTabText(4, self.tr("Contact log (%1)").replace("%1", str(len(detail.contacts))))
        Op(self.ctx, contact_service.repeat_contacts, customer_id=detail.id).key("card-repeat-contacts").parent(
            self
        ).success(self._repeat_loaded).run()
        if self._pending_visit is not None:
            self.select_visit(self._pending_visit)
        elif previous is not None:  # a refresh keeps the visit the user was on
            row = self.visits.model.find(lambda v: v.id == previous.id)
            if row >= 0:
                self.visits.table.selectRow(row)

    # -- actions ----------------------------------------------------------------------------
    def _edit(self) -> None:
        if self.customer is None:
            return
        dialog = CustomerDialog(self.ctx, self, self.customer)
        dialog.saved.connect(self.customer_changed)
        dialog.open()

    def _add_site(self) -> None:
        if self.customer is not None:
            self._open_site_dialog(None)

    def _edit_site(self) -> None:
        site = self.sites.current()
        if self.customer is not None and site is not None:
            self._open_site_dialog(site)

    def _open_site_dialog(self, site: SiteView | None) -> None:
        assert self.customer is not None
        customer_id = self.customer.id
        dialog = SiteDialog(self.ctx, customer_id, self, site)
        dialog.saved.connect(lambda _: locate_in_background(self.ctx, customer_id, self))
        dialog.open()

    def _new_contract(self) -> None:
        if self.customer is not None:
            ContractDialog(self.ctx, self, customer=self.customer).open()

    def _log_contact(self) -> None:
        if self.customer is not None:
            ContactDialog(self.ctx, self.customer.id, self.customer.name, self).open()

    # -- quotes, outcomes, repeat contacts ------------------------------------------------------
    def _request_quote(self) -> None:
        from planner.ui.quotes_page import QuoteRequestDialog

        if self.customer is not None:
            QuoteRequestDialog(self.ctx, self, customer_id=self.customer.id, customer_name=self.customer.name).open()

    def select_visit(self, visit_id: int) -> bool:
        """Show the visits tab with this visit selected (once the card shows its customer)."""
        if self.customer is None or all(v.id != visit_id for v in self.customer.visits):
            self._pending_visit = visit_id
            return False
        self._pending_visit = None
        self.tabs.setCurrentWidget(self.visits)
        row = self.visits.model.find(lambda v: v.id == visit_id)
        if row >= 0:
            self.visits.table.selectRow(row)
            self.visits.table.scrollTo(self.visits.model.index(row, 0))
        return row >= 0

    def enter_outcome(self):  # type: ignore[no-untyped-def]
        from planner.ui.outcome_dialog import OutcomeDialog

        visit = self.visits.current()
        if visit is None:
            return None
        dialog = OutcomeDialog(self.ctx, visit.id, self)
        dialog.open()
        return dialog

    def _repeat_loaded(self, figure) -> None:  # type: ignore[no-untyped-def]
        self.repeat_label.setText(
            self.tr("Repeat contacts (same reason within 7 days), last 90 days: %1 of %2 incoming")
            .replace("%1", str(figure.repeats))
            .replace("%2", str(figure.contacts))
        )
    def _visit_selected(self, *_args) -> None:  # type: ignore[no-untyped-def]
        enabled = self.visits.current() is not None
        for button in (self.work_order_export, self.work_order_open, self.work_order_print, self.report_pdf,
                       self.report_email):
            button.setEnabled(enabled)

    def _work_order(self, action) -> None:  # type: ignore[no-untyped-def]
        visit = self.visits.current()
        if visit is None:
            return
        printing.visit_work_order(self, self.ctx, visit.id, visit.number, action)

    def _email_report(self) -> None:
        visit = self.visits.current()
        if visit is not None:
            Op(self.ctx, printing_service.email_visit_report, visit.id).parent(self).changes(Changes(visits=True)).success(
                lambda sent: self.document_notice.setText(sent.describe())
            ).run()

    def _gdpr_export(self) -> None:
        if self.customer is not None:
            gdpr_actions.export_customer_data(self.ctx, self, self.customer.id, self.customer.name)

    def _anonymise(self) -> None:
        if self.customer is not None:
            gdpr_actions.ask_to_anonymise(self.ctx, self, self.customer.id)


def locate_in_background(ctx: AppContext, customer_id: int, parent: QWidget) -> None:
    """Place the customer's new or moved sites without making anyone wait."""
    Op(ctx, geocoding.geocode_pending, customer_id=customer_id).parent(parent).changes(Changes(customers=True)).run()


def _due_text(visit: VisitSummary) -> str:
    if visit.due_from and visit.due_until:
        return f"{visit.due_from:%d/%m} → {visit.due_until:%d/%m/%Y}"
    return ""


class _ListTable(QWidget):
    """A read-only table of a customer's sites, contracts, visits or contacts."""

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:  # type: ignore[type-arg]
        super().__init__(parent)
        self.model: RowsTableModel = RowsTableModel(columns, search_text=lambda _: "")  # type: ignore[type-arg]
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def set_rows(self, rows: list[SiteView] | list[ContractSummary] | list[VisitSummary] | list[ContactView]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def current(self):  # type: ignore[no-untyped-def]
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None
