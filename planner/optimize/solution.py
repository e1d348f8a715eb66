"""Solutions in VROOM's output format, plus the reason why each job stayed unassigned.

A :class:`Solution` serialises (:meth:`Solution.to_dict`) to VROOM's output: ``code``, ``summary``
(``cost``, ``routes``, ``unassigned``, ``service``, ``duration``, ``waiting_time``, ``distance``,
``priority``, ``delivery``, ``pickup``, ``computing_times``), ``unassigned`` (``id``, ``type``,
``location``, ``description`` and, Planner's addition, ``reason_code`` and a French ``reason``) and
``routes`` whose ``steps`` are ``start``/``job``/``break``/``end`` with ``arrival``, ``duration``
(cumulated travel time), ``distance``, ``service``, ``waiting_time`` and ``load``.  Planner adds a
``report`` object (engine used, back-and-forth measure) that VROOM tools ignore.

:func:`solution_from_dict` reads the same format back, so a VROOM solution can be checked by
:mod:`planner.optimize.checker` exactly like Planner's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

START, JOB, BREAK, END = "start", "job", "break", "end"


@dataclass(slots=True)
class Step:
    type: str
    id: int | None = None
    arrival: int = 0
    duration: int = 0  # cumulated travel time upon arrival
    distance: int = 0  # cumulated distance upon arrival
    service: int = 0
    waiting_time: int = 0
    load: tuple[int, ...] = ()
    location_index: int | None = None
    location: tuple[float, float] | None = None
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.type}
        if self.id is not None:
            data["id"] = self.id
            if self.type == JOB:
                data["job"] = self.id  # VROOM's deprecated key, still read by older tools
        if self.location_index is not None:
            data["location_index"] = self.location_index
        if self.location is not None:
            data["location"] = list(self.location)
        if self.description:
            data["description"] = self.description
        data.update(
            arrival=self.arrival,
            duration=self.duration,
            distance=self.distance,
            service=self.service,
            waiting_time=self.waiting_time,
        )
        if self.load:
            data["load"] = list(self.load)
        return data


@dataclass(slots=True)
class Route:
    vehicle: int
    steps: list[Step]
    cost: int = 0
    description: str = ""

    @property
    def job_ids(self) -> list[int]:
        return [step.id for step in self.steps if step.type == JOB]

    @property
    def duration(self) -> int:
        return self.steps[-1].duration if self.steps else 0

    @property
    def distance(self) -> int:
        return self.steps[-1].distance if self.steps else 0

    @property
    def service(self) -> int:
        return sum(step.service for step in self.steps)

    @property
    def waiting_time(self) -> int:
        return sum(step.waiting_time for step in self.steps)

    def to_dict(self, amount_size: int = 0) -> dict[str, Any]:
        data: dict[str, Any] = {
            "vehicle": self.vehicle,
            "cost": self.cost,
            "service": self.service,
            "duration": self.duration,
            "waiting_time": self.waiting_time,
            "distance": self.distance,
        }
        if self.description:
            data["description"] = self.description
        if amount_size and self.steps:
            # Deliveries are all on board at the start, pickups all on board at the end.
            data["delivery"] = list(self.steps[0].load or (0,) * amount_size)
            data["pickup"] = list(self.steps[-1].load or (0,) * amount_size)
        data["steps"] = [step.to_dict() for step in self.steps]
        return data


@dataclass(frozen=True, slots=True)
class Unassigned:
    id: int
    reason_code: str
    reason: str
    location_index: int | None = None
    location: tuple[float, float] | None = None
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": "job"}
        if self.location_index is not None:
            data["location_index"] = self.location_index
        if self.location is not None:
            data["location"] = list(self.location)
        if self.description:
            data["description"] = self.description
        data["reason_code"] = self.reason_code
        data["reason"] = self.reason
        return data


@dataclass(slots=True)
class Solution:
    routes: list[Route]
    unassigned: list[Unassigned]
    priority: int = 0  # sum of the priorities of the assigned jobs
    computing_times: dict[str, int] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)
    amount_size: int = 0

    @property
    def cost(self) -> int:
        return sum(route.cost for route in self.routes)

    @property
    def duration(self) -> int:
        """Total travel time, VROOM's ``summary.duration``."""
        return sum(route.duration for route in self.routes)

    @property
    def distance(self) -> int:
        return sum(route.distance for route in self.routes)

    @property
    def assigned(self) -> int:
        return sum(len(route.job_ids) for route in self.routes)

    def route_of(self, vehicle_id: int) -> Route | None:
        return next((route for route in self.routes if route.vehicle == vehicle_id), None)

    def to_dict(self) -> dict[str, Any]:
        routes = [route.to_dict(self.amount_size) for route in self.routes]
        summary: dict[str, Any] = {
            "cost": self.cost,
            "routes": len(self.routes),
            "unassigned": len(self.unassigned),
            "setup": 0,
            "service": sum(route["service"] for route in routes),
            "duration": self.duration,
            "waiting_time": sum(route["waiting_time"] for route in routes),
            "priority": self.priority,
            "distance": self.distance,
        }
        if self.amount_size:
            summary["delivery"] = (
                _add(route.get("delivery", []) for route in routes) or [0] * self.amount_size
            )
            summary["pickup"] = _add(route.get("pickup", []) for route in routes) or [0] * self.amount_size
        summary["violations"] = []
        if self.computing_times:
            summary["computing_times"] = dict(self.computing_times)
        data: dict[str, Any] = {
            "code": 0,
            "summary": summary,
            "unassigned": [item.to_dict() for item in self.unassigned],
            "routes": routes,
        }
        if self.report:
            data["report"] = self.report
        return data


def _add(vectors) -> list[int]:
    vectors = [list(vector) for vector in vectors if vector]
    return [sum(column) for column in zip(*vectors, strict=True)] if vectors else []


def solution_from_dict(data: dict[str, Any]) -> Solution:
    """Read a solution in VROOM's output format (from VROOM or from Planner)."""
    routes = []
    for raw_route in data.get("routes", []):
        steps = []
        for raw in raw_route.get("steps", []):
            step_id = raw.get("id", raw.get("job"))
            steps.append(
                Step(
                    type=raw["type"],
                    id=step_id if raw["type"] in (JOB, BREAK) else None,
                    arrival=int(raw.get("arrival", 0)),
                    duration=int(raw.get("duration", 0)),
                    distance=int(raw.get("distance", 0)),
                    service=int(raw.get("service", 0)),
                    waiting_time=int(raw.get("waiting_time", 0)),
                    load=tuple(raw.get("load", ())),
                    location_index=raw.get("location_index"),
                )
            )
        routes.append(Route(vehicle=raw_route["vehicle"], steps=steps, cost=int(raw_route.get("cost", 0))))
    unassigned = [
        Unassigned(id=item["id"], reason_code=item.get("reason_code", ""), reason=item.get("reason", ""))
        for item in data.get("unassigned", [])
    ]
    return Solution(
        routes=routes,
        unassigned=unassigned,
        priority=int(data.get("summary", {}).get("priority", 0)),
        report=dict(data.get("report") or {}),
    )
