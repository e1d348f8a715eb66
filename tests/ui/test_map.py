"""The map of the rounds on the « Planning » page: its lines and stops, selection shared with the
board, placing a site « à vérifier » by dragging its pin, offline and online backgrounds."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from planner.db.models import Site, Zone
from planner.domain.enums import GeocodePrecision
from planner.domain.geometry import to_world
from planner.services.geocoding import GeoSettings, save_geo_settings
from planner.services.mapping import MapSettings, save_map_settings
from planner.ui.map_view import LAND
from tests.ui.conftest import DEMO_DAY, wait_idle
from tests.ui.tile_server import free_port, png_of, serve_tiles


def open_map(qtbot, window, ctx, view: str = "both"):
    page = window.show_page("board")
    page.set_view(view)
    page.go_to(DEMO_DAY)
    wait_idle(qtbot, ctx)
    return page, page.map.canvas


def site_row(ctx, site_id: int) -> Site:
    with ctx.database.read() as session:
        site = session.execute(select(Site).where(Site.id == site_id)).scalar_one()
        session.expunge(site)
        return site


def isolate(canvas, world) -> None:
    """Centre the map closely on a point, so that what is there is not hidden by its neighbours."""
    canvas.set_view(world, 17)


def test_one_line_per_technician_day_with_its_numbered_stops(qtbot, window, ctx):
    page, canvas = open_map(qtbot, window, ctx)
    week = page.week
    busy = {(t, d): cell for (t, d), cell in week.cells.items() if any(v.point for v in cell.visits)}
    assert len(busy) > 10
    rounds = {(r.technician.id, week.days[r.day_index]): r for r in canvas.rounds}
    assert len(canvas.rounds) == len(rounds) == len(busy)
    for key, cell in busy.items():
        line = rounds[key]
        technician = week.technician(key[0])
        placed = [v for v in cell.visits if v.point]
        assert [s.visit.id for s in line.stops] == [v.id for v in placed]
        assert [s.number for s in line.stops] == [i + 1 for i, v in enumerate(cell.visits) if v.point]
        assert line.line[0] == to_world(*technician.start) and line.line[-1] == to_world(*technician.end)
        assert len(line.line) == len(placed) + 2
    assert len(canvas.unplanned) == sum(1 for v in week.unplanned if v.point)

    # A single day, one technician: the map follows the board's filters.
    technician = week.technicians[0]
    page.technician_filter.setCurrentIndex(page.technician_filter.findData(technician.id))
    wait_idle(qtbot, ctx)
    page.mode.setCurrentIndex(page.mode.findData(1))  # Tuesday
    wait_idle(qtbot, ctx)
    assert {r.technician.id for r in canvas.rounds} <= {technician.id}
    tuesday = week.days[1]
    expected = sum(1 for v in page.week.cell(technician.id, tuesday).visits if v.point)
    assert sum(len(r.stops) for r in canvas.rounds) == expected
    assert all(r.day_index == 0 for r in canvas.rounds)


def test_clicking_a_stop_selects_the_visit_on_the_board_and_back(qtbot, window, ctx):
    page, canvas = open_map(qtbot, window, ctx)
    stop = next(s for r in canvas.rounds for s in r.stops
                if (isolate(canvas, s.world), canvas.hit(canvas.to_screen(s.world)))[1].stop is s)
    where = canvas.to_screen(stop.world).toPoint()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=where)
    assert page.canvas.selected_id == stop.visit.id
    assert page.selected_visit().id == stop.visit.id
    assert page.lock_button.isEnabled()

    # The other way: a block clicked on the board lights up its stop on the map, brought into view.
    other = next(s for r in canvas.rounds for s in r.stops if s.visit.id != stop.visit.id
                 and (to_world(*s.visit.point) != stop.world))
    canvas.set_view(to_world(0.0, 0.0), 10)  # far away
    rect = page.canvas.rect_of(other.visit.id)
    qtbot.mouseClick(page.canvas, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert canvas.selected_id == other.visit.id
    point = canvas.stop_position(other.visit.id)
    assert canvas.rect().contains(point.toPoint())
    assert canvas.tooltip(canvas.hit(point)).startswith(f"{other.number}. {other.visit.customer}")

    # A visit to plan, clicked on the map, is selected in the list beside the board.
    visit, world = canvas.unplanned[0]
    isolate(canvas, world)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.to_screen(world).toPoint())
    assert page.unplanned.currentItem().data(Qt.ItemDataRole.UserRole).id == visit.id


def test_dragging_a_pin_places_the_site_and_undo_puts_it_back(qtbot, window, ctx):
    page, canvas = open_map(qtbot, window, ctx, view="map")
    assert canvas.pins, "the demo has sites « à vérifier »"
    pin, world = canvas.pins[0]
    before = site_row(ctx, pin.site_id)
    assert before.needs_review
    canvas.set_view(world, 15)
    tip = canvas.pin_tip(pin.site_id)
    grab = QPoint(int(tip.x()), int(tip.y() - 20))  # the head of the pin
    target = QPoint(grab.x() + 90, grab.y() + 50)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(canvas, QPoint(grab.x() + 40, grab.y() + 20))
    qtbot.mouseMove(canvas, target)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=target)
    expected = canvas.lat_lon_at(QPointF(tip.x() + 90, tip.y() + 50))
    wait_idle(qtbot, ctx)

    after = site_row(ctx, pin.site_id)
    assert abs(after.latitude - expected[0]) < 1e-6 and abs(after.longitude - expected[1]) < 1e-6
    assert not after.needs_review and after.geocode_precision is GeocodePrecision.MANUAL
    assert page.map.banner.isVisible() and pin.customer in page.map.banner_text.text()
    assert all(p.site_id != pin.site_id for p, _ in canvas.pins)
    # Its visits moved with it.
    moved = [s for r in canvas.rounds for s in r.stops if s.visit.site_id == pin.site_id]
    assert all(not s.visit.needs_review for s in moved)

    qtbot.mouseClick(page.map.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    again = site_row(ctx, pin.site_id)
    assert (again.latitude, again.longitude) == (before.latitude, before.longitude) and again.needs_review
    assert any(p.site_id == pin.site_id for p, _ in canvas.pins)


def _render(canvas) -> QImage:
    """The map as painted, without the demo's zones (they tint the background these tests look at)."""
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)
    canvas.show_zones = False
    canvas.render(image)
    canvas.show_zones = True
    return image


