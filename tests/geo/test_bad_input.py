"""Whatever is typed, the user gets a clear result flagged for review: never an exception,
never (0, 0)."""

from __future__ import annotations

import pytest

from planner.domain.enums import GeocodePrecision
from planner.geo.geocoder import Geocoder, GeocoderConfig
from tests.geo.fake_services import FakeServices, ban_feature, fast_config

BAD = {
    "empty": "",
    "blank": "   ,  ",
    "short postcode": "7400",
    "short postcode in an address": "12 rue Sommeiller, 7400 Annecy",
    "swiss": "Rue du Rhône 12, 1204 Genève, Suisse",
    "unknown": "inconnu",
    "punctuation": "?!",
    "very long": "rue " * 200,
}


def _check(result, typed: str) -> None:  # type: ignore[no-untyped-def]
    assert result.review is True, typed
    assert result.message, typed
    assert (result.lat, result.lon) != (0.0, 0.0)
    if result.found:
        assert 41 < result.lat < 52 and -6 < result.lon < 10  # metropolitan France
    else:
        assert result.lat is None and result.lon is None
        assert result.precision is GeocodePrecision.NONE


@pytest.mark.parametrize("typed", list(BAD.values()), ids=list(BAD))
def test_bad_input_offline(typed: str) -> None:
    _check(Geocoder(None, GeocoderConfig(offline=True)).geocode(typed), typed)


@pytest.mark.parametrize("typed", list(BAD.values()), ids=list(BAD))
def test_bad_input_online(fake: FakeServices, typed: str) -> None:
    # The BAN answers anything with a poor guess, as it does for nonsense.
    for key in ("inconnu", "12 rue sommeiller 7400 annecy", "7400"):
        fake.ban_answers[key] = [ban_feature("Inconnu 22100 Dinan", 48.45, -2.05, score=0.31, kind="street")]
    _check(Geocoder(None, fast_config(fake)).geocode(typed), typed)


def test_what_each_bad_input_tells_the_user() -> None:
    geocoder = Geocoder(None, GeocoderConfig(offline=True))
    assert "vide" in geocoder.geocode("").message
    assert "« 7400 »" in geocoder.geocode("7400").message
    short = geocoder.geocode("12 rue Sommeiller, 7400 Annecy")
    assert short.city == "Annecy" and "5 chiffres" in short.message
    swiss = geocoder.geocode("Rue du Rhône 12, 1204 Genève, Suisse")
    assert not swiss.found and "Suisse" in swiss.message and "coordonnées" in swiss.message
    assert "introuvable" in geocoder.geocode("inconnu").message


def test_a_poor_ban_guess_is_not_taken_for_the_address(fake: FakeServices) -> None:
    fake.ban_answers["inconnu"] = [ban_feature("Inconnu 22100 Dinan", 48.45, -2.05, score=0.31, kind="street")]
    result = Geocoder(None, fast_config(fake)).geocode("inconnu")
    assert not result.found


def test_a_mistyped_service_address_in_the_settings_does_not_stop_geocoding() -> None:
    geocoder = Geocoder(None, GeocoderConfig(ban_url="data.geopf.fr/geocodage", nominatim_url=""))
    result = geocoder.geocode("Rumilly")
    assert result.city == "Rumilly"
    assert any("data.geopf.fr/geocodage" in n for n in geocoder.notices)
