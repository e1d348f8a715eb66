"""VROOM's first plan from the installed bundle: there the executable is Planner itself, not Python,
so the child is started as ``planner --vroom-child …`` and the bundle's entry point runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import random_week, solved

ROOT = Path(__file__).resolve().parents[2]
ENTRY_POINT = ROOT / "packaging" / "planner_main.py"

pytest.importorskip("vroom")


def test_the_bundle_entry_point_runs_vroom_child_and_writes_its_plan(tmp_path):
    problem = tmp_path / "problem.json"
    output = tmp_path / "solution.json"
    problem.write_text(json.dumps({
        "vehicles": [{"id": 1, "start_index": 0, "end_index": 0}],
        "jobs": [{"id": 7, "location_index": 1, "service": 600}, {"id": 8, "location_index": 2, "service": 600}],
        "matrices": {"car": {"durations": [[0, 100, 200], [100, 0, 150], [200, 150, 0]]}},
    }))
    result = subprocess.run(
        [sys.executable, str(ENTRY_POINT), "--vroom-child", str(problem), "5", "1", "1", str(output)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    routes = json.loads(output.read_text())["routes"]
    assert sorted(step["id"] for step in routes[0]["steps"] if step["type"] == "job") == [7, 8]


def test_a_frozen_planner_still_gets_vroom_first_plan(tmp_path, monkeypatch):
    # The bundle's executable, as PyInstaller leaves it: sys.frozen set, sys.executable is Planner
    # (here a launcher of the same entry point), which knows no « -c ».
    launcher = tmp_path / "planner"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{ENTRY_POINT}" "$@"\n')
    launcher.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(launcher))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))

    _problem, solution = solved(random_week(jobs=30, technicians=2, days=2, seed=3), time_limit=4)

    assert solution.report["engine"]["first_plan"] == "vroom"
    assert solution.report["engine"]["warm_start"] == "pyvrp"
