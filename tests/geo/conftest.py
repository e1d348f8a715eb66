"""Fixtures of the geo tests: the loopback services, and a guard that no test reaches the
internet (any host name other than a loopback one is refused before a packet leaves)."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from planner.geo.geocoder import Geocoder
from tests.geo.fake_services import FakeServices, fast_config

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo

    def guarded(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host is not None and str(host) not in _LOOPBACK:
            raise OSError(f"test tried to reach {host!r}: the tests never use the internet")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)


@pytest.fixture
def fake() -> Iterator[FakeServices]:
    services = FakeServices()
    yield services
    services.close()


@pytest.fixture
def online(fake: FakeServices) -> Geocoder:
    """A geocoder without database cache, talking to the loopback services."""
    return Geocoder(None, fast_config(fake))
