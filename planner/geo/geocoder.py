"""Placing an address: cache → BAN → Nominatim → offline gazetteer.

:class:`Geocoder` never raises for a bad address or a failed service: it returns a
:class:`GeocodeResult` saying where the address is, how precisely, who said so, and — when the
result is not a trusted house-number match — why a person should check it (« à vérifier »).
An address it cannot place has no coordinates: never (0, 0).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from planner.db.database import Database
from planner.domain.enums import GeocodePrecision
from planner.geo.address import AddressQuery, ParsedAddress, parse_address
from planner.geo.cache import CachedAnswer, GeocodeCacheStore, cache_key
from planner.geo.gazetteer import Gazetteer, default_gazetteer
from planner.geo.online import (
    BAN_MIN_DELAY_S,
    DEFAULT_BAN_URL,
    DEFAULT_NOMINATIM_URL,
    DEFAULT_TIMEOUT_S,
    NOMINATIM_MIN_DELAY_S,
    SOURCE_BAN,
    SOURCE_NOMINATIM,
    USER_AGENT,
    BanClient,
    Candidate,
    CircuitBreaker,
    NominatimClient,
    ServiceDown,
)

logger = logging.getLogger(__name__)

#: A house-number match scoring at least this is accepted without review.
HOUSENUMBER_SCORE_THRESHOLD = 0.8
#: A service candidate scoring below this is not the address asked for: the next source is tried.
MIN_CANDIDATE_SCORE = 0.4
#: Among a service's candidates, one in the typed postcode wins if it scores at most this less.
POSTCODE_PREFERENCE_MARGIN = 0.15

_MEMO_MAX = 50_000

SOURCE_GAZETTEER = "communes"
SOURCE_MANUAL = "saisie"
SOURCE_LABELS = {
    SOURCE_BAN: "Base Adresse Nationale",
    SOURCE_NOMINATIM: "OpenStreetMap (Nominatim)",
    SOURCE_GAZETTEER: "liste des communes (hors ligne)",
    SOURCE_MANUAL: "saisie manuelle",
    "": "aucune",
}


@dataclass(frozen=True, slots=True)
class GeocodeResult:
    """Where an address is, or why it could not be placed."""

    lat: float | None
    lon: float | None
    precision: GeocodePrecision
    score: float | None
    source: str
    label: str = ""
    postcode: str = ""
    city: str = ""
    insee_code: str = ""
    #: « À vérifier »: anything but a house-number match scoring above the threshold.
    review: bool = True
    #: French explanation of why the result needs review (empty when it does not).
    message: str = ""
    from_cache: bool = False

    @property
    def found(self) -> bool:
        return self.lat is not None and self.lon is not None

    def as_json(self) -> dict[str, Any]:
        return {
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision.value,
            "source": self.source or None,
            "score": self.score,
            "review": self.review,
            "label": self.label,
            "postcode": self.postcode,
            "city": self.city,
            "insee_code": self.insee_code,
            "message": self.message,
        }


@dataclass(frozen=True)
class GeocoderConfig:
    """How the geocoder reaches the services; tests point the URLs at a loopback server."""

    offline: bool = False
    ban_url: str = DEFAULT_BAN_URL
    #: Empty: never ask Nominatim.
    nominatim_url: str = DEFAULT_NOMINATIM_URL
    timeout_s: float = DEFAULT_TIMEOUT_S
    ban_min_delay_s: float = BAN_MIN_DELAY_S
    nominatim_min_delay_s: float = NOMINATIM_MIN_DELAY_S
    #: Nominatim is a fallback: at most this many lookups per geocoder (per batch run).
    nominatim_max_lookups: int = 100
    #: After a failure, a service is left alone this long (a 429's Retry-After wins).
    cooldown_s: float = 60.0
    user_agent: str = USER_AGENT


@dataclass
class _Service:
    source: str
    name: str
    search: Callable[[ParsedAddress], list[Candidate]]
    breaker: CircuitBreaker
    budget: int | None = None
    lookups: int = 0


@dataclass
class GeocoderStats:
    cache_hits: int = 0
    lookups: dict[str, int] = field(default_factory=dict)


def _sentence(parts: Sequence[str]) -> str:
    text = " ; ".join(p.rstrip(". ") for p in parts if p)
    return (text[:1].upper() + text[1:] + ".") if text else ""


def _decimal(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _pick(candidates: Sequence[Candidate], postcode: str) -> Candidate | None:
    if not candidates:
        return None
    best = max(candidates, key=lambda c: c.score or 0.0)
    if postcode and best.postcode != postcode:
        floor = (best.score or 0.0) - POSTCODE_PREFERENCE_MARGIN
        same = [c for c in candidates if c.postcode == postcode and (c.score or 0.0) >= floor]
        if same:
            return max(same, key=lambda c: c.score or 0.0)
    return best


class Geocoder:
    """Cache → BAN → Nominatim → gazetteer, configurable and safe to call with anything."""

    def __init__(
        self,
        db: Database | None = None,
        config: GeocoderConfig | None = None,
        *,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.config = config or GeocoderConfig()
        self.cache = GeocodeCacheStore(db) if db is not None else None
        self._gazetteer = gazetteer
        self.stats = GeocoderStats()
        self._notices: list[str] = []
        self._memo: dict[str, CachedAnswer] = {}
        self._absent: set[str] = set()
        self._services: list[_Service] = []
        cfg = self.config
        if not cfg.offline and cfg.ban_url:
            try:
                ban = BanClient(
                    cfg.ban_url, timeout=cfg.timeout_s, min_delay_s=cfg.ban_min_delay_s,
                    user_agent=cfg.user_agent,
                )
            except ValueError as exc:
                self._notice(f"Base Adresse Nationale non utilisée : {exc}")
            else:
                self._services.append(
                    _Service(
                        SOURCE_BAN,
                        ban.name,
                        lambda p: ban.search(p.text) if p.in_france else [],
                        CircuitBreaker(ban.name, cfg.cooldown_s),
                    )
                )
        if not cfg.offline and cfg.nominatim_url:
            try:
                nominatim = NominatimClient(
                    cfg.nominatim_url,
                    timeout=cfg.timeout_s,
                    min_delay_s=cfg.nominatim_min_delay_s,
                    user_agent=cfg.user_agent,
                )
            except ValueError as exc:
                self._notice(f"Nominatim non utilisé : {exc}")
            else:
                self._services.append(
                    _Service(
                        SOURCE_NOMINATIM,
                        nominatim.name,
                        lambda p: nominatim.search(p.text, country_code=p.country_code),
                        CircuitBreaker(nominatim.name, cfg.cooldown_s),
                        budget=cfg.nominatim_max_lookups,
                    )
                )

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    @property
    def notices(self) -> list[str]:
        """Service trouble met so far, in French, once each (for a batch's report)."""
        return list(self._notices)

    def _notice(self, text: str) -> None:
        if text not in self._notices:
            self._notices.append(text)

    # -- public API ------------------------------------------------------------------------------
    def geocode(self, address: str | AddressQuery, *, refresh: bool = False) -> GeocodeResult:
        """Place one address (free text, or a site's street, postcode and commune).

        ``refresh`` asks the services again even when the cache has an answer.
        """
        query = address if isinstance(address, AddressQuery) else AddressQuery(address)
        if not refresh:
            self.prefetch([query])
        return self._resolve_safely(query, refresh)

    def geocode_many(
        self, addresses: Sequence[str | AddressQuery], *, refresh: bool = False
    ) -> list[GeocodeResult]:
        """Place several addresses, reading the cache for all of them in one query."""
        queries = [a if isinstance(a, AddressQuery) else AddressQuery(a) for a in addresses]
        if not refresh:
            self.prefetch(queries)
        return [self._resolve_safely(q, refresh) for q in queries]

    def prefetch(self, addresses: Sequence[str | AddressQuery]) -> None:
        """Read the cached answers for ``addresses`` in one go (a batch calls this per chunk)."""
        if self.cache is None:
            return
        if len(self._memo) + len(self._absent) > _MEMO_MAX:
            self._memo.clear()
            self._absent.clear()
        keys = {
            cache_key(s.source, (a if isinstance(a, AddressQuery) else AddressQuery(a)).key)
            for a in addresses
            for s in self._all_sources()
        }
        keys -= self._memo.keys() | self._absent
        if not keys:
            return
        try:
            found = self.cache.get_many(keys)
        except Exception as exc:  # noqa: BLE001 - a broken cache must not stop geocoding
            self._notice(f"cache des adresses illisible ({exc.__class__.__name__})")
            return
        self._memo.update(found)
        self._absent |= keys - found.keys()

    def _all_sources(self) -> list[_Service]:
        # Cached answers are used even offline: they cost nothing.
        if self.config.offline:
            return [
                _Service(SOURCE_BAN, "", lambda p: [], CircuitBreaker("")),
                _Service(SOURCE_NOMINATIM, "", lambda p: [], CircuitBreaker("")),
            ]
        return self._services

    # -- the chain -------------------------------------------------------------------------------
    def _resolve_safely(self, query: AddressQuery, refresh: bool) -> GeocodeResult:
        try:
            return self._resolve(query, refresh)
        except Exception as exc:  # noqa: BLE001 - whatever happens, the user gets a result to fix
            logger.exception("geocoding %r failed", query.text)
            return GeocodeResult(
                None, None, GeocodePrecision.NONE, None, "", review=True,
                message=f"Erreur inattendue pendant le géocodage ({exc.__class__.__name__}) : "
                "saisissez les coordonnées du site.",
            )

    def _resolve(self, query: AddressQuery, refresh: bool) -> GeocodeResult:
        parsed = parse_address(query)
        if parsed.is_empty:
            return self._unplaced(parsed, ["adresse vide : saisissez au moins la commune"])
        notes: list[str] = []
        for service in self._all_sources():
            if service.source == SOURCE_BAN and not parsed.in_france:
                continue
            candidate, from_cache, note = self._ask(service, parsed, query.key, refresh)
            if note:
                notes.append(note)
            if candidate is not None and (candidate.score is None or candidate.score >= MIN_CANDIDATE_SCORE):
                return self._judge(parsed, candidate, from_cache, notes)
        if parsed.in_france:
            match = self.gazetteer.find(parsed.text, postcode=parsed.postcode, city=parsed.city)
            if match is not None:
                place = match.place
                reasons = [
                    *parsed.problems,
                    *notes,
                    f"position approximative au centre de la commune {place.name} ({match.how})",
                ]
                return GeocodeResult(
                    lat=place.lat,
                    lon=place.lon,
                    precision=GeocodePrecision.MUNICIPALITY,
                    score=match.score,
                    source=SOURCE_GAZETTEER,
                    label=f"{place.postcode} {place.name}".strip(),
                    postcode=place.postcode,
                    city=place.name,
                    insee_code=place.insee,
                    review=True,
                    message=_sentence(reasons),
                )
        if self.config.offline and parsed.in_france:
            notes.append("mode hors ligne : seuls les noms de communes ont été cherchés")
        return self._unplaced(parsed, notes)

    def _ask(
        self,
        service: _Service,
        parsed: ParsedAddress,
        folded: str,
        refresh: bool,
    ) -> tuple[Candidate | None, bool, str]:
        """(candidate, came from the cache, note about the service for the message)."""
        key = cache_key(service.source, folded)
        if not refresh and key in self._memo:
            self.stats.cache_hits += 1
            return self._memo[key], True, ""
        if self.config.offline or not service.name:
            return None, False, ""
        if service.budget is not None and service.lookups >= service.budget:
            self._notice(f"{service.name} : limite de {service.budget} recherches atteinte pour ce lot")
            return None, False, ""
        if not service.breaker.available():
            return None, False, f"{service.name} indisponible ({service.breaker.last_reason})"
        service.lookups += 1
        self.stats.lookups[service.source] = self.stats.lookups.get(service.source, 0) + 1
        try:
            candidates = service.search(parsed)
        except ServiceDown as down:
            service.breaker.record_failure(down.reason, down.retry_after)
            self._notice(down.reason)
            return None, False, down.reason
        service.breaker.record_success()
        candidate = _pick(candidates, parsed.postcode)
        self._memo[key] = candidate
        self._absent.discard(key)
        if self.cache is not None:
            try:
                self.cache.put(key, service.source, candidate)
            except Exception as exc:  # noqa: BLE001 - the answer is still good without the cache
                self._notice(f"cache des adresses non enregistré ({exc.__class__.__name__})")
        return candidate, False, ""

    def _judge(
        self, parsed: ParsedAddress, c: Candidate, from_cache: bool, notes: list[str]
    ) -> GeocodeResult:
        reasons = [*parsed.problems, *notes]
        if parsed.postcode and c.postcode and c.postcode[:2] != parsed.postcode[:2]:
            reasons.append(
                f"le code postal trouvé ({c.postcode}) n'est pas dans le département "
                f"du code saisi ({parsed.postcode})"
            )
        place = c.city or "la commune"
        if c.source == SOURCE_NOMINATIM:
            reasons.append("position donnée par OpenStreetMap (Nominatim), sans score de confiance")
        elif c.precision is GeocodePrecision.HOUSENUMBER:
            if c.score is None or c.score < HOUSENUMBER_SCORE_THRESHOLD:
                score = "inconnu" if c.score is None else _decimal(c.score)
                reasons.append(
                    f"correspondance incertaine avec « {c.label} » "
                    f"(score {score}, seuil {_decimal(HOUSENUMBER_SCORE_THRESHOLD)})"
                )
        elif c.precision is GeocodePrecision.STREET:
            reasons.append(f"numéro introuvable : le site est placé sur « {c.label} »")
        else:
            reasons.append(f"seule la commune a été reconnue : le site est placé au centre de {place}")
        return GeocodeResult(
            lat=c.lat,
            lon=c.lon,
            precision=c.precision,
            score=c.score,
            source=c.source,
            label=c.label,
            postcode=c.postcode,
            city=c.city,
            insee_code=c.insee_code,
            review=bool(reasons),
            message=_sentence(reasons),
            from_cache=from_cache,
        )

    def _unplaced(self, parsed: ParsedAddress, notes: list[str]) -> GeocodeResult:
        reasons = [*parsed.problems, *notes]
        if not parsed.in_france:
            reasons.append("saisissez les coordonnées du site")
        elif not parsed.is_empty:
            reasons.append(
                "adresse introuvable : vérifiez la commune et le code postal, ou saisissez les coordonnées"
            )
        return GeocodeResult(
            lat=None,
            lon=None,
            precision=GeocodePrecision.NONE,
            score=None,
            source="",
            review=True,
            message=_sentence(reasons),
        )


def manual_result(lat: float, lon: float) -> GeocodeResult:
    """A position typed (or picked on the map) by a person: trusted, not to review."""
    return GeocodeResult(lat, lon, GeocodePrecision.MANUAL, None, SOURCE_MANUAL, review=False)


__all__ = [
    "HOUSENUMBER_SCORE_THRESHOLD",
    "MIN_CANDIDATE_SCORE",
    "SOURCE_GAZETTEER",
    "SOURCE_MANUAL",
    "AddressQuery",
    "GeocodeResult",
    "Geocoder",
    "GeocoderConfig",
    "manual_result",
]
