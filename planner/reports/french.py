"""French typography for printed documents: dates, times, euros, quantities (Babel, fr_FR).

Babel's French formats use the narrow no-break space (U+202F) between thousands and the
no-break space (U+00A0) before « € » and « % »: the embedded DejaVu font has both glyphs.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from planner.domain.timeutil import to_paris

LOCALE = "fr_FR"
NBSP = "\u00a0"
NNBSP = "\u202f"


@lru_cache(maxsize=4096)
def long_date(day: date) -> str:
    """« lundi 23 novembre 2026 »."""
    return format_date(day, "EEEE d MMMM y", locale=LOCALE)


@lru_cache(maxsize=4096)
def medium_date(day: date) -> str:
    """« 23 novembre 2026 »."""
    return format_date(day, "d MMMM y", locale=LOCALE)


def letter_date(day: date) -> str:
    """« 2 décembre 2026 », « 1er décembre 2026 » (the ordinal for the first of the month)."""
    text = medium_date(day)
    return f"1er{text[1:]}" if day.day == 1 else text


def short_date(day: date) -> str:
    """« 23/11/2026 »."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def clock(instant: datetime | None) -> str:
    """« 09:30 » in Paris time; empty when unknown."""
    if instant is None:
        return ""
    local = to_paris(instant)
    return f"{local.hour:02d}:{local.minute:02d}"


def window(start: datetime | None, end: datetime | None) -> str:
    """« 08:30 – 10:30 »."""
    if start is None or end is None:
        return ""
    return f"{clock(start)} – {clock(end)}"


def paris_day(instant: datetime) -> date:
    return to_paris(instant).date()


@lru_cache(maxsize=8192)
def euros(cents: int) -> str:
    """« 1 234,56 € » (narrow no-break space between thousands, no-break space before €)."""
    return format_currency(Decimal(cents) / 100, "EUR", locale=LOCALE)


def vat_rate(rate_bp: int) -> str:
    """``2000`` → « 20 % », ``550`` → « 5,5 % »."""
    return f"{format_decimal(Decimal(rate_bp) / 100, locale=LOCALE)}{NBSP}%"


def quantity(value: Decimal | int) -> str:
    """« 1,5 », « 12 »."""
    return format_decimal(Decimal(value).normalize(), format="#,##0.###", locale=LOCALE)


def duration(minutes: int) -> str:
    """« 45 min », « 1 h », « 1 h 25 »."""
    minutes = max(0, int(minutes))
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest}{NBSP}min"
    return f"{hours}{NBSP}h" + (f"{NBSP}{rest:02d}" if rest else "")


def drive(seconds: int | None) -> str:
    """Drive time rounded to the minute: « 12 min », « 1 h 05 »; « — » when unknown."""
    if seconds is None:
        return "—"
    return duration(round(seconds / 60))
