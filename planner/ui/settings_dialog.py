"""« Paramètres »: how Planner reaches the outside world (geocoding services, travel times)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError, ValidationError
from planner.services import geocoding
from planner.services.geocoding import GeoSettings
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.widgets import ErrorBanner, FormErrors


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

        self.tabs = QTabWidget()
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
            },
        )
        Op(ctx, geocoding.load_geo_settings).parent(self).success(self._loaded).run()

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
        Op(self.ctx, geocoding.save_geo_settings, self.geo_settings()).parent(self).changes(
            Changes(settings=True)
        ).success(lambda _: super(SettingsDialog, self).accept()).failure(self._refused).run()

    def _refused(self, exc: Exception) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc.errors)
            return True
        if isinstance(exc, PlannerError):
            self.banner.show_message(str(exc))
            return True
        return False
