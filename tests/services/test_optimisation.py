"""Optimising a demo week: a proposal never drives more, keeps promises unless confirmed, and
accepting writes exactly what was shown — on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time, timedelta

import pytest
from sqlalchemy import select

from planner.db.models import Absence, OutboxMessage, Technician, Visit
from planner.domain.enums import SCHEDULED_STATUSES, VisitStatus
from planner.domain.errors import ConflictError, PlannerError
from planner.domain.timeutil import paris_instant, to_paris
from planner.services.demo import DemoOptions, generate_demo
from planner.services.geocoding import GeoSettings, save_geo_settings
from planner.services.optimisation import OptimiseRequest, accept_proposal, optimise
from planner.services.planning import set_locked

TODAY = date(2026, 11, 23)
WEEK = OptimiseRequest(TODAY, days=5, time_limit_s=4, include_unplanned=False)


@pytest.fixture
def demo(db):
    generate_demo(db, DemoOptions(customers=160, technicians=4, seed=11, today=TODAY))
    save_geo_settings(db, GeoSettings(offline=True))
    return db


def plan_of(db) -> dict[int, tuple[int | None, object, object, VisitStatus]]:
    with db.read() as session:
        return {
            v.id: (v.technician_id, v.planned_start, v.planned_end, v.status)
            for v in session.scalars(select(Visit))
        }


def assert_no_overlap_and_skills_held(db) -> None:
    with db.read() as session:
        skills = {t.id: {s.id for s in t.skills} for t in session.scalars(select(Technician))}
        days: dict[tuple[int, date], list[Visit]] = defaultdict(list)
        for v in session.scalars(select(Visit).where(Visit.status.in_(SCHEDULED_STATUSES))):
            assert {s.id for s in v.required_skills} <= skills[v.technician_id], v.number
            days[(v.technician_id, to_paris(v.planned_start).date())].append(v)
        for visits in days.values():
            visits.sort(key=lambda v: v.planned_start)
            for a, b in zip(visits, visits[1:], strict=False):
                assert a.planned_end <= b.planned_start, (a.number, b.number)


def test_a_week_proposal_drives_no_more_keeps_promises_and_is_written_exactly(demo):
    before = plan_of(demo)
    proposal = optimise(demo, WEEK)
    assert proposal.total("drive_after_s") <= proposal.total("drive_before_s")
    assert proposal.promise_changes == []
    for change in proposal.moved:  # every booked visit still arrives inside its promised window
        assert change.promised_from <= change.after.start <= change.promised_until
    assert plan_of(demo) == before, "optimising alone writes nothing"
    if not proposal.moved:  # the demo's rounds may already be the best within the promises
        with pytest.raises(PlannerError, match="Rien à accepter"):
            accept_proposal(demo, proposal)


def test_accepting_a_proposal_writes_exactly_what_it_shows(demo):
    before = plan_of(demo)
    proposal = optimise(demo, OptimiseRequest(TODAY, days=5, time_limit_s=4, include_unplanned=True))
    assert proposal.moved and proposal.newly_planned, "visits to plan get a place in the week"
    assert proposal.promise_changes == []
    accept_proposal(demo, proposal)
    after = plan_of(demo)
    moved = {c.visit_id: c for c in proposal.moved}
    for visit_id, old in before.items():
        if visit_id in moved:
            c = moved[visit_id]
            assert after[visit_id][:3] == (c.after.technician_id, c.after.start, c.after.end)
        else:
            assert after[visit_id] == old
    assert_no_overlap_and_skills_held(demo)


def test_new_times_outside_a_promise_need_confirmation_and_tell_the_customer(demo):
    with demo.read() as session:
        locked = session.scalars(
            select(Visit)
            .where(Visit.status.in_(SCHEDULED_STATUSES), Visit.planned_start >= paris_instant(TODAY, time(0)))
            .order_by(Visit.planned_start)
        ).first()
        locked_id, locked_version = locked.id, locked.version
    set_locked(demo, locked_id, locked_version, True)
    before = plan_of(demo)

    proposal = optimise(
        demo,
        OptimiseRequest(TODAY, days=5, time_limit_s=5, include_unplanned=True, allow_promise_changes=True),
    )
    assert (
        proposal.total("drive_after_s") - proposal.total("drive_before_s")
        <= sum(1 for c in proposal.newly_planned) * 3600
    ), "new visits aside, the week does not drive more"
    assert proposal.promise_changes, "the demo's call-order days can only be straightened by moving promises"
    assert locked_id not in {c.visit_id for c in proposal.moved}

    with pytest.raises(PlannerError, match="confirmez"):
        accept_proposal(demo, proposal)
    assert plan_of(demo) == before, "a refused acceptance writes nothing"

    result = accept_proposal(demo, proposal, confirm_promise_changes=True)
    assert result.customers_told + len(result.to_call) >= len(proposal.promise_changes)
    after = plan_of(demo)
    assert after[locked_id] == before[locked_id]
    with demo.read() as session:
        for change in proposal.promise_changes:
            visit = session.get(Visit, change.visit_id)
            assert visit.promised_from <= visit.planned_start <= visit.promised_until
            if not visit.customer.email:
                assert any(change.customer in line for line in result.to_call)
                continue
            kinds = {
                m.kind
                for m in session.scalars(select(OutboxMessage).where(OutboxMessage.visit_id == visit.id))
            }
            assert "reschedule" in kinds
    assert_no_overlap_and_skills_held(demo)


def test_a_proposal_is_refused_whole_when_a_visit_changed_meanwhile(demo):
    proposal = optimise(
        demo,
        OptimiseRequest(TODAY, days=5, time_limit_s=4, include_unplanned=True, allow_promise_changes=True),
    )
    assert proposal.moved
    touched = proposal.moved[-1]
    with demo.write() as session:
        visit = session.get(Visit, touched.visit_id)
        visit.summary = visit.summary + " (rappeler avant)"
        visit.version += 1
    before = plan_of(demo)
    with pytest.raises(ConflictError, match=touched.number):
        accept_proposal(demo, proposal, confirm_promise_changes=True)
    assert plan_of(demo) == before


def test_replanning_an_absent_technicians_day_moves_their_visits_and_tells_the_customers(demo):
    with demo.read() as session:
        busiest = session.execute(
            select(Visit.technician_id, Visit.planned_start)
            .where(
                Visit.status.in_(SCHEDULED_STATUSES),
                Visit.planned_start >= paris_instant(TODAY + timedelta(days=1), time(0)),
            )
            .order_by(Visit.planned_start)
        ).first()
    absent, when = busiest
    day = to_paris(when).date()
    theirs = [
        vid
        for vid, (tech, start, _, _) in plan_of(demo).items()
        if tech == absent and start and to_paris(start).date() == day
    ]
    assert theirs

    proposal = optimise(
        demo,
        OptimiseRequest(
            day, days=1, time_limit_s=4, include_unplanned=False, absent_technician_id=absent, scope="replan"
        ),
    )
    placed = {c.visit_id for c in proposal.moved}
    left = {c.visit_id for c, _ in proposal.unassigned}
    assert set(theirs) <= placed | left
    assert all(c.after.technician_id != absent for c in proposal.moved)
    accept_proposal(demo, proposal, confirm_promise_changes=True)
    with demo.read() as session:
        assert session.scalar(select(Absence.id).where(Absence.technician_id == absent)) is not None
        for visit_id in placed & set(theirs):
            visit = session.get(Visit, visit_id)
            assert visit.technician_id != absent
            if not visit.customer.email:
                continue
            kinds = {
                m.kind
                for m in session.scalars(select(OutboxMessage).where(OutboxMessage.visit_id == visit_id))
            }
            assert "reschedule" in kinds
    assert_no_overlap_and_skills_held(demo)


def test_drive_times_estimated_when_the_route_server_is_down_are_said(demo):
    from planner.services.planning import load_week

    save_geo_settings(demo, GeoSettings(osrm_url="http://127.0.0.1:9"))  # nothing listens there
    week = load_week(demo, TODAY)
    assert any("indisponible" in w for w in week.warnings)
    proposal = optimise(demo, OptimiseRequest(TODAY + timedelta(days=1), days=1, time_limit_s=2, include_unplanned=False))
    assert any("indisponible" in w for w in proposal.warnings)
