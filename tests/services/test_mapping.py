"""What the map shows besides the rounds, and placing a site by its pin (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from planner import __version__
from planner.db.models import AuditEntry, Site, Zone
from planner.domain.enums import GeocodePrecision
from planner.domain.errors import ValidationError
from planner.domain.geometry import convex_hull, from_world, tile_of, to_world
from planner.domain.progress import Progress
from planner.geo.geocoder import Geocoder, GeocoderConfig
from planner.services.customers import CustomerInput, SiteInput, add_site, create_customer
from planner.services.geocoding import (
    GeoSettings,
    geocode_pending_sites,
    save_geo_settings,
    set_site_position,
)
from planner.services.mapping import (
    DEFAULT_TILE_URL,
    MapSettings,
    commune_labels,
    load_map_layers,
    load_map_settings,
    place_site,
    restore_site_position,
    save_map_settings,
    set_tiles_shown,
    tile_user_agent,
    zone_outlines,
)
from planner.services.messages import CompanyInfo, save_company


def _site(db, address: str, postcode: str, city: str, name: str = "Favre") -> int:  # type: ignore[no-untyped-def]
    customer_id = create_customer(db, CustomerInput(last_name=name, first_name="Anne"))
    return add_site(db, customer_id, SiteInput(address=address, postcode=postcode, city=city))


def _row(db, site_id: int) -> Site:  # type: ignore[no-untyped-def]
    with db.read() as session:
        site = session.execute(select(Site).where(Site.id == site_id)).scalar_one()
        session.expunge(site)
        return site


def test_web_mercator_and_hulls() -> None:
    x, y = to_world(45.8992, 6.1294)
    assert from_world(x, y) == pytest.approx((45.8992, 6.1294))
    assert to_world(0, 0) == pytest.approx((0.5, 0.5))
    # Annecy's tile at zoom 12: x = (lon + 180) / 360 · 2^z, y = (1 − asinh(tan φ) / π) / 2 · 2^z.
    assert tile_of(45.8992, 6.1294, 12) == (2117, 1458)
    square = [(0, 0), (0, 2), (2, 2), (2, 0), (1, 1), (1, 0)]
    assert sorted(convex_hull(square)) == [(0, 0), (0, 2), (2, 0), (2, 2)]
    assert convex_hull([(1, 1), (1, 1)]) == [(1, 1)]


def test_a_dragged_pin_places_the_site_and_can_be_undone(db) -> None:  # type: ignore[no-untyped-def]
    vague = _site(db, "Chemin sans nom", "74230", "Thônes")
    lost = _site(db, "Lieu-dit Inexistant", "97133", "Nullepart-les-Bains", name="Rey")
    geocode_pending_sites(db, Geocoder(db, GeocoderConfig(offline=True)), Progress())
    before = _row(db, vague)
    assert before.needs_review and before.geocode_precision is GeocodePrecision.MUNICIPALITY

    layers = load_map_layers(db)
    assert [p.site_id for p in layers.review_pins] == [vague]
    assert layers.review_pins[0].point == pytest.approx((before.latitude, before.longitude))
    assert "centre de la commune" in layers.review_pins[0].reason
    assert layers.unplaced_sites == 1  # the lost one has no position to drag

    previous = place_site(db, vague, 45.8801, 6.3302)
    after = _row(db, vague)
    assert (after.latitude, after.longitude) == (45.8801, 6.3302)
    assert after.geocode_precision is GeocodePrecision.MANUAL and not after.needs_review
    assert load_map_layers(db).review_pins == []
    assert previous.needs_review and previous.latitude == before.latitude

    restore_site_position(db, previous)
    again = _row(db, vague)
    assert (again.latitude, again.longitude) == (before.latitude, before.longitude)
    assert again.needs_review and again.geocode_precision is GeocodePrecision.MUNICIPALITY
    assert again.geocode_source == before.geocode_source
    with db.read() as session:
        summaries = session.scalars(
            select(AuditEntry.summary).where(AuditEntry.entity == "site", AuditEntry.entity_id == vague)
            .order_by(AuditEntry.id)
        ).all()
    assert summaries[-2].startswith("Position saisie") and summaries[-1].startswith("Position rétablie")

    with pytest.raises(ValidationError) as caught:
        place_site(db, lost, 0, 0)
    assert "Coordonnées" in caught.value.errors
    assert _row(db, lost).latitude is None


def test_zones_are_drawn_from_their_sites(db) -> None:  # type: ignore[no-untyped-def]
    corners = [(45.90, 6.10), (45.90, 6.14), (45.93, 6.14), (45.93, 6.10), (45.915, 6.12)]
    sites = [_site(db, f"{n} rue A", "74000", "Annecy", name=f"N{n}") for n in range(len(corners) + 1)]
    for site_id, (lat, lon) in zip(sites, [*corners, (45.87, 6.09)], strict=True):
        set_site_position(db, site_id, lat, lon)
    with db.write() as session:
        north = Zone(name="Annecy-le-Vieux", colour="#1f77b4")
        south = Zone(name="Seynod", colour="#d62728")
        empty = Zone(name="Thônes", colour="#2ca02c", centre_lat=45.88, centre_lon=6.32)
        ghost = Zone(name="Nulle part", colour="#777777")
        session.add_all([north, south, empty, ghost])
        session.flush()
        for site_id in sites[:5]:
            session.get(Site, site_id).zone_id = north.id
        session.get(Site, sites[5]).zone_id = south.id
    outlines = {z.name: z for z in zone_outlines(db)}
    assert set(outlines) == {"Annecy-le-Vieux", "Seynod", "Thônes"}
    assert sorted(outlines["Annecy-le-Vieux"].outline) == sorted(corners[:4])  # the inner site is inside
    assert outlines["Annecy-le-Vieux"].sites == 5 and outlines["Annecy-le-Vieux"].colour == "#1f77b4"
    assert outlines["Annecy-le-Vieux"].label_at == pytest.approx((45.915, 6.12))
    assert outlines["Seynod"].outline == ((45.87, 6.09),)
    assert outlines["Thônes"].outline == ((45.88, 6.32),) and outlines["Thônes"].sites == 0
    assert [z.name for z in load_map_layers(db).zones] == ["Annecy-le-Vieux", "Seynod", "Thônes"]


def test_map_settings(db) -> None:  # type: ignore[no-untyped-def]
    assert load_map_settings(db) == MapSettings(tiles=True, tile_url=DEFAULT_TILE_URL)
    save_geo_settings(db, GeoSettings(offline=True))
    assert load_map_settings(db).tiles is False  # offline by default when Planner works offline
    assert load_map_layers(db).tiles_shown is False
    set_tiles_shown(db, True)
    assert load_map_settings(db).tiles is True
    assert load_map_layers(db).tiles_shown is False  # « never call a web service » still wins
    save_geo_settings(db, GeoSettings(offline=False))
    assert load_map_layers(db).tiles_shown is True
    other = "https://tiles.example.org/osm/{z}/{x}/{y}.png"
    save_map_settings(db, MapSettings(tiles=False, tile_url=other))
    assert load_map_settings(db) == MapSettings(tiles=False, tile_url=other)
    for bad in ("tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org/{z}/{x}.png"):
        with pytest.raises(ValidationError) as caught:
            save_map_settings(db, MapSettings(tile_url=bad))
        assert "Fond de carte" in caught.value.errors
    assert load_map_settings(db).tile_url == other

    agent = tile_user_agent(db)
    assert agent.startswith(f"Planner/{__version__} (") and "python" not in agent.lower()
    save_company(db, CompanyInfo(name="Élec Annecy", email="contact@elec-annecy.fr"))
    assert tile_user_agent(db) == f"Planner/{__version__} (desktop field-service planner; Elec Annecy; contact@elec-annecy.fr)"


def test_commune_labels_cover_the_annecy_area() -> None:
    labels = commune_labels()
    names = {label.name for label in labels}
    assert {"Annecy", "Seynod", "Annecy-le-Vieux", "Thônes"} <= names
    populations = [label.population for label in labels]
    assert populations == sorted(populations, reverse=True)
    assert len(names) == len(labels)


def test_the_settings_screen_checks_the_tile_server_with_the_rest(db) -> None:  # type: ignore[no-untyped-def]
    from planner.services.outbox import OutboxSettings
    from planner.services.settings import save_settings

    with pytest.raises(ValidationError) as caught:
        save_settings(db, GeoSettings(detour_factor=9), CompanyInfo(name="Élec"), OutboxSettings(), None, None,
                      MapSettings(tile_url="ftp://tiles"))
    assert {"Facteur de détour", "Fond de carte"} <= set(caught.value.errors)
    save_settings(db, GeoSettings(), CompanyInfo(name="Élec"), OutboxSettings(), None, None,
                  MapSettings(tiles=False, tile_url="https://tiles.example.org/{z}/{x}/{y}.png"))
    assert load_map_settings(db) == MapSettings(False, "https://tiles.example.org/{z}/{x}/{y}.png")
