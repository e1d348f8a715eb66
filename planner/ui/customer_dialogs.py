"""Dialogs to create and edit customers and sites, and to note a contact."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import Civility, ContactChannel, ContactReason, CustomerKind
from planner.domain.errors import ValidationError
from planner.services import customers as customer_service
from planner.services.customers import CustomerDetail, CustomerInput, SiteInput, SiteView
from planner.services.validation import phone_display
from planner.ui import labels
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.widgets import ErrorBanner, FormErrors, show_refusal


class _SavingDialog(QDialog):
    """A dialog whose Save button runs an op and stays open until it succeeds."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = ErrorBanner(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.errors: FormErrors | None = None

    def _saving(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def _refused(self, exc: Exception) -> bool:
        self._saving(False)
        return show_refusal(exc, self.errors, self.banner)


class CustomerDialog(_SavingDialog):
    """Create a customer with their first site, or edit an existing customer.

    Before creating, customers with the same phone, e-mail or name and postcode are shown: the
    caller may already be known (``existing_chosen`` then gives their id).
    """

    saved = Signal(int)
    existing_chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, detail: CustomerDetail | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail = detail
        self.setWindowTitle(self.tr("New customer") if detail is None else self.tr("Edit customer"))
        self.setMinimumWidth(560)

        self.person = QRadioButton(labels.customer_kind(CustomerKind.PERSON))
        self.company_kind = QRadioButton(labels.customer_kind(CustomerKind.COMPANY))
        self.person.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.person)
        kinds.addButton(self.company_kind)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.person)
        kind_row.addWidget(self.company_kind)
        kind_row.addStretch()

        self.civility = QComboBox()
        self.civility.addItem("—", Civility.NONE)
        self.civility.addItem(self.tr("Mr"), Civility.MR)
        self.civility.addItem(self.tr("Mrs"), Civility.MRS)
        self.last_name = QLineEdit()
        self.first_name = QLineEdit()
        self.company = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("04 50 12 34 56")
        self.mobile = QLineEdit()
        self.mobile.setPlaceholderText("06 12 34 56 78")
        self.email = QLineEdit()
        self.email.setPlaceholderText("nom@exemple.fr")
        self.email2 = QLineEdit()
        self.consent_email = QCheckBox(self.tr("Reminders by email"))
        self.consent_email.setChecked(True)
        self.consent_sms = QCheckBox(self.tr("Reminders by text message"))
        self.consent_marketing = QCheckBox(self.tr("Commercial offers"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("Customer type"), kind_row)
        form.addRow(self.tr("Title"), self.civility)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Mobile"), self.mobile)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Second email"), self.email2)
        consents = QHBoxLayout()
        for box in (self.consent_email, self.consent_sms, self.consent_marketing):
            consents.addWidget(box)
        consents.addStretch()
        form.addRow(self.tr("Consents"), consents)
        form.addRow(self.tr("Notes"), self.notes)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)

        fields = {
            "Nom": self.last_name,
            "Prénom": self.first_name,
            "Société": self.company,
            "Téléphone": self.phone,
            "Portable": self.mobile,
            "E-mail": self.email,
            "E-mail secondaire": self.email2,
        }
        self.site_form: SiteForm | None = None
        if detail is None:
            self.site_form = SiteForm(self.tr("Address of the first site"))
            layout.addWidget(self.site_form)
            fields.update(self.site_form.fields())
        self.duplicates = QGroupBox(self.tr("This customer may already exist"))
        self.duplicate_list = QListWidget()
        self.use_existing = QPushButton(self.tr("Use this customer"))
        self.create_anyway = QPushButton(self.tr("Create a new customer anyway"))
        duplicate_buttons = QHBoxLayout()
        duplicate_buttons.addWidget(self.use_existing)
        duplicate_buttons.addWidget(self.create_anyway)
        duplicate_buttons.addStretch()
        duplicate_layout = QVBoxLayout(self.duplicates)
        duplicate_layout.addWidget(self.duplicate_list)
        duplicate_layout.addLayout(duplicate_buttons)
        self.duplicates.setStyleSheet("QGroupBox { color: #8a5300; font-weight: 600; }")
        self.duplicates.hide()
        layout.addWidget(self.duplicates)
        layout.addWidget(self.buttons)
        self.errors = FormErrors(self.banner, fields)
        self._duplicates_checked = False
        self.use_existing.clicked.connect(self._use_existing)
        self.duplicate_list.itemActivated.connect(lambda _: self._use_existing())
        self.create_anyway.clicked.connect(self._create_anyway)

        self.person.toggled.connect(self._kind_changed)
        if detail is not None:
            self._load(detail.data)
        self._kind_changed()
        self.last_name.setFocus()

    def _kind_changed(self) -> None:
        self.civility.setEnabled(self.person.isChecked())

    def _load(self, data: CustomerInput) -> None:
        (self.company_kind if data.kind is CustomerKind.COMPANY else self.person).setChecked(True)
        self.civility.setCurrentIndex(max(0, self.civility.findData(data.civility)))
        self.last_name.setText(data.last_name)
        self.first_name.setText(data.first_name)
        self.company.setText(data.company_name)
        self.phone.setText(phone_display(data.phone))
        self.mobile.setText(phone_display(data.mobile))
        self.email.setText(data.email)
        self.email2.setText(data.email_secondary)
        self.consent_email.setChecked(data.consent_email)
        self.consent_sms.setChecked(data.consent_sms)
        self.consent_marketing.setChecked(data.consent_marketing)
        self.notes.setPlainText(data.notes)

    def customer_input(self) -> CustomerInput:
        return CustomerInput(
            kind=CustomerKind.PERSON if self.person.isChecked() else CustomerKind.COMPANY,
            civility=Civility(self.civility.currentData()) if self.person.isChecked() else Civility.NONE,
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            company_name=self.company.text(),
            phone=self.phone.text(),
            mobile=self.mobile.text(),
            email=self.email.text(),
            email_secondary=self.email2.text(),
            notes=self.notes.toPlainText(),
            consent_email=self.consent_email.isChecked(),
            consent_sms=self.consent_sms.isChecked(),
            consent_marketing=self.consent_marketing.isChecked(),
        )

    def accept(self) -> None:
        assert self.errors is not None
        data = self.customer_input()
        site = self.site_form.site_input() if self.site_form is not None else None
        # Check everything here first: the user sees every field to fix at once.
        errors: dict[str, str] = {}
        for check, value in ((customer_service.validate_customer, data), (customer_service.validate_site, site)):
            if value is None:
                continue
            try:
                check(value)  # type: ignore[operator]
            except ValidationError as exc:
                errors.update(exc.errors)
        if errors:
            self.errors.show(errors)
            return
        self.errors.clear()
        self._saving(True)
        if self.detail is None and not self._duplicates_checked:
            Op(self.ctx, customer_service.find_duplicates, data, site).parent(self).success(
                self._duplicates_found
            ).failure(self._refused).run()
            return
        if self.detail is None:
            op = Op(self.ctx, customer_service.create_customer, data, site)
        else:
            op = Op(self.ctx, customer_service.update_customer, self.detail.id, self.detail.version, data)
        op.parent(self).changes(Changes(customers=True)).success(self._done).failure(self._refused).run()

    def _done(self, result: int) -> None:
        self._saving(False)
        self.saved.emit(self.detail.id if self.detail is not None else result)
        super().accept()

    def _duplicates_found(self, candidates: list[customer_service.DuplicateCandidate]) -> None:
        self._saving(False)
        self._duplicates_checked = True
        if not candidates:
            self.accept()
            return
        self.duplicate_list.clear()
        for candidate in candidates:
            item = QListWidgetItem(f"{candidate.name} — {candidate.detail} ({candidate.why})")
            item.setData(Qt.ItemDataRole.UserRole, candidate.id)
            self.duplicate_list.addItem(item)
        self.duplicate_list.setCurrentRow(0)
        self.duplicates.show()
        self.duplicate_list.setFocus()

    def _use_existing(self) -> None:
        item = self.duplicate_list.currentItem()
        if item is not None:
            self.existing_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
            super().accept()

    def _create_anyway(self) -> None:
        self.duplicates.hide()
        self.accept()


