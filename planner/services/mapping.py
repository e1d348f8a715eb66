"""The map of the rounds: what it shows besides the week board (zones, sites « à vérifier »,
commune names for the offline background), placing a site by dragging its pin, and the map's
settings (``map.*`` in the ``setting`` table).

The rounds themselves come from :func:`planner.services.planning.load_week`: the map and the
board always show the same week.
"""

from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlsplit

from sqlalchemy import select

from planner import __version__
from planner.db.database import Database
from planner.db.models import Site, Zone
from planner.domain.enums import GeocodePrecision
from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.geometry import Point, centroid, convex_hull
from planner.domain.text import fold
from planner.geo.gazetteer import default_gazetteer
from planner.paths import resource
from planner.services.common import audit, get_setting, lock_for_update, put_setting
from planner.services.geocoding import check_position, place_manually, sites_to_review
from planner.services.messages import load_company
from planner.services.zones import assign_zone

#: The standard OpenStreetMap tiles (https://operations.osmfoundation.org/policies/tiles/).
DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
COPYRIGHT_URL = "https://www.openstreetmap.org/copyright"
FIX_THE_MAP_URL = "https://www.openstreetmap.org/fixthemap"

SETTING_PREFIX = "map."


# -- settings ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapSettings:
    #: Show raster map tiles under the rounds (never while Planner works offline).
    tiles: bool = True
    #: Where the tiles come from; changeable without a new version of Planner, as the tile
    #: usage policy asks (another OpenStreetMap tile server, a company tile server).
    tile_url: str = DEFAULT_TILE_URL


def load_map_settings(db: Database) -> MapSettings:
    """``map.tiles`` defaults to on, unless the geocoding settings say Planner works offline."""
    with db.read() as session:
        offline = bool(get_setting(session, "geo.offline", False))
        tiles = get_setting(session, SETTING_PREFIX + "tiles", None)
        url = get_setting(session, SETTING_PREFIX + "tile_url", None)
    return MapSettings(
        tiles=(not offline) if tiles is None else bool(tiles),
        tile_url=str(url) if url else DEFAULT_TILE_URL,
    )


def validate_map_settings(settings: MapSettings) -> MapSettings:
    url = settings.tile_url.strip() or DEFAULT_TILE_URL
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError.single("Fond de carte", "une adresse http(s)://… est attendue.")
    missing = [name for name in ("{z}", "{x}", "{y}") if name not in url]
    if missing:
        raise ValidationError.single(
            "Fond de carte", f"l'adresse doit contenir {', '.join(missing)} (ex. {DEFAULT_TILE_URL})."
        )
    return MapSettings(tiles=bool(settings.tiles), tile_url=url)


def save_map_settings(db: Database, settings: MapSettings) -> MapSettings:
    settings = validate_map_settings(settings)
    with db.write() as session:
        put_setting(session, SETTING_PREFIX + "tiles", settings.tiles)
        put_setting(session, SETTING_PREFIX + "tile_url", settings.tile_url)
    return settings


def set_tiles_shown(db: Database, shown: bool) -> MapSettings:
    """The map's « fond de carte » switch."""
    current = load_map_settings(db)
    return save_map_settings(db, MapSettings(tiles=shown, tile_url=current.tile_url))


def tile_user_agent(db: Database) -> str:
    """The HTTP User-Agent of tile requests: Planner, its version and how to reach its user
    (the tile usage policy asks for an identifying User-Agent, never a library's default)."""
    company = load_company(db)
    contact = company.email or company.phone or ""
    who = "; ".join(part for part in (company.name if company.name != "Planner" else "", contact) if part)
    agent = f"Planner/{__version__} (desktop field-service planner{'; ' + who if who else ''})"
    # HTTP headers are ASCII: « Élec Annecy » is sent as « Elec Annecy ».
    return unicodedata.normalize("NFKD", agent).encode("ascii", "ignore").decode("ascii")


# -- layers --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ZoneOutline:
    id: int
    name: str
    colour: str
    #: Convex hull of the zone's sites (one or two points for a very small zone).
    outline: tuple[Point, ...]
    #: Where its name goes: the zone's centre, else the mean of its sites.
    label_at: Point | None
    sites: int


@dataclass(frozen=True, slots=True)
class ReviewPin:
    """A site « à vérifier » that has a position: drag its pin to the right place."""

    site_id: int
    customer_id: int
    customer: str
    address: str
    city: str
    point: Point
    reason: str


@dataclass(frozen=True)
class MapLayers:
    settings: MapSettings
    #: Planner works offline (``geo.offline``): no tiles whatever ``settings.tiles`` says.
    offline: bool
    user_agent: str
    zones: list[ZoneOutline]
    review_pins: list[ReviewPin]
    #: Sites « à vérifier » without any position (not on the map; see Outils › Adresses à vérifier).
    unplaced_sites: int

    @property
    def tiles_shown(self) -> bool:
        return self.settings.tiles and not self.offline


