"""Which vehicle may serve which job, and why a job could not be planned.

Before solving, each job gets the list of vehicles able to serve it on their own: skills, pinned
vehicle, capacity and a route made of that job alone fitting the vehicle's hours (travel and breaks
included).  A job left without any vehicle is unassigned from the start with its reason; one that the
solver could not fit is reported as lacking time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .problem import Job, Problem, Vehicle
from .schedule import with_breaks

SKILLS = "skills"
PINNED = "pinned"
CAPACITY = "capacity"
TIME_WINDOW = "time_window"
NO_TIME = "time"
CANCELLED = "cancelled"


@dataclass
class Eligibility:
    allowed: dict[int, list[int]] = field(default_factory=dict)  # job rank -> vehicle ranks
    impossible: dict[int, tuple[str, str]] = field(default_factory=dict)  # job rank -> (code, reason)
    unusable_vehicles: list[int] = field(default_factory=list)  # vehicle ranks whose breaks cannot fit


def _skills_text(skills) -> str:
    return ", ".join(str(skill) for skill in sorted(skills))


def _fits_capacity(problem: Problem, job: Job, vehicle: Vehicle) -> bool:
    if not problem.amount_size:
        return True
    capacity = vehicle.capacity or (0,) * problem.amount_size
    return all(
        max(job.delivery[k] if job.delivery else 0, job.pickup[k] if job.pickup else 0) <= capacity[k]
        for k in range(problem.amount_size)
    )


def _timing_key(vehicle: Vehicle) -> tuple:
    return (vehicle.profile, vehicle.start_index, vehicle.end_index, vehicle.time_window, vehicle.breaks)


def analyse(problem: Problem) -> Eligibility:
    result = Eligibility()
    usable = []
    for rank, vehicle in enumerate(problem.vehicles):
        if with_breaks(problem, vehicle, []) is None:
            result.unusable_vehicles.append(rank)
        elif vehicle.max_tasks != 0:
            usable.append(rank)
    solo_cache: dict[tuple, bool] = {}
    for job_rank, job in enumerate(problem.jobs):
        skilled = [v for v in usable if job.skills <= problem.vehicles[v].skills]
        candidates = skilled
        if job.pinned_vehicle is not None:
            candidates = [v for v in skilled if problem.vehicles[v].id == job.pinned_vehicle]
        loaded = [v for v in candidates if _fits_capacity(problem, job, problem.vehicles[v])]
        timely = []
        for v in loaded:
            vehicle = problem.vehicles[v]
            key = (_timing_key(vehicle), job_rank)
            if key not in solo_cache:
                solo_cache[key] = with_breaks(problem, vehicle, [job_rank]) is not None
            if solo_cache[key]:
                timely.append(v)
        if timely:
            result.allowed[job_rank] = timely
            continue
        if not skilled:
            reason = (
                SKILLS,
                f"aucun technicien n'a les compétences requises ({_skills_text(job.skills)}).",
            )
        elif not candidates:
            reason = (PINNED, f"le véhicule imposé {job.pinned_vehicle} n'a pas les compétences requises.")
        elif not loaded:
            reason = (CAPACITY, "la quantité à transporter dépasse la capacité de tout véhicule compatible.")
        elif job.pinned_vehicle is not None:
            reason = (
                PINNED,
                f"le véhicule imposé {job.pinned_vehicle} ne peut pas la faire dans ses horaires "
                "(créneau, trajet et pause compris).",
            )
        else:
            reason = (
                TIME_WINDOW,
                "aucun créneau ne tombe dans les horaires d'un technicien compétent (trajets et pauses compris).",
            )
        result.impossible[job_rank] = reason
    return result


def lack_of_time_reason() -> tuple[str, str]:
    return (
        NO_TIME,
        "pas assez de temps : les techniciens compétents sont déjà occupés pendant ses créneaux.",
    )
