"""The geocoding use cases on real databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from planner.db.models import Site
from planner.domain.enums import GeocodePrecision
from planner.domain.errors import ValidationError
from planner.domain.progress import Progress
from planner.geo.geocoder import Geocoder, GeocoderConfig
from planner.geo.travel import CachedProvider, MatrixCache, OfflineModel
from planner.services.customers import CustomerInput, SiteInput, add_site, create_customer, update_site
from planner.services.geocoding import (
    GeoSettings,
    geocode_pending_sites,
    geocode_site,
    load_geo_settings,
    make_geocoder,
    save_geo_settings,
    set_site_position,
    sites_to_review,
    travel_matrix_for,
)
from planner.services.technicians import TechnicianInput, save_technician
from tests.geo.fake_services import FakeServices, ban_feature, fast_config


def _site(db, address: str, postcode: str, city: str, name: str = "Favre") -> int:  # type: ignore[no-untyped-def]
    customer_id = create_customer(db, CustomerInput(last_name=name, first_name="Anne"))
    return add_site(db, customer_id, SiteInput(address=address, postcode=postcode, city=city))


def _site_row(db, site_id: int) -> SimpleNamespace:  # type: ignore[no-untyped-def]
    """What the database holds for the site now."""
    with db.read() as session:
        site = session.execute(select(Site).where(Site.id == site_id)).scalar_one()
        return SimpleNamespace(**{c.key: getattr(site, c.key) for c in Site.__mapper__.column_attrs})


def _street(n: int) -> tuple[str, str]:
    text = f"{n} rue Sommeiller"
    return text, f"{text} 74000 Annecy"


def _known(fake: FakeServices, count: int) -> None:
    for n in range(1, count + 1):
        _, full = _street(n)
        fake.ban_answers[full.lower()] = [ban_feature(full, 45.90 + n / 1e4, 6.12, score=0.91)]


def test_a_batch_places_sites_and_records_how(db, fake: FakeServices) -> None:
    _known(fake, 1)
    good = _site(db, _street(1)[0], "74000", "Annecy")
    vague = _site(db, "Chemin sans nom", "74230", "Thônes", name="Mugnier")
    lost = _site(db, "Lieu-dit Inexistant", "97133", "Nullepart-les-Bains", name="Rey")
    report = geocode_pending_sites(db, Geocoder(db, fast_config(fake)), Progress())
    assert (report.total, report.placed, report.to_review, report.unplaced) == (3, 1, 1, 1)
    assert not report.cancelled

    site = _site_row(db, good)
    assert (site.latitude, site.longitude) == pytest.approx((45.9001, 6.12))
    assert site.geocode_precision is GeocodePrecision.HOUSENUMBER
    assert (site.geocode_source, site.geocode_score, site.needs_review) == ("ban", 0.91, False)
    assert site.insee_code == "74010" and site.geocoded_at is not None

    site = _site_row(db, vague)
    assert site.geocode_precision is GeocodePrecision.MUNICIPALITY
    assert site.geocode_source == "communes" and site.needs_review
    assert site.insee_code == "74280"

    site = _site_row(db, lost)
    assert site.latitude is None and site.longitude is None and site.needs_review

    review = {item.site_id: item for item in sites_to_review(db)}
    assert set(review) == {vague, lost}
    assert "centre de la commune" in review[vague].reason
    assert review[lost].reason.startswith("Adresse introuvable")
    assert review[vague].customer == "MUGNIER Anne"


def test_a_cancelled_batch_keeps_what_it_did_and_the_next_run_does_the_rest(db, fake: FakeServices) -> None:
    _known(fake, 12)
    ids = [_site(db, _street(n)[0], "74000", "Annecy") for n in range(1, 13)]
    progress = Progress()
    geocoder = Geocoder(db, fast_config(fake))
    real_geocode = geocoder.geocode
    seen: list[str] = []

    def geocode_then_cancel(query, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(query.address)
        if len(seen) == 5:
            progress.cancel()  # the user presses « Annuler » during the fifth address
        return real_geocode(query, **kwargs)

    geocoder.geocode = geocode_then_cancel  # type: ignore[method-assign]
    first = geocode_pending_sites(db, geocoder, progress, chunk_size=4)
    assert first.cancelled and first.done == 5
    assert "Interrompu" in first.describe()
    placed = [sid for sid in ids if _site_row(db, sid).latitude is not None]
    assert placed == ids[:5]

    second = geocode_pending_sites(db, Geocoder(db, fast_config(fake)), Progress())
    assert second.total == 7 and second.placed == 7 and not second.cancelled
    assert all(_site_row(db, sid).latitude is not None for sid in ids)
    assert len(fake.of("ban")) == 12  # nothing was asked twice


def test_an_offline_batch_finishes_promptly(db, fake: FakeServices) -> None:
    fake.ban_mode = fake.nominatim_mode = "sleep"
    for n in range(30):
        _site(db, f"{n + 1} avenue de Genève", "74000", "Annecy")
    started = time.monotonic()
    report = geocode_pending_sites(db, Geocoder(db, fast_config(fake, timeout_s=0.3)), Progress())
    assert time.monotonic() - started < 5
    assert report.to_review == 30
    assert report.notices and "pas de réponse" in report.notices[0]


def test_progress_is_reported_in_french(db, fake: FakeServices) -> None:
    _known(fake, 3)
    for n in range(1, 4):
        _site(db, _street(n)[0], "74000", "Annecy")
    states = []
    geocode_pending_sites(db, Geocoder(db, fast_config(fake)), Progress(states.append, min_interval=0))
    assert states[0].message == "Géocodage : 0 / 3 adresses"
    assert any(s.message == "Géocodage : 3 / 3 adresses" for s in states)
    assert states[-1].fraction == 1.0


def test_a_site_changed_during_the_batch_is_left_for_later(db, fake: FakeServices) -> None:
    _known(fake, 1)
    site_id = _site(db, _street(1)[0], "74000", "Annecy")
    geocoder = Geocoder(db, fast_config(fake))
    real_geocode = geocoder.geocode

    def user_edits_meanwhile(query, **kwargs):  # type: ignore[no-untyped-def]
        result = real_geocode(query, **kwargs)
        version = _site_row(db, site_id).version
        update_site(db, site_id, version, SiteInput(address="2 rue Royale", postcode="74000", city="Annecy"))
        return result

    geocoder.geocode = user_edits_meanwhile  # type: ignore[method-assign]
    report = geocode_pending_sites(db, geocoder, Progress())
    assert report.skipped == 1
    assert _site_row(db, site_id).latitude is None


def test_one_site_can_be_geocoded_on_its_own(db, fake: FakeServices) -> None:
    _known(fake, 1)
    site_id = _site(db, _street(1)[0], "74000", "Annecy")
    result = geocode_site(db, site_id, Geocoder(db, fast_config(fake)))
    assert result.review is False
    assert _site_row(db, site_id).geocode_source == "ban"


def test_a_position_typed_by_hand_is_trusted(db) -> None:  # type: ignore[no-untyped-def]
    site_id = _site(db, "Chemin sans nom", "74230", "Thônes")
    geocode_pending_sites(db, Geocoder(db, GeocoderConfig(offline=True)), Progress())
    assert [i.site_id for i in sites_to_review(db)] == [site_id]
    set_site_position(db, site_id, 45.8801, 6.3302)
    site = _site_row(db, site_id)
    assert (site.latitude, site.longitude) == (45.8801, 6.3302)
    assert site.geocode_precision is GeocodePrecision.MANUAL
    assert (site.geocode_source, site.needs_review) == ("saisie", False)
    assert sites_to_review(db) == []
    with pytest.raises(ValidationError):
        set_site_position(db, site_id, 0, 0)
    with pytest.raises(ValidationError):
        set_site_position(db, site_id, 91, 6)


def test_approximate_positions_are_redone_when_asked(db, fake: FakeServices) -> None:
    _known(fake, 1)
    site_id = _site(db, _street(1)[0], "74000", "Annecy")
    geocode_pending_sites(db, Geocoder(db, GeocoderConfig(offline=True)), Progress())
    assert _site_row(db, site_id).geocode_source == "communes"
    assert geocode_pending_sites(db, Geocoder(db, fast_config(fake)), Progress()).total == 0
    report = geocode_pending_sites(db, Geocoder(db, fast_config(fake)), Progress(), include_approximate=True)
    assert report.placed == 1
    assert _site_row(db, site_id).geocode_source == "ban"


def test_settings_are_kept_and_checked(db, fake: FakeServices) -> None:  # type: ignore[no-untyped-def]
    assert load_geo_settings(db) == GeoSettings()
    assert load_geo_settings(db).ban_url == "https://data.geopf.fr/geocodage"
    wanted = GeoSettings(offline=True, ban_url=fake.ban_url, nominatim_url="", osrm_url=fake.osrm_url,
                         detour_factor=1.4, parking_s=120)
    save_geo_settings(db, wanted)
    assert load_geo_settings(db) == wanted
    assert make_geocoder(db).config.offline is True
    assert make_geocoder(db, offline=False).config.ban_url == fake.ban_url
    with pytest.raises(ValidationError) as caught:
        save_geo_settings(db, GeoSettings(ban_url="data.geopf.fr", detour_factor=0.5))
    assert set(caught.value.errors) == {"Service BAN", "Facteur de détour"}


def test_travel_matrix_for_technicians_and_sites(db, fake: FakeServices) -> None:
    save_geo_settings(db, GeoSettings(osrm_url=fake.osrm_url))
    tech = save_technician(
        db, None, None, TechnicianInput(first_name="Paul", last_name="Rey", start_label="Dépôt", start_lat=45.9196,
                                  start_lon=6.1505, end_lat=45.9196, end_lon=6.1505)
    )
    placed = _site(db, "1 rue A", "74000", "Annecy")
    set_site_position(db, placed, 45.8992, 6.1294)
    other = _site(db, "2 rue B", "74230", "Thônes")
    set_site_position(db, other, 45.8817, 6.3250)
    missing = _site(db, "3 rue C", "74150", "Rumilly")
    result = travel_matrix_for(db, [placed, missing, other], [tech])
    assert [(p.kind, p.id) for p in result.points] == [("start", tech), ("end", tech), ("site", placed), ("site", other)]
    assert result.missing_sites == [missing]
    assert result.matrix.provider == "osrm" and len(result.matrix) == 4
    assert result.matrix.duration(0, 1) == 0  # start and end at the depot
    assert result.matrix.duration(2, 3) > 15 * 60
    assert len(fake.of("osrm")) == 1


def test_travel_matrix_falls_back_with_a_warning(db, fake: FakeServices) -> None:
    fake.osrm_mode = "503"
    save_geo_settings(db, GeoSettings(osrm_url=fake.osrm_url))
    a = _site(db, "1 rue A", "74000", "Annecy")
    set_site_position(db, a, 45.8992, 6.1294)
    b = _site(db, "2 rue B", "74230", "Thônes")
    set_site_position(db, b, 45.8817, 6.3250)
    result = travel_matrix_for(db, [a, b])
    assert result.matrix.provider == "estimation"
    assert result.warnings and "Serveur d'itinéraires indisponible" in result.warnings[0]
    local = travel_matrix_for(db, [a, b], provider=CachedProvider(OfflineModel(), MatrixCache()))
    assert (local.matrix.durations == result.matrix.durations).all()
