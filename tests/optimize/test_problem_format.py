"""Reading VROOM problems (errors name the field and the job or vehicle) and writing VROOM solutions."""

from __future__ import annotations

import pytest
from conftest import HOUR, job, lunch, problem_data, solved, vehicle

from planner.optimize.problem import ProblemError, parse_problem


def errors_of(data) -> list[str]:
    with pytest.raises(ProblemError) as caught:
        parse_problem(data)
    return caught.value.messages


def test_negative_service_names_the_field_and_the_job():
    data = problem_data([job(12, 1, service=-5)], [vehicle(1)])
    assert errors_of(data) == [
        "Tâche 12 : le champ « service » doit être un nombre entier de secondes positif ou nul."
    ]


def test_location_outside_the_matrices():
    data = problem_data([job(3, 42)], [vehicle(1)])
    assert errors_of(data) == [
        "Tâche 3 : le champ « location_index » vaut 42, hors des matrices (8 lieux, indices 0 à 7)."
    ]


def test_reversed_vehicle_window_names_the_vehicle():
    data = problem_data([job(1, 1)], [vehicle(4, start=18, end=8)])
    assert errors_of(data) == [
        "Véhicule 4 : le champ « time_window » doit être une paire [début, fin] de secondes avec début ≤ fin."
    ]


def test_every_problem_is_reported_at_once():
    data = problem_data([job(1, 1, priority=500), job(1, 2), job(2, 2, skills="électricité")], [vehicle(1)])
    messages = errors_of(data)
    assert "Tâche 1 : le champ « priority » doit être un entier entre 0 et 100." in messages
    assert "Tâche 2 : le champ « skills » doit être une liste d'entiers positifs ou nuls." in messages


def test_duplicate_ids_unknown_pins_and_bad_breaks():
    data = problem_data(
        [job(5, 1, pinned_vehicle=99), job(5, 2)],
        [vehicle(1, breaks=[{"id": 1, "time_windows": [[13 * HOUR, 12 * HOUR]], "service": 600}])],
    )
    messages = errors_of(data)
    assert "Tâche 5 : l'identifiant « id » est utilisé par plusieurs tâches." in messages
    assert "Tâche 5 : le champ « pinned_vehicle » désigne le véhicule 99, qui n'existe pas." in messages
    assert any(m.startswith("Véhicule 1, pause n° 1 : le champ « time_windows »") for m in messages)


def test_missing_matrices_and_vehicles():
    messages = errors_of({"jobs": [job(1, 1)]})
    assert "Le champ « vehicles » est obligatoire." in messages
    assert any("« matrices »" in m for m in messages)


def test_unsupported_vroom_features_are_refused_rather_than_ignored():
    data = problem_data([job(1, 1)], [vehicle(1)], shipments=[{"amount": [1]}])
    assert errors_of(data) == ["Les « shipments » (enlèvement puis livraison) ne sont pas pris en charge."]


def test_legacy_matrix_and_amount_keys_are_read():
    data = {
        "jobs": [{"id": 1, "location_index": 1, "amount": [2]}],
        "vehicles": [{"id": 1, "start_index": 0, "end_index": 0, "capacity": [3]}],
        "matrix": [[0, 5], [5, 0]],
    }
    problem = parse_problem(data)
    assert problem.jobs[0].delivery == (2,)
    assert problem.matrices["car"].durations == [[0, 5], [5, 0]]


def test_solution_has_vroom_steps_arrivals_and_summary():
    data = problem_data(
        [job(1, 2, time_windows=[[10 * HOUR, 11 * HOUR]]), job(2, 3)],
        [vehicle(7, breaks=[lunch(3)], description="Technicien A")],
    )
    _, solution = solved(data)
    output = solution.to_dict()
    assert output["code"] == 0
    (route,) = output["routes"]
    assert route["vehicle"] == 7
    assert route["description"] == "Technicien A"
    assert [step["type"] for step in route["steps"]][0] == "start"
    assert [step["type"] for step in route["steps"]][-1] == "end"
    assert sorted(step["type"] for step in route["steps"][1:-1]) == ["break", "job", "job"]
    for step in route["steps"]:
        assert {"arrival", "duration", "distance", "service", "waiting_time"} <= set(step)
    summary = output["summary"]
    assert summary["duration"] == route["duration"] == 2 * 3 * 600  # office -> 2 -> 3 -> office
    assert summary["service"] == 2 * 1800 + 3600
    assert summary["unassigned"] == 0
    assert {"cost", "routes", "waiting_time", "distance", "priority", "computing_times"} <= set(summary)


def test_planner_and_vroom_read_the_same_file(tmp_path):
    vroom = pytest.importorskip("vroom")
    from planner.optimize.checker import check_solution
    from planner.optimize.solution import solution_from_dict

    data = problem_data(
        [job(k, k, time_windows=[[8 * HOUR, 12 * HOUR]]) for k in range(1, 6)],
        [vehicle(1, breaks=[lunch(1)]), vehicle(2, breaks=[lunch(2)])],
    )
    path = tmp_path / "week.json"
    import json

    path.write_text(json.dumps(data))
    theirs = vroom.Input.from_json(str(path)).solve(exploration_level=5, nb_threads=1)
    problem, ours = solved(data)
    checked = check_solution(problem, solution_from_dict(theirs.to_dict()))
    assert checked.ok, checked.violations
    assert ours.assigned == checked.assigned == 5
