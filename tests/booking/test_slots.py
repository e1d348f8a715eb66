"""Slot ranking: the technician already nearby comes first; lunch, absences and public holidays
are never offered."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import holidays

from planner.domain.calendar import Interval, lunch_fits
from planner.domain.enums import AbsenceKind
from planner.domain.timeutil import paris_instant, to_paris
from planner.services import booking, technicians
from planner.services.booking import BookingRequest, SlotChoice
from planner.services.slots import SlotRequest, suggest_slots
from tests.booking.conftest import at, make_customer, next_weekday

RUMILLY = (45.8672, 5.9425)


def test_the_technician_already_in_the_area_ranks_first(db, world):
    day = next_weekday(3)
    gaetan, sophie = world.technician_ids
    neighbour, neighbour_site = make_customer(db, "Machard", "9 place de l'Hôtel-de-Ville", "74150", "Rumilly", *RUMILLY)
    booking.book_visit(
        db, BookingRequest(neighbour, neighbour_site, SlotChoice(sophie, at(day, 9), at(day, 10, 30), at(day, 8, 30), at(day, 10, 30)))
    )
    customer, site = make_customer(db, "Bouvier", "14 rue Montpelaz", "74150", "Rumilly", RUMILLY[0] + 0.004, RUMILLY[1] + 0.003)
    result = suggest_slots(db, SlotRequest(site_id=site, duration_min=60, horizon_days=5))
    best = result.slots[0]
    assert (best.technician_id, best.day) == (sophie, day)
    assert "déjà à Rumilly ce jour-là" in best.reason
    assert best.reason.startswith(f"{best.label} · Sophie · +")
    assert best.promised_from <= best.start <= best.promised_until
    assert best.promised_until - best.promised_from == timedelta(hours=2)
    # A slot from the office for Gaëtan costs the whole drive out and back.
    others = [s for s in result.slots if s.technician_id == gaetan]
    assert others and all(s.added_drive_s > best.added_drive_s for s in others)
    assert customer


def test_lunch_absences_and_public_holidays_are_never_offered(db, world):
    gaetan, sophie = world.technician_ids
    # Christmas falls in the horizon; Gaëtan is away for three days.
    first = date(2026, 12, 21)
    technicians.add_absence(db, gaetan, AbsenceKind.LEAVE, date(2026, 12, 22), date(2026, 12, 24), "Congés")
    request = SlotRequest(
        site_id=world.site_id, duration_min=120, horizon_days=8, from_day=first, limit=100,
        now=datetime(2026, 12, 18, 8, 0, tzinfo=paris_instant(first, time()).tzinfo),
    )
    result = suggest_slots(db, request)
    french = holidays.country_holidays("FR", years=[2026, 2027])
    assert date(2026, 12, 25) not in result.days and date(2027, 1, 1) not in result.days
    assert result.slots
    for slot in result.slots:
        assert slot.day not in french and slot.day.weekday() < 5
        if slot.technician_id == gaetan:
            assert slot.day not in (date(2026, 12, 22), date(2026, 12, 23), date(2026, 12, 24))
        local_start, local_end = to_paris(slot.start).time(), to_paris(slot.end).time()
        assert time(8) <= local_start and local_end <= time(18)
        # Lunch (60 min between 12:00 and 14:00) still fits around the visit.
        lunch = Interval(paris_instant(slot.day, time(12)), paris_instant(slot.day, time(14)))
        assert lunch_fits([Interval(slot.start, slot.end)], lunch, 60)


def test_filters_restrict_day_part_of_day_and_technician(db, world):
    gaetan, _ = world.technician_ids
    day = next_weekday(4)
    result = suggest_slots(
        db, SlotRequest(site_id=world.site_id, duration_min=60, day=day, part_of_day="afternoon", technician_id=gaetan)
    )
    assert result.slots
    for slot in result.slots:
        assert (slot.day, slot.technician_id) == (day, gaetan)
        assert to_paris(slot.start).time() >= time(13, 30)


def test_a_skill_nobody_holds_is_explained(db, world):
    import pytest

    from planner.domain.errors import PlannerError

    hta = world.skill_ids["HTA"]
    with pytest.raises(PlannerError, match="compétences"):
        suggest_slots(db, SlotRequest(site_id=world.site_id, duration_min=60, skill_ids=(hta,)))


def test_slots_respect_the_contract_window(db, world):
    from planner.services.customers import get_customer

    visit = next(v for v in get_customer(db, world.customer_id).visits if v.id == world.visit_id)
    result = suggest_slots(
        db, SlotRequest(site_id=world.site_id, duration_min=90, due_from=visit.due_from, due_until=visit.due_until)
    )
    inside = [s for s in result.slots if s.in_due_window]
    assert inside and all("dans la fenêtre du contrat" in s.reason for s in inside)
    assert result.slots[0].in_due_window is True
    assert timedelta(0) < result.slots[0].end - result.slots[0].start == timedelta(minutes=90)


def test_a_slot_on_the_technicians_zone_day_ranks_above_an_equal_one_off_it(db, world):
    from planner.services import zones

    gaetan, sophie = world.technician_ids
    # Zones « Annecy » (the customer's site) and « Rumilly ».
    make_customer(db, "Machard", "9 place de l'Hôtel-de-Ville", "74150", "Rumilly", *RUMILLY)
    zones.compute_zones(db, 2, propose=False)
    overview = zones.load_zones(db)
    annecy = next(c.zone_id for c in overview.communes if c.city == "Annecy")
    rumilly = next(c.zone_id for c in overview.communes if c.city == "Rumilly")
    annecy_name = overview.zone(annecy).name
    day = next_weekday(3)
    request = SlotRequest(site_id=world.site_id, duration_min=60, horizon_days=5, limit=50)
    # Both technicians start from the office, free all week: their slots are equal without zones.
    before = {(s.technician_id, s.day): s for s in suggest_slots(db, request).slots}
    assert before[(gaetan, day)].added_drive_s == before[(sophie, day)].added_drive_s
    assert before[(gaetan, day)].zone_fit is None

    # Sophie covers Annecy that day, Gaëtan Rumilly.
    zones.save_zone_days(db, {(sophie, day.weekday()): annecy, (gaetan, day.weekday()): rumilly})
    slots = suggest_slots(db, request).slots
    after = {(s.technician_id, s.day): s for s in slots}
    on_zone, off_zone = after[(sophie, day)], after[(gaetan, day)]
    assert on_zone.zone_fit is True and off_zone.zone_fit is False
    assert slots.index(on_zone) < slots.index(off_zone) and on_zone.cost < off_zone.cost
    assert f"jour de la zone {annecy_name}" in on_zone.reason
    assert "jour de la zone" not in off_zone.reason
    # The other days (no zone-day) are unchanged.
    other = next(d for (t, d) in before if t == gaetan and d != day)
    assert after[(gaetan, other)].cost == before[(gaetan, other)].cost


def _weekday_after(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def test_a_slot_inside_the_contract_window_always_ranks_before_one_after_it(db, world):
    """Sophie is already in Rumilly the day after the window closes — much less driving — yet the
    slots inside the window come first."""
    gaetan, sophie = world.technician_ids
    first = next_weekday(3)
    last = _weekday_after(first)
    after = _weekday_after(last)
    neighbour, neighbour_site = make_customer(db, "Machard", "9 place de l'Hôtel-de-Ville", "74150", "Rumilly", *RUMILLY)
    booking.book_visit(
        db, BookingRequest(neighbour, neighbour_site, SlotChoice(sophie, at(after, 9), at(after, 10, 30), at(after, 8, 30), at(after, 10, 30)))
    )
    _, site = make_customer(db, "Bouvier", "14 rue Montpelaz", "74150", "Rumilly", RUMILLY[0] + 0.004, RUMILLY[1] + 0.003)
    result = suggest_slots(db, SlotRequest(site_id=site, duration_min=60, due_from=first, due_until=last, horizon_days=5))
    flags = [s.in_due_window for s in result.slots]
    assert flags[0] is True and flags == sorted(flags, reverse=True)  # every in-window slot first
    nearby = next(s for s in result.slots if s.day == after and s.technician_id == sophie)
    assert "déjà à Rumilly" in nearby.reason and "après la fenêtre du contrat" in nearby.reason
    assert nearby.added_drive_s < result.slots[0].added_drive_s  # cheaper to drive, still after


def test_a_lighter_day_ranks_above_an_equally_placed_busy_day_and_says_so(db, world):
    """Both technicians start from the office; every booking is at a client next door to it, so
    any morning slot adds the same drive.  Sophie's Tuesday is light while the team's is full."""
    from tests.booking.conftest import OFFICE

    gaetan, sophie = world.technician_ids
    office_client, office_site = make_customer(db, "Voisin", "1 rue du Bureau", "74000", "Annecy", *OFFICE)
    busy = next_weekday(7)
    while busy.weekday() != 0:
        busy += timedelta(days=1)
    light = busy + timedelta(days=1)  # same week

    def book(technician: int, day: date, start: tuple[int, int], end: tuple[int, int]) -> None:
        begin, finish = at(day, *start), at(day, *end)
        booking.book_visit(
            db, BookingRequest(office_client, office_site, SlotChoice(technician, begin, finish, begin, begin + timedelta(hours=1)),
                               summary="Contrôle")
        )

    for technician in (gaetan, sophie):
        book(technician, busy, (10, 0), (12, 0))
        book(technician, busy, (13, 30), (16, 30))
    book(gaetan, light, (10, 0), (12, 0))
    book(gaetan, light, (13, 30), (16, 30))
    book(sophie, light, (10, 0), (11, 0))

    result = suggest_slots(
        db, SlotRequest(site_id=world.site_id, duration_min=60, from_day=busy, horizon_days=2, limit=20)
    )
    mornings = {
        (s.technician_id, s.day): s for s in result.slots if to_paris(s.start).hour < 12
    }
    on_light, on_busy = mornings[(sophie, light)], mornings[(sophie, busy)]
    assert on_light.added_drive_s == on_busy.added_drive_s  # equally placed
    assert result.slots.index(on_light) < result.slots.index(on_busy)
    assert result.slots[0] is on_light
    assert "journée peu chargée" in on_light.reason and "journée peu chargée" not in on_busy.reason
    gaetan_light = mornings[(gaetan, light)]
    assert "journée déjà chargée" in gaetan_light.reason and gaetan_light.cost > on_light.cost


def test_six_free_technicians_are_not_six_copies_of_one_slot(db, world):
    from tests.booking.conftest import make_technician

    for name in ("Léa", "Marc", "Nina", "Omar"):
        make_technician(db, name, (world.skill_ids["ELEC"],))
    result = suggest_slots(db, SlotRequest(site_id=world.site_id, duration_min=60, horizon_days=10))
    top = result.slots[:10]
    assert len(top) == 10
    same_window: dict[tuple, int] = {}
    for slot in top:
        same_window[(slot.day, slot.promised_from)] = same_window.get((slot.day, slot.promised_from), 0) + 1
    assert max(same_window.values()) <= 2
    assert len({s.day for s in top}) >= 3
    assert any(to_paris(s.start).hour >= 12 for s in top) and any(to_paris(s.start).hour < 12 for s in top)
