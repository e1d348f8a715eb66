"""Geocoding and travel-time benchmark: ``python -m benchmarks.geo``.

* an offline 1 000 × 1 000 travel matrix (target ≤ 1 s);
* geocoding 1 000 addresses already in the cache of an SQLite database (target ≤ 1 s), with
  the services configured but never reached;
* for information, the batch that stores those 1 000 results on 1 000 sites.

Ends with ``RESULT matrix_1000_s=… cached_1000_s=…`` (medians of three runs).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from planner.db.database import open_database
from planner.db.models import Customer, GeocodeCache, Site
from planner.domain.enums import CustomerKind, GeocodePrecision
from planner.domain.progress import Progress
from planner.geo.address import AddressQuery
from planner.geo.cache import cache_key
from planner.geo.geocoder import Geocoder, GeocoderConfig
from planner.geo.travel import OfflineModel
from planner.services.geocoding import geocode_pending_sites

N = 1_000
RUNS = 3
#: Nothing listens there: a request would fail at once, and would show in the stats.
UNREACHABLE = "http://127.0.0.1:9"


def _points(n: int) -> list[tuple[float, float]]:
    rng = np.random.default_rng(2026)
    return list(zip(rng.uniform(45.75, 46.12, n), rng.uniform(5.85, 6.45, n), strict=True))


def bench_matrix() -> float:
    points = _points(N)
    model = OfflineModel()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        matrix = model.matrix(points)
        times.append(time.perf_counter() - started)
    assert matrix.durations.shape == (N, N)
    return statistics.median(times)


def _addresses() -> list[AddressQuery]:
    streets = ("rue Sommeiller", "avenue de Genève", "route de Thônes", "chemin des Vignes", "rue Royale")
    return [AddressQuery(f"{i // 5 + 1} {streets[i % 5]}", "74000", "Annecy") for i in range(N)]


def _fill(db, addresses: list[AddressQuery]) -> None:  # type: ignore[no-untyped-def]
    points = _points(N)
    with db.write() as session:
        for query, (lat, lon) in zip(addresses, points, strict=True):
            session.add(
                GeocodeCache(
                    query_key=cache_key("ban", query.key), latitude=lat, longitude=lon,
                    precision=GeocodePrecision.HOUSENUMBER, score=0.93, source="ban",
                    label=query.text, postcode="74000", city="Annecy", insee_code="74010",
                )
            )
        customer = Customer(kind=CustomerKind.PERSON, last_name="Banc")
        session.add(customer)
        session.flush()
        for query in addresses:
            session.add(Site(customer_id=customer.id, address=query.address, postcode=query.postcode,
                             city=query.city, geocode_precision=GeocodePrecision.NONE, needs_review=True))


def bench_cached(folder: Path) -> tuple[float, float]:
    db = open_database(str(folder / "bench.sqlite3"))
    try:
        addresses = _addresses()
        _fill(db, addresses)
        config = GeocoderConfig(ban_url=UNREACHABLE, nominatim_url=UNREACHABLE)
        times = []
        for _ in range(RUNS):
            geocoder = Geocoder(db, config)
            started = time.perf_counter()
            results = geocoder.geocode_many(addresses)
            times.append(time.perf_counter() - started)
            assert not geocoder.stats.lookups, geocoder.stats.lookups
            assert all(r.from_cache and not r.review for r in results)
        started = time.perf_counter()
        report = geocode_pending_sites(db, Geocoder(db, config), Progress())
        batch = time.perf_counter() - started
        assert report.placed == N, report.describe()
        return statistics.median(times), batch
    finally:
        db.dispose()


def main() -> int:
    matrix_s = bench_matrix()
    print(f"offline travel matrix {N} × {N}: {matrix_s:.3f} s (median of {RUNS})")
    with tempfile.TemporaryDirectory(prefix="planner-bench-geo-") as folder:
        cached_s, batch_s = bench_cached(Path(folder))
    print(f"geocoding {N} cached addresses: {cached_s:.3f} s (median of {RUNS})")
    print(f"batch storing {N} cached results on {N} sites (SQLite): {batch_s:.3f} s")
    print(f"RESULT matrix_1000_s={matrix_s:.3f} cached_1000_s={cached_s:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
