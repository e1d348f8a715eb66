"""The geocoding chain against a loopback server speaking the BAN and Nominatim formats."""

from __future__ import annotations

import time

import pytest

from planner.domain.enums import GeocodePrecision
from planner.geo.geocoder import HOUSENUMBER_SCORE_THRESHOLD, Geocoder
from planner.geo.online import DEFAULT_BAN_URL, BanClient
from tests.geo.fake_services import FakeServices, ban_feature, fast_config, nominatim_place

ROYALE = "10 Rue Royale 74000 Annecy"


def _knows_royale(fake: FakeServices, score: float = 0.93) -> None:
    fake.ban_answers["10 rue royale 74000 annecy"] = [
        ban_feature(ROYALE, 45.89986, 6.12423, score=score),
        ban_feature("Rue Royale 74000 Annecy", 45.8999, 6.1240, score=0.6, kind="street"),
    ]


def test_the_default_service_is_the_ign_geoplateforme() -> None:
    assert BanClient().search_url == "https://data.geopf.fr/geocodage/search"
    assert DEFAULT_BAN_URL == "https://data.geopf.fr/geocodage"


def test_a_good_house_number_match_is_accepted_silently(fake: FakeServices, online: Geocoder) -> None:
    _knows_royale(fake)
    result = online.geocode(ROYALE)
    assert (result.lat, result.lon) == (45.89986, 6.12423)
    assert result.precision is GeocodePrecision.HOUSENUMBER
    assert result.source == "ban"
    assert result.score == pytest.approx(0.93)
    assert (result.postcode, result.city, result.insee_code) == ("74000", "Annecy", "74010")
    assert result.review is False and result.message == ""
    assert not fake.of("nominatim")


def test_the_ban_request_carries_the_query_a_limit_and_planners_user_agent(
    fake: FakeServices, online: Geocoder
) -> None:
    _knows_royale(fake)
    online.geocode(ROYALE)
    (request,) = fake.of("ban")
    assert request.path == "/geocodage/search"
    assert request.params["q"] == ROYALE
    assert request.params["limit"] == "5"
    assert request.headers["user-agent"].startswith("Planner/")


def test_a_weak_house_number_match_is_flagged_with_its_score(fake: FakeServices, online: Geocoder) -> None:
    _knows_royale(fake, score=HOUSENUMBER_SCORE_THRESHOLD - 0.05)
    result = online.geocode(ROYALE)
    assert result.precision is GeocodePrecision.HOUSENUMBER
    assert result.review is True
    assert "score 0,75" in result.message


def test_a_street_or_commune_match_is_flagged(fake: FakeServices, online: Geocoder) -> None:
    fake.ban_answers["99 rue royale 74000 annecy"] = [
        ban_feature("Rue Royale 74000 Annecy", 45.8999, 6.1240, score=0.82, kind="street")
    ]
    fake.ban_answers["lieu inconnu 74000 annecy"] = [
        ban_feature("Annecy", 45.8992, 6.1294, score=0.61, kind="municipality")
    ]
    street = online.geocode("99 rue Royale 74000 Annecy")
    commune = online.geocode("Lieu inconnu 74000 Annecy")
    assert street.precision is GeocodePrecision.STREET and street.review
    assert "numéro introuvable" in street.message.lower()
    assert commune.precision is GeocodePrecision.MUNICIPALITY and commune.review
    assert "centre" in commune.message


def test_the_typed_postcode_chooses_among_close_candidates(fake: FakeServices, online: Geocoder) -> None:
    fake.ban_answers["5 rue du lac 74290 veyrier"] = [
        ban_feature("5 Rue du Lac 74410 Saint-Jorioz", 45.83, 6.16, score=0.86, postcode="74410"),
        ban_feature("5 Rue du Lac 74290 Veyrier-du-Lac", 45.88, 6.18, score=0.81, postcode="74290"),
    ]
    result = online.geocode("5 rue du Lac 74290 Veyrier")
    assert result.postcode == "74290"
    assert result.review is False


