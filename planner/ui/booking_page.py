"""« Rendez-vous »: the phone booking assistant.

Type a name, a phone number (any format), a town or a contract number; Enter opens the caller's
card and proposes the best slots for the visit that is due; Enter on a slot, Enter again, and
the visit, the contact-log entry and the customer's confirmation are recorded together.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import (
    SCHEDULED_STATUSES,
    ContactChannel,
    ContactReason,
    ContractStatus,
    VisitKind,
    VisitStatus,
)
from planner.domain.errors import PlannerError
from planner.domain.timeutil import now_utc, paris_today, to_paris
from planner.services import booking as booking_service
from planner.services import customers as customer_service
from planner.services import planning
from planner.services import technicians as technician_service
from planner.services.booking import BookingRequest, BookingResult, SlotChoice, SlotTakenError
from planner.services.customers import CustomerDetail, OpenItems, VisitSummary, open_items_of
from planner.services.search import CustomerSearchIndex, SearchHit, index_stamp, load_search_index
from planner.services.slots import AFTERNOON, MORNING, Slot, SlotRequest, SlotSuggestions, suggest_slots
from planner.services.technicians import SkillView, TechnicianRow
from planner.services.validation import phone_display
from planner.ui import labels
from planner.ui.customer_dialogs import CustomerDialog
from planner.ui.customers_page import locate_in_background
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.table_model import display
from planner.ui.widgets import ErrorBanner

NEW_REQUEST = -1


class SearchField(QLineEdit):
    """The search box: arrows move in the results, Enter opens the highlighted caller."""

    moved = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.moved.emit(1 if event.key() == Qt.Key.Key_Down else -1)
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class BookingPage(QWidget):
    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.index: CustomerSearchIndex | None = None
        self._dirty = True
        self.customer: CustomerDetail | None = None
        self.suggestions: SlotSuggestions | None = None
        self._skills: list[SkillView] = []
        self._technicians: list[TechnicianRow] = []
        self._reschedule: VisitSummary | None = None

        # -- search ----------------------------------------------------------------------------
        self.search = SearchField()
        self.search.setObjectName("bookingSearch")
        self.search.setPlaceholderText(
            self.tr("Who is calling? Name, phone, town, postcode, email or contract no. (Ctrl+K)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setStyleSheet("font-size: 13pt; padding: 4px;")
        self.new_customer = QPushButton(self.tr("New caller…"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_customer)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results_hint = QLabel()
        self.results_hint.setStyleSheet("color: #666;")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results_hint)
        left_layout.addWidget(self.results, 1)

        # -- the caller's card -----------------------------------------------------------------
        self.name = QLabel(self.tr("No caller selected"))
        self.name.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.name.setWordWrap(True)
        self.card = QLabel()
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.booked = QListWidget()
        self.booked.setMaximumHeight(110)
        self.move_button = QPushButton(self.tr("Move"))
        self.cancel_button = QPushButton(self.tr("Cancel the appointment…"))
        self.log_button = QPushButton(self.tr("Log the call"))
        self.log_button.setToolTip(self.tr("Save this call in the contact log with its reason and note, without booking"))
        self.card_button = QPushButton(self.tr("Open the customer card"))
        booked_buttons = QHBoxLayout()
        booked_buttons.addWidget(self.move_button)
        booked_buttons.addWidget(self.cancel_button)
        booked_buttons.addStretch()
        self.open_items = QLabel()
        self.open_items.setObjectName("bookingOpenItems")
        self.open_items.setWordWrap(True)
        self.open_items.setTextFormat(Qt.TextFormat.RichText)
        # -- the call under way: its contact-log entry, started when the caller's card opens ------
        self.call_box = QGroupBox(self.tr("This call"))
        self.call_reason = QComboBox()
        self.call_reason.setObjectName("callReason")
        for reason in ContactReason:
            self.call_reason.addItem(labels.contact_reason(reason), reason.value)
        self.call_note = QLineEdit()
        self.call_note.setObjectName("callNote")
        self.call_note.setPlaceholderText(self.tr("What the caller wants (kept with the booking or « Log the call »)"))
        self.call_started = QLabel()
        self.call_started.setStyleSheet("color: #666;")
        call_form = QFormLayout(self.call_box)
        call_form.addRow(self.tr("Reason"), self.call_reason)
        call_form.addRow(self.tr("Note"), self.call_note)
        call_form.addRow(self.call_started)
        self._call_customer: int | None = None
        self._call_at: datetime | None = None
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.name)
        middle_layout.addWidget(self.card)
        middle_layout.addWidget(self.open_items)
        middle_layout.addWidget(self.call_box)
        middle_layout.addWidget(QLabel(self.tr("Booked visits")))
        middle_layout.addWidget(self.booked)
        middle_layout.addLayout(booked_buttons)
        middle_layout.addWidget(self.history, 1)
        card_buttons = QHBoxLayout()
        card_buttons.addWidget(self.log_button)
        card_buttons.addWidget(self.card_button)
        card_buttons.addStretch()
        middle_layout.addLayout(card_buttons)

        # -- what to book, and the slots ---------------------------------------------------------
        self.visit = QComboBox()
        self.site = QComboBox()
        self.kind = QComboBox()
        for kind in (VisitKind.REPAIR, VisitKind.MAINTENANCE, VisitKind.QUOTE, VisitKind.FOLLOW_UP):
            self.kind.addItem(labels.visit_kind(kind), kind.value)
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("e.g. Circuit breaker keeps tripping"))
        self.duration = QSpinBox()
        self.duration.setRange(15, 600)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(" min")
        self.skill = QComboBox()
        self.request_box = QGroupBox(self.tr("New request"))
        request_form = QFormLayout(self.request_box)
        request_form.addRow(self.tr("Type"), self.kind)
        request_form.addRow(self.tr("Subject"), self.summary)
        request_form.addRow(self.tr("Duration"), self.duration)
        request_form.addRow(self.tr("Skill needed"), self.skill)
        self.any_day = QCheckBox(self.tr("Any day"))
        self.any_day.setChecked(True)
        self.day = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setEnabled(False)
        self.part = QComboBox()
        self.part.addItem(self.tr("Morning or afternoon"), "")
        self.part.addItem(self.tr("Morning"), MORNING)
        self.part.addItem(self.tr("Afternoon"), AFTERNOON)
        self.technician = QComboBox()
        self.technician.addItem(self.tr("Any technician"), None)
        filters = QHBoxLayout()
        filters.addWidget(self.any_day)
        filters.addWidget(self.day)
        filters.addWidget(self.part)
        filters.addWidget(self.technician)
        self.slots = QListWidget()
        self.slots.setObjectName("slots")
        self.slots.setWordWrap(True)
        self.slots.setStyleSheet("QListWidget#slots::item { padding: 6px; }")
        self.slots_hint = QLabel()
        self.slots_hint.setWordWrap(True)
        self.slots_hint.setStyleSheet("color: #666;")
        self.book_button = QPushButton(self.tr("Book this slot…"))
        self.book_button.setDefault(True)
        self.banner = ErrorBanner()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setObjectName("bookingDone")
        self.done_label.setStyleSheet(
            "QLabel#bookingDone { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.done_label.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Visit to book"), self.visit)
        form.addRow(self.tr("Site"), self.site)
        right_layout.addLayout(form)
        right_layout.addWidget(self.request_box)
        right_layout.addLayout(filters)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.done_label)
        right_layout.addWidget(self.slots_hint)
        right_layout.addWidget(self.slots, 1)
        right_layout.addWidget(self.book_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 4)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_highlighted)
        self.search.moved.connect(self._move_highlight)
        self.results.itemActivated.connect(lambda _: self._open_highlighted())
        self.results.itemClicked.connect(lambda _: self._open_highlighted())
        self.new_customer.clicked.connect(self.new_caller)
        self.visit.currentIndexChanged.connect(self._visit_changed)
        for signal in (
            self.site.currentIndexChanged, self.part.currentIndexChanged, self.technician.currentIndexChanged,
            self.skill.currentIndexChanged, self.any_day.toggled, self.day.dateChanged,
        ):
            signal.connect(self.refresh_slots)
        self.duration.editingFinished.connect(self.refresh_slots)
        self.any_day.toggled.connect(lambda any_day: self.day.setEnabled(not any_day))
        self.slots.itemActivated.connect(lambda _: self.book_selected())
        self.book_button.clicked.connect(self.book_selected)
        self.move_button.clicked.connect(self._start_move)
        self.cancel_button.clicked.connect(self._cancel_booking)
        self.log_button.clicked.connect(self._log_call)
        self.card_button.clicked.connect(
            lambda: self.open_customer.emit(self.customer.id) if self.customer else None
        )
        ctx.changed.connect(self._on_changes)
        self._show_customer(None)

    # -- loading ----------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        self._dirty = False
        if self.index is None:
            self.results_hint.setText(self.tr("Loading customers…"))
            Op(self.ctx, load_search_index).key("booking-index").parent(self).success(self._index_loaded).run()
        else:
            Op(self.ctx, index_stamp).key("booking-index-stamp").parent(self).success(self._stamp_loaded).run()
        Op(self.ctx, technician_service.list_skills).key("booking-skills").parent(self).success(self._skills_loaded).run()
        Op(self.ctx, technician_service.list_technicians).key("booking-technicians").parent(self).success(
            self._technicians_loaded
        ).run()

    def _stamp_loaded(self, stamp: tuple[object, ...]) -> None:
        if self.index is None or stamp != self.index.stamp:
            Op(self.ctx, load_search_index).key("booking-index").parent(self).success(self._index_loaded).run()

    def _index_loaded(self, index: CustomerSearchIndex) -> None:
        self.index = index
        self.results_hint.setText(self.tr("%1 customers").replace("%1", f"{len(index):,}".replace(",", "\u202f")))
        if self.search.text():
            self._search_changed(self.search.text())

    def _skills_loaded(self, skills: list[SkillView]) -> None:
        self._skills = skills
        self.skill.blockSignals(True)
        self.skill.clear()
        self.skill.addItem(self.tr("None in particular"), None)
        for skill in skills:
            self.skill.addItem(f"{skill.code} — {skill.name}", skill.id)
        self.skill.blockSignals(False)

    def _technicians_loaded(self, rows: list[TechnicianRow]) -> None:
        self._technicians = [r for r in rows if r.active]
        current = self.technician.currentData()
        self.technician.blockSignals(True)
        while self.technician.count() > 1:
            self.technician.removeItem(1)
        for row in self._technicians:
            self.technician.addItem(row.name, row.id)
        self.technician.setCurrentIndex(max(0, self.technician.findData(current)))
        self.technician.blockSignals(False)

    def _on_changes(self, changes: Changes) -> None:
        if changes.customers or changes.contracts:
            if self.isVisible():
                # Rebuilt only when names, phones, sites or contracts changed: a contact noted or
                # a quote leaves the index as it is.
                Op(self.ctx, index_stamp).key("booking-index-stamp").parent(self).success(self._stamp_loaded).run()
            else:
                self._dirty = True
        if changes.technicians:
            self._dirty = True
        if (changes.visits or changes.customers or changes.contracts) and self.customer is not None:
            self._load_customer(self.customer.id, keep_visit=True)

    # -- search -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    focus_filter = focus_search

    def _search_changed(self, text: str) -> None:
        self.results.clear()
        if self.index is None or not text.strip():
            return
        hits = self.index.search(text, limit=20)
        for hit in hits:
            item = QListWidgetItem(f"{hit.name}\n{hit.detail}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            if hit.how == "approchant":
                item.setToolTip(self.tr("Close spelling"))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self.results_hint.setText(
            self.tr("No customer found: « New caller… » creates one.") if not hits
            else self.tr("%1 result(s) — Enter opens the first").replace("%1", str(len(hits)))
        )

    def _move_highlight(self, step: int) -> None:
        if self.results.count():
            row = min(max(0, self.results.currentRow() + step), self.results.count() - 1)
            self.results.setCurrentRow(row)

    def _open_highlighted(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        hit: SearchHit = item.data(Qt.ItemDataRole.UserRole)
        self._load_customer(hit.customer_id)

    def new_caller(self) -> None:
        dialog = CustomerDialog(self.ctx, self)
        dialog.saved.connect(self._new_customer_saved)
        dialog.existing_chosen.connect(self._load_customer)
        dialog.open()

    new_item = new_caller

    def _new_customer_saved(self, customer_id: int) -> None:
        locate_in_background(self.ctx, customer_id, self)
        self._load_customer(customer_id)

    # -- the caller -------------------------------------------------------------------------
    def select_customer(self, customer_id: int) -> None:
        self._load_customer(customer_id)

    def open_visit_to_book(self, visit_id: int) -> None:
        """Show the customer of ``visit_id`` with that visit chosen, and its best slots."""
        Op(self.ctx, planning.load_visit, visit_id).key("booking-visit").parent(self).success(
            lambda visit: self._load_customer(visit.customer_id, wanted_visit=visit_id)
        ).run()

    def _load_customer(self, customer_id: int, keep_visit: bool = False, wanted_visit: int | None = None) -> None:
        wanted = self.visit.currentData() if keep_visit else wanted_visit
        Op(self.ctx, customer_service.get_customer, customer_id).key("booking-customer").parent(self).success(
            lambda detail: self._show_customer(detail, wanted)
        ).run()

    def _show_customer(self, detail: CustomerDetail | None, wanted_visit: int | None = None) -> None:
        self.customer = detail
        self._reschedule = None
        enabled = detail is not None
        for widget in (self.visit, self.site, self.book_button, self.log_button, self.card_button, self.call_box):
            widget.setEnabled(enabled)
        if detail is not None and detail.id != self._call_customer:
            self.start_call(detail.id)
        if detail is None:
            self.name.setText(self.tr("No caller selected"))
            self.card.setText(self.tr("Type in the search field, then Enter."))
            self.history.clear()
            self.booked.clear()
            self.slots.clear()
            self.request_box.hide()
            return
        self.name.setText(detail.name)
        lines = []
        active = [k for k in detail.contracts if k.status is ContractStatus.ACTIVE]
        if active:
            k = active[-1]
            lines.append(
                self.tr("Contract <b>%1</b> %2 — until %3").replace("%1", k.tier).replace("%2", k.number)
                .replace("%3", display(k.end_date))
            )
        else:
            lines.append(self.tr("No running contract"))
        due = sorted(
            (v for v in detail.visits if v.status is VisitStatus.TO_PLAN and v.due_until),
            key=lambda v: v.due_until,  # type: ignore[arg-type,return-value]
        )
        for v in due[:2]:
            late = v.due_until is not None and v.due_until < paris_today()
            text = self.tr("Due: %1, between %2 and %3").replace("%1", v.summary).replace(
                "%2", display(v.due_from)).replace("%3", display(v.due_until))
            lines.append(f"<span style='color:#b00020'>{text} ⚠</span>" if late else text)
        if detail.last_visit is not None:
            lines.append(
                self.tr("Last visit: %1 (%2)").replace("%1", display(detail.last_visit.day)).replace(
                    "%2", detail.last_visit.summary)
            )
        phones = [phone_display(p) for p in (detail.data.mobile, detail.data.phone) if p]
        if phones:
            lines.append(" · ".join(phones))
        if detail.data.email:
            lines.append(detail.data.email)
        self.card.setText("<br>".join(lines))
        self.open_items.clear()
        Op(self.ctx, open_items_of, detail.id).key("booking-open-items").parent(self).success(self._open_items_loaded).run()
        self.booked.clear()
        for v in sorted(
            (v for v in detail.visits if v.status in SCHEDULED_STATUSES), key=lambda v: v.planned_start  # type: ignore[arg-type,return-value]
        ):
            item = QListWidgetItem(f"{display(v.planned_start)} · {v.technician} · {v.summary}")
            item.setData(Qt.ItemDataRole.UserRole, v)
            self.booked.addItem(item)
        self.move_button.setEnabled(self.booked.count() > 0)
        self.cancel_button.setEnabled(self.booked.count() > 0)
        contacts = detail.contacts[:4]
        self.history.setText(
            "<b>" + self.tr("Recent contacts") + "</b><br>"
            + "<br>".join(f"{display(c.at)} — {labels.contact_reason(c.reason)} : {c.note}" for c in contacts)
            if contacts else ""
        )
        self.site.blockSignals(True)
        self.site.clear()
        for site in detail.sites:
            self.site.addItem(customer_service.site_label_of(site), site.id)
        self.site.blockSignals(False)
        self.visit.blockSignals(True)
        self.visit.clear()
        for v in due:
            self.visit.addItem(
                self.tr("%1 (due by %2)").replace("%1", v.summary).replace("%2", display(v.due_until)), v.id
            )
        self.visit.addItem(self.tr("New request (repair, quote…)"), NEW_REQUEST)
        if wanted_visit is not None and self.visit.findData(wanted_visit) >= 0:
            self.visit.setCurrentIndex(self.visit.findData(wanted_visit))
        else:
            self.visit.setCurrentIndex(0)
        self.visit.blockSignals(False)
        self._visit_changed()

    # -- the call ---------------------------------------------------------------------------
    def start_call(self, customer_id: int | None) -> None:
        """A new contact-log entry for the caller whose card just opened: « Prise de RDV » unless
        the office says otherwise; it is saved with the booking, or by « Log the call »."""
        self._call_customer = customer_id
        self._call_at = now_utc() if customer_id is not None else None
        self.call_reason.setCurrentIndex(self.call_reason.findData(ContactReason.BOOKING.value))
        self.call_note.clear()
        self.call_started.setText(
            self.tr("Call started at %1").replace("%1", f"{to_paris(self._call_at):%H:%M}") if self._call_at else ""
        )

    def call_reason_value(self) -> ContactReason:
        return ContactReason(self.call_reason.currentData())

    def _suggest_reason(self, reason: ContactReason) -> None:
        """Moving or cancelling: the reason follows, unless the office already chose one."""
        if self.call_reason_value() is ContactReason.BOOKING:
            self.call_reason.setCurrentIndex(self.call_reason.findData(reason.value))

    def _log_call(self) -> None:
        if self.customer is None:
            return
        self.log_button.setEnabled(False)
        Op(
            self.ctx, customer_service.log_contact, self.customer.id, ContactChannel.PHONE_IN, self.call_reason_value(),
            self.call_note.text(), at=self._call_at,
        ).parent(self).changes(Changes(customers=True)).success(self._call_logged).failure(self._log_refused).run()

    def _call_logged(self, _entry_id: int) -> None:
        self.log_button.setEnabled(True)
        self.done_label.setText(self.tr("Call logged: %1.").replace("%1", labels.contact_reason(self.call_reason_value())))
        self.done_label.show()
        self.start_call(self.customer.id if self.customer else None)

    def _log_refused(self, exc: Exception) -> bool:
        self.log_button.setEnabled(True)
        if isinstance(exc, PlannerError):
            self.banner.show_message(str(exc))
            return True
        return False

    def _open_items_loaded(self, items: OpenItems) -> None:
        lines = []
        for quote in items.quotes:
            lines.append(
                self.tr("Quote %1 (%2): %3 — %4").replace("%1", quote.number).replace("%2", quote.status_label)
                .replace("%3", quote.subject).replace("%4", labels.money(quote.total_ttc_cents))
            )
        for alert in items.alerts:
            lines.append(f"<span style='color:#8a5300'>⚑ {alert}</span>")
        self.open_items.setText("<br>".join(lines))

    def _due_visit(self) -> VisitSummary | None:
        if self.customer is None:
            return None
        visit_id = self.visit.currentData()
        return next((v for v in self.customer.visits if v.id == visit_id), None)

    def _visit_changed(self) -> None:
        visit = self._due_visit()
        self.request_box.setVisible(self.customer is not None and visit is None)
        if visit is not None and visit.site_id is not None:
            self.site.setCurrentIndex(max(0, self.site.findData(visit.site_id)))
        self.refresh_slots()

    # -- slots ------------------------------------------------------------------------------
    def slot_request(self) -> SlotRequest | None:
        if self.customer is None or self.site.currentData() is None:
            return None
        visit = self._due_visit()
        if self._reschedule is not None:
            visit = self._reschedule
        duration = self.duration.value()
        skills: tuple[int, ...] = ()
        due_from = due_until = None
        if visit is not None:
            duration = visit.duration_min
            due_from, due_until = visit.due_from, visit.due_until
        elif self.skill.currentData() is not None:
            skills = (int(self.skill.currentData()),)
        return SlotRequest(
            site_id=int(self.site.currentData()),
            duration_min=duration,
            skill_ids=skills,
            due_from=due_from,
            due_until=due_until,
            day=None if self.any_day.isChecked() else _date(self.day.date()),
            part_of_day=self.part.currentData() or None,
            technician_id=self.technician.currentData(),
            exclude_visit_id=self._reschedule.id if self._reschedule else None,
        )

    def refresh_slots(self) -> None:
        request = self.slot_request()
        self.slots.clear()
        if request is None:
            return
        self.slots_hint.setText(self.tr("Looking for the best slots…"))
        Op(self.ctx, suggest_slots, request).key("booking-slots").parent(self).success(self._slots_loaded).failure(
            self._slots_failed
        ).run()

    def _slots_loaded(self, suggestions: SlotSuggestions) -> None:
        self.suggestions = suggestions
        self.slots.clear()
        self.banner.show_message("")
        for slot in suggestions.slots:
            item = QListWidgetItem(slot.reason)
            item.setData(Qt.ItemDataRole.UserRole, slot)
            self.slots.addItem(item)
        if suggestions.slots:
            self.slots.setCurrentRow(0)
            hint = self.tr("Best first. Enter books the highlighted slot.")
            if self._reschedule is not None:
                hint = self.tr("Moving %1: choose the new slot.").replace("%1", self._reschedule.number)
        else:
            hint = self.tr("No free slot with these filters: widen the day, the time or the technician.")
        if suggestions.warnings:
            hint += "\n" + "\n".join(suggestions.warnings)
        self.slots_hint.setText(hint)
        if suggestions.slots and (self.search.hasFocus() or self.results.hasFocus()):
            self.slots.setFocus()

    def _slots_failed(self, exc: Exception) -> bool:
        if isinstance(exc, PlannerError):
            self.slots_hint.setText("")
            self.banner.show_message(str(exc))
            return True
        return False

    # -- booking ----------------------------------------------------------------------------
    def book_selected(self) -> None:
        item = self.slots.currentItem()
        if item is None or self.customer is None:
            return
        slot: Slot = item.data(Qt.ItemDataRole.UserRole)
        visit = self._due_visit()
        dialog = ConfirmBookingDialog(self.customer.name, slot, visit, self._reschedule, self)
        dialog.note.setText(self.call_note.text())
        dialog.accepted.connect(lambda: self._confirm(slot, visit, dialog.note.text()))
        dialog.open()

    def _confirm(self, slot: Slot, visit: VisitSummary | None, note: str) -> None:
        assert self.customer is not None
        choice = SlotChoice(slot.technician_id, slot.start, slot.end, slot.promised_from, slot.promised_until)
        self.book_button.setEnabled(False)
        if self._reschedule is not None:
            moving = self._reschedule
            op = Op(
                self.ctx, booking_service.reschedule_visit, moving.id, moving.version, choice, note,
                contact_reason=self.call_reason_value(), contact_at=self._call_at,
            )
        else:
            request = BookingRequest(
                customer_id=self.customer.id,
                site_id=int(self.site.currentData()),
                slot=choice,
                visit_id=visit.id if visit is not None else None,
                kind=VisitKind(self.kind.currentData()) if visit is None else VisitKind.MAINTENANCE,
                summary=self.summary.text().strip() or labels.visit_kind(VisitKind(self.kind.currentData())),
                skill_ids=(int(self.skill.currentData()),) if visit is None and self.skill.currentData() else (),
                contact_note=note,
                contact_reason=self.call_reason_value(),
                contact_at=self._call_at,
            )
            op = Op(self.ctx, booking_service.book_visit, request)
        op.parent(self).changes(Changes(visits=True)).success(self._booked).failure(
            self._refused
        ).run()

    def _booked(self, result: BookingResult) -> None:
        self.book_button.setEnabled(True)
        self._reschedule = None
        self.start_call(self.customer.id if self.customer else None)  # this call's entry is saved
        self.done_label.setText("✓ " + result.describe())
        self.done_label.show()
        self.banner.show_message("")
        self.search.setFocus()
        self.search.selectAll()

    def _refused(self, exc: Exception) -> bool:
        self.book_button.setEnabled(True)
        if isinstance(exc, SlotTakenError):
            self.banner.show_message(str(exc))
            self.refresh_slots()
            return True
        if isinstance(exc, PlannerError):
            self.banner.show_message(str(exc))
            return True
        return False

    # -- booked visits ----------------------------------------------------------------------
    def _selected_booking(self) -> VisitSummary | None:
        item = self.booked.currentItem() or (self.booked.item(0) if self.booked.count() else None)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _start_move(self) -> None:
        visit = self._selected_booking()
        if visit is None:
            return
        self._reschedule = visit
        self._suggest_reason(ContactReason.RESCHEDULE)
        self.done_label.hide()
        self.refresh_slots()
        self.slots.setFocus()

    def _cancel_booking(self) -> None:
        visit = self._selected_booking()
        if visit is None:
            return
        before = self.call_reason.currentIndex()
        self._suggest_reason(ContactReason.CANCELLATION)
        dialog = CancelDialog(visit, self)
        dialog.rejected.connect(lambda: self.call_reason.setCurrentIndex(before))
        dialog.accepted.connect(lambda: self._do_cancel(visit, dialog.reason.text()))
        dialog.open()

    def _do_cancel(self, visit: VisitSummary, reason: str) -> None:
        Op(
            self.ctx, booking_service.cancel_visit, visit.id, visit.version, reason,
            contact_reason=self.call_reason_value(), contact_note=self.call_note.text().strip(), contact_at=self._call_at,
        ).parent(self).changes(
            Changes(visits=True)
        ).success(self._cancelled).failure(self._refused).run()

    def _cancelled(self, _result: object) -> None:
        self.done_label.setText(self.tr("Appointment cancelled; the customer is told."))
        self.done_label.show()
        self.start_call(self.customer.id if self.customer else None)  # this call's entry is saved


def _date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ConfirmBookingDialog(QDialog):
    """The last look before booking: who, when, with whom, and what the customer will receive."""

    def __init__(
        self, customer: str, slot: Slot, visit: VisitSummary | None, moving: VisitSummary | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm the appointment"))
        what = moving.summary if moving else (visit.summary if visit else self.tr("new request"))
        text = QLabel(
            self.tr("<b>%1</b><br>%2<br>Arrival between %3 with <b>%4</b><br>%5").replace("%1", customer)
            .replace("%2", slot.label.split(" · ")[0]).replace("%3", slot.label.split(" · ")[-1])
            .replace("%4", slot.technician).replace("%5", what)
        )
        text.setTextFormat(Qt.TextFormat.RichText)
        notice = QLabel(
            self.tr("The customer receives the confirmation by email with a calendar invitation, "
                    "then reminders (email five days before, text message two days before when allowed).")
        )
        notice.setWordWrap(True)
        notice.setStyleSheet("color: #555;")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the contact log (optional)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Confirm"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(notice)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.buttons = buttons


class CancelDialog(QDialog):
    def __init__(self, visit: VisitSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel the appointment"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason, told to the customer"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel the appointment"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{visit.number} — {display(visit.planned_start)} — {visit.summary}"))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
