"""``planner --self-check``: everything an installed Planner needs, tried on a throw-away
database — the check the built bundle must pass before it is shipped."""

from __future__ import annotations

import tempfile
import time as clock
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.db.database import Database


@dataclass
class SelfCheckReport:
    #: (passed, French description) per check, in order.
    checks: list[tuple[bool, str]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(ok for ok, _ in self.checks)

    def add(self, name: str, check: Callable[[], str]) -> None:
        started = clock.monotonic()
        try:
            detail = check()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the others
            self.checks.append((False, f"{name} : {exc.__class__.__name__}: {exc}"))
            return
        elapsed = clock.monotonic() - started
        self.checks.append((True, f"{name}{' : ' + detail if detail else ''} ({elapsed:.2f} s)"))

    def lines(self) -> list[str]:
        out = [f"  {'✓' if ok else '✗'} {text}" for ok, text in self.checks]
        failed = sum(1 for ok, _ in self.checks if not ok)
        out.append("Auto-vérification réussie." if not failed else f"Auto-vérification : {failed} échec(s).")
        return out


#: Every file of ``resources/`` the application reads (a bundle missing one fails here, not at a
#: customer's booking).
RESOURCE_FILES = (
    ("translations", "planner_fr.qm"),
    ("data", "communes_fr.csv"),
    ("data", "demo_communes.csv"),
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
    *(("templates", "email", f"{name}.{ext}")
      for name in ("confirmation", "reminder", "reschedule", "cancellation", "report") for ext in ("txt", "html")),
    ("templates", "sms", "reminder.txt"),
    *(("templates", f"{name}.{ext}") for name in ("quote_sent", "renewal_notice") for ext in ("txt", "html")),
)


def _resources() -> str:
    from planner.paths import resource

    needed = [resource(*parts) for parts in RESOURCE_FILES]
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
            state["customer"] = create_customer(
                db,  # type: ignore[arg-type]
                CustomerInput(last_name="Vérification", first_name="Zoé", mobile="06 12 34 56 78",
                              email="zoe.verification@example.fr"),
                SiteInput(address="1 rue Royale", postcode="74000", city="Annecy"),
            )
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
            if "customer" in state:
                report.add("Messages aux clients", lambda: _messages(state["db"], state["customer"]))  # type: ignore[arg-type]
        report.add("PDF", pdf)
        report.add("Optimisation des tournées", lambda: _optimisation(root))
        if "db" in state:
            state["db"].dispose()  # type: ignore[attr-defined]
    return report


def _next_business_day(after: date, days: int = 1) -> date:
    day = after
    while days:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def _messages(db: Database, customer_id: int) -> str:
    """A booking, as the booking assistant records it: the confirmation e-mail (text, HTML and its
    calendar invitation) and the reminder are written from the templates; its cancellation too."""
    from email import message_from_bytes

    from icalendar import Calendar
    from sqlalchemy import select

    from planner.db.models import OutboxMessage, Site
    from planner.domain.timeutil import paris_instant, paris_today
    from planner.services.booking import BookingRequest, SlotChoice, book_visit, cancel_visit
    from planner.services.messages import render_sms
    from planner.services.outbox import build_email, load_outbox_settings
    from planner.services.technicians import TechnicianInput, default_shifts, save_technician

    technician_id = save_technician(
        db, None, None, TechnicianInput(first_name="Vérif", last_name="Technicien", shifts=default_shifts())
    )
    with db.read() as session:
        site_id = session.scalars(select(Site.id).where(Site.customer_id == customer_id)).one()
    day = _next_business_day(paris_today(), 8)  # far enough for the reminder five days before
    start = paris_instant(day, time(10, 0))
    slot = SlotChoice(technician_id, start, start + timedelta(hours=1), start, start + timedelta(hours=2))
    booked = book_visit(db, BookingRequest(customer_id, site_id, slot, summary="Vérification annuelle"))
    cancel_visit(db, booked.visit_id, booked.version, "auto-vérification")
    with db.read() as session:
        messages = {m.kind: m for m in session.scalars(select(OutboxMessage).where(OutboxMessage.visit_id == booked.visit_id))}
        session.expunge_all()
    missing = {"confirmation", "reminder", "cancellation"} - set(messages)
    if missing:
        raise ValueError("messages non préparés : " + ", ".join(sorted(missing)))
    confirmation = messages["confirmation"]
    if not confirmation.subject.startswith("Rendez-vous confirmé") or "$" in confirmation.subject + confirmation.body_text:
        raise ValueError(f"confirmation mal rédigée : « {confirmation.subject} »")
    if booked.visit_number not in confirmation.body_html:
        raise ValueError("version HTML de la confirmation incomplète")
    email = message_from_bytes(bytes(build_email(confirmation, load_outbox_settings(db))))
    invitations = [part for part in email.walk() if part.get_content_type() == "text/calendar"]
    if len(invitations) != 1:
        raise ValueError("invitation .ics absente de l'e-mail de confirmation")
    event = Calendar.from_ical(invitations[0].get_payload(decode=True)).walk("VEVENT")[0]
    if event.decoded("dtstart") != start:
        raise ValueError("invitation .ics à la mauvaise heure")
    sms = render_sms("reminder", {"day_label": "lundi 01/01", "window_label": "10:00–12:00"})
    if not sms or "lundi 01/01" not in sms:
        raise ValueError("modèle de SMS illisible")
    return f"confirmation avec invitation .ics, rappel, annulation et SMS ({len(messages)} e-mails)"


def _optimisation(root: Path) -> str:
    """A small week optimised as the planning board does it: the engine in a child process, VROOM's
    first plan in its own child, then PyVRP and OR-Tools."""
    from planner.domain.timeutil import paris_today
    from planner.services.context import open_planner_database
    from planner.services.demo import DemoOptions, generate_demo
    from planner.services.optimisation import OptimiseRequest, optimise

    db = open_planner_database(str(root / "tournees.sqlite3"))
    try:
        generate_demo(db, DemoOptions(customers=12, technicians=2))
        request = OptimiseRequest(first_day=_next_business_day(paris_today()), days=2, time_limit_s=4.0)
        proposal = optimise(db, request)
    finally:
        db.dispose()
    engine = proposal.engine
    stages = [engine.get("first_plan"), engine.get("warm_start"), engine.get("backbone")]
    if stages != ["vroom", "pyvrp", "ortools"]:
        raise ValueError(f"moteurs utilisés : {engine or 'aucun'} (attendus VROOM, PyVRP et OR-Tools)")
    placed = sum(1 for change in proposal.changes if change.after is not None)
    if not placed:
        raise ValueError("aucune intervention placée")
    return f"{placed} interventions placées par VROOM, PyVRP et OR-Tools en {proposal.seconds:.1f} s"


def render_test_pdf(path: Path) -> Path:
    """The one-page test PDF (for the printing check of the window's self-check)."""
    from planner.reports.selfcheck import render_selfcheck_pdf

    return render_selfcheck_pdf(path)
