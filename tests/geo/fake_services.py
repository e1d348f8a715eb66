"""A loopback HTTP server speaking the three services' formats, for the geo tests.

* BAN (IGN Géoplateforme) ``GET /geocodage/search?q=…&limit=…`` → GeoJSON FeatureCollection
  whose features carry ``properties.label/score/type/postcode/city/citycode``;
* Nominatim ``GET /nominatim/search?q=…&format=json&addressdetails=1&countrycodes=…`` → a JSON
  list of places with ``lat``/``lon`` as strings and an ``address`` object;
* OSRM ``GET /osrm/table/v1/driving/{lon,lat;…}?annotations=duration,distance[&sources=…
  &destinations=…]`` → ``{"code": "Ok", "durations": [[…]], "distances": [[…]]}``, refusing
  tables larger than ``osrm_max_table_size``² with HTTP 400 ``TooBig`` like osrm-routed.

Each service can be told to misbehave (``mode``: ``"ok"``, ``"sleep"``, ``"429"``, ``"500"``,
``"503"``, ``"garbage"``); every request is recorded.
"""

from __future__ import annotations

import json
import math
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from planner.domain.text import fold
from planner.geo.geocoder import GeocoderConfig


@dataclass
class Recorded:
    service: str
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    at: float


def ban_feature(
    label: str,
    lat: float,
    lon: float,
    *,
    score: float = 0.95,
    kind: str = "housenumber",
    postcode: str = "74000",
    city: str = "Annecy",
    citycode: str = "74010",
) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {
            "label": label,
            "score": score,
            "type": kind,
            "postcode": postcode,
            "city": city,
            "citycode": citycode,
            "context": "74, Haute-Savoie, Auvergne-Rhône-Alpes",
            "importance": 0.6,
            "x": 940000.0,
            "y": 6540000.0,
        },
    }


def nominatim_place(
    display_name: str, lat: float, lon: float, *, house_number: str = "", road: str = "", city: str = "Annecy",
    postcode: str = "74000",
) -> dict[str, Any]:
    address: dict[str, str] = {"city": city, "postcode": postcode, "country": "France", "country_code": "fr"}
    if house_number:
        address["house_number"] = house_number
    if road:
        address["road"] = road
    return {
        "place_id": 1234,
        "licence": "Data © OpenStreetMap contributors, ODbL 1.0.",
        "osm_type": "node",
        "lat": f"{lat}",
        "lon": f"{lon}",
        "class": "place",
        "type": "house" if house_number else "city",
        "importance": 0.5,
        "display_name": display_name,
        "address": address,
    }


