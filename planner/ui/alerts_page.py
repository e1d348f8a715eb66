"""« Alertes »: what needs doing today (visits to book, renewals, quotes, anomalies, messages),
each opening its action; the counts in the status bar; the day's visits whose outcome is to
enter.  Also wires these features into the main window (:func:`install_contract_features`)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.alerts import AlertAction, AlertKind
from planner.domain.text import fold
from planner.domain.timeutil import paris_today
from planner.services import alerts as alert_service
from planner.services import contacts as contact_service
from planner.services import outcomes as outcome_service
from planner.services.alerts import Alert
from planner.services.outcomes import DayVisit
from planner.ui import labels
from planner.ui.contract_dialog import from_qdate, to_qdate
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

KIND_COLOURS = {
    AlertKind.VISIT_DUE: "#2a7ab9",
    AlertKind.VISIT_OVERDUE: "#c0392b",
    AlertKind.RENEWAL: "#8e44ad",
    AlertKind.QUOTE_TO_SEND: "#d68910",
    AlertKind.QUOTE_UNANSWERED: "#b7950b",
    AlertKind.ANOMALY: "#a93226",
    AlertKind.MESSAGE_FAILED: "#566573",
}

REFRESH_EVERY_MS = 10 * 60 * 1000


class AlertsPage(QWidget):
    """The alerts centre: one list, filtered by kind and text, each alert opening its action."""

    #: A visit to book (visit id).  Routed to the customer card for now; the booking assistant
    #: takes it over when it exists.
    open_booking = Signal(int)
    open_customer = Signal(int)
    open_quote = Signal(int)
    counts_changed = Signal(object)  # dict[AlertKind, int]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day: date | None = None  # None: today
        self._alerts: list[Alert] = []
        self._counts: dict[AlertKind, int] = {kind: 0 for kind in AlertKind}

        self.day_edit = QDateEdit(calendarPopup=True)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        self.day_edit.setDate(to_qdate(paris_today()))
        self.day_edit.setToolTip(self.tr("The alerts of another day (to look ahead)"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All alerts"), None)
        for kind in AlertKind:
            self.kind.addItem(labels.alert_kind(kind), kind.value)
        self.filter = FilterEdit(self.tr("Filter: customer, contract or quote no., subject"))
        self.filter.setMinimumWidth(220)
        self.snoozed = QCheckBox(self.tr("Show snoozed"))
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day_edit)
        top.addWidget(self.kind)
        top.addWidget(self.filter, 1)
        top.addWidget(self.snoozed)
        top.addWidget(self.count)

        self.model: RowsTableModel[Alert] = RowsTableModel(
            [
                Column(self.tr("Alert"), lambda a: labels.alert_kind(a.kind), colour=lambda a: KIND_COLOURS[a.kind],
                       sort_key=lambda a: tuple(AlertKind).index(a.kind)),
                Column(self.tr("Customer"), lambda a: a.customer),
                Column(self.tr("Subject"), lambda a: a.subject, tooltip=lambda a: a.subject),
                Column(self.tr("Since"), lambda a: a.since),
                Column(self.tr("Act by"), lambda a: a.due),
                Column(self.tr("Action"), lambda a: labels.alert_action(a.action)),
                Column(self.tr("Snoozed until"), lambda a: _snooze_text(a), tooltip=lambda a: a.snooze_reason),
            ],
            search_text=lambda a: fold(f"{a.customer} {a.subject}"),
        )
        self.table = QTableView()
        self.table.setObjectName("alertsTable")
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by kind; within a kind, oldest first
        for column, width in enumerate((170, 180, 470, 85, 95, 130)):
            self.table.setColumnWidth(column, width)

        self.action_button = QPushButton(self.tr("Act"))
        self.action_button.setObjectName("alertActionButton")
        self.action_button.setDefault(True)
        self.snooze_button = QPushButton(self.tr("Snooze…"))
        self.wake_button = QPushButton(self.tr("Wake up"))
        self.customer_button = QPushButton(self.tr("Open customer"))
        self.repeat_label = QLabel()
        self.repeat_label.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        for button in (self.action_button, self.snooze_button, self.wake_button, self.customer_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.repeat_label)

        alerts_tab = QWidget()
        alerts_layout = QVBoxLayout(alerts_tab)
        alerts_layout.addLayout(top)
        alerts_layout.addWidget(self.table, 1)
        alerts_layout.addLayout(buttons)
        self.day_visits = DayVisitsPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(alerts_tab, self.tr("Alerts"))
        self.tabs.addTab(self.day_visits, self.tr("Visits of the day"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(300)
        self._refresh.timeout.connect(self.reload)
        self._clock = QTimer(self)
        self._clock.setInterval(REFRESH_EVERY_MS)
        self._clock.timeout.connect(self.reload)
        self._clock.start()

        self.day_edit.dateChanged.connect(self._day_changed)
        self.kind.currentIndexChanged.connect(self._apply_filters)
        self.snoozed.toggled.connect(self._apply_filters)
        self.filter.textChanged.connect(self._text_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.activated.connect(lambda _: self.perform())
        self.action_button.clicked.connect(lambda: self.perform())
        self.snooze_button.clicked.connect(self.snooze)
        self.wake_button.clicked.connect(self.wake)
        self.customer_button.clicked.connect(self._open_customer)
        ctx.changed.connect(self._on_changes)  # a method, not a lambda: disconnected when the page goes
        self._waits = 0
        self._loaded_once = False
        self._first_timer = QTimer(self)  # a child: it dies with the page
        self._first_timer.setSingleShot(True)
        self._first_timer.timeout.connect(self._first_load)
        self._first_timer.start(0)
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------------
    def current_day(self) -> date:
        return self.day or paris_today()

    def set_day(self, day: date | None) -> None:
        """Show the alerts of ``day`` (None: today, following the clock)."""
        self.day = day
        self.day_edit.blockSignals(True)
        self.day_edit.setDate(to_qdate(self.current_day()))
        self.day_edit.blockSignals(False)
        self.reload()

    def _day_changed(self, value: QDate) -> None:
        chosen = from_qdate(value)
        self.day = None if chosen == paris_today() else chosen
        self.reload()

    def _on_changes(self, _changes: Changes) -> None:
        self._refresh.start()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self._loaded_once:  # only the counts were computed while hidden: the list now
            self._first_timer.stop()
            self.reload()

    @property
    def first_load_pending(self) -> bool:
        """The first load is still waiting for the page on screen to finish loading."""
        return self._first_timer.isActive()

    def _first_load(self) -> None:
        """At start, let the page on screen load first (the alerts are a background figure)."""
        if self.ctx.busy and self._waits < 40:
            self._waits += 1
            self._first_timer.start(250)
            return
        self.reload()

    def reload(self) -> None:
        """The list when the page is on screen; otherwise only the counts (several times
        cheaper at 100 000 customers), the list following when the page is shown."""
        on = self.current_day()
        if self.day is None and from_qdate(self.day_edit.date()) != on:  # midnight passed
            self.day_edit.blockSignals(True)
            self.day_edit.setDate(to_qdate(on))
            self.day_edit.blockSignals(False)
        if not self.isVisible():
            self._loaded_once = False
            Op(self.ctx, alert_service.alert_counts, on).key("alerts").parent(self).success(
                self._counts_loaded
            ).run()
            return
        Op(self.ctx, alert_service.compute_alerts, on, include_snoozed=True).key("alerts").parent(self).success(
            self._loaded
        ).run()
        Op(self.ctx, contact_service.repeat_contacts, until=on).key("repeat-contacts").parent(self).success(
            self._repeat_loaded
        ).run()

    def _loaded(self, found: list[Alert]) -> None:
        self._loaded_once = True
        selected = self.current()
        self._alerts = found
        counts = {kind: 0 for kind in AlertKind}
        for alert in found:
            if alert.snoozed_until is None:
                counts[alert.kind] += 1
        self._counts = counts
        for index in range(1, self.kind.count()):
            kind = AlertKind(self.kind.itemData(index))
            self.kind.setItemText(index, f"{labels.alert_kind(kind)} ({counts[kind]})")
        self.kind.setItemText(0, self.tr("All alerts (%1)").replace("%1", str(sum(counts.values()))))
        self._apply_filters()
        if selected is not None:
            row = self.model.find(lambda a: a.key == selected.key)
            if row >= 0:
                self.table.selectRow(row)
        self.counts_changed.emit(dict(counts))

    def _counts_loaded(self, counts: dict[AlertKind, int]) -> None:
        self._counts = dict(counts)
        self.counts_changed.emit(dict(counts))

    def _repeat_loaded(self, figure: contact_service.RepeatContacts) -> None:
        percent = f"{figure.rate * 100:.1f}".replace(".", ",")
        self.repeat_label.setText(
            self.tr("Repeat contacts (same customer, same reason, within 7 days), last 90 days: %1 of %2 (%3 %)")
            .replace("%1", str(figure.repeats))
            .replace("%2", str(figure.contacts))
            .replace("%3", percent)
        )

    def counts(self) -> dict[AlertKind, int]:
        return dict(self._counts)

    # -- filters ------------------------------------------------------------------------------
    def show_kind(self, kind: AlertKind | None) -> None:
        self.tabs.setCurrentIndex(0)
        index = 0 if kind is None else self.kind.findData(kind.value)
        self.kind.setCurrentIndex(max(0, index))

    def _apply_filters(self) -> None:
        kind = self.kind.currentData()
        with_snoozed = self.snoozed.isChecked()
        self.model.set_rows(
            [
                a for a in self._alerts
                if (kind is None or a.kind.value == kind) and (with_snoozed or a.snoozed_until is None)
            ]
        )
        self._update_count()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._update_buttons()

    def _text_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 alerts").replace("%1", str(self.model.rowCount())))

    # -- acting -------------------------------------------------------------------------------
    def current(self) -> Alert | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def select_alert(self, predicate) -> Alert | None:  # type: ignore[no-untyped-def]
        row = self.model.find(predicate)
        if row < 0:
            return None
        self.table.selectRow(row)
        return self.model.row_at(row)

    def _update_buttons(self) -> None:
        alert = self.current()
        self.action_button.setEnabled(alert is not None)
        self.action_button.setText(labels.alert_action(alert.action) if alert else self.tr("Act"))
        self.snooze_button.setEnabled(alert is not None and alert.snoozed_until is None)
        self.wake_button.setVisible(alert is not None and alert.snoozed_until is not None)
        self.customer_button.setEnabled(alert is not None and alert.customer_id is not None)

    def perform(self, alert: Alert | None = None) -> QWidget | None:
        """Open what the alert asks for; returns the dialog opened, if any."""
        alert = alert or self.current()
        if alert is None:
            return None
        if alert.action is AlertAction.BOOK and alert.visit_id is not None:
            self.open_booking.emit(alert.visit_id)
            return None
        if alert.action in (AlertAction.WRITE_QUOTE, AlertAction.CHASE_QUOTE) and alert.quote_id is not None:
            self.open_quote.emit(alert.quote_id)
            return None
        if alert.action in (AlertAction.SEND_NOTICE, AlertAction.RENEW) and alert.contract_id is not None:
            from planner.ui.renewal_dialog import RenewalDialog

            dialog = RenewalDialog(self.ctx, alert.contract_id, self, on=self.current_day())
            dialog.open()
            return dialog
        if alert.action is AlertAction.RETRY_MESSAGE and alert.message_id is not None:
            dialog = FailedMessageDialog(self.ctx, alert, self)
            dialog.open_customer.connect(self.open_customer)
            dialog.open()
            return dialog
        if alert.customer_id is not None:
            self.open_customer.emit(alert.customer_id)
        return None

    def snooze(self) -> QDialog | None:
        alert = self.current()
        if alert is None:
            return None
        dialog = SnoozeDialog(self.ctx, alert, self.current_day(), self)
        dialog.open()
        return dialog

    def wake(self) -> None:
        alert = self.current()
        if alert is not None and alert.snoozed_until is not None:
            Op(self.ctx, alert_service.wake_alert, alert.key, on=self.current_day()).parent(self).changes(
                Changes(settings=True)
            ).run()

    def _open_customer(self) -> None:
        alert = self.current()
        if alert is not None and alert.customer_id is not None:
            self.open_customer.emit(alert.customer_id)

    def focus_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter.setFocus()
        self.filter.selectAll()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("alerts/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        if (state := settings.value("alerts/header")) is not None:
            self.table.horizontalHeader().restoreState(state)


def _snooze_text(alert: Alert) -> str:
    return display(alert.snoozed_until) if alert.snoozed_until else ""


class AlertCountsBar(QWidget):
    """The status bar's figures: one button per kind of alert with something in it."""

    kind_clicked = Signal(object)  # AlertKind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertCounts")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(2)
        self.none = QLabel(self.tr("No alert"))
        self.none.setStyleSheet("color: #2e7d32;")
        self.none.hide()  # until the first counts arrive: « no alert » is a finding, not a default
        layout.addWidget(self.none)
        self.buttons: dict[AlertKind, QToolButton] = {}
        for kind in AlertKind:
            button = QToolButton()
            button.setAutoRaise(True)
            button.setObjectName(f"alertCount_{kind.value}")
            button.setStyleSheet(f"QToolButton {{ color: {KIND_COLOURS[kind]}; font-weight: 600; }}")
            button.setToolTip(self.tr("%1 — click to see them").replace("%1", labels.alert_kind(kind)))
            button.clicked.connect(lambda _=False, k=kind: self.kind_clicked.emit(k))
            button.hide()
            layout.addWidget(button)
            self.buttons[kind] = button
        self._counts: dict[AlertKind, int] = {kind: 0 for kind in AlertKind}

    def set_counts(self, counts: dict[AlertKind, int]) -> None:
        self._counts = {kind: counts.get(kind, 0) for kind in AlertKind}
        for kind, button in self.buttons.items():
            number = self._counts[kind]
            button.setText(f"{labels.alert_kind_short(kind)} : {number}")
            button.setVisible(number > 0)
        self.none.setVisible(not any(self._counts.values()))

    def counts(self) -> dict[AlertKind, int]:
        return dict(self._counts)


