"""Placing sites on the map and measuring the drives between them.

* :func:`geocode_pending_sites` — the batch run after an import, for demo data or on demand: it
  runs in a worker thread, reports progress, stops cleanly when cancelled, commits every few
  sites (an interruption loses little; the next run does what is left).
* :func:`geocode_site`, :func:`set_site_position`, :func:`sites_to_review` — one site at a
  time and the « à vérifier » list.
* :func:`travel_matrix_for` — drive durations and distances between sites and technicians'
  start points, through the provider the settings choose.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from planner.db.database import Database
from planner.db.models import Customer, Site, Technician
from planner.domain.enums import GeocodePrecision
from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.progress import Progress
from planner.domain.text import customer_display_name
from planner.domain.timeutil import now_utc
from planner.geo.address import AddressQuery
from planner.geo.geocoder import (
    HOUSENUMBER_SCORE_THRESHOLD,
    SOURCE_GAZETTEER,
    SOURCE_LABELS,
    SOURCE_MANUAL,
    Geocoder,
    GeocoderConfig,
    GeocodeResult,
)
from planner.geo.online import DEFAULT_BAN_URL, DEFAULT_NOMINATIM_URL, DEFAULT_TIMEOUT_S, split_base_url
from planner.geo.travel import (
    DEFAULT_DETOUR_FACTOR,
    DEFAULT_PARKING_S,
    OSRM_DEFAULT_MAX_TABLE_SIZE,
    CachedProvider,
    Matrix,
    OfflineModel,
    OsrmProvider,
    TravelTimeProvider,
)
from planner.services.common import audit, get_setting, lock_for_update, put_setting
from planner.services.zones import assign_zone

# -- settings ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GeoSettings:
    """Geocoding and travel-time settings, kept in the ``setting`` table under ``geo.*``."""

    #: Never use the network (cache and offline gazetteer only; offline travel model).
    offline: bool = False
    ban_url: str = DEFAULT_BAN_URL
    #: Empty: Nominatim is never asked.
    nominatim_url: str = DEFAULT_NOMINATIM_URL
    #: Empty: travel times come from the offline model.
    osrm_url: str = ""
    osrm_max_table_size: int = OSRM_DEFAULT_MAX_TABLE_SIZE
    detour_factor: float = DEFAULT_DETOUR_FACTOR
    parking_s: int = DEFAULT_PARKING_S
    timeout_s: float = DEFAULT_TIMEOUT_S


SETTING_PREFIX = "geo."


def load_geo_settings(db: Database) -> GeoSettings:
    defaults = GeoSettings()
    values: dict[str, Any] = {}
    with db.read() as session:
        for f in fields(GeoSettings):
            default = getattr(defaults, f.name)
            value = get_setting(session, SETTING_PREFIX + f.name, default)
            try:
                values[f.name] = type(default)(value) if value is not None else default
            except (TypeError, ValueError):
                values[f.name] = default
    return GeoSettings(**values)


def validate_geo_settings(settings: GeoSettings) -> GeoSettings:
    errors: dict[str, str] = {}
    for label, url, required in (
        ("Service BAN", settings.ban_url, True),
        ("Service Nominatim", settings.nominatim_url, False),
        ("Serveur OSRM", settings.osrm_url, False),
    ):
        if not url and not required:
            continue
        try:
            split_base_url(url)
        except ValueError as exc:
            errors[label] = str(exc)
    if not 1.0 <= settings.detour_factor <= 3.0:
        errors["Facteur de détour"] = "entre 1 et 3 (1,3 par défaut)."
    if not 0 <= settings.parking_s <= 3600:
        errors["Temps de stationnement"] = "entre 0 et 3600 secondes."
    if not 0.5 <= settings.timeout_s <= 120:
        errors["Délai d'attente"] = "entre 0,5 et 120 secondes."
    if not 1 <= settings.osrm_max_table_size <= 10_000:
        errors["Taille de tableau OSRM"] = "entre 1 et 10 000."
    if errors:
        raise ValidationError(errors)
    return settings


def save_geo_settings(db: Database, settings: GeoSettings) -> None:
    validate_geo_settings(settings)
    with db.write() as session:
        for f in fields(GeoSettings):
            put_setting(session, SETTING_PREFIX + f.name, getattr(settings, f.name))


def make_geocoder(db: Database | None, *, offline: bool | None = None) -> Geocoder:
    """A geocoder configured from the settings (``offline`` overrides the setting)."""
    settings = load_geo_settings(db) if db is not None else GeoSettings()
    config = GeocoderConfig(
        offline=settings.offline if offline is None else offline,
        ban_url=settings.ban_url,
        nominatim_url=settings.nominatim_url,
        timeout_s=settings.timeout_s,
    )
    return Geocoder(db, config)


def travel_provider(settings: GeoSettings) -> TravelTimeProvider:
    """The configured provider, behind the shared matrix cache."""
    model = OfflineModel(detour_factor=settings.detour_factor, parking_s=settings.parking_s)
    if settings.osrm_url and not settings.offline:
        return CachedProvider(
            OsrmProvider(
                settings.osrm_url,
                fallback=model,
                max_table_size=settings.osrm_max_table_size,
                timeout=max(settings.timeout_s, 10.0),
            )
        )
    return CachedProvider(model)


# -- one site ------------------------------------------------------------------------------------


def _query(site: Site) -> AddressQuery:
    return AddressQuery(site.address, site.postcode, site.city)


def _apply(site: Site, result: GeocodeResult) -> None:
    site.latitude, site.longitude = result.lat, result.lon
    site.geocode_precision = result.precision
    site.geocode_source = result.source
    site.geocode_score = result.score
    site.needs_review = result.review
    site.geocoded_at = now_utc()
    if result.insee_code:
        site.insee_code = result.insee_code


def geocode_site(db: Database, site_id: int, geocoder: Geocoder, *, refresh: bool = False) -> GeocodeResult:
    """Place one site now (after its address was typed or changed) and store the result."""
    with db.read() as session:
        site = session.get(Site, site_id)
        if site is None:
            raise NotFoundError(f"Site n° {site_id} introuvable.")
        query = _query(site)
    result = geocoder.geocode(query, refresh=refresh)
    with db.write() as session:
        site = lock_for_update(session, Site, site_id)
        if site is None:
            raise NotFoundError(f"Site n° {site_id} introuvable.")
        if _query(site) == query:
            _apply(site, result)
            assign_zone(session, site)
    return result


def set_site_position(db: Database, site_id: int, lat: float, lon: float) -> None:
    """Coordinates given by a person (typed, or picked on the map): trusted, not to review."""
    check_position(lat, lon)
    with db.write() as session:
        site = lock_for_update(session, Site, site_id)
        if site is None:
            raise NotFoundError(f"Site n° {site_id} introuvable.")
        place_manually(session, site, lat, lon)


def check_position(lat: float, lon: float) -> None:
    """Refuse coordinates that cannot be a site's position, naming the field."""
    errors = {}
    if not -90 <= lat <= 90:
        errors["Latitude"] = f"{lat} n'est pas une latitude (entre -90 et 90)."
    if not -180 <= lon <= 180:
        errors["Longitude"] = f"{lon} n'est pas une longitude (entre -180 et 180)."
    if lat == 0 and lon == 0:
        errors["Coordonnées"] = "(0, 0) est dans le golfe de Guinée : saisissez la position du site."
    if errors:
        raise ValidationError(errors)


