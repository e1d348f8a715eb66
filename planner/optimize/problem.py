"""The routing problem: VROOM's JSON input format plus the extensions a dispatcher needs.

Planner reads the problem format of VROOM (https://github.com/VROOM-Project/vroom/blob/master/docs/API.md):
``vehicles`` (``id``, ``start``/``end`` or ``start_index``/``end_index``, ``time_window``, ``skills``,
``breaks``, ``capacity``, ``costs``, ``max_tasks``, ``description``), ``jobs`` (``id``, ``location`` or
``location_index``, ``service``, ``delivery``/``pickup``/``amount``, ``skills``, ``priority``,
``time_windows``, ``description``) and ``matrices`` (per routing profile: ``durations``, ``distances``,
``costs``; the legacy ``matrix`` key is a durations matrix).

Extensions, all optional, that VROOM ignores:

* ``jobs[].pinned_vehicle``: id of the vehicle (technician-day) that must perform the job;
* ``jobs[].pinned_start``: the service must start exactly at this time;
* ``jobs[].zone`` and ``vehicles[].zones``: the zone of a visit and the zones a technician-day covers;
  serving a visit outside the vehicle's zones costs ``zone_mismatch_cost`` (top level, seconds);
* ``vehicles[].technician`` (the person, defaults to the vehicle id) and ``vehicles[].day`` (defaults to
  the day of the time window's start, ``start // 86400``);
* ``previous_plan``: ``{"assignments": [{"job": 12, "vehicle": 3}, ...], "technician_change_cost": 1800,
  "day_change_cost": 900}``: moving a visit to another technician or another day costs that many seconds
  of driving.

All times are integer seconds, in any origin (absolute timestamps or relative to the week's start).
Reading never trusts the input: :func:`parse_problem` raises :class:`ProblemError` listing, in French,
every field that is wrong with the job or vehicle it belongs to.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TimeWindow = tuple[int, int]
Matrix = Sequence[Sequence[float]]

DAY = 86_400
# Upper bound of every time when nothing else bounds it (VROOM uses the full uint32 range).
NO_LIMIT = 2**32 - 1
DEFAULT_PROFILE = "car"


class ProblemError(ValueError):
    """Malformed problem: ``messages`` holds one French sentence per problem found."""

    def __init__(self, messages: Sequence[str]) -> None:
        self.messages = list(messages)
        super().__init__("\n".join(self.messages))


@dataclass(frozen=True, slots=True)
class Break:
    id: int
    time_windows: tuple[TimeWindow, ...]
    service: int = 0
    description: str = ""


@dataclass(frozen=True, slots=True)
class VehicleCosts:
    """VROOM's ``vehicles[].costs``: the objective counts ``per_hour`` per hour of travel, ``per_km`` per km."""

    fixed: int = 0
    per_hour: int = 3600
    per_km: int = 0


@dataclass(frozen=True, slots=True)
class Vehicle:
    id: int
    start_index: int | None = None
    end_index: int | None = None
    time_window: TimeWindow = (0, NO_LIMIT)
    skills: frozenset[int] = frozenset()
    breaks: tuple[Break, ...] = ()
    capacity: tuple[int, ...] | None = None
    costs: VehicleCosts = VehicleCosts()
    max_tasks: int | None = None
    profile: str = DEFAULT_PROFILE
    description: str = ""
    start: tuple[float, float] | None = None
    end: tuple[float, float] | None = None
    technician: str | None = None
    day: int | None = None
    zones: frozenset[int] = frozenset()

    @property
    def technician_key(self) -> str:
        return self.technician if self.technician is not None else f"vehicle:{self.id}"

    @property
    def day_key(self) -> int:
        return self.day if self.day is not None else self.time_window[0] // DAY


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    location_index: int
    service: int = 0
    delivery: tuple[int, ...] = ()
    pickup: tuple[int, ...] = ()
    skills: frozenset[int] = frozenset()
    priority: int = 0
    time_windows: tuple[TimeWindow, ...] = ()
    description: str = ""
    location: tuple[float, float] | None = None
    pinned_vehicle: int | None = None
    pinned_start: int | None = None
    zone: int | None = None

    @property
    def windows(self) -> tuple[TimeWindow, ...]:
        """The windows for the service start, the pin replacing the promised windows."""
        if self.pinned_start is not None:
            return ((self.pinned_start, self.pinned_start),)
        return self.time_windows or ((0, NO_LIMIT),)


