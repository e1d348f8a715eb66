"""Optimising from the board: the options asked before, and the proposal shown after.

The engine never writes anything by itself.  :class:`OptimiseDialog` asks what to optimise (the
week, one day, or one day without an absent technician), the board runs the engine off the UI
thread with a progress bar and a cancel button, and :class:`ProposalDialog` shows the difference:
driving and kilometres before and after per technician and day, the back-and-forth figure, the
visits moved, the customers whose promised window would change (accepted only once the manager
confirms, and then they are told) and the visits that could not be placed, with the reason.
The manager accepts everything, only one technician's part, or nothing.
"""

from __future__ import annotations

import html
from datetime import date, timedelta

from babel.dates import format_date
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import AbsenceKind
from planner.domain.errors import PlannerError
from planner.domain.timeutil import to_paris
from planner.services import optimisation
from planner.services.optimisation import (
    AcceptResult,
    DayFigures,
    OptimiseRequest,
    Placement,
    Proposal,
    VisitChange,
)
from planner.ui import labels
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.table_model import Column, RowsTableModel
from planner.ui.widgets import configure_table

WEEK, DAY, REPLAN = "week", "day", "replan"


class OptimiseDialog(QDialog):
    """What to optimise: the week or a day, which technicians, whether to add the visits still to
    plan, whether promised windows may move, and how long the engine may search."""

    def __init__(
        self,
        mode: str,
        technicians: list[tuple[int, str]],
        monday: date,
        day: date | None,
        parent: QWidget | None = None,
        *,
        technician_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.monday = monday
        self.setWindowTitle(
            {
                WEEK: self.tr("Optimise the week"),
                DAY: self.tr("Optimise a day"),
                REPLAN: self.tr("Replan a technician's absence"),
            }[mode]
        )
        form = QFormLayout()
        self.period = QLabel(
            self.tr("Week of %1").replace("%1", format_date(monday, "d MMMM y", locale="fr_FR"))
        )
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dddd dd/MM/yyyy")
        chosen = day or monday
        self.day_edit.setDate(QDate(chosen.year, chosen.month, chosen.day))
        if mode == WEEK:
            form.addRow(self.tr("Period"), self.period)
        else:
            form.addRow(self.tr("Day"), self.day_edit)
        self.absent = QComboBox()
        for tid, name in technicians:
            self.absent.addItem(name, tid)
        if technician_id is not None:
            self.absent.setCurrentIndex(max(0, self.absent.findData(technician_id)))
        self.absence_kind = QComboBox()
        for kind in AbsenceKind:
            self.absence_kind.addItem(labels.absence_kind(kind), kind)
        self.absence_kind.setCurrentIndex(self.absence_kind.findData(AbsenceKind.SICK))
        if mode == REPLAN:
            form.addRow(self.tr("Absent technician"), self.absent)
            form.addRow(self.tr("Reason"), self.absence_kind)
        self.technicians = QListWidget()
        self.technicians.setMaximumHeight(150)
        for tid, name in technicians:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, tid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = technician_id is None or tid == technician_id or mode == REPLAN
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.technicians.addItem(item)
        form.addRow(self.tr("Technicians"), self.technicians)
        self.include_unplanned = QCheckBox(
            self.tr("Also plan the visits due in the period that are still to plan")
        )
        self.include_unplanned.setChecked(mode != REPLAN)
        form.addRow("", self.include_unplanned)
        self.allow_promise_changes = QCheckBox(
            self.tr("Allow new arrival times outside the windows promised to customers (each one to confirm)")
        )
        if mode == REPLAN:
            self.allow_promise_changes.setToolTip(
                self.tr("The absent technician's visits may move within their day in any case.")
            )
        form.addRow("", self.allow_promise_changes)
        self.seconds = QSpinBox()
        self.seconds.setRange(2, 600)
        self.seconds.setValue(10 if mode == REPLAN else 20)
        self.seconds.setSuffix(" s")
        self.seconds.setToolTip(
            self.tr("The engine keeps the best plan found within this time; Cancel stops it sooner.")
        )
        form.addRow(self.tr("Search time"), self.seconds)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.run_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.run_button.setText(self.tr("Compute a proposal"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen_technicians(self) -> tuple[int, ...]:
        return tuple(
            self.technicians.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.technicians.count())
            if self.technicians.item(row).checkState() == Qt.CheckState.Checked
        )

    def _check(self) -> None:
        chosen = self.chosen_technicians()
        if not chosen:
            self.error.setText(self.tr("Technicians: tick at least one."))
            return
        if self.mode == REPLAN and len(chosen) < 2:
            self.error.setText(self.tr("Technicians: tick at least one colleague to take the visits over."))
            return
        self.accept()

    def request(self) -> OptimiseRequest:
        day = self.day_edit.date().toPython()
        chosen = self.chosen_technicians()
        if self.mode == REPLAN:
            absent = self.absent.currentData()
            return OptimiseRequest(
                day,
                days=1,
                technician_ids=tuple(sorted({*chosen, absent})),
                include_unplanned=self.include_unplanned.isChecked(),
                allow_promise_changes=self.allow_promise_changes.isChecked(),
                time_limit_s=self.seconds.value(),
                absent_technician_id=absent,
                scope=REPLAN,
            )
        return OptimiseRequest(
            self.monday if self.mode == WEEK else day,
            days=5 if self.mode == WEEK else 1,
            technician_ids=chosen,
            include_unplanned=self.include_unplanned.isChecked(),
            allow_promise_changes=self.allow_promise_changes.isChecked(),
            time_limit_s=self.seconds.value(),
            scope=self.mode,
        )


def _when(placement: Placement | None) -> str:
    if placement is None:
        return "—"
    start = to_paris(placement.start)
    return f"{format_date(start.date(), 'EEE d', locale='fr_FR')} {start:%H:%M} · {placement.technician}"


def _change(before: int, after: int, text) -> str:  # type: ignore[no-untyped-def]
    return f"{text(before)} → {text(after)}"


def _signed(seconds: int) -> str:
    """« −12 min » (less driving), « +1 h 05 », « = »."""
    if round(seconds / 60) == 0:
        return "="
    return ("+" if seconds > 0 else "−") + labels.duration(abs(seconds))


class ProposalDialog(QDialog):
    """The engine's proposal as a difference with the current plan; accept all, per technician, or reject."""

    applied = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        proposal: Proposal,
        parent: QWidget | None = None,
        *,
        absence_kind: AbsenceKind = AbsenceKind.OTHER,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.proposal = proposal
        self.absence_kind = absence_kind
        self.setWindowTitle(self.tr("Optimisation proposal"))
        self.resize(1060, 640)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setObjectName("proposalSummary")

        self.figures_model: RowsTableModel[DayFigures] = RowsTableModel(
            [
                Column(self.tr("Technician"), lambda f: f.technician, lambda f: (f.technician, f.day)),
                Column(
                    self.tr("Day"), lambda f: format_date(f.day, "EEE d MMM", locale="fr_FR"), lambda f: f.day
                ),
                Column(self.tr("Visits"), lambda f: _change(f.visits_before, f.visits_after, str)),
                Column(
                    self.tr("Driving"),
                    lambda f: _change(f.drive_before_s, f.drive_after_s, labels.duration),
                    lambda f: f.drive_after_s - f.drive_before_s,
                ),
                Column(
                    self.tr("Difference"),
                    lambda f: _signed(f.drive_after_s - f.drive_before_s),
                    lambda f: f.drive_after_s - f.drive_before_s,
                    align_right=True,
                ),
                Column(
                    self.tr("Distance"),
                    lambda f: _change(f.distance_before_m, f.distance_after_m, labels.distance),
                    lambda f: f.distance_after_m - f.distance_before_m,
                ),
                Column(
                    self.tr("Back-and-forth"),
                    lambda f: _change(f.back_and_forth_before, f.back_and_forth_after, str),
                    lambda f: f.back_and_forth_after - f.back_and_forth_before,
                ),
            ],
            search_text=lambda f: f.technician,
        )
        self.figures_model.set_rows(proposal.figures)
        self.figures_view = QTableView()
        self.figures_view.setModel(self.figures_model)
        configure_table(self.figures_view)
        self.figures_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((130, 110, 100, 170, 90, 190)):
            self.figures_view.setColumnWidth(column, width)

        self.changes_model: RowsTableModel[VisitChange] = RowsTableModel(
            [
                Column(self.tr("Visit"), lambda c: c.number),
                Column(self.tr("Customer"), lambda c: c.customer),
                Column(self.tr("Town"), lambda c: c.city),
                Column(
                    self.tr("Before"),
                    lambda c: _when(c.before),
                    lambda c: c.before.start if c.before else None,
                ),
                Column(
                    self.tr("After"), lambda c: _when(c.after), lambda c: c.after.start if c.after else None
                ),
                Column(
                    self.tr("Promised window"),
                    self._promise_text,
                    lambda c: c.breaks_promise,
                    colour=lambda c: "#e8590c" if c.breaks_promise else None,
                ),
            ],
            search_text=lambda c: f"{c.number} {c.customer} {c.city}",
        )
        self.changes_model.set_rows(
            sorted(proposal.moved, key=lambda c: (not c.breaks_promise, c.after.start))
        )  # type: ignore[union-attr]
        self.changes_view = QTableView()
        self.changes_view.setModel(self.changes_model)
        configure_table(self.changes_view)
        self.changes_view.setColumnWidth(0, 110)
        self.changes_view.setColumnWidth(1, 190)
        self.changes_view.setColumnWidth(3, 190)
        self.changes_view.setColumnWidth(4, 190)

        self.unassigned_list = QListWidget()
        for change, reason in proposal.unassigned:
            where = self.tr(" (stays where it is)") if change.before is not None else ""
            self.unassigned_list.addItem(
                f"{change.number} · {change.customer} · {change.city} — {reason}{where}"
            )

        self.tabs = QTabWidget()
        self.tabs.addTab(self.figures_view, self.tr("Per technician and day"))
        self.tabs.addTab(
            self.changes_view, self.tr("Visits moved (%1)").replace("%1", str(len(proposal.moved)))
        )
        self.tabs.addTab(
            self.unassigned_list,
            self.tr("Not placed (%1)").replace("%1", str(len(proposal.unassigned))),
        )

        broken = proposal.promise_changes
        self.confirm = QCheckBox(
            self.tr(
                "I confirm the new times of %1 customer(s) outside their promised window: they will be told."
            ).replace("%1", str(len(broken)))
        )
        self.confirm.setVisible(bool(broken))
        self.error = QLabel()
        self.error.setObjectName("proposalError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        self.accept_all_button = QPushButton(self.tr("Accept all"))
        self.accept_all_button.setDefault(True)
        self.accept_for_button = QPushButton(self.tr("Accept for…"))
        self.accept_for_menu = QMenu(self.accept_for_button)
        for technician_id, name in proposal.technicians():
            if any(
                c.after
                and c.after.technician_id == technician_id
                or c.before
                and c.before.technician_id == technician_id
                for c in proposal.moved
            ):
                action = self.accept_for_menu.addAction(name)
                action.triggered.connect(lambda _=False, tid=technician_id: self.accept_for((tid,)))
        self.accept_for_button.setMenu(self.accept_for_menu)
        self.reject_button = QPushButton(self.tr("Reject"))
        nothing = not proposal.moved
        self.accept_all_button.setEnabled(not nothing)
        self.accept_for_button.setEnabled(not nothing and not self.accept_for_menu.isEmpty())
        self.accept_all_button.clicked.connect(self.accept_all)
        self.reject_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm, 1)
        buttons.addWidget(self.accept_all_button)
        buttons.addWidget(self.accept_for_button)
        buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        if proposal.moved:
            self.tabs.setCurrentIndex(1 if broken else 0)

    def _promise_text(self, change: VisitChange) -> str:
        if change.promised_from is None or change.promised_until is None:
            return ""
        window = f"{to_paris(change.promised_from):%H:%M}–{to_paris(change.promised_until):%H:%M}"
        return self.tr("%1: changes, to confirm").replace("%1", window) if change.breaks_promise else window

    def _summary_text(self) -> str:
        p = self.proposal
        before, after = p.total("drive_before_s"), p.total("drive_after_s")
        saved = before - after
        lines = []
        if p.interrupted:
            lines.append("<b>" + self.tr("Stopped before the end: the best proposal found so far.") + "</b>")
        if not p.moved:
            lines.append(
                "<b>" + self.tr("The current plan is already the best found: nothing to change.") + "</b>"
            )
        if saved >= 0:
            difference = self.tr("%1 saved").replace("%1", labels.duration(saved))
        elif p.newly_planned:
            difference = (
                self.tr("%1 more, with %2 visit(s) added")
                .replace("%1", labels.duration(-saved))
                .replace("%2", str(len(p.newly_planned)))
            )
        else:
            difference = self.tr("%1 more").replace("%1", labels.duration(-saved))
        lines.append(
            self.tr("Driving: %1 → %2 (%3) · distance: %4 → %5 · back-and-forth: %6 → %7")
            .replace("%1", labels.duration(before))
            .replace("%2", labels.duration(after))
            .replace("%3", difference)
            .replace("%4", labels.distance(p.total("distance_before_m")))
            .replace("%5", labels.distance(p.total("distance_after_m")))
            .replace("%6", str(p.total("back_and_forth_before")))
            .replace("%7", str(p.total("back_and_forth_after")))
        )
        lines.append(
            self.tr(
                "%1 visit(s) moved, of which %2 newly planned; %3 customer(s) whose promised window would change; "
                "%4 visit(s) not placed."
            )
            .replace("%1", str(len(p.moved)))
            .replace("%2", str(len(p.newly_planned)))
            .replace("%3", str(len(p.promise_changes)))
            .replace("%4", str(len(p.unassigned)))
        )
        if p.request.absent_technician_id is not None:
            customers = optimisation.proposal_customers(p)
            lines.append(
                self.tr("Customers whose visit moves (told on acceptance): %1").replace(
                    "%1", ", ".join(customers) if customers else "—"
                )
            )
        for warning in p.warnings:
            lines.append("<span style='color:#b35c00'>⚠ " + html.escape(warning) + "</span>")
        lines.append(
            "<span style='color:#666'>"
            + self.tr("Computed in %1 s; nothing is changed until you accept.").replace(
                "%1", f"{p.seconds:.0f}"
            )
            + "</span>"
        )
        return "<br>".join(lines)

    def accept_all(self) -> None:
        self._accept(None)

    def accept_for(self, technician_ids: tuple[int, ...]) -> None:
        self._accept(technician_ids)

    def _accept(self, technician_ids: tuple[int, ...] | None) -> None:
        self.error.clear()
        for button in (self.accept_all_button, self.accept_for_button):
            button.setEnabled(False)
        Op(
            self.ctx,
            optimisation.accept_proposal,
            self.proposal,
            technician_ids=technician_ids,
            confirm_promise_changes=self.confirm.isChecked(),
            absence_kind=self.absence_kind,
        ).parent(self).changes(
            Changes(visits=True, technicians=self.proposal.request.absent_technician_id is not None)
        ).success(self._applied).failure(self._refused).run()

    def _applied(self, result: AcceptResult) -> None:
        self.applied.emit(result)
        self.accept()

    def _refused(self, exc: Exception) -> bool:
        for button in (self.accept_all_button, self.accept_for_button):
            button.setEnabled(True)
        if isinstance(exc, PlannerError):
            self.error.setText(str(exc))
            return True
        return False


def replan_day_default(today: date, monday: date) -> date:
    """The day a replan proposes: today when it is in the week shown, else the week's Monday."""
    return today if monday <= today < monday + timedelta(days=7) else monday