def place_manually(session: Session, site: Site, lat: float, lon: float) -> None:
    """Store a position given by a person on a locked site (in the caller's transaction)."""
    site.latitude, site.longitude = float(lat), float(lon)
    site.geocode_precision = GeocodePrecision.MANUAL
    site.geocode_source = SOURCE_MANUAL
    site.geocode_score = None
    site.needs_review = False
    site.geocoded_at = now_utc()
    assign_zone(session, site)
    audit(session, "position", "site", site.id, f"Position saisie : {lat:.6f}, {lon:.6f}")


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One line of the « à vérifier » list."""

    site_id: int
    customer_id: int
    customer: str
    address: str
    postcode: str
    city: str
    latitude: float | None
    longitude: float | None
    precision: GeocodePrecision
    source: str
    score: float | None
    #: Why the position needs a look, in French.
    reason: str


def review_reason(precision: GeocodePrecision, source: str, score: float | None) -> str:
    """Why a stored position is « à vérifier », in French."""
    if precision is GeocodePrecision.NONE:
        return "Adresse introuvable : saisissez les coordonnées ou corrigez l'adresse."
    origin = SOURCE_LABELS.get(source, source)
    if precision is GeocodePrecision.MUNICIPALITY:
        return f"Placé au centre de la commune ({origin})."
    if precision is GeocodePrecision.STREET:
        return f"Numéro introuvable : placé sur la voie ({origin})."
    if precision is GeocodePrecision.HOUSENUMBER and (score is None or score < HOUSENUMBER_SCORE_THRESHOLD):
        shown = "inconnu" if score is None else f"{score:.2f}".replace(".", ",")
        return f"Correspondance incertaine (score {shown}, {origin})."
    return f"Position à confirmer ({origin})."


def sites_to_review(db: Database) -> list[ReviewItem]:
    """Sites whose position is missing or not a trusted house-number match, by customer."""
    with db.read() as session:
        rows = session.execute(
            select(Site, Customer.company_name, Customer.last_name, Customer.first_name)
            .join(Customer, Customer.id == Site.customer_id)
            .where(or_(Site.needs_review.is_(True), Site.latitude.is_(None)))
            .where(Customer.anonymised_at.is_(None))
            .order_by(Customer.last_name, Customer.company_name, Site.id)
        ).all()
        return [
            ReviewItem(
                site_id=s.id,
                customer_id=s.customer_id,
                customer=customer_display_name(company, last, first),
                address=s.address,
                postcode=s.postcode,
                city=s.city,
                latitude=s.latitude,
                longitude=s.longitude,
                precision=s.geocode_precision,
                source=s.geocode_source,
                score=s.geocode_score,
                reason=review_reason(s.geocode_precision, s.geocode_source, s.geocode_score),
            )
            for s, company, last, first in rows
        ]


# -- the batch -----------------------------------------------------------------------------------


@dataclass
class BatchReport:
    total: int = 0
    #: Placed at a trusted house number.
    placed: int = 0
    #: Placed, but « à vérifier ».
    to_review: int = 0
    #: Not placed at all (no coordinates).
    unplaced: int = 0
    #: Changed by someone during the run: left for the next run.
    skipped: int = 0
    from_cache: int = 0
    cancelled: bool = False
    elapsed_s: float = 0.0
    notices: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.placed + self.to_review + self.unplaced

    def describe(self) -> str:
        text = (
            f"{self.done} adresse(s) traitée(s) sur {self.total} : {self.placed} placée(s), "
            f"{self.to_review} à vérifier, {self.unplaced} introuvable(s)"
        )
        if self.skipped:
            text += f", {self.skipped} modifiée(s) pendant le traitement (laissée(s) pour plus tard)"
        text += f" en {self.elapsed_s:.1f} s."
        if self.cancelled:
            text += " Interrompu : relancez pour traiter les adresses restantes."
        return text


def geocode_pending_sites(
    db: Database,
    geocoder: Geocoder,
    progress: Progress | None = None,
    *,
    chunk_size: int = 50,
    include_approximate: bool = False,
    site_ids: Sequence[int] | None = None,
) -> BatchReport:
    """Geocode every site still missing coordinates (and, with ``include_approximate``, those
    only placed by the offline gazetteer), committing after each chunk.

    Cancelling (``progress.cancel()``) stops after the address in hand; what was done is kept.
    """
    progress = progress or Progress()
    started = time.monotonic()
    condition = Site.latitude.is_(None)
    if include_approximate:
        condition = or_(condition, Site.geocode_source == SOURCE_GAZETTEER)
    statement = select(Site.id, Site.address, Site.postcode, Site.city).where(condition)
    if site_ids is not None:
        statement = statement.where(Site.id.in_(list(site_ids)))
    with db.read() as session:
        pending = [
            (row.id, AddressQuery(row.address, row.postcode, row.city))
            for row in session.execute(statement.order_by(Site.id))
        ]
    report = BatchReport(total=len(pending))
    progress.report(0.0 if pending else 1.0, f"Géocodage : 0 / {len(pending)} adresses", force=True)
    for start in range(0, len(pending), chunk_size):
        chunk = pending[start : start + chunk_size]
        geocoder.prefetch([q for _, q in chunk])
        results: list[tuple[int, AddressQuery, GeocodeResult]] = []
        for site_id, query in chunk:
            if progress.cancelled:
                break
            results.append((site_id, query, geocoder.geocode(query)))
            progress.report(
                (start + len(results)) / len(pending),
                f"Géocodage : {start + len(results)} / {len(pending)} adresses",
            )
        _store(db, results, report)
        if progress.cancelled:
            report.cancelled = True
            break
    report.notices = geocoder.notices
    report.elapsed_s = time.monotonic() - started
    progress.report(1.0 if not report.cancelled else None, report.describe(), force=True)
    return report


def _store(db: Database, results: list[tuple[int, AddressQuery, GeocodeResult]], report: BatchReport) -> None:
    if not results:
        return
    with db.write() as session:
        statement = select(Site).where(Site.id.in_([site_id for site_id, _, _ in results]))
        if session.get_bind().dialect.name == "postgresql":
            statement = statement.with_for_update()
        sites = {s.id: s for s in session.execute(statement).scalars()}
        for site_id, query, result in results:
            site = sites.get(site_id)
            if site is None or _query(site) != query or site.geocode_precision is GeocodePrecision.MANUAL:
                report.skipped += 1  # deleted, re-addressed or placed by hand meanwhile
                continue
            _apply(site, result)
            assign_zone(session, site)
            report.from_cache += result.from_cache
            if not result.found:
                report.unplaced += 1
            elif result.review:
                report.to_review += 1
            else:
                report.placed += 1


# -- travel times --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TravelPoint:
    #: ``"site"``, ``"start"`` or ``"end"`` (a technician's day start or end).
    kind: str
    id: int
    label: str
    lat: float
    lon: float


@dataclass(frozen=True)
class TravelMatrixResult:
    points: list[TravelPoint]
    matrix: Matrix
    #: Sites left out because they have no coordinates (to geocode or place by hand first).
    missing_sites: list[int]
    #: Technicians whose start or end point is unknown.
    missing_technicians: list[int]

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.matrix.warnings


def travel_matrix_for(
    db: Database,
    site_ids: Sequence[int],
    technician_ids: Sequence[int] = (),
    *,
    provider: TravelTimeProvider | None = None,
) -> TravelMatrixResult:
    """Drive durations (s) and distances (m) between the technicians' start and end points
    (first) and the sites, in the order given; the provider comes from the settings unless
    given."""
    if provider is None:
        provider = travel_provider(load_geo_settings(db))
    points: list[TravelPoint] = []
    missing_sites: list[int] = []
    missing_technicians: list[int] = []
    with db.read() as session:
        technicians = {
            t.id: t
            for t in session.execute(select(Technician).where(Technician.id.in_(list(technician_ids)))).scalars()
        }
        for tid in technician_ids:
            t = technicians.get(tid)
            if t is None:
                raise NotFoundError(f"Technicien n° {tid} introuvable.")
            name = " ".join(p for p in (t.first_name, t.last_name) if p)
            if t.start_lat is None or t.start_lon is None:
                missing_technicians.append(tid)
                continue
            points.append(TravelPoint("start", tid, t.start_label or f"Départ {name}", t.start_lat, t.start_lon))
            if t.end_lat is not None and t.end_lon is not None:
                points.append(TravelPoint("end", tid, t.end_label or f"Retour {name}", t.end_lat, t.end_lon))
        sites = {s.id: s for s in session.execute(select(Site).where(Site.id.in_(list(site_ids)))).scalars()}
        for sid in site_ids:
            s = sites.get(sid)
            if s is None:
                raise NotFoundError(f"Site n° {sid} introuvable.")
            if s.latitude is None or s.longitude is None:
                missing_sites.append(sid)
                continue
            label = ", ".join(p for p in (s.label, s.address, f"{s.postcode} {s.city}".strip()) if p)
            points.append(TravelPoint("site", sid, label, s.latitude, s.longitude))
    matrix = provider.matrix([(p.lat, p.lon) for p in points])
    return TravelMatrixResult(points, matrix, missing_sites, missing_technicians)


# -- entry points for the window (the geocoder comes from the settings) ----------------------------


def geocode_pending(
    db: Database, progress: Progress | None = None, *, customer_id: int | None = None
) -> BatchReport:
    """Place every site still without coordinates (or only those of one customer)."""
    site_ids = None
    if customer_id is not None:
        with db.read() as session:
            site_ids = list(session.scalars(select(Site.id).where(Site.customer_id == customer_id)))
    return geocode_pending_sites(db, make_geocoder(db), progress, site_ids=site_ids)


def relocate_site(db: Database, site_id: int) -> GeocodeResult:
    """Look one site up again, skipping cached answers (after the address was corrected)."""
    return geocode_site(db, site_id, make_geocoder(db), refresh=True)


def count_sites_to_review(db: Database) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Site)
                .join(Customer, Customer.id == Site.customer_id)
                .where(or_(Site.needs_review.is_(True), Site.latitude.is_(None)))
                .where(Customer.anonymised_at.is_(None))
            )
            or 0
        )
