"""Renewing a contract: the notice the law requires (preview, send by email, or print the letter
— same text — and record it as posted), then renewal for the next period — or the customer's
refusal and the end of the contract.  Also the change of tier."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import ContactChannel, ContractStatus
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.timeutil import paris_today
from planner.services import contracts as contract_service
from planner.services import printing as printing_service
from planner.services import renewals as renewal_service
from planner.services.contracts import ContractDetail, TierView
from planner.services.printing import PrintResult
from planner.services.renewals import NoticePreview
from planner.ui import labels, printing
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.table_model import display
from planner.ui.widgets import EnterDoesNotSubmit, ErrorBanner

CONTRACT_CHANGES = Changes(contracts=True, customers=True, visits=True)


class RenewalDialog(EnterDoesNotSubmit, QDialog):
    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, contract_id: int, parent: QWidget | None = None, *, on: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contract_id = contract_id
        self.on = on or paris_today()
        self.preview: NoticePreview | None = None
        self.setWindowTitle(self.tr("Contract renewal"))
        self.setMinimumSize(760, 640)
        self.banner = ErrorBanner(self)
        self.notice = QLabel()
        self.notice.setObjectName("renewalNotice")
        self.notice.setStyleSheet(
            "QLabel#renewalNotice { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.notice.hide()
        self.header = QLabel(self.tr("Loading…"))
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.browser = QTextBrowser()
        self.browser.setObjectName("noticePreview")
        self.send_button = QPushButton(self.tr("Send the notice by email"))
        self.print_letter_button = QPushButton(self.tr("Print the letter…"))
        self.print_letter_button.setToolTip(self.tr("The notice as a letter for a window envelope, same text as the email"))
        self.export_letter_button = QPushButton(self.tr("Export the PDF…"))
        self.letter_button = QPushButton(self.tr("Record a posted letter"))
        self.letter_button.setToolTip(self.tr("The notice was printed and posted: record it with its text"))
        self.copy_button = QPushButton(self.tr("Copy the text"))
        self.renew_button = QPushButton(self.tr("Renew for the next period"))
        self.refuse_button = QPushButton(self.tr("Customer refuses renewal"))
        self.end_button = QPushButton(self.tr("End the contract"))
        self.refusal_note = QLineEdit()
        self.refusal_note.setPlaceholderText(self.tr("Note on the refusal (optional)"))
        close = QPushButton(self.tr("Close"))
        notice_row = QHBoxLayout()
        for button in (self.send_button, self.print_letter_button, self.export_letter_button, self.letter_button,
                       self.copy_button):
            notice_row.addWidget(button)
        notice_row.addStretch()
        renewal_row = QHBoxLayout()
        for widget in (self.renew_button, self.refuse_button, self.refusal_note, self.end_button):
            renewal_row.addWidget(widget)
        renewal_row.addStretch()
        renewal_row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.header)
        layout.addWidget(self.browser, 1)
        layout.addLayout(notice_row)
        layout.addLayout(renewal_row)

        self.send_button.clicked.connect(lambda: self.send(ContactChannel.EMAIL_OUT))
        self.print_letter_button.clicked.connect(lambda: self.print_letter(printing.print_pdf))
        self.export_letter_button.clicked.connect(lambda: self.print_letter(printing.export_pdf))
        self.letter_button.clicked.connect(lambda: self.send(ContactChannel.LETTER))
        self.copy_button.clicked.connect(self._copy)
        self.renew_button.clicked.connect(self.renew)
        self.refuse_button.clicked.connect(self.refuse)
        self.end_button.clicked.connect(self.end)
        close.clicked.connect(self.reject)
        #: The last letter printed or exported, and the offer to record it as posted.
        self.last_letter: PrintResult | None = None
        self.record_offer: QMessageBox | None = None
        self._set_enabled(False)
        self.reload()

    def reload(self, note: str = "") -> None:
        def loaded(preview: NoticePreview) -> None:
            self._show(preview)
            self.notice.setText(note)
            self.notice.setVisible(bool(note))

        Op(self.ctx, renewal_service.renewal_notice_preview, self.contract_id, on=self.on).key(
            f"renewal-{self.contract_id}"
        ).parent(self).success(loaded).run()

    def _show(self, p: NoticePreview) -> None:
        self.preview = p
        self.setWindowTitle(self.tr("Renewal of contract %1 — %2").replace("%1", p.contract_number).replace("%2", p.customer_name))
        w = p.window
        lines = [
            self.tr("<b>%1</b> (%2) — %3 — current period ends on <b>%4</b>")
            .replace("%1", p.contract_number).replace("%2", p.tier).replace("%3", p.customer_name)
            .replace("%4", display(p.period_end)),
        ]
        if p.status is not ContractStatus.ACTIVE:
            lines.append(self.tr("Contract status: %1").replace("%1", labels.contract_status(p.status)))
        if p.tacit_renewal:
            lines.append(
                self.tr("Tacit renewal. Last day for the customer to refuse: <b>%1</b>. The notice must reach them "
                        "between %2 and %3 (Code de la consommation, art. L215-1).")
                .replace("%1", display(w.deadline)).replace("%2", display(w.opens)).replace("%3", display(w.closes))
            )
            if p.sent_on is not None:
                how = self.tr("by email") if p.sent_channel is ContactChannel.EMAIL_OUT else self.tr("by letter")
                lines.append("✓ " + self.tr("Notice sent on %1 %2.").replace("%1", display(p.sent_on)).replace("%2", how))
            elif p.late:
                lines.append(
                    "<span style='color:#c0392b'>"
                    + self.tr("Late: without this notice in time, the customer may end the renewed contract at any time.")
                    + "</span>"
                )
            elif self.on < w.opens:
                lines.append(self.tr("Too early to send the notice (from %1).").replace("%1", display(w.opens)))
        else:
            lines.append(self.tr("No tacit renewal: propose a renewal to the customer, or end the contract."))
        if not p.email:
            lines.append(self.tr("No email address: send the notice by post."))
        self.header.setText("<br>".join(lines))
        self.browser.setHtml(p.html)
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        p = self.preview
        can_notice = bool(
            enabled and p is not None and p.tacit_renewal and p.status is ContractStatus.ACTIVE and p.sent_on is None
        )
        self.send_button.setEnabled(can_notice and bool(p and p.email))
        self.letter_button.setEnabled(can_notice)
        # The letter can be printed again once posted (a copy), as long as it still applies.
        can_print = bool(enabled and p is not None and p.tacit_renewal and p.status is ContractStatus.ACTIVE)
        self.print_letter_button.setEnabled(can_print)
        self.export_letter_button.setEnabled(can_print)
        self.copy_button.setEnabled(enabled)
        self.renew_button.setEnabled(bool(enabled and p is not None and p.status is not ContractStatus.CANCELLED))
        self.refuse_button.setEnabled(bool(enabled and p is not None and p.tacit_renewal))
        self.end_button.setEnabled(bool(enabled and p is not None and p.status is ContractStatus.ACTIVE))

    def _refused(self, exc: Exception) -> bool:
        self._set_enabled(True)
        if isinstance(exc, (ValidationError, PlannerError)):
            self.banner.show_message(str(exc))
            return True
        return False

    def _run(self, function, *args, note: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.banner.show_message("")
        self._set_enabled(False)
        Op(self.ctx, function, *args, **kwargs).parent(self).changes(CONTRACT_CHANGES).success(
            lambda _: self.reload(note)
        ).failure(self._refused).run()

    def send(self, channel: ContactChannel) -> None:
        note = (self.tr("Notice queued for sending by email.") if channel is ContactChannel.EMAIL_OUT
                else self.tr("Posted letter recorded with its text."))
        self._run(renewal_service.send_renewal_notice, self.contract_id, channel=channel, on=self.on, note=note)

    def print_letter(self, action) -> None:  # type: ignore[no-untyped-def]
        """Print (system print dialog) or export the notice as a letter dated as the dialog, then
        offer to record it as posted."""
        if self.preview is None:
            return
        self.banner.show_message("")
        on = self.on

        def service(db, contract_id, path, progress=None):  # type: ignore[no-untyped-def]
            return printing_service.print_renewal_letter(db, contract_id, path, progress, on=on)

        stem = self.tr("renewal-notice-%1").replace("%1", self.preview.contract_number)
        exported = action is printing.export_pdf
        op = action(self, self.ctx, service, [self.contract_id], stem + (".pdf" if exported else ""),
                    lambda result: self._letter_done(result, exported))
        if op is not None:
            op.failure(self._refused)

    def _letter_done(self, result: PrintResult, exported: bool) -> None:
        self.last_letter = result
        self.notice.setText(result.describe() if exported else self.tr("Letter sent to the printer."))
        self.notice.show()
        p = self.preview
        if p is None or p.sent_on is not None or not p.tacit_renewal or p.status is not ContractStatus.ACTIVE:
            return  # a copy of a notice already recorded
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Posted letter"),
                          self.tr("Once the letter is in the mail, record the notice as sent by post on %1? "
                                  "Its text is kept with the contract and the renewal alert moves on.")
                          .replace("%1", display(self.on)), parent=self)
        box.setObjectName("recordPostedLetter")
        record = box.addButton(self.tr("Record as posted"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(record)
        box.buttonClicked.connect(lambda button: self.send(ContactChannel.LETTER) if button is record else None)
        self.record_offer = box
        box.open()

    def renew(self) -> None:
        if self.preview is not None:
            self._run(renewal_service.renew_contract, self.contract_id, self.preview.contract_version, on=self.on,
                      note=self.tr("Contract renewed; next year's visits are waiting to be booked."))

    def refuse(self) -> None:
        if self.preview is not None:
            self._run(renewal_service.refuse_renewal, self.contract_id, self.preview.contract_version,
                      self.refusal_note.text(), note=self.tr("Refusal recorded: the contract will end with its period."))

    def end(self) -> None:
        if self.preview is not None:
            self._run(renewal_service.end_contract, self.contract_id, self.preview.contract_version, on=self.on,
                      note=self.tr("Contract ended."))

    def _copy(self) -> None:
        if self.preview is not None:
            QGuiApplication.clipboard().setText(f"{self.preview.subject}\n\n{self.preview.text}")


class ChangeTierDialog(QDialog):
    """Move a contract to another tier; the year's visits not done are regenerated."""

    def __init__(self, ctx: AppContext, contract: ContractDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contract = contract
        self.setWindowTitle(self.tr("Change tier — %1").replace("%1", contract.number))
        self.setMinimumWidth(460)
        self.banner = ErrorBanner(self)
        self.tier = QComboBox()
        explanation = QLabel(
            self.tr("Visits done or booked this year are kept; those still to book are replaced by the new tier's "
                    "visits for the rest of the year.")
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(self.tr("New tier"), self.tier)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.buttons)
        Op(ctx, contract_service.list_tiers, active_only=True).parent(self).success(self._tiers_loaded).run()

    def _tiers_loaded(self, tiers: list[TierView]) -> None:
        for tier in tiers:
            if tier.id != self.contract.data.tier_id:
                self.tier.addItem(
                    f"{tier.name} — {tier.visits_per_year} × {tier.visit_duration_min} min, {labels.money(tier.yearly_price_cents)}",
                    tier.id,
                )

    def accept(self) -> None:
        tier_id = self.tier.currentData()
        if tier_id is None:
            return
        self.buttons.setEnabled(False)
        Op(self.ctx, contract_service.change_tier, self.contract.id, self.contract.version, tier_id).parent(self).changes(
            CONTRACT_CHANGES
        ).success(lambda _: super(ChangeTierDialog, self).accept()).failure(self._refused).run()

    def _refused(self, exc: Exception) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(exc, PlannerError):
            self.banner.show_message(str(exc))
            return True
        return False
