"""Slots offered for a new visit: feasible, cheapest first, zone-days preferred."""

from __future__ import annotations

from conftest import HOUR, job, problem_data, solved, vehicle

from planner.optimize.problem import parse_problem
from planner.optimize.slots import rank_slots


def test_slots_fit_the_plan_and_prefer_the_technician_covering_the_zone():
    booked = [job(1, 3, pinned_vehicle=1), job(2, 3, pinned_vehicle=2)]
    fleet = [vehicle(1, zones=[5]), vehicle(2, zones=[7]), vehicle(3, end=9)]
    _, plan = solved(problem_data(booked, fleet, zone_mismatch_cost=HOUR))
    # A customer of zone 7, at place 4, asks for a visit.
    problem = parse_problem(problem_data([*booked, job(9, 4, zone=7)], fleet, zone_mismatch_cost=HOUR))
    slots = rank_slots(problem, plan, 9)
    assert [slot.vehicle for slot in slots] == [2, 1]  # vehicle 3 is back by 9:00: no room
    assert slots[0].zone_penalty == 0 and slots[1].zone_penalty == HOUR
    assert slots[0].added_drive == slots[1].added_drive == 2 * 600  # one detour from place 3 to 4
    assert all(8 * HOUR <= slot.start <= 18 * HOUR for slot in slots)
