"""Travel matrices: the offline model, an OSRM server on the loopback, the cache."""

from __future__ import annotations

import time

import numpy as np
import pytest

from planner.geo.travel import (
    CachedProvider,
    MatrixCache,
    OfflineModel,
    OsrmProvider,
    TravelTimeProvider,
    haversine_m,
)
from tests.geo.fake_services import FakeServices

ANNECY = (45.8992, 6.1294)
SEYNOD = (45.8856, 6.0883)
THONES = (45.8817, 6.3250)
RUMILLY = (45.8667, 5.9442)
LA_ROCHE = (46.0667, 6.3114)
POINTS = [ANNECY, SEYNOD, THONES, RUMILLY, LA_ROCHE]


def _cloud(n: int, seed: int = 7) -> list[tuple[float, float]]:
    rng = np.random.default_rng(seed)
    return list(zip(rng.uniform(45.75, 46.1, n).round(5), rng.uniform(5.9, 6.45, n).round(5), strict=True))


# -- offline model -------------------------------------------------------------------------------


def test_the_offline_model_gives_plausible_drives() -> None:
    matrix = OfflineModel().matrix(POINTS)
    assert matrix.provider == "estimation"
    assert matrix.durations.shape == matrix.distances.shape == (5, 5)
    assert (np.diag(matrix.durations) == 0).all() and (np.diag(matrix.distances) == 0).all()
    assert (matrix.durations == matrix.durations.T).all()
    # Annecy → Thônes: 15.5 km as the crow flies, about 20 km and 25 minutes by road.
    assert 18_000 < matrix.distance(0, 2) < 23_000
    assert 20 * 60 < matrix.duration(0, 2) < 35 * 60


def test_the_detour_factor_and_parking_time_are_configurable() -> None:
    short = OfflineModel(detour_factor=1.0, parking_s=0).matrix([ANNECY, SEYNOD])
    long = OfflineModel(detour_factor=1.5, parking_s=600).matrix([ANNECY, SEYNOD])
    crow = haversine_m(ANNECY, SEYNOD)
    assert short.distance(0, 1) == pytest.approx(crow, abs=1)
    assert long.distance(0, 1) == pytest.approx(1.5 * crow, abs=1)
    assert long.duration(0, 1) > short.duration(0, 1) + 600


def test_speed_grows_with_distance_bands() -> None:
    model = OfflineModel()
    metres = np.array([1_000.0, 2_000.0, 10_000.0, 50_000.0])
    speeds = metres / model.seconds_for(metres) * 3.6
    assert speeds[0] == pytest.approx(model.town_kmh)
    assert speeds[0] <= speeds[1] < speeds[2] < speeds[3] < model.road_kmh


def test_the_same_place_twice_costs_nothing_and_detours_never_pay() -> None:
    matrix = OfflineModel().matrix([ANNECY, ANNECY, *_cloud(60)])
    assert matrix.duration(0, 1) == 0
    d = matrix.durations.astype(np.int64)
    # d[i, k] <= d[i, j] + d[j, k] for all i, j, k (1 s of rounding allowed).
    assert (d[:, None, :] <= d[:, :, None] + d[None, :, :] + 1).all()


def test_a_1000_point_matrix_is_quick() -> None:
    points = _cloud(1_000)
    started = time.perf_counter()
    matrix = OfflineModel().matrix(points)
    assert time.perf_counter() - started < 2.0  # the benchmark holds it to 1 s
    assert matrix.durations.shape == (1_000, 1_000)
    assert matrix.durations.dtype == np.int32


def test_matrices_cannot_be_changed_by_their_users() -> None:
    matrix = OfflineModel().matrix(POINTS)
    with pytest.raises(ValueError):
        matrix.durations[0, 1] = 0


def test_bad_points_are_refused() -> None:
    with pytest.raises(ValueError):
        OfflineModel().matrix([(float("nan"), 6.0)])
    with pytest.raises(ValueError):
        OfflineModel().matrix([(95.0, 6.0)])


def test_both_providers_satisfy_the_protocol(fake: FakeServices) -> None:
    assert isinstance(OfflineModel(), TravelTimeProvider)
    assert isinstance(OsrmProvider(fake.osrm_url), TravelTimeProvider)
    assert isinstance(CachedProvider(OfflineModel()), TravelTimeProvider)


# -- OSRM ----------------------------------------------------------------------------------------


def test_a_small_table_is_one_request_in_lon_lat_order(fake: FakeServices) -> None:
    provider = OsrmProvider(fake.osrm_url, timeout=1.0)
    matrix = provider.matrix(POINTS)
    (request,) = fake.of("osrm")
    assert request.path.startswith("/osrm/table/v1/driving/6.129400,45.899200;6.088300,45.885600;")
    assert request.params["annotations"] == "duration,distance"
    assert "sources" not in request.params and "destinations" not in request.params
    assert matrix.provider == "osrm" and not matrix.warnings and not matrix.degraded
    metres = 1.25 * haversine_m(ANNECY, THONES)
    assert matrix.distance(0, 2) == pytest.approx(metres, abs=1)
    assert matrix.duration(0, 2) == pytest.approx(metres / 15 + provider.parking_s, abs=1)
    assert matrix.duration(0, 0) == 0


