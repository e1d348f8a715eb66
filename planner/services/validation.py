"""Normalising and checking what people type: phones, postcodes, emails, names.

Each function returns the normalised value or raises :class:`ValidationError` whose message
names the field (its French label) and says what is expected.  They touch no database, so the
dialogs may call them directly while the user types.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from planner.domain.errors import ValidationError

_POSTCODE = re.compile(r"^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def postcode(value: object, field: str = "Code postal", *, required: bool = True) -> str:
    """« 74 000 », « 74000 » and the number 74000 all give « 74000 ».

    A number that lost its leading zero in a spreadsheet (1000 for 01000) is restored; typed
    text must have five digits.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError.single(field, "obligatoire (5 chiffres, ex. 74000).")
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():
            raise ValidationError.single(field, f"« {value} » n'est pas un code postal.")
        text = f"{int(value):05d}"
    else:
        text = re.sub(r"[\s.\u00a0\u202f]", "", str(value))
    if not text.isdigit() or len(text) != 5:
        raise ValidationError.single(
            field, f"« {str(value).strip()} » doit compter 5 chiffres (ex. 74000)."
        )
    if not _POSTCODE.match(text):
        raise ValidationError.single(field, f"« {text} » n'est pas un code postal français.")
    return text


def phone(value: object, field: str = "Téléphone", *, required: bool = False) -> str:
    """Any French way of writing a number (« 06 12 34 56 78 », « +33 6… », 612345678 from
    Excel) in E.164 (« +33612345678 »); foreign numbers need their + prefix."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError.single(field, "obligatoire.")
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        text = f"0{int(value)}" if len(str(int(value))) == 9 else str(int(value))
    else:
        text = str(value).strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, "FR")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError.single(
            field, f"« {text} » n'est pas un numéro valide (ex. 06 12 34 56 78 ou +41 …)."
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_display(e164: str) -> str:
    """« +33612345678 » → « 06 12 34 56 78 »; foreign numbers keep their international form."""
    if not e164:
        return ""
    if len(e164) == 12 and e164.startswith("+33") and e164[3:].isdigit():
        national = "0" + e164[3:]  # the common case, without a full parse
        return " ".join(national[i : i + 2] for i in range(0, 10, 2))
    try:
        number = phonenumbers.parse(e164, "FR")
    except phonenumbers.NumberParseException:
        return e164
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 33
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def email(value: object, field: str = "E-mail", *, required: bool = False) -> str:
    if value is None or not str(value).strip():
        if required:
            raise ValidationError.single(field, "obligatoire.")
        return ""
    text = str(value).strip()
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise ValidationError.single(
            field, f"« {text} » n'est pas une adresse e-mail valide (ex. nom@exemple.fr)."
        ) from None
    return result.normalized


def text(value: object, field: str, *, required: bool = False, max_length: int = 200) -> str:
    cleaned = " ".join(str(value or "").split())
    if required and not cleaned:
        raise ValidationError.single(field, "obligatoire.")
    if len(cleaned) > max_length:
        raise ValidationError.single(field, f"{max_length} caractères au plus.")
    return cleaned


def colour(value: object, field: str = "Couleur") -> str:
    text_value = str(value or "").strip()
    if not _COLOUR.match(text_value):
        raise ValidationError.single(field, f"« {text_value} » doit être une couleur #RRVVBB.")
    return text_value.lower()


def french_date(value: object, field: str, *, required: bool = True) -> date | None:
    """A real date, or text « 15/05/25 », « 15/05/2025 », « 2025-05-15 »."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError.single(field, "obligatoire (jj/mm/aaaa).")
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = str(value).strip()
    for fmt in ("%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d.%m.%y"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise ValidationError.single(field, f"« {raw} » n'est pas une date (jj/mm/aaaa).")


class Collector:
    """Gathers every field error of a form so the user sees them all at once."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def __call__(self, function, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return function(*args, **kwargs)
        except ValidationError as exc:
            self.errors.update(exc.errors)
            return None

    def add(self, field: str, reason: str) -> None:
        self.errors.setdefault(field, reason)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
