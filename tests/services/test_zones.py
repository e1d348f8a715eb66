"""Zones balanced by workload, zone-days and their editing — and that slot ranking and the weekly
optimisation use them (SQLite and PostgreSQL)."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, select

from planner.db.models import AuditEntry, Site, Zone, ZoneDay
from planner.domain.errors import ConflictError, ValidationError
from planner.domain.progress import Progress
from planner.geo.geocoder import Geocoder, GeocoderConfig
from planner.services import contracts, customers, technicians, zones
from planner.services.contracts import ContractInput
from planner.services.customers import CustomerInput, SiteInput
from planner.services.demo import DemoOptions, generate_demo
from planner.services.geocoding import (
    GeoSettings,
    geocode_pending_sites,
    save_geo_settings,
    set_site_position,
)
from planner.services.optimisation import OptimiseRequest, build_problem
from planner.services.reference import ensure_reference_data
from planner.services.technicians import ShiftInput, TechnicianInput, default_shifts

OFFICE = (45.9196, 6.1505)
#: Three areas around Annecy: (commune, postcode, latitude, longitude, sites).
AREAS = (
    ("Annecy", "74000", 45.8992, 6.1294, 14),
    ("Seynod", "74600", 45.8856, 6.1046, 6),
    ("Rumilly", "74150", 45.8672, 5.9425, 10),
    ("Thônes", "74230", 45.8810, 6.3250, 8),
)
TODAY = date(2026, 11, 23)


def _technician(db, first: str, weekdays=range(5)) -> int:  # type: ignore[no-untyped-def]
    return technicians.save_technician(
        db, None, None,
        TechnicianInput(
            first_name=first, last_name="Test",
            shifts=tuple(ShiftInput(d, time(8), time(17)) for d in weekdays) if weekdays != range(5) else default_shifts(),
            start_lat=OFFICE[0], start_lon=OFFICE[1], end_lat=OFFICE[0], end_lon=OFFICE[1],
        ),
    )


def _customer(db, name: str, city: str, postcode: str, lat: float | None, lon: float | None) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    customer_id = customers.create_customer(
        db, CustomerInput(last_name=name, first_name="Anne"),
        SiteInput(address="1 rue de la Mairie", postcode=postcode, city=city, latitude=lat, longitude=lon),
    )
    return customer_id, customers.get_customer(db, customer_id).sites[0].id


@pytest.fixture
def small_world(db):  # type: ignore[no-untyped-def]
    """38 located sites in four communes, each with a maintenance contract (Or, Argent or Bronze),
    one site without a position; three technicians, Nadia off on Wednesdays."""
    ensure_reference_data(db)
    rng = random.Random(7)
    tiers = {t.name: t.id for t in contracts.list_tiers(db)}
    for city, postcode, lat, lon, count in AREAS:
        for n in range(count):
            customer_id, site_id = _customer(
                db, f"{city[:3]}{n}", city, postcode, lat + rng.gauss(0, 0.006), lon + rng.gauss(0, 0.008)
            )
            tier = ("Or", "Argent", "Bronze")[n % 3]
            contracts.create_contract(
                db, ContractInput(customer_id=customer_id, site_id=site_id, tier_id=tiers[tier], start_date=TODAY - timedelta(days=40))
            )
    _customer(db, "Sansadresse", "Annecy", "74000", None, None)
    techs = {name: _technician(db, name, weekdays) for name, weekdays in
             (("Gaëtan", range(5)), ("Sophie", range(5)), ("Nadia", (0, 1, 3, 4)))}
    return techs


def _zone_of_sites(db) -> dict[int, int | None]:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return dict(session.execute(select(Site.id, Site.zone_id)).all())


def test_zones_are_balanced_by_workload_named_after_their_communes_and_cover_every_located_site(db, small_world):
    result = zones.compute_zones(db, 3, Progress())
    assert result.zones == 3 and result.sites == 38
    overview = zones.load_zones(db)
    assert overview.suggested_k == 3  # one zone per active technician
    assert overview.located_sites == 38 and overview.unlocated_sites == 1 and overview.unzoned_sites == 0
    with db.read() as session:
        located = {s.id: s.zone_id for s in session.scalars(select(Site).where(Site.latitude.is_not(None)))}
        unlocated = list(session.scalars(select(Site.zone_id).where(Site.latitude.is_(None))))
    assert all(zone_id is not None for zone_id in located.values())
    assert unlocated == [None]

    # Workload: Or 3 × 120 min, Argent 2 × 90 min, Bronze 1 × 60 min a year.
    hours = [z.hours for z in overview.zones]
    total = sum(hours)
    assert total == pytest.approx(overview.total_hours, abs=0.2)
    assert total == pytest.approx(sum((6, 3, 1)[n % 3] for *_rest, count in AREAS for n in range(count)), abs=0.2)
    mean = total / 3
    heaviest_site = 6.0
    for zone in overview.zones:
        assert abs(zone.hours - mean) <= 0.08 * mean + heaviest_site, (zone.name, zone.hours, mean)
    assert sum(z.share for z in overview.zones) == pytest.approx(1.0)
    assert len({z.colour for z in overview.zones}) == 3
    names = {z.name for z in overview.zones}
    assert any("Rumilly" in n for n in names) and any("Thônes" in n for n in names), names
    # Rumilly's sites stay together, far from Thônes'.
    with db.read() as session:
        by_city = {city: set(session.scalars(select(Site.zone_id).where(Site.city == city, Site.latitude.is_not(None))))
                   for city, *_ in AREAS}
    assert len(by_city["Rumilly"]) == 1 and by_city["Rumilly"].isdisjoint(by_city["Thônes"])
    assert len(overview.communes) >= 4

    # Zone-days were proposed with the zones: every working day of every technician, none on a day off.
    techs = small_world
    assert result.zone_days == 5 + 5 + 4
    assert (techs["Nadia"], 2) not in overview.days
    assert {(t, d) for t in techs.values() for d in range(5)} - set(overview.days) == {(techs["Nadia"], 2)}
    assert set(overview.days.values()) == {z.id for z in overview.zones}


def test_recomputing_replaces_the_zones_and_their_zone_days(db, small_world):
    zones.compute_zones(db, 3)
    assert len(zones.load_zones(db).zones) == 3
    result = zones.compute_zones(db, 2)
    overview = zones.load_zones(db)
    assert result.zones == 2 and len(overview.zones) == 2
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Zone)) == 2
    assert set(overview.days.values()) <= {z.id for z in overview.zones}
    assert set(_zone_of_sites(db).values()) - {None} == {z.id for z in overview.zones}
    with db.read() as session:
        assert [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "zone"))] == ["compute", "compute"]
    with pytest.raises(ValidationError, match="Nombre de zones"):
        zones.compute_zones(db, 0)


def test_zone_days_respect_working_weekdays_and_concurrent_edits(db, small_world):
    techs = small_world
    zones.compute_zones(db, 3, propose=False)
    overview = zones.load_zones(db)
    assert overview.days == {}
    proposal = zones.propose_zone_days(db)
    assert (techs["Nadia"], 2) not in proposal and len(proposal) == 14
    # Proportional to workload: three equal zones over 14 technician-days get 4 or 5 each.
    per_zone = [list(proposal.values()).count(z.id) for z in overview.zones]
    assert sorted(per_zone) in ([4, 5, 5], [4, 4, 6]) or max(per_zone) - min(per_zone) <= 1
    assert zones.save_zone_days(db, proposal, expected={}) == 14
    assert zones.load_zones(db).days == proposal

    # Nadia does not work on Wednesdays: refused, naming the cell, and nothing changes.
    zone_id = overview.zones[0].id
    wrong = dict(proposal)
    wrong[(techs["Nadia"], 2)] = zone_id
    with pytest.raises(ValidationError) as refused:
        zones.save_zone_days(db, wrong)
    assert refused.value.errors == {"Zone de Nadia Test le mercredi": "Nadia Test ne travaille pas le mercredi."}
    with pytest.raises(ValidationError, match="ne travaille pas le mercredi"):
        zones.set_zone_day(db, techs["Nadia"], 2, zone_id)
    assert zones.load_zones(db).days == proposal

    # Clearing a cell; another post saved meanwhile: the stale grid is refused.
    cleared = dict(proposal)
    cleared[(techs["Gaëtan"], 0)] = None
    zones.save_zone_days(db, cleared, expected=proposal)
    assert (techs["Gaëtan"], 0) not in zones.load_zones(db).days
    with pytest.raises(ConflictError):
        zones.save_zone_days(db, proposal, expected=proposal)
    zones.set_zone_day(db, techs["Gaëtan"], 0, zone_id)
    zones.set_zone_day(db, techs["Sophie"], 4, None)
    days = zones.load_zones(db).days
    assert days[(techs["Gaëtan"], 0)] == zone_id and (techs["Sophie"], 4) not in days


def test_renaming_recolouring_and_moving_sites(db, small_world):
    zones.compute_zones(db, 3)
    overview = zones.load_zones(db)
    first, second = overview.zones[0], overview.zones[1]
    version = zones.update_zone(db, first.id, first.version, "Secteur du lac", "#123ABC")
    renamed = zones.load_zones(db).zone(first.id)
    assert (renamed.name, renamed.colour, renamed.version) == ("Secteur du lac", "#123abc", version)
    with pytest.raises(ConflictError):
        zones.update_zone(db, first.id, first.version, "Autre nom", "#123abc")
    with pytest.raises(ValidationError, match="Nom de la zone"):
        zones.update_zone(db, second.id, second.version, "secteur du LAC", "#00ff00")
    with pytest.raises(ValidationError) as refused:
        zones.update_zone(db, second.id, second.version, " ", "rouge")
    assert set(refused.value.errors) == {"Nom de la zone", "Couleur de la zone"}

    # All of Rumilly's sites go to another zone; the zones' centres follow.
    rumilly = next(c for c in zones.load_zones(db).communes if c.city == "Rumilly")
    target = next(z for z in zones.load_zones(db).zones if z.id != rumilly.zone_id)
    with db.read() as session:
        centre_before = session.get(Zone, target.id).centre_lon
    assert zones.move_commune(db, "74150", "Rumilly", target.id) == 10
    after = zones.load_zones(db)
    assert [(c.zone_id, c.sites) for c in after.communes if c.city == "Rumilly"] == [(target.id, 10)]
    with db.read() as session:
        assert session.get(Zone, target.id).centre_lon < centre_before  # pulled west, towards Rumilly
    # One site back.
    with db.read() as session:
        one = session.scalars(select(Site.id).where(Site.city == "Rumilly").order_by(Site.id)).first()
    assert zones.move_sites(db, [one], rumilly.zone_id) == 1
    assert _zone_of_sites(db)[one] == rumilly.zone_id
    with pytest.raises(ValidationError, match="aucun site localisé"):
        zones.move_commune(db, "75001", "Paris", target.id)


def test_new_and_moved_sites_join_the_nearest_zone_of_their_commune(db, small_world):
    zones.compute_zones(db, 3)
    overview = zones.load_zones(db)
    rumilly_zone = next(c.zone_id for c in overview.communes if c.city == "Rumilly")
    thones_zone = next(c.zone_id for c in overview.communes if c.city == "Thônes")
    # Typed with its position.
    _customer_id, typed = _customer(db, "Nouveau", "Rumilly", "74150", 45.869, 5.947)
    assert _zone_of_sites(db)[typed] == rumilly_zone
    # A commune no zone serves yet: the nearest zone.
    _customer_id, villards = _customer(db, "Voisin", "Les Villards-sur-Thônes", "74230", 45.915, 6.37)
    assert _zone_of_sites(db)[villards] == thones_zone
    # Placed by hand later.
    _customer_id, placed = _customer(db, "Placé", "Thônes", "74230", None, None)
    assert _zone_of_sites(db)[placed] is None
    set_site_position(db, placed, 45.8815, 6.3240)
    assert _zone_of_sites(db)[placed] == thones_zone
    # Geocoded later (offline gazetteer), like the sites an import creates.
    _customer_id, later = _customer(db, "Importé", "Thônes", "74230", None, None)
    assert _zone_of_sites(db)[later] is None
    save_geo_settings(db, GeoSettings(offline=True))
    geocode_pending_sites(db, Geocoder(db, GeocoderConfig(offline=True)), Progress(), site_ids=[later])
    assert _zone_of_sites(db)[later] == thones_zone


@pytest.fixture
def demo(db):  # type: ignore[no-untyped-def]
    generate_demo(db, DemoOptions(customers=160, technicians=4, seed=11, today=TODAY))
    save_geo_settings(db, GeoSettings(offline=True))
    return db


def test_the_demo_has_zones_and_the_weekly_optimisation_carries_them(demo):
    overview = zones.load_zones(demo)
    assert len(overview.zones) == 4 and overview.unzoned_sites == 0
    assert len(overview.days) == sum(len(t.weekdays & set(range(5))) for t in overview.technicians)
    built = build_problem(demo, OptimiseRequest(TODAY, days=5, time_limit_s=4, include_unplanned=True))
    assert built.data["zone_mismatch_cost"] > 0
    for entry in built.data["vehicles"]:
        vehicle = built.vehicles[entry["id"]]
        assert entry["zones"] == [overview.days[(vehicle.technician_id, vehicle.day.weekday())]]
    with demo.read() as session:
        site_zone = dict(session.execute(select(Site.id, Site.zone_id)).all())
        zone_days = {(z.technician_id, z.weekday) for z in session.scalars(select(ZoneDay))}
    assert zone_days == set(overview.days)
    jobs = built.data["jobs"]
    assert jobs and all(job["zone"] in {z.id for z in overview.zones} for job in jobs)
    with demo.read() as session:
        from planner.db.models import Visit

        for job in jobs[:20]:
            assert job["zone"] == site_zone[session.get(Visit, job["id"]).site_id]