@dataclass(frozen=True, slots=True)
class PreviousPlan:
    assignments: dict[int, int]  # job id -> vehicle id
    technician_change_cost: int = 1800
    day_change_cost: int = 900


@dataclass(frozen=True, slots=True)
class Matrices:
    durations: Matrix
    distances: Matrix | None = None
    costs: Matrix | None = None

    @property
    def size(self) -> int:
        return len(self.durations)


@dataclass(frozen=True)
class Problem:
    jobs: tuple[Job, ...]
    vehicles: tuple[Vehicle, ...]
    matrices: dict[str, Matrices]
    previous_plan: PreviousPlan | None = None
    zone_mismatch_cost: int = 0
    amount_size: int = 0
    _job_rank: dict[int, int] = field(default_factory=dict, init=False, repr=False, compare=False)
    _vehicle_rank: dict[int, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._job_rank.update({job.id: rank for rank, job in enumerate(self.jobs)})
        self._vehicle_rank.update({vehicle.id: rank for rank, vehicle in enumerate(self.vehicles)})

    def job_rank(self, job_id: int) -> int:
        return self._job_rank[job_id]

    def vehicle_rank(self, vehicle_id: int) -> int:
        return self._vehicle_rank[vehicle_id]

    def duration(self, vehicle: Vehicle, origin: int | None, destination: int | None) -> float:
        """Travel time between two matrix indices; ``None`` (no start or end) costs nothing."""
        if origin is None or destination is None:
            return 0
        return self.matrices[vehicle.profile].durations[origin][destination]

    def distance(self, vehicle: Vehicle, origin: int | None, destination: int | None) -> float:
        if origin is None or destination is None:
            return 0
        distances = self.matrices[vehicle.profile].distances
        return 0 if distances is None else distances[origin][destination]

    def travel_cost(self, vehicle: Vehicle, origin: int | None, destination: int | None) -> float:
        """VROOM's cost of a leg: a custom ``costs`` matrix, else ``per_hour`` and ``per_km`` rates."""
        if origin is None or destination is None:
            return 0
        matrices = self.matrices[vehicle.profile]
        if matrices.costs is not None:
            return matrices.costs[origin][destination]
        cost = vehicle.costs.per_hour * matrices.durations[origin][destination] / 3600
        if vehicle.costs.per_km and matrices.distances is not None:
            cost += vehicle.costs.per_km * matrices.distances[origin][destination] / 1000
        return cost


def load_problem(path: str | Path) -> Problem:
    """Read and validate a problem file (see :func:`parse_problem`)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ProblemError(
            [f"Impossible de lire le fichier « {path} » : {error.strerror or error}."]
        ) from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ProblemError(
            [f"Le fichier « {path} » n'est pas un JSON valide (ligne {error.lineno}, colonne {error.colno})."]
        ) from error
    return parse_problem(data)


def parse_problem(data: Any) -> Problem:
    """Validate a decoded VROOM problem (plus Planner's extensions) and build a :class:`Problem`."""
    return _Parser().parse(data)


# -- parsing ---------------------------------------------------------------------------------------------


class _Invalid(Exception):
    pass


_UNSUPPORTED_JOB_KEYS = {"setup": "le temps de préparation « setup »"}
_UNSUPPORTED_VEHICLE_KEYS = {
    "max_travel_time": "la limite « max_travel_time »",
    "max_distance": "la limite « max_distance »",
}


class _Parser:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.amount_size: int | None = None

    # Each check appends a French message and raises _Invalid so the caller can skip the object.
    def fail(self, owner: str, message: str) -> None:
        self.errors.append(f"{owner} : {message}" if owner else message[0].upper() + message[1:])
        raise _Invalid

    def parse(self, data: Any) -> Problem:
        if not isinstance(data, dict):
            raise ProblemError(["Le problème doit être un objet JSON (avec « vehicles » et « jobs »)."])
        if data.get("shipments"):
            self.errors.append("Les « shipments » (enlèvement puis livraison) ne sont pas pris en charge.")
        matrices = self.parse_matrices(data)
        size = min((m.size for m in matrices.values()), default=0)
        vehicles = self.parse_list(data, "vehicles", lambda raw, owner: self.parse_vehicle(raw, owner, size))
        jobs = self.parse_list(data, "jobs", lambda raw, owner: self.parse_job(raw, owner, size))
        if not vehicles and "vehicles" in data and not self.errors:
            self.errors.append("Le problème ne contient aucun véhicule (« vehicles » est vide).")
        self.check_unique(jobs, "Tâche", "tâches")
        self.check_unique(vehicles, "Véhicule", "véhicules")
        for vehicle in vehicles:
            if vehicle.profile not in matrices and matrices:
                self.errors.append(
                    f"Véhicule {vehicle.id} : aucune matrice pour le profil « {vehicle.profile} » "
                    f"(profils présents : {', '.join(sorted(matrices))})."
                )
        vehicle_ids = {vehicle.id for vehicle in vehicles}
        for job in jobs:
            if job.pinned_vehicle is not None and job.pinned_vehicle not in vehicle_ids:
                self.errors.append(
                    f"Tâche {job.id} : le champ « pinned_vehicle » désigne le véhicule {job.pinned_vehicle}, "
                    "qui n'existe pas."
                )
        previous = self.parse_previous_plan(data.get("previous_plan"), {j.id for j in jobs}, vehicle_ids)
        zone_cost = 0
        if "zone_mismatch_cost" in data:
            with contextlib.suppress(_Invalid):
                zone_cost = self.non_negative_int(data["zone_mismatch_cost"], "", "zone_mismatch_cost")
        self.check_amounts(jobs, vehicles)
        if self.errors:
            raise ProblemError(self.errors)
        return Problem(
            jobs=tuple(jobs),
            vehicles=tuple(vehicles),
            matrices=matrices,
            previous_plan=previous,
            zone_mismatch_cost=zone_cost,
            amount_size=self.amount_size or 0,
        )

    def parse_list(self, data: dict, key: str, parse_item) -> list:
        raw_items = data.get(key)
        if raw_items is None:
            if key == "vehicles":
                self.errors.append("Le champ « vehicles » est obligatoire.")
            return []
        if not isinstance(raw_items, list):
            self.errors.append(f"Le champ « {key} » doit être une liste.")
            return []
        items = []
        noun = "Tâche" if key == "jobs" else "Véhicule"
        for position, raw in enumerate(raw_items):
            owner = f"{noun} n° {position + 1} de la liste « {key} »"
            if isinstance(raw, dict) and _is_int(raw.get("id")):
                owner = f"{noun} {raw['id']}"
            try:
                if not isinstance(raw, dict):
                    self.fail(owner, "doit être un objet JSON.")
                items.append(parse_item(raw, owner))
            except _Invalid:
                continue
        return items

    def check_unique(self, items: list, noun: str, plural: str) -> None:
        seen: set[int] = set()
        for item in items:
            if item.id in seen:
                self.errors.append(
                    f"{noun} {item.id} : l'identifiant « id » est utilisé par plusieurs {plural}."
                )
            seen.add(item.id)

    # -- matrices -------------------------------------------------------------------------------------
    def parse_matrices(self, data: dict) -> dict[str, Matrices]:
        result: dict[str, Matrices] = {}
        raw = data.get("matrices")
        if raw is None and "matrix" in data:
            raw = {DEFAULT_PROFILE: {"durations": data["matrix"]}}
        if raw is None:
            self.errors.append(
                "Le champ « matrices » est obligatoire : Planner ne calcule pas lui-même les temps de trajet "
                "(donner « matrices.car.durations »)."
            )
            return result
        if not isinstance(raw, dict) or not raw:
            self.errors.append(
                "Le champ « matrices » doit être un objet { profil: { durations, distances } }."
            )
            return result
        for profile, content in raw.items():
            prefix = f"matrices.{profile}"
            if not isinstance(content, dict) or "durations" not in content:
                self.errors.append(f"Le champ « {prefix}.durations » est obligatoire.")
                continue
            durations = self.square_matrix(content["durations"], f"{prefix}.durations")
            distances = costs = None
            if content.get("distances") is not None:
                distances = self.square_matrix(content["distances"], f"{prefix}.distances")
            if content.get("costs") is not None:
                costs = self.square_matrix(content["costs"], f"{prefix}.costs")
            if durations is None:
                continue
            for name, other in (("distances", distances), ("costs", costs)):
                if other is not None and len(other) != len(durations):
                    self.errors.append(
                        f"Le champ « {prefix}.{name} » doit avoir la taille de « {prefix}.durations » "
                        f"({len(durations)} lieux)."
                    )
            result[str(profile)] = Matrices(durations, distances, costs)
        return result

    def square_matrix(self, raw: Any, name: str) -> list[list[int]] | None:
        if not isinstance(raw, list) or not raw:
            self.errors.append(f"Le champ « {name} » doit être une matrice carrée non vide.")
            return None
        size = len(raw)
        for row_number, row in enumerate(raw):
            if not isinstance(row, list) or len(row) != size:
                self.errors.append(
                    f"Le champ « {name} » doit être une matrice carrée : la ligne {row_number} "
                    f"n'a pas {size} valeurs."
                )
                return None
            for column, value in enumerate(row):
                if not _is_int(value) or value < 0:
                    self.errors.append(
                        f"Le champ « {name} » contient en [{row_number}][{column}] la valeur {value!r} : "
                        "un entier positif ou nul est attendu."
                    )
                    return None
        return raw

    # -- vehicles and jobs ----------------------------------------------------------------------------
    def parse_vehicle(self, raw: dict, owner: str, size: int) -> Vehicle:
        vehicle_id = self.identifier(raw, owner)
        for key, label in _UNSUPPORTED_VEHICLE_KEYS.items():
            if raw.get(key) is not None:
                self.fail(owner, f"{label} n'est pas prise en charge.")
        if raw.get("speed_factor", 1) != 1:
            self.fail(owner, "le champ « speed_factor » n'est pas pris en charge (seule la valeur 1 l'est).")
        start_index = self.optional_index(raw, "start_index", owner, size)
        end_index = self.optional_index(raw, "end_index", owner, size)
        if start_index is None and end_index is None:
            self.fail(owner, "il faut au moins « start_index » ou « end_index » (départ ou arrivée).")
        time_window = (0, NO_LIMIT)
        if raw.get("time_window") is not None:
            time_window = self.window(raw["time_window"], owner, "time_window")
        breaks = []
        raw_breaks = raw.get("breaks", [])
        if not isinstance(raw_breaks, list):
            self.fail(owner, "le champ « breaks » doit être une liste de pauses.")
        for position, raw_break in enumerate(raw_breaks):
            breaks.append(self.parse_break(raw_break, f"{owner}, pause n° {position + 1}"))
        capacity = None
        if raw.get("capacity") is not None:
            capacity = self.amount(raw["capacity"], owner, "capacity")
        costs = VehicleCosts()
        if raw.get("costs") is not None:
            raw_costs = raw["costs"]
            if not isinstance(raw_costs, dict):
                self.fail(owner, "le champ « costs » doit être un objet { fixed, per_hour, per_km }.")
            costs = VehicleCosts(
                fixed=self.non_negative_int(raw_costs.get("fixed", 0), owner, "costs.fixed"),
                per_hour=self.non_negative_int(raw_costs.get("per_hour", 3600), owner, "costs.per_hour"),
                per_km=self.non_negative_int(raw_costs.get("per_km", 0), owner, "costs.per_km"),
            )
        max_tasks = None
        if raw.get("max_tasks") is not None:
            max_tasks = self.non_negative_int(raw["max_tasks"], owner, "max_tasks")
        technician = raw.get("technician")
        if technician is not None and (isinstance(technician, bool) or not isinstance(technician, str | int)):
            self.fail(owner, "le champ « technician » doit être un texte ou un entier.")
        day = None
        if raw.get("day") is not None:
            day = self.integer(raw["day"], owner, "day")
        profile = raw.get("profile", DEFAULT_PROFILE)
        if not isinstance(profile, str):
            self.fail(owner, "le champ « profile » doit être un texte.")
        return Vehicle(
            id=vehicle_id,
            start_index=start_index,
            end_index=end_index,
            time_window=time_window,
            skills=self.skills(raw, owner),
            breaks=tuple(breaks),
            capacity=capacity,
            costs=costs,
            max_tasks=max_tasks,
            profile=profile,
            description=self.text(raw, owner),
            start=self.coordinates(raw.get("start"), owner, "start"),
            end=self.coordinates(raw.get("end"), owner, "end"),
            technician=None if technician is None else str(technician),
            day=day,
            zones=self.int_set(raw.get("zones", []), owner, "zones"),
        )

    def parse_break(self, raw: Any, owner: str) -> Break:
        if not isinstance(raw, dict):
            self.fail(owner, "une pause doit être un objet { id, time_windows, service }.")
        break_id = self.identifier(raw, owner)
        windows = raw.get("time_windows")
        if windows is None:
            windows_tuple: tuple[TimeWindow, ...] = ((0, NO_LIMIT),)
        else:
            windows_tuple = self.windows(windows, owner, "time_windows")
        return Break(
            id=break_id,
            time_windows=windows_tuple,
            service=self.non_negative_int(raw.get("service", 0), owner, "service"),
            description=self.text(raw, owner),
        )

    def parse_job(self, raw: dict, owner: str, size: int) -> Job:
        job_id = self.identifier(raw, owner)
        for key, label in _UNSUPPORTED_JOB_KEYS.items():
            if raw.get(key):
                self.fail(owner, f"{label} n'est pas pris en charge.")
        if "location_index" not in raw:
            self.fail(
                owner, "le champ « location_index » est obligatoire (indice du lieu dans les matrices)."
            )
        location_index = self.optional_index(raw, "location_index", owner, size)
        service = raw.get("service", 0)
        if not _is_int(service) or service < 0:
            self.fail(owner, "le champ « service » doit être un nombre entier de secondes positif ou nul.")
        delivery = raw.get("delivery", raw.get("amount"))
        priority = raw.get("priority", 0)
        if not _is_int(priority) or not 0 <= priority <= 100:
            self.fail(owner, "le champ « priority » doit être un entier entre 0 et 100.")
        windows: tuple[TimeWindow, ...] = ()
        if raw.get("time_windows") is not None:
            windows = self.windows(raw["time_windows"], owner, "time_windows")
        pinned_vehicle = None
        if raw.get("pinned_vehicle") is not None:
            pinned_vehicle = self.integer(raw["pinned_vehicle"], owner, "pinned_vehicle")
        pinned_start = None
        if raw.get("pinned_start") is not None:
            pinned_start = self.non_negative_int(raw["pinned_start"], owner, "pinned_start")
        zone = None
        if raw.get("zone") is not None:
            zone = self.integer(raw["zone"], owner, "zone")
        return Job(
            id=job_id,
            location_index=location_index,
            service=service,
            delivery=() if delivery is None else self.amount(delivery, owner, "delivery"),
            pickup=() if raw.get("pickup") is None else self.amount(raw["pickup"], owner, "pickup"),
            skills=self.skills(raw, owner),
            priority=priority,
            time_windows=windows,
            description=self.text(raw, owner),
            location=self.coordinates(raw.get("location"), owner, "location"),
            pinned_vehicle=pinned_vehicle,
            pinned_start=pinned_start,
            zone=zone,
        )

    def parse_previous_plan(self, raw: Any, job_ids: set[int], vehicle_ids: set[int]) -> PreviousPlan | None:
        if raw is None:
            return None
        owner = "Plan précédent"
        try:
            if not isinstance(raw, dict) or not isinstance(raw.get("assignments"), list):
                self.fail(
                    owner, "le champ « previous_plan.assignments » doit être une liste de { job, vehicle }."
                )
            assignments: dict[int, int] = {}
            for position, item in enumerate(raw["assignments"]):
                where = f"« previous_plan.assignments » n° {position + 1}"
                if (
                    not isinstance(item, dict)
                    or not _is_int(item.get("job"))
                    or not _is_int(item.get("vehicle"))
                ):
                    self.fail(owner, f"{where} doit être un objet {{ job, vehicle }} d'identifiants entiers.")
                if item["vehicle"] not in vehicle_ids:
                    self.fail(owner, f"{where} désigne le véhicule {item['vehicle']}, qui n'existe pas.")
                if item["job"] in job_ids:  # visits done or cancelled since are simply ignored
                    assignments[item["job"]] = item["vehicle"]
            return PreviousPlan(
                assignments=assignments,
                technician_change_cost=self.non_negative_int(
                    raw.get("technician_change_cost", 1800), owner, "previous_plan.technician_change_cost"
                ),
                day_change_cost=self.non_negative_int(
                    raw.get("day_change_cost", 900), owner, "previous_plan.day_change_cost"
                ),
            )
        except _Invalid:
            return None

    def check_amounts(self, jobs: list[Job], vehicles: list[Vehicle]) -> None:
        size = self.amount_size or 0
        for job in jobs:
            for name, value in (("delivery", job.delivery), ("pickup", job.pickup)):
                if value and len(value) != size:
                    self.errors.append(
                        f"Tâche {job.id} : le champ « {name} » doit avoir {size} composantes, comme « capacity »."
                    )
        for vehicle in vehicles:
            if vehicle.capacity is not None and len(vehicle.capacity) != size:
                self.errors.append(
                    f"Véhicule {vehicle.id} : le champ « capacity » doit avoir {size} composantes "
                    "comme les autres quantités."
                )
        if (
            size
            and any(vehicle.capacity is None for vehicle in vehicles)
            and any(any(job.delivery) or any(job.pickup) for job in jobs)
        ):
            # VROOM's rule: a vehicle without capacity carries nothing.
            for vehicle in vehicles:
                if vehicle.capacity is None:
                    self.errors.append(
                        f"Véhicule {vehicle.id} : le champ « capacity » est obligatoire quand des tâches "
                        "ont des quantités (« delivery », « pickup »)."
                    )

    # -- field helpers --------------------------------------------------------------------------------
    def identifier(self, raw: dict, owner: str) -> int:
        value = raw.get("id")
        if not _is_int(value) or value < 0:
            self.fail(owner, "le champ « id » doit être un entier positif ou nul.")
        return value

    def integer(self, value: Any, owner: str, name: str) -> int:
        if not _is_int(value):
            self.fail(owner, f"le champ « {name} » doit être un entier.")
        return value

    def non_negative_int(self, value: Any, owner: str, name: str) -> int:
        if not _is_int(value) or value < 0:
            self.fail(owner, f"le champ « {name} » doit être un entier positif ou nul.")
        return value

    def optional_index(self, raw: dict, name: str, owner: str, size: int) -> int | None:
        value = raw.get(name)
        if value is None:
            return None
        if not _is_int(value) or value < 0:
            self.fail(owner, f"le champ « {name} » doit être un indice entier positif ou nul.")
        if size and value >= size:
            self.fail(
                owner,
                f"le champ « {name} » vaut {value}, hors des matrices ({size} lieux, indices 0 à {size - 1}).",
            )
        return value

    def window(self, raw: Any, owner: str, name: str) -> TimeWindow:
        if (
            not isinstance(raw, list | tuple)
            or len(raw) != 2
            or not all(_is_int(value) and value >= 0 for value in raw)
            or raw[0] > raw[1]
        ):
            self.fail(
                owner, f"le champ « {name} » doit être une paire [début, fin] de secondes avec début ≤ fin."
            )
        return (raw[0], raw[1])

    def windows(self, raw: Any, owner: str, name: str) -> tuple[TimeWindow, ...]:
        if not isinstance(raw, list) or not raw:
            self.fail(owner, f"le champ « {name} » doit être une liste non vide de paires [début, fin].")
        windows = sorted(self.window(item, owner, name) for item in raw)
        for first, second in zip(windows, windows[1:], strict=False):
            if second[0] <= first[1]:
                self.fail(
                    owner,
                    f"les créneaux du champ « {name} » se chevauchent ({list(first)} et {list(second)}).",
                )
        return tuple(windows)

    def amount(self, raw: Any, owner: str, name: str) -> tuple[int, ...]:
        if not isinstance(raw, list) or not all(_is_int(value) and value >= 0 for value in raw):
            self.fail(owner, f"le champ « {name} » doit être une liste d'entiers positifs ou nuls.")
        if self.amount_size is None:
            self.amount_size = len(raw)
        return tuple(raw)

    def skills(self, raw: dict, owner: str) -> frozenset[int]:
        return self.int_set(raw.get("skills", []), owner, "skills")

    def int_set(self, raw: Any, owner: str, name: str) -> frozenset[int]:
        if raw is None:
            return frozenset()
        if not isinstance(raw, list) or not all(_is_int(value) and value >= 0 for value in raw):
            self.fail(owner, f"le champ « {name} » doit être une liste d'entiers positifs ou nuls.")
        return frozenset(raw)

    def text(self, raw: dict, owner: str) -> str:
        value = raw.get("description", "")
        if not isinstance(value, str):
            self.fail(owner, "le champ « description » doit être un texte.")
        return value

    def coordinates(self, raw: Any, owner: str, name: str) -> tuple[float, float] | None:
        if raw is None:
            return None
        if (
            not isinstance(raw, list | tuple)
            or len(raw) != 2
            or not all(isinstance(value, int | float) and not isinstance(value, bool) for value in raw)
            or not all(math.isfinite(value) for value in raw)
        ):
            self.fail(owner, f"le champ « {name} » doit être une paire [longitude, latitude].")
        return (float(raw[0]), float(raw[1]))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
