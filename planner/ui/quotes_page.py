"""« Devis »: the quotes pipeline (requested → draft → sent → accepted / refused / expired), the
quote editor with catalogue lines and totals exact to the cent, and the request dialog."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QSettings, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import ContactChannel, ContactReason
from planner.domain.quotes import (
    CLOSED_STATUSES,
    VAT_RATES,
    QuoteSource,
    QuoteStatus,
    format_quantity,
    line_total_cents,
    parse_cents,
    parse_quantity,
    totals,
)
from planner.services import customers as customer_service
from planner.services import printing as printing_service
from planner.services import quotes as quote_service
from planner.services.customers import CustomerRow
from planner.services.quotes import (
    CatalogueItemView,
    QuoteDetail,
    QuoteDraftInput,
    QuoteLineInput,
    QuoteRequestInput,
    QuoteRow,
)
from planner.ui import labels, printing
from planner.ui.customer_dialogs import ContactDialog, _SavingDialog
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.table_model import Column, RowsTableModel, display
from planner.ui.widgets import (
    EnterDoesNotSubmit,
    ErrorBanner,
    FilterEdit,
    FormErrors,
    ReloadsWhenShown,
    configure_table,
    show_refusal,
)

STATUS_COLOURS = {
    QuoteStatus.REQUESTED: "#d68910",
    QuoteStatus.DRAFT: "#b7950b",
    QuoteStatus.SENT: "#2a7ab9",
    QuoteStatus.ACCEPTED: "#2e7d32",
    QuoteStatus.REFUSED: "#7f8c8d",
    QuoteStatus.EXPIRED: "#7f8c8d",
    QuoteStatus.CANCELLED: "#bdc3c7",
}
QUOTE_CHANGES = Changes(customers=True, visits=True)


def cents_text(cents: int) -> str:
    """« 1 234,50 » (for editing: no currency sign)."""
    whole, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    return f"{sign}{whole:,}".replace(",", "\u202f") + f",{rest:02d}"


class QuotesPage(ReloadsWhenShown, QWidget):
    open_customer = Signal(int)
    open_booking = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        self._rows: list[QuoteRow] = []
        self.editor: QuoteEditor | None = None

        self.filter = FilterEdit(self.tr("Filter: quote no., customer, town, subject"))
        self.status = QComboBox()
        self.status.addItem(self.tr("In progress"), "open")
        self.status.addItem(self.tr("All quotes"), None)
        for status in QuoteStatus:
            self.status.addItem(labels.quote_status(status), status.value)
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("New quote request"))
        self.new_button.setToolTip(self.tr("Note a quote request (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Open"))
        self.customer_button = QPushButton(self.tr("Open customer"))
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.status)
        top.addWidget(self.count)
        top.addWidget(self.customer_button)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        self.pipeline = QLabel()
        self.pipeline.setObjectName("quotesPipeline")
        self.pipeline.setTextFormat(Qt.TextFormat.RichText)

        self.model: RowsTableModel[QuoteRow] = RowsTableModel(
            [
                Column(self.tr("No."), lambda r: r.number),
                Column(self.tr("Customer"), lambda r: r.customer),
                Column(self.tr("Town"), lambda r: r.city),
                Column(self.tr("Subject"), lambda r: r.subject),
                Column(self.tr("Status"), lambda r: labels.quote_status(r.status), colour=lambda r: STATUS_COLOURS[r.status]),
                Column(self.tr("Total incl. VAT"), lambda r: labels.money(r.total_ttc_cents) if r.total_ttc_cents else "",
                       sort_key=lambda r: r.total_ttc_cents, align_right=True),
                Column(self.tr("Requested"), lambda r: r.requested_at.date() if r.requested_at else None,
                       sort_key=lambda r: r.requested_at),
                Column(self.tr("Sent"), lambda r: r.sent_at.date() if r.sent_at else None, sort_key=lambda r: r.sent_at),
                Column(self.tr("Valid until"), lambda r: r.valid_until),
                Column(self.tr("Origin"), lambda r: labels.quote_source(r.source)),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("quotesTable")
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((100, 200, 130, 300, 90, 110, 90, 90, 90)):
            self.table.setColumnWidth(column, width)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pipeline)
        layout.addWidget(self.table)

        self.filter.textChanged.connect(self.model.set_filter)
        self.filter.textChanged.connect(lambda _: self._update_count())
        self.status.currentIndexChanged.connect(self._apply_choices)
        self.table.activated.connect(lambda _: self._open_current())
        self.open_button.clicked.connect(self._open_current)
        self.new_button.clicked.connect(self.new_item)
        self.customer_button.clicked.connect(self._open_customer)
        ctx.changed.connect(self._on_changes)

    # -- window actions -------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def new_item(self) -> QDialog:
        dialog = QuoteRequestDialog(self.ctx, self)
        dialog.saved.connect(self.open_quote)
        dialog.open()
        return dialog

    def open_quote(self, quote_id: int) -> None:
        Op(self.ctx, quote_service.get_quote, quote_id).key("quote-editor").parent(self).success(self._show_editor).run()

    def _show_editor(self, detail: QuoteDetail) -> None:
        if self.editor is not None and self.editor.isVisible():
            self.editor.close()
        self.editor = QuoteEditor(self.ctx, detail, self)
        self.editor.open_customer.connect(self.open_customer)
        self.editor.open_booking.connect(self.open_booking)
        self.editor.open()

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        self._dirty = False
        Op(self.ctx, quote_service.list_quotes).key("quotes-list").parent(self).success(self._loaded).run()

    def _loaded(self, rows: list[QuoteRow]) -> None:
        self._rows = rows
        self._apply_choices()
        by_status = Counter(r.status for r in rows)
        waiting = sum(r.total_ttc_cents for r in rows if r.status is QuoteStatus.SENT)
        answered = by_status[QuoteStatus.ACCEPTED] + by_status[QuoteStatus.REFUSED] + by_status[QuoteStatus.EXPIRED]
        rate = f"{by_status[QuoteStatus.ACCEPTED] * 100 / answered:.0f}" if answered else "—"
        self.pipeline.setText(
            self.tr("<b>%1</b> to write · <b>%2</b> drafts · <b>%3</b> awaiting an answer (%4 incl. VAT) · "
                    "acceptance rate %5 %")
            .replace("%1", str(by_status[QuoteStatus.REQUESTED]))
            .replace("%2", str(by_status[QuoteStatus.DRAFT]))
            .replace("%3", str(by_status[QuoteStatus.SENT]))
            .replace("%4", labels.money(waiting))
            .replace("%5", rate)
        )

    def _apply_choices(self) -> None:
        choice = self.status.currentData()
        if choice == "open":
            rows = [r for r in self._rows if r.status not in CLOSED_STATUSES]
        elif choice is None:
            rows = list(self._rows)
        else:
            rows = [r for r in self._rows if r.status.value == choice]
        self.model.set_rows(rows)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 quotes").replace("%1", str(self.model.rowCount())))

    def _on_changes(self, changes: Changes) -> None:
        if changes.customers or changes.visits or changes.settings:
            self.reload_or_mark()

    def _current(self) -> QuoteRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _open_current(self) -> None:
        row = self._current()
        if row is not None:
            self.open_quote(row.id)

    def _open_customer(self) -> None:
        row = self._current()
        if row is not None:
            self.open_customer.emit(row.customer_id)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("quotes/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        if (state := settings.value("quotes/header")) is not None:
            self.table.horizontalHeader().restoreState(state)


class QuoteRequestDialog(_SavingDialog):
    """Note a quote request: who, what, how it came in.  The 48-hour clock starts."""

    saved = Signal(int)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, customer_id: int | None = None,
        customer_name: str = "", visit_id: int | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.visit_id = visit_id
        self.setWindowTitle(self.tr("Quote request"))
        self.setMinimumWidth(520)
        self.customer_box = QComboBox()
        self.customer_box.setEditable(True)
        self.customer_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer_box.lineEdit().setPlaceholderText(self.tr("Type a name, a town…"))
        self._customer_rows: list[CustomerRow] = []
        self.site = QComboBox()
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("e.g. Replace the fuse box"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What the customer described, when to call back…"))
        self.note.setMaximumHeight(90)
        self.note.setTabChangesFocus(True)
        self.channel = QComboBox()
        for channel in (ContactChannel.PHONE_IN, ContactChannel.EMAIL_IN, ContactChannel.ON_SITE):
            self.channel.addItem(labels.contact_channel(channel), channel.value)
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.customer_box)
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Details"), self.note)
        form.addRow(self.tr("Came in by"), self.channel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.errors = FormErrors(self.banner, {"Objet": self.subject, "Précisions": self.note, "Site": self.site,
                                               "Client": self.customer_box})
        if customer_id is not None:
            self.customer_box.addItem(customer_name, customer_id)
            self.customer_box.setEnabled(False)
            self._load_sites(customer_id)
            self.subject.setFocus()
        else:
            Op(ctx, customer_service.list_customers).parent(self).success(self._customers_loaded).run()
            self.customer_box.setFocus()

    def _customers_loaded(self, rows: list[CustomerRow]) -> None:
        self._customer_rows = sorted(rows, key=lambda r: r.name)
        texts = [f"{r.name} — {r.postcode} {r.city}".strip(" —") for r in self._customer_rows]
        completer = QCompleter(QStringListModel(texts, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self.choose_customer)
        self.customer_box.setCompleter(completer)
        self.customer_box.lineEdit().setText("")

    def choose_customer(self, text: str) -> None:
        for row in self._customer_rows:
            if f"{row.name} — {row.postcode} {row.city}".strip(" —") == text:
                self.customer_box.clear()
                self.customer_box.addItem(text, row.id)
                self._load_sites(row.id)
                self.subject.setFocus()
                return

    def _load_sites(self, customer_id: int) -> None:
        Op(self.ctx, customer_service.get_customer, customer_id).key("quote-request-sites").parent(self).success(
            self._sites_loaded
        ).run()

    def _sites_loaded(self, detail: customer_service.CustomerDetail) -> None:
        self.site.clear()
        for site in detail.sites:
            self.site.addItem(customer_service.site_label_of(site), site.id)

    def accept(self) -> None:
        assert self.errors is not None
        customer_id = self.customer_box.currentData()
        if customer_id is None:
            self.errors.show({"Client": "choisissez le client dans la liste."})
            return
        data = QuoteRequestInput(
            customer_id=customer_id, subject=self.subject.text(), note=self.note.toPlainText(),
            site_id=self.site.currentData(), visit_id=self.visit_id,
            source=QuoteSource.VISIT if self.visit_id else QuoteSource.CALL,
            channel=ContactChannel(self.channel.currentData()),
        )
        self._saving(True)
        Op(self.ctx, quote_service.request_quote, data).parent(self).changes(QUOTE_CHANGES).success(
            self._done
        ).failure(self._refused).run()

    def _done(self, quote_id: int) -> None:
        self._saving(False)
        self.saved.emit(quote_id)
        super().accept()


class QuoteEditor(EnterDoesNotSubmit, QDialog):
    """One quote: its lines from the catalogue, totals HT / TVA / TTC, and the next step."""

    open_customer = Signal(int)
    open_booking = Signal(int)
    changed = Signal(int)

    def __init__(self, ctx: AppContext, detail: QuoteDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self._catalogue: list[CatalogueItemView] = []
        self._catalogue_ids: dict[int, CatalogueItemView] = {}
        self.setWindowTitle(self.tr("Quote %1 — %2").replace("%1", detail.number).replace("%2", detail.customer_name))
        self.setMinimumSize(900, 640)
        self.banner = ErrorBanner(self)
        self.notice = QLabel()
        self.notice.setObjectName("quoteNotice")
        self.notice.setStyleSheet(
            "QLabel#quoteNotice { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.notice.hide()
        self.info = QLabel()
        self.info.setObjectName("quoteInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)

        self.subject = QLineEdit()
        self.site = QComboBox()
        self.duration = QSpinBox()
        self.duration.setRange(15, 2400)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setToolTip(self.tr("Time on site for the work, used to book it once accepted"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("Work duration"), self.duration)
        form.addRow(self.tr("Notes"), self.notes)

        self.catalogue_edit = QLineEdit()
        self.catalogue_edit.setObjectName("catalogueSearch")
        self.catalogue_edit.setPlaceholderText(self.tr("Add from the catalogue: type a code or words, then Enter"))
        self.free_button = QPushButton(self.tr("Free line"))
        self.remove_button = QPushButton(self.tr("Remove line"))
        adder = QHBoxLayout()
        adder.addWidget(self.catalogue_edit, 1)
        adder.addWidget(self.free_button)
        adder.addWidget(self.remove_button)
        self.lines = QTableWidget(0, 6)
        self.lines.setObjectName("quoteLines")
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Designation"), self.tr("Qty"), self.tr("Unit"), self.tr("Unit price excl. VAT"),
             self.tr("VAT"), self.tr("Total excl. VAT")]
        )
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 70), (2, 70), (3, 140), (4, 90), (5, 120)):
            self.lines.setColumnWidth(column, width)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.totals = QLabel()
        self.totals.setObjectName("quoteTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        lines_box = QGroupBox(self.tr("Lines"))
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.addLayout(adder)
        lines_layout.addWidget(self.lines, 1)
        lines_layout.addWidget(self.totals)

        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (for a refusal or a dropped request)"))
        self.save_button = QPushButton(self.tr("Save draft"))
        self.send_button = QPushButton(self.tr("Send by email"))
        self.hand_button = QPushButton(self.tr("Handed over"))
        self.hand_button.setToolTip(self.tr("Mark as sent without an email (given by hand, posted)"))
        self.accept_button = QPushButton(self.tr("Accepted"))
        self.refuse_button = QPushButton(self.tr("Refused"))
        self.drop_button = QPushButton(self.tr("Drop the request"))
        self.call_button = QPushButton(self.tr("Log a call"))
        self.customer_button = QPushButton(self.tr("Open customer"))
        self.book_button = QPushButton(self.tr("Book the work"))
        self.close_button = QPushButton(self.tr("Close"))
        self.pdf_button = printing.document_button(
            self, ctx, self.tr("Quote PDF"), printing_service.print_quote_number,
            lambda: ([self.detail.number], f"devis-{self.detail.number}") if self.detail is not None else None,
        )
        actions = QHBoxLayout()
        for button in (self.save_button, self.send_button, self.hand_button, self.accept_button, self.refuse_button,
                       self.drop_button, self.book_button, self.pdf_button):
            actions.addWidget(button)
        actions.addStretch()
        for button in (self.call_button, self.customer_button, self.close_button):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(lines_box, 1)
        layout.addWidget(self.reason)
        layout.addLayout(actions)
        self.errors = FormErrors(self.banner, {"Objet": self.subject, "Site": self.site, "Durée des travaux": self.duration,
                                               "Lignes": self.lines, "Motif": self.reason})

        self.lines.cellChanged.connect(lambda *_: self._update_totals())
        self.catalogue_edit.returnPressed.connect(self._add_typed)
        self.free_button.clicked.connect(lambda: self.add_line(QuoteLineInput("", 1000, 0, 2000), edit=True))
        self.remove_button.clicked.connect(self._remove_line)
        self.save_button.clicked.connect(lambda: self.save())
        self.send_button.clicked.connect(lambda: self.send(by_email=True))
        self.hand_button.clicked.connect(lambda: self.send(by_email=False))
        self.accept_button.clicked.connect(self.accept_quote)
        self.refuse_button.clicked.connect(self.refuse_quote)
        self.drop_button.clicked.connect(self.drop_quote)
        self.call_button.clicked.connect(self._log_call)
        self.customer_button.clicked.connect(lambda: self.open_customer.emit(self.detail.customer_id))
        self.book_button.clicked.connect(self._book)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=lambda: self.save())
        Op(ctx, quote_service.list_catalogue, active_only=True).parent(self).success(self._catalogue_loaded).run()
        self._load(detail)

    # -- loading ------------------------------------------------------------------------------
    def _load(self, detail: QuoteDetail) -> None:
        self.detail = detail
        self.lines.blockSignals(True)
        self.subject.setText(detail.data.subject)
        self.site.clear()
        for site_id, text in detail.sites:
            self.site.addItem(text, site_id)
        if detail.data.site_id is not None:
            self.site.setCurrentIndex(max(0, self.site.findData(detail.data.site_id)))
        self.duration.setValue(detail.data.work_duration_min)
        self.notes.setPlainText(detail.data.notes)
        self.lines.setRowCount(0)
        self.lines.blockSignals(False)
        for line in detail.data.lines:
            self.add_line(line)
        parts = [
            self.tr("<b>%1</b> — %2").replace("%1", detail.number).replace("%2", labels.quote_status(detail.status)),
            self.tr("for <b>%1</b>").replace("%1", detail.customer_name),
            self.tr("requested %1 (%2)").replace("%1", display(detail.requested_at)).replace(
                "%2", labels.quote_source(detail.source)),
        ]
        if detail.sent_at:
            parts.append(self.tr("sent %1, valid until %2").replace("%1", display(detail.sent_at)).replace(
                "%2", display(detail.valid_until)))
        if detail.refusal_reason:
            parts.append(self.tr("reason: %1").replace("%1", detail.refusal_reason))
        text = " · ".join(parts)
        if detail.request_note:
            text += "<br><i>" + detail.request_note.replace("<", "&lt;") + "</i>"
        self.info.setText(text)
        editable = detail.editable
        for widget in (self.subject, self.site, self.duration, self.notes, self.catalogue_edit, self.free_button,
                       self.remove_button):
            widget.setEnabled(editable)
        self.lines.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers if editable else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        status = detail.status
        self.save_button.setVisible(editable)
        self.send_button.setVisible(editable or status is QuoteStatus.EXPIRED)
        self.hand_button.setVisible(editable or status is QuoteStatus.EXPIRED)
        self.send_button.setEnabled(bool(detail.customer_email))
        if not detail.customer_email:
            self.send_button.setToolTip(self.tr("The customer has no email address"))
        self.accept_button.setVisible(status is QuoteStatus.SENT)
        self.refuse_button.setVisible(status is QuoteStatus.SENT)
        self.drop_button.setVisible(editable)
        self.reason.setVisible(status is QuoteStatus.SENT or editable)
        self.book_button.setVisible(detail.work_visit_id is not None)
        self._update_totals()

    def _catalogue_loaded(self, items: list[CatalogueItemView]) -> None:
        self._catalogue = items
        self._catalogue_ids = {i.id: i for i in items}
        texts = [self._catalogue_text(i) for i in items]
        completer = QCompleter(QStringListModel(texts, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self.add_catalogue_text)
        self.catalogue_edit.setCompleter(completer)

    @staticmethod
    def _catalogue_text(item: CatalogueItemView) -> str:
        return f"{item.data.code} — {item.data.label} ({labels.money(item.data.unit_price_cents)} HT)"

    # -- lines --------------------------------------------------------------------------------
    def add_catalogue_text(self, text: str) -> bool:
        for item in self._catalogue:
            if self._catalogue_text(item) == text:
                self.add_catalogue_item(item)
                self.catalogue_edit.clear()
                return True
        return False

    def _add_typed(self) -> None:
        text = self.catalogue_edit.text().strip()
        if not text or self.add_catalogue_text(text):
            return
        code = text.split(" ")[0].upper()
        match = next((i for i in self._catalogue if i.data.code == code), None)
        if match is None:
            words = text.lower().split()
            found = [i for i in self._catalogue if all(w in self._catalogue_text(i).lower() for w in words)]
            match = found[0] if len(found) == 1 else None
        if match is not None:
            self.add_catalogue_item(match)
            self.catalogue_edit.clear()

    def add_catalogue_item(self, item: CatalogueItemView, quantity_milli: int = 1000) -> None:
        d = item.data
        self.add_line(QuoteLineInput(d.label, quantity_milli, d.unit_price_cents, d.vat_rate_bp, d.unit, item.id))

    def add_line(self, line: QuoteLineInput, *, edit: bool = False) -> None:
        self.lines.blockSignals(True)
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        label = QTableWidgetItem(line.label)
        label.setData(Qt.ItemDataRole.UserRole, line.catalogue_item_id)
        self.lines.setItem(row, 0, label)
        self.lines.setItem(row, 1, QTableWidgetItem(format_quantity(line.quantity_milli)))
        self.lines.setItem(row, 2, QTableWidgetItem(line.unit))
        self.lines.setItem(row, 3, QTableWidgetItem(cents_text(line.unit_price_cents)))
        vat = QComboBox()
        for rate in VAT_RATES:
            vat.addItem(labels.vat(rate), rate)
        vat.setCurrentIndex(max(0, vat.findData(line.vat_rate_bp)))
        vat.setEnabled(self.detail.editable)
        vat.currentIndexChanged.connect(lambda _: self._update_totals())
        self.lines.setCellWidget(row, 4, vat)
        total = QTableWidgetItem()
        total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsEditable)
        total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines.setItem(row, 5, total)
        for column in (1, 3):
            self.lines.item(row, column).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines.blockSignals(False)
        self._update_totals()
        if edit:
            self.lines.setCurrentCell(row, 0)
            self.lines.editItem(self.lines.item(row, 0))

    def _remove_line(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)
            self._update_totals()

    def line_inputs(self) -> tuple[tuple[QuoteLineInput, ...], dict[str, str]]:
        """The lines as typed, and what cannot be read (« Ligne 2 » → reason)."""
        result, errors = [], {}
        for row in range(self.lines.rowCount()):
            field = f"Ligne {row + 1}"
            label_item = self.lines.item(row, 0)
            texts = [(self.lines.item(row, c).text() if self.lines.item(row, c) else "") for c in range(4)]
            try:
                quantity = parse_quantity(texts[1])
            except ValueError:
                errors[field] = f"quantité « {texts[1]} » illisible (ex. 1,5)."
                continue
            try:
                price = parse_cents(texts[3])
            except ValueError:
                errors[field] = f"prix « {texts[3]} » illisible (ex. 380,00)."
                continue
            vat = self.lines.cellWidget(row, 4)
            result.append(
                QuoteLineInput(
                    texts[0], quantity, price, int(vat.currentData()) if vat else 2000, texts[2] or "u",
                    label_item.data(Qt.ItemDataRole.UserRole) if label_item else None,
                )
            )
        return tuple(result), errors

    def _update_totals(self) -> None:
        lines, errors = self.line_inputs()
        self.lines.blockSignals(True)
        readable = iter(lines)
        for row in range(self.lines.rowCount()):
            item = self.lines.item(row, 5)
            if f"Ligne {row + 1}" in errors:
                item.setText("?")
                item.setForeground(QColor("#c0392b"))
                continue
            line = next(readable)
            item.setText(labels.money(line_total_cents(line.quantity_milli, line.unit_price_cents)))
            item.setForeground(QColor("#000000"))
        self.lines.blockSignals(False)
        result = totals((x.quantity_milli, x.unit_price_cents, x.vat_rate_bp) for x in lines)
        rows = [self.tr("Total excl. VAT: <b>%1</b>").replace("%1", labels.money(result.ht_cents))]
        rows += [
            self.tr("VAT %1 on %2: %3").replace("%1", labels.vat(b.rate_bp)).replace("%2", labels.money(b.base_cents))
            .replace("%3", labels.money(b.vat_cents))
            for b in result.by_rate
        ]
        rows.append(self.tr("Total incl. VAT: <b>%1</b>").replace("%1", labels.money(result.ttc_cents)))
        self.totals.setText("<br>".join(rows))
        self.current_totals = result

    def draft_input(self) -> tuple[QuoteDraftInput, dict[str, str]]:
        lines, errors = self.line_inputs()
        return (
            QuoteDraftInput(self.subject.text(), lines, self.site.currentData(), self.notes.toPlainText(),
                            self.duration.value()),
            errors,
        )

    # -- steps --------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        for button in (self.save_button, self.send_button, self.hand_button, self.accept_button, self.refuse_button,
                       self.drop_button):
            button.setEnabled(not busy)
        if not busy:
            self.send_button.setEnabled(bool(self.detail.customer_email))

    def _refused(self, exc: Exception) -> bool:
        self._busy(False)
        return show_refusal(exc, self.errors, self.banner)

    def _reload(self, note: str = "") -> None:
        def loaded(detail: QuoteDetail) -> None:
            self._busy(False)
            self._load(detail)
            self.errors.clear()
            self.notice.setText(note)
            self.notice.setVisible(bool(note))
            self.changed.emit(detail.id)

        Op(self.ctx, quote_service.get_quote, self.detail.id).key(f"quote-{self.detail.id}").parent(self).success(
            loaded
        ).run()

    def save(self, then=None) -> None:  # type: ignore[no-untyped-def]
        data, errors = self.draft_input()
        if errors:
            self.errors.show(errors)
            return
        self._busy(True)
        Op(self.ctx, quote_service.save_quote, self.detail.id, self.detail.version, data).parent(self).changes(
            QUOTE_CHANGES
        ).success(then or (lambda _version: self._reload(self.tr("Draft saved.")))).failure(self._refused).run()

    def send(self, *, by_email: bool) -> None:
        def send_now(version: int) -> None:
            Op(self.ctx, quote_service.send_quote, self.detail.id, version, by_email=by_email).parent(self).changes(
                QUOTE_CHANGES
            ).success(
                lambda result: self._reload(
                    (self.tr("Quote queued for sending by email, valid until %1.") if by_email
                     else self.tr("Quote marked as handed over, valid until %1.")).replace("%1", display(result.valid_until))
                )
            ).failure(self._refused).run()

        if self.detail.editable:
            self.save(then=send_now)
        else:
            self._busy(True)
            send_now(self.detail.version)

    def accept_quote(self) -> None:
        self._busy(True)
        Op(self.ctx, quote_service.accept_quote, self.detail.id, self.detail.version).parent(self).changes(
            QUOTE_CHANGES
        ).success(lambda _visit_id: self._reload(self.tr("Quote accepted: the work visit is waiting to be booked."))).failure(
            self._refused
        ).run()

    def refuse_quote(self) -> None:
        self._busy(True)
        Op(self.ctx, quote_service.refuse_quote, self.detail.id, self.detail.version, self.reason.text()).parent(
            self
        ).changes(QUOTE_CHANGES).success(lambda _: self._reload(self.tr("Quote refused."))).failure(self._refused).run()

    def drop_quote(self) -> None:
        self._busy(True)
        Op(self.ctx, quote_service.cancel_quote, self.detail.id, self.detail.version, self.reason.text()).parent(
            self
        ).changes(QUOTE_CHANGES).success(lambda _: self._reload(self.tr("Request dropped."))).failure(self._refused).run()

    def _log_call(self) -> None:
        dialog = ContactDialog(self.ctx, self.detail.customer_id, self.detail.customer_name, self)
        dialog.channel.setCurrentIndex(max(0, dialog.channel.findData(ContactChannel.PHONE_OUT)))
        dialog.reason.setCurrentIndex(max(0, dialog.reason.findData(ContactReason.QUOTE_REQUEST)))
        dialog.note.setPlainText(self.tr("About quote %1: ").replace("%1", self.detail.number))
        dialog.open()

    def _book(self) -> None:
        if self.detail.work_visit_id is not None:
            self.open_booking.emit(self.detail.work_visit_id)

