"""One test per rule a dispatcher relies on: each plan also passes the independent checker."""

from __future__ import annotations

from conftest import DAY, HOUR, MINUTE, job, lunch, problem_data, served_by, solved, step_of, vehicle


def test_a_job_needing_a_skill_goes_to_the_technician_who_has_it():
    data = problem_data(
        [job(1, 1, skills=[7]), job(2, 1)],
        [vehicle(1), vehicle(2, skills=[7])],
    )
    _, solution = solved(data)
    assert served_by(solution)[1] == 2


def test_service_starts_inside_a_single_promised_window():
    data = problem_data([job(1, 3, time_windows=[[10 * HOUR, 10 * HOUR + 30 * MINUTE]])], [vehicle(1)])
    _, solution = solved(data)
    step = step_of(solution, 1)
    assert 10 * HOUR <= step.arrival + step.waiting_time <= 10 * HOUR + 30 * MINUTE


def test_a_job_with_several_windows_uses_a_later_one_when_the_first_cannot_be_reached():
    # The first window closes before the technician can get there (30 minutes away from 8:00).
    windows = [[8 * HOUR, 8 * HOUR + 10 * MINUTE], [15 * HOUR, 16 * HOUR]]
    data = problem_data([job(1, 3, time_windows=windows)], [vehicle(1)])
    _, solution = solved(data)
    step = step_of(solution, 1)
    assert 15 * HOUR <= step.arrival + step.waiting_time <= 16 * HOUR


def test_a_visit_due_over_several_days_lands_on_a_day_with_room():
    # Monday is full with a pinned all-day job; the visit due Monday to Wednesday moves to another day.
    due = [[d * DAY + 8 * HOUR, d * DAY + 18 * HOUR] for d in range(3)]
    data = problem_data(
        [
            job(1, 1, service=9 * HOUR, pinned_vehicle=100),
            job(2, 2, service=2 * HOUR, time_windows=due),
        ],
        [vehicle(100, day=0), vehicle(101, day=1), vehicle(102, day=2)],
    )
    _, solution = solved(data)
    assert served_by(solution)[1] == 100
    assert served_by(solution)[2] in (101, 102)


def test_lunch_break_starts_inside_its_window_and_overlaps_no_visit():
    jobs = [job(k, k, service=50 * MINUTE) for k in range(1, 7)]
    data = problem_data(jobs, [vehicle(1, breaks=[lunch(9)])])
    _, solution = solved(data)
    (route,) = solution.routes
    (pause,) = [step for step in route.steps if step.type == "break"]
    start = pause.arrival + pause.waiting_time
    assert 12 * HOUR <= start <= 13 * HOUR
    for step in route.steps:
        if step.type == "job":
            service_start = step.arrival + step.waiting_time
            assert service_start + step.service <= start or service_start >= start + pause.service


def test_the_technician_is_back_by_the_end_of_the_shift():
    # Two hours of work 70 minutes away from the office do not fit in a shift ending at 11:00.
    data = problem_data(
        [job(1, 7, service=2 * HOUR), job(2, 1, service=30 * MINUTE)],
        [vehicle(1, end=11)],
    )
    _, solution = solved(data)
    (route,) = solution.routes
    assert route.steps[-1].arrival <= 11 * HOUR
    assert [item.id for item in solution.unassigned] == [1]


def test_a_job_pinned_to_a_vehicle_stays_with_it_even_when_another_is_closer():
    data = problem_data(
        [job(1, 1, pinned_vehicle=2)],
        [vehicle(1), vehicle(2, start_index=7, end_index=7)],
    )
    _, solution = solved(data)
    assert served_by(solution) == {1: 2}


def test_a_job_pinned_to_a_time_starts_exactly_then():
    data = problem_data([job(1, 2, pinned_start=14 * HOUR + 15 * MINUTE), job(2, 2)], [vehicle(1)])
    _, solution = solved(data)
    step = step_of(solution, 1)
    assert step.arrival + step.waiting_time == 14 * HOUR + 15 * MINUTE


def test_a_previous_plan_is_kept_when_moving_would_save_little():
    # Technician A (vehicle 1) sits at place 1, B (vehicle 2) at place 2: serving the job at place 1
    # from B costs 20 minutes more driving, less than the 30-minute price of changing technician.
    data = problem_data(
        [job(1, 1)],
        [
            vehicle(1, start_index=1, end_index=1, technician="A"),
            vehicle(2, start_index=2, end_index=2, technician="B"),
        ],
        previous_plan={"assignments": [{"job": 1, "vehicle": 2}], "technician_change_cost": 30 * MINUTE},
    )
    _, solution = solved(data)
    assert served_by(solution) == {1: 2}


def test_without_a_previous_plan_the_same_job_goes_to_the_closer_technician():
    data = problem_data(
        [job(1, 1)],
        [
            vehicle(1, start_index=1, end_index=1, technician="A"),
            vehicle(2, start_index=2, end_index=2, technician="B"),
        ],
    )
    _, solution = solved(data)
    assert served_by(solution) == {1: 1}


def test_the_higher_priority_job_is_kept_when_only_one_fits():
    data = problem_data(
        [job(1, 1, service=7 * HOUR), job(2, 1, service=7 * HOUR, priority=50)],
        [vehicle(1)],
    )
    _, solution = solved(data)
    assert served_by(solution) == {2: 1}
    assert [item.id for item in solution.unassigned] == [1]


def test_loads_never_exceed_the_vehicle_capacity():
    data = problem_data(
        [job(k, k, delivery=[4]) for k in range(1, 6)],
        [vehicle(1, capacity=[10]), vehicle(2, capacity=[10])],
    )
    _, solution = solved(data)
    for route in solution.routes:
        assert route.steps[0].load[0] <= 10
    assert solution.assigned == 4  # 5 × 4 = 20 units for 2 × 10: one job cannot be carried


def test_a_zone_day_preference_sends_the_visit_to_the_technician_covering_its_zone():
    # Both technicians start at the office; only vehicle 2 covers zone 5 today.
    data = problem_data(
        [job(1, 3, zone=5)],
        [vehicle(1, zones=[4]), vehicle(2, zones=[5])],
        zone_mismatch_cost=HOUR,
    )
    _, solution = solved(data)
    assert served_by(solution) == {1: 2}
