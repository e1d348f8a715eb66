"""The online geocoding services, through geopy: the national address base (BAN, served by the
IGN Géoplateforme) and OpenStreetMap's Nominatim.

Each client turns the service's answer into :class:`Candidate` objects and every failure (time
out, refused connection, HTTP 429 or 5xx, unreadable answer) into :class:`ServiceDown`, so the
geocoder can fall back.  A :class:`CircuitBreaker` keeps a batch from hammering a dead service.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from geopy.exc import (
    GeocoderQueryError,
    GeocoderRateLimited,
    GeocoderTimedOut,
    GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import BANFrance, Nominatim

from planner import __version__
from planner.domain.enums import GeocodePrecision

#: The current BAN service (IGN Géoplateforme).  geopy still defaults to the former
#: api-adresse.data.gouv.fr host, shut down in January 2026.
DEFAULT_BAN_URL = "https://data.geopf.fr/geocodage"
DEFAULT_NOMINATIM_URL = "https://nominatim.openstreetmap.org"
PUBLIC_NOMINATIM_HOST = "nominatim.openstreetmap.org"
USER_AGENT = f"Planner/{__version__} (planification de tournées de maintenance)"
DEFAULT_TIMEOUT_S = 5.0
#: The Géoplateforme allows 50 requests per second and per address; stay well below.
BAN_MIN_DELAY_S = 1 / 20
#: Nominatim's usage policy: at most one request per second.
NOMINATIM_MIN_DELAY_S = 1.0
#: The BAN refuses queries shorter than 3 characters or longer than 200.
BAN_QUERY_MIN, BAN_QUERY_MAX = 3, 200

SOURCE_BAN = "ban"
SOURCE_NOMINATIM = "nominatim"


class ServiceDown(Exception):
    """A service did not answer usefully; ``reason`` is French, for the user."""

    def __init__(self, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a service proposes for an address."""

    lat: float
    lon: float
    precision: GeocodePrecision
    score: float | None
    source: str
    label: str = ""
    postcode: str = ""
    city: str = ""
    insee_code: str = ""


