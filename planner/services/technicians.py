"""Technicians: identity, skills, working hours, lunch and absences."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.db.database import Database
from planner.db.models import Absence, Skill, Technician, TechnicianShift
from planner.domain.enums import AbsenceKind
from planner.domain.errors import ConflictError, NotFoundError, ValidationError
from planner.domain.timeutil import minutes_of, now_utc, paris_instant, to_paris
from planner.services import validation as v
from planner.services.common import audit, lock_for_update

WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


@dataclass(frozen=True, slots=True)
class SkillView:
    id: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class ShiftInput:
    weekday: int  # 0 = Monday
    starts: time
    ends: time


@dataclass(frozen=True, slots=True)
class TechnicianInput:
    first_name: str = ""
    last_name: str = ""
    colour: str = "#1f77b4"
    email: str = ""
    phone: str = ""
    active: bool = True
    start_label: str = ""
    start_lat: float | None = None
    start_lon: float | None = None
    end_label: str = ""
    end_lat: float | None = None
    end_lon: float | None = None
    lunch_earliest: time = time(12, 0)
    lunch_latest: time = time(14, 0)
    lunch_minutes: int = 60
    notes: str = ""
    skill_ids: tuple[int, ...] = ()
    shifts: tuple[ShiftInput, ...] = ()


@dataclass(frozen=True, slots=True)
class AbsenceView:
    id: int
    kind: AbsenceKind
    starts_at: datetime
    ends_at: datetime
    note: str


@dataclass(frozen=True, slots=True)
class TechnicianRow:
    id: int
    name: str
    colour: str
    active: bool
    skills: str
    weekly_minutes: int
    next_absence: str


@dataclass(frozen=True, slots=True)
class TechnicianDetail:
    id: int
    version: int
    data: TechnicianInput
    absences: list[AbsenceView] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.data.first_name} {self.data.last_name}".strip()


def default_shifts(starts: time = time(8, 0), ends: time = time(18, 0)) -> tuple[ShiftInput, ...]:
    """Monday to Friday, one span a day."""
    return tuple(ShiftInput(d, starts, ends) for d in range(5))


def weekly_minutes(shifts: tuple[ShiftInput, ...] | list[ShiftInput], lunch_minutes: int) -> int:
    days = {s.weekday for s in shifts}
    worked = sum(minutes_of(s.ends) - minutes_of(s.starts) for s in shifts)
    return worked - lunch_minutes * len(days)


def validate_technician(data: TechnicianInput) -> TechnicianInput:
    check = v.Collector()
    first = check(v.text, data.first_name, "Prénom", required=True, max_length=80) or ""
    last = check(v.text, data.last_name, "Nom", max_length=80) or ""
    colour = check(v.colour, data.colour) or data.colour
    email = check(v.email, data.email, "E-mail") or ""
    phone = check(v.phone, data.phone, "Téléphone") or ""
    if not 0 <= data.lunch_minutes <= 180:
        check.add("Durée du déjeuner", "entre 0 et 180 minutes.")
    span = minutes_of(data.lunch_latest) - minutes_of(data.lunch_earliest)
    if span < 0:
        check.add("Pause déjeuner", "la fin de la plage doit suivre son début.")
    elif span < data.lunch_minutes:
        check.add(
            "Pause déjeuner",
            f"la plage {data.lunch_earliest:%H:%M}–{data.lunch_latest:%H:%M} est plus courte "
            f"que les {data.lunch_minutes} minutes de pause.",
        )
    by_day: dict[int, list[ShiftInput]] = {}
    for shift in data.shifts:
        day = WEEKDAYS_FR[shift.weekday] if 0 <= shift.weekday <= 6 else str(shift.weekday)
        if not 0 <= shift.weekday <= 6:
            check.add("Horaires", f"jour « {day} » inconnu.")
            continue
        if shift.ends <= shift.starts:
            check.add(
                f"Horaires du {day}",
                f"la fin ({shift.ends:%H:%M}) doit suivre le début ({shift.starts:%H:%M}).",
            )
        by_day.setdefault(shift.weekday, []).append(shift)
    for weekday, spans in by_day.items():
        spans.sort(key=lambda s: s.starts)
        for a, b in zip(spans, spans[1:], strict=False):
            if b.starts < a.ends:
                check.add(f"Horaires du {WEEKDAYS_FR[weekday]}", "deux plages se chevauchent.")
    for label, lat, lon in (
        ("Point de départ", data.start_lat, data.start_lon),
        ("Point d'arrivée", data.end_lat, data.end_lon),
    ):
        if (lat is None) != (lon is None):
            check.add(label, "indiquez la latitude et la longitude, ou aucune des deux.")
    check.raise_if_any()
    return replace(
        data,
        first_name=first,
        last_name=last,
        colour=colour,
        email=email,
        phone=phone,
        shifts=tuple(sorted(data.shifts, key=lambda s: (s.weekday, s.starts))),
        notes=(data.notes or "").strip(),
    )


def list_skills(db: Database) -> list[SkillView]:
    with db.read() as session:
        return [SkillView(s.id, s.code, s.name) for s in session.scalars(select(Skill).order_by(Skill.code))]


def create_skill(db: Database, code: str, name: str) -> int:
    code = v.text(code, "Code", required=True, max_length=20).upper()
    name = v.text(name, "Libellé", required=True, max_length=80)
    with db.write() as session:
        if session.scalar(select(Skill.id).where(Skill.code == code)) is not None:
            raise ValidationError.single("Code", f"la compétence « {code} » existe déjà.")
        skill = Skill(code=code, name=name)
        session.add(skill)
        session.flush()
        audit(session, "create", "skill", skill.id, f"Compétence {code} créée")
        return skill.id


def _next_absence_text(absences: list[Absence], now: datetime) -> str:
    upcoming = [a for a in absences if a.ends_at > now]
    if not upcoming:
        return ""
    first = min(upcoming, key=lambda a: a.starts_at)
    start = to_paris(first.starts_at).date()
    end = to_paris(first.ends_at - timedelta(seconds=1)).date()
    return f"{start:%d/%m}" if start == end else f"{start:%d/%m} → {end:%d/%m}"


def list_technicians(db: Database) -> list[TechnicianRow]:
    now = now_utc()
    with db.read() as session:
        rows = []
        for t in session.scalars(
            select(Technician)
            .options(
                selectinload(Technician.skills),
                selectinload(Technician.shifts),
                selectinload(Technician.absences),
            )
            .order_by(Technician.active.desc(), Technician.first_name, Technician.last_name)
        ):
            shifts = [ShiftInput(s.weekday, s.starts, s.ends) for s in t.shifts]
            rows.append(
                TechnicianRow(
                    id=t.id,
                    name=f"{t.first_name} {t.last_name}".strip(),
                    colour=t.colour,
                    active=t.active,
                    skills=", ".join(s.code for s in t.skills),
                    weekly_minutes=weekly_minutes(shifts, t.lunch_minutes),
                    next_absence=_next_absence_text(list(t.absences), now),
                )
            )
        return rows


def _technician_input(t: Technician) -> TechnicianInput:
    return TechnicianInput(
        first_name=t.first_name,
        last_name=t.last_name,
        colour=t.colour,
        email=t.email,
        phone=t.phone,
        active=t.active,
        start_label=t.start_label,
        start_lat=t.start_lat,
        start_lon=t.start_lon,
        end_label=t.end_label,
        end_lat=t.end_lat,
        end_lon=t.end_lon,
        lunch_earliest=t.lunch_earliest,
        lunch_latest=t.lunch_latest,
        lunch_minutes=t.lunch_minutes,
        notes=t.notes,
        skill_ids=tuple(s.id for s in t.skills),
        shifts=tuple(ShiftInput(s.weekday, s.starts, s.ends) for s in t.shifts),
    )


def get_technician(db: Database, technician_id: int) -> TechnicianDetail:
    with db.read() as session:
        t = session.get(Technician, technician_id)
        if t is None:
            raise NotFoundError(f"Le technicien n° {technician_id} n'existe plus.")
        return TechnicianDetail(
            id=t.id,
            version=t.version,
            data=_technician_input(t),
            absences=[
                AbsenceView(a.id, a.kind, a.starts_at, a.ends_at, a.note) for a in t.absences
            ],
        )


def save_technician(
    db: Database, technician_id: int | None, expected_version: int | None, data: TechnicianInput
) -> int:
    """Create (``technician_id`` None) or update a technician; returns the id."""
    data = validate_technician(data)
    with db.write() as session:
        skills = list(session.scalars(select(Skill).where(Skill.id.in_(data.skill_ids))))
        if len(skills) != len(set(data.skill_ids)):
            raise ValidationError.single("Compétences", "une compétence choisie n'existe plus.")
        if technician_id is None:
            t = Technician(first_name=data.first_name)
            session.add(t)
            action = "create"
        else:
            t = lock_for_update(session, Technician, technician_id)
            if t is None:
                raise NotFoundError(f"Le technicien n° {technician_id} n'existe plus.")
            if t.version != expected_version:
                raise ConflictError(f"Technicien « {t.first_name} {t.last_name} »")
            action = "update"
        for name in (
            "first_name", "last_name", "colour", "email", "phone", "active", "start_label",
            "start_lat", "start_lon", "end_label", "end_lat", "end_lon", "lunch_earliest",
            "lunch_latest", "lunch_minutes", "notes",
        ):
            setattr(t, name, getattr(data, name))
        t.skills = skills
        wanted = {(s.weekday, s.starts, s.ends) for s in data.shifts}
        current = {(s.weekday, s.starts, s.ends): s for s in t.shifts}
        if set(current) != wanted:
            # Remove first (and flush), so a span moved to another row never collides with
            # the unique (technician, weekday, start) of the row it replaces.
            for key, shift in current.items():
                if key not in wanted:
                    t.shifts.remove(shift)
            session.flush()
            for weekday, starts, ends in sorted(wanted - set(current)):
                t.shifts.append(TechnicianShift(weekday=weekday, starts=starts, ends=ends))
        # Always write the technician row, so its version moves even when only skills or
        # hours (other tables) changed and a concurrent edit is detected.
        t.updated_at = now_utc()
        session.flush()
        audit(session, action, "technician", t.id, f"Technicien « {t.first_name} {t.last_name} »")
        return t.id


def add_absence(
    db: Database,
    technician_id: int,
    kind: AbsenceKind,
    first_day: date,
    last_day: date,
    note: str = "",
    *,
    starts: time | None = None,
    ends: time | None = None,
) -> int:
    """An absence from ``first_day`` to ``last_day`` included (whole days unless times given)."""
    if last_day < first_day:
        raise ValidationError.single("Au", "la fin de l'absence doit suivre son début.")
    starts_at = paris_instant(first_day, starts or time(0))
    ends_at = (
        paris_instant(last_day, ends) if ends else paris_instant(last_day + timedelta(days=1), time(0))
    )
    if ends_at <= starts_at:
        raise ValidationError.single("Heure de fin", "doit suivre l'heure de début.")
    note = v.text(note, "Motif", max_length=200)
    with db.write() as session:
        t = session.get(Technician, technician_id)
        if t is None:
            raise NotFoundError(f"Le technicien n° {technician_id} n'existe plus.")
        overlapping = session.scalar(
            select(Absence.id).where(
                Absence.technician_id == technician_id,
                Absence.starts_at < ends_at,
                Absence.ends_at > starts_at,
            )
        )
        if overlapping is not None:
            raise ValidationError.single("Absence", "elle chevauche une absence déjà saisie.")
        absence = Absence(
            technician_id=technician_id, kind=kind, starts_at=starts_at, ends_at=ends_at, note=note
        )
        session.add(absence)
        session.flush()
        audit(
            session, "create", "absence", absence.id,
            f"Absence de {t.first_name} du {first_day:%d/%m/%Y} au {last_day:%d/%m/%Y}",
        )
        return absence.id


def delete_absence(db: Database, absence_id: int) -> None:
    with db.write() as session:
        absence = session.get(Absence, absence_id)
        if absence is None:
            return
        session.delete(absence)
        audit(session, "delete", "absence", absence_id, "Absence supprimée")
