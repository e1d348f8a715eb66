"""« Zones »: the geographic zones on the map, their workload, and which technician covers which
zone on which weekday (the zone-days that slot ranking and the weekly optimisation prefer).

The manager computes the zones (« Calculer les zones… », with their number), renames or recolours
one, moves a commune's sites to another zone, and fills the technicians × weekdays grid (or asks
for a proposal balanced by workload) before saving it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError, ValidationError
from planner.services import zones as zones_service
from planner.services.zones import CommuneRow, ComputeResult, ZoneRow, ZonesOverview
from planner.ui import labels
from planner.ui.map_view import MapPanel
from planner.ui.ops import AppContext, Changes, Op
from planner.ui.table_model import Column, RowsTableModel
from planner.ui.widgets import ColourButton, configure_table, section_title

Cell = tuple[int, int]


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _hours(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u202f") + " h"


class ZoneCountDialog(QDialog):
    """« Calculer les zones » : how many zones, and what recomputing replaces."""

    def __init__(self, suggested: int, has_zones: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compute the zones"))
        self.count = QSpinBox()
        self.count.setRange(zones_service.MIN_ZONES, zones_service.MAX_ZONES)
        self.count.setValue(suggested)
        form = QFormLayout()
        form.addRow(self.tr("Number of zones"), self.count)
        explanation = QLabel(
            self.tr(
                "Customer sites are grouped into compact zones of similar workload (contract visits "
                "a year × their duration, plus the open repair visits). One zone per active technician "
                "is suggested. Zone-days are then proposed for every technician."
            )
        )
        explanation.setWordWrap(True)
        warning = QLabel(
            self.tr(
                "The current zones, their names and colours, the sites moved by hand and the "
                "technicians' zone-days will be replaced."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #a33;")
        warning.setVisible(has_zones)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Replace the zones") if has_zones else self.tr("Compute")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(buttons)


class ZonesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Zones"))
        self.resize(1280, 780)
        self.overview: ZonesOverview | None = None
        #: The grid as saved (to detect another post's changes) and as shown (with unsaved edits).
        self.saved_days: dict[Cell, int] = {}
        self.cells: dict[Cell, int | None] = {}
        self.dirty = False
        self.combos: dict[Cell, QComboBox] = {}
        #: How many zones to compute (None: cancelled); tests answer it.
        self.ask_zone_count: Callable[[int, bool], int | None] = self._ask_zone_count
        #: Whether unsaved zone-days may be dropped; tests answer it.
        self.confirm_discard: Callable[[], bool] = self._confirm_discard

        self.map = MapPanel(ctx)
        self.map.zones_button.hide()
        self.map.canvas.show_unplanned = False
        self.map.canvas.show_legend = False
        self.map.canvas.show_review = False
        self.map.review_action.setChecked(False)
        self.map.unplanned_action.setChecked(False)
        self.map.legend_action.setChecked(False)

        self.compute_button = QPushButton(self.tr("Compute the zones…"))
        self.compute_button.setToolTip(self.tr("Group the customer sites into zones of similar workload"))
        self.propose_button = QPushButton(self.tr("Propose zone-days"))
        self.propose_button.setToolTip(
            self.tr("Fill the grid: each zone gets technician-days in proportion to its workload")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("zonesSummary")

        self.zone_model: RowsTableModel[ZoneRow] = RowsTableModel(
            [
                Column(self.tr("Zone"), lambda r: r.name, colour=lambda r: r.colour),
                Column(self.tr("Sites"), lambda r: r.sites, align_right=True),
                Column(self.tr("Workload / year"), lambda r: _hours(r.hours), sort_key=lambda r: r.hours, align_right=True),
                Column(self.tr("Share"), lambda r: f"{r.share * 100:.0f} %", sort_key=lambda r: r.share, align_right=True),
                Column(self.tr("Main communes"), lambda r: r.communes),
            ]
        )
        self.zone_table = QTableView()
        self.zone_table.setObjectName("zonesTable")
        self.zone_table.setModel(self.zone_model)
        configure_table(self.zone_table)
        self.zone_table.setSortingEnabled(False)
        self.zone_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.colour_button = ColourButton("#7f7f7f")
        self.apply_button = QPushButton(self.tr("Rename / recolour"))
        edit_row = QHBoxLayout()
        edit_row.addWidget(QLabel(self.tr("Name")))
        edit_row.addWidget(self.name_edit, 1)
        edit_row.addWidget(self.colour_button)
        edit_row.addWidget(self.apply_button)

        # Zone-days grid.
        self.grid = QTableWidget()
        self.grid.setObjectName("zoneDaysGrid")
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.verticalHeader().setDefaultSectionSize(30)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid_status = QLabel()
        self.grid_status.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.save_button = QPushButton(self.tr("Save zone-days"))
        self.save_button.setDefault(True)
        grid_buttons = QHBoxLayout()
        grid_buttons.addWidget(self.grid_status, 1)
        grid_buttons.addWidget(self.discard_button)
        grid_buttons.addWidget(self.save_button)
        days_tab = QWidget()
        days_layout = QVBoxLayout(days_tab)
        days_layout.addWidget(
            QLabel(self.tr("Which zone each technician covers on each weekday: slots in that zone are offered "
                           "first that day, and the weekly optimisation prefers it."))
        )
        days_layout.itemAt(0).widget().setWordWrap(True)
        days_layout.addWidget(self.grid, 1)
        days_layout.addLayout(grid_buttons)

        # Communes.
        self.commune_model: RowsTableModel[CommuneRow] = RowsTableModel(
            [
                Column(self.tr("Commune"), lambda r: r.city),
                Column(self.tr("Postcode"), lambda r: r.postcode),
                Column(self.tr("Zone"), self._zone_name, colour=self._zone_colour),
                Column(self.tr("Sites"), lambda r: r.sites, align_right=True),
                Column(self.tr("Workload / year"), lambda r: _hours(r.hours), sort_key=lambda r: r.hours, align_right=True),
            ],
            search_text=lambda r: f"{r.city} {r.postcode}".lower(),
        )
        self.commune_table = QTableView()
        self.commune_table.setObjectName("communesTable")
        self.commune_table.setModel(self.commune_model)
        configure_table(self.commune_table)
        self.commune_table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.commune_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.commune_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.move_target = QComboBox()
        self.move_button = QPushButton(self.tr("Move their sites"))
        move_row = QHBoxLayout()
        move_row.addWidget(QLabel(self.tr("Selected communes → zone")))
        move_row.addWidget(self.move_target, 1)
        move_row.addWidget(self.move_button)
        communes_tab = QWidget()
        communes_layout = QVBoxLayout(communes_tab)
        communes_layout.addWidget(self.commune_table, 1)
        communes_layout.addLayout(move_row)

        self.tabs = QTabWidget()
        self.tabs.addTab(days_tab, self.tr("Zone-days"))
        self.tabs.addTab(communes_tab, self.tr("Communes"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        actions.addWidget(self.compute_button)
        actions.addWidget(self.propose_button)
        actions.addStretch(1)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(section_title(self.tr("Zones")))
        right_layout.addWidget(self.zone_table, 2)
        right_layout.addLayout(edit_row)
        right_layout.addWidget(self.tabs, 3)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.map)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([520, 780])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(close)

        self.compute_button.clicked.connect(self.compute)
        self.propose_button.clicked.connect(self.propose)
        self.apply_button.clicked.connect(self.apply_zone_edit)
        self.move_button.clicked.connect(self.move_communes)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        self.zone_table.selectionModel().currentRowChanged.connect(self._zone_selected)
        self._update_buttons()
        self.reload()

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        Op(self.ctx, zones_service.load_zones).key("zones-overview").parent(self).success(self._loaded).run()

    def _loaded(self, overview: ZonesOverview) -> None:
        selected = self.selected_zone()
        self.overview = overview
        self.zone_model.set_rows(overview.zones)
        self.commune_model.set_rows(overview.communes)
        self.saved_days = dict(overview.days)
        if not self.dirty:
            self.cells = dict(overview.days)
        else:  # zones renamed or sites moved meanwhile: unsaved choices stay if their zone does
            known = {z.id for z in overview.zones}
            self.cells = {key: z for key, z in self.cells.items() if z is None or z in known}
        self._fill_grid()
        self.move_target.clear()
        for zone in overview.zones:
            self.move_target.addItem(_swatch(zone.colour), zone.name, zone.id)
        if overview.zones:
            row = self.zone_model.find(lambda z: selected is not None and z.id == selected.id)
            self.zone_table.selectRow(max(row, 0))
        else:
            self.name_edit.clear()
        self._describe()
        self._update_buttons()

    def _describe(self) -> None:
        overview = self.overview
        if overview is None:
            return
        if not overview.zones:
            text = self.tr(
                "No zones yet. « Compute the zones… » groups the %1 located customer sites into zones of "
                "similar workload."
            ).replace("%1", str(overview.located_sites))
        else:
            text = (
                self.tr("%1 zones, %2 located sites, %3 of work a year.")
                .replace("%1", str(len(overview.zones)))
                .replace("%2", str(overview.located_sites))
                .replace("%3", _hours(overview.total_hours))
            )
            if overview.unzoned_sites:
                text += " " + self.tr("%1 located sites in no zone.").replace("%1", str(overview.unzoned_sites))
        if overview.unlocated_sites:
            text += " " + self.tr("%1 sites without a position are not zoned (Tools › Addresses to check).").replace(
                "%1", str(overview.unlocated_sites)
            )
        self.summary.setText(text)

    def _zone_name(self, row: CommuneRow) -> str:
        zone = self.overview.zone(row.zone_id) if self.overview else None
        return zone.name if zone else self.tr("(none)")

    def _zone_colour(self, row: CommuneRow) -> str | None:
        zone = self.overview.zone(row.zone_id) if self.overview else None
        return zone.colour if zone else None

    # -- the grid --------------------------------------------------------------------------------
    def _fill_grid(self) -> None:
        overview = self.overview
        assert overview is not None
        self.combos = {}
        self.grid.clear()
        self.grid.setRowCount(len(overview.technicians))
        self.grid.setColumnCount(len(overview.weekdays))
        self.grid.setHorizontalHeaderLabels([labels.weekday(d) for d in overview.weekdays])
        self.grid.setVerticalHeaderLabels([t.name for t in overview.technicians])
        for row, technician in enumerate(overview.technicians):
            header = self.grid.verticalHeaderItem(row)
            header.setIcon(_swatch(technician.colour))
            for column, weekday in enumerate(overview.weekdays):
                key = (technician.id, weekday)
                if weekday not in technician.weekdays:
                    item = QTableWidgetItem(self.tr("not working"))
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setForeground(QBrush(QColor("#999999")))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.grid.setItem(row, column, item)
                    continue
                combo = QComboBox()
                combo.addItem(self.tr("— no zone —"), None)
                for zone in overview.zones:
                    combo.addItem(_swatch(zone.colour), zone.name, zone.id)
                combo.setCurrentIndex(max(0, combo.findData(self.cells.get(key))))
                combo.currentIndexChanged.connect(lambda _index, key=key: self._cell_changed(key))
                self.grid.setCellWidget(row, column, combo)
                self.combos[key] = combo
        self._mark_changes()

    def set_cell(self, technician_id: int, weekday: int, zone_id: int | None) -> None:
        """Choose a zone in the grid (as the combo does); saved with « Save zone-days »."""
        combo = self.combos[(technician_id, weekday)]
        combo.setCurrentIndex(combo.findData(zone_id))

    def _cell_changed(self, key: Cell) -> None:
        self.cells[key] = self.combos[key].currentData()
        self.dirty = self._grid() != {k: v for k, v in self.saved_days.items() if k in self.combos}
        self._mark_changes()
        self._update_buttons()

    def _grid(self) -> dict[Cell, int]:
        return {key: zone for key, zone in self.cells.items() if zone is not None and key in self.combos}

    def _mark_changes(self) -> None:
        for key, combo in self.combos.items():
            changed = self.cells.get(key) != self.saved_days.get(key)
            combo.setStyleSheet("QComboBox { background: #fff3c4; }" if changed else "")
        if self.dirty:
            self.grid_status.setText(self.tr("Unsaved changes (highlighted)."))
        elif self.overview is not None and self.overview.zones and not self.saved_days:
            self.grid_status.setText(self.tr("No zone-days yet: « Propose zone-days » fills the grid."))
        else:
            self.grid_status.setText("")

    def _update_buttons(self) -> None:
        has_zones = bool(self.overview and self.overview.zones)
        self.propose_button.setEnabled(has_zones)
        self.save_button.setEnabled(self.dirty)
        self.discard_button.setEnabled(self.dirty)
        self.apply_button.setEnabled(has_zones)
        self.move_button.setEnabled(has_zones)

    # -- actions ---------------------------------------------------------------------------------
    def _ask_zone_count(self, suggested: int, has_zones: bool) -> int | None:
        dialog = ZoneCountDialog(suggested, has_zones, self)
        return dialog.count.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def compute(self) -> None:
        overview = self.overview
        suggested = overview.suggested_k if overview else 4
        k = self.ask_zone_count(suggested, bool(overview and overview.zones))
        if k is None:
            return
        Op(self.ctx, zones_service.compute_zones, k).with_progress(self.tr("Computing the zones…")).parent(self).changes(
            Changes(zones=True)
        ).success(self._computed).run()

    def _computed(self, result: ComputeResult) -> None:
        self.dirty = False
        self.grid_status.setText(result.describe())
        self.reload()

    def propose(self) -> None:
        Op(self.ctx, zones_service.propose_zone_days).parent(self).success(self._proposed).run()

    def _proposed(self, proposal: dict[Cell, int]) -> None:
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(proposal.get(key))))
            combo.blockSignals(False)
            self.cells[key] = proposal.get(key)
        self.dirty = self._grid() != {k: v for k, v in self.saved_days.items() if k in self.combos}
        self._mark_changes()
        if self.dirty:
            self.grid_status.setText(self.tr("Proposal shown in the grid: check it, then « Save zone-days »."))
        self._update_buttons()

    def save(self) -> None:
        cells = {key: self.cells.get(key) for key in self.combos}
        Op(self.ctx, zones_service.save_zone_days, cells, expected=dict(self.saved_days)).parent(self).changes(
            Changes(zones=True)
        ).success(self._saved).failure(self._refused).run()

    def _saved(self, stored: int) -> None:
        self.dirty = False
        self.reload()
        self.grid_status.setText(self.tr("%1 zone-days saved.").replace("%1", str(stored)))

    def discard(self) -> None:
        self.dirty = False
        self.cells = dict(self.saved_days)
        if self.overview is not None:
            self._fill_grid()
        self._update_buttons()

    def _refused(self, exc: Exception) -> bool:
        if isinstance(exc, ValidationError):
            self.grid_status.setText(" ; ".join(f"{k} : {v}" for k, v in exc.errors.items()))
            return True
        if isinstance(exc, PlannerError):
            self.grid_status.setText(str(exc))
            return True
        return False

    def selected_zone(self) -> ZoneRow | None:
        index = self.zone_table.currentIndex()
        if not index.isValid() or self.overview is None:
            return None
        return self.zone_model.row_at(index.row())

    def _zone_selected(self) -> None:
        zone = self.selected_zone()
        if zone is not None:
            self.name_edit.setText(zone.name)
            self.colour_button.set_colour(zone.colour)
            self.move_target.setCurrentIndex(max(0, self.move_target.findData(zone.id)))

    def apply_zone_edit(self) -> None:
        zone = self.selected_zone()
        if zone is None:
            return
        Op(self.ctx, zones_service.update_zone, zone.id, zone.version, self.name_edit.text(), self.colour_button.colour).parent(
            self
        ).changes(Changes(zones=True)).success(lambda _version: self.reload()).failure(self._refused_edit).run()

    def _refused_edit(self, exc: Exception) -> bool:
        if isinstance(exc, PlannerError):
            text = " ; ".join(f"{k} : {v}" for k, v in exc.errors.items()) if isinstance(exc, ValidationError) else str(exc)
            self.summary.setText(text)
            if not isinstance(exc, ValidationError):  # changed or removed meanwhile: show what is there now
                self.reload()
            return True
        return False

    def move_communes(self) -> None:
        target = self.move_target.currentData()
        rows = sorted({index.row() for index in self.commune_table.selectionModel().selectedRows()})
        communes = [self.commune_model.row_at(row) for row in rows]
        if target is None or not communes:
            self.summary.setText(self.tr("Select the communes to move in the list, then the zone."))
            return
        Op(self.ctx, zones_service.move_communes, [(c.postcode, c.city, c.zone_id) for c in communes], target).parent(self).changes(
            Changes(zones=True)
        ).success(self._moved).failure(self._refused_edit).run()

    def _moved(self, moved: int) -> None:
        self.summary.setText(self.tr("%1 sites moved.").replace("%1", str(moved)))
        self.reload()

    # -- closing ---------------------------------------------------------------------------------
    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Zones"), self.tr("The zone-days were changed but not saved. Close without saving?")
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        """« Fermer », Échap or the window's ✕ (QDialog's close event comes here too): unsaved
        zone-days are only dropped once the manager agrees."""
        if self.dirty and not self.confirm_discard():
            return
        self.dirty = False
        super().reject()



def open_zones_dialog(ctx: AppContext, parent: QWidget | None = None) -> ZonesDialog:
    """Show the zones editor (one per window: shown again if already open)."""
    existing = getattr(parent, "zones_dialog", None)
    if isinstance(existing, ZonesDialog) and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = ZonesDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None:
        parent.zones_dialog = dialog  # type: ignore[attr-defined]
    dialog.show()
    return dialog