class CircuitBreaker:
    """After a failure, a service is left alone for ``cooldown_s`` (or what it asked with
    Retry-After), so a batch run offline finishes in seconds instead of timing out per address."""

    def __init__(
        self, name: str, cooldown_s: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.name = name
        self.cooldown_s = cooldown_s
        self._clock = clock
        self._open_until = 0.0
        self.last_reason = ""
        self.failures = 0

    def available(self) -> bool:
        return self._clock() >= self._open_until

    def record_failure(self, reason: str, retry_after: float | None = None) -> None:
        self.failures += 1
        self.last_reason = reason
        wait = self.cooldown_s if retry_after is None else min(max(retry_after, 1.0), 3600.0)
        self._open_until = self._clock() + wait

    def record_success(self) -> None:
        self._open_until = 0.0


def split_base_url(url: str) -> tuple[str, str]:
    """``"https://data.geopf.fr/geocodage"`` → ``("https", "data.geopf.fr/geocodage")``."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError(f"adresse de service invalide : « {url} » (http://… ou https://…)")
    return parts.scheme, (parts.netloc + parts.path).rstrip("/")


def _service_down(name: str, error: BaseException) -> ServiceDown:
    if isinstance(error, GeocoderRateLimited):
        return ServiceDown(
            f"{name} : trop de demandes (HTTP 429), service mis en pause.",
            retry_after=error.retry_after,
        )
    if isinstance(error, GeocoderTimedOut | TimeoutError):
        return ServiceDown(f"{name} : pas de réponse dans le délai (service lent ou hors ligne).")
    return ServiceDown(f"{name} injoignable ou en erreur ({error}).")


def _call(name: str, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    try:
        return func(*args, **kwargs)
    except GeocoderQueryError:
        return None  # the query itself was refused: nothing to find, the service is fine
    except (GeopyError, OSError, ValueError) as error:
        raise _service_down(name, error) from error


class BanClient:
    """The BAN search service (``{base}/search``, GeoJSON FeatureCollection), through geopy."""

    name = "Base Adresse Nationale"

    def __init__(
        self,
        base_url: str = DEFAULT_BAN_URL,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
        min_delay_s: float = BAN_MIN_DELAY_S,
        user_agent: str = USER_AGENT,
    ) -> None:
        scheme, domain = split_base_url(base_url)
        self._geocoder = BANFrance(domain=domain, scheme=scheme, timeout=timeout, user_agent=user_agent)
        self._search = RateLimiter(
            self._geocoder.geocode,
            min_delay_seconds=min_delay_s,
            max_retries=0,
            error_wait_seconds=max(min_delay_s, 0.0),
            swallow_exceptions=False,
        )

    @property
    def search_url(self) -> str:
        return self._geocoder.geocode_api

    def search(self, query: str, *, limit: int = 5) -> list[Candidate]:
        """Candidates for ``query``, best first; ``[]`` when the base knows nothing like it."""
        query = query.strip()[:BAN_QUERY_MAX]
        if len(query) < BAN_QUERY_MIN or not query[0].isalnum():
            return []
        locations = _call(self.name, self._search, query, limit=limit, exactly_one=False)
        out = []
        for location in locations or ():
            candidate = _ban_candidate(getattr(location, "raw", None))
            if candidate is not None:
                out.append(candidate)
        return out


_BAN_PRECISION = {
    "housenumber": GeocodePrecision.HOUSENUMBER,
    "street": GeocodePrecision.STREET,
    # A « lieu-dit »: a named spot, finer than the commune, coarser than a number.
    "locality": GeocodePrecision.STREET,
    "municipality": GeocodePrecision.MUNICIPALITY,
}


def _ban_candidate(feature: Any) -> Candidate | None:
    try:
        lon, lat = (float(x) for x in feature["geometry"]["coordinates"][:2])
        props = feature.get("properties") or {}
        precision = _BAN_PRECISION.get(str(props.get("type", "")), GeocodePrecision.MUNICIPALITY)
        score = props.get("score")
        return Candidate(
            lat=lat,
            lon=lon,
            precision=precision,
            score=None if score is None else float(score),
            source=SOURCE_BAN,
            label=str(props.get("label") or ""),
            postcode=str(props.get("postcode") or ""),
            city=str(props.get("city") or ""),
            insee_code=str(props.get("citycode") or ""),
        )
    except (KeyError, TypeError, ValueError):
        return None


class _HostGate:
    """One request at a time, ``delay`` seconds apart, to one host, for the whole process: every
    client (a customer saved, an import, a batch) shares it, so together they stay within the
    service's policy."""

    _gates: dict[str, _HostGate] = {}
    _gates_lock = threading.Lock()

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last = float("-inf")

    @classmethod
    def of(cls, host: str) -> _HostGate:
        with cls._gates_lock:
            return cls._gates.setdefault(host.lower(), cls())

    def wait(self, delay_s: float) -> None:
        with self._lock:
            pause = self._last + delay_s - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            self._last = time.monotonic()


class NominatimClient:
    """OpenStreetMap's Nominatim (``{base}/search?format=json``), one request per second at most,
    with Planner's user agent, and a cap on lookups per run: it is a fallback, never a bulk
    geocoder (https://operations.osmfoundation.org/policies/nominatim/)."""

    name = "Nominatim (OpenStreetMap)"

    def __init__(
        self,
        base_url: str = DEFAULT_NOMINATIM_URL,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
        min_delay_s: float = NOMINATIM_MIN_DELAY_S,
        user_agent: str = USER_AGENT,
    ) -> None:
        scheme, domain = split_base_url(base_url)
        if domain.split("/")[0] == PUBLIC_NOMINATIM_HOST:
            min_delay_s = max(min_delay_s, NOMINATIM_MIN_DELAY_S)
        self._geocoder = Nominatim(domain=domain, scheme=scheme, timeout=timeout, user_agent=user_agent)
        gate, delay = _HostGate.of(domain.split("/")[0]), min_delay_s

        def gated(*args: Any, **kwargs: Any) -> Any:
            gate.wait(delay)
            return self._geocoder.geocode(*args, **kwargs)

        self._search = RateLimiter(
            gated,
            min_delay_seconds=min_delay_s,
            max_retries=0,
            error_wait_seconds=min_delay_s,
            swallow_exceptions=False,
        )

    def search(self, query: str, *, country_code: str = "fr") -> list[Candidate]:
        query = query.strip()
        if len(query) < BAN_QUERY_MIN:
            return []
        location = _call(
            self.name,
            self._search,
            query,
            exactly_one=True,
            addressdetails=True,
            country_codes=country_code or None,
            language="fr",
        )
        candidate = _nominatim_candidate(getattr(location, "raw", None)) if location else None
        return [candidate] if candidate else []


def _nominatim_candidate(raw: Any) -> Candidate | None:
    try:
        lat, lon = float(raw["lat"]), float(raw["lon"])
        address = raw.get("address") or {}
        if address.get("house_number"):
            precision = GeocodePrecision.HOUSENUMBER
        elif address.get("road") or raw.get("class") == "highway":
            precision = GeocodePrecision.STREET
        else:
            precision = GeocodePrecision.MUNICIPALITY
        city = next(
            (address[k] for k in ("city", "town", "village", "municipality", "hamlet") if address.get(k)),
            "",
        )
        return Candidate(
            lat=lat,
            lon=lon,
            precision=precision,
            score=None,  # Nominatim gives no match score
            source=SOURCE_NOMINATIM,
            label=str(raw.get("display_name") or ""),
            postcode=str(address.get("postcode") or "")[:5],
            city=str(city),
        )
    except (KeyError, TypeError, ValueError):
        return None
