"""The tile loader against a loopback tile server: who it says it is, what it keeps, how it
behaves when the server is gone (the tile usage policy of OpenStreetMap)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QColor

from planner.ui.tiles import TileLoader, expiry_from_headers, http_date, may_store, prune_cache
from tests.ui.tile_server import free_port, png_of, serve_tiles

AGENT = "Planner/0.1.0 (desktop field-service planner; contact@elec-annecy.fr)"
KEYS = [(12, 2117, 1458 + i) for i in range(6)]


@pytest.fixture(scope="module")
def magenta() -> bytes:
    return png_of("#ff00ff")


def _all_there(loader: TileLoader, keys) -> bool:  # type: ignore[no-untyped-def]
    return all(loader.image(k) is not None for k in keys)


def test_tiles_are_fetched_politely_then_come_from_the_disk(qtbot, qapp, tmp_path, magenta):
    with serve_tiles(magenta) as server:
        loader = TileLoader(tmp_path, server.url, AGENT)
        loader.want(KEYS)
        qtbot.waitUntil(lambda: _all_there(loader, KEYS), timeout=10_000)
        loader.close()
        asked = server.tile_requests()
        assert sorted(r.path for r in asked) == sorted(f"/{z}/{x}/{y}.png" for z, x, y in KEYS)
        for request in asked:
            assert request.headers["user-agent"] == AGENT
            assert "no-cache" not in request.headers.get("cache-control", "")
            assert "no-cache" not in request.headers.get("pragma", "")
        assert 1 <= server.max_concurrent <= 2
        assert loader.image(KEYS[0]).pixelColor(100, 100) == QColor("#ff00ff")
        assert loader.downloads == 6

        # Next session: the tiles are still fresh on disk, the server hears nothing.
        again = TileLoader(tmp_path, server.url, AGENT)
        again.want(KEYS)
        qtbot.waitUntil(lambda: _all_there(again, KEYS), timeout=10_000)
        qtbot.wait(50)
        again.close()
        assert len(server.tile_requests()) == 6
        assert again.from_disk == 6 and again.downloads == 0


def test_expired_tiles_are_shown_and_checked_again_with_their_etag(qtbot, qapp, tmp_path, magenta):
    with serve_tiles(magenta, cache_control="max-age=0") as server:
        first = TileLoader(tmp_path, server.url, AGENT)
        first.want(KEYS[:1])
        qtbot.waitUntil(lambda: _all_there(first, KEYS[:1]), timeout=10_000)
        first.close()
        second = TileLoader(tmp_path, server.url, AGENT)
        second.want(KEYS[:1])
        qtbot.waitUntil(lambda: second.not_modified == 1, timeout=10_000)
        second.close()
        assert second.image(KEYS[0]) is not None and second.downloads == 0
        revalidation = server.tile_requests()[-1]
        assert revalidation.headers.get("if-none-match") == '"v1"'
        assert len(server.tile_requests()) == 2


def test_only_tiles_on_screen_are_asked_for(qtbot, qapp, tmp_path, magenta):
    with serve_tiles(magenta, delay_s=0.2) as server:
        loader = TileLoader(tmp_path, server.url, AGENT)
        many = [(14, 8470, 5835 + i) for i in range(12)]
        loader.want(many)
        qtbot.waitUntil(lambda: len(loader._fetching) == 2, timeout=5_000)
        # The user scrolled on: only the last tile is still on screen.
        loader.want([many[-1], (20, 0, 0), (13, 4235, 999)])
        qtbot.waitUntil(lambda: not loader.busy, timeout=10_000)
        loader.close()
        paths = [r.path for r in server.tile_requests()]
        assert len(paths) == 4, paths  # two already on their way, the one on screen, the missing one
        assert "/14/8470/5846.png" in paths
        assert not any(p.startswith("/20/") for p in paths)  # never beyond zoom 19
        # A missing tile (404) is not asked again.
        loader2 = TileLoader(tmp_path, server.url, AGENT)
        loader2._missing.add((13, 4235, 999))
        loader2.want([(13, 4235, 999)])
        qtbot.wait(100)
        loader2.close()
        assert len(server.tile_requests()) == 4


def test_a_server_out_of_reach_leaves_the_map_on_its_cache(qtbot, qapp, tmp_path, magenta):
    url = f"http://127.0.0.1:{free_port()}/{{z}}/{{x}}/{{y}}.png"
    loader = TileLoader(tmp_path, url, AGENT, timeout_ms=3000)
    with qtbot.waitSignal(loader.online_changed, timeout=10_000) as signal:
        loader.want(KEYS[:2])
    assert signal.args == [False]
    assert not loader.online and loader.last_error
    assert loader.image(KEYS[0]) is None
    qtbot.waitUntil(lambda: not loader._fetching, timeout=10_000)
    failures = loader.failures
    assert failures in (1, 2)  # the two downloads under way when the server was found gone
    loader.want(KEYS[:2])  # asked again at once: the server is left alone for a while
    qtbot.wait(100)
    assert loader.failures == failures and not loader.busy
    loader.close()


def test_the_tiles_come_back_with_the_server(qtbot, qapp, tmp_path, magenta):
    port = free_port()
    loader = TileLoader(tmp_path, f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png", AGENT, backoff_s=0.3)
    with qtbot.waitSignal(loader.online_changed, timeout=10_000):
        loader.want(KEYS[:1])
    with serve_tiles(magenta, port=port) as server, qtbot.waitSignal(loader.online_changed, timeout=10_000) as back:
        pass
    assert back.args == [True] and loader.online
    qtbot.waitUntil(lambda: loader.image(KEYS[0]) is not None, timeout=5_000)
    assert [r.path for r in server.tile_requests()] == ["/12/2117/1458.png"]
    loader.close()


def test_cache_headers_are_honoured() -> None:
    now = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    assert expiry_from_headers({}, now) == now + timedelta(days=7)
    assert expiry_from_headers({"cache-control": "public, max-age=3600"}, now) == now + timedelta(hours=1)
    assert expiry_from_headers({"cache-control": "max-age=3600", "age": "600"}, now) == now + timedelta(minutes=50)
    later = now + timedelta(days=2)
    assert expiry_from_headers({"expires": http_date(later)}, now) == later
    assert expiry_from_headers({"cache-control": "max-age=60", "expires": http_date(later)}, now) == now + timedelta(
        minutes=1)
    assert expiry_from_headers({"expires": "0"}, now) == now
    assert expiry_from_headers({"cache-control": "no-cache"}, now) == now
    assert not may_store({"cache-control": "no-store"}) and may_store({"cache-control": "max-age=10"})


def test_the_disk_cache_is_trimmed_oldest_first(tmp_path) -> None:
    import os

    for index in range(10):
        path = tmp_path / "12" / "1" / f"{index}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 1000)
        path.with_suffix(".json").write_text("{}")
        os.utime(path, (1000 + index, 1000 + index))
    assert prune_cache(tmp_path, limit_bytes=5000) == 6
    left = sorted(int(p.stem) for p in tmp_path.rglob("*.png"))
    assert left == [6, 7, 8, 9]
    assert prune_cache(tmp_path, limit_bytes=5000) == 0
