"""``planner solve``: exit 0 with a (possibly partial) plan, exit 2 with French errors on bad input."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import job, problem_data, vehicle

from planner.optimize.cli import solve_command


def write(tmp_path, data) -> str:
    path = tmp_path / "problem.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_solution_is_written_to_the_output_file(tmp_path):
    problem = write(tmp_path, problem_data([job(1, 1), job(2, 2)], [vehicle(1)]))
    output = tmp_path / "solution.json"
    assert solve_command(problem, output, time_limit=0.5) == 0
    solution = json.loads(output.read_text(encoding="utf-8"))
    assert solution["summary"]["unassigned"] == 0
    assert [s["type"] for s in solution["routes"][0]["steps"]] == ["start", "job", "job", "end"]


def test_infeasible_input_gives_a_partial_plan_and_exit_0(tmp_path, capsys):
    problem = write(tmp_path, problem_data([job(1, 1), job(2, 2, skills=[4])], [vehicle(1)]))
    assert solve_command(problem, time_limit=0.5) == 0
    captured = capsys.readouterr()
    solution = json.loads(captured.out)
    assert [item["id"] for item in solution["unassigned"]] == [2]
    assert "Tâche 2 : aucun technicien n'a les compétences requises (4)." in captured.err


def test_malformed_input_names_the_field_and_the_job_and_exits_2(tmp_path, capsys):
    problem = write(tmp_path, problem_data([job(12, 1, service="une heure")], [vehicle(1)]))
    assert solve_command(problem, time_limit=0.5) == 2
    err = capsys.readouterr().err
    assert "Tâche 12 : le champ « service » doit être un nombre entier de secondes positif ou nul." in err


def test_unreadable_json_exits_2(tmp_path, capsys):
    path = tmp_path / "broken.json"
    path.write_text('{"jobs": [', encoding="utf-8")
    assert solve_command(path) == 2
    assert "n'est pas un JSON valide" in capsys.readouterr().err


def test_the_planner_command_solves_a_file(tmp_path):
    problem = write(tmp_path, problem_data([job(1, 1)], [vehicle(1)]))
    output = tmp_path / "solution.json"
    result = subprocess.run(
        [sys.executable, "-m", "planner", "solve", problem, "-o", str(output), "--time-limit", "0.3"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(output.read_text(encoding="utf-8"))["summary"]["routes"] == 1
    broken = write(tmp_path, problem_data([job(12, 1, service="une heure")], [vehicle(1)]))
    result = subprocess.run(
        [sys.executable, "-m", "planner", "solve", broken], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    assert "Tâche 12 : le champ « service »" in result.stderr