def test_a_candidate_in_another_department_is_flagged(fake: FakeServices, online: Geocoder) -> None:
    fake.ban_answers["1 rue de la gare 74000 annecy"] = [
        ban_feature("1 Rue de la Gare 73000 Chambéry", 45.57, 5.92, score=0.9, postcode="73000",
                    city="Chambéry", citycode="73065")
    ]
    result = online.geocode("1 rue de la Gare 74000 Annecy")
    assert result.review is True
    assert "73000" in result.message and "74000" in result.message


def test_nothing_found_by_the_ban_falls_back_to_nominatim(fake: FakeServices, online: Geocoder) -> None:
    fake.nominatim_answers["3 impasse des mesanges 74600 seynod"] = [
        nominatim_place("3, Impasse des Mésanges, Seynod, Annecy", 45.875, 6.09, house_number="3",
                        road="Impasse des Mésanges", city="Annecy", postcode="74600")
    ]
    result = online.geocode("3 impasse des Mésanges 74600 Seynod")
    assert result.source == "nominatim"
    assert result.precision is GeocodePrecision.HOUSENUMBER
    assert result.review is True  # no match score: a person checks it
    assert "OpenStreetMap" in result.message
    (request,) = fake.of("nominatim")
    assert request.path == "/nominatim/search"
    assert request.params["q"] == "3 impasse des Mésanges 74600 Seynod"
    assert request.params["format"] == "json"
    assert request.params["countrycodes"] == "fr"
    assert request.params["addressdetails"] == "1"
    assert request.params["limit"] == "1"
    assert request.headers["user-agent"].startswith("Planner/")


def test_nothing_found_anywhere_falls_back_to_the_gazetteer(fake: FakeServices, online: Geocoder) -> None:
    result = online.geocode("Chemin perdu, Thônes")
    assert [r.service for r in fake.requests] == ["ban", "nominatim"]
    assert result.source == "communes"
    assert result.city == "Thônes"
    assert result.review is True


@pytest.mark.parametrize("mode", ["sleep", "429", "500", "503", "garbage"])
def test_a_failing_ban_falls_back_in_order_without_raising(fake: FakeServices, mode: str) -> None:
    fake.ban_mode = mode
    fake.sleep_s = 2.0
    fake.nominatim_answers["10 rue royale 74000 annecy"] = [
        nominatim_place("10, Rue Royale, Annecy", 45.89986, 6.12423, house_number="10", road="Rue Royale")
    ]
    geocoder = Geocoder(None, fast_config(fake, timeout_s=0.3))
    started = time.monotonic()
    result = geocoder.geocode(ROYALE)
    assert time.monotonic() - started < 1.5
    assert [r.service for r in fake.requests] == ["ban", "nominatim"]
    assert result.source == "nominatim"
    assert result.found and result.review
    assert "Base Adresse Nationale" in result.message
    assert geocoder.notices


def test_both_services_down_leave_the_gazetteer(fake: FakeServices) -> None:
    fake.ban_mode = fake.nominatim_mode = "sleep"
    geocoder = Geocoder(None, fast_config(fake, timeout_s=0.2))
    result = geocoder.geocode("10 rue Royale 74000 Annecy")
    assert result.source == "communes"
    assert result.city == "Annecy"
    assert "pas de réponse" in result.message


def test_a_refused_connection_is_a_failure_like_any_other(fake: FakeServices) -> None:
    fake.close()  # nothing listens on the port any more
    geocoder = Geocoder(None, fast_config(fake))
    result = geocoder.geocode("Rumilly")
    assert result.source == "communes"
    assert "injoignable" in result.message


