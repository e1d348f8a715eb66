"""The « Zones » editor, opened from the Planning page's map: compute the zones, assign a
technician's zone for a weekday, save — the zones show on the map and the zone-day is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import func, select

from planner.db.models import Site, Zone, ZoneDay
from tests.ui.conftest import DEMO_DAY, wait_idle


def open_editor(qtbot, window, ctx):  # type: ignore[no-untyped-def]
    page = window.show_page("board")
    page.set_view("both")
    page.go_to(DEMO_DAY)
    wait_idle(qtbot, ctx)
    qtbot.mouseClick(page.map.zones_button, Qt.MouseButton.LeftButton)
    dialog = page.zones_dialog
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, ctx)
    return page, dialog


def test_compute_assign_and_save_zones_from_the_planning_map(qtbot, window, ctx):
    page, dialog = open_editor(qtbot, window, ctx)
    # The demo's zones: one per technician, with their share of the workload and a zone-day grid.
    assert dialog.zone_model.total == 6
    assert abs(sum(z.share for z in dialog.overview.zones) - 1) < 1e-6
    assert dialog.grid.rowCount() == 6 and dialog.grid.columnCount() == 5
    assert dialog.grid.horizontalHeaderItem(0).text() == "Lundi"
    # Émilie works four days: no zone on Wednesdays.
    emilie = next(row for row, t in enumerate(dialog.overview.technicians) if t.name.startswith("Émilie"))
    assert dialog.grid.item(emilie, 2).text() == "ne travaille pas"
    assert [z.name for z, _o, _l in dialog.map.canvas.zones] == sorted(z.name for z in dialog.overview.zones)

    # « Calculer les zones… » with 3 zones (6 suggested), replacing the demo's.
    asked = []
    dialog.ask_zone_count = lambda suggested, has_zones: asked.append((suggested, has_zones)) or 3
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert asked == [(6, True)]
    assert dialog.zone_model.total == 3
    with ctx.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Zone)) == 3
        assert session.scalar(select(func.count()).select_from(Site).where(Site.latitude.is_not(None), Site.zone_id.is_(None))) == 0
    assert "3 zones" in dialog.summary.text()
    # The map of the editor and the Planning page's map both show the new zones.
    names = sorted(z.name for z in dialog.overview.zones)
    qtbot.waitUntil(lambda: [z.name for z, _o, _l in dialog.map.canvas.zones] == names, timeout=10_000)
    page.map.reload_layers()
    wait_idle(qtbot, ctx)
    assert [z.name for z, _o, _l in page.map.canvas.zones] == names

    # Assign Gaëtan's Monday to another zone, save: stored, and no longer « unsaved ».
    gaetan = next(t for t in dialog.overview.technicians if t.name.startswith("Gaëtan"))
    current = dialog.overview.days[(gaetan.id, 0)]
    other = next(z for z in dialog.overview.zones if z.id != current)
    combo: QComboBox = dialog.combos[(gaetan.id, 0)]
    combo.setCurrentIndex(combo.findData(other.id))
    assert dialog.dirty and dialog.save_button.isEnabled()
    assert "non enregistrées" in dialog.grid_status.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert not dialog.dirty and not dialog.save_button.isEnabled()
    with ctx.database.read() as session:
        stored = session.scalars(select(ZoneDay.zone_id).where(ZoneDay.technician_id == gaetan.id, ZoneDay.weekday == 0)).all()
    assert stored == [other.id]

    # Clear a cell, then « Proposer les jours de zone » fills it again (unsaved until « Enregistrer »).
    dialog.set_cell(gaetan.id, 1, None)
    assert dialog.dirty
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert dialog.combos[(gaetan.id, 1)].currentData() is not None

    # Rename and recolour the first zone; the map follows.
    dialog.zone_table.selectRow(0)
    zone = dialog.selected_zone()
    dialog.name_edit.setText("Secteur du lac")
    dialog.colour_button.set_colour("#123456")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    with ctx.database.read() as session:
        renamed = session.get(Zone, zone.id)
        assert (renamed.name, renamed.colour) == ("Secteur du lac", "#123456")
    qtbot.waitUntil(lambda: "Secteur du lac" in [z.name for z, _o, _l in dialog.map.canvas.zones], timeout=10_000)

    # Move a commune's sites to another zone.
    dialog.tabs.setCurrentIndex(1)
    row = dialog.commune_model.find(lambda c: c.zone_id is not None and c.zone_id != zone.id and c.sites >= 2)
    commune = dialog.commune_model.row_at(row)
    dialog.commune_table.selectRow(row)
    dialog.move_target.setCurrentIndex(dialog.move_target.findData(zone.id))
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    with ctx.database.read() as session:
        zones_there = set(session.scalars(select(Site.zone_id).where(Site.city == commune.city, Site.postcode == commune.postcode,
                                                                      Site.latitude.is_not(None))))
    assert zone.id in zones_there and commune.zone_id not in zones_there

    # Closing with unsaved zone-days asks first; refusing keeps the editor open.
    asked_discard = []
    dialog.confirm_discard = lambda: asked_discard.append(True) or False
    assert dialog.dirty
    dialog.close()
    assert asked_discard and dialog.isVisible()
    dialog.confirm_discard = lambda: True
    dialog.close()
    assert not dialog.isVisible()


def test_the_technicians_page_opens_the_same_editor(qtbot, window, ctx):
    page = window.show_page("technicians")
    wait_idle(qtbot, ctx)
    qtbot.mouseClick(page.zones_button, Qt.MouseButton.LeftButton)
    dialog = page.zones_dialog
    wait_idle(qtbot, ctx)
    assert dialog.isVisible() and dialog.zone_model.total == 6
    dialog.close()
