"""``planner --self-check``: everything an installed Planner needs, tried on a throw-away
database — the check the built bundle must pass before it is shipped."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class SelfCheckReport:
    #: (passed, French description) per check, in order.
    checks: list[tuple[bool, str]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(ok for ok, _ in self.checks)

    def add(self, name: str, check: Callable[[], str]) -> None:
        started = time.monotonic()
        try:
            detail = check()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the others
            self.checks.append((False, f"{name} : {exc.__class__.__name__}: {exc}"))
            return
        elapsed = time.monotonic() - started
        self.checks.append((True, f"{name}{' : ' + detail if detail else ''} ({elapsed:.2f} s)"))

    def lines(self) -> list[str]:
        out = [f"  {'✓' if ok else '✗'} {text}" for ok, text in self.checks]
        failed = sum(1 for ok, _ in self.checks if not ok)
        out.append("Auto-vérification réussie." if not failed else f"Auto-vérification : {failed} échec(s).")
        return out


def _resources() -> str:
    from planner.paths import resource

    needed = [
        resource("translations", "planner_fr.qm"),
        resource("data", "communes_fr.csv"),
        resource("data", "demo_communes.csv"),
        resource("fonts", "DejaVuSans.ttf"),
    ]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    return f"{len(needed)} fichiers présents"


def _time_zone() -> str:
    from datetime import datetime
    from importlib import resources
    from zoneinfo import ZoneInfo

    if not (resources.files("tzdata") / "zoneinfo" / "Europe" / "Paris").is_file():
        raise FileNotFoundError("tzdata : Europe/Paris absent")
    offset = datetime(2026, 7, 1, 12, tzinfo=ZoneInfo("Europe/Paris")).utcoffset()
    if offset is None or offset.total_seconds() != 7200:
        raise ValueError(f"décalage d'été inattendu : {offset}")
    return "Europe/Paris (tzdata)"


def _text_rules() -> str:
    import holidays

    from planner.services import validation as v

    assert v.phone("06 12 34 56 78") == "+33612345678"
    assert v.postcode(74000) == "74000"
    assert v.email("Jean.Dupont@Example.fr")
    if "2026-07-14" not in {d.isoformat() for d in holidays.France(years=2026)}:
        raise ValueError("jours fériés français introuvables")
    return "téléphones, codes postaux, e-mails, jours fériés"


def _gazetteer() -> str:
    from planner.geo.gazetteer import default_gazetteer

    match = default_gazetteer().find("Annecy", postcode="74000")
    if match is None:
        raise ValueError("Annecy introuvable")
    return f"{len(default_gazetteer())} communes"


def run_self_check(work_dir: Path | None = None) -> SelfCheckReport:
    """Migrate a temporary database, use it, export, back it up and render a PDF."""
    report = SelfCheckReport()
    report.add("Fichiers de l'application", _resources)
    report.add("Fuseau horaire", _time_zone)
    report.add("Règles de saisie", _text_rules)
    report.add("Répertoire des communes", _gazetteer)
    with tempfile.TemporaryDirectory(prefix="planner-selfcheck-", dir=work_dir) as folder:
        root = Path(folder)
        state: dict[str, object] = {}

        def database() -> str:
            from planner.db import migrate
            from planner.services.context import open_planner_database

            db = open_planner_database(str(root / "planner.sqlite3"))
            state["db"] = db
            current, head = migrate.current_revision(db), migrate.head_revision()
            if current != head:
                raise ValueError(f"révision {current}, attendue {head}")
            return f"base temporaire créée et migrée (révision {head})"

        def data() -> str:
            from planner.services.customers import CustomerInput, SiteInput, create_customer, list_customers

            db = state["db"]
            create_customer(db, CustomerInput(last_name="Vérification", first_name="Zoé", mobile="06 12 34 56 78"),  # type: ignore[arg-type]
                            SiteInput(address="1 rue Royale", postcode="74000", city="Annecy"))
            rows = list_customers(db)  # type: ignore[arg-type]
            assert [r.name for r in rows] == ["VÉRIFICATION Zoé"], rows
            return "client enregistré et relu"

        def spreadsheet() -> str:
            from planner.services.exporting import export_data
            from planner.services.importing import ImportOptions, RowStatus, import_file

            result = export_data(state["db"], "customers", root / "clients.xlsx")  # type: ignore[arg-type]
            report_ = import_file(state["db"], result.path, ImportOptions(), dry_run=True)  # type: ignore[arg-type]
            if report_.customers.data_rows != 1 or report_.customers.count(RowStatus.DUPLICATE) != 1:
                raise ValueError("relecture de l'export incorrecte")
            return "export .xlsx relu par l'import"

        def backup() -> str:
            from planner.services.backup import daily_backup

            result = daily_backup(state["db"], root / "backups")  # type: ignore[arg-type]
            assert result is not None
            return "copie vérifiée (integrity_check)"

        def pdf() -> str:
            from planner.reports.selfcheck import render_selfcheck_pdf

            path = render_selfcheck_pdf(root / "verification.pdf")
            return f"PDF d'une page, police intégrée ({path.stat().st_size // 1024} Ko)"

        report.add("Base de données", database)
        if "db" in state:
            report.add("Saisie", data)
            report.add("Excel", spreadsheet)
            report.add("Sauvegarde", backup)
        report.add("PDF", pdf)
        if "db" in state:
            state["db"].dispose()  # type: ignore[attr-defined]
    return report


def render_test_pdf(path: Path) -> Path:
    """The one-page test PDF (for the printing check of the window's self-check)."""
    from planner.reports.selfcheck import render_selfcheck_pdf

    return render_selfcheck_pdf(path)
