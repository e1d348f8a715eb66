"""Travel times and distances between points: a :class:`TravelTimeProvider` returns the
duration (seconds) and distance (metres) of the drive from every point to every other.

* :class:`OfflineModel` (default, no network): great-circle distance × a detour factor, driven at
  a speed that grows with the distance (town, suburbs, open road), plus a fixed parking time.
* :class:`OsrmProvider`: an OSRM server's ``table`` service, chunked to the server's table size,
  falling back to the offline model — with a French warning — when the server fails.
* :class:`CachedProvider`: either of them behind an in-memory LRU cache keyed by provider and
  point set.

Points are ``(latitude, longitude)`` in degrees.  Matrices are read-only numpy ``int32`` arrays
(``matrix.durations[i, j]`` is the drive from point ``i`` to point ``j``; ``.tolist()`` gives
plain lists).
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
import time
import urllib.error
import urllib.request
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import numpy as np

from planner.geo.online import USER_AGENT

EARTH_RADIUS_M = 6_371_008.8
DEFAULT_DETOUR_FACTOR = 1.3
DEFAULT_PARKING_S = 180
#: OSRM's default ``--max-table-size``: sources × destinations ≤ this².
OSRM_DEFAULT_MAX_TABLE_SIZE = 100
OSRM_DEFAULT_TIMEOUT_S = 10.0

Point = tuple[float, float]


@dataclass(frozen=True, eq=False)
class Matrix:
    """Durations (s) and distances (m) between ``n`` points, ``n × n`` read-only int32 arrays."""

    durations: np.ndarray
    distances: np.ndarray
    #: Who computed it: ``"estimation"`` (offline model) or ``"osrm"``.
    provider: str
    #: French sentences the user should see (server down, cells estimated…).
    warnings: tuple[str, ...] = ()
    #: True when a fallback replaced the provider asked for (such a matrix is never cached).
    degraded: bool = False

    def __post_init__(self) -> None:
        for array in (self.durations, self.distances):
            array.setflags(write=False)

    def __len__(self) -> int:
        return int(self.durations.shape[0])

    def duration(self, i: int, j: int) -> int:
        return int(self.durations[i, j])

    def distance(self, i: int, j: int) -> int:
        return int(self.distances[i, j])


@runtime_checkable
class TravelTimeProvider(Protocol):
    """Anything that turns points into a travel matrix."""

    @property
    def cache_key(self) -> str:
        """Identifies the provider and its settings (two providers with the same key give the
        same matrices)."""
        ...

    def matrix(self, points: Sequence[Point]) -> Matrix: ...


def _as_array(points: Sequence[Point]) -> np.ndarray:
    array = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    if not np.isfinite(array).all():
        raise ValueError("coordinates must be finite numbers")
    if (np.abs(array[:, 0]) > 90).any() or (np.abs(array[:, 1]) > 180).any():
        raise ValueError("latitude must be within ±90° and longitude within ±180°")
    return array


def great_circle_m(points: Sequence[Point] | np.ndarray) -> np.ndarray:
    """The ``n × n`` great-circle distances in metres (haversine, vectorised)."""
    array = _as_array(points)  # type: ignore[arg-type]
    lat = np.radians(array[:, 0])
    lon = np.radians(array[:, 1])
    cos_lat = np.cos(lat)
    half_dlat = np.sin((lat[:, None] - lat[None, :]) * 0.5)
    half_dlon = np.sin((lon[:, None] - lon[None, :]) * 0.5)
    h = half_dlat * half_dlat + (cos_lat[:, None] * cos_lat[None, :]) * (half_dlon * half_dlon)
    np.clip(h, 0.0, 1.0, out=h)
    return (2.0 * EARTH_RADIUS_M) * np.arcsin(np.sqrt(h, out=h), out=h)


@dataclass(frozen=True)
class OfflineModel:
    """Estimated drive: great-circle × ``detour_factor``, the first ``town_m`` metres at town
    speed, the next ones up to ``suburban_m`` at suburban speed, the rest at open-road speed,
    plus ``parking_s`` whenever the two points differ.

    The duration grows with the distance and ever more slowly, so going through a third point is
    never quicker than going straight (the triangle inequality holds, which solvers like).
    """

    detour_factor: float = DEFAULT_DETOUR_FACTOR
    town_kmh: float = 25.0
    suburban_kmh: float = 45.0
    road_kmh: float = 70.0
    town_m: float = 3_000.0
    suburban_m: float = 15_000.0
    parking_s: int = DEFAULT_PARKING_S

    name = "estimation"

    def __post_init__(self) -> None:
        if not 1.0 <= self.detour_factor <= 3.0:
            raise ValueError("detour_factor must be between 1 and 3")
        if not 0 < self.town_kmh <= self.suburban_kmh <= self.road_kmh:
            raise ValueError("speeds must be positive and grow from town to open road")
        if not 0 <= self.town_m <= self.suburban_m:
            raise ValueError("distance bands must be ordered")
        if self.parking_s < 0:
            raise ValueError("parking_s must not be negative")

    @property
    def cache_key(self) -> str:
        return (
            f"estimation:{self.detour_factor}:{self.town_kmh}:{self.suburban_kmh}:{self.road_kmh}:"
            f"{self.town_m}:{self.suburban_m}:{self.parking_s}"
        )

    def road_metres(self, points: Sequence[Point]) -> np.ndarray:
        return great_circle_m(points) * self.detour_factor

    def seconds_for(self, road_m: np.ndarray) -> np.ndarray:
        """Drive time in seconds (parking excluded) for road distances in metres."""
        town = self.town_kmh / 3.6
        suburban = self.suburban_kmh / 3.6
        road = self.road_kmh / 3.6
        in_town = np.minimum(road_m, self.town_m)
        in_suburbs = np.clip(road_m - self.town_m, 0.0, self.suburban_m - self.town_m)
        on_road = np.maximum(road_m - self.suburban_m, 0.0)
        return in_town / town + in_suburbs / suburban + on_road / road

    def duration_s(self, a: Point, b: Point) -> int:
        """The drive from ``a`` to ``b`` in seconds: the same figure as the matrix cell, computed
        alone (for a few lookups, cheaper than a whole matrix)."""
        road_m = haversine_m(a, b) * self.detour_factor
        if road_m <= 0.0:
            return 0
        in_town = min(road_m, self.town_m)
        in_suburbs = min(max(road_m - self.town_m, 0.0), self.suburban_m - self.town_m)
        on_road = max(road_m - self.suburban_m, 0.0)
        seconds = in_town / (self.town_kmh / 3.6) + in_suburbs / (self.suburban_kmh / 3.6) + on_road / (self.road_kmh / 3.6)
        return int(round(seconds + self.parking_s))

    def distance_m(self, a: Point, b: Point) -> int:
        """The road distance from ``a`` to ``b`` in metres (the matrix cell, alone)."""
        return int(round(haversine_m(a, b) * self.detour_factor))

    def matrix(self, points: Sequence[Point]) -> Matrix:
        road_m = self.road_metres(points)
        seconds = self.seconds_for(road_m)
        seconds += np.where(road_m > 0.0, float(self.parking_s), 0.0)
        return Matrix(
            durations=np.rint(seconds).astype(np.int32),
            distances=np.rint(road_m).astype(np.int32),
            provider=self.name,
        )


class OsrmError(Exception):
    """The OSRM server did not give a usable table; the message is French."""


def _fr_number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


class OsrmProvider:
    """An OSRM server's table service (``{url}/table/v1/{profile}/{lon,lat;…}``).

    Requests are cut into blocks of at most ``max_table_size`` sources × ``max_table_size``
    destinations (the server's ``--max-table-size``; halved and retried if the server says the
    table is too big).  Cells the server leaves ``null`` (no road found) are filled from the
    fallback model; if the server fails (time-out, refused, HTTP error, bad answer), the whole
    matrix comes from the fallback model, with a warning, and the server is left alone for
    ``cooldown_s``.  ``parking_s`` (the fallback's by default) is added between distinct points so
    both providers count the same stop overhead.
    """

    name = "osrm"

    def __init__(
        self,
        url: str,
        *,
        fallback: OfflineModel | None = None,
        max_table_size: int = OSRM_DEFAULT_MAX_TABLE_SIZE,
        timeout: float = OSRM_DEFAULT_TIMEOUT_S,
        profile: str = "driving",
        parking_s: int | None = None,
        cooldown_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"adresse du serveur OSRM invalide : « {url} » (http://… ou https://…)")
        if max_table_size < 1:
            raise ValueError("max_table_size must be positive")
        self.url = url.rstrip("/")
        self.fallback = fallback or OfflineModel()
        self.max_table_size = max_table_size
        self.timeout = timeout
        self.profile = profile
        self.parking_s = self.fallback.parking_s if parking_s is None else parking_s
        self.cooldown_s = cooldown_s
        self._clock = clock
        self._down_until = 0.0
        self._down_reason = ""
        #: Warnings of the last :meth:`matrix` call, in French, for the UI.
        self.warnings: list[str] = []
        self.requests = 0

    @property
    def cache_key(self) -> str:
        return f"osrm:{self.url}:{self.profile}:{self.parking_s}|{self.fallback.cache_key}"

    def matrix(self, points: Sequence[Point]) -> Matrix:
        array = _as_array(points)
        self.warnings = []
        n = len(array)
        if n == 0:
            empty = np.zeros((0, 0), dtype=np.int32)
            return Matrix(empty, empty.copy(), self.name)
        if self._clock() < self._down_until:
            return self._fall_back(array, self._down_reason)
        try:
            durations, distances = self._fetch(array)
        except OsrmError as error:
            self._down_until = self._clock() + self.cooldown_s
            self._down_reason = str(error)
            return self._fall_back(array, str(error))
        missing = np.isnan(durations)
        gaps = np.isnan(distances)
        if missing.any() or gaps.any():
            road_m = self.fallback.road_metres(array.tolist())
            if missing.any():
                durations[missing] = self.fallback.seconds_for(road_m)[missing]
                self.warnings.append(
                    f"Le serveur d'itinéraires n'a pas trouvé de route pour {int(missing.sum())} "
                    "trajet(s) : leur durée est estimée à vol d'oiseau."
                )
            if (gaps & ~missing).any():
                self.warnings.append(
                    "Le serveur d'itinéraires n'a pas donné toutes les distances : les autres sont estimées."
                )
            distances[gaps] = road_m[gaps]
        seconds = durations + np.where(distances > 0.0, float(self.parking_s), 0.0)
        return Matrix(
            durations=np.rint(seconds).astype(np.int32),
            distances=np.rint(distances).astype(np.int32),
            provider=self.name,
            warnings=tuple(self.warnings),
        )

    def _fall_back(self, array: np.ndarray, reason: str) -> Matrix:
        self.warnings.append(
            f"Serveur d'itinéraires indisponible ({reason}) : temps de trajet estimés à vol "
            f"d'oiseau × {_fr_number(self.fallback.detour_factor)}."
        )
        estimate = self.fallback.matrix(array.tolist())
        return Matrix(
            estimate.durations.copy(),
            estimate.distances.copy(),
            estimate.provider,
            tuple(self.warnings),
            degraded=True,
        )

    # -- HTTP ------------------------------------------------------------------------------------
    def _fetch(self, array: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        n = len(array)
        size = self.max_table_size
        while True:
            try:
                return self._fetch_blocks(array, n, size)
            except _TooBig:
                if size <= 1:
                    raise OsrmError("le serveur refuse même les plus petits tableaux") from None
                size = max(1, size // 2)

    def _fetch_blocks(self, array: np.ndarray, n: int, size: int) -> tuple[np.ndarray, np.ndarray]:
        durations = np.full((n, n), np.nan)
        distances = np.full((n, n), np.nan)
        if n <= size:
            d, m = self._request(array, None, None)
            durations[:, :], distances[:, :] = d, m
            return durations, distances
        blocks = [list(range(i, min(i + size, n))) for i in range(0, n, size)]
        for rows in blocks:
            for cols in blocks:
                index = {p: k for k, p in enumerate(rows)}
                for p in cols:
                    index.setdefault(p, len(index))
                coords = array[list(index)]
                sources = list(range(len(rows)))
                destinations = [index[p] for p in cols]
                d, m = self._request(coords, sources, destinations)
                durations[np.ix_(rows, cols)] = d
                distances[np.ix_(rows, cols)] = m
        return durations, distances

    def _request(
        self, coords: np.ndarray, sources: list[int] | None, destinations: list[int] | None
    ) -> tuple[np.ndarray, np.ndarray]:
        path = ";".join(f"{lon:.6f},{lat:.6f}" for lat, lon in coords.tolist())
        query = "annotations=duration,distance"
        if sources is not None and destinations is not None:
            query += "&sources=" + ";".join(map(str, sources))
            query += "&destinations=" + ";".join(map(str, destinations))
        url = f"{self.url}/table/v1/{self.profile}/{path}?{query}"
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        self.requests += 1
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as error:
            payload = _json_or_none(error.read())
            if isinstance(payload, dict) and payload.get("code") == "TooBig":
                raise _TooBig() from error
            if error.code == 429:
                raise OsrmError("trop de demandes, HTTP 429") from error
            raise OsrmError(f"erreur HTTP {error.code}") from error
        except (TimeoutError, OSError) as error:
            reason = getattr(error, "reason", error)
            if isinstance(reason, TimeoutError) or "timed out" in str(reason):
                raise OsrmError(f"pas de réponse en {_fr_number(self.timeout)} s") from error
            raise OsrmError(f"injoignable : {reason}") from error
        payload = _json_or_none(body)
        if not isinstance(payload, dict):
            raise OsrmError("réponse illisible")
        if payload.get("code") != "Ok":
            if payload.get("code") == "TooBig":
                raise _TooBig()
            raise OsrmError(f"réponse {payload.get('code')!r} : {payload.get('message', '')}".strip())
        rows = len(sources) if sources is not None else len(coords)
        cols = len(destinations) if destinations is not None else len(coords)
        return (
            _table(payload.get("durations"), rows, cols, required=True),
            _table(payload.get("distances"), rows, cols, required=False),
        )


class _TooBig(Exception):
    pass


def _json_or_none(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def _table(value: Any, rows: int, cols: int, *, required: bool) -> np.ndarray:
    if value is None:
        if required:
            raise OsrmError("réponse sans durées")
        return np.full((rows, cols), np.nan)
    try:
        table = np.array(
            [[np.nan if cell is None else float(cell) for cell in row] for row in value], dtype=np.float64
        )
    except (TypeError, ValueError) as error:
        raise OsrmError("tableau illisible") from error
    if table.shape != (rows, cols):
        raise OsrmError(f"tableau de taille {table.shape} au lieu de {(rows, cols)}")
    return table


# -- cache ---------------------------------------------------------------------------------------


def points_digest(points: Sequence[Point]) -> str:
    """A key for an ordered point set, insensitive to noise below a millionth of a degree."""
    array = np.round(_as_array(points), 6) + 0.0  # + 0.0 turns -0.0 into 0.0
    return hashlib.sha1(array.tobytes(), usedforsecurity=False).hexdigest()


@dataclass
class MatrixCache:
    """Least-recently-used matrices, bounded in entries and in total cells."""

    max_entries: int = 16
    max_cells: int = 4_000_000
    _items: OrderedDict[tuple[str, str], Matrix] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    hits: int = 0
    misses: int = 0

    def get(self, key: tuple[str, str]) -> Matrix | None:
        with self._lock:
            matrix = self._items.get(key)
            if matrix is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return matrix

    def put(self, key: tuple[str, str], matrix: Matrix) -> None:
        with self._lock:
            self._items[key] = matrix
            self._items.move_to_end(key)
            while len(self._items) > 1 and (
                len(self._items) > self.max_entries
                or sum(len(m) ** 2 for m in self._items.values()) > self.max_cells
            ):
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


#: The process-wide matrix cache (shared by every :class:`CachedProvider` by default).
MATRIX_CACHE = MatrixCache()


def offline_model_of(provider: TravelTimeProvider) -> OfflineModel | None:
    """The offline model behind ``provider`` (through a cache), or None for a road server."""
    inner = getattr(provider, "provider", provider)
    return inner if isinstance(inner, OfflineModel) else None


class CachedProvider:
    """A provider whose matrices are kept per point set; fallback matrices are not kept."""

    def __init__(self, provider: TravelTimeProvider, cache: MatrixCache | None = None) -> None:
        self.provider = provider
        self.cache = MATRIX_CACHE if cache is None else cache

    @property
    def cache_key(self) -> str:
        return self.provider.cache_key

    @property
    def warnings(self) -> list[str]:
        return list(getattr(self.provider, "warnings", []))

    def matrix(self, points: Sequence[Point]) -> Matrix:
        key = (self.provider.cache_key, points_digest(points))
        found = self.cache.get(key)
        if found is not None:
            return found
        matrix = self.provider.matrix(points)
        if not matrix.degraded:
            self.cache.put(key, matrix)
        return matrix


def haversine_m(a: Point, b: Point) -> float:
    """Great-circle distance between two points, in metres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(min(1.0, h)))
