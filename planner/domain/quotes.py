"""Quote rules: the lifecycle, VAT rates and totals exact to the cent.

Money is integer cents, quantities integer thousandths (``1500`` = 1,5), VAT rates basis points
(``2000`` = 20 %).  No float ever touches an amount.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class QuoteStatus(StrEnum):
    REQUESTED = "requested"  # asked for (on the phone, during a visit), nothing written yet
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    EXPIRED = "expired"
    CANCELLED = "cancelled"  # the request was dropped before a quote went out


class QuoteSource(StrEnum):
    CALL = "call"
    VISIT = "visit"
    ANOMALY = "anomaly"
    OFFICE = "office"


#: Quotes still waiting for the company (to write, to send).
TO_SEND_STATUSES = frozenset({QuoteStatus.REQUESTED, QuoteStatus.DRAFT})
#: Quotes whose story is over.
CLOSED_STATUSES = frozenset(
    {QuoteStatus.ACCEPTED, QuoteStatus.REFUSED, QuoteStatus.EXPIRED, QuoteStatus.CANCELLED}
)

QUOTE_TRANSITIONS: dict[QuoteStatus, frozenset[QuoteStatus]] = {
    QuoteStatus.REQUESTED: frozenset({QuoteStatus.DRAFT, QuoteStatus.SENT, QuoteStatus.CANCELLED}),
    QuoteStatus.DRAFT: frozenset({QuoteStatus.DRAFT, QuoteStatus.SENT, QuoteStatus.CANCELLED}),
    QuoteStatus.SENT: frozenset(
        {QuoteStatus.ACCEPTED, QuoteStatus.REFUSED, QuoteStatus.EXPIRED, QuoteStatus.SENT}
    ),
    QuoteStatus.ACCEPTED: frozenset(),
    QuoteStatus.REFUSED: frozenset(),
    QuoteStatus.EXPIRED: frozenset({QuoteStatus.SENT}),  # sent again with a new validity
    QuoteStatus.CANCELLED: frozenset(),
}

#: The French VAT rates a quote line may carry, in basis points: normal, intermediate
#: (renovation of dwellings over two years old), reduced (energy-saving work).
VAT_RATES: tuple[int, ...] = (2000, 1000, 550)


def vat_label(rate_bp: int) -> str:
    """``2000`` → « 20 % », ``550`` → « 5,5 % »."""
    whole, rest = divmod(rate_bp, 100)
    text = str(whole) if not rest else f"{whole},{rest:02d}".rstrip("0")
    return f"{text}\u00a0%"


def _div_round(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded half away from zero, in integers."""
    sign = -1 if (numerator < 0) != (denominator < 0) else 1
    quotient, remainder = divmod(abs(numerator), abs(denominator))
    if remainder * 2 >= abs(denominator):
        quotient += 1
    return sign * quotient


def line_total_cents(quantity_milli: int, unit_price_cents: int) -> int:
    """Quantity × unit price, rounded to the cent (half away from zero)."""
    return _div_round(quantity_milli * unit_price_cents, 1000)


def vat_cents(base_cents: int, rate_bp: int) -> int:
    return _div_round(base_cents * rate_bp, 10000)


@dataclass(frozen=True, slots=True)
class VatBreakdown:
    rate_bp: int
    base_cents: int
    vat_cents: int


@dataclass(frozen=True, slots=True)
class Totals:
    ht_cents: int
    vat_cents: int
    ttc_cents: int
    by_rate: tuple[VatBreakdown, ...] = field(default=())


def totals(lines: Iterable[tuple[int, int, int]]) -> Totals:
    """Totals of ``(quantity_milli, unit_price_cents, vat_rate_bp)`` lines.

    Each line's amount excluding VAT is rounded to the cent; VAT is then computed once per rate
    on the sum of that rate's lines (as French invoices show it), so HT + TVA = TTC exactly.
    """
    bases: dict[int, int] = {}
    for quantity, price, rate in lines:
        bases[rate] = bases.get(rate, 0) + line_total_cents(quantity, price)
    breakdown = tuple(
        VatBreakdown(rate, base, vat_cents(base, rate)) for rate, base in sorted(bases.items(), reverse=True)
    )
    ht = sum(b.base_cents for b in breakdown)
    vat = sum(b.vat_cents for b in breakdown)
    return Totals(ht, vat, ht + vat, breakdown)


def format_quantity(quantity_milli: int) -> str:
    """``1500`` → « 1,5 », ``2000`` → « 2 »."""
    whole, rest = divmod(abs(quantity_milli), 1000)
    sign = "-" if quantity_milli < 0 else ""
    return f"{sign}{whole}" if not rest else f"{sign}{whole},{rest:03d}".rstrip("0")


def parse_quantity(text: str) -> int:
    """« 1,5 », « 1.5 », « 2 » → thousandths; ValueError when it is not a number with at most
    three decimals."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        raise ValueError("empty")
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("+-")
    whole, _, decimals = cleaned.partition(".")
    if not (whole or decimals) or not (whole or "0").isdigit() or (decimals and not decimals.isdigit()):
        raise ValueError(text)
    if len(decimals) > 3:
        raise ValueError(text)
    value = int(whole or "0") * 1000 + int((decimals + "000")[:3])
    return -value if negative else value


def parse_cents(text: str) -> int:
    """« 1 234,50 », « 1234.5 », « 380 € » → cents; ValueError otherwise."""
    cleaned = (
        text.strip().replace("€", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        .replace(",", ".")
    )
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("+-")
    whole, _, decimals = cleaned.partition(".")
    if not cleaned or not (whole or "0").isdigit() or (decimals and not decimals.isdigit()) or len(decimals) > 2:
        raise ValueError(text)
    value = int(whole or "0") * 100 + int((decimals + "00")[:2])
    return -value if negative else value
