"""Infeasible input gives a partial plan listing every unassigned job with its reason, in French."""

from __future__ import annotations

from conftest import HOUR, job, problem_data, solved, vehicle


def reasons(solution) -> dict[int, tuple[str, str]]:
    return {item.id: (item.reason_code, item.reason) for item in solution.unassigned}


def test_no_technician_with_the_skill():
    data = problem_data([job(1, 1, skills=[3, 4]), job(2, 1)], [vehicle(1, skills=[3])])
    _, solution = solved(data)
    code, text = reasons(solution)[1]
    assert code == "skills"
    assert text == "Tâche 1 : aucun technicien n'a les compétences requises (3, 4)."
    assert solution.assigned == 1


def test_window_outside_every_shift():
    data = problem_data([job(1, 1, time_windows=[[20 * HOUR, 22 * HOUR]])], [vehicle(1), vehicle(2)])
    _, solution = solved(data)
    code, text = reasons(solution)[1]
    assert code == "time_window"
    assert "aucun créneau ne tombe dans les horaires" in text
    assert text.startswith("Tâche 1 : ")


def test_not_enough_time():
    data = problem_data([job(k, 1, service=4 * HOUR) for k in range(1, 4)], [vehicle(1)])
    _, solution = solved(data)
    assert solution.assigned == 2
    ((job_id, (code, text)),) = reasons(solution).items()
    assert code == "time"
    assert (
        text
        == f"Tâche {job_id} : pas assez de temps : les techniciens compétents sont déjà occupés pendant ses créneaux."
    )


def test_pinned_vehicle_without_the_skill():
    data = problem_data([job(1, 1, skills=[2], pinned_vehicle=1)], [vehicle(1), vehicle(2, skills=[2])])
    _, solution = solved(data)
    assert reasons(solution)[1][0] == "pinned"


def test_unassigned_jobs_appear_in_the_vroom_output_with_their_reason():
    data = problem_data([job(1, 1, skills=[9])], [vehicle(1)])
    _, solution = solved(data)
    output = solution.to_dict()
    assert output["summary"]["unassigned"] == 1
    assert output["unassigned"] == [
        {
            "id": 1,
            "type": "job",
            "location_index": 1,
            "reason_code": "skills",
            "reason": "Tâche 1 : aucun technicien n'a les compétences requises (9).",
        }
    ]
    assert output["routes"] == []