class SiteForm(QGroupBox):
    """The address fields of a site."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Workshop, Holiday home (optional)"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("e.g. 12 rue Sommeiller"))
        self.extra = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaxLength(6)
        self.postcode.setPlaceholderText("74000")
        self.postcode.setMaximumWidth(90)
        self.city = QLineEdit()
        self.access = QPlainTextEdit()
        self.access.setMaximumHeight(60)
        self.access.setPlaceholderText(self.tr("Door code, key, dog, parking…"))
        self.phone = QLineEdit()
        place = QHBoxLayout()
        place.addWidget(self.postcode)
        place.addWidget(self.city, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Site name"), self.label)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Address line 2"), self.extra)
        form.addRow(self.tr("Postcode and town"), place)
        form.addRow(self.tr("Access notes"), self.access)
        form.addRow(self.tr("Phone on site"), self.phone)

    def fields(self) -> dict[str, QWidget]:
        return {
            "Nom du site": self.label,
            "Adresse": self.address,
            "Complément d'adresse": self.extra,
            "Code postal": self.postcode,
            "Ville": self.city,
            "Téléphone sur place": self.phone,
        }

    def load(self, data: SiteInput) -> None:
        self.label.setText(data.label)
        self.address.setText(data.address)
        self.extra.setText(data.address_extra)
        self.postcode.setText(data.postcode)
        self.city.setText(data.city)
        self.access.setPlainText(data.access_notes)
        self.phone.setText(phone_display(data.phone))

    def site_input(self, keep: SiteInput | None = None) -> SiteInput:
        return SiteInput(
            label=self.label.text(),
            address=self.address.text(),
            address_extra=self.extra.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            access_notes=self.access.toPlainText(),
            phone=self.phone.text(),
            latitude=keep.latitude if keep else None,
            longitude=keep.longitude if keep else None,
        )


class SiteDialog(_SavingDialog):
    saved = Signal(int)

    def __init__(
        self, ctx: AppContext, customer_id: int, parent: QWidget | None = None, site: SiteView | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.customer_id = customer_id
        self.site = site
        self.setWindowTitle(self.tr("New site") if site is None else self.tr("Edit site"))
        self.setMinimumWidth(520)
        self.form = SiteForm(self.tr("Address"))
        if site is not None:
            self.form.load(site.data)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.errors = FormErrors(self.banner, self.form.fields())

    def accept(self) -> None:
        assert self.errors is not None
        keep = self.site.data if self.site is not None else None
        data = self.form.site_input(keep)
        try:
            customer_service.validate_site(data)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        self._saving(True)
        if self.site is None:
            op = Op(self.ctx, customer_service.add_site, self.customer_id, data)
        else:
            op = Op(self.ctx, customer_service.update_site, self.site.id, self.site.version, data)
        op.parent(self).changes(Changes(customers=True)).success(self._done).failure(self._refused).run()

    def _done(self, result: int) -> None:
        self.saved.emit(result)
        super().accept()


class ContactDialog(_SavingDialog):
    """Note a call, an email or a visit in the customer's contact log."""

    def __init__(self, ctx: AppContext, customer_id: int, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.customer_id = customer_id
        self.setWindowTitle(self.tr("Log a contact — %1").replace("%1", customer_name))
        self.channel = QComboBox()
        for channel in ContactChannel:
            self.channel.addItem(labels.contact_channel(channel), channel)
        self.reason = QComboBox()
        for reason in ContactReason:
            self.reason.addItem(labels.contact_reason(reason), reason)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was said or agreed"))
        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.errors = FormErrors(self.banner, {"Note": self.note})
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        self._saving(True)
        Op(
            self.ctx,
            customer_service.log_contact,
            self.customer_id,
            ContactChannel(self.channel.currentData()),
            ContactReason(self.reason.currentData()),
            self.note.toPlainText(),
        ).parent(self).changes(Changes(customers=True)).success(lambda _: super(ContactDialog, self).accept()).failure(
            self._refused
        ).run()
