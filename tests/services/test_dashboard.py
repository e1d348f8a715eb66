"""The manager's figures add up to what the rounds and records say (both engines)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.domain.errors import ValidationError
from planner.services.dashboard import back_and_forth, compute_dashboard
from planner.services.demo import DemoOptions, generate_demo
from planner.services.planning import load_week

DAY = date(2026, 11, 23)


def test_driving_and_visits_match_the_board(db):
    generate_demo(db, DemoOptions(customers=150, technicians=4, seed=9, today=DAY))
    monday = DAY
    data = compute_dashboard(db, monday, monday + timedelta(days=6), today=DAY)
    week = load_week(db, monday, days=7)
    assert data.drive_s == sum(c.drive_s for c in week.cells.values()) > 0
    assert data.distance_m == sum(c.distance_m for c in week.cells.values()) > 0
    assert data.visits_planned == sum(len(c.visits) for c in week.cells.values())
    assert data.visits_done <= data.visits_planned
    assert {t.name for t in data.driving} == {t.name for t in week.technicians}
    assert data.overdue_contract_visits >= 0 and data.renewals_within_90_days >= 0
    past = compute_dashboard(db, DAY - timedelta(days=120), DAY - timedelta(days=1), today=DAY)
    assert past.visits_done > 0 and past.visits_done == past.visits_planned  # the past is done


def test_back_and_forth_counts_returns_to_a_commune_already_left():
    areas = [["Annecy", "Seynod", "Annecy", "Annecy", "Rumilly", "Seynod"], ["Thônes", "Thônes"]]
    legs = [[600, 700, 0, 1500, 1800], [0]]
    assert back_and_forth(areas, legs) == (2, 700 + 1800)


def test_a_reversed_or_too_long_period_is_refused(db):
    with pytest.raises(ValidationError, match="Période"):
        compute_dashboard(db, DAY, DAY - timedelta(days=1))
    with pytest.raises(ValidationError, match="un an"):
        compute_dashboard(db, DAY - timedelta(days=400), DAY)