def zone_outlines(db: Database) -> list[ZoneOutline]:
    """Every zone of the database with the outline of its sites, to draw under the rounds.

    Cheap enough to call again whenever zones are recomputed."""
    with db.read() as session:
        zones = list(session.scalars(select(Zone).order_by(Zone.name)))
        points: dict[int, list[Point]] = defaultdict(list)
        for zone_id, lat, lon in session.execute(
            select(Site.zone_id, Site.latitude, Site.longitude).where(
                Site.zone_id.is_not(None), Site.latitude.is_not(None)
            )
        ):
            points[zone_id].append((lat, lon))
        outlines = []
        for zone in zones:
            sites = points.get(zone.id, [])
            centre = (zone.centre_lat, zone.centre_lon) if zone.centre_lat is not None else None
            if not sites and centre is None:
                continue
            outlines.append(
                ZoneOutline(
                    id=zone.id,
                    name=zone.name,
                    colour=zone.colour,
                    outline=tuple(convex_hull(sites)) if sites else ((centre,) if centre else ()),
                    label_at=centre or centroid(sites),
                    sites=len(sites),
                )
            )
        return outlines


def load_map_layers(db: Database) -> MapLayers:
    """What the map draws besides the week's rounds."""
    with db.read() as session:
        offline = bool(get_setting(session, "geo.offline", False))
    review = sites_to_review(db)
    pins = [
        ReviewPin(r.site_id, r.customer_id, r.customer, r.address, r.city, (r.latitude, r.longitude), r.reason)
        for r in review
        if r.latitude is not None and r.longitude is not None
    ]
    return MapLayers(
        settings=load_map_settings(db),
        offline=offline,
        user_agent=tile_user_agent(db),
        zones=zone_outlines(db),
        review_pins=pins,
        unplaced_sites=len(review) - len(pins),
    )


@dataclass(frozen=True, slots=True)
class CommuneLabel:
    name: str
    point: Point
    population: int


@lru_cache(maxsize=1)
def commune_labels() -> tuple[CommuneLabel, ...]:
    """Commune names for the offline background, most populated first (the shipped list of
    communes, completed by the communes of the Annecy area)."""
    seen: set[str] = set()
    labels: list[CommuneLabel] = []
    for place in default_gazetteer().places:
        key = fold(place.name)
        if key not in seen:
            seen.add(key)
            labels.append(CommuneLabel(place.name, (place.lat, place.lon), place.population))
    with resource("data", "demo_communes.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = fold(row["commune"])
            if key not in seen:
                seen.add(key)
                labels.append(
                    CommuneLabel(row["commune"], (float(row["latitude"]), float(row["longitude"])), int(row["population"] or 0))
                )
    labels.sort(key=lambda c: -c.population)
    return tuple(labels)


# -- placing a site by dragging its pin ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SitePosition:
    """Everything the position of a site was, to put it back (undo)."""

    site_id: int
    latitude: float | None
    longitude: float | None
    precision: GeocodePrecision
    source: str
    score: float | None
    needs_review: bool
    geocoded_at: datetime | None


def place_site(db: Database, site_id: int, lat: float, lon: float) -> SitePosition:
    """Put a site where the user dropped its pin (trusted: no longer « à vérifier »).

    Returns the position it had, for « Annuler »."""
    check_position(lat, lon)
    with db.write() as session:
        site = lock_for_update(session, Site, site_id)
        if site is None:
            raise NotFoundError(f"Site n° {site_id} introuvable.")
        previous = SitePosition(
            site.id, site.latitude, site.longitude, site.geocode_precision, site.geocode_source,
            site.geocode_score, site.needs_review, site.geocoded_at,
        )
        place_manually(session, site, lat, lon)
        return previous


def restore_site_position(db: Database, previous: SitePosition) -> None:
    """Undo :func:`place_site`: the site gets back its former position and « à vérifier » mark."""
    with db.write() as session:
        site = lock_for_update(session, Site, previous.site_id)
        if site is None:
            raise NotFoundError(f"Site n° {previous.site_id} introuvable.")
        site.latitude, site.longitude = previous.latitude, previous.longitude
        site.geocode_precision = previous.precision
        site.geocode_source = previous.source
        site.geocode_score = previous.score
        site.needs_review = previous.needs_review
        site.geocoded_at = previous.geocoded_at
        assign_zone(session, site)
        where = f"{previous.latitude:.6f}, {previous.longitude:.6f}" if previous.latitude is not None else "aucune"
        audit(session, "position", "site", site.id, f"Position rétablie : {where}")
