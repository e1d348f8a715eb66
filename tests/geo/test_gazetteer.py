"""The offline gazetteer finds the communes around Annecy, however they are typed."""

from __future__ import annotations

import pytest

from planner.domain.enums import GeocodePrecision
from planner.geo.build_gazetteer import build_rows, render
from planner.geo.gazetteer import Gazetteer, default_gazetteer
from planner.geo.geocoder import Geocoder, GeocoderConfig
from planner.geo.travel import haversine_m

#: Centres of the communes (town centres as published by the communes / IGN), for checking.
TRUE_CENTRES = {
    "Annecy": (45.8992, 6.1294),
    "Seynod": (45.8856, 6.0883),
    "Annecy-le-Vieux": (45.9196, 6.1431),
    "Rumilly": (45.8667, 5.9442),
    "Thônes": (45.8817, 6.3250),
    "La Roche-sur-Foron": (46.0667, 6.3114),
}


@pytest.fixture(scope="module")
def offline() -> Geocoder:
    return Geocoder(None, GeocoderConfig(offline=True))


@pytest.mark.parametrize("name", sorted(TRUE_CENTRES))
def test_each_commune_is_within_3_km_of_its_centre(offline: Geocoder, name: str) -> None:
    result = offline.geocode(name)
    assert result.found, result.message
    assert haversine_m((result.lat, result.lon), TRUE_CENTRES[name]) < 3_000
    assert result.precision is GeocodePrecision.MUNICIPALITY
    assert result.review is True
    assert result.source == "communes"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Thones", "Thônes"),
        ("THÔNES", "Thônes"),
        ("la roche sur foron", "La Roche-sur-Foron"),
        ("LA ROCHE-SUR-FORON", "La Roche-sur-Foron"),
        ("La Roche s/ Foron", "La Roche-sur-Foron"),
        ("annecy le vieux", "Annecy-le-Vieux"),
        ("St Jorioz", "Saint-Jorioz"),
        ("Saint Jorioz", "Saint-Jorioz"),
        ("seynod", "Seynod"),
    ],
)
def test_accents_case_hyphens_and_saint_are_ignored(offline: Geocoder, typed: str, expected: str) -> None:
    result = offline.geocode(typed)
    assert result.city == expected


def test_a_full_address_finds_its_commune_not_the_one_in_its_street_name(offline: Geocoder) -> None:
    result = offline.geocode("12 route de Thônes, 74940 Annecy-le-Vieux")
    assert result.city == "Annecy-le-Vieux"
    assert result.postcode == "74940"
    assert result.insee_code == "74010"  # a commune déléguée of Annecy


def test_the_postcode_chooses_between_homonyms(offline: Geocoder) -> None:
    near_annecy = offline.geocode("Pringy 74370")
    near_paris = offline.geocode("Pringy 77310")
    assert haversine_m((near_annecy.lat, near_annecy.lon), (45.946, 6.126)) < 3_000
    assert haversine_m((near_paris.lat, near_paris.lon), (48.518, 2.563)) < 3_000


def test_a_postcode_alone_gives_a_commune_of_that_postcode(offline: Geocoder) -> None:
    result = offline.geocode("chemin des Vignes 74230")
    assert result.postcode == "74230"
    assert result.review is True
    assert "code postal" in result.message


def test_a_commune_named_only_inside_a_street_name_is_not_taken(offline: Geocoder) -> None:
    result = offline.geocode("12 route de Thônes")
    assert not result.found
    assert result.review is True


def test_the_shipped_file_covers_france() -> None:
    gazetteer = default_gazetteer()
    assert len(gazetteer) > 15_000
    assert gazetteer.named("Marseille") and gazetteer.named("Strasbourg") and gazetteer.named("Bloye")


def test_the_build_keeps_geonames_positions_and_adds_official_codes(tmp_path) -> None:
    geonames = [
        {"name": "Thônes", "latitude": 45.88123, "longitude": 6.32572, "countrycode": "FR",
         "population": 6032, "admin1code": "84"},
        {"name": "Genève", "latitude": 46.2, "longitude": 6.15, "countrycode": "CH",
         "population": 200000, "admin1code": "GE"},
    ]
    demo = [
        {"commune": "Thônes", "postcode": "74230", "insee": "74280", "latitude": "45.88243",
         "longitude": "6.325", "population": "6576"},
        {"commune": "Les Clefs", "postcode": "74230", "insee": "74079", "latitude": "45.86062",
         "longitude": "6.32851", "population": "659"},
    ]
    rows = build_rows(geonames, demo)
    assert [r["name"] for r in rows] == ["Les Clefs", "Thônes"]  # Geneva is not in France
    thones = rows[1]
    assert (thones["latitude"], thones["postcode"], thones["insee"]) == ("45.88123", "74230", "74280")
    path = tmp_path / "communes.csv"
    path.write_text(render(rows), encoding="utf-8")
    assert Gazetteer.load(path).find("les clefs").place.insee == "74079"