def test_a_large_table_is_cut_to_the_server_limit(fake: FakeServices) -> None:
    fake.osrm_max_table_size = 4
    points = _cloud(10)
    whole = OsrmProvider(fake.osrm_url, max_table_size=100).matrix(points)
    fake.requests.clear()
    chunked = OsrmProvider(fake.osrm_url, max_table_size=4).matrix(points)
    requests = fake.of("osrm")
    assert len(requests) == 9  # 3 × 3 blocks of at most 4 × 4
    for request in requests:
        sources = request.params["sources"].split(";")
        destinations = request.params["destinations"].split(";")
        assert len(sources) * len(destinations) <= 16
    assert (chunked.durations == whole.durations).all()
    assert (chunked.distances == whole.distances).all()


def test_a_server_with_a_smaller_limit_than_configured_is_still_served(fake: FakeServices) -> None:
    fake.osrm_max_table_size = 3
    matrix = OsrmProvider(fake.osrm_url, max_table_size=8).matrix(_cloud(8))
    assert matrix.provider == "osrm" and not matrix.degraded
    assert any(r.params.get("sources") for r in fake.of("osrm"))


def test_null_cells_are_estimated_and_said(fake: FakeServices) -> None:
    fake.osrm_unroutable = {(ANNECY, THONES)}
    provider = OsrmProvider(fake.osrm_url)
    matrix = provider.matrix(POINTS)
    estimate = OfflineModel().matrix(POINTS)
    assert matrix.duration(0, 2) == estimate.duration(0, 2)
    assert matrix.distance(0, 2) == estimate.distance(0, 2)
    assert matrix.duration(2, 0) != estimate.duration(2, 0)  # the way back was routed
    assert matrix.provider == "osrm"
    assert any("1 trajet" in w for w in matrix.warnings)
    assert provider.warnings == list(matrix.warnings)


def test_a_server_without_distances_gets_estimated_ones(fake: FakeServices) -> None:
    fake.osrm_with_distances = False
    matrix = OsrmProvider(fake.osrm_url).matrix(POINTS)
    assert matrix.distance(0, 2) == OfflineModel().matrix(POINTS).distance(0, 2)
    assert any("distances" in w for w in matrix.warnings)


@pytest.mark.parametrize("mode", ["sleep", "429", "500", "503", "garbage"])
def test_a_failing_server_falls_back_to_the_offline_model_with_a_warning(fake: FakeServices, mode: str) -> None:
    fake.osrm_mode = mode
    provider = OsrmProvider(fake.osrm_url, timeout=0.3, fallback=OfflineModel(detour_factor=1.4))
    started = time.monotonic()
    matrix = provider.matrix(POINTS)
    assert time.monotonic() - started < 1.5
    assert matrix.degraded and matrix.provider == "estimation"
    assert (matrix.durations == OfflineModel(detour_factor=1.4).matrix(POINTS).durations).all()
    assert matrix.warnings and "indisponible" in matrix.warnings[0] and "1,4" in matrix.warnings[0]


def test_a_failed_server_is_left_alone_for_a_while(fake: FakeServices) -> None:
    fake.osrm_mode = "500"
    provider = OsrmProvider(fake.osrm_url, cooldown_s=60)
    provider.matrix(POINTS)
    fake.osrm_mode = "ok"
    again = provider.matrix(POINTS)
    assert again.degraded and len(fake.of("osrm")) == 1


def test_a_refused_connection_falls_back(fake: FakeServices) -> None:
    url = fake.osrm_url
    fake.close()
    matrix = OsrmProvider(url).matrix(POINTS)
    assert matrix.degraded and "injoignable" in matrix.warnings[0]


# -- cache ---------------------------------------------------------------------------------------


def test_matrices_are_cached_per_provider_and_point_set(fake: FakeServices) -> None:
    cache = MatrixCache()
    provider = CachedProvider(OsrmProvider(fake.osrm_url), cache)
    first = provider.matrix(POINTS)
    assert provider.matrix([(lat + 1e-9, lon) for lat, lon in POINTS]) is first
    assert len(fake.of("osrm")) == 1
    provider.matrix(POINTS[::-1])  # another order is another matrix
    assert len(fake.of("osrm")) == 2
    offline = CachedProvider(OfflineModel(), cache)
    assert offline.matrix(POINTS).provider == "estimation"  # same points, other provider
    assert len(cache) == 3


def test_fallback_matrices_are_not_cached(fake: FakeServices) -> None:
    cache = MatrixCache()
    fake.osrm_mode = "500"
    provider = CachedProvider(OsrmProvider(fake.osrm_url, cooldown_s=0.0), cache)
    assert provider.matrix(POINTS).degraded
    fake.osrm_mode = "ok"
    assert not provider.matrix(POINTS).degraded


def test_the_cache_is_bounded() -> None:
    cache = MatrixCache(max_entries=2, max_cells=10_000)
    provider = CachedProvider(OfflineModel(), cache)
    for seed in range(4):
        provider.matrix(_cloud(20, seed))
    assert len(cache) == 2
    provider.matrix(_cloud(150))  # 22 500 cells: kept alone
    assert len(cache) == 1