@dataclass
class FakeServices:
    ban_mode: str = "ok"
    nominatim_mode: str = "ok"
    osrm_mode: str = "ok"
    sleep_s: float = 2.0
    retry_after: int | None = 30
    #: folded q → features (or places): what each service knows.
    ban_answers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    nominatim_answers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    osrm_max_table_size: int = 100
    #: (from, to) point pairs, as (lat, lon) rounded to 5 decimals, the router finds no road for.
    osrm_unroutable: set[tuple[tuple[float, float], tuple[float, float]]] = field(default_factory=set)
    osrm_with_distances: bool = True
    requests: list[Recorded] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._release = threading.Event()
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                owner._handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # type: ignore[method-assign]
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self._closed = False
        self._thread.start()

    # -- URLs the clients are given ----------------------------------------------------------------
    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def ban_url(self) -> str:
        return f"{self.base}/geocodage"

    @property
    def nominatim_url(self) -> str:
        return f"{self.base}/nominatim"

    @property
    def osrm_url(self) -> str:
        return f"{self.base}/osrm"

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._release.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)

    def of(self, service: str) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.service == service]

    # -- dispatch ------------------------------------------------------------------------------------
    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        params = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if parts.path.startswith("/geocodage/"):
            service, mode = "ban", self.ban_mode
        elif parts.path.startswith("/nominatim/"):
            service, mode = "nominatim", self.nominatim_mode
        elif parts.path.startswith("/osrm/"):
            service, mode = "osrm", self.osrm_mode
        else:
            self._send(handler, 404, {"error": "not found"})
            return
        with self._lock:
            self.requests.append(
                Recorded(service, parts.path, params, {k.lower(): v for k, v in handler.headers.items()},
                         time.monotonic())
            )
        if mode == "sleep":
            self._release.wait(self.sleep_s)
            mode = "ok"
        if mode == "429":
            headers = {"Retry-After": str(self.retry_after)} if self.retry_after is not None else {}
            self._send(handler, 429, {"code": 429, "message": "Too Many Requests"}, headers)
            return
        if mode in {"500", "503"}:
            self._send(handler, int(mode), {"code": int(mode), "message": "Server error"})
            return
        if mode == "garbage":
            self._send_raw(handler, 200, b"<html>maintenance</html>", "text/html")
            return
        if service == "ban":
            self._ban(handler, parts.path, params)
        elif service == "nominatim":
            self._nominatim(handler, parts.path, params)
        else:
            self._osrm(handler, parts.path, params)

    def _ban(self, handler: BaseHTTPRequestHandler, path: str, params: dict[str, str]) -> None:
        if path != "/geocodage/search":
            self._send(handler, 404, {"code": 404, "message": "Not Found"})
            return
        q = params.get("q", "")
        if len(q.strip()) < 3:
            self._send(handler, 400, {"code": 400, "message": "q must contain between 3 and 200 chars"})
            return
        limit = int(params.get("limit", "5"))
        features = self.ban_answers.get(fold(q), [])[:limit]
        self._send(
            handler,
            200,
            {"type": "FeatureCollection", "version": "draft", "features": features, "query": q},
        )

    def _nominatim(self, handler: BaseHTTPRequestHandler, path: str, params: dict[str, str]) -> None:
        if path != "/nominatim/search" or params.get("format") != "json":
            self._send(handler, 400, {"error": "bad request"})
            return
        places = self.nominatim_answers.get(fold(params.get("q", "")), [])
        self._send(handler, 200, places[: int(params.get("limit", "10"))])

    def _osrm(self, handler: BaseHTTPRequestHandler, path: str, params: dict[str, str]) -> None:
        prefix = "/osrm/table/v1/driving/"
        if not path.startswith(prefix):
            self._send(handler, 400, {"code": "InvalidService", "message": "Service not found"})
            return
        try:
            coords = [tuple(float(x) for x in pair.split(",")) for pair in path[len(prefix) :].split(";")]
        except ValueError:
            self._send(handler, 400, {"code": "InvalidQuery", "message": "Query string malformed"})
            return
        sources = [int(x) for x in params["sources"].split(";")] if "sources" in params else list(range(len(coords)))
        destinations = (
            [int(x) for x in params["destinations"].split(";")]
            if "destinations" in params
            else list(range(len(coords)))
        )
        if len(sources) * len(destinations) > self.osrm_max_table_size**2:
            self._send(handler, 400, {"code": "TooBig", "message": "Too many table coordinates"})
            return
        durations: list[list[float | None]] = []
        distances: list[list[float | None]] = []
        for s in sources:
            row_d: list[float | None] = []
            row_m: list[float | None] = []
            lon1, lat1 = coords[s]
            for d in destinations:
                lon2, lat2 = coords[d]
                pair = ((round(lat1, 5), round(lon1, 5)), (round(lat2, 5), round(lon2, 5)))
                if pair in self.osrm_unroutable:
                    row_d.append(None)
                    row_m.append(None)
                    continue
                metres = 1.25 * _haversine(lat1, lon1, lat2, lon2)
                row_m.append(round(metres, 1))
                row_d.append(round(metres / 15.0, 1))
            durations.append(row_d)
            distances.append(row_m)
        body: dict[str, Any] = {"code": "Ok", "durations": durations}
        if self.osrm_with_distances:
            body["distances"] = distances
        body["sources"] = [{"location": list(coords[s]), "name": "", "distance": 1.0} for s in sources]
        body["destinations"] = [{"location": list(coords[d]), "name": "", "distance": 1.0} for d in destinations]
        self._send(handler, 200, body)

    # -- replies -------------------------------------------------------------------------------------
    def _send(self, handler: BaseHTTPRequestHandler, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        self._send_raw(handler, status, json.dumps(body).encode(), "application/json; charset=utf-8", headers)

    @staticmethod
    def _send_raw(
        handler: BaseHTTPRequestHandler,
        status: int,
        payload: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(payload)))
            for name, value in (headers or {}).items():
                handler.send_header(name, value)
            handler.end_headers()
            handler.wfile.write(payload)
        except OSError:
            pass  # the client gave up (time-out tests)


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(math.sqrt(min(1.0, h)))


def fast_config(fake: FakeServices, **overrides: Any) -> GeocoderConfig:
    """A configuration pointing at the loopback services, without the real-world delays."""
    values = {
        "ban_url": fake.ban_url,
        "nominatim_url": fake.nominatim_url,
        "timeout_s": 0.5,
        "ban_min_delay_s": 0.0,
        "nominatim_min_delay_s": 0.0,
        "cooldown_s": 60.0,
    }
    values.update(overrides)
    return GeocoderConfig(**values)
