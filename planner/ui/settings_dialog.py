"""« Paramètres »: how Planner reaches the outside world (geocoding services, travel times)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.services import geocoding, mapping, messages, outbox, printing
from planner.services.geocoding import GeoSettings
from planner.services.mapping import MapSettings
from planner.services.messages import CompanyInfo
from planner.services.outbox import OutboxSettings
from planner.services.settings import save_settings
from planner.services.validation import phone_display
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.widgets import ErrorBanner, FormErrors, show_refusal


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        self._geo = GeoSettings()
        self.banner = ErrorBanner()

        self.offline = QCheckBox(self.tr("Work offline (never call a web service)"))
        self.ban_url = QLineEdit()
        self.nominatim_url = QLineEdit()
        self.nominatim_url.setPlaceholderText(self.tr("empty: never used"))
        self.osrm_url = QLineEdit()
        self.osrm_url.setPlaceholderText(self.tr("empty: offline travel-time model"))
        self.osrm_size = QSpinBox()
        self.osrm_size.setRange(1, 10_000)
        self.detour = QDoubleSpinBox()
        self.detour.setRange(1.0, 3.0)
        self.detour.setSingleStep(0.05)
        self.detour.setDecimals(2)
        self.parking = QSpinBox()
        self.parking.setRange(0, 3600)
        self.parking.setSuffix(" s")
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(0.5, 120)
        self.timeout.setSuffix(" s")
        geo = QWidget()
        form = QFormLayout(geo)
        form.addRow(self.offline)
        form.addRow(self.tr("National address base (BAN)"), self.ban_url)
        form.addRow(self.tr("Nominatim (fallback)"), self.nominatim_url)
        form.addRow(self.tr("Web service time limit"), self.timeout)
        note = QLabel(
            self.tr(
                "Without a network, addresses are placed at their town centre from the built-in list "
                "of communes and marked « to check »."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form.addRow(note)
        form.addRow(self.tr("OSRM route server"), self.osrm_url)
        form.addRow(self.tr("OSRM table size limit"), self.osrm_size)
        form.addRow(self.tr("Detour factor (offline model)"), self.detour)
        form.addRow(self.tr("Parking time per stop"), self.parking)
        self.tiles = QCheckBox(self.tr("Show the OpenStreetMap background on the map (when online)"))
        self.tile_url = QLineEdit()
        self.tile_url.setPlaceholderText(mapping.DEFAULT_TILE_URL)
        form.addRow(self.tiles)
        form.addRow(self.tr("Map tile server"), self.tile_url)
        # Unless chosen here, the map background follows « work offline » (no tiles offline).
        self._tiles_chosen = False
        self.tiles.clicked.connect(lambda: setattr(self, "_tiles_chosen", True))
        self.offline.toggled.connect(lambda on: self._tiles_chosen or self.tiles.setChecked(not on))

        # -- company --------------------------------------------------------------------------
        self.company_name = QLineEdit()
        self.company_phone = QLineEdit()
        self.company_email = QLineEdit()
        self.company_address = QLineEdit()
        self.company_siret = QLineEdit()
        company = QWidget()
        company_form = QFormLayout(company)
        company_form.addRow(self.tr("Company name"), self.company_name)
        company_form.addRow(self.tr("Phone"), self.company_phone)
        company_form.addRow(self.tr("Email"), self.company_email)
        company_form.addRow(self.tr("Address"), self.company_address)
        company_form.addRow(self.tr("SIRET"), self.company_siret)
        # The logo printed on every document, kept in the database (planner.services.printing).
        self.logo_label = QLabel(self.tr("none"))
        self.logo_choose = QPushButton(self.tr("Choose…"))
        self.logo_remove = QPushButton(self.tr("Remove"))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_choose)
        logo_row.addWidget(self.logo_remove)
        company_form.addRow(self.tr("Logo on documents"), logo_row)
        self.logo_choose.clicked.connect(self._choose_logo)
        self.logo_remove.clicked.connect(lambda: self._set_logo(None))

        # -- messages ---------------------------------------------------------------------------
        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText("smtp.exemple.fr")
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_security = QComboBox()
        self.smtp_security.addItem("STARTTLS", "starttls")
        self.smtp_security.addItem("SSL/TLS", "ssl")
        self.smtp_security.addItem(self.tr("None (local server only)"), "none")
        self.smtp_cafile = QLineEdit()
        self.smtp_cafile.setPlaceholderText(self.tr("empty: the system's certificate authorities"))
        self.smtp_cafile.setToolTip(
            self.tr("Only for a company server whose certificate no public authority signed: the PEM file of "
                    "the authority (or of the server's own certificate). The certificate is always checked.")
        )
        self.smtp_cafile_choose = QPushButton(self.tr("Choose…"))
        self.smtp_cafile_choose.clicked.connect(self._choose_cafile)
        cafile_row = QHBoxLayout()
        cafile_row.addWidget(self.smtp_cafile, 1)
        cafile_row.addWidget(self.smtp_cafile_choose)
        self.smtp_username = QLineEdit()
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setPlaceholderText(self.tr("unchanged"))
        self.from_address = QLineEdit()
        self.from_name = QLineEdit()
        self.reply_to = QLineEdit()
        self.sms_url = QLineEdit()
        self.sms_url.setPlaceholderText(self.tr("empty: no text messages"))
        self.sms_sender = QLineEdit()
        self.sms_token = QLineEdit()
        self.sms_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.sms_token.setPlaceholderText(self.tr("unchanged"))
        self.test_recipient = QLineEdit()
        self.test_recipient.setPlaceholderText("vous@exemple.fr")
        self.test_button = QPushButton(self.tr("Send a test email"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_recipient, 1)
        test_row.addWidget(self.test_button)
        mail = QWidget()
        mail_form = QFormLayout(mail)
        mail_form.addRow(self.tr("SMTP server"), self.smtp_host)
        mail_form.addRow(self.tr("Port"), self.smtp_port)
        mail_form.addRow(self.tr("Security"), self.smtp_security)
        mail_form.addRow(self.tr("Server certificate authority"), cafile_row)
        mail_form.addRow(self.tr("User name"), self.smtp_username)
        mail_form.addRow(self.tr("Password (kept in the system keyring)"), self.smtp_password)
        mail_form.addRow(self.tr("Sender address"), self.from_address)
        mail_form.addRow(self.tr("Sender name"), self.from_name)
        mail_form.addRow(self.tr("Reply to"), self.reply_to)
        mail_form.addRow(self.tr("SMS gateway (HTTPS)"), self.sms_url)
        mail_form.addRow(self.tr("SMS sender name"), self.sms_sender)
        mail_form.addRow(self.tr("SMS gateway key"), self.sms_token)
        mail_form.addRow(self.tr("Check the settings"), test_row)
        mail_form.addRow(self.test_result)
        self.test_button.clicked.connect(self._send_test)

        self.tabs = QTabWidget()
        self.tabs.addTab(company, self.tr("Company"))
        self.tabs.addTab(mail, self.tr("Email and text messages"))
        self.tabs.addTab(geo, self.tr("Addresses and travel times"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.errors = FormErrors(
            self.banner,
            {
                "Service BAN": self.ban_url,
                "Service Nominatim": self.nominatim_url,
                "Serveur OSRM": self.osrm_url,
                "Facteur de détour": self.detour,
                "Temps de stationnement": self.parking,
                "Délai d'attente": self.timeout,
                "Taille de tableau OSRM": self.osrm_size,
                "Raison sociale": self.company_name,
                "Téléphone de l'entreprise": self.company_phone,
                "E-mail de l'entreprise": self.company_email,
                "Adresse de l'entreprise": self.company_address,
                "SIRET": self.company_siret,
                "Logo": self.logo_label,
                "Sécurité": self.smtp_security,
                "Certificat du serveur": self.smtp_cafile,
                "Port": self.smtp_port,
                "Adresse d'expédition": self.from_address,
                "Répondre à": self.reply_to,
                "Passerelle SMS": self.sms_url,
                "Fond de carte": self.tile_url,
            },
        )
        self._outbox = OutboxSettings()
        Op(ctx, geocoding.load_geo_settings).parent(self).success(self._loaded).run()
        Op(ctx, messages.load_company).parent(self).success(self._company_loaded).run()
        Op(ctx, outbox.load_outbox_settings).parent(self).success(self._outbox_loaded).run()
        Op(ctx, printing.logo_name).parent(self).success(self._logo_shown).run()
        Op(ctx, mapping.load_map_settings).parent(self).success(self._map_loaded).run()

    def _logo_shown(self, name: str | None) -> None:
        self.logo_label.setText(name or self.tr("none"))
        self.logo_remove.setEnabled(bool(name))

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Company logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self._set_logo(path)

    def _set_logo(self, path: str | None) -> None:
        self.banner.hide()
        Op(self.ctx, printing.set_company_logo, path).parent(self).changes(Changes(settings=True)).success(
            self._logo_shown).failure(self._refused).run()


    def _choose_cafile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Server certificate authority"), "", self.tr("Certificates (*.pem *.crt *.cer)")
        )
        if path:
            self.smtp_cafile.setText(path)

    def _map_loaded(self, settings: MapSettings) -> None:
        self.tiles.setChecked(settings.tiles)
        self.tile_url.setText(settings.tile_url)

    def map_settings(self) -> MapSettings:
        return MapSettings(tiles=self.tiles.isChecked(), tile_url=self.tile_url.text().strip())

    def _company_loaded(self, info: CompanyInfo) -> None:
        self.company_name.setText(info.name)
        self.company_phone.setText(phone_display(info.phone))
        self.company_email.setText(info.email)
        self.company_address.setText(info.address)
        self.company_siret.setText(info.siret)

    def _outbox_loaded(self, settings: OutboxSettings) -> None:
        self._outbox = settings
        self.smtp_host.setText(settings.smtp_host)
        self.smtp_port.setValue(settings.smtp_port)
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(settings.smtp_security)))
        self.smtp_username.setText(settings.smtp_username)
        self.smtp_cafile.setText(settings.smtp_cafile)
        self.from_address.setText(settings.from_address)
        self.from_name.setText(settings.from_name)
        self.reply_to.setText(settings.reply_to)
        self.sms_url.setText(settings.sms_url)
        self.sms_sender.setText(settings.sms_sender)

    def company_info(self) -> CompanyInfo:
        return CompanyInfo(
            name=self.company_name.text(),
            phone=self.company_phone.text(),
            email=self.company_email.text(),
            address=self.company_address.text(),
            siret=self.company_siret.text(),
        )

    def outbox_settings(self) -> OutboxSettings:
        return replace(
            self._outbox,
            smtp_host=self.smtp_host.text().strip(),
            smtp_port=self.smtp_port.value(),
            smtp_security=str(self.smtp_security.currentData()),
            smtp_username=self.smtp_username.text().strip(),
            smtp_cafile=self.smtp_cafile.text().strip(),
            from_address=self.from_address.text().strip(),
            from_name=self.from_name.text().strip(),
            reply_to=self.reply_to.text().strip(),
            sms_url=self.sms_url.text().strip(),
            sms_sender=self.sms_sender.text().strip(),
        )

    def _send_test(self) -> None:
        self.test_result.setText(self.tr("Sending…"))
        Op(self.ctx, save_settings, self.geo_settings(), self.company_info(), self.outbox_settings(),
           self.smtp_password.text() or None, self.sms_token.text() or None).parent(self).failure(
            self._refused
        ).success(lambda _: Op(self.ctx, outbox.send_test_email, self.test_recipient.text()).parent(self).success(
            lambda _: self.test_result.setText(self.tr("Test email sent: check the inbox."))
        ).failure(self._test_failed).run()).run()

    def _test_failed(self, exc: Exception) -> bool:
        self.test_result.setText(str(exc))
        return isinstance(exc, PlannerError)

    def _loaded(self, settings: GeoSettings) -> None:
        self._geo = settings
        self.offline.setChecked(settings.offline)
        self.ban_url.setText(settings.ban_url)
        self.nominatim_url.setText(settings.nominatim_url)
        self.osrm_url.setText(settings.osrm_url)
        self.osrm_size.setValue(settings.osrm_max_table_size)
        self.detour.setValue(settings.detour_factor)
        self.parking.setValue(settings.parking_s)
        self.timeout.setValue(settings.timeout_s)

    def geo_settings(self) -> GeoSettings:
        return replace(
            self._geo,
            offline=self.offline.isChecked(),
            ban_url=self.ban_url.text().strip(),
            nominatim_url=self.nominatim_url.text().strip(),
            osrm_url=self.osrm_url.text().strip(),
            osrm_max_table_size=self.osrm_size.value(),
            detour_factor=self.detour.value(),
            parking_s=self.parking.value(),
            timeout_s=self.timeout.value(),
        )

    def accept(self) -> None:
        self.buttons.setEnabled(False)
        Op(
            self.ctx, save_settings, self.geo_settings(), self.company_info(), self.outbox_settings(),
            self.smtp_password.text() or None, self.sms_token.text() or None, self.map_settings(),
        ).parent(self).changes(Changes(settings=True)).success(lambda _: super(SettingsDialog, self).accept()).failure(
            self._refused
        ).run()

    def _refused(self, exc: Exception) -> bool:
        self.buttons.setEnabled(True)
        return show_refusal(exc, self.errors, self.banner)

