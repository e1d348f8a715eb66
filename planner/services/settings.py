"""Saving the settings screen: every tab checked first, then everything stored."""

from __future__ import annotations

from planner.db.database import Database
from planner.domain.errors import ValidationError
from planner.services import geocoding, mapping, messages, outbox
from planner.services.geocoding import GeoSettings
from planner.services.mapping import MapSettings
from planner.services.messages import CompanyInfo
from planner.services.outbox import OutboxSettings


def save_settings(
    db: Database,
    geo: GeoSettings,
    company: CompanyInfo,
    mail: OutboxSettings,
    password: str | None,
    sms_token: str | None,
    map_settings: MapSettings | None = None,
) -> None:
    """Every tab is checked before anything is saved: one refusal names its field and keeps all."""
    errors: dict[str, str] = {}
    for check in (
        lambda: geocoding.validate_geo_settings(geo),
        lambda: messages.validate_company(company),
        lambda: outbox.validate_outbox_settings(mail),
        lambda: mapping.validate_map_settings(map_settings) if map_settings is not None else None,
    ):
        try:
            check()
        except ValidationError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    geocoding.save_geo_settings(db, geo)
    messages.save_company(db, company)
    outbox.save_outbox_settings(db, mail, password=password, sms_token=sms_token)
    if map_settings is not None:
        mapping.save_map_settings(db, map_settings)
