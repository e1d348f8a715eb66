"""Looking after the database itself: the health check behind ``planner check``."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, inspect, or_, select
from sqlalchemy.exc import SQLAlchemyError

from planner.db import migrate
from planner.db.base import Base
from planner.db.database import open_database, resolve_url, sqlite_path
from planner.db.models import Customer, Site, Technician, Visit
from planner.db.sqlite_file import FileKind, inspect_sqlite_file, network_location_reason, quick_integrity
from planner.domain.enums import SCHEDULED_STATUSES
from planner.domain.errors import PlannerError


@dataclass
class CheckReport:
    database: str
    ok_lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [f"Base : {self.database}"]
        out += [f"  ✓ {line}" for line in self.ok_lines]
        out += [f"  ✗ {line}" for line in self.problems]
        out.append("Aucun problème." if self.healthy else f"{len(self.problems)} problème(s).")
        return out


def check_database(url: str | None = None) -> CheckReport:
    """Integrity, migration state and a few consistency rules; never modifies the database."""
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    report = CheckReport(str(path) if path else resolved.render_as_string(hide_password=True))
    if path is not None:
        reason = network_location_reason(path)
        if reason:
            report.problems.append(f"fichier sur un partage réseau : {reason}")
        state = inspect_sqlite_file(path)
        if state.kind is FileKind.MISSING:
            report.problems.append("le fichier n'existe pas (il sera créé au premier lancement)")
            return report
        if not state.usable:
            report.problems.append(state.refusal())
            return report
        if state.kind is not FileKind.PLANNER:
            report.problems.append("base vide : elle n'a pas encore été initialisée par Planner")
            return report
        integrity = quick_integrity(path)
        if integrity:
            report.problems += [f"intégrité SQLite : {line}" for line in integrity[:20]]
            return report
        report.ok_lines.append("intégrité du fichier SQLite (integrity_check, foreign_key_check)")
    try:
        database = open_database(resolved, migrate=False)
    except PlannerError as exc:
        report.problems.append(str(exc))
        return report
    try:
        _check_schema(database, report)
        if report.healthy:
            _check_data(database, report)
    except SQLAlchemyError as exc:
        report.problems.append(f"lecture impossible : {exc.__class__.__name__}: {exc}")
    finally:
        database.dispose()
    return report


def _check_schema(database, report: CheckReport) -> None:  # type: ignore[no-untyped-def]
    current = migrate.current_revision(database)
    head = migrate.head_revision()
    if current is None:
        report.problems.append("aucune migration appliquée : ce n'est pas (encore) une base Planner")
        return
    if current not in migrate.known_revisions():
        report.problems.append(
            f"révision {current} inconnue : la base vient d'une version plus récente de Planner"
        )
        return
    if current != head:
        report.problems.append(
            f"schéma en retard (révision {current}, attendue {head}) : lancez Planner pour le mettre à jour"
        )
        return
    report.ok_lines.append(f"schéma à jour (révision {head})")
    missing = set(Base.metadata.tables) - set(inspect(database.engine).get_table_names())
    if missing:
        report.problems.append(f"table(s) manquante(s) : {', '.join(sorted(missing))}")


def _check_data(database, report: CheckReport) -> None:  # type: ignore[no-untyped-def]
    with database.read() as session:
        counts = {
            "clients": session.scalar(select(func.count()).select_from(Customer)),
            "techniciens": session.scalar(select(func.count()).select_from(Technician)),
            "interventions": session.scalar(select(func.count()).select_from(Visit)),
        }
        report.ok_lines.append(", ".join(f"{n} {label}" for label, n in counts.items()))
        zero = session.scalar(
            select(func.count()).select_from(Site).where(Site.latitude == 0, Site.longitude == 0)
        )
        if zero:
            report.problems.append(f"{zero} site(s) placé(s) en (0, 0) : coordonnées à corriger")
        orphan = session.scalar(
            select(func.count())
            .select_from(Visit)
            .where(
                Visit.status.in_(SCHEDULED_STATUSES),
                or_(Visit.technician_id.is_(None), Visit.planned_start.is_(None)),
            )
        )
        if orphan:
            report.problems.append(
                f"{orphan} intervention(s) planifiée(s) sans technicien ou sans horaire"
            )
        if not zero and not orphan:
            report.ok_lines.append("cohérence des sites et des interventions planifiées")
