"""The offline gazetteer: French communes and places by name, for when the services are out of
reach.  It only ever gives the centre of a commune (precision « municipality »).

The data file ``resources/data/communes_fr.csv`` is built by :mod:`planner.geo.build_gazetteer`
from GeoNames (CC BY 4.0) and the INSEE / La Poste communes of the Annecy area.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from planner.domain.text import fold
from planner.paths import resource

#: Region (GeoNames first-level code, INSEE region code) of each metropolitan department.
_REGION_DEPARTMENTS = {
    "11": "75 77 78 91 92 93 94 95",
    "24": "18 28 36 37 41 45",
    "27": "21 25 39 58 70 71 89 90",
    "28": "14 27 50 61 76",
    "32": "02 59 60 62 80",
    "44": "08 10 51 52 54 55 57 67 68 88",
    "52": "44 49 53 72 85",
    "53": "22 29 35 56",
    "75": "16 17 19 23 24 33 40 47 64 79 86 87",
    "76": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "84": "01 03 07 15 26 38 42 43 63 69 73 74",
    "93": "04 05 06 13 83 84",
    "94": "20",
}
DEPARTMENT_REGION = {dep: region for region, deps in _REGION_DEPARTMENTS.items() for dep in deps.split()}

#: Abbreviations read as the full word when matching names.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes", "s": "sur"}


#: Words that start a street name; a commune named right after one is part of the street
#: (« route de Thônes »), and a one-word commune spelled like one (Rue, in the Somme) is only
#: taken when it is the commune field itself.
STREET_WORDS = frozenset(
    {
        "rue", "route", "chemin", "avenue", "av", "allee", "all", "place", "pl", "impasse", "imp",
        "boulevard", "bd", "quai", "cours", "passage", "square", "sentier", "montee", "voie", "rond",
        "point", "lieu", "dit", "hameau", "lotissement", "residence", "zone", "za", "zi",
    }
)
_LINK_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "l", "les", "en"})


def _in_street_name(tokens: tuple[str, ...], start: int) -> bool:
    before = tokens[max(0, start - 3) : start]
    while before and before[-1] in _LINK_WORDS:
        before = before[:-1]
    return bool(before) and before[-1] in STREET_WORDS


def region_of_postcode(postcode: str) -> str | None:
    return DEPARTMENT_REGION.get(postcode[:2]) if len(postcode) == 5 else None


def name_tokens(text: str) -> tuple[str, ...]:
    """Folded words of ``text`` with « St », « Ste » and « s/ » spelled out; CEDEX dropped."""
    words = fold(text).split()
    out: list[str] = []
    skip_digits = False
    for word in words:
        if word == "cedex":
            skip_digits = True
            continue
        if skip_digits and word.isdigit():
            continue
        skip_digits = False
        out.append(_ABBREVIATIONS.get(word, word))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    postcode: str
    insee: str
    region: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    place: Place
    #: Confidence in [0, 1] that this is the commune meant (never a position accuracy).
    score: float
    #: French words saying how it was found, for the « à vérifier » message.
    how: str


class Gazetteer:
    """Find a commune in a typed address, ignoring case, accents, hyphens and « St »/« Saint »."""

    def __init__(self, places: Sequence[Place]) -> None:
        self.places = list(places)
        self._by_first: dict[str, list[tuple[tuple[str, ...], Place]]] = {}
        self._by_postcode: dict[str, list[Place]] = {}
        for place in self.places:
            tokens = name_tokens(place.name)
            if tokens:
                self._by_first.setdefault(tokens[0], []).append((tokens, place))
            if place.postcode:
                self._by_postcode.setdefault(place.postcode, []).append(place)

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        path = path or resource("data", "communes_fr.csv")
        with path.open(encoding="utf-8", newline="") as handle:
            places = [
                Place(
                    name=row["name"],
                    postcode=row["postcode"],
                    insee=row["insee"],
                    region=row["region"],
                    lat=float(row["latitude"]),
                    lon=float(row["longitude"]),
                    population=int(row["population"] or 0),
                )
                for row in csv.DictReader(handle)
            ]
        return cls(places)

    def __len__(self) -> int:
        return len(self.places)

    def named(self, name: str) -> list[Place]:
        """Places whose name is exactly ``name`` (folded), most populous first."""
        tokens = name_tokens(name)
        if not tokens:
            return []
        found = [p for t, p in self._by_first.get(tokens[0], ()) if t == tokens]
        return sorted(found, key=lambda p: -p.population)

    def _scan(self, tokens: tuple[str, ...]) -> list[tuple[int, int, Place]]:
        matches = []
        for i, token in enumerate(tokens):
            for name, place in self._by_first.get(token, ()):
                if tokens[i : i + len(name)] != name:
                    continue
                if len(name) == 1 and (token in STREET_WORDS or token in _LINK_WORDS):
                    continue
                matches.append((i, i + len(name), place))
        return matches

    def find(self, text: str, *, postcode: str = "", city: str = "") -> GazetteerMatch | None:
        """The commune ``text`` (or ``city`` when given) most likely names.

        Among names found, one agreeing with ``postcode`` wins, then one in the postcode's
        region, then the one nearest the end of the address (where the commune is written),
        the longest (« Annecy-le-Vieux » over « Annecy »), the most populous.
        """
        if postcode[:2] in {"97", "98"}:
            return None  # overseas: the gazetteer covers metropolitan France only
        region = region_of_postcode(postcode)
        matches: list[tuple[int, int, Place]] = []
        if city:
            city_tokens = name_tokens(city)
            matches = [(0, len(city_tokens), p) for p in self.named(city)]
            if not matches:
                # A commune inside the commune field (« Annecy (Seynod) »), but not a word of an
                # unknown name (« Nullepart-les-Bains » is not Bains) in another region.
                matches = [m for m in self._scan(city_tokens) if region is None or m[2].region == region]
        tokens = name_tokens(text)
        if not matches:
            matches = self._scan(tokens)
        if not matches:
            return self._by_postcode_only(postcode)

        def rank(match: tuple[int, int, Place]) -> tuple[bool, bool, bool, int, int, int]:
            start, end, place = match
            return (
                bool(postcode) and place.postcode == postcode,
                region is not None and place.region == region,
                not (tokens[start:end] == name_tokens(place.name) and _in_street_name(tokens, start)),
                end,
                end - start,
                place.population,
            )

        best = max(matches, key=rank)
        if not rank(best)[2]:
            # The only commune named is part of a street name (« 12 route de Thônes »).
            return self._by_postcode_only(postcode)
        place = best[2]
        homonyms = {
            (p.lat, p.lon) for s, e, p in matches if name_tokens(p.name) == name_tokens(place.name)
        }
        if postcode and place.postcode == postcode:
            return GazetteerMatch(place, 0.9, "commune et code postal reconnus")
        if region is not None and place.region == region:
            return GazetteerMatch(place, 0.8, "commune reconnue dans le département du code postal")
        if region is not None:
            pc_places = self._by_postcode.get(postcode)
            if pc_places:
                return GazetteerMatch(
                    max(pc_places, key=lambda p: p.population),
                    0.5,
                    f"commune déduite du code postal {postcode} (le nom ne lui correspond pas)",
                )
            return GazetteerMatch(place, 0.5, f"commune reconnue, mais pas dans le département {postcode[:2]}")
        if len(homonyms) > 1:
            return GazetteerMatch(place, 0.6, "plusieurs communes portent ce nom : la plus peuplée a été prise")
        return GazetteerMatch(place, 0.7, "commune reconnue")

    def _by_postcode_only(self, postcode: str) -> GazetteerMatch | None:
        places = self._by_postcode.get(postcode) if postcode else None
        if not places:
            return None
        return GazetteerMatch(
            max(places, key=lambda p: p.population), 0.5, f"commune déduite du code postal {postcode}"
        )


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once (about 15 000 places, a few tens of milliseconds)."""
    return Gazetteer.load()
