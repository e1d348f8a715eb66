"""« Messages aux clients »: what was sent, what waits, what failed — and sending again."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import OutboxStatus
from planner.services import outbox as outbox_service
from planner.services.outbox import OutboxRow, SendReport
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.table_model import Column, RowsTableModel
from planner.ui.widgets import configure_table

#: The key of the sending op: one at a time, whether started by the timer or by hand.
OUTBOX_SEND = "outbox-send"


def status_label(status: OutboxStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        OutboxStatus.PENDING: QCoreApplication.translate("OutboxDialog", "Waiting"),
        OutboxStatus.SENDING: QCoreApplication.translate("OutboxDialog", "Sending"),
        OutboxStatus.SENT: QCoreApplication.translate("OutboxDialog", "Sent"),
        OutboxStatus.FAILED: QCoreApplication.translate("OutboxDialog", "Failed"),
        OutboxStatus.CANCELLED: QCoreApplication.translate("OutboxDialog", "Withdrawn"),
    }[status]


class OutboxDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Messages to customers"))
        self.resize(1100, 560)
        self.status = QComboBox()
        self.status.addItem(self.tr("All messages"), None)
        for status in OutboxStatus:
            self.status.addItem(status_label(status), status.value)
        self.send_button = QPushButton(self.tr("Send due messages now"))
        self.retry_button = QPushButton(self.tr("Send again"))
        self.report = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.status)
        top.addWidget(self.report, 1)
        top.addWidget(self.retry_button)
        top.addWidget(self.send_button)
        self.model: RowsTableModel[OutboxRow] = RowsTableModel(
            [
                Column(self.tr("Status"), lambda r: status_label(r.status)),
                Column(self.tr("Message"), lambda r: r.kind),
                Column(self.tr("Customer"), lambda r: r.customer),
                Column(self.tr("To"), lambda r: r.recipient),
                Column(self.tr("Subject"), lambda r: r.subject),
                Column(self.tr("Not before"), lambda r: r.not_before),
                Column(self.tr("Sent"), lambda r: r.sent_at),
                Column(self.tr("Attempts"), lambda r: r.attempts, align_right=True),
                Column(self.tr("Last error"), lambda r: r.last_error, tooltip=lambda r: r.last_error),
            ],
            search_text=lambda r: "",
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._rows: list[OutboxRow] = []
        self.status.currentIndexChanged.connect(self._apply_filter)
        self.send_button.clicked.connect(self.send_now)
        self.retry_button.clicked.connect(self.retry)
        ctx.changed.connect(self._on_changes)
        self.reload()

    def _on_changes(self, changes: Changes) -> None:
        if changes.visits or changes.settings:
            self.reload()

    def reload(self) -> None:
        Op(self.ctx, outbox_service.list_outbox).key("outbox-list").parent(self).success(self._loaded).run()

    def _loaded(self, rows: list[OutboxRow]) -> None:
        self._rows = rows
        self._apply_filter()

    def _apply_filter(self) -> None:
        wanted = self.status.currentData()
        self.model.set_rows([r for r in self._rows if wanted is None or r.status == wanted])
        self.table.resizeColumnsToContents()

    def send_now(self) -> None:
        if self.ctx.running(OUTBOX_SEND):
            self.report.setText(self.tr("Messages are being sent already; the list updates when it is done."))
            return
        self.send_button.setEnabled(False)
        Op(self.ctx, outbox_service.send_pending).key(OUTBOX_SEND).parent(self).with_progress(
            self.tr("Sending messages…")
        ).changes(
            Changes(visits=True)
        ).success(self._sent).failure(lambda exc: self.send_button.setEnabled(True) or False).run()

    def _sent(self, report: SendReport) -> None:
        self.send_button.setEnabled(True)
        text = report.describe()
        if report.errors:
            text += " " + report.errors[0]
        self.report.setText(text)

    def retry(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        Op(self.ctx, outbox_service.retry_message, row.id).parent(self).changes(Changes(visits=True)).run()