class SnoozeDialog(QDialog):
    """Put an alert aside until a day, saying why."""

    def __init__(self, ctx: AppContext, alert: Alert, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.alert = alert
        self.today = today
        self.setWindowTitle(self.tr("Snooze an alert"))
        self.setMinimumWidth(460)
        self.banner = ErrorBanner(self)
        subject = QLabel(f"<b>{alert.customer}</b><br>{alert.subject}")
        subject.setWordWrap(True)
        self.until = QDateEdit(calendarPopup=True)
        self.until.setDisplayFormat("dd/MM/yyyy")
        self.until.setDate(to_qdate(today + timedelta(days=7)))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. Customer away until the 15th, call back then"))
        form = QFormLayout()
        form.addRow(self.tr("Show again on"), self.until)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(subject)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.errors = FormErrors(self.banner, {"Motif": self.reason, "Reporter au": self.until})
        self.reason.setFocus()

    def accept(self) -> None:
        self.buttons.setEnabled(False)
        Op(
            self.ctx, alert_service.snooze_alert, self.alert.key, self.alert.kind, from_qdate(self.until.date()),
            self.reason.text(), on=self.today,
        ).parent(self).changes(Changes(settings=True)).success(lambda _: super(SnoozeDialog, self).accept()).failure(
            self._refused
        ).run()

    def _refused(self, exc: Exception) -> bool:
        self.buttons.setEnabled(True)
        return show_refusal(exc, self.errors, self.banner)


class FailedMessageDialog(EnterDoesNotSubmit, QDialog):
    """A message the outbox could not send: resend it (after fixing the address) or give up."""

    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, alert: Alert, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.alert = alert
        self.setWindowTitle(self.tr("Message not sent"))
        self.setMinimumWidth(480)
        text = QLabel(f"<b>{alert.customer}</b><br>{alert.subject}")
        text.setWordWrap(True)
        hint = QLabel(self.tr("If the address is wrong, correct it on the customer's card first, then resend."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.retry_button = QPushButton(self.tr("Resend"))
        self.drop_button = QPushButton(self.tr("Give up this message"))
        self.customer_button = QPushButton(self.tr("Open customer"))
        close = QPushButton(self.tr("Close"))
        row = QHBoxLayout()
        for button in (self.retry_button, self.drop_button, self.customer_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(hint)
        layout.addLayout(row)
        self.retry_button.clicked.connect(lambda: self._run(alert_service.retry_message))
        self.drop_button.clicked.connect(lambda: self._run(alert_service.drop_message))
        self.customer_button.clicked.connect(self._customer)
        self.customer_button.setEnabled(alert.customer_id is not None)
        close.clicked.connect(self.reject)

    def _run(self, function) -> None:  # type: ignore[no-untyped-def]
        Op(self.ctx, function, self.alert.message_id).parent(self).changes(Changes(customers=True)).success(
            lambda _: self.accept()
        ).run()

    def _customer(self) -> None:
        if self.alert.customer_id is not None:
            self.open_customer.emit(self.alert.customer_id)
            self.accept()


class DayVisitsPanel(ReloadsWhenShown, QWidget):
    """The visits of a day, to enter their outcome quickly (Enter on a line, Ctrl+Enter to save)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        self.day = QDateEdit(calendarPopup=True)
        self.day.setDisplayFormat("dddd dd/MM/yyyy")
        self.day.setDate(to_qdate(paris_today()))
        previous = QToolButton()
        previous.setText("◀")
        previous.setToolTip(self.tr("Previous day"))
        following = QToolButton()
        following.setText("▶")
        following.setToolTip(self.tr("Next day"))
        today = QPushButton(self.tr("Today"))
        self.pending_only = QCheckBox(self.tr("Outcome to enter only"))
        self.count = QLabel()
        top = QHBoxLayout()
        for widget in (previous, self.day, following, today, self.pending_only):
            top.addWidget(widget)
        top.addStretch()
        top.addWidget(self.count)
        self.model: RowsTableModel[DayVisit] = RowsTableModel(
            [
                Column(self.tr("Time"), lambda v: f"{v.planned_start.astimezone(_paris()):%H:%M}",
                       sort_key=lambda v: v.planned_start),
                Column(self.tr("Technician"), lambda v: v.technician),
                Column(self.tr("Customer"), lambda v: v.customer),
                Column(self.tr("Town"), lambda v: v.city),
                Column(self.tr("Subject"), lambda v: v.summary),
                Column(self.tr("Status"), lambda v: labels.visit_status(v.status)),
                Column(self.tr("Outcome"), lambda v: self.tr("entered") if v.has_report else self.tr("to enter"),
                       colour=lambda v: "#2e7d32" if v.has_report else "#d68910"),
            ],
            search_text=lambda v: "",
        )
        self.table = QTableView()
        self.table.setObjectName("dayVisitsTable")
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((60, 110, 200, 140, 320, 100)):
            self.table.setColumnWidth(column, width)
        self.report_button = QPushButton(self.tr("Enter the outcome"))
        self.report_button.setToolTip(self.tr("Enter the outcome of the selected visit (Enter)"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.report_button)
        bottom.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        previous.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(-1)))
        following.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(1)))
        today.clicked.connect(lambda: self.day.setDate(to_qdate(paris_today())))
        self.day.dateChanged.connect(lambda _: self.reload())
        self.pending_only.toggled.connect(lambda _: self.reload())
        self.table.activated.connect(lambda _: self.enter_outcome())
        self.report_button.clicked.connect(lambda: self.enter_outcome())
        ctx.changed.connect(self._on_changes)
        self._rows: list[DayVisit] = []
        self._after_save: int | None = None

    def set_day(self, day: date) -> None:
        self.day.setDate(to_qdate(day))

    def _on_changes(self, changes: Changes) -> None:
        if changes.visits or changes.customers:
            self.reload_or_mark()

    def reload(self) -> None:
        self._dirty = False
        Op(self.ctx, outcome_service.visits_of_day, from_qdate(self.day.date())).key("day-visits").parent(self).success(
            self._loaded
        ).run()

    def _loaded(self, rows: list[DayVisit]) -> None:
        self._rows = rows
        shown = [r for r in rows if not (self.pending_only.isChecked() and r.has_report)]
        self.model.set_rows(shown)
        pending = sum(1 for r in rows if not r.has_report)
        self.count.setText(self.tr("%1 visits, %2 outcomes to enter").replace("%1", str(len(rows))).replace("%2", str(pending)))
        if shown:
            after = self._after_save
            self._after_save = None
            row = 0
            if after is not None:
                position = next((i for i, r in enumerate(shown) if r.id == after), -1)
                following = [i for i, r in enumerate(shown) if i > position and not r.has_report]
                row = following[0] if following else max(position, 0)
            self.table.selectRow(row)
            self.table.setFocus()

    def current(self) -> DayVisit | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def enter_outcome(self) -> QDialog | None:
        visit = self.current()
        if visit is None:
            return None
        from planner.ui.outcome_dialog import OutcomeDialog

        dialog = OutcomeDialog(self.ctx, visit.id, self)
        dialog.saved.connect(lambda visit_id: setattr(self, "_after_save", visit_id))
        dialog.open()
        return dialog


def _paris():  # type: ignore[no-untyped-def]
    from planner.domain.timeutil import PARIS

    return PARIS


# -- wiring into the main window ------------------------------------------------------------------


def install_contract_features(window) -> None:  # type: ignore[no-untyped-def]
    """Status-bar counts, the settings menu entry and the routes between alerts, quotes, the
    customer card and the booking assistant (« Planifier » opens the visit there)."""
    from planner.ui.catalogue_dialog import CatalogueSettingsDialog

    page: AlertsPage = window.alerts
    quotes = window.quotes
    bar = AlertCountsBar(window)
    window.statusBar().addPermanentWidget(bar)
    window.alert_counts = bar
    page.counts_changed.connect(bar.set_counts)
    bar.set_counts(page.counts())

    def show_kind(kind: AlertKind) -> None:
        window.show_page("alerts")
        page.show_kind(kind)

    def open_quote(quote_id: int) -> None:
        window.show_page("quotes")
        quotes.open_quote(quote_id)

    def open_visit(visit_id: int) -> None:
        def show(brief: outcome_service.VisitBrief) -> None:
            window.open_customer(brief.customer_id)
            window.customers.detail.select_visit(visit_id)

        Op(window.ctx, outcome_service.visit_brief, visit_id).parent(window).success(show).run()

    def book_visit(visit_id: int) -> None:
        """« Planifier »: the booking assistant, on that customer, with that visit to book."""
        window.show_page("booking")
        window.booking.open_visit_to_book(visit_id)

    bar.kind_clicked.connect(show_kind)
    page.open_customer.connect(window.open_customer)
    page.open_booking.connect(book_visit)
    page.open_quote.connect(open_quote)
    quotes.open_customer.connect(window.open_customer)
    quotes.open_booking.connect(book_visit)  # « Planifier les travaux » of an accepted quote
    window.open_visit = open_visit
    window.open_quote = open_quote

    menu = window.tools_menu
    settings = QAction(QCoreApplication.translate("ContractFeatures", "Tiers, &catalogue and rates…"), window)
    settings.triggered.connect(lambda: CatalogueSettingsDialog(window.ctx, window).open())
    menu.addAction(settings)
    window.catalogue_action = settings
    shortcut = QShortcut(QKeySequence("F5"), window)
    shortcut.activated.connect(page.reload)

