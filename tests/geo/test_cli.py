"""``planner geocode``: one address, or every site still without coordinates."""

from __future__ import annotations

import json

from planner.app import main
from planner.services.customers import CustomerInput, SiteInput, create_customer
from planner.services.geocoding import GeoSettings, save_geo_settings
from tests.geo.fake_services import FakeServices, ban_feature


def _url(db) -> str:  # type: ignore[no-untyped-def]
    return db.url.render_as_string(hide_password=False)


def test_an_address_offline_in_json(db, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["geocode", "Thones", "--offline", "--json", "--db", _url(db)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert list(out) == ["lat", "lon", "precision", "source", "score", "review"]
    assert out["precision"] == "municipality" and out["source"] == "communes" and out["review"] is True
    assert 45.8 < out["lat"] < 45.95 and 6.25 < out["lon"] < 6.4


def test_an_address_it_cannot_place_exits_1_with_nulls(db, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["geocode", "inconnu", "--offline", "--json", "--db", _url(db)])
    captured = capsys.readouterr()
    assert code == 1
    out = json.loads(captured.out)
    assert (out["lat"], out["lon"], out["review"]) == (None, None, True)
    assert "introuvable" in captured.err


def test_an_address_online_in_plain_french(db, fake: FakeServices, capsys) -> None:  # type: ignore[no-untyped-def]
    save_geo_settings(db, GeoSettings(ban_url=fake.ban_url, nominatim_url=fake.nominatim_url, timeout_s=1.0))
    fake.ban_answers["10 rue royale 74000 annecy"] = [
        ban_feature("10 Rue Royale 74000 Annecy", 45.89986, 6.12423, score=0.93)
    ]
    code = main(["geocode", "10 rue Royale 74000 Annecy", "--db", _url(db)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Latitude : 45.899860" in out and "Longitude : 6.124230" in out
    assert "Précision : housenumber" in out and "Source : ban (score 0,93)" in out
    assert "Position fiable." in out


def test_pending_geocodes_the_sites_without_coordinates(db, capsys) -> None:  # type: ignore[no-untyped-def]
    for city, postcode in (("Rumilly", "74150"), ("Thônes", "74230")):
        create_customer(db, CustomerInput(last_name="Favre"), SiteInput(address="1 place de l'Église",
                                                                          postcode=postcode, city=city))
    code = main(["geocode", "--pending", "--offline", "--db", _url(db)])
    out = capsys.readouterr().out
    assert code == 0
    assert "2 adresse(s) traitée(s) sur 2 : 0 placée(s), 2 à vérifier, 0 introuvable(s)" in out
    assert main(["geocode", "--pending", "--offline", "--json", "--db", _url(db)]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0


def test_an_address_and_pending_together_are_refused(db, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["geocode", "Annecy", "--pending", "--db", _url(db)]) == 2
    assert "--pending" in capsys.readouterr().err
