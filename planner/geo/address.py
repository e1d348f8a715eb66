"""Reading an address as typed: its postcode, its commune, its country, what looks wrong."""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.domain.text import fold

_POSTCODE = re.compile(r"(?<![\d-])(\d{5})(?!\d)")
_SHORT_POSTCODE = re.compile(r"(?<![\d-])(\d{4})(?!\d)")
_SWISS_POSTCODE = re.compile(r"\bCH[- ]?\d{4}\b", re.IGNORECASE)
_CEDEX = re.compile(r"\bcedex\b(\s*\d+)?", re.IGNORECASE)

#: Country names a user may end an address with (folded) → (ISO code, French name).
COUNTRIES: dict[str, tuple[str, str]] = {
    "france": ("fr", "France"),
    "suisse": ("ch", "Suisse"),
    "switzerland": ("ch", "Suisse"),
    "schweiz": ("ch", "Suisse"),
    "svizzera": ("ch", "Suisse"),
    "italie": ("it", "Italie"),
    "italia": ("it", "Italie"),
    "italy": ("it", "Italie"),
    "belgique": ("be", "Belgique"),
    "belgium": ("be", "Belgique"),
    "allemagne": ("de", "Allemagne"),
    "deutschland": ("de", "Allemagne"),
    "germany": ("de", "Allemagne"),
    "espagne": ("es", "Espagne"),
    "espana": ("es", "Espagne"),
    "spain": ("es", "Espagne"),
    "luxembourg": ("lu", "Luxembourg"),
}


@dataclass(frozen=True, slots=True)
class AddressQuery:
    """An address to place: free text, or a site's street line with its postcode and commune."""

    address: str = ""
    postcode: str = ""
    city: str = ""

    @property
    def text(self) -> str:
        """The whole address on one line, as sent to the geocoding services."""
        address, postcode, city = (" ".join(p.split()) for p in (self.address, self.postcode, self.city))
        parts = [address]
        # An imported street line often repeats its postcode and commune: say them once.
        if postcode and postcode not in address:
            parts.append(postcode)
        if city and f" {fold(city)}" not in f" {fold(address)}":
            parts.append(city)
        return " ".join(p for p in parts if p).strip(" ,;")

    @property
    def key(self) -> str:
        """The cache key: the folded text (case, accents and punctuation ignored)."""
        return fold(self.text)


@dataclass(frozen=True, slots=True)
class ParsedAddress:
    """What Planner understands of an address before asking anyone."""

    text: str
    postcode: str  # five digits, or ""
    city: str  # the commune as typed, or ""
    country_code: str  # "fr" unless the address names another country
    country: str  # French name of that country
    problems: tuple[str, ...]  # French sentences: what looks wrong in the input

    @property
    def is_empty(self) -> bool:
        return not fold(self.text)

    @property
    def in_france(self) -> bool:
        return self.country_code == "fr"


def _strip_country(text: str) -> tuple[str, str]:
    """Remove a trailing country name; return the text and the country's ISO code."""
    stripped = text.rstrip(" ,;.-")
    folded = fold(stripped)
    for name, (code, _label) in COUNTRIES.items():
        if folded == name:
            return "", code
        if folded.endswith(" " + name):
            # Cut as many trailing characters as the name has words plus separators.
            words = stripped.split()
            kept: list[str] = []
            for i in range(len(words), 0, -1):
                if fold(" ".join(words[i - 1 :])) == name:
                    kept = words[: i - 1]
                    break
            return " ".join(kept).rstrip(" ,;-"), code
    if _SWISS_POSTCODE.search(text):
        return text, "ch"
    return text, "fr"


def parse_address(query: AddressQuery) -> ParsedAddress:
    text, country_code = _strip_country(query.text)
    country = next((label for code, label in COUNTRIES.values() if code == country_code), "")
    problems: list[str] = []
    clean = _CEDEX.sub(" ", text)

    postcode = ""
    explicit = query.postcode.strip()
    if explicit:
        digits = "".join(c for c in explicit if c.isdigit())
        if len(digits) == 5 and digits == explicit.replace(" ", ""):
            postcode = digits
        elif country_code == "fr":
            problems.append(
                f"code postal « {explicit} » invalide : un code postal français a 5 chiffres."
            )
    else:
        found = _POSTCODE.findall(clean)
        if found:
            postcode = found[-1]
        elif country_code == "fr":
            words = clean.split()
            for match in _SHORT_POSTCODE.finditer(clean):
                # A 4-digit number opening the address is a house number (« 1250 route de… »).
                if match.group(1) == clean.strip() or (words and match.start() > clean.index(words[0])):
                    problems.append(
                        f"code postal « {match.group(1)} » incomplet : "
                        "un code postal français a 5 chiffres."
                    )
                    break

    city = " ".join(query.city.split())
    if not city:
        if postcode and postcode in clean:
            after = clean.rsplit(postcode, 1)[1]
            city = after.split(",")[0].strip(" ,;-")
        if not city and "," in clean:
            last = clean.rsplit(",", 1)[1].strip()
            if last and not any(c.isdigit() for c in last):
                city = last
    if country_code != "fr":
        problems.append(
            f"adresse à l'étranger ({country}) : la base nationale des adresses ne couvre que la France."
        )
    return ParsedAddress(
        text=text,
        postcode=postcode,
        city=city,
        country_code=country_code,
        country=country,
        problems=tuple(problems),
    )