def test_offline_the_map_paints_town_names_on_a_plain_background(qtbot, window, ctx):
    page, canvas = open_map(qtbot, window, ctx, view="map")
    assert page.map.layers.offline and canvas.loader is None  # never a request for tiles offline
    assert not page.map.tiles_action.isEnabled()
    image = _render(canvas)
    assert canvas.communes and [text for text, _url in canvas.attribution()] == ["Communes : GeoNames (CC BY 4.0)"]
    corner = image.pixelColor(canvas.width() - 5, canvas.height() // 2)
    assert corner == LAND

    # The zones computed with the demo are drawn from their sites.
    with ctx.database.read() as session:
        names = list(session.scalars(select(Zone.name).order_by(Zone.name)))
    assert len(names) == 6
    assert [z.name for z, _outline, _label in canvas.zones] == names
    assert all(len(outline) >= 3 for _zone, outline, _label in canvas.zones)


def test_online_the_tiles_come_from_the_configured_server(qtbot, window, ctx):
    with serve_tiles(png_of("#00ffff")) as server:
        save_geo_settings(ctx.database, GeoSettings(offline=False))
        save_map_settings(ctx.database, MapSettings(tiles=True, tile_url=server.url))
        page, canvas = open_map(qtbot, window, ctx, view="map")
        page.map.reload_layers()
        wait_idle(qtbot, ctx)
        assert canvas.loader is not None and canvas.loader.url_template == server.url
        qtbot.waitUntil(lambda: not page.map.busy(), timeout=15_000)
        assert server.tile_requests() and all(r.headers["user-agent"].startswith("Planner/")
                                              for r in server.tile_requests())
        assert len(server.tile_requests()) == len(canvas.visible_tiles())
        image = _render(canvas)
        assert canvas.attribution() == [("© les contributeurs d'OpenStreetMap", "https://www.openstreetmap.org/copyright"),
                                        ("Signaler une erreur de carte", "https://www.openstreetmap.org/fixthemap")]
        assert image.pixelColor(canvas.width() - 5, canvas.height() // 2) == QColor("#00ffff")
        # The switch in « Afficher » turns the background off (and says so in the settings).
        page.map.tiles_action.trigger()
        wait_idle(qtbot, ctx)
        assert canvas.loader is None and not page.map.layers.settings.tiles
        assert _render(canvas).pixelColor(canvas.width() - 5, canvas.height() // 2) == LAND


def test_when_the_tile_server_is_gone_the_map_falls_back_on_town_names(qtbot, window, ctx):
    save_geo_settings(ctx.database, GeoSettings(offline=False))
    save_map_settings(ctx.database, MapSettings(tiles=True, tile_url=f"http://127.0.0.1:{free_port()}/{{z}}/{{x}}/{{y}}.png"))
    page, canvas = open_map(qtbot, window, ctx, view="map")
    page.map.reload_layers()
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: canvas.loader is not None and not canvas.loader.online, timeout=10_000)
    image = _render(canvas)
    assert canvas.background_note().startswith("Fond de carte indisponible")
    assert [text for text, _url in canvas.attribution()] == ["Communes : GeoNames (CC BY 4.0)"]
    assert image.pixelColor(canvas.width() - 5, canvas.height() // 2) == LAND


def test_planner_screenshot_map_draws_the_rounds_on_the_tiles(tmp_path):
    from planner.db.database import open_database
    from tests.test_cli import planner

    path = tmp_path / "planner.sqlite3"
    assert planner("demo", "--customers", "40", "--technicians", "3", "--db", str(path)).returncode == 0
    with serve_tiles(png_of("#00ffff"), delay_s=0.0) as server:
        database = open_database(str(path))
        save_map_settings(database, MapSettings(tiles=True, tile_url=server.url))
        database.dispose()
        out = tmp_path / "carte.png"
        result = planner("screenshot", "map", str(out), "--db", str(path), "--size", "1200x760",
                         env={"QT_QPA_PLATFORM": "offscreen", "PLANNER_DATA_DIR": str(tmp_path / "data")})
        assert result.returncode == 0, result.stderr
        asked = server.tile_requests()
    assert asked and all(r.headers["user-agent"].startswith("Planner/") for r in asked)
    assert list((tmp_path / "data" / "tiles").glob("127.0.0.1_*/*/*/*.png"))  # kept for next time
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 760)
    cyan = sum(1 for x in range(0, 1200, 20) for y in range(0, 760, 20) if image.pixelColor(x, y) == QColor("#00ffff"))
    assert cyan > 100  # the background came from the tile server
