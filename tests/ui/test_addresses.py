"""Addresses to check: type a position, locate pending addresses offline, geo settings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.services import customers as customer_service
from planner.services import geocoding
from planner.services.customers import CustomerInput, SiteInput
from tests.ui.conftest import wait_idle


def test_a_typed_position_takes_the_site_off_the_list(qtbot, window, ctx):
    assert window.review_button.isVisible()
    before = len(geocoding.sites_to_review(ctx.database))
    assert window.review_button.text() == f"{before} adresse(s) à vérifier"

    dialog = window.open_address_review()
    wait_idle(qtbot, ctx)
    assert dialog.model.rowCount() == before
    dialog.table.selectRow(0)
    site_id = dialog.model.row_at(0).site_id

    dialog.latitude.setValue(0)
    dialog.longitude.setValue(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert "golfe de Guinée" in dialog.banner.text()  # (0, 0) is never a position

    dialog.latitude.setValue(45.9061)
    dialog.longitude.setValue(6.1280)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert dialog.model.rowCount() == before - 1
    assert site_id not in {r.site_id for r in dialog.model.rows()}
    assert window.review_button.text() == f"{before - 1} adresse(s) à vérifier"
    dialog.close()


def test_locating_pending_addresses_offline_places_them_at_the_town_centre(qtbot, window, ctx):
    customer_service.create_customer(
        ctx.database,
        CustomerInput(last_name="Gruffaz", first_name="Léon"),
        SiteInput(address="8 route du Semnoz", postcode="74600", city="Seynod"),
    )
    dialog = window.open_address_review()
    wait_idle(qtbot, ctx)
    qtbot.mouseClick(dialog.batch_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert "1 adresse(s) traitée(s) sur 1" in dialog.report.text()
    [item] = [r for r in dialog.model.rows() if r.customer == "GRUFFAZ Léon"]
    assert item.latitude is not None and abs(item.latitude - 45.865) < 0.05
    assert dialog.model.data(dialog.model.index(dialog.model.find(lambda r: r is item), 4)) == "Centre de la commune"
    dialog.close()


def test_geo_settings_are_saved_and_bad_addresses_refused(qtbot, window, ctx):
    dialog = window.open_settings()
    wait_idle(qtbot, ctx)
    assert dialog.offline.isChecked()
    dialog.ban_url.setText("pas une adresse")
    dialog.accept()
    wait_idle(qtbot, ctx)
    assert dialog.isVisible() and "Service BAN" in dialog.banner.text()

    dialog.ban_url.setText("https://data.geopf.fr/geocodage")
    dialog.detour.setValue(1.4)
    dialog.accept()
    wait_idle(qtbot, ctx)
    assert not dialog.isVisible()
    assert geocoding.load_geo_settings(ctx.database).detour_factor == 1.4
