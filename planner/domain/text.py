"""Text rules: folding for search and comparison, display names."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def fold(text: str | None) -> str:
    """Lower-case ``text``, strip accents and turn punctuation into single spaces.

    ``fold("Thônes")`` and ``fold("THONES ")`` are both ``"thones"``;
    ``fold("La Roche-sur-Foron")`` is ``"la roche sur foron"``.
    """
    if not text:
        return ""
    if not text.isascii():
        text = text.translate(_LIGATURES)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub(" ", text.lower()).strip()


def digits(text: str | None) -> str:
    """Only the digits of ``text`` (for phone and postcode matching)."""
    return "".join(c for c in (text or "") if c.isdigit())


def customer_display_name(
    company_name: str | None, last_name: str | None, first_name: str | None
) -> str:
    """How a customer is named in lists: the company, else « NOM Prénom »."""
    if company_name:
        return company_name
    parts = [p for p in ((last_name or "").upper(), first_name or "") if p]
    return " ".join(parts) or "(sans nom)"
