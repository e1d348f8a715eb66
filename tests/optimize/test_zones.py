"""Zones balanced by workload, zone-days, and the back-and-forth measure."""

from __future__ import annotations

import random

from conftest import job, problem_data, solved, vehicle

from planner.optimize.zones import back_and_forth, balanced_zones, travel_areas, zone_days, zone_workloads


def clustered_sites(seed: int = 3) -> list[tuple[float, float]]:
    rng = random.Random(seed)
    towns = [(45.90, 6.13), (45.87, 5.94), (46.07, 6.31), (45.75, 6.29)]
    return [(lat + rng.gauss(0, 0.01), lon + rng.gauss(0, 0.01)) for lat, lon in towns for _ in range(25)]


def test_zones_have_balanced_workloads():
    sites = clustered_sites()
    rng = random.Random(1)
    workloads = [rng.uniform(1, 3) for _ in sites]
    zones = balanced_zones(sites, workloads, k=4)
    loads = zone_workloads(zones, workloads)
    mean = sum(workloads) / 4
    assert len(loads) == 4
    assert all(abs(load - mean) <= 0.15 * mean + max(workloads) for load in loads.values())


def test_zones_follow_the_geography():
    sites = clustered_sites()
    zones = balanced_zones(sites, k=4)
    # The four towns are far apart and equally loaded: each becomes one zone.
    for town in range(4):
        assert len({zones[town * 25 + i] for i in range(25)}) == 1
    assert len(set(zones)) == 4


def test_zone_days_are_proportional_to_workload_and_stable_per_technician():
    plan = zone_days({0: 30.0, 1: 10.0}, ["A", "B"], ["lun", "mar", "mer", "jeu"])
    counts = {z: sum(1 for value in plan.values() if value == z) for z in (0, 1)}
    assert counts == {0: 6, 1: 2}
    assert len(plan) == 8
    changes = sum(
        1
        for t in "AB"
        for d1, d2 in (("lun", "mar"), ("mar", "mer"), ("mer", "jeu"))
        if plan[t, d1] != plan[t, d2]
    )
    assert changes <= 2


def test_back_and_forth_counts_returns_to_an_area_already_left():
    measure = back_and_forth(
        ["Annecy", "Annecy", "Seynod", "Annecy", "Rumilly", "Seynod"], [5, 10, 12, 20, 25]
    )
    assert measure.reentries == 2  # back to Annecy, then back to Seynod
    assert measure.reentry_drive == 12 + 25
    assert measure.drive == 72
    assert back_and_forth(["a", "b", "c"]).reentries == 0


def test_travel_areas_group_places_close_in_time():
    matrix = [[abs(a - b) * 60 for b in range(6)] for a in range(6)]
    areas = travel_areas(matrix, range(6), radius=120)
    assert areas[0] == areas[1] == areas[2]
    assert areas[3] != areas[0]


def test_the_engine_reports_back_and_forth():
    data = problem_data([job(k, k) for k in range(1, 6)], [vehicle(1)])
    _, solution = solved(data)
    report = solution.to_dict()["report"]["back_and_forth"]
    assert report["reentries"] == 0
    assert report["routes"][0]["vehicle"] == 1
