"""« Saisir le compte rendu »: the outcome of a visit, typed fast from the keyboard.

Tab goes from arrival to departure, the checklist (Space ticks, Ctrl+T ticks everything), the
observations, an anomaly (Enter adds it), a part (Enter adds it), the satisfaction score and its
comment; Ctrl+Enter saves.  The overrun and what it will bill show as the times are typed.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QStringListModel, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.outcomes import AnomalySeverity, FollowUpKind, overrun
from planner.domain.quotes import VAT_RATES, format_quantity, parse_cents, parse_quantity
from planner.domain.timeutil import paris_instant, to_paris
from planner.services import outcomes as outcome_service
from planner.services import quotes as quote_service
from planner.services.outcomes import AnomalyInput, ChecklistItem, OutcomeForm, OutcomeInput, PartInput
from planner.services.quotes import CatalogueItemView
from planner.ui import labels
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.widgets import EnterDoesNotSubmit, ErrorBanner, FormErrors, section_title, show_refusal

OUTCOME_CHANGES = Changes(customers=True, visits=True)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _minutes_text(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d}" if minutes >= 60 else f"{minutes} min"


class OutcomeDialog(EnterDoesNotSubmit, QDialog):
    saved = Signal(int)  # visit id

    def __init__(self, ctx: AppContext, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.form: OutcomeForm | None = None
        self._catalogue: list[CatalogueItemView] = []
        self.new_anomalies: list[AnomalyInput] = []
        self.quote_requests: list[str] = []
        self.parts: list[PartInput] = []
        self.new_files: list[str] = []
        self.setWindowTitle(self.tr("Visit outcome"))
        self.setMinimumSize(820, 720)

        self.banner = ErrorBanner(self)
        self.header = QLabel(self.tr("Loading…"))
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)

        # Times
        self.day = QDateEdit(calendarPopup=True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.arrival = QTimeEdit()
        self.arrival.setDisplayFormat("HH:mm")
        self.departure = QTimeEdit()
        self.departure.setDisplayFormat("HH:mm")
        self.overrun_label = QLabel()
        self.overrun_label.setObjectName("overrunLabel")
        times = QHBoxLayout()
        for text, widget in ((self.tr("Day"), self.day), (self.tr("Arrival"), self.arrival),
                             (self.tr("Departure"), self.departure)):
            times.addWidget(QLabel(text))
            times.addWidget(widget)
        times.addStretch()
        self.overrun_label.setWordWrap(True)

        # Checklist
        self.checklist = QListWidget()
        self.checklist.setObjectName("outcomeChecklist")
        self.checklist.setMaximumHeight(150)
        self.check_all = QPushButton(self.tr("Tick all (Ctrl+T)"))
        checklist_box = self.checklist_box = QGroupBox(self.tr("Checklist"))
        checklist_layout = QVBoxLayout(checklist_box)
        checklist_layout.addWidget(self.checklist)
        checklist_layout.addWidget(self.check_all, 0, Qt.AlignmentFlag.AlignLeft)

        self.observations = QPlainTextEdit()
        self.observations.setPlaceholderText(self.tr("What was done and seen"))
        self.observations.setTabChangesFocus(True)
        self.observations.setMaximumHeight(80)

        # Anomalies
        self.anomaly_list = QListWidget()
        self.anomaly_list.setMaximumHeight(80)
        self.anomaly_text = QLineEdit()
        self.anomaly_text.setObjectName("anomalyText")
        self.anomaly_text.setPlaceholderText(self.tr("Anomaly found (Enter to add)"))
        self.severity = QComboBox()
        for severity in AnomalySeverity:
            self.severity.addItem(labels.anomaly_severity(severity), severity.value)
        self.severity.setCurrentIndex(self.severity.findData(AnomalySeverity.MAJOR.value))
        self.follow_up = QComboBox()
        for kind in FollowUpKind:
            self.follow_up.addItem(labels.follow_up_kind(kind), kind.value)
        self.anomaly_add = QPushButton(self.tr("Add"))
        anomaly_row = QHBoxLayout()
        anomaly_row.addWidget(self.anomaly_text, 1)
        anomaly_row.addWidget(self.severity)
        anomaly_row.addWidget(self.follow_up)
        anomaly_row.addWidget(self.anomaly_add)
        self.quote_text = QLineEdit()
        self.quote_text.setObjectName("quoteRequestText")
        self.quote_text.setPlaceholderText(self.tr("Quote the customer asked for on site (Enter to add)"))
        self.quote_add = QPushButton(self.tr("Add"))
        quote_row = QHBoxLayout()
        quote_row.addWidget(self.quote_text, 1)
        quote_row.addWidget(self.quote_add)
        anomalies_box = QGroupBox(self.tr("Anomalies and quotes asked for (each one starts its follow-up)"))
        anomalies_layout = QVBoxLayout(anomalies_box)
        anomalies_layout.addWidget(self.anomaly_list)
        anomalies_layout.addLayout(anomaly_row)
        anomalies_layout.addLayout(quote_row)

        # Parts
        self.part_list = QListWidget()
        self.part_list.setMaximumHeight(80)
        self.part_text = QLineEdit()
        self.part_text.setObjectName("partText")
        self.part_text.setPlaceholderText(self.tr("Part used: catalogue code or words (Enter to add)"))
        self.part_quantity = QLineEdit("1")
        self.part_quantity.setMaximumWidth(60)
        self.part_price = QLineEdit("0,00")
        self.part_price.setMaximumWidth(90)
        self.part_price.setToolTip(self.tr("Unit price excluding VAT"))
        self.part_billable = QCheckBox(self.tr("Billable"))
        self.part_billable.setChecked(True)
        self.part_add = QPushButton(self.tr("Add"))
        self.part_remove = QPushButton(self.tr("Remove"))
        part_row = QHBoxLayout()
        part_row.addWidget(self.part_text, 1)
        part_row.addWidget(QLabel(self.tr("Qty")))
        part_row.addWidget(self.part_quantity)
        part_row.addWidget(QLabel(self.tr("Price excl. VAT")))
        part_row.addWidget(self.part_price)
        part_row.addWidget(self.part_billable)
        part_row.addWidget(self.part_add)
        part_row.addWidget(self.part_remove)
        parts_box = QGroupBox(self.tr("Parts used"))
        parts_layout = QVBoxLayout(parts_box)
        parts_layout.addWidget(self.part_list)
        parts_layout.addLayout(part_row)

        # Files
        self.file_list = QListWidget()
        self.file_list.setMaximumHeight(60)
        self.file_add = QPushButton(self.tr("Attach photos or files…"))
        files_box = QGroupBox(self.tr("Photos and files"))
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self.file_list)
        files_layout.addWidget(self.file_add, 0, Qt.AlignmentFlag.AlignLeft)

        # Satisfaction
        self.satisfaction = QSpinBox()
        self.satisfaction.setObjectName("satisfaction")
        self.satisfaction.setRange(0, 5)
        self.satisfaction.setSpecialValueText("—")
        self.satisfaction.setSuffix(" / 5")
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("What the customer said"))
        satisfaction = QGridLayout()
        satisfaction.addWidget(QLabel(self.tr("Customer satisfaction")), 0, 0)
        satisfaction.addWidget(self.satisfaction, 0, 1)
        satisfaction.addWidget(self.comment, 0, 2)
        satisfaction.setColumnStretch(2, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(times)
        body_layout.addWidget(self.overrun_label)
        body_layout.addWidget(checklist_box)
        body_layout.addWidget(section_title(self.tr("Observations")))
        body_layout.addWidget(self.observations)
        body_layout.addWidget(anomalies_box)
        body_layout.addWidget(parts_box)
        body_layout.addWidget(files_box)
        body_layout.addLayout(satisfaction)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.errors = FormErrors(
            self.banner,
            {"Départ": self.departure, "Observations": self.observations, "Satisfaction": self.satisfaction,
             "Commentaire du client": self.comment, "Pièces jointes": self.file_list},
        )

        self.arrival.timeChanged.connect(lambda _: self._update_overrun())
        self.departure.timeChanged.connect(lambda _: self._update_overrun())
        self.check_all.clicked.connect(self.tick_all)
        self.anomaly_text.returnPressed.connect(self.add_anomaly)
        self.anomaly_add.clicked.connect(self.add_anomaly)
        self.quote_text.returnPressed.connect(self.add_quote_request)
        self.quote_add.clicked.connect(self.add_quote_request)
        self.part_text.returnPressed.connect(self.add_part)
        self.part_quantity.returnPressed.connect(self.add_part)
        self.part_price.returnPressed.connect(self.add_part)
        self.part_add.clicked.connect(self.add_part)
        self.part_remove.clicked.connect(self._remove_part)
        self.file_add.clicked.connect(self._choose_files)
        self.file_list.itemDoubleClicked.connect(self._open_file)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+T"), self, activated=self.tick_all)
        self.buttons.setEnabled(False)
        Op(ctx, outcome_service.get_outcome_form, visit_id).parent(self).success(self._loaded).run()
        Op(ctx, quote_service.list_catalogue, active_only=True).parent(self).success(self._catalogue_loaded).run()

    # -- loading ------------------------------------------------------------------------------
    def _loaded(self, form: OutcomeForm) -> None:
        self.form = form
        self.setWindowTitle(self.tr("Outcome — %1 — %2").replace("%1", form.number).replace("%2", form.customer_name))
        planned = ""
        if form.planned_start and form.planned_end:
            planned = self.tr("planned %1–%2 (%3 min)").replace("%1", f"{to_paris(form.planned_start):%d/%m/%Y %H:%M}").replace(
                "%2", f"{to_paris(form.planned_end):%H:%M}").replace("%3", str(form.duration_min))
        parts = [f"<b>{form.customer_name}</b> — {form.site_label}", f"{form.summary} · {planned}"]
        if form.technician:
            parts[-1] += " · " + self.tr("with %1").replace("%1", form.technician)
        if form.has_report:
            parts.append(self.tr("<i>Outcome already entered: saving again replaces it (anomalies already "
                                 "recorded stay).</i>"))
        self.header.setText("<br>".join(parts))
        start = form.arrival or form.planned_start
        end = form.departure or form.planned_end
        if start is not None:
            local = to_paris(start)
            self.day.setDate(QDate(local.year, local.month, local.day))
            self.arrival.setTime(_qtime(local.time()))
        if end is not None:
            self.departure.setTime(_qtime(to_paris(end).time()))
        self.checklist.clear()
        for item in form.checklist:
            entry = QListWidgetItem(item.label)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            self.checklist.addItem(entry)
        self.checklist_box.setVisible(bool(form.checklist))
        self.observations.setPlainText(form.observations)
        self.anomaly_list.clear()
        for anomaly in form.anomalies:
            follow = labels.follow_up_kind(anomaly.follow_up)
            self.anomaly_list.addItem(
                f"✓ [{labels.anomaly_severity(anomaly.severity)}] {anomaly.description} → {follow} {anomaly.follow_up_number}"
            )
        self.parts = list(form.parts)
        self._refresh_parts()
        self.file_list.clear()
        for attachment in form.attachments:
            entry = QListWidgetItem(f"✓ {attachment.original_name}")
            entry.setData(Qt.ItemDataRole.UserRole, str(attachment.path))
            entry.setToolTip(self.tr("Double-click to open"))
            self.file_list.addItem(entry)
        self.satisfaction.setValue(form.satisfaction or 0)
        self.comment.setText(form.satisfaction_comment)
        self._update_overrun()
        self.buttons.setEnabled(True)
        self.arrival.setFocus()
        self.arrival.selectAll()

    def _catalogue_loaded(self, items: list[CatalogueItemView]) -> None:
        self._catalogue = items
        texts = [f"{i.data.code} — {i.data.label}" for i in items]
        completer = QCompleter(QStringListModel(texts, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._catalogue_chosen)
        self.part_text.setCompleter(completer)

    def _catalogue_chosen(self, text: str) -> None:
        code = text.split(" — ")[0]
        item = next((i for i in self._catalogue if i.data.code == code), None)
        if item is not None:
            self.part_text.setText(item.data.label)
            self.part_text.setProperty("catalogue_item", item.id)
            self.part_price.setText(f"{item.data.unit_price_cents / 100:.2f}".replace(".", ","))
            self.part_quantity.setFocus()
            self.part_quantity.selectAll()

    # -- live figures -------------------------------------------------------------------------
    def minutes_on_site(self) -> int:
        return self.arrival.time().secsTo(self.departure.time()) // 60

    def _update_overrun(self) -> None:
        if self.form is None:
            return
        minutes = self.minutes_on_site()
        if minutes <= 0:
            self.overrun_label.setText(self.tr("Departure must follow arrival"))
            self.overrun_label.setStyleSheet("color: #c0392b;")
            return
        result = overrun(self.form.duration_min, minutes, self.form.rule)
        text = self.tr("%1 on site for %2 planned").replace("%1", _minutes_text(minutes)).replace(
            "%2", _minutes_text(self.form.duration_min))
        if result.billed_min:
            text += " — " + self.tr("overrun %1 min: %2 excl. VAT billable").replace(
                "%1", str(result.overrun_min)).replace("%2", labels.money(result.amount_cents))
            self.overrun_label.setStyleSheet("color: #b9770e; font-weight: 600;")
        else:
            if result.overrun_min:
                text += " — " + self.tr("overrun within the tolerance, not billed")
            self.overrun_label.setStyleSheet("color: #2e7d32;")
        self.overrun_label.setText(text)

    # -- entries ------------------------------------------------------------------------------
    def tick_all(self) -> None:
        for row in range(self.checklist.count()):
            self.checklist.item(row).setCheckState(Qt.CheckState.Checked)

    def add_anomaly(self) -> None:
        text = " ".join(self.anomaly_text.text().split())
        if not text:
            return
        anomaly = AnomalyInput(text, AnomalySeverity(self.severity.currentData()), FollowUpKind(self.follow_up.currentData()))
        self.new_anomalies.append(anomaly)
        self.anomaly_list.addItem(
            f"+ [{labels.anomaly_severity(anomaly.severity)}] {text} → {labels.follow_up_kind(anomaly.follow_up)}"
        )
        self.anomaly_text.clear()
        self.anomaly_text.setFocus()

    def add_quote_request(self) -> None:
        text = " ".join(self.quote_text.text().split())
        if not text:
            return
        self.quote_requests.append(text)
        self.anomaly_list.addItem("+ " + self.tr("Quote asked for: %1").replace("%1", text))
        self.quote_text.clear()
        self.quote_text.setFocus()

    def add_part(self) -> None:
        label = " ".join(self.part_text.text().split())
        if not label:
            return
        try:
            quantity = parse_quantity(self.part_quantity.text())
            price = parse_cents(self.part_price.text() or "0")
        except ValueError:
            self.errors.show({"Pièce": self.tr("quantity or price cannot be read (e.g. 2 and 12,50).")})
            return
        item_id = self.part_text.property("catalogue_item")
        item = next((i for i in self._catalogue if i.id == item_id and i.data.label == label), None)
        vat = item.data.vat_rate_bp if item else VAT_RATES[0]
        unit = item.data.unit if item else "u"
        self.parts.append(PartInput(label, quantity, price, vat, self.part_billable.isChecked(), unit,
                                    item.id if item else None))
        self.part_text.clear()
        self.part_text.setProperty("catalogue_item", None)
        self.part_quantity.setText("1")
        self.part_price.setText("0,00")
        self._refresh_parts()
        self.part_text.setFocus()

    def _remove_part(self) -> None:
        row = self.part_list.currentRow()
        if 0 <= row < len(self.parts):
            del self.parts[row]
            self._refresh_parts()

    def _refresh_parts(self) -> None:
        self.part_list.clear()
        for part in self.parts:
            price = labels.money(part.unit_price_cents) if part.unit_price_cents else ""
            billable = self.tr("billable") if part.billable else self.tr("included")
            self.part_list.addItem(f"{format_quantity(part.quantity_milli)} {part.unit} × {part.label}  {price}  ({billable})")

    def add_files(self, paths: list[str]) -> None:
        for path in paths:
            if path and path not in self.new_files:
                self.new_files.append(path)
                entry = QListWidgetItem(f"+ {path.replace(chr(92), '/').rsplit('/', 1)[-1]}")
                entry.setData(Qt.ItemDataRole.UserRole, path)
                self.file_list.addItem(entry)

    def _open_file(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach photos or files"), "",
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.txt);;All files (*)"),
        )
        self.add_files(paths)

    # -- saving -------------------------------------------------------------------------------
    def outcome_input(self) -> OutcomeInput:
        qdate = self.day.date()
        day = date(qdate.year(), qdate.month(), qdate.day())
        arrival = paris_instant(day, time(self.arrival.time().hour(), self.arrival.time().minute()))
        departure = paris_instant(day, time(self.departure.time().hour(), self.departure.time().minute()))
        checklist = tuple(
            ChecklistItem(self.checklist.item(i).text(), self.checklist.item(i).checkState() == Qt.CheckState.Checked)
            for i in range(self.checklist.count())
        )
        pending = " ".join(self.anomaly_text.text().split())
        anomalies = list(self.new_anomalies)
        if pending:  # typed but not added: keep it rather than lose it
            anomalies.append(AnomalyInput(pending, AnomalySeverity(self.severity.currentData()),
                                          FollowUpKind(self.follow_up.currentData())))
        requests = list(self.quote_requests)
        if " ".join(self.quote_text.text().split()):
            requests.append(self.quote_text.text())
        return OutcomeInput(
            arrival=arrival, departure=departure, checklist=checklist, observations=self.observations.toPlainText(),
            anomalies=tuple(anomalies), parts=tuple(self.parts), attachments=tuple(self.new_files),
            quote_requests=tuple(requests),
            satisfaction=self.satisfaction.value() or None, satisfaction_comment=self.comment.text(),
        )

    def accept(self) -> None:
        if self.form is None or not self.buttons.isEnabled():
            return
        data = self.outcome_input()
        self.buttons.setEnabled(False)
        Op(self.ctx, outcome_service.save_outcome, self.visit_id, self.form.visit_version, data).parent(self).changes(
            OUTCOME_CHANGES
        ).success(self._done).failure(self._refused).run()

    def _done(self, result: outcome_service.OutcomeResult) -> None:
        self.buttons.setEnabled(True)
        self.result = result
        self.saved.emit(self.visit_id)
        super().accept()

    def _refused(self, exc: Exception) -> bool:
        self.buttons.setEnabled(True)
        return show_refusal(exc, self.errors, self.banner)

