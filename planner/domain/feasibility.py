"""Can this visit go there?  The rules a dispatcher checks when moving a visit by hand, as pure
functions over plain values, so the board can answer live while the visit is dragged and the
service checks exactly the same things before writing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from planner.domain.calendar import Interval, lunch_fits
from planner.domain.timeutil import to_paris


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a visit would go: its technician's day and its time."""

    start: datetime
    end: datetime
    technician_skills: frozenset[str]
    working: Sequence[Interval]
    lunch_window: Interval | None
    lunch_minutes: int
    #: Other visits of that technician-day (start, end), without the one being moved.
    others: Sequence[Interval]
    holiday: str = ""


@dataclass(frozen=True, slots=True)
class VisitNeeds:
    skills: frozenset[str]
    promised_from: datetime | None
    promised_until: datetime | None
    locked: bool = False


@dataclass(frozen=True, slots=True)
class Verdict:
    #: Reasons that forbid the move (French).
    refusals: tuple[str, ...]
    #: The customer's promised arrival window would not hold: allowed only if the manager
    #: confirms, and the customer is then told.
    breaks_promise: bool
    warnings: tuple[str, ...] = ()

    @property
    def allowed(self) -> bool:
        return not self.refusals


def check_placement(needs: VisitNeeds, place: Placement) -> Verdict:
    refusals: list[str] = []
    warnings: list[str] = []
    if needs.locked:
        refusals.append("intervention verrouillée : déverrouillez-la d'abord")
    missing = needs.skills - place.technician_skills
    if missing:
        refusals.append(f"le technicien n'a pas la compétence {', '.join(sorted(missing))}")
    if place.holiday:
        refusals.append(f"jour férié ({place.holiday})")
    if not any(w.start <= place.start and place.end <= w.end for w in place.working):
        refusals.append(
            "hors des horaires du technicien (ou pendant une absence)" if place.working else "le technicien ne travaille pas ce jour-là"
        )
    if any(o.start < place.end and place.start < o.end for o in place.others):
        refusals.append("chevauche une autre intervention du technicien")
    if place.lunch_window is not None and place.lunch_minutes:
        busy = [*place.others, Interval(place.start, place.end)]
        if not lunch_fits(busy, place.lunch_window, place.lunch_minutes):
            refusals.append(f"plus de place pour la pause déjeuner de {place.lunch_minutes} min")
    breaks = False
    if needs.promised_from is not None and needs.promised_until is not None:
        breaks = not (needs.promised_from <= place.start <= needs.promised_until)
        if breaks:
            warnings.append("heure d'arrivée hors de la fenêtre promise au client")
    return Verdict(tuple(refusals), breaks, tuple(warnings))


def snap(moment: datetime, minutes: int = 15) -> datetime:
    """Round to the nearest step (the board moves visits by quarter hours)."""
    base = moment.replace(second=0, microsecond=0)
    offset = base.minute % minutes
    down = base - timedelta(minutes=offset)
    return down + timedelta(minutes=minutes) if offset * 2 >= minutes else down


def promised_window(start: datetime, minutes: int = 120, *, not_before: datetime | None = None) -> tuple[datetime, datetime]:
    """The arrival window told to the customer for a visit planned at ``start``: from the half
    hour at least 30 minutes before it, for ``minutes`` (« 9:40 » → 9:00–11:00)."""
    earlier = to_paris(start - timedelta(minutes=30))
    opens = earlier.replace(minute=0 if earlier.minute < 30 else 30, second=0, microsecond=0).astimezone(start.tzinfo)
    if not_before is not None:
        opens = max(opens, not_before)
    return opens, opens + timedelta(minutes=minutes)
