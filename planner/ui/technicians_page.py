"""« Techniciens »: the team, and an editor for hours, lunch, skills and absences."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QSettings, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import AbsenceKind
from planner.domain.errors import PlannerError, ValidationError
from planner.services import technicians as technician_service
from planner.services.technicians import (
    AbsenceView,
    ShiftInput,
    SkillView,
    TechnicianDetail,
    TechnicianInput,
    TechnicianRow,
    default_shifts,
)
from planner.services.validation import phone_display
from planner.ui import labels
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.table_model import Column, RowsTableModel
from planner.ui.widgets import (
    ColourButton,
    ErrorBanner,
    FilterEdit,
    FormErrors,
    ReloadsWhenShown,
    configure_table,
    empty_state,
    show_refusal,
)
from planner.ui.zones_dialog import open_zones_dialog

WEEKDAY_KEYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _hours(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d}" if minutes % 60 else f"{minutes // 60} h"


class TechniciansPage(ReloadsWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True

        self.filter = FilterEdit(self.tr("Filter: name, skill"))
        self.filter.setMinimumWidth(160)
        self.new_button = QPushButton(self.tr("New technician"))
        self.print_button = QPushButton(self.tr("Print rounds…"))
        self.print_button.setToolTip(self.tr("Day sheets and work orders of a day or a week (Ctrl+P)"))
        self.zones_button = QPushButton(self.tr("Zones…"))
        self.zones_button.setToolTip(self.tr("Which technician covers which zone on which weekday"))
        self.model: RowsTableModel[TechnicianRow] = RowsTableModel(
            [
                Column(self.tr("Technician"), lambda r: r.name, colour=lambda r: r.colour),
                Column(self.tr("Skills"), lambda r: r.skills),
                Column(self.tr("Hours/week"), lambda r: _hours(r.weekly_minutes), sort_key=lambda r: r.weekly_minutes, align_right=True),
                Column(self.tr("Next absence"), lambda r: r.next_absence),
                Column(self.tr("Active"), lambda r: r.active),
            ],
            search_text=lambda r: f"{r.name} {r.skills}".lower(),
        )
        self.table = QTableView()
        self.table.setObjectName("techniciansTable")
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.editor = TechnicianEditor(ctx)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.print_button)
        top.addWidget(self.zones_button)
        top.addStretch(1)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        # The editor needs about 900 pixels (two columns: identity and places, hours and absences).
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.filter.textChanged.connect(lambda text: self.model.set_filter(text))
        self.new_button.clicked.connect(self.new_item)
        self.print_button.clicked.connect(self.print_rounds)
        self.zones_button.clicked.connect(lambda: open_zones_dialog(self.ctx, self))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor.saved.connect(self._saved)
        ctx.changed.connect(self._on_changes)

    def print_rounds(self) -> None:
        from planner.ui.printing import PrintRoundsDialog

        PrintRoundsDialog(self.ctx, self, technician_id=self.editor.technician_id).open()

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def new_item(self) -> None:
        self.table.clearSelection()
        self.editor.new_technician()

    def reload(self) -> None:
        self._dirty = False
        Op(self.ctx, technician_service.list_technicians).key("technicians-list").parent(self).success(self._loaded).run()

    def _loaded(self, rows: list[TechnicianRow]) -> None:
        current = self.editor.technician_id
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if current is not None:
            self._select(current)
        elif rows and not self.editor.is_new:
            self.table.selectRow(0)

    def _select(self, technician_id: int) -> None:
        row = self.model.find(lambda r: r.id == technician_id)
        if row >= 0:
            self.table.selectRow(row)

    def _current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if current.isValid():
            row = self.model.row_at(current.row())
            if row.id != self.editor.technician_id:
                self.editor.show_technician(row.id)

    def _saved(self, technician_id: int) -> None:
        self.editor.technician_id = technician_id

    def _on_changes(self, changes: Changes) -> None:
        if changes.technicians:
            self.reload_or_mark()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("technicians/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        if (state := settings.value("technicians/splitter")) is not None:
            self.splitter.restoreState(state)


class _DayRow:
    """One weekday in the hours grid: works? from–to, and an optional second span."""

    def __init__(self, grid: QGridLayout, row: int, name: str) -> None:
        self.works = QCheckBox(name)
        self.start = QTimeEdit(QTime(8, 0))
        self.end = QTimeEdit(QTime(18, 0))
        self.split = QCheckBox()
        self.start2 = QTimeEdit(QTime(14, 0))
        self.end2 = QTimeEdit(QTime(18, 0))
        for edit in (self.start, self.end, self.start2, self.end2):
            edit.setDisplayFormat("HH:mm")
        for column, widget in enumerate((self.works, self.start, self.end, self.split, self.start2, self.end2)):
            grid.addWidget(widget, row, column)
        self.works.toggled.connect(self._refresh)
        self.split.toggled.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        works = self.works.isChecked()
        for widget in (self.start, self.end, self.split):
            widget.setEnabled(works)
        for widget in (self.start2, self.end2):
            widget.setEnabled(works and self.split.isChecked())

    def load(self, spans: list[ShiftInput]) -> None:
        self.works.setChecked(bool(spans))
        if spans:
            self.start.setTime(_qtime(spans[0].starts))
            self.end.setTime(_qtime(spans[0].ends))
        self.split.setChecked(len(spans) > 1)
        if len(spans) > 1:
            self.start2.setTime(_qtime(spans[1].starts))
            self.end2.setTime(_qtime(spans[-1].ends))

    def spans(self, weekday: int) -> list[ShiftInput]:
        if not self.works.isChecked():
            return []
        spans = [ShiftInput(weekday, _time(self.start.time()), _time(self.end.time()))]
        if self.split.isChecked():
            spans.append(ShiftInput(weekday, _time(self.start2.time()), _time(self.end2.time())))
        return spans


class TechnicianEditor(QWidget):
    """Edit one technician; saving goes through the service with a version check."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: TechnicianDetail | None = None
        self.technician_id: int | None = None
        self.is_new = False
        self._skills: list[SkillView] = []

        self.stack = QStackedWidget()
        self.stack.addWidget(empty_state(self.tr("Select a technician, or create one (Ctrl+N).")))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        self.stack.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.banner = ErrorBanner()

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.colour = ColourButton()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.active = QCheckBox(self.tr("Active (can be given visits)"))
        identity = QGroupBox(self.tr("Identity"))
        identity_form = QFormLayout(identity)
        identity_form.addRow(self.tr("First name"), self.first_name)
        identity_form.addRow(self.tr("Last name"), self.last_name)
        identity_form.addRow(self.tr("Colour on the board"), self.colour)
        identity_form.addRow(self.tr("Email"), self.email)
        identity_form.addRow(self.tr("Mobile"), self.phone)
        identity_form.addRow("", self.active)

        self.skills_box = QGroupBox(self.tr("Skills"))
        self.skills_layout = QVBoxLayout(self.skills_box)
        self.skill_checks: dict[int, QCheckBox] = {}
        self.new_skill = QPushButton(self.tr("New skill…"))
        self.new_skill.clicked.connect(self._create_skill)

        hours = QGroupBox(self.tr("Working hours"))
        grid = QGridLayout(hours)
        for column, text in enumerate(
            (self.tr("Day"), self.tr("From"), self.tr("To"), self.tr("Split"), self.tr("From"), self.tr("To"))
        ):
            header = QLabel(text)
            header.setStyleSheet("color: #555;")
            grid.addWidget(header, 0, column)
        self.days = [_DayRow(grid, index + 1, labels.weekday(index)) for index in range(7)]
        self.lunch_from = QTimeEdit(QTime(12, 0))
        self.lunch_to = QTimeEdit(QTime(14, 0))
        self.lunch_minutes = QSpinBox()
        self.lunch_minutes.setRange(0, 180)
        self.lunch_minutes.setSingleStep(15)
        self.lunch_minutes.setSuffix(" min")
        for edit in (self.lunch_from, self.lunch_to):
            edit.setDisplayFormat("HH:mm")
        lunch = QHBoxLayout()
        lunch.addWidget(QLabel(self.tr("Lunch break of")))
        lunch.addWidget(self.lunch_minutes)
        lunch.addWidget(QLabel(self.tr("between")))
        lunch.addWidget(self.lunch_from)
        lunch.addWidget(QLabel(self.tr("and")))
        lunch.addWidget(self.lunch_to)
        lunch.addStretch()
        self.weekly_total = QLabel()
        hours_box = QVBoxLayout()
        hours_box.addWidget(hours)
        hours_box.addLayout(lunch)
        hours_box.addWidget(self.weekly_total)

        self.start_label = QLineEdit()
        self.start_label.setPlaceholderText(self.tr("e.g. Office, 3 avenue du Pré-Félin, Annecy"))
        self.start_lat = _coordinate(-90, 90)
        self.start_lon = _coordinate(-180, 180)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel(self.tr("lat.")))
        start_row.addWidget(self.start_lat)
        start_row.addWidget(QLabel(self.tr("lon.")))
        start_row.addWidget(self.start_lon)
        self.same_end = QCheckBox(self.tr("Ends the day where it starts"))
        self.same_end.setChecked(True)
        self.end_label = QLineEdit()
        self.end_lat = _coordinate(-90, 90)
        self.end_lon = _coordinate(-180, 180)
        end_row = QHBoxLayout()
        end_row.addWidget(QLabel(self.tr("lat.")))
        end_row.addWidget(self.end_lat)
        end_row.addWidget(QLabel(self.tr("lon.")))
        end_row.addWidget(self.end_lon)
        places = QGroupBox(self.tr("Start and end of the day"))
        places_form = QFormLayout(places)
        places_form.addRow(self.tr("Leaves from"), self.start_label)
        places_form.addRow("", start_row)
        places_form.addRow("", self.same_end)
        places_form.addRow(self.tr("Ends at"), self.end_label)
        places_form.addRow("", end_row)
        self.same_end.toggled.connect(self._same_end_toggled)

        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)

        self.absences_model: RowsTableModel[AbsenceView] = RowsTableModel(
            [
                Column(self.tr("Reason"), lambda a: labels.absence_kind(a.kind)),
                Column(self.tr("From"), lambda a: a.starts_at),
                Column(self.tr("To"), lambda a: a.ends_at),
                Column(self.tr("Note"), lambda a: a.note),
            ],
            search_text=lambda _: "",
        )
        self.absences = QTableView()
        self.absences.setModel(self.absences_model)
        configure_table(self.absences)
        self.absences.setMinimumHeight(110)
        self.add_absence = QPushButton(self.tr("Add an absence…"))
        self.remove_absence = QPushButton(self.tr("Remove"))
        absences_box = QGroupBox(self.tr("Absences"))
        absences_layout = QVBoxLayout(absences_box)
        absences_layout.addWidget(self.absences)
        absence_buttons = QHBoxLayout()
        absence_buttons.addWidget(self.add_absence)
        absence_buttons.addWidget(self.remove_absence)
        absence_buttons.addStretch()
        absences_layout.addLayout(absence_buttons)
        self.absences_box = absences_box

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        actions = QHBoxLayout()
        actions.addStretch()
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)

        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.title)
        body_layout.addWidget(self.banner)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(identity)
        left.addWidget(self.skills_box)
        left.addWidget(places)
        left.addStretch()
        right = QVBoxLayout()
        right.addLayout(hours_box)
        right.addWidget(absences_box)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body_layout.addLayout(columns)
        notes_form = QFormLayout()
        notes_form.addRow(self.tr("Notes"), self.notes)
        body_layout.addLayout(notes_form)
        body_layout.addLayout(actions)

        fields: dict[str, QWidget] = {
            "Prénom": self.first_name,
            "Nom": self.last_name,
            "Couleur": self.colour,
            "E-mail": self.email,
            "Téléphone": self.phone,
            "Durée du déjeuner": self.lunch_minutes,
            "Pause déjeuner": self.lunch_from,
            "Point de départ": self.start_label,
            "Point d'arrivée": self.end_label,
            "Compétences": self.skills_box,
        }
        for index, day in enumerate(self.days):
            fields[f"Horaires du {WEEKDAY_KEYS[index]}"] = day.works
        self.errors = FormErrors(self.banner, fields)

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        self.add_absence.clicked.connect(self._add_absence)
        self.remove_absence.clicked.connect(self._remove_absence)
        for day in self.days:
            for edit in (day.start, day.end, day.start2, day.end2):
                edit.timeChanged.connect(self._update_total)
            day.works.toggled.connect(self._update_total)
            day.split.toggled.connect(self._update_total)
        self.lunch_minutes.valueChanged.connect(self._update_total)
        ctx.changed.connect(self._on_changes)
        self._load_skills()

    # -- loading -----------------------------------------------------------------------------
    def _load_skills(self) -> None:
        Op(self.ctx, technician_service.list_skills).key("skills").parent(self).success(self._skills_loaded).run()

    def _skills_loaded(self, skills: list[SkillView]) -> None:
        checked = {sid for sid, box in self.skill_checks.items() if box.isChecked()}
        if self.detail is not None and not self.skill_checks:
            checked = set(self.detail.data.skill_ids)
        for box in self.skill_checks.values():
            box.deleteLater()
        self.skills_layout.removeWidget(self.new_skill)
        self.skill_checks = {}
        self._skills = skills
        for skill in skills:
            box = QCheckBox(f"{skill.code} — {skill.name}")
            box.setChecked(skill.id in checked)
            self.skill_checks[skill.id] = box
            self.skills_layout.addWidget(box)
        self.skills_layout.addWidget(self.new_skill)

    def show_technician(self, technician_id: int) -> None:
        self.technician_id = technician_id
        self.is_new = False
        Op(self.ctx, technician_service.get_technician, technician_id).key("technician-editor").parent(
            self
        ).success(self._show).run()

    def new_technician(self) -> None:
        self.detail = None
        self.technician_id = None
        self.is_new = True
        self._fill(TechnicianInput(shifts=default_shifts()))
        self.absences_model.set_rows([])
        self.absences_box.setEnabled(False)
        self.title.setText(self.tr("New technician"))
        self.stack.setCurrentIndex(1)
        self.first_name.setFocus()

    def _show(self, detail: TechnicianDetail) -> None:
        self.detail = detail
        self.technician_id = detail.id
        self.title.setText(detail.name)
        self._fill(detail.data)
        self.absences_model.set_rows(detail.absences)
        self.absences.resizeColumnsToContents()
        self.absences_box.setEnabled(True)
        self.stack.setCurrentIndex(1)

    def _fill(self, data: TechnicianInput) -> None:
        self.errors.clear()
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.colour.set_colour(data.colour)
        self.email.setText(data.email)
        self.phone.setText(phone_display(data.phone))
        self.active.setChecked(data.active)
        for skill_id, box in self.skill_checks.items():
            box.setChecked(skill_id in data.skill_ids)
        for index, day in enumerate(self.days):
            day.load([s for s in data.shifts if s.weekday == index])
        self.lunch_from.setTime(_qtime(data.lunch_earliest))
        self.lunch_to.setTime(_qtime(data.lunch_latest))
        self.lunch_minutes.setValue(data.lunch_minutes)
        self.start_label.setText(data.start_label)
        self.start_lat.setValue(data.start_lat or 0.0)
        self.start_lon.setValue(data.start_lon or 0.0)
        same = (data.end_lat, data.end_lon, data.end_label) in (
            (data.start_lat, data.start_lon, data.start_label),
            (None, None, ""),
        )
        self.same_end.setChecked(same)
        self.end_label.setText(data.end_label)
        self.end_lat.setValue(data.end_lat or 0.0)
        self.end_lon.setValue(data.end_lon or 0.0)
        self._same_end_toggled(same)
        self.notes.setPlainText(data.notes)
        self._update_total()

    def _same_end_toggled(self, same: bool) -> None:
        for widget in (self.end_label, self.end_lat, self.end_lon):
            widget.setEnabled(not same)

    def _update_total(self) -> None:
        shifts = [s for index, day in enumerate(self.days) for s in day.spans(index)]
        minutes = technician_service.weekly_minutes(tuple(shifts), self.lunch_minutes.value())
        self.weekly_total.setText(self.tr("%1 a week, lunch breaks excluded").replace("%1", _hours(max(0, minutes))))

    def _on_changes(self, changes: Changes) -> None:
        if changes.technicians and self.technician_id is not None and not self.is_new:
            self.show_technician(self.technician_id)

    # -- saving ------------------------------------------------------------------------------
    def technician_input(self) -> TechnicianInput:
        def position(spin_lat: QDoubleSpinBox, spin_lon: QDoubleSpinBox) -> tuple[float | None, float | None]:
            lat, lon = spin_lat.value(), spin_lon.value()
            return (None, None) if lat == 0 and lon == 0 else (lat, lon)

        start_lat, start_lon = position(self.start_lat, self.start_lon)
        if self.same_end.isChecked():
            end_label, end_lat, end_lon = self.start_label.text(), start_lat, start_lon
        else:
            end_label = self.end_label.text()
            end_lat, end_lon = position(self.end_lat, self.end_lon)
        return TechnicianInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            colour=self.colour.colour,
            email=self.email.text(),
            phone=self.phone.text(),
            active=self.active.isChecked(),
            start_label=self.start_label.text(),
            start_lat=start_lat,
            start_lon=start_lon,
            end_label=end_label,
            end_lat=end_lat,
            end_lon=end_lon,
            lunch_earliest=_time(self.lunch_from.time()),
            lunch_latest=_time(self.lunch_to.time()),
            lunch_minutes=self.lunch_minutes.value(),
            notes=self.notes.toPlainText(),
            skill_ids=tuple(sid for sid, box in self.skill_checks.items() if box.isChecked()),
            shifts=tuple(s for index, day in enumerate(self.days) for s in day.spans(index)),
        )

    def save(self) -> None:
        data = self.technician_input()
        try:
            technician_service.validate_technician(data)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        self.errors.clear()
        self.save_button.setEnabled(False)
        version = self.detail.version if self.detail is not None else None
        Op(self.ctx, technician_service.save_technician, self.technician_id, version, data).parent(self).changes(
            Changes(technicians=True)
        ).success(self._saved).failure(self._refused).run()

    def _saved(self, technician_id: int) -> None:
        self.save_button.setEnabled(True)
        self.is_new = False
        self.technician_id = technician_id
        self.saved.emit(technician_id)

    def _refused(self, exc: Exception) -> bool:
        self.save_button.setEnabled(True)
        return show_refusal(exc, self.errors, self.banner)

    def _revert(self) -> None:
        if self.detail is not None:
            self._show(self.detail)
        elif self.is_new:
            self.new_technician()

    def _create_skill(self) -> None:
        dialog = SkillDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            Op(self.ctx, technician_service.create_skill, dialog.code.text(), dialog.name.text()).parent(
                self
            ).success(lambda _: self._load_skills()).run()

    def _add_absence(self) -> None:
        if self.technician_id is None:
            return
        AbsenceDialog(self.ctx, self.technician_id, self).open()

    def _remove_absence(self) -> None:
        index = self.absences.currentIndex()
        if not index.isValid():
            return
        absence = self.absences_model.row_at(index.row())
        answer = QMessageBox.question(
            self,
            self.tr("Remove absence"),
            self.tr("Remove this absence? The technician becomes available again on those days."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            Op(self.ctx, technician_service.delete_absence, absence.id).parent(self).changes(
                Changes(technicians=True)
            ).run()


def _coordinate(low: float, high: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(5)
    spin.setSpecialValueText("—")
    spin.setValue(0.0)
    return spin


class SkillDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New skill"))
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code.setPlaceholderText("IRVE")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Charging stations"))
        form = QFormLayout(self)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AbsenceDialog(QDialog):
    def __init__(self, ctx: AppContext, technician_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.technician_id = technician_id
        self.setWindowTitle(self.tr("New absence"))
        self.banner = ErrorBanner(self)
        self.kind = QComboBox()
        for kind in AbsenceKind:
            self.kind.addItem(labels.absence_kind(kind), kind)
        self.first_day = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.last_day = QDateEdit(QDate.currentDate(), calendarPopup=True)
        for edit in (self.first_day, self.last_day):
            edit.setDisplayFormat("dd/MM/yyyy")
        self.first_day.dateChanged.connect(
            lambda d: self.last_day.setDate(d) if self.last_day.date() < d else None
        )
        self.hours = QCheckBox(self.tr("Only part of the day"))
        self.starts = QTimeEdit(QTime(8, 0))
        self.ends = QTimeEdit(QTime(12, 0))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
            edit.setEnabled(False)
        self.hours.toggled.connect(self.starts.setEnabled)
        self.hours.toggled.connect(self.ends.setEnabled)
        self.note = QLineEdit()
        times = QHBoxLayout()
        times.addWidget(self.hours)
        times.addWidget(QLabel(self.tr("from")))
        times.addWidget(self.starts)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.ends)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.kind)
        form.addRow(self.tr("First day"), self.first_day)
        form.addRow(self.tr("Last day"), self.last_day)
        form.addRow("", times)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        first = self.first_day.date()
        last = self.last_day.date()
        part = self.hours.isChecked()
        self.buttons.setEnabled(False)
        Op(
            self.ctx,
            technician_service.add_absence,
            self.technician_id,
            AbsenceKind(self.kind.currentData()),
            date(first.year(), first.month(), first.day()),
            date(last.year(), last.month(), last.day()),
            self.note.text(),
            starts=_time(self.starts.time()) if part else None,
            ends=_time(self.ends.time()) if part else None,
        ).parent(self).changes(Changes(technicians=True)).success(lambda _: super(AbsenceDialog, self).accept()).failure(
            self._refused
        ).run()

    def _refused(self, exc: Exception) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(exc, PlannerError):
            self.banner.show_message(str(exc))
            return True
        return False
