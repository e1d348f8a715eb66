"""No address is looked up twice: service answers are kept in the database (both engines)."""

from __future__ import annotations

from planner.geo.cache import GeocodeCacheStore, cache_key
from planner.geo.geocoder import Geocoder, GeocoderConfig
from tests.geo.fake_services import FakeServices, ban_feature, fast_config

ROYALE = "10 Rue Royale 74000 Annecy"


def _knows_royale(fake: FakeServices) -> None:
    fake.ban_answers["10 rue royale 74000 annecy"] = [ban_feature(ROYALE, 45.89986, 6.12423, score=0.93)]


def test_an_address_is_asked_once_even_by_another_geocoder(db, fake: FakeServices) -> None:
    _knows_royale(fake)
    first = Geocoder(db, fast_config(fake)).geocode(ROYALE)
    second = Geocoder(db, fast_config(fake)).geocode("10, rue ROYALE — 74000 ANNECY")  # same once folded
    assert len(fake.of("ban")) == 1
    assert second.from_cache and not first.from_cache
    assert (second.lat, second.lon, second.precision, second.source, second.review) == (
        first.lat, first.lon, first.precision, first.source, first.review
    )
    assert second.insee_code == "74010"


def test_the_cache_serves_offline(db, fake: FakeServices) -> None:
    _knows_royale(fake)
    Geocoder(db, fast_config(fake)).geocode(ROYALE)
    fake.close()
    result = Geocoder(db, GeocoderConfig(offline=True)).geocode(ROYALE)
    assert result.source == "ban" and not result.review


def test_an_empty_answer_is_kept_too(db, fake: FakeServices) -> None:
    Geocoder(db, fast_config(fake)).geocode("7 allée des Songes 74000 Annecy")
    Geocoder(db, fast_config(fake)).geocode("7 allée des Songes 74000 Annecy")
    assert len(fake.of("ban")) == 1 and len(fake.of("nominatim")) == 1


def test_failures_and_gazetteer_guesses_are_not_kept(db, fake: FakeServices) -> None:
    fake.ban_mode = fake.nominatim_mode = "503"
    guess = Geocoder(db, fast_config(fake)).geocode(ROYALE)
    assert guess.source == "communes"
    assert GeocodeCacheStore(db).count() == 0
    fake.ban_mode = "ok"
    _knows_royale(fake)
    assert Geocoder(db, fast_config(fake)).geocode(ROYALE).source == "ban"


def test_refresh_asks_again_and_replaces_the_answer(db, fake: FakeServices) -> None:
    _knows_royale(fake)
    Geocoder(db, fast_config(fake)).geocode(ROYALE)
    fake.ban_answers["10 rue royale 74000 annecy"] = [ban_feature(ROYALE, 45.9, 6.125, score=0.97)]
    refreshed = Geocoder(db, fast_config(fake)).geocode(ROYALE, refresh=True)
    assert (refreshed.lat, refreshed.score) == (45.9, 0.97)
    assert Geocoder(db, fast_config(fake)).geocode(ROYALE).lat == 45.9
    assert GeocodeCacheStore(db).count() == 1


def test_many_cached_addresses_are_read_in_one_go(db, fake: FakeServices) -> None:
    addresses = [f"{n} rue Royale 74000 Annecy" for n in range(1, 121)]
    for n, text in enumerate(addresses, start=1):
        fake.ban_answers[text.lower()] = [ban_feature(text, 45.9 + n / 1e4, 6.12, score=0.9)]
    Geocoder(db, fast_config(fake)).geocode_many(addresses)
    again = Geocoder(db, fast_config(fake)).geocode_many(addresses)
    assert len(fake.of("ban")) == 120
    assert all(r.from_cache and not r.review for r in again)


def test_a_very_long_address_gets_a_bounded_key() -> None:
    key = cache_key("ban", "rue " * 500)
    assert len(key) <= 400
    assert key != cache_key("ban", "rue " * 499)
