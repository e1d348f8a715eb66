"""Plane geometry for the map: Web Mercator (the projection of slippy-map tiles) and convex hulls.

Positions are ``(latitude, longitude)`` in degrees, as everywhere in Planner.  World coordinates
are the Web Mercator square scaled to ``[0, 1) × [0, 1)`` (x east, y south); multiply by
``TILE_SIZE * 2**zoom`` for pixels at a zoom level.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Point = tuple[float, float]

TILE_SIZE = 256
#: Web Mercator stops at ±85.0511° so that the world is a square.
MAX_LATITUDE = 85.0511287798
#: The deepest zoom level the OpenStreetMap tile servers render.
MAX_TILE_ZOOM = 19


def to_world(lat: float, lon: float) -> tuple[float, float]:
    """(x, y) in [0, 1) of a position, Web Mercator."""
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    x = (lon + 180.0) / 360.0
    sin = math.sin(math.radians(lat))
    y = 0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)
    return x, y


def from_world(x: float, y: float) -> Point:
    """(latitude, longitude) of world coordinates (the inverse of :func:`to_world`)."""
    lon = x * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))
    return lat, lon


def tile_of(lat: float, lon: float, zoom: int) -> tuple[int, int]:
    """The (x, y) of the tile holding a position at ``zoom`` (slippy-map tile names)."""
    x, y = to_world(lat, lon)
    n = 2**zoom
    return min(n - 1, max(0, int(x * n))), min(n - 1, max(0, int(y * n)))


def _cross(o: Point, a: Point, b: Point) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def convex_hull(points: Iterable[Point]) -> list[Point]:
    """The convex hull of ``points``, counter-clockwise, without repeating the first point
    (Andrew's monotone chain).  One or two distinct points come back as they are."""
    unique = sorted(set(points))
    if len(unique) <= 2:
        return unique
    lower: list[Point] = []
    for p in unique:
        while len(lower) >= 2 and _cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(unique):
        while len(upper) >= 2 and _cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def centroid(points: Sequence[Point]) -> Point | None:
    """The mean of ``points`` (good enough for a label inside a small zone)."""
    if not points:
        return None
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)
