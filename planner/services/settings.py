"""Saving the settings screen: every tab checked first, then everything stored."""

from __future__ import annotations

from planner.db.database import Database
from planner.domain.errors import ValidationError
from planner.services import geocoding, messages, outbox
from planner.services.geocoding import GeoSettings
from planner.services.messages import CompanyInfo
from planner.services.outbox import OutboxSettings


def save_settings(
    db: Database,
    geo: GeoSettings,
    company: CompanyInfo,
    mail: OutboxSettings,
    password: str | None,
    sms_token: str | None,
) -> None:
    """Every tab is checked before anything is saved: one refusal names its field and keeps all."""
    errors: dict[str, str] = {}
    for check in (
        lambda: geocoding.validate_geo_settings(geo),
        lambda: messages.validate_company(company),
        lambda: outbox.validate_outbox_settings(mail),
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
