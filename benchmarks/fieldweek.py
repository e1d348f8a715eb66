"""Field-service weeks around Annecy: Planner against VROOM on the same generated files.

    python -m benchmarks.fieldweek                       # both target sizes, 3 weeks each
    python -m benchmarks.fieldweek --technicians 8 --visits 170 --seconds 20 --seeds 1,2,3
    python -m benchmarks.fieldweek --save /tmp/weeks     # also write the problems and solutions

A week: technicians leave the office (Épagny Metz-Tessy) at 8:00 and are back by 18:00, Monday to Friday,
with a 60-minute lunch between 12:00 and 14:00 (VROOM break starting between 12:00 and 13:00).  Visits are
spread over the towns of the Annecy basin (weighted by size), last 45 to 150 minutes; a third have a
two-hour arrival window promised on one day, the others are due within one to five days (one window per
day); 15 % need the high-voltage skill (held by 3 technicians in 8), 15 % the EV-charger skill (held by
half of them); 10 % have priority 10.  Travel: straight line × 1.3, 32 km/h up to 8 km then 60 km/h,
plus 2 minutes to park.

Targets (issue 4): at least as many visits assigned as VROOM and total drive time ≤ 97 % of VROOM's, in
≤ 20 s for 8 technicians × 170 visits and ≤ 60 s for 20 technicians × 420 visits.  The last line reads
``RESULT mean_gap_pct=… assigned=… drive=… wall=…`` where the gap is Planner's drive time relative to
VROOM's (negative is better), drive is in seconds and wall is Planner's longest solve;
``per_visit_gap_pct`` compares drive time per assigned visit, fairer when one plan places more visits.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import time
from pathlib import Path

from planner.optimize.checker import check_solution
from planner.optimize.engine import SolveOptions, solve
from planner.optimize.problem import parse_problem

from ._common import installed, percent, result_line, run_vroom

DAY = 86_400
HOUR = 3_600
OFFICE = (45.935, 6.098)  # Épagny Metz-Tessy, (latitude, longitude)
# Town, latitude, longitude, weight (share of the customers), spread in km.
TOWNS = [
    ("Annecy", 45.899, 6.129, 10, 1.2),
    ("Annecy-le-Vieux", 45.919, 6.143, 6, 1.0),
    ("Seynod", 45.885, 6.098, 6, 1.2),
    ("Cran-Gevrier", 45.900, 6.104, 5, 0.8),
    ("Meythet", 45.917, 6.095, 3, 0.7),
    ("Pringy", 45.946, 6.127, 3, 0.8),
    ("Argonay", 45.946, 6.142, 2, 0.6),
    ("Épagny Metz-Tessy", 45.942, 6.093, 4, 1.0),
    ("Poisy", 45.921, 6.063, 2, 0.8),
    ("Sévrier", 45.864, 6.140, 2, 0.8),
    ("Saint-Jorioz", 45.831, 6.158, 2, 0.9),
    ("Duingt", 45.828, 6.199, 1, 0.5),
    ("Veyrier-du-Lac", 45.883, 6.174, 2, 0.6),
    ("Menthon-Saint-Bernard", 45.860, 6.194, 1, 0.6),
    ("Talloires", 45.841, 6.213, 1, 0.6),
    ("Faverges", 45.749, 6.294, 2, 1.0),
    ("Thônes", 45.881, 6.325, 2, 0.8),
    ("Alby-sur-Chéran", 45.817, 6.013, 1, 0.6),
    ("Rumilly", 45.866, 5.944, 4, 1.2),
    ("Cruseilles", 46.032, 6.108, 1, 0.7),
    ("La Roche-sur-Foron", 46.067, 6.311, 3, 1.0),
    ("Groisy", 46.011, 6.173, 1, 0.6),
    ("Villaz", 45.953, 6.195, 1, 0.6),
    ("Thorens-Glières", 45.997, 6.246, 1, 0.6),
    ("Sillingy", 45.947, 6.040, 2, 0.8),
    ("Chavanod", 45.889, 6.039, 1, 0.6),
]
HIGH_VOLTAGE, EV_CHARGER = 1, 2


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _travel(a: tuple[float, float], b: tuple[float, float]) -> tuple[int, int]:
    """(seconds, metres) by road, estimated."""
    if a == b:
        return 0, 0
    road = _km(a, b) * 1.3
    seconds = 120 + min(road, 8.0) / 32 * HOUR + max(0.0, road - 8.0) / 60 * HOUR
    return round(seconds), round(road * 1000)


def generate(technicians: int = 8, visits: int = 170, days: int = 5, seed: int = 0) -> dict:
    """A week in VROOM's format (times in seconds from Monday 0:00), with Planner's technician/day keys."""
    rng = random.Random(seed)
    sites = [OFFICE]
    weights = [town[3] for town in TOWNS]
    for _ in range(visits):
        _, lat, lon, _, spread = rng.choices(TOWNS, weights)[0]
        sites.append(
            (
                round(lat + rng.gauss(0, spread) / 111.0, 5),
                round(lon + rng.gauss(0, spread) / (111.0 * math.cos(math.radians(lat))), 5),
            )
        )
    durations = [[0] * len(sites) for _ in sites]
    distances = [[0] * len(sites) for _ in sites]
    for i, a in enumerate(sites):
        for j, b in enumerate(sites):
            durations[i][j], distances[i][j] = _travel(a, b)
    high_voltage = set(rng.sample(range(technicians), max(1, technicians * 3 // 8)))
    ev_charger = set(rng.sample(range(technicians), max(1, technicians // 2)))
    office = [OFFICE[1], OFFICE[0]]
    vehicles = []
    for t in range(technicians):
        skills = [HIGH_VOLTAGE] * (t in high_voltage) + [EV_CHARGER] * (t in ev_charger)
        for d in range(days):
            base = d * DAY
            vehicles.append(
                {
                    "id": 100 * (t + 1) + d,
                    "description": f"Technicien {t + 1}, jour {d + 1}",
                    "start_index": 0,
                    "end_index": 0,
                    "start": office,
                    "end": office,
                    "time_window": [base + 8 * HOUR, base + 18 * HOUR],
                    "skills": skills,
                    "breaks": [
                        {
                            "id": 100 * (t + 1) + d,
                            "description": "Pause déjeuner",
                            "time_windows": [[base + 12 * HOUR, base + 13 * HOUR]],
                            "service": HOUR,
                        }
                    ],
                    "technician": f"T{t + 1}",
                    "day": d,
                }
            )
    jobs = []
    for k in range(visits):
        service = rng.choice(range(45, 151, 15)) * 60
        draw = rng.random()
        skills = [HIGH_VOLTAGE] if draw < 0.15 else [EV_CHARGER] if draw < 0.30 else []
        if rng.random() < 1 / 3:
            day = rng.randrange(days)
            latest = 18 * HOUR - service - 1800 - 2 * HOUR
            opening = rng.randrange(8 * HOUR, max(8 * HOUR + 1, latest), 1800)
            windows = [[day * DAY + opening, day * DAY + opening + 2 * HOUR]]
        else:
            first = rng.randrange(days)
            span = rng.randint(1, 5)
            windows = [
                [d * DAY + 8 * HOUR, d * DAY + 18 * HOUR] for d in range(first, min(days, first + span))
            ]
        job = {
            "id": k + 1,
            "location_index": k + 1,
            "location": [sites[k + 1][1], sites[k + 1][0]],
            "service": service,
            "time_windows": windows,
        }
        if skills:
            job["skills"] = skills
        if rng.random() < 0.1:
            job["priority"] = 10
        jobs.append(job)
    return {
        "vehicles": vehicles,
        "jobs": jobs,
        "matrices": {"car": {"durations": durations, "distances": distances}},
    }


SIZES = {"8x170": (8, 170, 20.0), "20x420": (20, 420, 60.0)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--technicians", type=int, help="technicians (default: both target sizes)")
    parser.add_argument("--visits", type=int, help="visits in the week")
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--seconds", type=float, help="Planner's time limit (default 20 s or 60 s)")
    parser.add_argument("--seeds", default="1,2,3", help="comma-separated generator seeds")
    parser.add_argument("--peers", default="vroom", help="'vroom' or '' (none)")
    parser.add_argument("--warm-start", default="auto", help="Planner's warm start: auto, pyvrp, none")
    parser.add_argument("--save", type=Path, help="directory where problems and solutions are written")
    arguments = parser.parse_args(argv)

    if arguments.technicians or arguments.visits:
        technicians = arguments.technicians or 8
        visits = arguments.visits or 170
        sizes = {f"{technicians}x{visits}": (technicians, visits, arguments.seconds or 20.0)}
    else:
        sizes = {name: (t, v, arguments.seconds or s) for name, (t, v, s) in SIZES.items()}
    with_vroom = "vroom" in arguments.peers.split(",") and installed("vroom")
    if "vroom" in arguments.peers and not with_vroom:
        print("# VROOM (pyvroom, extra 'bench') is not installed: no comparison")
    if arguments.save:
        arguments.save.mkdir(parents=True, exist_ok=True)
    seeds = [int(seed) for seed in arguments.seeds.split(",") if seed]

    ratios: list[float] = []
    per_visit: list[float] = []
    assigned = vroom_assigned = 0
    drive = vroom_drive = 0
    longest = 0.0
    not_worse_assigned = True
    print(
        "week            visits  planner: assigned     drive   time   vroom: assigned     drive   time   drive ratio"
    )
    for size, (technicians, visits, seconds) in sizes.items():
        for seed in seeds:
            data = generate(technicians, visits, arguments.days, seed)
            problem = parse_problem(data)
            began = time.monotonic()
            solution = solve(
                problem, time_limit=seconds, options=SolveOptions(warm_start=arguments.warm_start)
            )
            used = time.monotonic() - began
            check = check_solution(problem, solution)
            if not check.ok:
                print(f"# {size} seed {seed}: Planner's plan is infeasible: {check.violations[:3]}")
            longest = max(longest, used)
            assigned += check.assigned
            drive += round(check.duration)
            line = (
                f"{size:<8} s{seed:<5} {visits:6d}  {check.assigned:16d} {check.duration:9.0f} {used:5.1f}s"
            )
            if with_vroom:
                peer, peer_seconds = run_vroom(data)
                peer_check = check_solution(problem, peer)
                if not peer_check.ok:
                    print(
                        f"# {size} seed {seed}: VROOM's plan fails the checker: {peer_check.violations[:3]}"
                    )
                ratio = check.duration / peer_check.duration
                ratios.append(ratio)
                if check.assigned and peer_check.assigned:
                    per_visit.append(
                        (check.duration / check.assigned) / (peer_check.duration / peer_check.assigned)
                    )
                vroom_assigned += peer_check.assigned
                vroom_drive += round(peer_check.duration)
                not_worse_assigned &= check.assigned >= peer_check.assigned
                line += (
                    f"  {peer_check.assigned:14d} {peer_check.duration:9.0f} {peer_seconds:5.1f}s"
                    f"   {100 * ratio:6.1f} % ({percent(ratio - 1)})"
                )
            print(line, flush=True)
            if arguments.save:
                stem = arguments.save / f"week-{size}-s{seed}"
                stem.with_suffix(".json").write_text(json.dumps(data))
                stem.with_name(stem.name + "-planner.json").write_text(json.dumps(solution.to_dict()))
    fields = {
        "mean_gap_pct": round(100 * (statistics.fmean(ratios) - 1), 2) if ratios else float("nan"),
        "assigned": assigned,
        "drive": drive,
        "wall": round(longest, 1),
    }
    if with_vroom:
        fields.update(
            vroom_assigned=vroom_assigned,
            vroom_drive=vroom_drive,
            assigned_not_below_vroom=not_worse_assigned,
            per_visit_gap_pct=round(100 * (statistics.fmean(per_visit) - 1), 2)
            if per_visit
            else float("nan"),
        )
    print(result_line(**fields))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