def test_a_dead_service_is_left_alone_during_a_batch(fake: FakeServices) -> None:
    fake.ban_mode = fake.nominatim_mode = "sleep"
    geocoder = Geocoder(None, fast_config(fake, timeout_s=0.2))
    addresses = [f"{n} avenue de Genève 74000 Annecy" for n in range(1, 41)]
    started = time.monotonic()
    results = geocoder.geocode_many(addresses)
    assert time.monotonic() - started < 2.0
    assert len(fake.of("ban")) == 1 and len(fake.of("nominatim")) == 1
    assert all(r.city == "Annecy" and r.review for r in results)


def test_a_429_pauses_the_service_for_its_retry_after(fake: FakeServices) -> None:
    fake.ban_mode = "429"
    fake.retry_after = 30
    geocoder = Geocoder(None, fast_config(fake, cooldown_s=0.0))
    geocoder.geocode("1 rue A 74000 Annecy")
    fake.ban_mode = "ok"
    geocoder.geocode("2 rue B 74000 Annecy")
    assert len(fake.of("ban")) == 1  # still paused: Retry-After wins over the short cooldown


def test_the_service_is_asked_again_once_the_cooldown_is_over(fake: FakeServices) -> None:
    fake.ban_mode = "500"
    geocoder = Geocoder(None, fast_config(fake, cooldown_s=0.05))
    geocoder.geocode("1 rue A 74000 Annecy")
    time.sleep(0.1)
    fake.ban_mode = "ok"
    _knows_royale(fake)
    assert geocoder.geocode(ROYALE).source == "ban"


def test_nominatim_is_asked_at_most_once_per_interval(fake: FakeServices) -> None:
    geocoder = Geocoder(None, fast_config(fake, nominatim_min_delay_s=0.3))
    for n in range(3):
        geocoder.geocode(f"{n} chemin inconnu 74000 Annecy")
    times = [r.at for r in fake.of("nominatim")]
    assert len(times) == 3
    assert all(b - a >= 0.28 for a, b in zip(times, times[1:], strict=False))


def test_nominatim_is_never_used_in_bulk(fake: FakeServices) -> None:
    geocoder = Geocoder(None, fast_config(fake, nominatim_max_lookups=3))
    geocoder.geocode_many([f"{n} chemin inconnu 74000 Annecy" for n in range(10)])
    assert len(fake.of("nominatim")) == 3
    assert any("limite" in n for n in geocoder.notices)


def test_the_public_nominatim_is_never_asked_faster_than_once_a_second() -> None:
    from planner.geo.online import NominatimClient

    client = NominatimClient("https://nominatim.openstreetmap.org", min_delay_s=0.0)
    assert client._search.min_delay_seconds == 1.0


def test_a_swiss_address_goes_to_nominatim_in_switzerland_only(fake: FakeServices, online: Geocoder) -> None:
    result = online.geocode("Rue du Rhône 12, 1204 Genève, Suisse")
    assert not fake.of("ban")
    (request,) = fake.of("nominatim")
    assert request.params["countrycodes"] == "ch"
    assert not result.found and result.review
    assert "Suisse" in result.message


def test_a_street_line_repeating_its_postcode_and_commune_is_sent_once(fake: FakeServices, online: Geocoder) -> None:
    from planner.geo.address import AddressQuery

    _knows_royale(fake)
    result = online.geocode(AddressQuery("10 Rue Royale 74000 Annecy", "74000", "Annecy"))
    assert fake.of("ban")[0].params["q"] == "10 Rue Royale 74000 Annecy"
    assert result.review is False


def test_clients_of_several_operations_share_one_pace_towards_nominatim(fake: FakeServices) -> None:
    """A customer saved while an import geocodes: together they still ask once per delay."""
    import threading

    from planner.geo.online import NominatimClient

    clients = [NominatimClient(fake.nominatim_url, min_delay_s=0.3) for _ in range(2)]
    threads = [
        threading.Thread(target=lambda c=c: [c.search(f"{n} chemin perdu 74000 Annecy") for n in range(2)])
        for c in clients
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    times = sorted(r.at for r in fake.of("nominatim"))
    assert len(times) == 4
    assert all(b - a >= 0.28 for a, b in zip(times, times[1:], strict=False))
